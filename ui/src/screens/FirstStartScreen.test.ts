// The first start: the passphrase typed twice (the core's refusals under the field they name), the warning that a
// forgotten passphrase loses the notes, then the recovery key with Save and Print before the app starts; or no
// passphrase, and the app starts as it always did.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import FirstStartScreen from "./FirstStartScreen.svelte";

const KEY = "00112233-44556677-8899AABB-CCDDEEFF-00112233-44556677-8899AABB-CCDDEEFF";

afterEach(() => clearMocks());

describe("FirstStartScreen", () => {
  it("protects the notes with a passphrase typed twice, then shows the recovery key to save before starting", async () => {
    const calls = fakeCommands({
      create_protected_database: (args) => {
        if ((args.passphrase as string).length < 12) throw invalid("passphrase", "passphrase_too_short", "must be at least 12 characters", { min: "12" });
        if (args.passphrase !== args.confirm) throw invalid("confirm", "passphrases_differ", "does not match the passphrase: type the same one twice");
        return KEY;
      },
      save_recovery_key: () => "/media/usb/HRC Planner recovery key.txt",
    });
    const onStarted = vi.fn();
    render(FirstStartScreen, { onStarted });
    const user = userEvent.setup();

    expect(screen.getByRole("heading", { name: "Protect your notes with a passphrase (recommended)" })).toBeInTheDocument();
    expect(screen.getByRole("note")).toHaveTextContent("If you forget the passphrase, your notes are lost.");
    const passphrase = screen.getByLabelText("Passphrase");
    expect(passphrase).toHaveFocus();

    await user.keyboard("too short{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent("must be at least 12 characters");
    expect(passphrase).toHaveAttribute("aria-invalid", "true");

    await user.clear(passphrase);
    await user.type(passphrase, "geneva palais rooftop");
    await user.type(screen.getByLabelText("The same passphrase again"), "geneva palais roof");
    await user.click(screen.getByRole("button", { name: "Protect my notes" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("does not match the passphrase");
    expect(screen.getByLabelText("The same passphrase again")).toHaveAttribute("aria-invalid", "true");
    expect(passphrase).not.toHaveAttribute("aria-invalid");

    await user.type(screen.getByLabelText("The same passphrase again"), "top");
    await user.click(screen.getByRole("button", { name: "Protect my notes" }));
    expect(await screen.findByTestId("recovery-key")).toHaveTextContent(KEY);
    expect(calls.find((c) => c.args.confirm === "geneva palais rooftop")?.args).toEqual({
      passphrase: "geneva palais rooftop",
      confirm: "geneva palais rooftop",
    });
    expect(screen.getByRole("heading", { name: "Your recovery key" })).toHaveFocus();
    expect(screen.queryByLabelText("Passphrase")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Save to a file…" }));
    expect(await screen.findByText("Saved to /media/usb/HRC Planner recovery key.txt.")).toBeInTheDocument();
    expect(onStarted).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "I have kept it — start HRC Planner" }));
    expect(onStarted).toHaveBeenCalledOnce();
  });

  it("continues without a passphrase", async () => {
    const calls = fakeCommands({ create_plain_database: () => null });
    const onStarted = vi.fn();
    render(FirstStartScreen, { onStarted });
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Continue without a passphrase" }));
    await vi.waitFor(() => expect(onStarted).toHaveBeenCalledOnce());
    expect(calls.map((c) => c.command)).toEqual(["create_plain_database"]);
  });
});
