// What the meeting form and the Move… form hold while a person types, and the core's input made from it:
// a date or "to be announced", a time chosen as one of the core's slots, exact times or "time to be
// confirmed", speaking times typed as "2:00" or "120", mandates one a line, documents one a line or
// between commas. The core checks everything else (a symbol, a date within the session, an end after
// the start) and names the field.
import type { Meeting, MeetingInput, MeetingMove, MeetingSlot, SlotHours, Source } from "./bindings";
import { MEETING_SLOTS } from "./bindings/choices";
import { parseSeconds } from "./statement-draft";
import { hhmm, mmss } from "./time";

/** How the time is given: one of the core's slots, exact times, or not yet known. */
export type TimeMode = MeetingSlot | "exact" | "tbc";

export type WhenDraft = {
  /** The date is to be announced. */
  tba: boolean;
  /** `YYYY-MM-DD`, as the date field holds it. */
  date: string;
  mode: TimeMode;
  start: string;
  end: string;
  estimated: boolean;
  /** A slot the meeting keeps while its exact times are other than the slot's hours. */
  keptSlot: MeetingSlot | null;
};

/** The time of `m` as the form shows it, or a new one on `day` ("time to be confirmed"); `own` are its session's own
 *  slot hours (none: the Council's usual ones), at which the meeting is given by its slot. */
export function whenDraft(m: Meeting | null, day: string, own: SlotHours | null = null): WhenDraft {
  if (!m) return { tba: false, date: day, mode: "tbc", start: "", end: "", estimated: false, keptSlot: null };
  const start = m.start ? hhmm(m.start) : "";
  const end = m.end ? hhmm(m.end) : "";
  const slot = MEETING_SLOTS.find((s) => s.key === m.slot);
  const hours = slot && own ? { start: hhmm(own[slot.key].start), end: hhmm(own[slot.key].end) } : slot;
  const atSlotHours = slot !== undefined && hours?.start === start && hours?.end === end;
  const mode: TimeMode = !m.start ? "tbc" : atSlotHours ? slot.key : "exact";
  return { tba: m.date === null, date: m.date ?? day, mode, start, end, estimated: m.estimated, keptSlot: atSlotHours ? null : m.slot };
}

/** The core's fields of a time: a slot's key alone, exact times (with a slot kept), or nothing; no date when to be announced. */
export function whenInput(d: WhenDraft): Pick<MeetingInput, "date" | "slot" | "start" | "end" | "estimated"> {
  if (d.tba) return { date: "", slot: null, start: "", end: "", estimated: d.estimated };
  if (d.mode === "exact") return { date: d.date, slot: d.keptSlot, start: d.start.trim(), end: d.end.trim(), estimated: d.estimated };
  if (d.mode === "tbc") return { date: d.date, slot: null, start: "", end: "", estimated: d.estimated };
  return { date: d.date, slot: d.mode, start: "", end: "", estimated: d.estimated };
}

/** Where Move… takes a meeting: the new time; with no date, postponed (the core's default for it). */
export function moveInput(d: WhenDraft): MeetingMove {
  return { ...whenInput(d), status: null };
}

export type MeetingDraft = {
  when: WhenDraft;
  title: string;
  number: string;
  agendaItems: number[];
  kind: string;
  room: string;
  continuesId: string;
  clusterId: string;
  status: string;
  speaking: string;
  memberSpeaking: string;
  listClosesAt: string;
  modalities: string;
  documents: string;
  mandates: string;
  /** The meeting's source links, kept as they are (this form does not edit them). */
  sources: Source[];
};

const GENEVA = new Intl.DateTimeFormat("sv-SE", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Europe/Zurich",
});

/** An instant as the core reads a typed Geneva time: "2018-06-19 12:00". */
export function genevaTyped(instant: string): string {
  return GENEVA.format(new Date(instant)).replace("T", " ");
}

/** The form's fields for `m`, or for a new meeting on `day`. */
export function meetingDraft(m: Meeting | null, day: string, own: SlotHours | null = null): MeetingDraft {
  return {
    when: whenDraft(m, day, own),
    title: m?.title ?? "",
    number: m?.number != null ? String(m.number) : "",
    agendaItems: [...(m?.agenda_items ?? [])],
    kind: m?.kind ?? "other",
    room: m?.room ?? "",
    continuesId: m?.continues_id ?? "",
    clusterId: m?.cluster_id ?? "",
    status: m?.status ?? "scheduled",
    speaking: m?.speaking_seconds != null ? mmss(m.speaking_seconds) : "",
    memberSpeaking: m?.member_speaking_seconds != null ? mmss(m.member_speaking_seconds) : "",
    listClosesAt: m?.list_closes_at ? genevaTyped(m.list_closes_at) : "",
    modalities: m?.modalities ?? "",
    documents: (m?.documents ?? []).join("\n"),
    mandates: (m?.mandates ?? []).join("\n"),
    sources: [...(m?.sources ?? [])],
  };
}

/** Document symbols as typed: one a line, or several on a line between commas or semicolons (a symbol holds
 *  neither; a mandate's name may hold commas, so mandates are one a line only). */
export function symbols(text: string): string[] {
  return lines(text.replace(/[,;]/g, "\n"));
}

/** One entry a line, blank lines left out. */
export function lines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

export type Made = { ok: true; input: MeetingInput } | { ok: false; field: string; message: string };

/** The core's input for the form, or the field whose text is not a number. */
export function meetingInput(d: MeetingDraft): Made {
  const number = d.number.trim();
  if (number !== "" && !/^\d+$/.test(number)) return { ok: false, field: "number", message: "Type the meeting's number, such as 7." };
  const speaking = parseSeconds(d.speaking);
  if (!speaking.ok) return { ok: false, field: "speaking_seconds", message: speaking.message };
  const members = parseSeconds(d.memberSpeaking);
  if (!members.ok) return { ok: false, field: "member_speaking_seconds", message: members.message };
  return {
    ok: true,
    input: {
      ...whenInput(d.when),
      number: number === "" ? null : Number(number),
      agenda_items: [...d.agendaItems].sort((a, b) => a - b),
      kind: d.kind,
      title: d.title,
      room: d.room.trim() === "" ? null : d.room.trim(),
      continues_id: d.continuesId || null,
      cluster_id: d.clusterId || null,
      status: d.status,
      speaking_seconds: speaking.value,
      member_speaking_seconds: members.value,
      list_closes_at: d.listClosesAt.trim(),
      modalities: d.modalities,
      documents: symbols(d.documents),
      mandates: lines(d.mandates),
      sources: d.sources,
    },
  };
}
