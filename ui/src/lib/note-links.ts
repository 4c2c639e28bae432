// What a note is linked to (meeting, agenda item, country situation, key issue, statement, text): the
// menus' labels, the chips under a note, the input the core takes, and Geneva times and days.
import { itemLabel } from "./agenda";
import type { CountrySituation, KeyIssue, Meeting, Note, NoteInput, Resolution, Source, Statement } from "./bindings";
import { startsOn } from "./meeting-time";

/** The links a note may carry (ids of the session's items; the agenda item by number). */
export type NoteLinks = {
  meetingId: string | null;
  agendaItem: number | null;
  situationId: string | null;
  keyIssueId: string | null;
  statementId: string | null;
  /** A text (draft or adopted resolution) of the session. */
  resolutionId: string | null;
};

/** What a note may be linked to: the session's items. */
export type NoteContext = {
  meetings: readonly Meeting[];
  situations: readonly CountrySituation[];
  keyIssues: readonly KeyIssue[];
  statements: readonly Statement[];
  /** The session's texts; none while they could not be read. */
  texts?: readonly Resolution[];
};

export const noLinks = (): NoteLinks => ({
  meetingId: null,
  agendaItem: null,
  situationId: null,
  keyIssueId: null,
  statementId: null,
  resolutionId: null,
});

export function linksOf(note: Note): NoteLinks {
  return {
    meetingId: note.meeting_id,
    agendaItem: note.agenda_item,
    situationId: note.situation_id,
    keyIssueId: note.key_issue_id,
    statementId: note.statement_id,
    resolutionId: note.resolution_id,
  };
}

/** The core's input for a note's body and links, and when it was taken (Geneva wall time, "2018-06-20 10:15"); without
 *  one, a new note is taken now and a saved one keeps its time. Its sources replace the stored ones: pass a saved
 *  note's own to keep them; `confidential`: the note's mark (pass a saved note's own to keep it). */
export function noteInput(body: string, links: NoteLinks, takenAt: string | null = null, sources: readonly Source[] = [], confidential = false): NoteInput {
  return {
    body,
    meeting_id: links.meetingId,
    agenda_item: links.agendaItem,
    situation_id: links.situationId,
    key_issue_id: links.keyIssueId,
    statement_id: links.statementId,
    resolution_id: links.resolutionId,
    taken_at: takenAt,
    sources: [...sources],
    confidential,
  };
}

/** Choosing a meeting fills in its agenda item, as the core does when none is given. */
export function withMeeting(links: NoteLinks, meetingId: string | null, meetings: readonly Meeting[]): NoteLinks {
  const meeting = meetings.find((m) => m.id === meetingId);
  return { ...links, meetingId, agendaItem: meeting?.agenda_items[0] ?? links.agendaItem };
}

/** "Tue 19 Jun, 15:00 · ID with the Special Rapporteur on freedom of expression". */
export function meetingLabel(m: Meeting): string {
  return `${startsOn(m)} · ${m.title}`;
}

/** A text as a note's link names it: its symbol (adopted, else draft) and its title, as the core's exports do. */
export function textLabel(r: Pick<Resolution, "adopted_symbol" | "draft_symbol" | "title">): string {
  const symbol = r.adopted_symbol ?? r.draft_symbol;
  return symbol ? `${symbol} ${r.title}` : r.title;
}

/** One link under a note: what kind of thing, and its name. */
export type LinkChip = { kind: string; label: string };

/** The links of a note, named; ids the context does not know (deleted since) are left out. */
export function linkChips(note: Note, context: NoteContext): LinkChip[] {
  const chips: LinkChip[] = [];
  const meeting = context.meetings.find((m) => m.id === note.meeting_id);
  if (meeting) chips.push({ kind: "Meeting", label: meetingLabel(meeting) });
  if (note.agenda_item !== null) chips.push({ kind: "Agenda", label: itemLabel(note.agenda_item) });
  const situation = context.situations.find((s) => s.id === note.situation_id);
  if (situation) chips.push({ kind: "Country", label: situation.country_name });
  const issue = context.keyIssues.find((k) => k.id === note.key_issue_id);
  if (issue) chips.push({ kind: "Key issue", label: issue.title });
  const statement = context.statements.find((s) => s.id === note.statement_id);
  if (statement) chips.push({ kind: "Statement", label: statement.title });
  const text = context.texts?.find((r) => r.id === note.resolution_id);
  if (text) chips.push({ kind: "Text", label: textLabel(text) });
  return chips;
}

const CLOCK = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Zurich" });
const DAY_PARTS = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Europe/Zurich" });

/** An instant's Geneva wall-clock time: "16:10". */
export function genevaClock(instant: string): string {
  return CLOCK.format(new Date(instant));
}

/** An instant's Geneva date: "2018-06-19". */
export function genevaDay(instant: string): string {
  const parts = DAY_PARTS.formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** Notes (newest first) by the Geneva day they were taken, newest day first. */
export function notesByDay(notes: readonly Note[]): { day: string; notes: Note[] }[] {
  const days: { day: string; notes: Note[] }[] = [];
  for (const note of notes) {
    const day = genevaDay(note.taken_at);
    const last = days.at(-1);
    if (last && last.day === day) last.notes.push(note);
    else days.push({ day, notes: [note] });
  }
  return days;
}

/** Puts a saved note in the list (newest first by time taken), replacing its older version. */
export function upsertNote(notes: readonly Note[], note: Note): Note[] {
  const others = notes.filter((n) => n.id !== note.id);
  const at = others.findIndex((n) => n.taken_at < note.taken_at || (n.taken_at === note.taken_at && n.id < note.id));
  return at === -1 ? [...others, note] : [...others.slice(0, at), note, ...others.slice(at)];
}
