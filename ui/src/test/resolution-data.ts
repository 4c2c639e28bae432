// Texts, votes and members of HRC38 for the Resolutions screen's component tests: the shapes the core sends, with
// ILLUSTRATIVE votes (not the record of any resolution).
import type { GroupVote, Member, RegionalGroup, Resolution, StateVote, Vote, VoteCast } from "../lib/bindings";
import { SESSION_ID } from "./statement-data";

export { SESSION, SESSION_ID } from "./statement-data";

/** A text of HRC38 with nothing but what `over` gives. */
export function resolution(over: Partial<Resolution> & Pick<Resolution, "id" | "title">): Resolution {
  return {
    session_id: SESSION_ID,
    agenda_item: null,
    kind: "resolution",
    draft_symbol: null,
    adopted_symbol: null,
    status: "draft",
    action_date: null,
    action_meeting: null,
    programme_budget: "",
    position: "",
    asks: "",
    sponsors: [],
    revisions: [],
    mandates: [],
    documents: [],
    key_issue_ids: [],
    situation_ids: [],
    statement_ids: [],
    amendments: [],
    vote: null,
    created_at: "2018-06-20T09:00:00.000Z",
    updated_at: "2018-06-20T09:00:00.000Z",
    ...over,
  };
}

const cast = (country_code: string, country_name: string, c: VoteCast): StateVote => ({ country_code, country_name, cast: c });

/** An ILLUSTRATIVE recorded vote of five States, adopted on the session's last day. */
export const VOTE: Vote = {
  id: "v1",
  resolution_id: "civil",
  amendment_id: null,
  date: "2018-07-06",
  outcome: "adopted",
  counts: { in_favour: 3, against: 1, abstaining: 1 },
  states: [
    cast("DEU", "Germany", "in-favour"),
    cast("CHL", "Chile", "in-favour"),
    cast("GBR", "United Kingdom of Great Britain and Northern Ireland", "in-favour"),
    cast("CHN", "China", "against"),
    cast("AGO", "Angola", "abstaining"),
  ],
};

function group(g: RegionalGroup, states: StateVote[], notVoting: string[] = []): GroupVote {
  const n = (c: VoteCast) => states.filter((s) => s.cast === c).length;
  return { group: g, counts: { in_favour: n("in-favour"), against: n("against"), abstaining: n("abstaining") }, states, not_voting: notVoting };
}

/** VOTE by regional group, with Australia in no list. */
export const GROUPS: GroupVote[] = [
  group("african", [VOTE.states[4]]),
  group("asia-pacific", [VOTE.states[3]]),
  group("latin-american-caribbean", [VOTE.states[1]]),
  group("western-european-other", [VOTE.states[0], VOTE.states[2]], ["Australia"]),
];

export function member(code: string, name: string, g: RegionalGroup): Member {
  return { id: `m-${code}`, session_id: SESSION_ID, country_code: code, country_name: name, group: g, joined: "2018-06-18", left: "2018-07-06" };
}
