// The UI's only door to the data: one typed async function per Tauri command (src-tauri/src/commands/).
// Every failure is thrown as an `ApiError` carrying the core's `{code, message, field}`.
import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import type {
  AgendaItem,
  Amendment,
  AmendmentInput,
  Backup,
  Clash,
  Consultation,
  ConsultationClash,
  ConsultationInput,
  CountryMatch,
  CountrySituation,
  Delegation,
  DelegationInput,
  DemoOutcome,
  Document,
  DocumentInput,
  DocumentSummary,
  ExportFormat,
  ImportReport,
  Section,
  ErrorPayload,
  RuleCode,
  KeyIssue,
  LobbyList,
  KeyIssueInput,
  Mandate,
  MandateInput,
  MandateSummary,
  Restored,
  GroupVote,
  Member,
  Resolution,
  ResolutionInput,
  SeatWarning,
  SeatWarningSpan,
  Vote,
  VoteForm,
  Meeting,
  MeetingClash,
  MeetingInput,
  MeetingMove,
  Note,
  NoteInput,
  Organisation,
  OrganisationInput,
  OrganisationSummary,
  PageSetup,
  ExportChoice,
  PrintPreview,
  ProgrammeImport,
  ProgrammeMark,
  ProgrammeRule,
  ProtectionChange,
  KeychainStatus,
  SearchHit,
  SearchQuery,
  Session,
  SessionInput,
  SessionOverview,
  SessionSpeakingRule,
  SessionSummary,
  Settings,
  SideEvent,
  SideEventInput,
  SignatoryPreview,
  SignatoryReport,
  SituationInput,
  SpeakingTimeChange,
  Startup,
  Statement,
  StatementInput,
  StatementStatus,
  Timing,
  Today,
} from "./bindings";

/** A failed command: the core's error code, its message for the person, the input field at fault,
 *  the rule it broke with its parameters, and the message to show next to that field. */
export class ApiError extends Error {
  readonly code: string;
  readonly field: string | null;
  readonly rule: RuleCode | null;
  readonly params: Partial<Record<string, string>>;
  /** The core's message for `field`, without the field's name; the whole message when there is none. */
  readonly fieldMessage: string;
  /** The core's payload as it came. */
  readonly payload: ErrorPayload;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.payload = payload;
    this.name = "ApiError";
    this.code = payload.code;
    this.field = payload.field;
    this.rule = payload.rule;
    this.params = payload.params;
    this.fieldMessage = payload.field_message ?? payload.message;
  }
}

function isErrorPayload(e: unknown): e is ErrorPayload {
  return typeof e === "object" && e !== null && typeof (e as ErrorPayload).code === "string" && typeof (e as ErrorPayload).message === "string";
}

/** Turns anything a command threw into an `ApiError` (Tauri's own failures arrive as strings). */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (isErrorPayload(e)) return new ApiError({ ...noDetail(e.code, e.message), ...e });
  return new ApiError(noDetail("internal", e instanceof Error ? e.message : String(e)));
}

/** A payload with no field and no rule (Tauri's own failures, and older shapes). */
function noDetail(code: string, message: string): ErrorPayload {
  return { code, message, field: null, rule: null, params: {}, field_message: null };
}

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toApiError(e);
  }
}

// Startup
export const startup = () => call<Startup>("startup");

// The database's passphrase (issue 20)
/** First start: creates the database protected by the passphrase typed twice; returns the recovery key to keep. */
export const createProtectedDatabase = (passphrase: string, confirm: string) => call<string>("create_protected_database", { passphrase, confirm });
/** First start: creates the database without a passphrase. */
export const createPlainDatabase = () => call<null>("create_plain_database");
/** Unlocks the database with its passphrase, or its recovery key when given (`wrong_passphrase` after a growing wait). */
export const unlockDatabase = (passphrase: string | null, recoveryKey: string | null) =>
  call<Startup>("unlock_database", { passphrase, recoveryKey });
