// The situation form: the core's error under the field it names (nothing saved), what is sent, and a Markdown preview that runs nothing.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clearMocks, coreError, fakeCommands, invalid } from "../test/fake-commands";
import SituationForm from "./SituationForm.svelte";
import { findCountries, SESSION_ID, situation } from "../test/situation-data";

afterEach(clearMocks);

const NOT_A_COUNTRY =
  '"Narnia" is not a known country; use an ISO 3166-1 alpha-3 code such as BDI, or a name such as Burundi';

function setup(props: Partial<{ situation: ReturnType<typeof situation> }> = {}) {
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  render(SituationForm, { sessionId: SESSION_ID, on: "2018-06-18", onSaved, onCancel, ...props });
  return { user: userEvent.setup(), onSaved, onCancel };
}

describe("SituationForm", () => {
  it("shows the core's error under the country field and saves nothing", async () => {
    const calls = fakeCommands({
      create_situation: () => {
        throw invalid("country", "not_a_country", NOT_A_COUNTRY);
      },
      find_countries: findCountries,
    });
    const { user, onSaved } = setup();

    await user.type(screen.getByRole("combobox", { name: "Country" }), "Narnia");
    await user.type(screen.getByRole("textbox", { name: "Summary" }), "Made up.");
    await user.click(screen.getByRole("button", { name: "Add situation" }));

    const country = screen.getByRole("combobox", { name: "Country" });
    expect(await screen.findByText(NOT_A_COUNTRY)).toBeInTheDocument();
    expect(country).toHaveAttribute("aria-invalid", "true");
    expect(country).toHaveAccessibleDescription(expect.stringContaining(NOT_A_COUNTRY));
    expect(country).toHaveFocus();
    // Only the country is marked, and the message is not repeated above the form.
    expect(screen.getByRole("combobox", { name: "Mechanism" })).not.toHaveAttribute("aria-invalid");
    expect(screen.getByRole("textbox", { name: "Summary" })).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    // One attempt to create, nothing else written (the country box only asked what the core finds); what was typed
    // is still there.
    expect(calls.map((c) => c.command).filter((c) => c !== "find_countries")).toEqual(["create_situation"]);
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByRole("textbox", { name: "Summary" })).toHaveValue("Made up.");
  });

  it("shows an error that names no field of the form above it", async () => {
    fakeCommands({
      create_situation: () => {
        throw coreError("not_found", "session not found");
      },
      find_countries: findCountries,
    });
    const { user } = setup();
    await user.type(screen.getByRole("combobox", { name: "Country" }), "BDI");
    await user.click(screen.getByRole("button", { name: "Add situation" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("session not found");
  });

  it("sends the country chosen by keyboard with everything typed, and hands back the saved situation", async () => {
    const saved = situation({ id: "s1", country_code: "BDI", country_name: "Burundi" });
    const calls = fakeCommands({ create_situation: () => saved, find_countries: findCountries });
    const { user, onSaved } = setup();

    await user.type(screen.getByRole("combobox", { name: "Country" }), "bur");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(screen.getByText("Burundi · BDI")).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Agenda item" }), "Item 4 · Situations that require the Council's attention");
    await user.type(screen.getByRole("combobox", { name: "Mechanism" }), "Commission");
    await user.keyboard("{ArrowDown}{Enter}");
    await user.click(screen.getByRole("radio", { name: "High" }));
    await user.type(screen.getByRole("textbox", { name: "Summary" }), "Oral briefing of the **CoI**.");
    await user.click(screen.getByRole("button", { name: "Add source" }));
    await user.keyboard("https://www.ohchr.org/en/hr-bodies/hrc/co-i-burundi/index");
    await user.type(screen.getByRole("textbox", { name: "Source 1 Title" }), "Commission of Inquiry on Burundi");
    await user.click(screen.getByRole("button", { name: "Add situation" }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(calls.filter((c) => c.command !== "find_countries")).toEqual([
      {
        command: "create_situation",
        args: {
          sessionId: SESSION_ID,
          input: {
            country: "Burundi",
            agenda_item: 4,
            mechanism: "Commission of inquiry",
            summary: "Oral briefing of the **CoI**.",
            asks: null,
            priority: "high",
            sources: [{ title: "Commission of Inquiry on Burundi", url: "https://www.ohchr.org/en/hr-bodies/hrc/co-i-burundi/index" }],
            confidential: false,
          },
        },
      },
    ]);
  });

  it("edits a situation in place: starts from it and updates it", async () => {
    const before = situation({ id: "s2", country_code: "SYR", country_name: "Syrian Arab Republic", priority: "high", summary: "ID with the CoI." });
    const calls = fakeCommands({ update_situation: ({ input }) => ({ ...before, ...(input as object) }), find_countries: findCountries });
    const { user, onSaved } = setup({ situation: before });

    expect(screen.getByRole("heading", { name: "Edit Syrian Arab Republic" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Country" })).toHaveValue("Syrian Arab Republic");
    expect(await screen.findByText("Syrian Arab Republic · SYR")).toBeInTheDocument(); // the core read the box
    expect(screen.getByRole("radio", { name: "High" })).toBeChecked();
    await user.click(screen.getByRole("radio", { name: "Low" }));
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const update = calls.find((c) => c.command === "update_situation")!;
    expect(update.args).toMatchObject({ id: "s2", input: { country: "Syrian Arab Republic", priority: "low", summary: "ID with the CoI." } });
  });

  it("previews Markdown through the sanitiser: no script runs, no event handler survives", async () => {
    const calls = fakeCommands({ find_countries: findCountries });
    const alert = vi.spyOn(window, "alert").mockImplementation(() => {});
    const { user } = setup();

    const asks = screen.getByRole("textbox", { name: "Asks" });
    await user.click(asks);
    await user.paste('**Release** defenders<script>alert("script")</script>\n\n<img src="x" onerror="alert(\'onerror\')"><p onclick="alert(1)">x</p>');
    const form = asks.closest("form")!;
    const previews = screen.getAllByRole("button", { name: "Preview" });
    await user.click(previews[1]);

    const preview = form.querySelector(".preview")!;
    expect(preview.querySelector("strong")).toHaveTextContent("Release");
    expect(preview.querySelector("script, img, [onerror], [onclick]")).toBeNull();
    expect(preview.innerHTML).not.toMatch(/onerror|onclick|<script/i);
    await new Promise((r) => setTimeout(r, 20));
    expect(alert).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
    alert.mockRestore();
  });
});
