//! axe-core over the screen the app shows: its source (ui/node_modules/axe-core, a dev dependency of
//! the interface) is run as the body of WebDriver's execute-script, since the window's CSP rightly
//! refuses script elements and `eval`; then `axe.run` is asked for the WCAG 2.2 A and AA rules.
use std::path::PathBuf;

use serde_json::Value;

use crate::App;

/// The rules a WCAG 2.2 AA audit runs.
const TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// One rule broken on the screen, as axe reports it.
#[derive(Debug, Clone)]
pub struct Violation {
    pub rule: String,
    pub impact: String,
    pub help: String,
    /// Each node's CSS target and axe's summary of what is wrong with it.
    pub nodes: Vec<(String, String)>,
}

impl Violation {
    /// Serious and critical violations fail the audit; moderate and minor ones are reported.
    pub fn is_serious(&self) -> bool {
        matches!(self.impact.as_str(), "serious" | "critical")
    }
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{} ({}): {}", self.rule, self.impact, self.help)?;
        for (target, summary) in &self.nodes {
            writeln!(f, "  at {target}")?;
            for line in summary.lines() {
                writeln!(f, "    {line}")?;
            }
        }
        Ok(())
    }
}

/// axe-core's built source.
fn source() -> String {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (install the interface's packages: cd ui && npm ci)",
            path.display()
        )
    })
}

impl App {
    /// Runs axe over the whole window as it is now (loading axe first if this page has not got it)
    /// and returns every WCAG 2.2 A/AA violation it finds.
    pub async fn axe(&self) -> Vec<Violation> {
        let loaded = self
            .client
            .execute("return typeof window.axe === 'object';", vec![])
            .await
            .unwrap_or_else(|e| panic!("asking whether axe is loaded: {e}"));
        if loaded != Value::Bool(true) {
            self.load_axe().await;
        }
        let result = self
            .client
            .execute_async(
                r#"const [tags, done] = arguments;
                   axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
                     .then((r) => done(JSON.stringify(r.violations.map((v) => ({
                       rule: v.id, impact: v.impact || "", help: v.help,
                       nodes: v.nodes.map((n) => [JSON.stringify(n.target), n.failureSummary || ""]),
                     })))), (e) => done(JSON.stringify({ error: String(e) })));"#,
                vec![serde_json::json!(TAGS)],
            )
            .await
            .unwrap_or_else(|e| panic!("running axe: {e}"));
        let parsed: Value = serde_json::from_str(result.as_str().unwrap_or("null"))
            .unwrap_or_else(|e| panic!("axe's answer {result}: {e}"));
        if let Some(error) = parsed.get("error") {
            panic!("axe failed: {error}");
        }
        parsed
            .as_array()
            .expect("a list of violations")
            .iter()
            .map(|v| Violation {
                rule: v["rule"].as_str().unwrap_or_default().into(),
                impact: v["impact"].as_str().unwrap_or_default().into(),
                help: v["help"].as_str().unwrap_or_default().into(),
                nodes: v["nodes"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|n| {
                        (
                            n[0].as_str().unwrap_or_default().into(),
                            n[1].as_str().unwrap_or_default().into(),
                        )
                    })
                    .collect(),
            })
            .collect()
    }

    /// Defines `window.axe` by running its source as a script body.
    async fn load_axe(&self) {
        self.client
            .execute(&source(), vec![])
            .await
            .unwrap_or_else(|e| panic!("loading axe-core into the window: {e}"));
    }
}
