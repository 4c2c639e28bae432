// Pasting signatories: the core's preview first (to add, already signing, merged, skipped), adding on confirm, the
// core's report and the merged list; removing one.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Organisation, PastedLine, SignatoryPreview } from "../lib/bindings";
import EMAIL from "../../../core/tests/fixtures/signatories-email.txt?raw";
import { clearMocks, coreError, fakeCommands } from "../test/fake-commands";
import SignatoryPanel from "./SignatoryPanel.svelte";
import { organisation } from "../test/statement-data";

afterEach(clearMocks);

const ISHR = organisation("o1", "International Service for Human Rights", "ISHR");
const AMDH = organisation("o2", "L’Association Marocaine des Droits Humains", "AMDH");
const ALHAQ = organisation("o3", "Al-Haq");
const CIHRS = organisation("o4", "Cairo Institute for Human Rights Studies", "CIHRS");

const PASTE = [
  "L’Association Marocaine des Droits Humains (AMDH)",
  "L'Association Marocaine des Droits Humains (AMDH)",
  "• Al-Haq",
  "",
  "Cairo Institute for Human Rights Studies (CIHRS)",
].join("\n");

/** A line of the core's preview. */
function line(text: string, outcome: PastedLine["outcome"], name = "", acronym = "", why = "", read = name): PastedLine {
  const reason = outcome === "skipped" ? (why === "greeting" ? "greeting" : why === "sign-off" ? "sign-off" : "signature") : null;
  return { line: text, read: outcome === "skipped" ? "" : read, outcome, name, acronym, reason, why };
}

/** What the core previews for the e-mail fixture on a statement ISHR already signs, Al-Haq known from another. */
const EMAIL_PREVIEW: SignatoryPreview = {
  created: 5,
  reused: 1,
  duplicates: 3,
  skipped: 7,
  signatories_after: 7,
  lines: [
    line("Dear colleagues, the following organisations have signed on so far:", "skipped", "", "", "greeting"),
    line("1. Al-Haq", "known", "Al-Haq", "", "known from other statements"),
    line("2) CIVICUS: World Alliance for Citizen Participation", "new", "CIVICUS: World Alliance for Citizen Participation", "", "new organisation"),
    line("3. L’Association Marocaine des Droits Humains", "new", "L’Association Marocaine des Droits Humains", "AMDH", "new organisation"),
    line(
      "4. L'Association Marocaine des Droits Humains (AMDH)",
      "merged",
      "L’Association Marocaine des Droits Humains",
      "AMDH",
      "merged as a near-duplicate",
      "L'Association Marocaine des Droits Humains",
    ),
    line("- Cairo Institute for Human Rights Studies (CIHRS)", "new", "Cairo Institute for Human Rights Studies", "CIHRS", "new organisation"),
    line("• International Service for Human Rights (ISHR)", "already-signing", "International Service for Human Rights", "ISHR", "already signing"),
    line("* Best Practices Network", "new", "Best Practices Network", "", "new organisation"),
    line("5. Thanks for Life Foundation", "new", "Thanks for Life Foundation", "", "new organisation"),
    line("6. al-haq", "merged", "Al-Haq", "", "merged as a near-duplicate", "al-haq"),
    line("Please send any further sign-ons by Friday noon Geneva time.", "skipped", "", "", "a sentence of the e-mail"),
    line("Best,", "skipped", "", "", "sign-off"),
    line("Maria Lopez", "skipped", "", "", "the sender's signature"),
    line("Advocacy Officer", "skipped", "", "", "the sender's signature"),
    line("International Service for Human Rights (ISHR)", "skipped", "", "", "the sender's signature"),
    line("+41 22 919 71 00 | m.lopez@ishr.ch", "skipped", "", "", "the sender's signature"),
  ],
};

/** The items under the preview's heading `title`. */
function group(title: RegExp): string[] {
  const heading = screen.getByRole("heading", { name: title });
  const list = heading.nextElementSibling as HTMLElement;
  return within(list)
    .getAllByRole("listitem")
    .map((li) => li.textContent ?? "");
}

