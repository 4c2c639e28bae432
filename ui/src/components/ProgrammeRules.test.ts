// The rules for calendar events in Import programme…: listed in the order tried, one added first, the core's refusal
// of an empty pattern said, one deleted; each change asks for a new preview.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ProgrammeRule } from "../lib/bindings";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import ProgrammeRules from "./ProgrammeRules.svelte";

afterEach(() => clearMocks());

const DEFAULTS: ProgrammeRule[] = [
  { id: "r1", position: 1, matches: "category", pattern: "side event", becomes: "side-event" },
  { id: "r2", position: 2, matches: "room", pattern: "Room XX", becomes: "meeting" },
];

describe("ProgrammeRules", () => {
  it("lists the rules, adds one first, says a refusal, deletes one", async () => {
    let rules = [...DEFAULTS];
    const calls = fakeCommands({
      programme_rules: () => rules,
      add_programme_rule: ({ matches, pattern, becomes, position }) => {
        if (String(pattern).trim() === "") throw invalid("pattern", "empty", "must not be empty");
        const made = { id: "r3", position: 1, matches, pattern, becomes } as ProgrammeRule;
        rules = [made, ...rules.map((r) => ({ ...r, position: r.position + 1 }))];
        expect(position).toBe(1);
        return made;
      },
      delete_programme_rule: ({ id }) => {
        const gone = rules.find((r) => r.id === id)!;
        rules = rules.filter((r) => r.id !== id);
        return gone;
      },
    });
    const onChanged = vi.fn();
    const user = userEvent.setup();
    render(ProgrammeRules, { onChanged });
    await user.click(screen.getByText("Which calendar events become what"));
    const list = await screen.findByRole("list");
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent?.replace(/Delete$/, "").trim())).toEqual([
      "When a category holds “side event”: a side event",
      "When the room is “Room XX”: a meeting",
    ]);

    const form = screen.getByRole("form", { name: "Add a rule" });
    await user.click(within(form).getByRole("button", { name: "Add rule" }));
    expect(await screen.findByText("pattern: must not be empty")).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText("When"), "title");
    await user.type(within(form).getByLabelText("holds"), "informal consultations");
    await user.selectOptions(within(form).getByLabelText("it becomes"), "skip");
    await user.click(within(form).getByLabelText("tried first"));
    await user.click(within(form).getByRole("button", { name: "Add rule" }));
    expect(await screen.findByText("When the title holds “informal consultations”: nothing (left out)")).toBeInTheDocument();
    expect(calls).toContainEqual({ command: "add_programme_rule", args: { matches: "title", pattern: "informal consultations", becomes: "skip", position: 1 } });
    expect(onChanged).toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Delete the rule: when the room is “Room XX”" }));
    expect(await screen.findAllByRole("listitem")).toHaveLength(2);
  });
});