/** Locks the protected database: the shell drops the store and its key; reload the app afterwards. */
export const lockDatabase = () => call<null>("lock_database");
/** Protects the plain database with the passphrase typed twice; the new recovery key comes back. */
export const protectDatabase = (passphrase: string, confirm: string) => call<ProtectionChange>("protect_database", { passphrase, confirm });
/** Gives the protected database a new passphrase (the old one typed to allow it); a new recovery key comes back. */
export const changeDatabasePassphrase = (oldPassphrase: string, passphrase: string, confirm: string) =>
  call<ProtectionChange>("change_database_passphrase", { oldPassphrase, passphrase, confirm });
/** Removes the database's protection (its passphrase typed to allow it). */
export const removeDatabaseProtection = (oldPassphrase: string) => call<ProtectionChange>("remove_database_protection", { oldPassphrase });
/** Saves the recovery key to a file chosen in the system's save dialog; the path, or null when cancelled. */
export const saveRecoveryKey = () => call<string | null>("save_recovery_key");
/** Whether the system keychain keeps the database's key, or why it cannot be used. */
export const keychainStatus = () => call<KeychainStatus>("keychain_status");
/** Lets the system keychain keep the open database's key (`remember` true) or forgets it. */
export const rememberDatabaseKey = (remember: boolean) => call<KeychainStatus>("remember_database_key", { remember });

// Sessions
/** `at`: the clock set by hand (Geneva time), null for the real clock: the phases are on its Geneva date. */
export const sessionSummaries = (at: string | null) => call<SessionSummary[]>("session_summaries", { at });
export const createSession = (input: SessionInput) => call<Session>("create_session", { input });
export const updateSession = (id: string, input: SessionInput) => call<Session>("update_session", { id, input });
export const deleteSession = (id: string) => call<void>("delete_session", { id });
export const sessionOverview = (id: string) => call<SessionOverview>("session_overview", { id });
export const loadExampleSession = () => call<DemoOutcome>("load_example_session");

// Agenda
export const listAgendaItems = (sessionId: string) => call<AgendaItem[]>("list_agenda_items", { sessionId });
export const setAgendaNotes = (sessionId: string, number: number, notes: string) =>
  call<AgendaItem>("set_agenda_notes", { sessionId, number, notes });

// Meetings (the programme of work)
export const listMeetings = (sessionId: string) => call<Meeting[]>("list_meetings", { sessionId });
export const getMeeting = (id: string) => call<Meeting>("get_meeting", { id });
export const createMeeting = (sessionId: string, input: MeetingInput) => call<Meeting>("create_meeting", { sessionId, input });
export const updateMeeting = (id: string, input: MeetingInput) => call<Meeting>("update_meeting", { id, input });
/** Moves a meeting (an empty date: postponed, to be announced); the core keeps the time it had. */
export const moveMeeting = (id: string, to: MeetingMove) => call<Meeting>("move_meeting", { id, to });
export const deleteMeeting = (id: string) => call<void>("delete_meeting", { id });
/** What importing a published programme (an Order of the Day's text, pasted or read from the file `name`; or, for a
 *  Word file, its `bytes`) would do: nothing is written. `importProgramme` imports it and says what it did. */
export const previewProgramme = (sessionId: string, name: string, text: string, bytes?: number[]) =>
  call<ProgrammeImport>("preview_programme", { sessionId, name, text, bytes: bytes ?? null });
export const importProgramme = (sessionId: string, name: string, text: string, bytes?: number[]) =>
  call<ProgrammeImport>("import_programme", { sessionId, name, text, bytes: bytes ?? null });
/** The rules that make calendar events meetings, side events or nothing (the first that matches decides); added at
 *  `position` (1: first) or last, and deleted. */
export const programmeRules = () => call<ProgrammeRule[]>("programme_rules");
export const addProgrammeRule = (matches: string, pattern: string, becomes: string, position: number | null = null) =>
  call<ProgrammeRule>("add_programme_rule", { matches, pattern, becomes, position });
export const deleteProgrammeRule = (id: string) => call<ProgrammeRule>("delete_programme_rule", { id });
/** What the session's latest import changed, record by record (the programme's and Today's marks). */
export const programmeMarks = (sessionId: string) => call<ProgrammeMark[]>("programme_marks", { sessionId });
/** The session's informal consultations on its texts (those to be announced last), and those at known hours that
 *  clash with a meeting that matters to me or with my side events. */
