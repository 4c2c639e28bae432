// A meeting as the core sends it, for tests: a scheduled HRC38 meeting with every field of the published
// programme at its empty value, on a day and at Geneva times given (UTC+2 in June and July).
import type { Meeting } from "../lib/bindings";

/** `date` null: to be announced; `start`/`end` null: time to be confirmed. */
export function aMeeting(over: Partial<Meeting> & { id: string }, date: string | null = "2018-06-20", start: string | null = "09:00", end: string | null = "12:00"): Meeting {
  const utc = (d: string | null, t: string | null) => (d && t ? `${d}T${String(Number(t.slice(0, 2)) - 2).padStart(2, "0")}${t.slice(2)}:00.000Z` : null);
  return {
    session_id: "s-hrc38",
    date,
    slot: null,
    start: start && `${start}:00`,
    end: end && `${end}:00`,
    starts_at: utc(date, start),
    ends_at: utc(date, end),
    estimated: false,
    number: null,
    agenda_items: [],
    kind: "other",
    title: over.id,
    room: "Room XX",
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
    created_at: "2018-06-01T08:00:00.000Z",
    updated_at: "2018-06-01T08:00:00.000Z",
    ...over,
  };
}
