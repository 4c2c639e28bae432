// "Export brief…" on a situation or key issue: the dialog chooses the format, the save dialog the place, the core
// writes the brief there; a refusal is said in the dialog, and cancelling the save dialog writes nothing.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, coreError, fakeCommands } from "../test/fake-commands";
import BriefExport from "./BriefExport.svelte";

afterEach(() => clearMocks());

describe("BriefExport", () => {
  it("opens on Word, saves the chosen format where the person chose and says where", async () => {
    const calls = fakeCommands({ choose_export_file: () => "/home/advocate/Burundi brief.html", export_brief: () => null });
    render(BriefExport, { on: "situation", id: "bdi", name: "Burundi" });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Export brief on Burundi…" }));
    const dialog = screen.getByRole("dialog", { name: "Brief on Burundi" });
    expect(dialog).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: /Word/ })).toBeChecked();
    expect(screen.getByRole("radio", { name: /Word/ })).toHaveFocus();
    await user.click(screen.getByRole("radio", { name: /Web page/ }));
    await user.click(screen.getByRole("button", { name: "Save…" }));
    expect(calls).toContainEqual({
      command: "choose_export_file",
      args: { title: "Export the brief on Burundi", fileName: "Burundi brief.html", kind: "Web page", extension: "html" },
    });
    expect(calls).toContainEqual({
      command: "export_brief",
      args: { on: "situation", id: "bdi", format: "html", path: "/home/advocate/Burundi brief.html" },
    });
    expect(await screen.findByRole("status")).toHaveTextContent("Saved to /home/advocate/Burundi brief.html");
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("writes nothing when the save dialog is cancelled, and says a refusal", async () => {
    let answer: string | null = null;
    const calls = fakeCommands({
      choose_export_file: () => answer,
      export_brief: () => {
        throw coreError("not_found", "No key issue with id wp");
      },
    });
    render(BriefExport, { on: "issue", id: "wp", name: "Women's rights / gender" });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Export brief on Women's rights / gender…" }));
    await user.click(screen.getByRole("button", { name: "Save…" }));
    expect(calls.map((c) => c.command)).toEqual(["choose_export_file"]);
    expect(calls[0].args.fileName).toBe("Women's rights - gender brief.docx");
    answer = "/tmp/brief.docx";
    await user.click(screen.getByRole("button", { name: "Save…" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("No key issue with id wp");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});