export const sessionConsultations = (sessionId: string) => call<Consultation[]>("session_consultations", { sessionId });
export const consultationClashes = (sessionId: string) => call<ConsultationClash[]>("consultation_clashes", { sessionId });
/** A text's informal consultations; added, edited, deleted (undone by `restoreConsultation`) on its page. */
export const listConsultations = (resolutionId: string) => call<Consultation[]>("list_consultations", { resolutionId });
export const createConsultation = (input: ConsultationInput) => call<Consultation>("create_consultation", { input });
export const updateConsultation = (id: string, input: ConsultationInput) => call<Consultation>("update_consultation", { id, input });
export const deleteConsultation = (id: string) => call<Consultation>("delete_consultation", { id });
export const restoreConsultation = (id: string) => call<Consultation>("restore_consultation", { id });
/** Whom to lobby on a text: its session's member States likely yes, swing or likely no, with the core's rule. */
export const lobby = (resolutionId: string) => call<LobbyList>("lobby", { resolutionId });
/** Writes a text's one-page target list (`format`: docx, html, md or csv) to a path `chooseExportFile` gave. */
export const exportLobby = (resolutionId: string, format: string, path: string) => call<void>("export_lobby", { resolutionId, format, path });
/** Writes the one-page brief on a country situation or a key issue (`on`: situation or issue; `format`: docx, html or
 *  md) to a path `chooseExportFile` gave. */
/** `includeConfidential` sent only when asked: the shell leaves confidential records out without it. */
const withConfidential = (includeConfidential: boolean) => (includeConfidential ? { includeConfidential } : {});
export const exportBrief = (on: "situation" | "issue", id: string, format: string, path: string, includeConfidential = false) =>
  call<void>("export_brief", { on, id, format, path, ...withConfidential(includeConfidential) });
/** What setting a meeting's speaking time (null: the session's or the settings' default) does to the statements due
 *  there, nothing stored; `setSpeakingTime` sets it and updates those statements. */
export const previewSpeakingTime = (meetingId: string, seconds: number | null) =>
  call<SpeakingTimeChange>("preview_speaking_time", { meetingId, seconds });
export const setSpeakingTime = (meetingId: string, seconds: number | null) =>
  call<SpeakingTimeChange>("set_speaking_time", { meetingId, seconds });
/** A session's speaking time for observers and NGOs per kind of meeting; setting or clearing one updates the
 *  statements held to the old default and says which. */
export const listSpeakingRules = (sessionId: string) => call<SessionSpeakingRule[]>("speaking_rules", { sessionId });
export const setSpeakingRule = (sessionId: string, meetingKind: string, seconds: number) =>
  call<SpeakingTimeChange>("set_speaking_rule", { sessionId, meetingKind, seconds });
export const clearSpeakingRule = (sessionId: string, meetingKind: string) =>
  call<SpeakingTimeChange>("clear_speaking_rule", { sessionId, meetingKind });

// Key issues
export const listKeyIssues = (sessionId: string) => call<KeyIssue[]>("list_key_issues", { sessionId });
export const createKeyIssue = (sessionId: string, input: KeyIssueInput) => call<KeyIssue>("create_key_issue", { sessionId, input });
export const updateKeyIssue = (id: string, input: KeyIssueInput) => call<KeyIssue>("update_key_issue", { id, input });
export const deleteKeyIssue = (id: string) => call<void>("delete_key_issue", { id });

// Country situations
export const listSituations = (sessionId: string) => call<CountrySituation[]>("list_situations", { sessionId });
export const createSituation = (sessionId: string, input: SituationInput) =>
  call<CountrySituation>("create_situation", { sessionId, input });
export const updateSituation = (id: string, input: SituationInput) => call<CountrySituation>("update_situation", { id, input });
export const deleteSituation = (id: string) => call<void>("delete_situation", { id });
/** The countries the country box suggests for what was typed, best first, each named as on `on` (`YYYY-MM-DD`,
 *  the session's first day: "Turkey" at HRC38), the one it names exactly marked `exact`. */
export const findCountries = (query: string, on: string | null) => call<CountryMatch[]>("find_countries", { query, on });

