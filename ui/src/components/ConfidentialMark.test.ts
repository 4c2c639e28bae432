// The confidential mark in the window: the "Confidential" checkbox of the key issue, situation, note and statement
// editors (sent to the core, kept by an edit), the badge in words on a marked card, and "Include confidential items"
// in the Export and brief dialogs (unticked on opening, a warning when ticked, sent only when ticked).
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { NoteInput, Session } from "../lib/bindings";
import { inputOf, draftOf, newDraft } from "../lib/statement-draft";
import { clearMocks, fakeCommands } from "../test/fake-commands";
import { keyIssue, SESSION_ID, situation } from "../test/situation-data";
import { statement } from "../test/statement-data";
import { note } from "../test/today-data";
import BriefExport from "./BriefExport.svelte";
import ConfidentialBadge from "./ConfidentialBadge.svelte";
import ExportDialog from "./ExportDialog.svelte";
import KeyIssueForm from "./KeyIssueForm.svelte";
import NoteEditor from "./NoteEditor.svelte";
import SituationForm from "./SituationForm.svelte";

afterEach(clearMocks);

const SESSION = { id: "0190a0b0-0000-7000-8000-000000000038", number: 38, kind: "regular", label: "38", name: "HRC38", start_date: "2018-06-18", end_date: "2018-07-06" } as Session;

describe("the Confidential checkbox", () => {
  it("marks a new key issue, and an edit keeps or clears the mark", async () => {
    const calls = fakeCommands({ create_key_issue: (a) => keyIssue({ id: "k1", title: "Reprisals", confidential: (a.input as { confidential: boolean }).confidential }) });
    const user = userEvent.setup();
    render(KeyIssueForm, { sessionId: SESSION_ID, onSaved: vi.fn(), onCancel: vi.fn() });
    const box = screen.getByRole("checkbox", { name: "Confidential" });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/Left out of every export, brief and bundle/);
    await user.type(screen.getByRole("textbox", { name: "Title" }), "Reprisals");
    await user.click(box);
    await user.click(screen.getByRole("button", { name: "Add key issue" }));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].args.input).toMatchObject({ title: "Reprisals", confidential: true });
  });

  it("starts from the stored mark when editing a situation, and sends it cleared when unticked", async () => {
    const stored = situation({ id: "s1", country_code: "BDI", country_name: "Burundi", confidential: true });
    const calls = fakeCommands({ update_situation: () => stored });
    const user = userEvent.setup();
    render(SituationForm, { sessionId: SESSION_ID, on: "2018-06-18", situation: stored, onSaved: vi.fn(), onCancel: vi.fn() });
    const box = screen.getByRole("checkbox", { name: "Confidential" });
    expect(box).toBeChecked();
    await user.click(box);
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    await vi.waitFor(() => expect(calls.find((c) => c.command === "update_situation")).toBeDefined());
    expect(calls.find((c) => c.command === "update_situation")?.args.input).toMatchObject({ country: "Burundi", confidential: false });
  });

  it("saves a note's mark at once, and keeps it with every later save of its text", async () => {
    const saved = { ...note("n1", "Met the defender's family", "2018-06-20T08:15:00.000Z") };
    const inputs: NoteInput[] = [];
    fakeCommands({ update_note: (a) => (inputs.push(a.input as NoteInput), { ...saved, confidential: (a.input as NoteInput).confidential }) });
    const user = userEvent.setup();
    render(NoteEditor, {
      props: { id: "ed", label: "Note", sessionId: SESSION_ID, note: saved, context: { meetings: [], situations: [], keyIssues: [], statements: [] }, onSaved: vi.fn(), onDone: vi.fn(), onDelete: vi.fn() },
    });
    await user.click(screen.getByRole("checkbox", { name: "Confidential" }));
    await vi.waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toMatchObject({ body: "Met the defender's family", confidential: true });
    await user.type(screen.getByRole("textbox", { name: "Note" }), ".");
    await user.tab();
    await vi.waitFor(() => expect(inputs.length).toBeGreaterThan(1));
    expect(inputs.at(-1)).toMatchObject({ body: "Met the defender's family.", confidential: true });
  });

  it("carries a statement's mark from the stored statement to what the editor sends", () => {
    const marked = statement({ id: "st1", title: "Item 4 general debate", confidential: true });
    const read = inputOf(draftOf(marked));
    expect(read.ok && read.input.confidential).toBe(true);
    const fresh = inputOf({ ...newDraft(), title: "New" });
    expect(fresh.ok && fresh.input.confidential).toBe(false);
  });
});

