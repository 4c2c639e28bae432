// Test data for the side event tests: HRC38, its side events and a clash, shaped as the core sends them.
import type { Clash, Meeting, Session, SideEvent } from "../lib/bindings";

export const HRC38: Session = {
  id: "s38",
  number: 38,
  kind: "regular",
  label: "38",
  name: "HRC38",
  title: "38th regular session of the Human Rights Council",
  start_date: "2018-06-18",
  end_date: "2018-07-06",
  venue: "Palais des Nations, Geneva",
  notes: "",
  created_at: "2018-01-01T00:00:00.000Z",
  updated_at: "2018-01-01T00:00:00.000Z",
};

const STAMP = "2018-06-01T00:00:00.000Z";

/** A side event of HRC38; Geneva wall-clock times (the UTC instants are not used by the UI). */
export function sideEvent(id: string, fields: Partial<SideEvent> & Pick<SideEvent, "title" | "date" | "start" | "end">): SideEvent {
  return {
    id,
    session_id: HRC38.id,
    starts_at: STAMP,
    ends_at: STAMP,
    room: "",
    organisers: [],
    cosponsor_organisations: [],
    cosponsor_states: [],
    speakers: [],
    description: "",
    status: "idea",
    key_issue_ids: [],
    situation_ids: [],
    sources: [],
    created_at: STAMP,
    updated_at: STAMP,
    ...fields,
  };
}

export const SPORT = sideEvent("e-sport", {
  title: "Public dialogue: sport and human rights",
  date: "2018-06-25",
  start: "13:00:00",
  end: "14:30:00",
  room: "Room XXIII",
  status: "confirmed",
  organisers: [
    { id: "o1", name: "Sport and Rights Alliance", acronym: "", ecosoc_status: "none", created_at: STAMP, updated_at: STAMP },
  ],
});

export const ERITREA = sideEvent("e-eritrea", {
  title: "Eritrea: voices of human rights defenders in exile",
  date: "2018-06-27",
  start: "15:30:00",
  end: "17:00:00",
  room: "Room XXV",
  status: "confirmed",
  cosponsor_states: [{ code: "NLD", name: "Netherlands" }],
});

export const LAUNCH = sideEvent("e-launch", {
  title: "Strengthening the Human Rights Council from the ground up",
  date: "2018-07-02",
  start: "13:30:00",
  end: "15:00:00",
  room: "Room XXIV",
  status: "room-requested",
});

export const ERITREA_CLASH: Clash = {
  side_event_id: ERITREA.id,
  side_event_title: ERITREA.title,
  meeting_id: "m-gd4",
  meeting_title: "General debate on item 4",
  meeting_time: "Wed 27 June, 15:00–18:00",
  reasons: [
    {
      kind: "speaking",
      record_id: "st-gd4",
      name: "Item 4 general debate: Burundi, Eritrea and Syria",
      short: "you speak",
      words: "you speak in it (‘Item 4 general debate: Burundi, Eritrea and Syria’)",
    },
    { kind: "situation", record_id: "sit-eri", name: "Eritrea", short: "Eritrea", words: "Eritrea, high priority" },
  ],
};

/** The sentence a clash reads as. */
export const ERITREA_CLASH_TEXT =
  "Clashes with: General debate on item 4 — you speak in it (‘Item 4 general debate: Burundi, Eritrea and Syria’); Eritrea, high priority";

/** A plenary meeting of HRC38 (only what the calendar reads is meaningful). */
export function meeting(id: string, fields: Partial<Meeting> & Pick<Meeting, "title" | "date" | "start" | "end">): Meeting {
  return {
    id,
    session_id: HRC38.id,
    slot: null,
    starts_at: STAMP,
    ends_at: STAMP,
    estimated: false,
    number: null,
    agenda_items: [],
    kind: "other",
    room: null,
    continues_id: null,
    cluster_id: null,
    status: "scheduled",
    moved_from: null,
    speaking_seconds: null,
    member_speaking_seconds: null,
    list_closes_at: null,
    modalities: "",
    documents: [],
    mandates: [],
    sources: [],
    created_at: STAMP,
    updated_at: STAMP,
    ...fields,
  };
}

/** The meeting of ERITREA_CLASH, and the morning before it. */
export const GD4 = meeting("m-gd4", { title: "General debate on item 4", date: "2018-06-27", start: "15:00:00", end: "18:00:00" });
export const BURUNDI = meeting("m-bdi", { title: "ID with the Commission of Inquiry on Burundi", date: "2018-06-27", start: "09:00:00", end: "12:00:00" });
