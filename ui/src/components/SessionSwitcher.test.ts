// The session switcher changes the session only on an explicit choice (WCAG 3.2.2): arrow keys on the closed
// menu move the choice and Enter opens it; a pick from the opened list opens it at once.
import { fireEvent, render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { router } from "../lib/router.svelte";
import { sessions } from "../lib/sessions.svelte";
import { HRC38, HRC_S28 } from "../test/search-data";
import SessionSwitcher from "./SessionSwitcher.svelte";

beforeEach(() => {
  sessions.summaries = [HRC38, HRC_S28];
  router.openSession(HRC38.session.id, "statements");
});

afterEach(() => {
  router.closeSession();
  router.go("sessions");
  sessions.summaries = [];
});

describe("SessionSwitcher", () => {
  it("moves the choice with the arrow keys without changing the session, and opens it on Enter", async () => {
    const user = userEvent.setup();
    render(SessionSwitcher);
    const menu = screen.getByRole("combobox", { name: "Session" }) as HTMLSelectElement;
    menu.focus();

    await fireEvent.keyDown(menu, { key: "ArrowDown" });
    menu.value = HRC_S28.session.id;
    await fireEvent.change(menu);
    expect(router.sessionId).toBe(HRC38.session.id);
    expect(screen.getByText("Press Enter to open it.")).toBeInTheDocument();
    expect(menu).toHaveAccessibleDescription("Press Enter to open it.");

    await user.keyboard("{Enter}");
    expect(router.sessionId).toBe(HRC_S28.session.id);
    expect(router.screen).toBe("statements");
    expect(screen.queryByText("Press Enter to open it.")).not.toBeInTheDocument();
  });

  it("puts the menu back on the session shown when it is left without Enter", async () => {
    render(SessionSwitcher);
    const menu = screen.getByRole("combobox", { name: "Session" }) as HTMLSelectElement;
    menu.focus();
    await fireEvent.keyDown(menu, { key: "ArrowDown" });
    menu.value = HRC_S28.session.id;
    await fireEvent.change(menu);

    menu.blur();
    await fireEvent.blur(menu);
    expect(router.sessionId).toBe(HRC38.session.id);
    expect(menu.value).toBe(HRC38.session.id);
  });

  it("opens a session picked from the opened list at once", async () => {
    const user = userEvent.setup();
    render(SessionSwitcher);
    await user.selectOptions(screen.getByRole("combobox", { name: "Session" }), "HRC S-28");
    expect(router.sessionId).toBe(HRC_S28.session.id);
  });
});
