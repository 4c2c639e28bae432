//! The benchmark's report: each figure beside its budget and beside the `sqlite3` floor, as
//! JSON and as a table a person reads.
use serde::Serialize;

use super::encrypted::Encrypted;
use super::sample::Sample;

/// One measured figure.
#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    /// A short stable key, e.g. `search`.
    pub key: String,
    /// What was measured, in words.
    pub what: String,
    pub runs: usize,
    pub p50_ms: f64,
    pub p95_ms: f64,
    /// Median time on a CPU: the work without waiting for the disk or other programs.
    pub cpu_p50_ms: f64,
    pub cpu_p95_ms: f64,
    /// The budget the p95 is held to, when there is one.
    pub budget_ms: Option<f64>,
    /// Where the budget comes from.
    pub budget_source: &'static str,
    pub within_budget: Option<bool>,
    /// The same queries run by the `sqlite3` tool on the same file (one run, ms).
    pub sqlite3_ms: Option<f64>,
    /// p50 ÷ sqlite3: how many times the floor the core takes.
    pub ratio: Option<f64>,
    /// Anything else worth knowing (per-query figures, sizes).
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub detail: serde_json::Value,
}

impl Figure {
    /// A figure from a sample, held to `budget` (ms, on the p95).
    pub fn new(
        key: impl Into<String>,
        what: impl Into<String>,
        sample: &Sample,
        budget: Option<(f64, &'static str)>,
    ) -> Figure {
        let p95 = sample.p95();
        Figure {
            key: key.into(),
            what: what.into(),
            runs: sample.ms.len(),
            p50_ms: sample.p50(),
            p95_ms: p95,
            cpu_p50_ms: sample.cpu_p50(),
            cpu_p95_ms: sample.cpu_quantile(0.95),
            budget_ms: budget.map(|b| b.0),
            budget_source: budget.map_or("", |b| b.1),
            within_budget: budget.map(|b| p95 <= b.0),
            sqlite3_ms: None,
            ratio: None,
            detail: serde_json::Value::Null,
        }
    }

    /// Sets the `sqlite3` floor and the ratio.
    pub fn floor(mut self, sqlite3_ms: Option<f64>) -> Figure {
        self.sqlite3_ms = sqlite3_ms;
        self.ratio = sqlite3_ms.filter(|f| *f > 0.0).map(|f| self.p50_ms / f);
        self
    }

    pub fn detail(mut self, detail: serde_json::Value) -> Figure {
        self.detail = detail;
        self
    }
}

/// The machine the figures were taken on.
#[derive(Debug, Clone, Serialize)]
pub struct Machine {
    pub cpu: String,
    pub cores: usize,
    pub memory_gib: f64,
    pub os: String,
    pub sqlite_bundled: String,
    pub sqlite3_tool: Option<String>,
}

impl Machine {
    /// Reads what Linux says about this machine (blank elsewhere).
    pub fn here(sqlite3_tool: Option<String>) -> Machine {
        let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
        let field = |text: &str, key: &str| {
            text.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_once([':', '=']))
                .map(|(_, v)| v.trim().trim_matches('"').to_string())
                .unwrap_or_default()
        };
        let kib: f64 = field(&read("/proc/meminfo"), "MemTotal")
            .trim_end_matches("kB")
            .trim()
            .parse()
            .unwrap_or(0.0);
        Machine {
            cpu: field(&read("/proc/cpuinfo"), "model name"),
            cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
            memory_gib: (kib / 1024.0 / 1024.0 * 10.0).round() / 10.0,
            os: field(&read("/etc/os-release"), "PRETTY_NAME"),
            sqlite_bundled: rusqlite::version().to_string(),
            sqlite3_tool,
        }
    }
}

/// What the database held.
#[derive(Debug, Clone, Serialize)]
pub struct Database {
    pub path: String,
    pub bytes: u64,
    pub sessions: usize,
    pub statements: u64,
    pub side_events: u64,
    pub notes: u64,
    /// The session measured.
    pub session: String,
    pub session_statements: u32,
    pub session_side_events: u32,
    pub session_notes: u32,
}

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub machine: Machine,
    pub database: Database,
    pub figures: Vec<Figure>,
    /// The same figures with encryption on, when taken.
    pub encrypted: Option<Encrypted>,
}

