// The editor's draft: limits as typed ("1:30", "2,000"), the input the core receives, and the local safety copy.
import { beforeEach, describe, expect, it } from "vitest";
import { backupKey, clearBackup, draftOf, inputOf, loadBackup, newDraft, parseSeconds, parseWords, sameDraft, saveBackup } from "./statement-draft";
import { HRC38, SESSION_ID } from "../test/statement-data";

beforeEach(() => localStorage.clear());

describe("StatementDraft", () => {
  it("reads a spoken limit in seconds or minutes and seconds, empty for the default", () => {
    expect(parseSeconds("90")).toEqual({ ok: true, value: 90 });
    expect(parseSeconds(" 1:30 ")).toEqual({ ok: true, value: 90 });
    expect(parseSeconds("")).toEqual({ ok: true, value: null });
    expect(parseSeconds("0")).toEqual({ ok: true, value: 0 }); // The core says what is wrong with zero.
    expect(parseSeconds("90s")).toEqual({ ok: true, value: 90 });
    expect(parseSeconds("90 sec")).toEqual({ ok: true, value: 90 });
    expect(parseSeconds("2 min")).toEqual({ ok: true, value: 120 });
    expect(parseSeconds("1:75").ok).toBe(false);
    expect(parseSeconds("ninety")).toEqual({ ok: false, message: expect.stringMatching(/^The limit is minutes and seconds, such as 1:30/) });
  });

  it("shows a stored spoken limit in minutes and seconds, the same limit however it was typed", () => {
    const d = draftOf({ ...HRC38[1], kind: "oral", limit_seconds: 90, limit_words: null });
    expect(d.limitSeconds).toBe("1:30");
    expect(sameDraft(d, { ...d, limitSeconds: "90" })).toBe(true);
    expect(sameDraft(d, { ...d, limitSeconds: "90s" })).toBe(true);
    expect(sameDraft(d, { ...d, limitSeconds: "2:00" })).toBe(false);
  });

  it("reads a word limit with thousands separators", () => {
    expect(parseWords("2,000")).toEqual({ ok: true, value: 2000 });
    expect(parseWords("1 500")).toEqual({ ok: true, value: 1500 });
    expect(parseWords("")).toEqual({ ok: true, value: null });
    expect(parseWords("lots").ok).toBe(false);
  });

  it("sends only the limit the kind uses, and names the field whose text is not a number", () => {
    const oral = { ...newDraft(), title: "GD", limitSeconds: "1:30", limitWords: "2000" };
    const result = inputOf(oral);
    expect(result.ok && result.input).toMatchObject({ title: "GD", kind: "oral", limit_seconds: 90, limit_words: null, meeting_id: null, speaker: null });

    const written = { ...oral, kind: "written" as const };
    expect(inputOf(written).ok && (inputOf(written) as { input: { limit_words: number } }).input.limit_words).toBe(2000);

    expect(inputOf({ ...oral, limitSeconds: "soon" })).toEqual({ ok: false, field: "limit_seconds", message: expect.stringContaining("1:30") });
  });

  it("compares drafts regardless of link order", () => {
    const a = draftOf({ ...HRC38[1], situation_ids: ["bdi", "syr"] });
    expect(sameDraft(a, { ...a, situationIds: ["syr", "bdi"] })).toBe(true);
    expect(sameDraft(a, { ...a, text: a.text + "!" })).toBe(false);
  });

  it("keeps a safety copy per statement and one per session for a new statement", () => {
    const key = backupKey(SESSION_ID, "gd4");
    expect(backupKey(SESSION_ID, null)).not.toBe(key);
    saveBackup(key, { ...draftOf(HRC38[1]), speaker: "Salma" }, HRC38[1].updated_at);
    expect(loadBackup(key)?.draft.speaker).toBe("Salma");
    expect(loadBackup(key)?.base_updated_at).toBe(HRC38[1].updated_at);
    clearBackup(key);
    expect(loadBackup(key)).toBeNull();

    localStorage.setItem(key, "{not json");
    expect(loadBackup(key)).toBeNull();
  });
});
