// The unlock screen: the passphrase (or the recovery key instead) sent to the shell, "Unlocking…" while it derives
// the key, a wrong one said under the field with "Checking…" on the next try, and the app started once unlocked.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Startup } from "../lib/bindings";
import { clearMocks, coreError, fakeCommands, invalid } from "../test/fake-commands";
import UnlockScreen from "./UnlockScreen.svelte";

const PATH = "/home/ana/.local/share/hrc-planner/hrc-planner.db";
const STARTED: Startup = { version: "0.1.0", database_path: PATH, database_error: null, migration: null, clock: null, first_start: false, protected: true };
const WRONG = coreError("wrong_passphrase", `wrong passphrase: it does not open ${PATH}; nothing was changed`);

afterEach(() => clearMocks());

describe("UnlockScreen", () => {
  it("unlocks with the passphrase typed, the field focused first and the button saying it works meanwhile", async () => {
    let answer: (s: Startup) => void = () => {};
    const calls = fakeCommands({ unlock_database: () => new Promise<Startup>((resolve) => (answer = resolve)) });
    const onUnlocked = vi.fn();
    render(UnlockScreen, { path: PATH, onUnlocked });
    const user = userEvent.setup();

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("HRC Planner is locked");
    const field = screen.getByLabelText("Passphrase");
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute("type", "password");
    await user.keyboard("correct horse battery{Enter}");

    expect(await screen.findByRole("button", { name: "Unlocking…" })).toBeDisabled();
    expect(calls.find((c) => c.command === "unlock_database")?.args).toEqual({ passphrase: "correct horse battery", recoveryKey: null });
    answer(STARTED);
    await vi.waitFor(() => expect(onUnlocked).toHaveBeenCalledOnce());
  });

  it("says a wrong passphrase under the field, keeps what was typed selected, and says Checking… on the next try", async () => {
    let wrongs = 0;
    let answer: () => void = () => {};
    fakeCommands({
      unlock_database: () => {
        wrongs += 1;
        if (wrongs === 1) throw WRONG;
        return new Promise((_, reject) => (answer = () => reject(WRONG)));
      },
    });
    const onUnlocked = vi.fn();
    render(UnlockScreen, { path: PATH, onUnlocked });
    const user = userEvent.setup();

    await user.keyboard("correct horse batterz{Enter}");
    const field = screen.getByLabelText("Passphrase");
    expect(await screen.findByRole("alert")).toHaveTextContent("Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(/Wrong passphrase/);
    expect(field).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Unlock" }));
    expect(await screen.findByRole("button", { name: "Checking…" })).toBeDisabled();
    answer();
    expect(await screen.findByRole("button", { name: "Unlock" })).toBeEnabled();
    expect(onUnlocked).not.toHaveBeenCalled();

    // The other way starts clean, and coming back too.
    await user.click(screen.getByRole("button", { name: "Use recovery key instead" }));
    expect(screen.queryByRole("alert")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Use the passphrase instead" }));
    expect(screen.getByLabelText("Passphrase")).toHaveFocus();
    expect(screen.getByLabelText("Passphrase")).toHaveValue("");
  });

  it("unlocks with the recovery key instead, and says the core's refusal of one that is no key", async () => {
    const calls = fakeCommands({
      unlock_database: (args) => {
        if (args.recoveryKey === "1234") throw invalid("recovery_key", "not_a_recovery_key", "is not a recovery key: 64 hexadecimal digits");
        return STARTED;
      },
    });
    const onUnlocked = vi.fn();
    render(UnlockScreen, { path: PATH, onUnlocked });
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Use recovery key instead" }));
    const field = screen.getByLabelText("Recovery key");
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute("type", "text");
    await user.keyboard("1234{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent("is not a recovery key");

    await user.clear(field);
    await user.type(field, "00112233-44556677-8899AABB-CCDDEEFF-00112233-44556677-8899AABB-CCDDEEFF{Enter}");
    await vi.waitFor(() => expect(onUnlocked).toHaveBeenCalledOnce());
    expect(calls.at(-1)?.args).toEqual({
      passphrase: null,
      recoveryKey: "00112233-44556677-8899AABB-CCDDEEFF-00112233-44556677-8899AABB-CCDDEEFF",
    });
  });
});
