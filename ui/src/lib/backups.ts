// How backups read in the UI: when each was taken (the computer's own time), its size, its file name.
import type { Backup } from "./bindings";

/** "27 June 2018 at 12:30" (with `seconds`, "… at 12:30:05") in the computer's time zone (or `timeZone`, for tests). */
export function formatTakenAt(iso: string, timeZone?: string, seconds = false): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: seconds ? "2-digit" : undefined,
    timeZone,
  }).format(new Date(iso));
}

/** When each backup was taken, by path: to the minute, or to the second where two share a minute. */
export function backupTimes(backups: Backup[], timeZone?: string): Map<string, string> {
  const minutes = backups.map((b) => formatTakenAt(b.taken_at, timeZone));
  return new Map(
    backups.map((b, i) => {
      const shared = minutes.filter((m) => m === minutes[i]).length > 1;
      return [b.path, shared ? formatTakenAt(b.taken_at, timeZone, true) : minutes[i]];
    }),
  );
}

/** "812 bytes", "64 KB", "3.4 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.ceil(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The last part of a path, whichever separator the system uses. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The folder a backup sits in: where HRC Planner keeps them. */
export function folderOf(backup: Backup): string {
  return backup.path.slice(0, backup.path.length - fileName(backup.path).length).replace(/[\\/]$/, "");
}

/** What a backup is, in words: "Backup" or "Before a restore". */
export function describeKind(backup: Backup): string {
  return backup.kind === "before-restore" ? "Your data just before a restore" : "Backup";
}
