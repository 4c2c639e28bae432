// The Settings screen: the live words-fit hint, the core's error under the field it names, "Saved",
// and the theme applied and kept at once.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { Settings } from "../lib/bindings";
import { clearMocks, coreError, fakeCommands } from "../test/fake-commands";
import SettingsScreen from "./SettingsScreen.svelte";

const DEFAULTS: Settings = {
  words_per_minute: 150,
  general_debate_seconds: 90,
  other_seconds: 120,
  my_organisation: "",
  my_ecosoc_status: "general",
  theme: "system",
  backups_kept: 10,
};

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
    fakeCommands({ get_settings: () => DEFAULTS });
    render(SettingsScreen);
    const estimate = await screen.findByTestId("words-fit");
    expect(estimate).toHaveTextContent("At 150 wpm about 225 words fit 90 seconds (general debate), and 300 words fit 120 seconds.");

    await replace("Speaking rate", "120");
    expect(estimate).toHaveTextContent("At 120 wpm about 180 words fit 90 seconds (general debate), and 240 words fit 120 seconds.");
    await replace("General debate limit", "");
    expect(estimate).toHaveTextContent("Type a rate and limits as whole numbers");
  });

  it("shows the core's error under the field it names, and focuses it", async () => {
    const calls = fakeCommands({
      get_settings: () => DEFAULTS,
      save_settings: () => {
        throw coreError("validation", "general_debate_seconds: must be between 10 and 1,800 seconds", "general_debate_seconds");
      },
    });
    render(SettingsScreen);
    const user = await replace("General debate limit", "5");
    await user.click(screen.getByRole("button", { name: "Save settings" }));

    const field = screen.getByLabelText("General debate limit");
    expect(await screen.findByText("must be between 10 and 1,800 seconds")).toBeInTheDocument();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(/^must be between 10 and 1,800 seconds/);
    expect(field).toHaveFocus();
    expect(screen.getByLabelText("Speaking rate")).not.toHaveAttribute("aria-invalid");
    expect(screen.getByLabelText("Other oral statements")).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByText("Saved")).not.toBeInTheDocument();
    expect(calls.find((c) => c.command === "save_settings")?.args).toEqual({ settings: { ...DEFAULTS, general_debate_seconds: 5 } });
  });

  it("sends what was typed (text that is no number as 0, for the core to refuse) and says Saved", async () => {
    const calls = fakeCommands({ get_settings: () => DEFAULTS, save_settings: (args) => args.settings });
    render(SettingsScreen);
    await replace("Speaking rate", "1x0");
    const user = await replace("Name", "International Service for Human Rights");
    await user.selectOptions(screen.getByLabelText("ECOSOC status"), "special");
    expect(screen.getByLabelText("ECOSOC status")).toHaveAccessibleDescription(/1,500 words/);
    await user.click(screen.getByRole("button", { name: "Save settings" }));

    expect(await screen.findByText("Saved")).toBeInTheDocument();
    expect(calls.find((c) => c.command === "save_settings")?.args).toEqual({
      settings: { ...DEFAULTS, words_per_minute: 0, my_organisation: "International Service for Human Rights", my_ecosoc_status: "special" },
    });
    // Changing anything again takes the confirmation away.
    await user.type(screen.getByLabelText("Name"), " (ISHR)");
    expect(screen.queryByText("Saved")).not.toBeInTheDocument();
  });

  it("applies and keeps the theme at once", async () => {
    const calls = fakeCommands({ get_settings: () => DEFAULTS, save_settings: (args) => args.settings });
    render(SettingsScreen);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("radio", { name: /^Dark/ }));
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(await screen.findByText("Theme saved: it applies at once.")).toBeInTheDocument();
    expect(calls.find((c) => c.command === "save_settings")?.args).toEqual({ settings: { ...DEFAULTS, theme: "dark" } });
  });

  it("lists the keyboard shortcuts", async () => {
    fakeCommands({ get_settings: () => DEFAULTS });
    render(SettingsScreen);
    const heading = await screen.findByRole("heading", { name: "Keyboard shortcuts" });
    expect(heading.closest("section")).toHaveTextContent("Search everything");
  });
});
