// The key-issue form: the core's error under the title (nothing saved), what is sent, and a preview that runs nothing.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import KeyIssueForm from "./KeyIssueForm.svelte";
import { keyIssue, SESSION_ID } from "../test/situation-data";

afterEach(clearMocks);

function setup(issue: ReturnType<typeof keyIssue> | null = null) {
  const onSaved = vi.fn();
  render(KeyIssueForm, { sessionId: SESSION_ID, issue, onSaved, onCancel: vi.fn() });
  return { user: userEvent.setup(), onSaved };
}

describe("KeyIssueForm", () => {
  it("shows the core's error under the title and saves nothing", async () => {
    const calls = fakeCommands({
      create_key_issue: () => {
        throw invalid("title", "empty", "must not be empty");
      },
    });
    const { user, onSaved } = setup();

    await user.type(screen.getByRole("textbox", { name: "Overview" }), "Reprisals against defenders.");
    await user.click(screen.getByRole("button", { name: "Add key issue" }));

    const title = screen.getByRole("textbox", { name: "Title" });
    expect(await screen.findByText("must not be empty")).toBeInTheDocument();
    expect(title).toHaveAttribute("aria-invalid", "true");
    expect(title).toHaveAccessibleDescription(expect.stringContaining("must not be empty"));
    expect(title).toHaveFocus();
    expect(screen.getByRole("textbox", { name: "Overview" })).not.toHaveAttribute("aria-invalid");
    expect(screen.getByRole("textbox", { name: "Overview" })).toHaveValue("Reprisals against defenders.");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(calls.map((c) => c.command)).toEqual(["create_key_issue"]);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("sends what was typed", async () => {
    const saved = keyIssue({ id: "k1", title: "Reprisals", agenda_item: 5 });
    const calls = fakeCommands({ create_key_issue: () => saved });
    const { user, onSaved } = setup();

    await user.type(screen.getByRole("textbox", { name: "Title" }), "Reprisals");
    await user.selectOptions(screen.getByRole("combobox", { name: "Agenda item" }), "Item 5 · Human rights bodies and mechanisms");
    await user.type(screen.getByRole("textbox", { name: "Asks" }), "- Hold States to account");
    await user.click(screen.getByRole("button", { name: "Add key issue" }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(calls).toEqual([
      {
        command: "create_key_issue",
        args: { sessionId: SESSION_ID, input: { title: "Reprisals", agenda_item: 5, overview: null, asks: "- Hold States to account", sources: [], confidential: false } },
      },
    ]);
  });

  it("edits an issue: starts from it and updates it", async () => {
    const before = keyIssue({ id: "k2", title: "Women's rights", overview: "Full-day discussion." });
    const calls = fakeCommands({ update_key_issue: () => before });
    const { user } = setup(before);

    const title = screen.getByRole("textbox", { name: "Title" });
    expect(title).toHaveValue("Women's rights");
    await user.type(title, " defenders");
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({
      command: "update_key_issue",
      args: { id: "k2", input: { title: "Women's rights defenders", agenda_item: 3, overview: "Full-day discussion.", asks: null, sources: [], confidential: false } },
    });
  });

  it("keeps an issue's sources, sends those added in order, and shows the core's refusal under them", async () => {
    const report = { title: "Report A/HRC/38/44", url: "https://undocs.org/A/HRC/38/44" };
    const before = keyIssue({ id: "k3", title: "Reprisals", sources: [report] });
    const calls = fakeCommands({
      update_key_issue: ({ input }) => {
        const sent = (input as { sources: { url: string }[] }).sources;
        if (sent.some((s) => !s.url.startsWith("http"))) {
          throw invalid("sources", "not_a_web_address", '"www.ohchr.org" is not a web address (one starting https:// or http://)', { value: "www.ohchr.org" });
        }
        return before;
      },
    });
    const { user, onSaved } = setup(before);

    expect(screen.getByRole("textbox", { name: "Source 1 Address" })).toHaveValue(report.url);
    await user.click(screen.getByRole("button", { name: "Add source" }));
    expect(screen.getByRole("textbox", { name: "Source 2 Address" })).toHaveFocus();
    await user.keyboard("www.ohchr.org");
    await user.type(screen.getByRole("textbox", { name: "Source 2 Title" }), "OHCHR");
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    const message = '"www.ohchr.org" is not a web address (one starting https:// or http://)';
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Source 1 Address" })).toHaveFocus();
    expect(screen.getByRole("group", { name: "Sources" })).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(onSaved).not.toHaveBeenCalled();

    await user.clear(screen.getByRole("textbox", { name: "Source 2 Address" }));
    await user.type(screen.getByRole("textbox", { name: "Source 2 Address" }), "https://www.ohchr.org/en/hr-bodies/hrc");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(before));
    expect(calls.at(-1)?.args).toEqual({
      id: "k3",
      input: {
        title: "Reprisals",
        agenda_item: 3,
        overview: null,
        asks: null,
        sources: [report, { title: "OHCHR", url: "https://www.ohchr.org/en/hr-bodies/hrc" }],
        confidential: false,
      },
    });
  });

  it("previews the overview sanitised: no <script>, no onerror", async () => {
    fakeCommands({});
    const alert = vi.spyOn(window, "alert").mockImplementation(() => {});
    const { user } = setup();

    await user.click(screen.getByRole("textbox", { name: "Overview" }));
    await user.paste('Before<script>alert("x")</script> <img src=x onerror="alert(1)"> *after*');
    await user.click(screen.getAllByRole("button", { name: "Preview" })[0]);

    const preview = document.querySelector(".preview")!;
    expect(preview.querySelector("em")).toHaveTextContent("after");
    expect(preview.querySelector("script, img, [onerror]")).toBeNull();
    expect(preview.innerHTML).not.toMatch(/<script|onerror/i);
    expect(alert).not.toHaveBeenCalled();
    // Back to writing: the text is as typed.
    await user.click(screen.getAllByRole("button", { name: "Write" })[0]);
    expect(screen.getByRole("textbox", { name: "Overview" })).toHaveValue('Before<script>alert("x")</script> <img src=x onerror="alert(1)"> *after*');
    alert.mockRestore();
  });
});
