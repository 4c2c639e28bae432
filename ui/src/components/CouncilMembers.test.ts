// The Council's members on the Resolutions screen: each State with the days it sits and the seat warnings with their
// days; "Left on…" refused when a later vote names the State (the message under the day, nothing stored, the day kept),
// then recorded; "Join…" for a seat filled later, in the UN's group unless one is chosen; "Remove" asks first and says
// the core's refusal.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Member, SeatWarningSpan } from "../lib/bindings";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import { member, SESSION } from "../test/resolution-data";
import CouncilMembers from "./CouncilMembers.svelte";

afterEach(() => clearMocks());

const GHANA = member("GHA", "Ghana", "african");
const ANGOLA = member("AGO", "Angola", "african");
const CHILE = member("CHL", "Chile", "latin-american-caribbean");
const USA = { ...member("USA", "United States of America", "western-european-other"), left: "2018-06-19" };
const ICELAND = { ...member("ISL", "Iceland", "western-european-other"), joined: "2018-06-25" };

const WARNING: SeatWarningSpan = {
  from: "2018-06-20",
  to: "2018-07-06",
  group: "western-european-other",
  members: 6,
  seats: 7,
  message: "Western European and other States: 6 members, usually 7 seats, from 2018-06-20 to 2018-07-06",
};

const VOTED = "Ghana voted on A/HRC/38/L.10 on 2018-07-06, so it must be a member of the Council that day";

function fake(rows: Member[]) {
  const stored: Member[] = [...rows];
  const calls = fakeCommands({
    leave_member: ({ country, on }) => {
      if (on === "2018-06-25") throw invalid("on", "member_voted", VOTED);
      const m = stored.find((s) => s.country_code === country)!;
      return { ...m, left: on };
    },
    join_member: ({ country, group, on }) => {
      if (country === "Icelnd") throw invalid("country", "not_a_country", `"Icelnd" is not a known country; use an ISO 3166-1 alpha-3 code such as BDI, or a name such as Burundi`);
      return { ...ICELAND, group: group ?? "western-european-other", joined: on };
    },
    delete_member: ({ id }) => {
      if (id === GHANA.id) throw invalid("id", "member_voted", VOTED);
      return stored.find((s) => s.id === id);
    },
    find_countries: ({ query }) => (String(query).startsWith("Ice") ? [{ code: "ISL", name: "Iceland", exact: query === "Iceland" }] : []),
  });
  return calls;
}

function show(rows: Member[], warnings: SeatWarningSpan[] = []) {
  const onChanged = vi.fn();
  render(CouncilMembers, { session: SESSION, members: rows, warnings, onChanged });
  return onChanged;
}

describe("CouncilMembers", () => {
  it("shows each State with the days it sits, and each seat warning with its days", async () => {
    fake([]);
    show([GHANA, ANGOLA, CHILE, USA], [WARNING]);
    expect(screen.getByText(/4 members entered; 1 sits only part of the session/)).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Seats to check" })).toHaveTextContent(
      "Western European and other States: 6 members, usually 7 seats, 20 June – 6 July 2018",
    );
    const african = screen.getByRole("table", { name: "African States (2)" });
    expect(within(african).getByRole("row", { name: /Ghana/ })).toHaveTextContent("18 June – 6 July 2018");
    const western = screen.getByRole("table", { name: "Western European and other States (1)" });
    expect(within(western).getByRole("row", { name: /United States/ })).toHaveTextContent("Last day 19 June 2018");
  });

  it("refuses a last day after which a vote names the State, naming it under the day, and keeps the day typed", async () => {
    const calls = fake([GHANA, ANGOLA]);
    const onChanged = show([GHANA, ANGOLA]);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Left on… (Ghana)" }));
    const form = screen.getByRole("form", { name: "Ghana leaves the Council" });
    const day = within(form).getByLabelText("Last day");
    expect(day).toHaveFocus();
    await user.type(day, "25/06/2018");
    await user.click(within(form).getByRole("button", { name: "Record leaving" }));
    expect(await within(form).findByText(VOTED)).toBeInTheDocument();
    expect(day).toHaveAttribute("aria-invalid", "true");
    expect(day).toHaveValue("25 Jun 2018");
    expect(onChanged).not.toHaveBeenCalled();

    await user.clear(day);
    await user.type(day, "2/7/2018");
    await user.click(within(form).getByRole("button", { name: "Record leaving" }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledWith("Ghana sits until 2 July 2018."));
    expect(calls.filter((c) => c.command === "leave_member").map((c) => c.args)).toEqual([
      { sessionId: SESSION.id, country: "GHA", on: "2018-06-25" },
      { sessionId: SESSION.id, country: "GHA", on: "2018-07-02" },
    ]);
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
  });

  it("adds a State joining on a day (the UN's group unless one is chosen); an unknown name is said under the State", async () => {
    const calls = fake([GHANA]);
    const onChanged = show([GHANA]);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Join…" }));
    const form = screen.getByRole("form", { name: "A State joins the Council" });
    const state = within(form).getByRole("combobox", { name: "State" });
    expect(state).toHaveFocus();
    await user.type(state, "Icelnd");
    await user.type(within(form).getByLabelText("First day"), "25/06/2018");
    await user.click(within(form).getByRole("button", { name: "Add the State" }));
    expect(await within(form).findByText(/"Icelnd" is not a known country/)).toBeInTheDocument();
    expect(state).toHaveValue("Icelnd");
    expect(within(form).getByLabelText("First day")).toHaveValue("25 Jun 2018");
    expect(onChanged).not.toHaveBeenCalled();

    await user.clear(state);
    await user.type(state, "Iceland");
    await user.keyboard("{Escape}");
    const group = within(form).getByRole("combobox", { name: "Regional group" });
    expect(group).toHaveValue("");
    await user.selectOptions(group, "Western European and other States");
    await user.click(within(form).getByRole("button", { name: "Add the State" }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledWith("Iceland joined the Council on 25 June 2018."));
    expect(calls.filter((c) => c.command === "join_member").map((c) => c.args)).toEqual([
      { sessionId: SESSION.id, country: "Icelnd", group: null, on: "2018-06-25" },
      { sessionId: SESSION.id, country: "Iceland", group: "western-european-other", on: "2018-06-25" },
    ]);
  });

  it("removes a member entered by mistake after asking, and says why when a recorded vote names it", async () => {
    const calls = fake([GHANA, ANGOLA]);
    const onChanged = show([GHANA, ANGOLA]);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Remove Ghana" }));
    const ask = screen.getByRole("group", { name: /Remove Ghana from the members of HRC38\?/ });
    expect(within(ask).getByRole("button", { name: "Remove Ghana" })).toHaveFocus();
    await user.click(within(ask).getByRole("button", { name: "Remove Ghana" }));
    expect(await within(ask).findByRole("alert")).toHaveTextContent(VOTED);
    expect(onChanged).not.toHaveBeenCalled();
    await user.click(within(ask).getByRole("button", { name: "Keep" }));
    expect(screen.getByRole("button", { name: "Remove Ghana" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Remove Angola" }));
    await user.keyboard("{Enter}");
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledWith("Angola removed from the members of HRC38."));
    expect(calls.filter((c) => c.command === "delete_member").map((c) => c.args.id)).toEqual([GHANA.id, ANGOLA.id]);
  });
});
