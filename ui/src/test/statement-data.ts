// Test data for the statement tests: HRC38's session, meetings, statements and organisations as the core sends them.
import type { Meeting, Organisation, Session, Statement, Timing } from "../lib/bindings";
import { aMeeting } from "./meeting-data";

export const SESSION_ID = "0190a000-0000-7000-8000-000000000038";
const AT = "2018-06-01T09:00:00.000Z";

export const SESSION: Session = {
  id: SESSION_ID,
  number: 38,
  kind: "regular",
  label: "38",
  name: "HRC38",
  title: "38th regular session of the Human Rights Council",
  start_date: "2018-06-18",
  end_date: "2018-07-06",
  venue: "Palais des Nations, Geneva",
  notes: "",
  created_at: AT,
  updated_at: AT,
};

export function timing(over: Partial<Timing> = {}): Timing {
  return { word_count: 180, estimated_seconds: 72, words_per_minute: 150, limit_seconds: 90, limit_words: null, over_limit: false, words_to_cut: 0, ...over };
}

export function statement(over: Partial<Statement> & Pick<Statement, "id" | "title">): Statement {
  return {
    session_id: SESSION_ID,
    kind: "oral",
    agenda_item: 4,
    meeting_id: null,
    speaker: "",
    text: "Mr President,",
    limit_seconds: 90,
    limit_words: null,
    status: "drafting",
    document_symbol: "",
    key_issue_ids: [],
    situation_ids: [],
    signatories: [],
    timing: timing(),
    created_at: AT,
    updated_at: AT,
    delivered_at: null,
    documents: [],
    confidential: false,
    ...over,
  };
}

export function organisation(id: string, name: string, acronym = ""): Organisation {
  return { id, name, acronym, ecosoc_status: "none", created_at: AT, updated_at: AT };
}

export const GD4: Meeting = aMeeting(
  { id: "m-gd4", session_id: SESSION_ID, agenda_items: [4], kind: "general-debate", title: "General debate on item 4", created_at: AT, updated_at: AT },
  "2018-06-26",
  "15:00",
  "18:00",
);

/** HRC38's three statements, as the demo has them. */
export const HRC38: Statement[] = [
  statement({
    id: "letter",
    title: "Enough is Enough: Council should urgently launch investigations into violence against protesters in Palestine",
    kind: "joint-written",
    agenda_item: 7,
    limit_seconds: null,
    limit_words: 2000,
    status: "submitted",
    signatories: [organisation("o1", "International Service for Human Rights", "ISHR"), organisation("o2", "Al-Haq")],
    timing: timing({ word_count: 727, estimated_seconds: 291, limit_seconds: null, limit_words: 2000 }),
  }),
  statement({
    id: "gd4",
    title: "Item 4 general debate: Burundi, Eritrea and Syria",
    meeting_id: GD4.id,
    speaker: "Salma El Hosseiny",
    timing: timing({ word_count: 228, estimated_seconds: 92, over_limit: true, words_to_cut: 3 }),
  }),
  statement({ id: "china", title: "Censorship in the twenty-first century: the case of China", status: "idea", limit_seconds: 120, timing: timing({ word_count: 17, estimated_seconds: 7, limit_seconds: 120 }) }),
];