describe("the Confidential badge", () => {
  it("says Confidential in words on a marked record, and nothing on another", () => {
    const { container } = render(ConfidentialBadge, { confidential: true });
    expect(screen.getByText("Confidential")).toBeInTheDocument();
    container.remove();
    render(ConfidentialBadge, { confidential: false });
    expect(screen.queryByText("Confidential")).not.toBeInTheDocument();
  });
});

describe("Include confidential items", () => {
  function fakeShell(sent: Record<string, unknown>[], previews: Record<string, unknown>[]) {
    return fakeCommands({
      export_preview: (a) => (previews.push(a), { style: "", body: "<p>HRC38</p>" }),
      export_choice: () => null,
      remember_export_choice: (a) => a.choice,
      choose_export_file: () => "/home/advocate/HRC38 overview.docx",
      export_session: (a) => (sent.push(a), null),
    });
  }

  it("is unticked on opening, warns when ticked, and is sent to the export and its preview only then", async () => {
    const sent: Record<string, unknown>[] = [];
    const previews: Record<string, unknown>[] = [];
    fakeShell(sent, previews);
    const user = userEvent.setup();
    render(ExportDialog, { session: SESSION, onClose: () => {} });
    const include = screen.getByRole("checkbox", { name: "Include confidential items" });
    expect(include).not.toBeChecked();
    expect(screen.queryByText(/you marked confidential will be in this file/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).not.toHaveProperty("includeConfidential");
    expect(previews.every((p) => !("includeConfidential" in p))).toBe(true);

    await user.click(include);
    expect(screen.getByText(/you marked confidential will be in this file, each marked Confidential/)).toBeInTheDocument();
    await vi.waitFor(() => expect(previews.at(-1)).toMatchObject({ includeConfidential: true }));
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ includeConfidential: true });
  });

  it("is not offered for the calendar of only what is mine, which never holds confidential items", async () => {
    fakeShell([], []);
    const user = userEvent.setup();
    render(ExportDialog, { session: SESSION, onClose: () => {} });
    await user.click(screen.getByRole("radio", { name: /Calendar/ }));
    expect(screen.getByRole("checkbox", { name: "Include confidential items" })).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: /Only what is mine/ }));
    expect(screen.queryByRole("checkbox", { name: "Include confidential items" })).not.toBeInTheDocument();
  });

  it("sends a brief's choice only when ticked, and unticks it on each opening", async () => {
    const calls = fakeCommands({ choose_export_file: () => "/home/advocate/Reprisals brief.docx", export_brief: () => null });
    const user = userEvent.setup();
    render(BriefExport, { on: "issue", id: "k1", name: "Reprisals" });
    await user.click(screen.getByRole("button", { name: "Export brief on Reprisals…" }));
    const include = screen.getByRole("checkbox", { name: "Include confidential items" });
    expect(include).not.toBeChecked();
    await user.click(include);
    expect(screen.getByText(/marked confidential will be in this brief/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save…" }));
    await vi.waitFor(() => expect(calls.find((c) => c.command === "export_brief")).toBeDefined());
    expect(calls.find((c) => c.command === "export_brief")?.args).toMatchObject({ on: "issue", id: "k1", format: "docx", includeConfidential: true });
    await user.click(screen.getByRole("button", { name: "Close" }));
    await user.click(screen.getByRole("button", { name: "Export brief on Reprisals…" }));
    expect(screen.getByRole("checkbox", { name: "Include confidential items" })).not.toBeChecked();
  });
});
