// Whom to lobby, on a text's page: the session's member States in three columns with their group, why the core placed
// them there and my notes on their delegation; the related texts with their votes; the rule in the core's words; and,
// without the session's members, what to do first.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { LobbyList, LobbyTarget } from "../lib/bindings";
import { clearMocks, fakeCommands } from "../test/fake-commands";
import { resolution } from "../test/resolution-data";
import LobbyView from "./LobbyView.svelte";

afterEach(() => clearMocks());

const TEXT = resolution({ id: "civil", title: "Civil society space", draft_symbol: "A/HRC/38/L.17" });

function target(name: string, more: Partial<LobbyTarget>): LobbyTarget {
  return {
    country_code: name.slice(0, 3).toUpperCase(),
    country_name: name,
    group: "western-european-other",
    sponsor: null,
    cosponsored_related: [],
    votes: [],
    delegation_contacts: "",
    delegation_notes: "",
    lean: "swing",
    reason: "no record",
    ...more,
  };
}

const LIST: LobbyList = {
  resolution_id: "civil",
  title: "Civil society space",
  symbol: "A/HRC/38/L.17",
  session: "HRC38",
  rule: "Likely yes: a sponsor or co-sponsor of this text; …",
  related: [
    {
      id: "r32",
      session: "HRC32",
      symbol: "A/HRC/RES/32/31",
      title: "Civil society space",
      relations: ["same-title"],
      vote_date: "2016-07-01",
      outcome: "adopted",
      counts: { in_favour: 31, against: 7, abstaining: 9 },
      lists: true,
    },
  ],
  members_entered: true,
  likely_yes: [target("Chile", { lean: "likely-yes", group: "latin-american-caribbean", sponsor: "main", reason: "main sponsor of this text", delegation_notes: "Met on 2 July: will table it." })],
  swing: [target("Nigeria", { group: "african", reason: "abstaining in 1 of 1 related votes" })],
  likely_no: [target("China", { lean: "likely-no", group: "asia-pacific", reason: "against in 1 of 1 related votes" })],
};

describe("LobbyView", () => {
  it("sorts the members into likely yes, swing and likely no, each with why, its group and my notes", async () => {
    const calls = fakeCommands({ lobby: () => LIST });
    render(LobbyView, { resolution: TEXT });
    const yes = await screen.findByRole("region", { name: "Likely yes (1)" });
    expect(yes).toHaveTextContent("Chile");
    expect(yes).toHaveTextContent("Latin American and Caribbean States");
    expect(yes).toHaveTextContent("main sponsor of this text");
    expect(within(yes).getByText("My notes on its delegation")).toBeInTheDocument();
    expect(yes).toHaveTextContent("Met on 2 July: will table it.");
    expect(screen.getByRole("region", { name: "Swing (1)" })).toHaveTextContent("abstaining in 1 of 1 related votes");
    expect(screen.getByRole("region", { name: "Likely no (1)" })).toHaveTextContent("against in 1 of 1 related votes");
    const section = screen.getByRole("region", { name: "Whom to lobby" });
    expect(section).toHaveTextContent("HRC32 · A/HRC/RES/32/31 Civil society space");
    expect(section).toHaveTextContent("(same title) · Adopted by a recorded vote of 31 to 7, with 9 abstentions");
    expect(within(section).getByText("How the States are sorted")).toBeInTheDocument();
    expect(calls).toContainEqual({ command: "lobby", args: { resolutionId: "civil" } });
  });

  it("exports the target list to the file chosen in the save dialog", async () => {
    const calls = fakeCommands({ lobby: () => LIST, choose_export_file: () => "/home/advocate/L.17 whom to lobby.csv", export_lobby: () => null });
    const user = userEvent.setup();
    render(LobbyView, { resolution: TEXT });
    await screen.findByRole("region", { name: "Likely yes (1)" });
    await user.selectOptions(screen.getByLabelText("Target list as"), "csv");
    await user.click(screen.getByRole("button", { name: "Export target list…" }));
    expect(await screen.findByText("Saved to /home/advocate/L.17 whom to lobby.csv")).toBeInTheDocument();
    expect(calls).toContainEqual({ command: "choose_export_file", args: { title: "Export the target list", fileName: "A-HRC-38-L.17 whom to lobby.csv", kind: "CSV table", extension: "csv" } });
    expect(calls).toContainEqual({ command: "export_lobby", args: { resolutionId: "civil", format: "csv", path: "/home/advocate/L.17 whom to lobby.csv" } });
  });

  it("asks for the session's members first when none are entered", async () => {
    fakeCommands({ lobby: () => ({ ...LIST, members_entered: false, likely_yes: [], swing: [], likely_no: [] }) });
    render(LobbyView, { resolution: TEXT });
    expect(await screen.findByText(/Enter the session's members first/)).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: /Likely yes/ })).not.toBeInTheDocument();
  });
});
