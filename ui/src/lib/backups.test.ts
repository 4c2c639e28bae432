// How backups read: the time taken, the size, the file name and folder.
import { describe, expect, it } from "vitest";
import type { Backup } from "./bindings";
import { backupTimes, fileName, folderOf, formatSize, formatTakenAt } from "./backups";

const backup: Backup = {
  path: "/home/ana/.local/share/hrc-planner/backups/hrc-planner-2018-06-27T103000.000Z.db",
  file_name: "hrc-planner-2018-06-27T103000.000Z.db",
  taken_at: "2018-06-27T10:30:00Z",
  size_bytes: 345_000,
  kind: "routine",
};

describe("backups", () => {
  it("says when a backup was taken in the person's time", () => {
    expect(formatTakenAt(backup.taken_at, "Europe/Zurich")).toBe("27 June 2018 at 12:30");
    expect(formatTakenAt(backup.taken_at, "UTC")).toBe("27 June 2018 at 10:30");
  });

  it("tells apart backups taken in the same minute by their seconds", () => {
    const sameMinute = { ...backup, path: "/b/second.db", taken_at: "2018-06-27T10:30:41.500Z" };
    const dayBefore = { ...backup, path: "/b/before.db", taken_at: "2018-06-26T10:30:00Z" };
    const times = backupTimes([sameMinute, backup, dayBefore], "UTC");
    expect([...times.values()]).toEqual(["27 June 2018 at 10:30:41", "27 June 2018 at 10:30:00", "26 June 2018 at 10:30"]);
  });

  it("gives sizes as a person reads them", () => {
    expect(formatSize(812)).toBe("812 bytes");
    expect(formatSize(345_000)).toBe("345 KB");
    expect(formatSize(345_001)).toBe("346 KB");
    expect(formatSize(3_400_000)).toBe("3.4 MB");
  });

  it("finds the file name and the folder on any system", () => {
    expect(fileName(backup.path)).toBe(backup.file_name);
    expect(folderOf(backup)).toBe("/home/ana/.local/share/hrc-planner/backups");
    expect(fileName("C:\\Users\\ana\\backups\\a.db")).toBe("a.db");
    expect(folderOf({ ...backup, path: "C:\\Users\\ana\\backups\\a.db" })).toBe("C:\\Users\\ana\\backups");
  });
});
