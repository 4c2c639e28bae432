// The Settings screen: the live words-fit hint; one way of saving for every setting (each saved as it changes,
// a quiet "Saved" beside it, the core's error under the field it names); the theme applied at once; and the
// backups (how many, Back up now, Restore… with a confirmation).
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Backup, Restored, Settings } from "../lib/bindings";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import { keyChoices } from "../lib/shortcuts.svelte";
import SettingsScreen from "./SettingsScreen.svelte";

const DEFAULTS: Settings = {
  words_per_minute: 150,
  general_debate_seconds: 90,
  other_seconds: 120,
  my_organisation: "",
  my_ecosoc_status: "general",
  theme: "system",
  backups_kept: 10,
  single_key_shortcuts: true,
  lock_after_minutes: 10,
};

/** The core's count of the words that fit (rounded down), as the shell answers words_that_fit. */
const wordsThatFit = (args: Record<string, unknown>) => Math.floor(((args.wordsPerMinute as number) * (args.seconds as number)) / 60);

/** What every render of the screen asks for: the settings, the words that fit, and the backups (none unless a test says). */
const BASE = { get_settings: () => DEFAULTS, list_backups: () => [], words_that_fit: wordsThatFit };

afterEach(() => {
  clearMocks();
  delete document.documentElement.dataset.theme;
});

async function replace(label: string, text: string) {
  const user = userEvent.setup();
  const input = await screen.findByLabelText(label);
  await user.clear(input);
  if (text) await user.type(input, text);
  return user;
}

