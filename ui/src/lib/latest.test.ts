// An answer that comes back after a newer request began is dropped; the latest one is taken, and so is its failure.
import { describe, expect, it, vi } from "vitest";
import { latest } from "./latest";

/** A promise settled by hand. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("latest", () => {
  it("drops an earlier answer that arrives after a later one", async () => {
    const line = latest();
    const [first, second] = [deferred<string>(), deferred<string>()];
    const shown: string[] = [];
    const settled = vi.fn();
    const a = line.load(() => first.promise, { answer: (v) => shown.push(v), failure: () => shown.push("failed"), settled });
    const b = line.load(() => second.promise, { answer: (v) => shown.push(v), failure: () => shown.push("failed"), settled });
    second.resolve("HRC38");
    first.resolve("HRC37");
    expect(await b).toBe(true);
    expect(await a).toBe(false);
    expect(shown).toEqual(["HRC38"]);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it("hands on the latest failure, and drops a stale one", async () => {
    const line = latest();
    const [first, second] = [deferred<string>(), deferred<string>()];
    const failures: unknown[] = [];
    const a = line.load(() => first.promise, { answer: () => {}, failure: (e) => failures.push(e) });
    first.reject(new Error("stale"));
    await a;
    expect(failures).toHaveLength(1);
    const b = line.load(() => second.promise, { answer: () => {}, failure: (e) => failures.push(e) });
    line.begin(); // a newer request begins before the answer comes back
    second.reject(new Error("dropped"));
    expect(await b).toBe(false);
    expect(failures).toHaveLength(1);
  });

  it("says whether a request begun by hand is still the latest", () => {
    const line = latest();
    const first = line.begin();
    expect(first()).toBe(true);
    const second = line.begin();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
    // Separate lines do not interfere.
    expect(latest().begin()()).toBe(true);
    expect(second()).toBe(true);
  });
});
