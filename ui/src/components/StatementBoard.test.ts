// The statements board: columns by status with the core's figures on each card, the keyboard Move menu, and Deliver.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import StatementBoard from "./StatementBoard.svelte";
import { GD4, HRC38 } from "../test/statement-data";

describe("StatementBoard", () => {
  it("groups the statements by status in the order a statement goes through them, folding empty columns", () => {
    render(StatementBoard, { statements: HRC38, meetings: [GD4], onOpen: vi.fn(), onMove: vi.fn() });

    const columns = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent?.replace(/\s+/g, " ").trim());
    expect(columns).toEqual(["Idea 1", "Drafting 1", "Submitted 1"]);

    const drafting = screen.getByRole("region", { name: /Drafting/ });
    expect(within(drafting).getAllByRole("article").map((a) => a.getAttribute("data-statement"))).toEqual(["gd4"]);
    const submitted = screen.getByRole("region", { name: /Submitted/ });
    expect(within(submitted).getByRole("article")).toHaveTextContent("Enough is Enough");

    // The empty ones stay on the board, folded, and say so.
    for (const label of ["Final", "Delivered", "Withdrawn"]) {
      expect(screen.getByRole("region", { name: `${label}: no statements` })).toBeInTheDocument();
    }
  });

  it("shows each card's kind, item, meeting, speaker, length against the limit, over-limit flag and signatories", () => {
    render(StatementBoard, { statements: HRC38, meetings: [GD4], onOpen: vi.fn(), onMove: vi.fn() });

    const gd4 = screen.getByRole("article", { name: "Item 4 general debate: Burundi, Eritrea and Syria" });
    expect(gd4).toHaveTextContent("Oral");
    expect(gd4).toHaveTextContent("Item 4");
    expect(gd4).toHaveTextContent("Tue 26 Jun, 15:00");
    expect(gd4).toHaveTextContent("Salma El Hosseiny");
    expect(gd4).toHaveTextContent("1:32 of 1:30");
    expect(gd4).toHaveTextContent("Over limit by 0:02");

    const letter = screen.getByRole("article", { name: /Enough is Enough/ });
    expect(letter).toHaveTextContent("Joint written");
    expect(letter).toHaveTextContent("727 of 2,000 words");
    expect(letter).toHaveTextContent("2 signatories");
    expect(letter).not.toHaveTextContent("Over limit");

    const china = screen.getByRole("article", { name: /Censorship/ });
    expect(china).toHaveTextContent("0:07 of 2:00");
  });

  it("moves a statement to another status from the keyboard", async () => {
    const onMove = vi.fn();
    const user = userEvent.setup();
    render(StatementBoard, { statements: HRC38, onOpen: vi.fn(), onMove });

    const move = screen.getByRole("button", { name: "Move “Item 4 general debate: Burundi, Eritrea and Syria” (now Drafting)" });
    move.focus();
    await user.keyboard("{ArrowDown}");
    const menu = screen.getByRole("menu", { name: "Move to" });
    // The menu opens on the current status, marked as chosen.
    expect(within(menu).getByRole("menuitemradio", { name: /Drafting/ })).toHaveFocus();
    expect(within(menu).getByRole("menuitemradio", { name: /Drafting/ })).toHaveAttribute("aria-checked", "true");

    await user.keyboard("{ArrowDown}{Enter}");
    expect(onMove).toHaveBeenCalledWith(HRC38[1], "final");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(move).toHaveFocus();
  });

  it("closes the Move menu with Escape without moving anything", async () => {
    const onMove = vi.fn();
    const user = userEvent.setup();
    render(StatementBoard, { statements: HRC38, onOpen: vi.fn(), onMove });

    await user.click(screen.getByRole("button", { name: /Move “Censorship/ }));
    expect(screen.getByRole("menu")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(onMove).not.toHaveBeenCalled();
  });

  it("offers Deliver on spoken statements (not written or withdrawn ones) and shows when one was delivered", async () => {
    const onDeliver = vi.fn();
    const user = userEvent.setup();
    const statements = [
      ...HRC38,
      { ...HRC38[2], id: "done", title: "Item 3 panel on civil society space", status: "delivered" as const, delivered_at: "2018-06-27T11:12:00.000Z" },
      { ...HRC38[2], id: "gone", title: "Withdrawn one", status: "withdrawn" as const },
    ];
    render(StatementBoard, { statements, onOpen: vi.fn(), onMove: vi.fn(), onDeliver });

    const names = screen.getAllByRole("button", { name: /^Deliver/ }).map((b) => b.getAttribute("aria-label"));
    expect(names).toEqual([
      "Deliver “Censorship in the twenty-first century: the case of China”",
      "Deliver “Item 4 general debate: Burundi, Eritrea and Syria”",
      "Deliver “Item 3 panel on civil society space”",
    ]);
    expect(screen.getByRole("article", { name: "Item 3 panel on civil society space" })).toHaveTextContent("Delivered 27 June 2018, 13:12");

    await user.click(screen.getByRole("button", { name: /^Deliver “Item 4/ }));
    expect(onDeliver).toHaveBeenCalledWith(HRC38[1]);
  });

  it("has no Deliver buttons when the board is not given a way to deliver", () => {
    render(StatementBoard, { statements: HRC38, onOpen: vi.fn(), onMove: vi.fn() });
    expect(screen.queryByRole("button", { name: /^Deliver/ })).not.toBeInTheDocument();
  });

  it("opens a statement from its title", async () => {
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(StatementBoard, { statements: HRC38, onOpen, onMove: vi.fn() });

    await user.click(screen.getByRole("button", { name: /^Censorship in the twenty-first century/ }));
    expect(onOpen).toHaveBeenCalledWith("china");
  });
});
