//! hrc-bench: builds a ten-year HRC Planner database from a seed and measures the core on it
//! against the budgets of DESIGN.md and against the same queries run by the `sqlite3` tool.
pub mod generate;
pub mod run;