// Statements
export const listStatements = (sessionId: string) => call<Statement[]>("list_statements", { sessionId });
/** The editor's safety copies kept in a protected database, by `<statement id>` or `new:<session id>` (opaque JSON text). */
export const statementCopiesKept = () => call<Record<string, string>>("statement_copies");
export const keepStatementCopy = (copy: string, value: string) => call<void>("keep_statement_copy", { copy, value });
export const forgetStatementCopy = (copy: string) => call<void>("forget_statement_copy", { copy });
export const createStatement = (sessionId: string, input: StatementInput) =>
  call<Statement>("create_statement", { sessionId, input });
export const updateStatement = (id: string, input: StatementInput) => call<Statement>("update_statement", { id, input });
export const deleteStatement = (id: string) => call<void>("delete_statement", { id });
export const setStatementStatus = (id: string, status: StatementStatus) => call<Statement>("set_statement_status", { id, status });
/** Deliver mode's "Delivered": at `at` (Geneva time or RFC 3339), else now. */
export const deliverStatement = (id: string, at: string | null = null) => call<Statement>("deliver_statement", { id, at });
export const measureDraft = (sessionId: string, input: StatementInput) => call<Timing>("measure_draft", { sessionId, input });
/** What pasting `pasted` would do, line by line; nothing is saved. */
export const previewSignatories = (statementId: string, pasted: string) =>
  call<SignatoryPreview>("preview_signatories", { statementId, pasted });
export const addSignatories = (statementId: string, pasted: string) =>
  call<SignatoryReport>("add_signatories", { statementId, pasted });
export const removeSignatory = (statementId: string, organisationId: string) =>
  call<Statement>("remove_signatory", { statementId, organisationId });

// Side events
export const listSideEvents = (sessionId: string) => call<SideEvent[]>("list_side_events", { sessionId });
export const createSideEvent = (sessionId: string, input: SideEventInput) =>
  call<SideEvent>("create_side_event", { sessionId, input });
export const updateSideEvent = (id: string, input: SideEventInput) => call<SideEvent>("update_side_event", { id, input });
export const deleteSideEvent = (id: string) => call<void>("delete_side_event", { id });
export const listClashes = (sessionId: string) => call<Clash[]>("list_clashes", { sessionId });
export const previewSideEventClashes = (sessionId: string, input: SideEventInput) =>
  call<MeetingClash[]>("preview_side_event_clashes", { sessionId, input });

// Notes
export const listNotes = (sessionId: string) => call<Note[]>("list_notes", { sessionId });
/** The notes about a text, newest first. */
export const listNotesOnText = (resolutionId: string) => call<Note[]>("notes_on_text", { resolutionId });
export const createNote = (sessionId: string, input: NoteInput) => call<Note>("create_note", { sessionId, input });
export const updateNote = (id: string, input: NoteInput) => call<Note>("update_note", { id, input });
export const deleteNote = (id: string) => call<void>("delete_note", { id });
export const restoreNote = (id: string) => call<Note>("restore_note", { id });
/** Empties a deleted note's text once its undo is no longer offered. */
export const forgetDeletedNote = (id: string) => call<null>("forget_deleted_note", { id });

// Documents and mandates (shared by every session), for the pickers that link them
/** Every document by symbol (9 before 44); with `find`, those whose symbol or title holds it (case and spacing ignored). */
export const listDocuments = (find?: string) => call<Document[]>("list_documents", { find: find ?? null });
/** Every mandate by name; with `find`, those whose name, theme, country or a holder holds it (folded by the core). */
export const listMandates = (find?: string) => call<Mandate[]>("list_mandates", { find: find ?? null });

