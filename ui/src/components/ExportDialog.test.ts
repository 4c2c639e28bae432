// The Export dialog: the session's last format and sections (kept by the core), formats read with their hints, Word's paper and Confidential marking, the calendar of only what is mine, "Saved to …" said in a status region that was there first and
// forgotten when the choices change, Open and Show in folder for the file just saved, and a preview the keyboard
// can scroll.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Session } from "../lib/bindings";
import { clearMocks, coreError, fakeCommands } from "../test/fake-commands";
import ExportDialog from "./ExportDialog.svelte";

const SESSION = { id: "0190a0b0-0000-7000-8000-000000000038", number: 38, kind: "regular", label: "38", name: "HRC38", start_date: "2018-06-18", end_date: "2018-07-06" } as Session;
const PATH = "/home/advocate/HRC38 overview.docx";

function fakeShell(extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  return fakeCommands({
    export_preview: () => ({ style: ".page { width: 210mm; }", body: '<div class="page"><h1>HRC38</h1><p>The overview, <a href="https://ohchr.org">OHCHR</a>.</p></div>' }),
    export_choice: () => null,
    remember_export_choice: (args) => args.choice,
    choose_export_file: () => PATH,
    export_session: () => null,
    open_export: () => null,
    show_export_in_folder: () => null,
    ...extra,
  });
}

