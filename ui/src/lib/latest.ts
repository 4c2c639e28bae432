// Only the latest answer counts: when a screen asks the core again (another session chosen, the text typed on)
// before an earlier answer has come back, the earlier answer is dropped when it arrives, never shown over the newer.

/** A line of requests of which only the latest may speak. */
export type Latest = {
  /** Starts a request; the function returned says whether it is still the latest one. */
  begin(): () => boolean;
  /** Asks `ask` and hands on its answer (or its failure), then `settled`, only while no later request has begun;
   *  resolves to whether the answer was taken. */
  load<T>(ask: () => Promise<T>, on: { answer: (value: T) => void; failure: (error: unknown) => void; settled?: () => void }): Promise<boolean>;
};

export function latest(): Latest {
  let count = 0;
  const begin = () => {
    const mine = ++count;
    return () => mine === count;
  };
  return {
    begin,
    async load(ask, { answer, failure, settled }) {
      const current = begin();
      try {
        const value = await ask();
        if (!current()) return false;
        answer(value);
        return true;
      } catch (e) {
        if (current()) failure(e);
        return false;
      } finally {
        if (current()) settled?.();
      }
    },
  };
}
