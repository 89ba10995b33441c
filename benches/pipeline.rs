//! Benchmarks of the whole pipeline at growing sizes, reporting time and peak memory
//! (numbers, not pass/fail). Run: `cargo bench --bench pipeline` (all sizes) or
//! `cargo bench --bench pipeline -- --rows 1200000` (one size).
//!
//! Each size runs in its own process so the peak RSS (VmHWM) belongs to that size alone.

use std::time::Instant;

use kvalitetspeng::domain::{Lang, calculate};
use kvalitetspeng::generate::{GenSpec, results_csv, rules};
use kvalitetspeng::io::audit::Audit;
use kvalitetspeng::io::export_csv::{explanation_csv, payout_csv};
use kvalitetspeng::io::export_xlsx::payout_xlsx;
use kvalitetspeng::io::results_csv::parse_results;

const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_200_000];
const REPEATS: usize = 3;

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.split_whitespace().nth(1).unwrap_or("0").parse::<f64>().unwrap_or(0.0)))
        .unwrap_or(0.0)
        / 1024.0
}

/// Best of `REPEATS` runs, in milliseconds.
fn best_ms<T>(mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::MAX;
    let mut out = None;
    for _ in 0..REPEATS {
        let t = Instant::now();
        let r = f();
        best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        out = Some(r);
    }
    (best, out.expect("ran"))
}

fn one_size(rows: usize) {
    let spec = GenSpec::with_rows(rows);
    let rules = rules(&spec);
    let mut csv = Vec::new();
    results_csv(&spec, &mut csv).unwrap();
    let rss_before = peak_rss_mb();
    let (import_ms, results) = best_ms(|| parse_results(&csv, "bench.csv").unwrap());
    let (calc_ms, calc) = best_ms(|| calculate(&rules, &results).unwrap());
    let (csv_ms, _) = best_ms(|| (payout_csv(&calc, Lang::Sv), explanation_csv(&calc, Lang::Sv)));
    let audit = Audit {
        app_version: "bench".into(),
        rules_file: "rules.ron".into(),
        rules_sha256: String::new(),
        results_file: "bench.csv".into(),
        results_sha256: results.source_sha256.clone(),
        calculated_at: String::new(),
    };
    let (xlsx_ms, _) = best_ms(|| payout_xlsx(&calc, &rules, &audit, Lang::Sv).unwrap());
    println!(
        "{:>9} rows {:>5} providers | import {:>8.1} ms | score+explain {:>7.1} ms | CSV export {:>6.1} ms | XLSX export {:>7.1} ms | peak RSS {:>6.1} MB (input text {:.1} MB, before import {:.1} MB)",
        spec.rows(),
        spec.providers,
        import_ms,
        calc_ms,
        csv_ms,
        xlsx_ms,
        peak_rss_mb(),
        csv.len() as f64 / 1e6,
        rss_before
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--rows") {
        one_size(args[i + 1].parse().expect("--rows N"));
        return;
    }
    if args.iter().any(|a| a == "--list") {
        return;
    }
    println!("Kvalitetspeng pipeline benchmark (best of {REPEATS}; generated data, 20 indicators × 12 months per provider)");
    let exe = std::env::current_exe().unwrap();
    for rows in SIZES {
        let status = std::process::Command::new(&exe).arg("--rows").arg(rows.to_string()).status().unwrap();
        assert!(status.success());
    }
}
