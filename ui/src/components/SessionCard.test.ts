// A session card in the sessions list: its name and title open it, and what it holds reads in thousands
// ("3,333 notes"), one in the singular.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { SessionSummary } from "../lib/bindings";
import SessionCard from "./SessionCard.svelte";
import { HRC38 } from "../test/today-data";

const PAST: SessionSummary = {
  session: HRC38,
  timing: { phase: "past", days_to_start: -3000, days_to_end: -2982, day_number: null, total_days: 19 },
  statements: 300,
  side_events: 1,
  notes: 3333,
};

describe("SessionCard", () => {
  it("counts what the session holds in thousands, one in the singular", () => {
    render(SessionCard, { summary: PAST, onOpen: () => {} });
    expect(screen.getByText("300 statements · 1 side event · 3,333 notes")).toBeInTheDocument();
  });

  it("opens the session from its name", async () => {
    const onOpen = vi.fn();
    render(SessionCard, { summary: PAST, onOpen });
    await userEvent.click(screen.getByRole("button", { name: /38th regular session/ }));
    expect(onOpen).toHaveBeenCalledOnce();
  });
});