describe("SettingsScreen", () => {
  it("says how many words fit the limits, live as the rate changes", async () => {
    fakeCommands({ ...BASE });
    render(SettingsScreen);
    const estimate = await screen.findByTestId("words-fit");
    await waitFor(() => expect(estimate).toHaveTextContent("At 150 wpm about 225 words fit 90 seconds (general debate), and 300 words fit 120 seconds."));

    await replace("Speaking rate", "120");
    await waitFor(() => expect(estimate).toHaveTextContent("At 120 wpm about 180 words fit 90 seconds (general debate), and 240 words fit 120 seconds."));
    await replace("General debate limit", "");
    await waitFor(() => expect(estimate).toHaveTextContent("Type a rate and limits as whole numbers"));
  });

  it("shows the core's count of the words that fit, not one of its own", async () => {
    const calls = fakeCommands({ ...BASE });
    render(SettingsScreen);
    const estimate = await screen.findByTestId("words-fit");
    await replace("General debate limit", "91");
    // 150 wpm × 91 s is 227.5 words: the core counts the words that fit whole.
    await waitFor(() => expect(estimate).toHaveTextContent("about 227 words fit 91 seconds"));
    expect(calls).toContainEqual({ command: "words_that_fit", args: { wordsPerMinute: 150, seconds: 91 } });
  });

  it("saves every setting as it changes, with no Save button, and says Saved beside it", async () => {
    const calls = fakeCommands({ ...BASE, save_settings: (args) => args.settings });
    render(SettingsScreen);
    expect(await screen.findByText(/Each change is saved as you make it\./)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^(Save|Keep)/ })).not.toBeInTheDocument();

    // A typed field is saved when it is left.
    const user = await replace("Name", "International Service for Human Rights");
    expect(calls.some((c) => c.command === "save_settings")).toBe(false);
    await user.tab();
    const organisation = screen.getByRole("region", { name: "My organisation" });
    await vi.waitFor(() => expect(within(organisation).getByRole("status")).toHaveTextContent("Saved"));
    expect(calls.filter((c) => c.command === "save_settings").at(-1)?.args).toEqual({ settings: { ...DEFAULTS, my_organisation: "International Service for Human Rights" } });

    // A menu at once, on top of what was saved before.
    await user.selectOptions(screen.getByLabelText("ECOSOC status"), "special");
    expect(screen.getByLabelText("ECOSOC status")).toHaveAccessibleDescription(/1,500 words/);
    await vi.waitFor(() =>
      expect(calls.filter((c) => c.command === "save_settings").at(-1)?.args).toEqual({
        settings: { ...DEFAULTS, my_organisation: "International Service for Human Rights", my_ecosoc_status: "special" },
      }),
    );

    // Enter saves a field too; the Saved mark moves to where the change was.
    await replace("Speaking rate", "130");
    await user.keyboard("{Enter}");
    const speaking = screen.getByRole("region", { name: "Speaking time" });
    await vi.waitFor(() => expect(within(speaking).getByRole("status")).toHaveTextContent("Saved"));
    expect(within(organisation).getByRole("status")).toHaveTextContent("");
    expect(calls.filter((c) => c.command === "save_settings").at(-1)?.args).toMatchObject({ settings: { words_per_minute: 130, my_ecosoc_status: "special" } });
  });

  it("shows the core's error under the field it names, keeps what is stored, and saves once it is put right", async () => {
    const calls = fakeCommands({
      ...BASE,
      save_settings: (args) => {
        const settings = args.settings as Settings;
        if (settings.general_debate_seconds < 10) throw invalid("general_debate_seconds", "out_of_range", "must be between 10 and 1,800 seconds");
        return settings;
      },
    });
    render(SettingsScreen);
    const user = await replace("General debate limit", "5");
    await user.tab();

    const field = screen.getByLabelText("General debate limit");
    expect(await screen.findByText("must be between 10 and 1,800 seconds")).toBeInTheDocument();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(/^must be between 10 and 1,800 seconds/);
    expect(screen.getByLabelText("Speaking rate")).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByText("Saved")).not.toBeInTheDocument();
    expect(calls.find((c) => c.command === "save_settings")?.args).toEqual({ settings: { ...DEFAULTS, general_debate_seconds: 5 } });

    // Another field is saved over what is stored, not over the refused number.
    await replace("Other oral statements", "100");
    await user.tab();
    await vi.waitFor(() => expect(calls.filter((c) => c.command === "save_settings").at(-1)?.args).toEqual({ settings: { ...DEFAULTS, other_seconds: 100 } }));

    await replace("General debate limit", "60");
    await user.tab();
    await vi.waitFor(() => expect(field).not.toHaveAttribute("aria-invalid"));
    expect(calls.filter((c) => c.command === "save_settings").at(-1)?.args).toEqual({ settings: { ...DEFAULTS, other_seconds: 100, general_debate_seconds: 60 } });
  });

  it("sends text that is no number as 0, for the core to refuse in its own words", async () => {
    const calls = fakeCommands({ ...BASE, save_settings: () => {
      throw invalid("words_per_minute", "out_of_range", "must be between 60 and 300 words per minute");
    } });
    render(SettingsScreen);
    const user = await replace("Speaking rate", "1x0");
    await user.tab();
    expect(await screen.findByText("must be between 60 and 300 words per minute")).toBeInTheDocument();
    expect(calls.find((c) => c.command === "save_settings")?.args).toEqual({ settings: { ...DEFAULTS, words_per_minute: 0 } });
  });

  it("applies and keeps the theme at once, saying Saved like the other settings", async () => {
    const calls = fakeCommands({ ...BASE, save_settings: (args) => args.settings });
    render(SettingsScreen);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("radio", { name: /^Dark/ }));
    expect(document.documentElement.dataset.theme).toBe("dark");
    const appearance = screen.getByRole("region", { name: "Appearance" });
    await vi.waitFor(() => expect(within(appearance).getByRole("status")).toHaveTextContent("Saved"));
    expect(calls.find((c) => c.command === "save_settings")?.args).toEqual({ settings: { ...DEFAULTS, theme: "dark" } });
  });

  it("lists the keyboard shortcuts", async () => {
    fakeCommands({ ...BASE });
    render(SettingsScreen);
    const heading = await screen.findByRole("heading", { name: "Keyboard shortcuts" });
    expect(heading.closest("section")).toHaveTextContent("Search everything");
  });

  it("turns single-key shortcuts off and on, saved at once (WCAG 2.1.4)", async () => {
    const calls = fakeCommands({ ...BASE, save_settings: (args) => args.settings });
    const user = userEvent.setup();
    render(SettingsScreen);
    const box = await screen.findByRole("checkbox", { name: /Keys pressed alone are shortcuts/ });
    expect(box).toBeChecked();
    expect(box).toHaveAccessibleDescription(/speech input or a stray key/);

    await user.click(box);
    expect(calls.at(-1)?.args).toEqual({ settings: { ...DEFAULTS, single_key_shortcuts: false } });
    expect(keyChoices.singleKey).toBe(false);
    await user.click(box);
    expect(keyChoices.singleKey).toBe(true);
  });

  describe("backups", () => {
    const FOLDER = "/home/ana/.local/share/hrc-planner/backups";
    function backup(takenAt: string, kind: Backup["kind"] = "routine"): Backup {
      const name = `hrc-planner-${takenAt.replace(/:/g, "")}.db`;
      return { path: `${FOLDER}/${name}`, file_name: name, taken_at: takenAt, size_bytes: 345_000, kind };
    }
    // Mid-morning UTC: the same day in every time zone from UTC−9 to UTC+14.
    const MONDAY = backup("2018-06-25T09:00:00Z");
    const TUESDAY = backup("2018-06-26T09:00:00Z");

    it("says where backups are kept and lists them, newest first", async () => {
      const many = Array.from({ length: 7 }, (_, i) => backup(`2018-06-${String(27 - i).padStart(2, "0")}T09:00:00Z`));
      fakeCommands({ ...BASE, list_backups: () => many });
      render(SettingsScreen);
      const section = (await screen.findByRole("heading", { name: "Backups" })).closest("section")!;
      const list = await within(section).findByRole("list", { name: "Backups" });
      expect(section).toHaveTextContent(`into a backups folder beside it: ${FOLDER}`);
      expect(within(list).getAllByRole("listitem")).toHaveLength(5);
      expect(within(list).getAllByRole("listitem")[0]).toHaveTextContent("27 June 2018");
      expect(within(list).getAllByRole("listitem")[0]).toHaveTextContent("345 KB");
      await userEvent.setup().click(within(section).getByRole("button", { name: "Show all 7 backups" }));
      expect(within(list).getAllByRole("listitem")).toHaveLength(7);
    });

    it("backs up now and shows the new backup", async () => {
      let listed = [MONDAY];
      const calls = fakeCommands({
        ...BASE,
        list_backups: () => listed,
        back_up_now: () => {
          listed = [TUESDAY, MONDAY];
          return TUESDAY;
        },
      });
      render(SettingsScreen);
      expect(await screen.findByText(/25 June 2018/)).toBeInTheDocument();
      await userEvent.setup().click(screen.getByRole("button", { name: "Back up now" }));
      expect(await screen.findByText(/^Backed up: 26 June 2018/)).toBeInTheDocument();
      expect(screen.getAllByRole("button", { name: /^Restore the backup of/ })).toHaveLength(2);
      expect(calls.filter((c) => c.command === "back_up_now")).toHaveLength(1);
    });

    it("says so when there are none yet", async () => {
      fakeCommands(BASE);
      render(SettingsScreen);
      expect(await screen.findByText("No backups yet.")).toBeInTheDocument();
    });

    it("keeps as many backups as asked, and shows the core's error under the field", async () => {
      const calls = fakeCommands({
        ...BASE,
        save_settings: (args) => {
          const settings = args.settings as Settings;
          if (settings.backups_kept > 100) throw invalid("backups_kept", "out_of_range", "must be between 1 and 100 backups");
          return settings;
        },
      });
      render(SettingsScreen);
      const field = await screen.findByLabelText("Backups to keep");
      await vi.waitFor(() => expect(field).toHaveValue("10"));
      const user = userEvent.setup();
      await user.clear(field);
      await user.type(field, "500");
      await user.tab();
      expect(await screen.findByText("must be between 1 and 100 backups")).toBeInTheDocument();
      expect(field).toHaveAttribute("aria-invalid", "true");

      await user.clear(field);
      await user.type(field, "30{Enter}");
      await vi.waitFor(() => expect(field).not.toHaveAttribute("aria-invalid"));
      expect(within(field.closest("section")!).getByText("Saved")).toBeInTheDocument();
      expect(calls.filter((c) => c.command === "save_settings").map((c) => (c.args.settings as Settings).backups_kept)).toEqual([500, 30]);
      // The rest of the settings go as they were stored, whatever is being typed above.
      expect(calls.at(-1)?.args).toEqual({ settings: { ...DEFAULTS, backups_kept: 30 } });
    });

    it("restores only after saying a copy of the current data is kept, then shows the restored data", async () => {
      const kept = `${FOLDER}/hrc-planner-before-restore-2018-06-27T080000.000Z.db`;
      let stored = DEFAULTS;
      const calls = fakeCommands({
        ...BASE,
        get_settings: () => stored,
        list_backups: () => [TUESDAY, MONDAY],
        session_summaries: () => [],
        restore_backup: (args): Restored => {
          stored = { ...DEFAULTS, words_per_minute: 130, backups_kept: 20 };
          return { database: "/home/ana/.local/share/hrc-planner/hrc-planner.db", restored_from: args.path as string, kept_copy: kept };
        },
      });
      render(SettingsScreen);
      const user = userEvent.setup();
      await user.click(await screen.findByRole("button", { name: /^Restore the backup of 25 June 2018/ }));
      const confirm = screen.getByRole("group", { name: /^Confirm restoring the backup of 25 June 2018/ });
      expect(confirm).toHaveTextContent("A copy of your current data is kept first, in the backups folder");
      await user.click(within(confirm).getByRole("button", { name: "Cancel" }));
      expect(calls.some((c) => c.command === "restore_backup")).toBe(false);

      await user.click(screen.getByRole("button", { name: /^Restore the backup of 25 June 2018/ }));
      await user.click(screen.getByRole("button", { name: "Restore this backup" }));
      expect(await screen.findByText(/^Restored the backup of 25 June 2018/)).toHaveTextContent(
        "Your data as it was is kept as hrc-planner-before-restore-2018-06-27T080000.000Z.db in the backups folder.",
      );
      expect(calls.find((c) => c.command === "restore_backup")?.args).toEqual({ path: MONDAY.path });
      await vi.waitFor(() => expect(screen.getByLabelText("Speaking rate")).toHaveValue("130"));
      expect(screen.getByLabelText("Backups to keep")).toHaveValue("20");
      expect(calls.some((c) => c.command === "session_summaries")).toBe(true);
    });
  });
});