fn ms(v: f64) -> String {
    if v.is_nan() {
        "–".into()
    } else if v < 10.0 {
        format!("{v:.2}")
    } else {
        format!("{v:.1}")
    }
}

impl Report {
    /// The figures as Markdown tables (readable as plain text too): encryption off, then on.
    pub fn table(&self) -> String {
        let mut out = figures_table(&self.figures);
        let Some(on) = &self.encrypted else {
            return out;
        };
        out.push_str(
            "\nWith encryption on (an encrypted copy; the sqlite3 floor is the plain file's):\n\n",
        );
        out.push_str(&figures_table(&on.figures));
        out.push_str(
            "\nOverhead of encryption (p50, wall-clock and CPU):\n\n| figure | off ms | on ms | overhead ms | overhead % | CPU off | CPU on | CPU overhead % |\n|---|---:|---:|---:|---:|---:|---:|---:|\n",
        );
        for o in &on.overhead {
            let cpu = (o.cpu_p50_on_ms - o.cpu_p50_off_ms) / o.cpu_p50_off_ms * 100.0;
            out.push_str(&format!(
                "| {} | {} | {} | {:+.2} | {:+.0} % | {} | {} | {:+.0} % |\n",
                o.what,
                ms(o.p50_off_ms),
                ms(o.p50_on_ms),
                o.ms,
                o.percent,
                ms(o.cpu_p50_off_ms),
                ms(o.cpu_p50_on_ms),
                cpu
            ));
        }
        out.push_str("\nUnlocking:\n\n");
        out.push_str(&figures_table(&on.unlock));
        out.push_str("\nConverting the whole file:\n\n| conversion | ms | CPU ms | MB |\n|---|---:|---:|---:|\n");
        for c in &on.conversions {
            out.push_str(&format!(
                "| {} | {:.0} | {:.0} | {} |\n",
                c.what,
                c.ms,
                c.cpu_ms,
                c.bytes / 1_000_000
            ));
        }
        out
    }

    /// The figures that missed their budget, encryption off and on.
    pub fn missed(&self) -> Vec<&Figure> {
        let on = self
            .encrypted
            .iter()
            .flat_map(|e| e.figures.iter().chain(&e.unlock));
        self.figures
            .iter()
            .chain(on)
            .filter(|f| f.within_budget == Some(false))
            .collect()
    }
}

/// Figures as a Markdown table.
fn figures_table(figures: &[Figure]) -> String {
    {
        let mut out = String::from(
            "| figure | p50 ms | p95 ms | CPU p50 | CPU p95 | budget ms | within | sqlite3 ms | ×sqlite3 |\n|---|---:|---:|---:|---:|---:|:---:|---:|---:|\n",
        );
        for f in figures {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
                f.what,
                ms(f.p50_ms),
                ms(f.p95_ms),
                ms(f.cpu_p50_ms),
                ms(f.cpu_p95_ms),
                f.budget_ms.map_or("–".into(), |b| format!("{b:.0}")),
                match f.within_budget {
                    Some(true) => "yes",
                    Some(false) => "**no**",
                    None => "–",
                },
                f.sqlite3_ms.map_or("–".into(), ms),
                f.ratio.map_or("–".into(), |r| format!("{r:.1}")),
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_is_held_to_its_budget_on_the_p95() {
        let sample = Sample {
            ms: vec![1.0, 2.0, 30.0],
            cpu_ms: vec![1.0, 1.0, 1.0],
        };
        let f = Figure::new("x", "x", &sample, Some((20.0, "DESIGN.md"))).floor(Some(0.5));
        assert_eq!(f.p50_ms, 2.0);
        assert_eq!(f.within_budget, Some(false));
        assert_eq!(f.ratio, Some(4.0));
        let none = Figure::new("y", "y", &sample, None).floor(None);
        assert_eq!((none.within_budget, none.ratio), (None, None));
    }
}
