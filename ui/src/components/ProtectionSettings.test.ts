// Settings → Protection: protecting a plain database (then its recovery key), changing the passphrase of a protected
// one (the old one checked: a wrong one said under its field) and removing it, and the idle minutes before locking.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ProtectionChange, Settings } from "../lib/bindings";
import { locking } from "../lib/lock.svelte";
import { clearMocks, coreError, fakeCommands, invalid } from "../test/fake-commands";
import ProtectionSettings from "./ProtectionSettings.svelte";

const KEY = "00112233-44556677-8899AABB-CCDDEEFF-00112233-44556677-8899AABB-CCDDEEFF";
const NEW_KEY = "FFEEDDCC-BBAA9988-77665544-33221100-FFEEDDCC-BBAA9988-77665544-33221100";
const noSave = async () => null;

afterEach(() => {
  clearMocks();
  locking.protected = false;
});

describe("ProtectionSettings", () => {
  it("protects a plain database with a passphrase typed twice, then shows its recovery key", async () => {
    locking.protected = false;
    const calls = fakeCommands({ protect_database: (): ProtectionChange => ({ recovery_key: KEY, backups_left: [] }) });
    render(ProtectionSettings, { lockAfter: 10, onLockAfter: noSave });
    const user = userEvent.setup();

    expect(screen.getByText(/Your notes are not protected/)).toBeInTheDocument();
    expect(screen.queryByLabelText("Lock after")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Protect with a passphrase…" }));
    expect(screen.getByLabelText("Passphrase")).toHaveFocus();
    await user.keyboard("geneva palais rooftop");
    await user.type(screen.getByLabelText("The same passphrase again"), "geneva palais rooftop{Enter}");

    expect(await screen.findByTestId("recovery-key")).toHaveTextContent(KEY);
    expect(calls[0]).toEqual({ command: "protect_database", args: { passphrase: "geneva palais rooftop", confirm: "geneva palais rooftop" } });
    expect(screen.getByText(/now protected by your passphrase/)).toBeInTheDocument();
    expect(locking.protected).toBe(true);
    await user.click(screen.getByRole("button", { name: "I have kept it" }));
    expect(screen.queryByTestId("recovery-key")).toBeNull();
    expect(screen.getByRole("button", { name: "Change passphrase…" })).toBeInTheDocument();
    expect(screen.getByLabelText("Lock after")).toHaveValue("10");
  });

  it("changes the passphrase only with the current one, and shows the new recovery key", async () => {
    locking.protected = true;
    const calls = fakeCommands({
      change_database_passphrase: (args): ProtectionChange => {
        if (args.oldPassphrase !== "geneva palais rooftop") throw coreError("wrong_passphrase", "wrong passphrase: it does not open /x.db; nothing was changed");
        if ((args.passphrase as string).length < 12) throw invalid("passphrase", "passphrase_too_short", "must be at least 12 characters");
        return { recovery_key: NEW_KEY, backups_left: ["/b/hrc-planner-2018.db"] };
      },
    });
    render(ProtectionSettings, { lockAfter: 10, onLockAfter: noSave });
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Change passphrase…" }));
    expect(screen.getByLabelText("Current passphrase")).toHaveFocus();
    await user.keyboard("geneva palais roof");
    await user.type(screen.getByLabelText("New passphrase"), "lake leman at dusk");
    await user.type(screen.getByLabelText("The same passphrase again"), "lake leman at dusk{Enter}");
    expect(await screen.findByText("Wrong passphrase: it does not open this database. Nothing was changed.")).toBeInTheDocument();
    expect(screen.getByLabelText("Current passphrase")).toHaveAttribute("aria-invalid", "true");

    await user.type(screen.getByLabelText("Current passphrase"), "top");
    await user.click(screen.getByRole("button", { name: "Change passphrase" }));
    expect(await screen.findByTestId("recovery-key")).toHaveTextContent(NEW_KEY);
    expect(screen.getByText(/The old recovery key no longer opens your notes/)).toHaveTextContent("/b/hrc-planner-2018.db");
    expect(calls.at(-1)?.args).toEqual({ oldPassphrase: "geneva palais rooftop", passphrase: "lake leman at dusk", confirm: "lake leman at dusk" });
  });

  it("removes the protection after asking for the passphrase, and says a file open elsewhere plainly", async () => {
    locking.protected = true;
    let tries = 0;
    fakeCommands({
      remove_database_protection: (): ProtectionChange => {
        tries += 1;
        if (tries === 1) throw coreError("conflict", "the database is open in another program (hrc); close it to decrypt it");
        return { recovery_key: null, backups_left: [] };
      },
    });
    render(ProtectionSettings, { lockAfter: 10, onLockAfter: noSave });
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Remove protection…" }));
    expect(screen.getByRole("note")).toHaveTextContent("anyone who can open this computer's files can read your notes");
    await user.keyboard("geneva palais rooftop{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent("the database is open in another program (hrc)");
    await user.click(screen.getByRole("button", { name: "Remove protection" }));
    expect(await screen.findByText(/The protection is removed/)).toBeInTheDocument();
    expect(locking.protected).toBe(false);
    expect(screen.getByRole("button", { name: "Protect with a passphrase…" })).toBeInTheDocument();
  });

  it("saves the idle minutes when the field is left, and shows the core's refusal under it", async () => {
    locking.protected = true;
    fakeCommands({});
    const saved: number[] = [];
    const onLockAfter = vi.fn(async (n: number) => {
      saved.push(n);
      return { lock_after_minutes: n } as Settings;
    });
    const { rerender } = render(ProtectionSettings, { lockAfter: 10, onLockAfter });
    const user = userEvent.setup();

    const field = screen.getByLabelText("Lock after");
    await user.clear(field);
    await user.type(field, "0");
    await user.tab();
    expect(saved).toEqual([0]);
    await rerender({ lockAfter: 0, onLockAfter, lockAfterError: "must be between 0 and 480" });
    expect(field).toHaveAccessibleDescription(/must be between 0 and 480/);
  });
});