describe("ExportDialog", () => {
  afterEach(() => clearMocks());

  it("opens on the format and sections last chosen for the session, as the core kept them", async () => {
    fakeShell({ export_choice: (args) => (args.sessionId === SESSION.id ? { format: "md", sections: ["statements", "notes"] } : null) });
    render(ExportDialog, { session: SESSION, onClose: () => {} });
    await vi.waitFor(() => expect(screen.getByRole("radio", { name: /Markdown/ })).toBeChecked());
    expect(screen.getByRole("checkbox", { name: "Statements" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Notes" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Key issues" })).not.toBeChecked();
  });

  it("has the core keep each change of format and sections for the next opening", async () => {
    const kept: unknown[] = [];
    fakeShell({ remember_export_choice: (args) => (kept.push(args), args.choice) });
    const user = userEvent.setup();
    render(ExportDialog, { session: SESSION, onClose: () => {} });
    await user.click(screen.getByRole("radio", { name: /Web page/ }));
    await user.click(screen.getByRole("checkbox", { name: "Notes" }));
    await vi.waitFor(() =>
      expect(kept.at(-1)).toEqual({
        sessionId: SESSION.id,
        choice: { format: "html", sections: ["key-issues", "situations", "programme", "statements", "side-events", "resolutions", "notes"] },
      }),
    );
  });

  it("previews the overview as the core prints it, in a shadow root with its own stylesheet, its links not followed", async () => {
    fakeShell();
    render(ExportDialog, { session: SESSION, onClose: () => {} });
    const region = screen.getByRole("region", { name: "Preview" });
    await vi.waitFor(() => expect(region.querySelector(".print-preview")?.shadowRoot?.querySelector("h1")).toHaveTextContent("HRC38"));
    const root = region.querySelector(".print-preview")!.shadowRoot!;
    const css = root.adoptedStyleSheets?.length ? [...root.adoptedStyleSheets[0].cssRules].map((r) => r.cssText).join() : root.querySelector("style")!.textContent;
    expect(css).toContain("210mm");
    const link = root.querySelector("a")!;
    const click = new MouseEvent("click", { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
  });

  it("reads each format with a space before its hint", () => {
    fakeShell();
    render(ExportDialog, { session: SESSION, onClose: () => {} });
    expect(screen.getByRole("radio", { name: "Word · a briefing for colleagues" })).toBeChecked();
  });

  it("says where the file was saved in a status region that was there before, and forgets it when the format changes", async () => {
    fakeShell();
    const user = userEvent.setup();
    render(ExportDialog, { session: SESSION, onClose: () => {} });
    const status = screen.getByRole("status");
    expect(status).toBeEmptyDOMElement();
    expect(screen.queryByRole("button", { name: "Open" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await vi.waitFor(() => expect(status).toHaveTextContent(`Saved to ${PATH}`));
    expect(screen.getByRole("status")).toBe(status); // the same region, now speaking

    await user.click(screen.getByRole("radio", { name: /Markdown/ }));
    expect(status).toBeEmptyDOMElement();
    expect(screen.queryByRole("button", { name: "Open" })).not.toBeInTheDocument();
  });

  it("offers the notes, with the warning, for the full copy too, and says the calendar and CSV never hold them", async () => {
    const sent: unknown[] = [];
    fakeShell({ export_session: (args) => (sent.push(args.sections), null) });
    const user = userEvent.setup();
    render(ExportDialog, { session: SESSION, onClose: () => {} });
    await user.click(screen.getByRole("radio", { name: /Full copy/ }));
    const notes = screen.getByRole("checkbox", { name: "Include my notes" });
    expect(notes).not.toBeChecked();
    expect(screen.queryByText(/people at risk of reprisals/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).not.toContain("notes");

    await user.click(notes);
    expect(screen.getByText(/people at risk of reprisals/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toContain("notes");

    await user.click(screen.getByRole("radio", { name: /Calendar/ }));
    expect(screen.getByText("This file never holds your notes.")).toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: "Include my notes" })).not.toBeInTheDocument();
  });

  it("offers Word's paper and Confidential marking, and sends them only for Word", async () => {
    const sent: unknown[] = [];
    fakeShell({ export_session: (args) => (sent.push([args.format, args.page]), null) });
    const user = userEvent.setup();
    render(ExportDialog, { session: SESSION, onClose: () => {} });
    const paper = screen.getByRole("combobox", { name: "Paper" });
    expect(paper).toHaveValue("a4");
    const confidential = screen.getByRole("checkbox", { name: "Mark each page Confidential" });
    expect(confidential).not.toBeChecked();
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await user.selectOptions(paper, "Letter");
    await user.click(confidential);
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    await user.click(screen.getByRole("radio", { name: /Web page/ }));
    expect(screen.queryByRole("combobox", { name: "Paper" })).not.toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: "Mark each page Confidential" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await vi.waitFor(() => expect(sent).toHaveLength(3));
    expect(sent).toEqual([
      ["docx", { paper: "a4", confidential: false }],
      ["docx", { paper: "letter", confidential: true }],
      ["html", null],
    ]);
  });

  it("offers the calendar of only what is mine, and sends it only for the calendar", async () => {
    const sent: unknown[] = [];
    fakeShell({ export_session: (args) => (sent.push([args.format, args.mine]), null) });
    const user = userEvent.setup();
    render(ExportDialog, { session: SESSION, onClose: () => {} });
    expect(screen.queryByRole("checkbox", { name: /Only what is mine/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: /Calendar/ }));
    const mine = screen.getByRole("checkbox", { name: /Only what is mine/ });
    expect(mine).not.toBeChecked();
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(screen.getByRole("region", { name: "Preview" })).toHaveTextContent(/^The whole session: every meeting/);
    await user.click(mine);
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
    expect(screen.getByRole("region", { name: "Preview" })).toHaveTextContent(/^Only what is mine: my statements at their meetings/);
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    await user.click(screen.getByRole("radio", { name: /Word/ }));
    expect(screen.queryByRole("checkbox", { name: /Only what is mine/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await vi.waitFor(() => expect(sent).toHaveLength(3));
    expect(sent).toEqual([
      ["ics", false],
      ["ics", true],
      ["docx", false],
    ]);
  });

  it("forgets the saved file when the sections change", async () => {
    fakeShell();
    const user = userEvent.setup();
    render(ExportDialog, { session: SESSION, onClose: () => {} });
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await vi.waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Saved to"));
    await user.click(screen.getByRole("checkbox", { name: "Notes" }));
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
  });

  it("opens the file just saved, or shows it in its folder, naming only that file to the shell", async () => {
    const calls = fakeShell();
    const user = userEvent.setup();
    render(ExportDialog, { session: SESSION, onClose: () => {} });
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await user.click(await screen.findByRole("button", { name: "Open" }));
    await user.click(screen.getByRole("button", { name: "Show in folder" }));
    expect(calls.filter((c) => c.command === "open_export").map((c) => c.args)).toEqual([{ path: PATH }]);
    expect(calls.filter((c) => c.command === "show_export_in_folder").map((c) => c.args)).toEqual([{ path: PATH }]);
  });

  it("says what the shell answered when the file could not be opened", async () => {
    fakeShell({
      open_export: () => {
        throw coreError("io", "The system could not open the file: no program for .docx");
      },
    });
    const user = userEvent.setup();
    render(ExportDialog, { session: SESSION, onClose: () => {} });
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await user.click(await screen.findByRole("button", { name: "Open" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("no program for .docx");
  });

  it("lets the keyboard reach and scroll the preview", async () => {
    fakeShell();
    render(ExportDialog, { session: SESSION, onClose: () => {} });
    const preview = screen.getByRole("region", { name: "Preview" });
    expect(preview).toHaveAttribute("tabindex", "0");
    preview.focus();
    expect(preview).toHaveFocus();
  });

  it("leaves the statements' texts and signatory lists out until they are ticked, then sends them in the overview's order", async () => {
    const sent: unknown[] = [];
    fakeShell({ export_session: (args) => (sent.push(args.sections), null) });
    const user = userEvent.setup();
    render(ExportDialog, { session: SESSION, onClose: () => {} });
    await screen.findByRole("checkbox", { name: "Statement texts" });
    expect(screen.getByRole("checkbox", { name: "Statements" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Statement texts" })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Signatory lists" })).not.toBeChecked();
    await user.click(screen.getByRole("checkbox", { name: "Signatory lists" }));
    await user.click(screen.getByRole("checkbox", { name: "Statement texts" }));
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual(["key-issues", "situations", "programme", "statements", "statement-texts", "signatories", "side-events", "resolutions"]);
  });
});
