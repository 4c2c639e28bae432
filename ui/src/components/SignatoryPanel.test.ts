// Pasting signatories: the core's report (added, near-duplicates merged) and the merged list; removing one.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Organisation } from "../lib/bindings";
import { clearMocks, coreError, fakeCommands } from "../test/fake-commands";
import SignatoryPanel from "./SignatoryPanel.svelte";
import { organisation } from "./StatementTestData";

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

describe("SignatoryPanel", () => {
  it("sends the paste to the core, shows its report and the merged list", async () => {
    const calls = fakeCommands({
      add_signatories: () => ({ created: 2, reused: 1, duplicates: 1, signatories: [ISHR, AMDH, ALHAQ, CIHRS] }),
    });
    const onChange = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(SignatoryPanel, { statementId: "letter", signatories: [ISHR], onChange });

    await user.click(screen.getByLabelText("Paste signatories"));
    await user.paste(PASTE);
    await user.click(screen.getByRole("button", { name: "Add signatories" }));

    const report = await screen.findByRole("status");
    expect(report).toHaveTextContent("3 added, 1 already signing or repeated in the paste — merged, not added twice. Now 4 signatories.");
    expect(report).toHaveTextContent("Added: 2 new organisations, 1 already known from other statements.");
    expect(report).toHaveFocus();
    expect(calls).toEqual([{ command: "add_signatories", args: { statementId: "letter", pasted: PASTE } }]);
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
      add_signatories: () => {
        throw coreError("not_found", "statement not found: letter");
      },
    });
    const user = userEvent.setup();
    render(SignatoryPanel, { statementId: "letter", signatories: [], onChange: vi.fn() });

    expect(screen.getByText(/No signatories yet/)).toBeInTheDocument();
    await user.type(screen.getByLabelText("Paste signatories"), "Al-Haq");
    await user.click(screen.getByRole("button", { name: "Add signatories" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("statement not found: letter");
    expect(screen.getByLabelText("Paste signatories")).toHaveValue("Al-Haq");
  });
});
