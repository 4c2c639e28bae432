// The default limits the core applies to a statement saved without one, as the statement editor's hints name them.
// Kept here once until the core hands them to the window (issue 14 item 2); the core, not these, decides.
import type { Settings } from "./bindings";
import { mmss } from "./time";

/** Speaking time when settings are not read yet: 90 s in a general debate, 120 s elsewhere. */
export const DEFAULT_SECONDS = { generalDebate: 90, other: 120 } as const;
/** Written statements: 2,000 words with general ECOSOC status, 1,500 otherwise. */
export const DEFAULT_WORDS = { generalStatus: 2000, other: 1500 } as const;

const thousands = (n: number) => n.toLocaleString("en-GB");

/** "Empty for the default: 1:30 in a general debate, 2:00 elsewhere." (settings' own figures when read). */
export function defaultSecondsHint(settings: Settings | null): string {
  const gd = settings?.general_debate_seconds ?? DEFAULT_SECONDS.generalDebate;
  const other = settings?.other_seconds ?? DEFAULT_SECONDS.other;
  return `Empty for the default: ${mmss(gd)} in a general debate, ${mmss(other)} elsewhere.`;
}

/** "Empty for the default: 2,000 words with general ECOSOC status, 1,500 otherwise." */
export function defaultWordsHint(): string {
  return `Empty for the default: ${thousands(DEFAULT_WORDS.generalStatus)} words with general ECOSOC status, ${thousands(DEFAULT_WORDS.other)} otherwise.`;
}
