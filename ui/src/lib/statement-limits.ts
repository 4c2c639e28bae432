// The default limits the core applies to a statement saved without one, as the statement editor's hints name them:
// the core's default settings and ECOSOC word limits (generated into bindings/), never figures of our own.
import type { Settings } from "./bindings";
import { ECOSOC_STATUSES } from "./bindings/choices";
import { DEFAULT_SETTINGS } from "./bindings/reference";
import { mmss } from "./time";

/** The word limit of a written statement by an organisation with general status, and with any other. */
const generalStatus = ECOSOC_STATUSES.find((s) => s.key === "general")?.written_word_limit ?? 0;
const otherStatus = ECOSOC_STATUSES.find((s) => s.key !== "general")?.written_word_limit ?? 0;

const thousands = (n: number) => n.toLocaleString("en-GB");

/** "Empty for the default: 1:30 in a general debate, 2:00 elsewhere." (settings' own figures when read, else the
 *  core's defaults). */
export function defaultSecondsHint(settings: Settings | null): string {
  const { general_debate_seconds: gd, other_seconds: other } = settings ?? DEFAULT_SETTINGS;
  return `Empty for the default: ${mmss(gd)} in a general debate, ${mmss(other)} elsewhere.`;
}

/** The default at a chosen meeting, as the core measured the draft with its field empty: "Empty for this meeting's
 *  speaking time: 3:00." when the meeting has its own, else "Empty for the default at this meeting: 2:00." (the
 *  session's rule for its kind, or the settings). */
export function meetingSecondsHint(seconds: number, meetingHasOwn: boolean): string {
  return meetingHasOwn
    ? `Empty for this meeting's speaking time: ${mmss(seconds)}.`
    : `Empty for the default at this meeting: ${mmss(seconds)}.`;
}

/** "Empty for the default: 2,000 words with general ECOSOC status, 1,500 otherwise." */
export function defaultWordsHint(): string {
  return `Empty for the default: ${thousands(generalStatus)} words with general ECOSOC status, ${thousands(otherStatus)} otherwise.`;
}
