// Whether the database is protected by a passphrase and the idle lock's state: read by the lock (lock.svelte.ts)
// and by what must not write a person's text outside the encrypted database (statement-draft.ts).

/** Whether the database is protected (App on start), and the idle minutes before locking (0 = never). */
export const locking = $state({ protected: false, idleMinutes: 0, busy: false, problem: null as string | null });
