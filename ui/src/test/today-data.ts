// Test data for the Today screen and note capture: HRC38 on Wednesday 27 June 2018 at 12:30 in Geneva, as the
// core computes it from the example (the item 4 general debate running, the next meeting on Monday 2 July).
import type { Meeting, Note, Session, SideEvent, Statement, TimedMeeting, Today } from "../lib/bindings";
import { aMeeting } from "./meeting-data";

const AT = "2018-06-01T09:00:00.000Z";

function session(id: string, number: number, start: string, end: string): Session {
  return {
    id,
    number,
    kind: "regular",
    label: String(number),
    name: `HRC${number}`,
    title: `${number}th regular session of the Human Rights Council`,
    start_date: start,
    end_date: end,
    venue: "Palais des Nations, Geneva",
    notes: "",
    created_at: AT,
    updated_at: AT,
  };
}

export const HRC38 = session("s-hrc38", 38, "2018-06-18", "2018-07-06");
export const HRC39 = session("s-hrc39", 39, "2018-09-10", "2018-09-28");

function meeting(id: string, date: string, start: string, end: string, startsAt: string, endsAt: string, item: number, kind: Meeting["kind"], title: string): Meeting {
  return aMeeting({ id, session_id: HRC38.id, starts_at: startsAt, ends_at: endsAt, agenda_items: [item], kind, title, created_at: AT, updated_at: AT }, date, start, end);
}

export const BURUNDI_ID = meeting(
  "m-burundi",
  "2018-06-27",
  "09:00",
  "12:00",
  "2018-06-27T07:00:00.000Z",
  "2018-06-27T10:00:00.000Z",
  4,
  "interactive-dialogue",
  "Oral briefing of the Commission of Inquiry on Burundi",
);
export const GD4 = meeting("m-gd4", "2018-06-27", "12:00", "15:00", "2018-06-27T10:00:00.000Z", "2018-06-27T13:00:00.000Z", 4, "general-debate", "General debate on item 4");
export const GD7 = meeting("m-gd7", "2018-07-02", "12:00", "15:00", "2018-07-02T10:00:00.000Z", "2018-07-02T13:00:00.000Z", 7, "general-debate", "General debate on item 7");

export function timed(m: Meeting, state: TimedMeeting["state"], startsIn: number, endsIn: number): TimedMeeting {
  return { meeting: m, state, starts_in_minutes: startsIn, ends_in_minutes: endsIn };
}

export const ITEM4_STATEMENT: Statement = {
  id: "st-item4",
  session_id: HRC38.id,
  kind: "oral",
  title: "Item 4 general debate: Burundi, Eritrea and Syria",
  agenda_item: 4,
  meeting_id: GD4.id,
  speaker: "Ms. A. Advocate",
  text: "Mr President, we remain deeply concerned…",
  limit_seconds: 90,
  limit_words: null,
  status: "drafting",
  document_symbol: "",
  key_issue_ids: [],
  situation_ids: [],
  signatories: [],
  timing: { word_count: 212, estimated_seconds: 85, words_per_minute: 150, limit_seconds: 90, limit_words: null, over_limit: false, words_to_cut: 0 },
  created_at: AT,
  updated_at: AT,
  delivered_at: null,
  documents: [],
  confidential: false,
};

export const GROUND_UP: SideEvent = {
  id: "e-ground-up",
  session_id: HRC38.id,
  title: "Strengthening the Human Rights Council from the ground up",
  date: "2018-06-27",
  start: "13:30:00",
  end: "15:00:00",
  starts_at: "2018-06-27T11:30:00.000Z",
  ends_at: "2018-06-27T13:00:00.000Z",
  room: "Room XXIV",
  organisers: [],
  cosponsor_organisations: [],
  cosponsor_states: [],
  speakers: [],
  description: "",
  status: "room-requested",
  key_issue_ids: [],
  situation_ids: [],
  created_at: AT,
  updated_at: AT,
  sources: [],
};

export function note(id: string, body: string, takenAt: string, meetingId: string | null = null, item: number | null = null): Note {
  return {
    id,
    session_id: HRC38.id,
    meeting_id: meetingId,
    agenda_item: item,
    situation_id: null,
    key_issue_id: null,
    statement_id: null,
    resolution_id: null,
    body,
    taken_at: takenAt,
    created_at: takenAt,
    updated_at: takenAt,
    sources: [],
    confidential: false,
  };
}

export const BURUNDI_NOTE = note("n-burundi", "Burundi delegation did not engage.", "2018-06-27T08:25:00.000Z", BURUNDI_ID.id, 4);

/** Wednesday 27 June 2018, 12:30 in Geneva (10:30 UTC). */
export const AT_1230: Today = {
  now: "2018-06-27T10:30:00.000Z",
  date: "2018-06-27",
  session: HRC38,
  in_session: true,
  session_timing: { phase: "current", days_to_start: -9, days_to_end: 9, day_number: 10, total_days: 19 },
  next_session: null,
  next_session_timing: null,
  meetings: [timed(BURUNDI_ID, "ended", -210, -30), timed(GD4, "running", -30, 150)],
  current: [timed(GD4, "running", -30, 150)],
  next: timed(GD7, "upcoming", 7170, 7350),
  statements: [ITEM4_STATEMENT],
  side_events: [GROUND_UP],
  side_event_clashes: [],
  notes: [BURUNDI_NOTE],
  consultations: [],
  consultation_clashes: [],
};

/** Tuesday 14 August 2018: between HRC38 and HRC39. */
export const BETWEEN: Today = {
  now: "2018-08-14T08:00:00.000Z",
  date: "2018-08-14",
  session: null,
  in_session: false,
  session_timing: null,
  next_session: HRC39,
  next_session_timing: { phase: "upcoming", days_to_start: 27, days_to_end: 45, day_number: null, total_days: 19 },
  meetings: [],
  current: [],
  next: null,
  statements: [],
  side_events: [],
  side_event_clashes: [],
  notes: [],
  consultations: [],
  consultation_clashes: [],
};
