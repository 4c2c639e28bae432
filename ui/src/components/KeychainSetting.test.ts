// Settings → Protection → "Remember on this computer (system keychain)": off until turned on, on keeps the key, off
// forgets it, a refusal is said and the box shows what is kept; where the keychain cannot be reached it is disabled
// and says why.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { KeychainStatus } from "../lib/bindings";
import { clearMocks, coreError, fakeCommands } from "../test/fake-commands";
import KeychainSetting from "./KeychainSetting.svelte";

const NAME = "Remember on this computer (system keychain)";

afterEach(() => clearMocks());

describe("KeychainSetting", () => {
  it("is off by default; turning it on keeps the key and turning it off forgets it", async () => {
    let kept = false;
    const calls = fakeCommands({
      keychain_status: (): KeychainStatus => ({ kept, unavailable: null }),
      remember_database_key: (args): KeychainStatus => {
        kept = args.remember as boolean;
        return { kept, unavailable: null };
      },
    });
    render(KeychainSetting);
    const user = userEvent.setup();
    const box = screen.getByRole("checkbox", { name: NAME });
    await expect.poll(() => (box as HTMLInputElement).disabled).toBe(false);
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/Anyone who can use your computer account while it is unlocked can then open your notes/);

    await user.click(box);
    await expect.poll(() => kept).toBe(true);
    expect(box).toBeChecked();
    expect(calls.at(-1)).toEqual({ command: "remember_database_key", args: { remember: true } });

    await user.click(box);
    await expect.poll(() => (box as HTMLInputElement).checked).toBe(false);
    expect(calls.at(-1)).toEqual({ command: "remember_database_key", args: { remember: false } });
    expect(kept).toBe(false);
  });

  it("says a refusal and stays off", async () => {
    fakeCommands({
      keychain_status: (): KeychainStatus => ({ kept: false, unavailable: null }),
      remember_database_key: () => {
        throw coreError("keychain", "the system keychain refused it (access denied); nothing was kept");
      },
    });
    render(KeychainSetting);
    const user = userEvent.setup();
    const box = screen.getByRole("checkbox", { name: NAME });
    await expect.poll(() => (box as HTMLInputElement).disabled).toBe(false);
    await user.click(box);
    expect(await screen.findByRole("alert")).toHaveTextContent("the system keychain refused it (access denied); nothing was kept");
    expect(box).not.toBeChecked();
  });

  it("is disabled with the reason where the keychain cannot be reached", async () => {
    const calls = fakeCommands({
      keychain_status: (): KeychainStatus => ({
        kept: false,
        unavailable: "the system keychain cannot be reached (no Secret Service is running)",
      }),
    });
    render(KeychainSetting);
    const user = userEvent.setup();
    expect(await screen.findByText(/Not available on this computer: the system keychain cannot be reached/)).toBeInTheDocument();
    const box = screen.getByRole("checkbox", { name: NAME });
    expect(box).toBeDisabled();
    expect(box).toHaveAccessibleDescription(/Not available on this computer/);
    await user.click(box);
    expect(calls.map((c) => c.command)).toEqual(["keychain_status"]);
  });
});
