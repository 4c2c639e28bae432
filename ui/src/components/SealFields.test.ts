// The Export dialog's "Seal with a passphrase" (SealFields): offered for the full copy only, the passphrase typed twice
// and checked by the core before the save dialog opens (its refusal said next to the field at fault), the note that the
// teammate needs the passphrase sent another way, the sealed file saved as .age and not offered to be opened.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Session } from "../lib/bindings";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import ExportDialog from "./ExportDialog.svelte";

const SESSION = { id: "0190a0b0-0000-7000-8000-000000000038", number: 38, kind: "regular", label: "38", name: "HRC38", start_date: "2018-06-18", end_date: "2018-07-06" } as Session;
const PATH = "/home/advocate/HRC38 bundle.json.age";
const PASSPHRASE = "olive tram winter lantern";

/** The shell as the dialog sees it; `check_seal_passphrase` follows the core's rules. */
function fakeShell(extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  return fakeCommands({
    export_preview: () => ({ style: "", body: "<p>HRC38</p>" }),
    export_choice: () => ({ format: "json", sections: [] }),
    remember_export_choice: (args) => args.choice,
    choose_export_file: () => PATH,
    export_session: () => null,
    export_sealed_session: () => null,
    check_seal_passphrase: ({ passphrase, confirm }) => {
      if (String(passphrase).length < 12) throw invalid("passphrase", "passphrase_too_short", "must be at least 12 characters: a sealed file can be guessed at offline", { min: "12" });
      if (passphrase !== confirm) throw invalid("confirm", "passphrases_differ", "does not match the passphrase: type the same one twice");
      return null;
    },
    ...extra,
  });
}

async function openOnTheFullCopy() {
  const user = userEvent.setup();
  render(ExportDialog, { session: SESSION, onClose: () => {} });
  await vi.waitFor(() => expect(screen.getByRole("radio", { name: /Full copy/ })).toBeChecked());
  return user;
}

describe("SealFields in the Export dialog", () => {
  afterEach(() => clearMocks());

  it("offers sealing for the full copy only, with the note that the teammate needs the passphrase sent another way", async () => {
    fakeShell();
    const user = await openOnTheFullCopy();
    const seal = screen.getByRole("checkbox", { name: "Seal with a passphrase" });
    expect(seal).not.toBeChecked();
    expect(screen.queryByLabelText("Passphrase")).not.toBeInTheDocument();
    await user.click(seal);
    expect(screen.getByLabelText("Passphrase")).toHaveAttribute("type", "password");
    expect(screen.getByLabelText("The same passphrase again")).toHaveAttribute("type", "password");
    expect(screen.getByRole("note")).toHaveTextContent("Your teammate needs the passphrase to open the file. Send it by another channel");
    expect(screen.getByRole("region", { name: "Preview" })).toHaveTextContent("It is sealed with your passphrase");

    await user.click(screen.getByRole("radio", { name: /Markdown/ }));
    expect(screen.queryByRole("checkbox", { name: "Seal with a passphrase" })).not.toBeInTheDocument();
  });

  it("says a short passphrase and a confirmation that differs next to their fields, before any file is chosen", async () => {
    const calls = fakeShell();
    const user = await openOnTheFullCopy();
    await user.click(screen.getByRole("checkbox", { name: "Seal with a passphrase" }));
    await user.type(screen.getByLabelText("Passphrase"), "too short");
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    const passphrase = screen.getByLabelText("Passphrase");
    await vi.waitFor(() => expect(passphrase).toHaveAttribute("aria-invalid", "true"));
    expect(passphrase).toHaveAccessibleDescription(/must be at least 12 characters/);

    await user.clear(passphrase);
    await user.type(passphrase, PASSPHRASE);
    expect(passphrase).not.toHaveAttribute("aria-invalid");
    await user.type(screen.getByLabelText("The same passphrase again"), `${PASSPHRASE}!`);
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await vi.waitFor(() => expect(screen.getByLabelText("The same passphrase again")).toHaveAccessibleDescription(/does not match the passphrase/));
    expect(calls.filter((c) => c.command === "choose_export_file")).toHaveLength(0);
    expect(calls.filter((c) => c.command === "export_sealed_session")).toHaveLength(0);
  });

  it("saves the sealed full copy as .age where the person chose, says so, offers no Open, and forgets the passphrase", async () => {
    const calls = fakeShell();
    const user = await openOnTheFullCopy();
    await user.click(screen.getByRole("checkbox", { name: "Include my notes" }));
    await user.click(screen.getByRole("checkbox", { name: "Seal with a passphrase" }));
    await user.type(screen.getByLabelText("Passphrase"), PASSPHRASE);
    await user.type(screen.getByLabelText("The same passphrase again"), PASSPHRASE);
    await user.click(screen.getByRole("button", { name: "Save as…" }));
    await vi.waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(`Sealed and saved to ${PATH}`));
    expect(calls.find((c) => c.command === "choose_export_file")?.args).toMatchObject({ fileName: "HRC38 bundle.json.age", kind: "Sealed bundle", extension: "age" });
    expect(calls.find((c) => c.command === "export_sealed_session")?.args).toEqual({
      sessionId: SESSION.id,
      sections: ["notes"],
      path: PATH,
      passphrase: PASSPHRASE,
      confirm: PASSPHRASE,
    });
    expect(calls.filter((c) => c.command === "export_session")).toHaveLength(0);
    expect(screen.queryByRole("button", { name: "Open" })).not.toBeInTheDocument();
    expect(screen.getByLabelText("Passphrase")).toHaveValue("");
    expect(screen.getByLabelText("The same passphrase again")).toHaveValue("");
  });
});
