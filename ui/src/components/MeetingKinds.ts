// The Council's meeting kinds as the UI names them, in the core's display order (MeetingKind in core/src/domain/meeting.rs).
import type { MeetingKind } from "../lib/bindings";

/** Every kind's label; the Record type makes the compiler ask for a label when the core adds a kind. */
const LABELS: Record<MeetingKind, string> = {
  "interactive-dialogue": "Interactive dialogue",
  "general-debate": "General debate",
  panel: "Panel discussion",
  "upr-adoption": "UPR outcome adoption",
  voting: "Voting on draft proposals",
  "high-level-segment": "High-level segment",
  other: "Other",
};

/** The kinds, in the order a menu lists them. */
export const MEETING_KINDS: readonly { value: MeetingKind; label: string }[] = (Object.keys(LABELS) as MeetingKind[]).map((value) => ({
  value,
  label: LABELS[value],
}));

/** "Interactive dialogue". */
export function meetingKindLabel(kind: MeetingKind): string {
  return LABELS[kind] ?? kind;
}