// Documents and mandates on their own screens: listed with the records that link each, added, edited, shown, deleted
// and restored (a deleted one is forgotten with `forgetDeleted` once Undo is no longer offered)
/** The documents `listDocuments` gives, each with the live meetings, situations, key issues and statements taking it up. */
export const documentSummaries = (find?: string) => call<DocumentSummary[]>("document_summaries", { find: find ?? null });
export const getDocument = (id: string) => call<DocumentSummary>("get_document", { id });
/** Refused on `symbol` when it is not a UN symbol or another document has it; the kind defaults to the symbol's. */
export const createDocument = (input: DocumentInput) => call<Document>("create_document", { input });
export const updateDocument = (id: string, input: DocumentInput) => call<Document>("update_document", { id, input });
/** Returns it with what took it up; the records that did no longer show it until it is restored. */
export const deleteDocument = (id: string) => call<DocumentSummary>("delete_document", { id });
/** Refused on `symbol` when another document has its symbol since. */
export const restoreDocument = (id: string) => call<DocumentSummary>("restore_document", { id });
/** The mandates `listMandates` gives, each with the live meetings where it presents and situations following it. */
export const mandateSummaries = (find?: string) => call<MandateSummary[]>("mandate_summaries", { find: find ?? null });
export const getMandate = (id: string) => call<MandateSummary>("get_mandate", { id });
/** Each refusal names its field: `name` (empty or another's), `kind`, `country`, `resolution` (a UN symbol). */
export const createMandate = (input: MandateInput) => call<Mandate>("create_mandate", { input });
export const updateMandate = (id: string, input: MandateInput) => call<Mandate>("update_mandate", { id, input });
export const deleteMandate = (id: string) => call<MandateSummary>("delete_mandate", { id });
/** Refused on `name` when another mandate has its name since. */
export const restoreMandate = (id: string) => call<MandateSummary>("restore_mandate", { id });

// Delegations (a State's mission: contacts and my meeting notes; one per State, shared by every session)
export const listDelegations = (find?: string) => call<Delegation[]>("list_delegations", { find: find ?? null });
export const createDelegation = (input: DelegationInput) => call<Delegation>("create_delegation", { input });
export const updateDelegation = (id: string, input: DelegationInput) => call<Delegation>("update_delegation", { id, input });
/** Deletes a delegation (undone by `restoreDelegation`; once Undo goes, `forgetDeleted` forgets its text). */
export const deleteDelegation = (id: string) => call<Delegation>("delete_delegation", { id });
export const restoreDelegation = (id: string) => call<Delegation>("restore_delegation", { id });

// Resolutions and decisions of a session, from draft to adoption, and the Council's action on them
/** The session's texts, by agenda item and draft symbol, each with its sponsors, amendments and vote. */
export const listResolutions = (sessionId: string) => call<Resolution[]>("list_resolutions", { sessionId });
export const getResolution = (id: string) => call<Resolution>("get_resolution", { id });
/** Each refusal names its field (`title`, `draft_symbol`, `sponsors`, `action_date`…) and stores nothing. */
export const createResolution = (input: ResolutionInput) => call<Resolution>("create_resolution", { input });
export const updateResolution = (id: string, input: ResolutionInput) => call<Resolution>("update_resolution", { id, input });
export const deleteResolution = (id: string) => call<Resolution>("delete_resolution", { id });
export const restoreResolution = (id: string) => call<Resolution>("restore_resolution", { id });
/** Adds the States of a pasted list as co-sponsors from `on` (else undated); refused on `cosponsors` naming an unknown State. */
export const addCosponsors = (id: string, text: string, on: string | null) => call<Resolution>("add_cosponsors", { id, text, on });
/** Records the Council's action, replacing an earlier one; refused on `votes` naming the State (unknown, twice, not a
 * member that day) or on `date`, with nothing stored. */
export const recordVote = (form: VoteForm) => call<Vote>("record_vote", { form });
/** The recorded vote on a text (or an amendment) by regional group; none when only the counts were entered. */
export const voteByGroup = (resolutionId: string, amendmentId: string | null = null) =>
  call<GroupVote[]>("vote_by_group", { resolutionId, amendmentId });
/** Adds an amendment to a text; refused on `symbol` (no UN symbol), `sponsors` (naming the State) or `status`, nothing stored. */
export const createAmendment = (input: AmendmentInput) => call<Amendment>("create_amendment", { input });
export const updateAmendment = (id: string, input: AmendmentInput) => call<Amendment>("update_amendment", { id, input });
/** Deletes an amendment and the vote on it. */
export const deleteAmendment = (id: string) => call<Amendment>("delete_amendment", { id });

