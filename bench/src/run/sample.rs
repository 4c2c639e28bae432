//! Timing: run a piece of work a number of times after a warm-up and keep every duration.
use std::time::Instant;

use anyhow::Result;

/// Durations of repeated runs, in milliseconds: wall-clock time, and the time this thread
/// spent on a CPU (the work itself, without waiting for the disk or for other programs).
#[derive(Debug, Clone, Default)]
pub struct Sample {
    pub ms: Vec<f64>,
    pub cpu_ms: Vec<f64>,
}

/// This thread's time on a CPU so far, in milliseconds.
pub fn cpu_now() -> f64 {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    t.tv_sec as f64 * 1e3 + t.tv_nsec as f64 / 1e6
}

/// Times one piece of work: (wall ms, CPU ms).
pub fn time<T>(work: impl FnOnce() -> T) -> (T, f64, f64) {
    let cpu = cpu_now();
    let started = Instant::now();
    let out = work();
    let wall = started.elapsed().as_secs_f64() * 1000.0;
    (out, wall, cpu_now() - cpu)
}

impl Sample {
    /// Runs `work` once to warm up (not kept), then `runs` times, timing each.
    pub fn of(runs: usize, mut work: impl FnMut() -> Result<()>) -> Result<Sample> {
        work()?;
        let mut sample = Sample::default();
        for _ in 0..runs {
            let (done, wall, cpu) = time(&mut work);
            done?;
            sample.push(wall, cpu);
        }
        Ok(sample)
    }

    /// Adds one run.
    pub fn push(&mut self, wall_ms: f64, cpu_ms: f64) {
        self.ms.push(wall_ms);
        self.cpu_ms.push(cpu_ms);
    }

    /// Adds the durations of another sample.
    pub fn extend(&mut self, other: &Sample) {
        self.ms.extend_from_slice(&other.ms);
        self.cpu_ms.extend_from_slice(&other.cpu_ms);
    }

    /// The `q`-quantile of the wall-clock times (0.5 for the median, 0.95 for p95).
    pub fn quantile(&self, q: f64) -> f64 {
        quantile(&self.ms, q)
    }

    /// The median CPU time.
    pub fn cpu_p50(&self) -> f64 {
        quantile(&self.cpu_ms, 0.5)
    }

    /// The `q`-quantile of the CPU times.
    pub fn cpu_quantile(&self, q: f64) -> f64 {
        quantile(&self.cpu_ms, q)
    }

    pub fn p50(&self) -> f64 {
        self.quantile(0.5)
    }

    pub fn p95(&self) -> f64 {
        self.quantile(0.95)
    }

    pub fn total(&self) -> f64 {
        self.ms.iter().sum()
    }
}

/// The `q`-quantile of `values`, by nearest rank (NaN when there are none).
fn quantile(values: &[f64], q: f64) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = (q * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_by_nearest_rank() {
        let s = Sample {
            ms: (1..=20).rev().map(f64::from).collect(),
            cpu_ms: vec![],
        };
        assert_eq!(s.p50(), 10.0);
        assert_eq!(s.p95(), 19.0);
        assert_eq!(s.quantile(1.0), 20.0);
        assert_eq!(quantile(&[3.0], 0.95), 3.0);
        assert!(s.cpu_p50().is_nan());
        assert!(Sample::default().p50().is_nan());
    }
}
