// Importing a sealed bundle from the sessions list (SealedImport): the core says the file is sealed, the list asks for
// its passphrase with the focus in the field; a wrong passphrase is said next to the field and can be typed again;
// Cancel imports nothing.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SessionSummary } from "../lib/bindings";
import { router } from "../lib/router.svelte";
import { sessions } from "../lib/sessions.svelte";
import SessionsScreen from "../screens/SessionsScreen.svelte";
import { HRC38 as HRC38_SUMMARY } from "../test/search-data";
import { clearMocks, coreError, fakeCommands, invalid } from "../test/fake-commands";

const HRC38 = HRC38_SUMMARY.session;
const PATH = "/home/advocate/HRC38 bundle.json.age";
const PASSPHRASE = "olive tram winter lantern";

afterEach(() => {
  clearMocks();
  router.closeSession();
  router.go("sessions");
  sessions.summaries = [];
});

/** The shell with a sealed bundle chosen: the core opens it only with PASSPHRASE. */
function sealedBundleChosen() {
  let list: SessionSummary[] = [];
  return fakeCommands({
    session_summaries: () => list,
    choose_bundle_file: () => PATH,
    import_bundle: ({ passphrase }) => {
      if (passphrase === undefined) throw invalid("passphrase", "sealed_needs_passphrase", "is sealed with a passphrase: give the passphrase to open it");
      if (passphrase !== PASSPHRASE) throw coreError("wrong_passphrase", "wrong passphrase: it does not open this; nothing was changed");
      list = [HRC38_SUMMARY];
      return { session: HRC38, added: 12, updated: 0, unchanged: 0, merged_organisations: 0, conflicts: [] };
    },
  });
}

describe("SealedImport in the sessions list", () => {
  it("asks for the passphrase of a sealed bundle, says a wrong one next to the field, and imports with the right one", async () => {
    const calls = sealedBundleChosen();
    const user = userEvent.setup();
    await sessions.refresh();
    render(SessionsScreen);

    await user.click(screen.getAllByRole("button", { name: /^Import/ })[0]);
    const form = await screen.findByRole("form", { name: "This bundle is sealed" });
    const field = within(form).getByLabelText("Passphrase");
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute("type", "password");

    await user.type(field, "the wrong passphrase{Enter}");
    await vi.waitFor(() => expect(field).toHaveAccessibleDescription(/wrong passphrase/));
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveFocus();
    expect(router.sessionId).not.toBe(HRC38.id);

    await user.clear(field);
    await user.type(field, PASSPHRASE);
    await user.click(within(form).getByRole("button", { name: "Open and import" }));
    await vi.waitFor(() => expect(router.sessionId).toBe(HRC38.id));
    expect(screen.queryByRole("form", { name: "This bundle is sealed" })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "import_bundle").map((c) => c.args)).toEqual([
      { path: PATH, asCopy: false },
      { path: PATH, asCopy: false, passphrase: "the wrong passphrase" },
      { path: PATH, asCopy: false, passphrase: PASSPHRASE },
    ]);
  });

  it("imports nothing when the person cancels", async () => {
    const calls = sealedBundleChosen();
    const user = userEvent.setup();
    await sessions.refresh();
    render(SessionsScreen);
    await user.click(screen.getAllByRole("button", { name: /^Import/ })[0]);
    const form = await screen.findByRole("form", { name: "This bundle is sealed" });
    await user.click(within(form).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("form", { name: "This bundle is sealed" })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "import_bundle")).toHaveLength(1);
  });
});
