// Import programme…: the text pasted is previewed first (the counts, each line with its details and what of mine it
// touches), nothing imported until then; a change to the text asks for a new preview; the core's refusal is said
// with its line; Import imports the text previewed and hands the report back.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ProgrammeImport, Session } from "../lib/bindings";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import ProgrammeImportDialog from "./ProgrammeImportDialog.svelte";

const SESSION = { id: "0190a0b0-0000-7000-8000-000000000038", number: 38, kind: "regular", label: "38", name: "HRC38", start_date: "2018-06-18", end_date: "2018-07-06" } as Session;
const OD = "Wednesday, 20 June 2018\nAFTERNOON\n15.00 – 18.00 8th meeting\nItem 3\nInteractive dialogue with:\n- Special Rapporteur on the human rights of migrants\n";

function report(id: string | null): ProgrammeImport {
  return {
    id,
    session_id: SESSION.id,
    format: "order-of-the-day",
    file_name: "pasted text",
    unchanged: 5,
    skipped: 0,
    lines: [
      {
        change: "moved",
        record_kind: "meeting",
        record_id: "m-migrants",
        title: "Interactive dialogue with the Special Rapporteur on the human rights of migrants",
        when: "Wed 20 Jun, afternoon (15:00–18:00)",
        details: ["moved from Wed 20 Jun, morning (09:00–12:00)", "room: Room XX → Room XXIV"],
        touches: ["my statement “Migrants in detention” is due there"],
      },
    ],
  };
}

describe("ProgrammeImportDialog", () => {
  afterEach(() => clearMocks());

  it("brings the preview into sight once made (below the text when the dialog is one column)", async () => {
    fakeCommands({ preview_programme: () => report(null) });
    const scrolled: Element[] = [];
    // jsdom lays nothing out and has no scrollIntoView: the element asked to scroll is noted.
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    const user = userEvent.setup();
    render(ProgrammeImportDialog, { session: SESSION, onClose: () => {}, onImported: vi.fn() });
    await user.click(screen.getByLabelText("Programme to import"));
    await user.paste(OD);
    await user.click(screen.getByRole("button", { name: "Preview" }));
    const preview = screen.getByRole("region", { name: "What the import will do" });
    await within(preview).findByText("0 added, 1 moved, 0 changed, 0 cancelled · 5 unchanged");
    await expect.poll(() => scrolled).toContain(preview);
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it("previews what the pasted Order of the Day does before importing it, and imports that text", async () => {
    const calls = fakeCommands({
      preview_programme: ({ text }) => {
        if (text !== OD) throw invalid("file", "programme_line", "line 1: expected …");
        return report(null);
      },
      import_programme: () => report("import-1"),
    });
    const onImported = vi.fn();
    const user = userEvent.setup();
    render(ProgrammeImportDialog, { session: SESSION, onClose: () => {}, onImported });
    const importButton = screen.getByRole("button", { name: "Import" });
    expect(importButton).toBeDisabled();

    const box = screen.getByLabelText("Programme to import");
    await user.click(box);
    await user.paste(OD);
    await user.click(screen.getByRole("button", { name: "Preview" }));
    const preview = screen.getByRole("region", { name: "What the import will do" });
    expect(await within(preview).findByText("0 added, 1 moved, 0 changed, 0 cancelled · 5 unchanged")).toBeInTheDocument();
    expect(within(preview).getByRole("heading", { name: "Moved (1)" })).toBeInTheDocument();
    expect(preview).toHaveTextContent("moved from Wed 20 Jun, morning (09:00–12:00)");
    const touches = within(preview).getByRole("list", { name: "What of yours it touches" });
    expect(touches).toHaveTextContent("my statement “Migrants in detention” is due there");
    expect(calls).not.toContainEqual(expect.objectContaining({ command: "import_programme" }));

    // A change to the text asks for a new preview first.
    await user.type(box, " ");
    expect(within(preview).getByRole("note")).toHaveTextContent("The text changed since this preview");
    expect(screen.getByRole("button", { name: "Import" })).toBeDisabled();
    await user.type(box, "{Backspace}");
    expect(screen.getByRole("button", { name: "Import" })).toBeEnabled();

    await user.click(screen.getByRole("button", { name: "Import" }));
    expect(onImported).toHaveBeenCalledWith(expect.objectContaining({ id: "import-1" }));
    expect(calls).toContainEqual(expect.objectContaining({ command: "import_programme", args: expect.objectContaining({ text: OD, name: "pasted text" }) }));
  });

  it("says the core's refusal with its line, and imports nothing", async () => {
    const calls = fakeCommands({
      preview_programme: () => {
        throw invalid("file", "programme_line", 'line 2: expected a dialogue heading, found "- SR"');
      },
    });
    const user = userEvent.setup();
    render(ProgrammeImportDialog, { session: SESSION, onClose: () => {}, onImported: () => {} });
    await user.click(screen.getByLabelText("Programme to import"));
    await user.paste("Tuesday, 19 June 2018\n- SR\n");
    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(await screen.findByRole("alert")).toHaveTextContent('line 2: expected a dialogue heading, found "- SR"');
    expect(screen.getByRole("button", { name: "Import" })).toBeDisabled();
    expect(calls).not.toContainEqual(expect.objectContaining({ command: "import_programme" }));
  });

  it("sends a Word file's bytes to the core, which reads its text, and imports them as previewed", async () => {
    const calls = fakeCommands({ preview_programme: () => report(null), import_programme: () => report("import-2") });
    const onImported = vi.fn();
    const user = userEvent.setup();
    render(ProgrammeImportDialog, { session: SESSION, onClose: () => {}, onImported });
    const docx = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], "A_HRC_38_OD_3.docx", {
      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    await user.upload(screen.getByLabelText("Or choose its file"), docx);
    expect(await screen.findByText("0 added, 1 moved, 0 changed, 0 cancelled · 5 unchanged")).toBeInTheDocument();
    expect(screen.getByText(/Word document “A_HRC_38_OD_3.docx” chosen/)).toBeInTheDocument();
    expect(calls).toContainEqual(
      expect.objectContaining({ command: "preview_programme", args: expect.objectContaining({ name: "A_HRC_38_OD_3.docx", bytes: [0x50, 0x4b, 0x03, 0x04, 1, 2, 3] }) }),
    );
    await user.click(screen.getByRole("button", { name: "Import" }));
    expect(onImported).toHaveBeenCalledWith(expect.objectContaining({ id: "import-2" }));
    expect(calls).toContainEqual(expect.objectContaining({ command: "import_programme", args: expect.objectContaining({ bytes: [0x50, 0x4b, 0x03, 0x04, 1, 2, 3] }) }));
  });

  it("asks for the text before a preview", async () => {
    fakeCommands({});
    const user = userEvent.setup();
    render(ProgrammeImportDialog, { session: SESSION, onClose: () => {}, onImported: () => {} });
    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Paste the text of an Order of the Day, or choose a programme file, first.");
  });
});
