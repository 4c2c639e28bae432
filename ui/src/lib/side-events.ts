// How side events read in the UI: status names (the core's), clash sentences (the core's words), and the one-per-line lists the
// form edits (organisers, co-sponsors, speakers) turned back into what the core accepts.
import type { Clash, Country, MeetingClash, Organisation, SideEvent, SideEventInput, SideEventStatus, Source } from "./bindings";
import { SIDE_EVENT_STATUSES } from "./bindings/choices";
import { labelOf } from "./choices";

/** "Room requested". */
export function statusLabel(status: SideEventStatus): string {
  return labelOf(SIDE_EVENT_STATUSES, status);
}

/** A meeting a side event clashes with and why it matters, in the core's words: "General debate on item 4 — you speak
 *  in it (‘Item 4 general debate’); Burundi, high priority". */
export function clashText(clash: MeetingClash): string {
  return `${clash.meeting_title} — ${clash.reasons.map((r) => r.words).join("; ")}`;
}

/** Why the meetings clashed with matter, a word or two each, each said once: "you speak, Burundi". */
export function clashReasons(clashes: readonly MeetingClash[]): string {
  return [...new Set(clashes.flatMap((c) => c.reasons.map((r) => r.short)))].join(", ");
}

/** The clashes of each side event, by its id. */
export function clashesByEvent(clashes: readonly Clash[]): Map<string, Clash[]> {
  const byEvent = new Map<string, Clash[]>();
  for (const clash of clashes) {
    const list = byEvent.get(clash.side_event_id);
    if (list) list.push(clash);
    else byEvent.set(clash.side_event_id, [clash]);
  }
  return byEvent;
}

/** The meetings a side event clashes with, each named once: "General debate on item 4". */
export function clashedMeetings(clashes: readonly Clash[]): string[] {
  return [...new Set(clashes.map((c) => c.meeting_title))];
}

/** An organisation as a line the core reads back: "International Service for Human Rights (ISHR)". */
export function organisationLine(org: Organisation): string {
  return org.acronym && !org.name.includes(`(${org.acronym})`) ? `${org.name} (${org.acronym})` : org.name;
}

/** Organisations as they read in a list: "ISHR, Amnesty International". */
export function organisationNames(orgs: readonly Organisation[]): string {
  return orgs.map((o) => o.acronym || o.name).join(", ");
}

/** States as they read in a list: "Mexico, Switzerland". */
export function stateNames(states: readonly Country[]): string {
  return states.map((c) => c.name).join(", ");
}

/** A text box's lines, trimmed, blank ones left out. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** What the side event form edits, as text. */
export type SideEventDraft = {
  title: string;
  date: string;
  start: string;
  end: string;
  room: string;
  status: SideEventStatus;
  organisers: string;
  cosponsorOrganisations: string;
  cosponsorStates: string;
  speakers: string;
  description: string;
  keyIssueIds: string[];
  situationIds: string[];
  sources: Source[];
};

/** A blank draft on `date`, in the usual lunchtime slot. */
export function newDraft(date: string, start = "13:00", end = "14:00"): SideEventDraft {
  return {
    title: "",
    date,
    start,
    end,
    room: "",
    status: "idea",
    organisers: "",
    cosponsorOrganisations: "",
    cosponsorStates: "",
    speakers: "",
    description: "",
    keyIssueIds: [],
    situationIds: [],
    sources: [],
  };
}

/** A stored side event as a draft to edit. */
export function draftOf(event: SideEvent): SideEventDraft {
  return {
    title: event.title,
    date: event.date,
    start: event.start.slice(0, 5),
    end: event.end.slice(0, 5),
    room: event.room,
    status: event.status,
    organisers: event.organisers.map(organisationLine).join("\n"),
    cosponsorOrganisations: event.cosponsor_organisations.map(organisationLine).join("\n"),
    cosponsorStates: event.cosponsor_states.map((c) => c.name).join("\n"),
    speakers: event.speakers.join("\n"),
    description: event.description,
    keyIssueIds: [...event.key_issue_ids],
    situationIds: [...event.situation_ids],
    sources: event.sources.map((s) => ({ ...s })),
  };
}

/** The draft as the core's input: lists split into lines; the core checks everything. */
export function inputOf(draft: SideEventDraft): SideEventInput {
  return {
    title: draft.title,
    date: draft.date,
    start: draft.start.trim(),
    end: draft.end.trim(),
    room: draft.room.trim() || null,
    status: draft.status,
    organisers: lines(draft.organisers),
    cosponsor_organisations: lines(draft.cosponsorOrganisations),
    cosponsor_states: lines(draft.cosponsorStates),
    speakers: lines(draft.speakers),
    description: draft.description.trim() ? draft.description : null,
    key_issue_ids: draft.keyIssueIds,
    situation_ids: draft.situationIds,
    sources: draft.sources,
  };
}
