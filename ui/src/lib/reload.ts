// Starts the interface again from the shell's current state (after the database was swapped under it).
export function reloadApp(): void {
  window.location.reload();
}
