//! hrc-bench: builds a ten-year HRC Planner database from a seed and measures the core on it
//! against the budgets of DESIGN.md and against the same queries run by the `sqlite3` tool;
//! also watches the desktop app's window for its first paint (`scripts/app-start`).
pub mod generate;
pub mod paint;
pub mod run;