// The members of the Council in a session, against which votes are checked
export const listMembers = (sessionId: string) => call<Member[]>("list_members", { sessionId });
/** Adds the States pasted one a line (a group after each or under a heading), all or none; refused on `members` or `country`. */
export const addMembers = (sessionId: string, text: string) => call<Member[]>("add_members", { sessionId, text });
/** The groups whose members on the session's first day are not their usual seats. */
export const seatWarnings = (sessionId: string) => call<SeatWarning[]>("seat_warnings", { sessionId });
/** The groups off their usual seats, each with the days it holds (a State leaving or joining changes them). */
export const seatWarningSpans = (sessionId: string) => call<SeatWarningSpan[]>("seat_warning_spans", { sessionId });
/** A State leaving during the session, `on` its last day; refused on `country` or `on` (a later vote naming it), nothing stored. */
export const leaveMember = (sessionId: string, country: string, on: string) => call<Member>("leave_member", { sessionId, country, on });
/** A State joining from `on` (a vacant seat filled), in `group` or else the UN's; refused on `country`, `group` or `on`. */
export const joinMember = (sessionId: string, country: string, group: string | null, on: string) =>
  call<Member>("join_member", { sessionId, country, group, on });
/** Removes a member added by mistake (no undo); refused on `id` when a recorded vote names the State. */
export const deleteMember = (id: string) => call<Member>("delete_member", { id });

// Organisations (shared by every session)
/** Every organisation, by name, with how many statements it signs and side events it organises and co-sponsors;
 * with `find`, only those whose name or acronym holds it (folded by the core: case and accents ignored). */
export const listOrganisations = (find?: string) => call<OrganisationSummary[]>("list_organisations", { find: find ?? null });
/** Merges the duplicate `id` into `into` (no undo); returns the organisation kept. Refused on `into` when it is the same. */
export const mergeOrganisations = (id: string, into: string) => call<OrganisationSummary>("merge_organisations", { id, into });
export const createOrganisation = (input: OrganisationInput) => call<Organisation>("create_organisation", { input });
export const updateOrganisation = (id: string, input: OrganisationInput) => call<Organisation>("update_organisation", { id, input });
/** Refused (`organisation_in_use`) while it signs a statement or organises or co-sponsors a side event. */
export const deleteOrganisation = (id: string) => call<void>("delete_organisation", { id });
export const restoreOrganisation = (id: string) => call<Organisation>("restore_organisation", { id });
/** Empties a deleted organisation's name once its undo is no longer offered. */
export const forgetDeletedOrganisation = (id: string) => call<null>("forget_deleted_organisation", { id });

// Undo after a deletion: a deleted record brought back, or forgotten once Undo is no longer offered
export const restoreSession = (id: string) => call<Session>("restore_session", { id });
export const restoreMeeting = (id: string) => call<Meeting>("restore_meeting", { id });
export const restoreKeyIssue = (id: string) => call<KeyIssue>("restore_key_issue", { id });
export const restoreSituation = (id: string) => call<CountrySituation>("restore_situation", { id });
export const restoreStatement = (id: string) => call<Statement>("restore_statement", { id });
export const restoreSideEvent = (id: string) => call<SideEvent>("restore_side_event", { id });
/** Empties a deleted record's text (a session's: everything in it) once its undo is no longer offered. */
export const forgetDeleted = (id: string) => call<null>("forget_deleted", { id });

// today (`at`: the clock set by hand, Geneva time; the real clock when null)
export const today = (at: string | null, sessionId: string | null = null) => call<Today>("today", { at, sessionId });
/** The date in Geneva (`YYYY-MM-DD`) at the clock's time `at` (a time set by hand), or now: the core's clock. */
export const genevaToday = (at: string | null) => call<string>("geneva_today", { at });
export const captureNote = (at: string | null, sessionId: string | null = null) =>
  call<Note>("capture_note", { at, sessionId });

// Search and settings
export const search = (query: SearchQuery) => call<SearchHit[]>("search", { query });

