// The Undo offered after a session is deleted (from its overview, after a confirmation: everything in it goes with
// it): shown on the sessions list, it brings the session back with everything in it and opens it; once the offer
// ends, the core forgets the text of everything in it.
import { forgetDeleted, restoreSession } from "./api";
import type { Session } from "./bindings";
import { router } from "./router.svelte";
import { sessions } from "./sessions.svelte";
import { UndoOffer } from "./undo.svelte";

export const sessionUndo = new UndoOffer<Session>({
  said: (s) => `${s.name} deleted, with everything in it.`,
  seconds: 10,
  restore: async (s) => {
    const back = await restoreSession(s.id);
    await sessions.refresh();
    router.openSession(back.id);
  },
  letGo: (s) => void forgetDeleted(s.id).catch(() => {}),
  afterwards: "screen-title",
});