describe("SignatoryPanel", () => {
  it("previews an e-mail pasted in, saves nothing, and adds the list on confirm", async () => {
    const added = [ISHR, ALHAQ, organisation("o5", "CIVICUS: World Alliance for Citizen Participation"), AMDH, CIHRS];
    const calls = fakeCommands({
      preview_signatories: () => EMAIL_PREVIEW,
      add_signatories: () => ({ created: 5, reused: 1, duplicates: 3, skipped: 7, lines: EMAIL_PREVIEW.lines, signatories: added }),
    });
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(SignatoryPanel, { statementId: "letter", signatories: [ISHR], onChange });

    await user.click(screen.getByLabelText("Paste signatories"));
    await user.paste(EMAIL);

    // The paste is checked at once: the preview, and nothing saved.
    const preview = await screen.findByRole("region", { name: "Check before adding" });
    await vi.waitFor(() => expect(preview).toHaveFocus());
    expect(calls).toEqual([{ command: "preview_signatories", args: { statementId: "letter", pasted: EMAIL } }]);
    expect(onChange).not.toHaveBeenCalled();
    expect(preview).toHaveTextContent("6 to add, 3 already signing or merged, 7 lines skipped. Nothing is saved until you add them.");
    expect(group(/^To add/)).toEqual([
      "Al-Haq — known from other statements",
      "CIVICUS: World Alliance for Citizen Participation — new organisation",
      "L’Association Marocaine des Droits Humains (AMDH) — new organisation",
      "Cairo Institute for Human Rights Studies (CIHRS) — new organisation",
      "Best Practices Network — new organisation",
      "Thanks for Life Foundation — new organisation",
    ]);
    expect(group(/^Already signing/)).toEqual(["International Service for Human Rights (ISHR)"]);
    expect(group(/^Merged as near-duplicates/)).toEqual([
      "L'Association Marocaine des Droits Humains → L’Association Marocaine des Droits Humains (AMDH)",
      "al-haq → Al-Haq",
    ]);
    expect(group(/^Skipped, not an organisation/)).toEqual([
      "Dear colleagues, the following organisations have signed on so far: — greeting",
      "Please send any further sign-ons by Friday noon Geneva time. — a sentence of the e-mail",
      "Best, — sign-off",
      "Maria Lopez — the sender's signature",
      "Advocacy Officer — the sender's signature",
      "International Service for Human Rights (ISHR) — the sender's signature",
      "+41 22 919 71 00 | m.lopez@ishr.ch — the sender's signature",
    ]);

    await user.click(within(preview).getByRole("button", { name: "Add 6 signatories" }));

    const report = await screen.findByRole("status");
    expect(report).toHaveTextContent("6 added, 3 already signing or repeated in the paste — merged, not added twice. Now 5 signatories.");
    expect(report).toHaveTextContent("Left out 7 lines that are not organisations.");
    expect(report).toHaveFocus();
    expect(calls.slice(1)).toEqual([{ command: "add_signatories", args: { statementId: "letter", pasted: EMAIL } }]);
    expect(onChange).toHaveBeenCalledWith(added);
    expect(screen.queryByRole("region", { name: "Check before adding" })).not.toBeInTheDocument();
    expect(screen.getByLabelText("Paste signatories")).toHaveValue("");
  });

  it("cancelling the preview saves nothing, and an edit makes it stale", async () => {
    const calls = fakeCommands({ preview_signatories: () => EMAIL_PREVIEW });
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(SignatoryPanel, { statementId: "letter", signatories: [ISHR], onChange });

    await user.type(screen.getByLabelText("Paste signatories"), "Al-Haq");
    await user.click(screen.getByRole("button", { name: "Check the list" }));
    const preview = await screen.findByRole("region", { name: "Check before adding" });
    await user.click(within(preview).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("region", { name: "Check before adding" })).not.toBeInTheDocument();
    expect(screen.getByLabelText("Paste signatories")).toHaveFocus();
    expect(screen.getByLabelText("Paste signatories")).toHaveValue("Al-Haq");

    await user.click(screen.getByRole("button", { name: "Check the list" }));
    await screen.findByRole("region", { name: "Check before adding" });
    await user.type(screen.getByLabelText("Paste signatories"), "\nCIVICUS");
    expect(screen.queryByRole("region", { name: "Check before adding" })).not.toBeInTheDocument();
    expect(calls.map((c) => c.command)).toEqual(["preview_signatories", "preview_signatories"]);
    expect(onChange).not.toHaveBeenCalled();
  });

  it("says when a paste holds nothing to add", async () => {
    const alreadySigning: SignatoryPreview = {
      created: 0,
      reused: 0,
      duplicates: 1,
      skipped: 1,
      signatories_after: 1,
      lines: [
        line("Hi all,", "skipped", "", "", "greeting"),
        line("ISHR", "already-signing", "International Service for Human Rights", "ISHR", "already signing"),
      ],
    };
    fakeCommands({ preview_signatories: () => alreadySigning });
    const user = userEvent.setup();
    render(SignatoryPanel, { statementId: "letter", signatories: [ISHR], onChange: vi.fn() });

    await user.type(screen.getByLabelText("Paste signatories"), "Hi all,{Enter}ISHR");
    await user.click(screen.getByRole("button", { name: "Check the list" }));
    const preview = await screen.findByRole("region", { name: "Check before adding" });
    expect(preview).toHaveTextContent("Nothing to add, 1 already signing or merged, 1 line skipped.");
    expect(within(preview).queryByRole("button", { name: /^Add/ })).not.toBeInTheDocument();
    await user.click(within(preview).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("region", { name: "Check before adding" })).not.toBeInTheDocument();
  });

  it("adds a typed list after checking it, and shows the merged list", async () => {
    const calls = fakeCommands({
      preview_signatories: () => ({ ...EMAIL_PREVIEW, created: 2, reused: 1, duplicates: 1, skipped: 0, lines: [] }),
      add_signatories: () => ({ created: 2, reused: 1, duplicates: 1, skipped: 0, lines: [], signatories: [ISHR, AMDH, ALHAQ, CIHRS] }),
    });
    const onChange = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(SignatoryPanel, { statementId: "letter", signatories: [ISHR], onChange });

    await user.click(screen.getByLabelText("Paste signatories"));
    await user.paste(PASTE);
    const preview = await screen.findByRole("region", { name: "Check before adding" });
    await user.click(within(preview).getByRole("button", { name: "Add 3 signatories" }));

    const report = await screen.findByRole("status");
    expect(report).toHaveTextContent("3 added, 1 already signing or repeated in the paste — merged, not added twice. Now 4 signatories.");
    expect(report).toHaveTextContent("Added: 2 new organisations, 1 already known from other statements.");
    expect(report).toHaveFocus();
    expect(calls.map((c) => c.command)).toEqual(["preview_signatories", "add_signatories"]);
    expect(calls[1].args).toEqual({ statementId: "letter", pasted: PASTE });
    expect(screen.getByLabelText("Paste signatories")).toHaveValue("");

    // The screen hands the core's list back in.
    expect(onChange).toHaveBeenCalledWith([ISHR, AMDH, ALHAQ, CIHRS]);
    await rerender({ statementId: "letter", signatories: [ISHR, AMDH, ALHAQ, CIHRS], onChange });
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent?.replace("Remove", "").trim())).toEqual([
      "International Service for Human RightsISHR",
      "L’Association Marocaine des Droits HumainsAMDH",
      "Al-Haq",
      "Cairo Institute for Human Rights StudiesCIHRS",
    ]);
    expect(screen.getByRole("heading", { name: /Signatories/ })).toHaveTextContent("4");
  });

  it("removes one signatory and keeps the keyboard in the list", async () => {
    let list: Organisation[] = [ISHR, AMDH, ALHAQ];
    const calls = fakeCommands({
      remove_signatory: ({ organisationId }) => {
        list = list.filter((o) => o.id !== organisationId);
        return { signatories: list };
      },
    });
    const onChange = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(SignatoryPanel, { statementId: "letter", signatories: list, onChange });
    onChange.mockImplementation((next: Organisation[]) => rerender({ statementId: "letter", signatories: next, onChange }));

    await user.click(screen.getByRole("button", { name: "Remove L’Association Marocaine des Droits Humains" }));

    expect(await screen.findByRole("status")).toHaveTextContent("L’Association Marocaine des Droits Humains no longer signs.");
    expect(calls).toEqual([{ command: "remove_signatory", args: { statementId: "letter", organisationId: "o2" } }]);
    expect(screen.queryByText("L’Association Marocaine des Droits Humains")).not.toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByRole("button", { name: "Remove Al-Haq" })).toHaveFocus());
  });

  it("shows the core's error when the paste is refused", async () => {
    fakeCommands({
      preview_signatories: () => {
        throw coreError("not_found", "statement not found: letter");
      },
    });
    const user = userEvent.setup();
    render(SignatoryPanel, { statementId: "letter", signatories: [], onChange: vi.fn() });

    expect(screen.getByText(/No signatories yet/)).toBeInTheDocument();
    await user.type(screen.getByLabelText("Paste signatories"), "Al-Haq");
    await user.click(screen.getByRole("button", { name: "Check the list" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("statement not found: letter");
    expect(screen.getByLabelText("Paste signatories")).toHaveValue("Al-Haq");
  });
});
