// Locking: Ctrl+L (only when the database is protected), the notes saved before the shell locks and the page
// reloads, a note that could not be saved keeping the window open, and the idle timer that any key or click restarts.
import { afterEach, describe, expect, it, vi } from "vitest";
import { holdIdleLock, lockApp, locking, lockWhenIdle } from "./lock.svelte";
import { shortcutFor } from "./shortcuts.svelte";

const ctrlL = () => new KeyboardEvent("keydown", { key: "l", code: "KeyL", ctrlKey: true });

afterEach(() => {
  locking.protected = false;
  locking.problem = null;
  vi.useRealTimers();
});

describe("lock", () => {
  it("Ctrl+L is the lock shortcut only when the database is protected", () => {
    expect(shortcutFor(ctrlL())).toBeNull();
    locking.protected = true;
    expect(shortcutFor(ctrlL())).toEqual({ kind: "lock" });
    expect(shortcutFor(new KeyboardEvent("keydown", { key: "l", code: "KeyL", ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it("saves every note, then locks and reloads, in that order", async () => {
    locking.protected = true;
    const steps: string[] = [];
    const done = await lockApp({
      save: async () => (steps.push("save"), true),
      lock: async () => steps.push("lock"),
      reload: () => steps.push("reload"),
    });
    expect(done).toBe(true);
    expect(steps).toEqual(["save", "lock", "reload"]);
  });

  it("does not lock when a note could not be saved, nor a plain database", async () => {
    const lock = vi.fn(async () => null);
    const reload = vi.fn();
    expect(await lockApp({ save: async () => true, lock, reload })).toBe(false);
    locking.protected = true;
    expect(await lockApp({ save: async () => false, lock, reload })).toBe(false);
    expect(locking.problem).toBe("Not locked: a note or statement could not be saved. Copy its text or correct it, then lock again.");
    expect(lock).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it("locks after the idle minutes, each key or click starting them again; 0 never locks", () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const lock = vi.fn();
    const stop = lockWhenIdle(10, lock, target);
    vi.advanceTimersByTime(9 * 60_000);
    target.dispatchEvent(new Event("keydown"));
    vi.advanceTimersByTime(9 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(lock).toHaveBeenCalledOnce();
    stop();

    const never = vi.fn();
    lockWhenIdle(0, never, target);
    vi.advanceTimersByTime(24 * 60 * 60_000);
    expect(never).not.toHaveBeenCalled();
  });

  it("does not lock by itself while held (deliver mode open), and does once the hold is released", () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const lock = vi.fn();
    const release = holdIdleLock();
    const stop = lockWhenIdle(10, lock, target);
    vi.advanceTimersByTime(45 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    release();
    release(); // twice is once
    vi.advanceTimersByTime(10 * 60_000);
    expect(lock).toHaveBeenCalledOnce();
    stop();
  });
});