// Exports and imports
/** The format and sections last chosen to export the session (kept by the core, so a new window has them), or null. */
export const exportChoice = (sessionId: string) => call<ExportChoice | null>("export_choice", { sessionId });
export const rememberExportChoice = (sessionId: string, choice: ExportChoice) => call<ExportChoice>("remember_export_choice", { sessionId, choice });
/** The overview as it prints, for the Export dialog's preview. */
export const exportPreview = (sessionId: string, sections: Section[], includeConfidential = false) =>
  call<PrintPreview>("export_preview", { sessionId, sections, ...withConfidential(includeConfidential) });
/** Saves a session in `format` to `path`; `mine`: the calendar limited to what is mine (the core refuses it for another format);
 *  `page`: Word's paper and Confidential marking (A4, unmarked when null); `includeConfidential`: the records marked
 *  confidential too, each marked so (left out unless asked). */
export const exportSession = (
  sessionId: string,
  format: ExportFormat,
  sections: Section[],
  path: string,
  mine = false,
  page: PageSetup | null = null,
  includeConfidential = false,
) => call<null>("export_session", { sessionId, format, sections, path, mine, page, ...withConfidential(includeConfidential) });
/** Opens the file just exported (`path`, as saved) with the system's program; the shell refuses any other file. */
export const openExport = (path: string) => call<null>("open_export", { path });
/** Shows the file just exported in its folder; the shell refuses any other file. */
export const showExportInFolder = (path: string) => call<null>("show_export_in_folder", { path });
/** Asks, in the system's save dialog the shell opens, where to save an export: the only paths `exportSession`
 *  accepts are those chosen so. `null` when the person cancels. */
export const chooseExportFile = (title: string, fileName: string, kind: string, extension: string) =>
  call<string | null>("choose_export_file", { title, fileName, kind, extension });
/** Asks, in the system's open dialog the shell opens, which bundle to import (the only paths `importBundle` accepts). */
export const chooseBundleFile = (title: string) => call<string | null>("choose_bundle_file", { title });
/** Imports that bundle: merged into its session, or `asCopy`, added beside the session here with its number, under the
 *  first free one (the core's error `bundle_session_here` names it). A sealed bundle needs its `passphrase` (the core's
 *  error `sealed_needs_passphrase` without one, `wrong_passphrase` when it does not open the file). */
export const importBundle = (path: string, asCopy = false, passphrase: string | null = null) =>
  call<ImportReport>("import_bundle", passphrase === null ? { path, asCopy } : { path, asCopy, passphrase });
/** Checks a passphrase to seal a bundle with, typed twice, before the save dialog opens (the core's rules: its length, the same twice). */
export const checkSealPassphrase = (passphrase: string, confirm: string) => call<null>("check_seal_passphrase", { passphrase, confirm });
/** Saves the session's full copy sealed with the passphrase (typed twice) to `path`, chosen in the shell's dialog. */
export const exportSealedSession = (
  sessionId: string,
  sections: Section[],
  path: string,
  passphrase: string,
  confirm: string,
  includeConfidential = false,
) => call<null>("export_sealed_session", { sessionId, sections, path, passphrase, confirm, ...withConfidential(includeConfidential) });
/** Sets the window's own title (the page's title is not the window's on every system). */
export const setWindowTitle = (title: string) => call<null>("set_window_title", { title });
export const getSettings = () => call<Settings>("get_settings");
export const saveSettings = (settings: Settings) => call<Settings>("save_settings", { settings });
/** How many words fit `seconds` at `wordsPerMinute`, as the core counts them (rounded down). */
export const wordsThatFit = (wordsPerMinute: number, seconds: number) => call<number>("words_that_fit", { wordsPerMinute, seconds });

// Backups
export const listBackups = () => call<Backup[]>("list_backups");
export const backUpNow = () => call<Backup>("back_up_now");
/** Restores one of the listed backups (a copy of the current file is kept first); reload the app afterwards. */
export const restoreBackup = (path: string) => call<Restored>("restore_backup", { path });
/** Opens another existing file, when the database could not be opened. */
export const openDatabase = (path: string) => call<Startup>("open_database", { path });
/** Moves a database that could not be opened aside and starts a new one; returns where the old file went. */
export const startNewDatabase = () => call<string>("start_new_database");
