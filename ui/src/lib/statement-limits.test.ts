// The editor's hints name the default limits: settings' speaking times once read, the usual ones before.
import { describe, expect, it } from "vitest";
import type { Settings } from "./bindings";
import { defaultSecondsHint, defaultWordsHint, meetingSecondsHint } from "./statement-limits";

describe("the default limits in the hints", () => {
  it("name the usual speaking times until settings are read, then settings' own", () => {
    expect(defaultSecondsHint(null)).toBe("Empty for the default: 1:30 in a general debate, 2:00 elsewhere.");
    const settings = { general_debate_seconds: 60, other_seconds: 150 } as Settings;
    expect(defaultSecondsHint(settings)).toBe("Empty for the default: 1:00 in a general debate, 2:30 elsewhere.");
  });

  it("name the written limits by ECOSOC status", () => {
    expect(defaultWordsHint()).toBe("Empty for the default: 2,000 words with general ECOSOC status, 1,500 otherwise.");
  });

  it("name the meeting's own speaking time, or the default the core gives at that meeting", () => {
    expect(meetingSecondsHint(180, true)).toBe("Empty for this meeting's speaking time: 3:00.");
    expect(meetingSecondsHint(90, false)).toBe("Empty for the default at this meeting: 1:30.");
  });
});
