//! Benchmarks of the whole pipeline at growing sizes, reporting time and peak memory
//! (numbers, not pass/fail). Run: `cargo bench --bench pipeline` (all sizes) or
//! `cargo bench --bench pipeline -- --rows 1200000` (one size).
//!
//! Each size runs in its own process so the peak RSS (VmHWM) belongs to that size alone.

use std::time::Instant;

use kvalitetspeng::domain::calculate;
use kvalitetspeng::domain::engine::{
    Aggregated, aggregate, aggregate_reusing, calculate_with, recalculate,
};
use kvalitetspeng::domain::explanation::Calculation;
use kvalitetspeng::domain::plan::compile;
use kvalitetspeng::domain::results::ResultSet;
use kvalitetspeng::domain::rules::{Linear, RuleSet, Scoring};
use kvalitetspeng::generate::{GenSpec, results_csv, rules};
use kvalitetspeng::io::audit::Audit;
use kvalitetspeng::io::export_csv::{explanation_csv, payout_csv};
use kvalitetspeng::io::export_xlsx::payout_xlsx;
use kvalitetspeng::io::results_csv::parse_results;
use kvalitetspeng::words::Lang;
use rust_decimal::Decimal;

const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_200_000];
const REPEATS: usize = 3;

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| {
                l.split_whitespace()
                    .nth(1)
                    .unwrap_or("0")
                    .parse::<f64>()
                    .unwrap_or(0.0)
            })
        })
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

/// Rule edits as the app recomputes them (`recalculate` in place on the aggregation it keeps),
/// median of `runs` in milliseconds, the calculation cloned outside the timing.
struct EditTimes {
    /// Two hemtjänst weights moved: nothing scored again, SÄBO untouched.
    weights_one_scheme: f64,
    /// Weights moved in both schemes.
    weights_all_schemes: f64,
    /// A scoring level of one hemtjänst indicator: that indicator scored again.
    level: f64,
    /// The same weight edit calculated from the aggregation with nothing reused.
    nothing_reused: f64,
    /// A hemtjänst indicator's id renamed (to one the results do not have): that column
    /// aggregated again and the scheme calculated again.
    indicator_renamed: f64,
    /// The first such edit, which also indexes the observations by indicator.
    first_structural_edit: f64,
}

fn edit_times(
    rules: &RuleSet,
    results: &ResultSet,
    agg: &Aggregated,
    calc: &Calculation,
    runs: usize,
) -> EditTimes {
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    // The app compiles the edited rules (validating them once) and recalculates: both timed.
    let before = compile(rules).unwrap();
    let time = |edit: &dyn Fn(&mut RuleSet)| {
        let mut edited = rules.clone();
        edit(&mut edited);
        let times = (0..runs)
            .map(|_| {
                let mut c = calc.clone();
                let t = Instant::now();
                let plan = compile(&edited).unwrap();
                recalculate(&mut c, &before, &plan, results, agg);
                let ms = t.elapsed().as_secs_f64() * 1000.0;
                drop(std::hint::black_box(c));
                ms
            })
            .collect();
        median(times)
    };
    let move_weight = |r: &mut RuleSet, si: usize| {
        let w = &mut r.schemes[si].indicators;
        w[0].weight += Decimal::ONE;
        w[1].weight -= Decimal::ONE;
    };
    let weights_one_scheme = time(&|r| move_weight(r, 0));
    let weights_all_schemes = time(&|r| {
        for si in 0..r.schemes.len() {
            move_weight(r, si)
        }
    });
    let level = time(&|r| {
        if let Scoring::Linear(Linear { upper, .. }) = &mut r.schemes[0].indicators[0].scoring {
            *upper += Decimal::ONE;
        }
    });
    let renamed = {
        let mut r = rules.clone();
        r.schemes[0].indicators[0].id = "ny_indikator".into();
        r
    };
    let renames: Vec<f64> = (0..runs)
        .map(|_| {
            let mut c = calc.clone();
            let t = Instant::now();
            let plan = compile(&renamed).unwrap();
            let a = aggregate_reusing(&plan, results, Some(agg));
            recalculate(&mut c, &before, &plan, results, &a);
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            drop(std::hint::black_box((c, a)));
            ms
        })
        .collect();
    // The first structural edit also indexes the observations by indicator (once per results).
    let first_structural_edit = renames[0];
    let indicator_renamed = median(renames);
    let mut edited = rules.clone();
    move_weight(&mut edited, 0);
    let nothing_reused = median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                let c = calculate_with(&compile(&edited).unwrap(), results, agg);
                let ms = t.elapsed().as_secs_f64() * 1000.0;
                drop(std::hint::black_box(c));
                ms
            })
            .collect(),
    );
    EditTimes {
        weights_one_scheme,
        weights_all_schemes,
        level,
        nothing_reused,
        indicator_renamed,
        first_structural_edit,
    }
}

fn one_size(rows: usize) {
    let spec = GenSpec::with_rows(rows);
    let rules = rules(&spec);
    let mut csv = Vec::new();
    results_csv(&spec, &mut csv).unwrap();
    let rss_before = peak_rss_mb();
    let (import_ms, results) = best_ms(|| parse_results(&csv, "bench.csv").unwrap());
    // The streamed reading of `calc` (from a file, folded into the plan's periods).
    let plan = compile(&rules).unwrap();
    let windows = kvalitetspeng::domain::results::Folded::windows_for(plan.periods_read()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bench.csv");
    std::fs::write(&file, &csv).unwrap();
    let (stream_ms, _) = best_ms(|| {
        kvalitetspeng::io::results_csv::read_folded(&file, "bench.csv", &windows).unwrap()
    });
    let (calc_ms, calc) = best_ms(|| calculate(&rules, &results).unwrap());
    let (csv_ms, _) = best_ms(|| {
        (
            payout_csv(&calc, Lang::Sv),
            explanation_csv(&calc, Lang::Sv),
        )
    });
    let audit = Audit {
        app_version: "bench".into(),
        rules_file: "rules.ron".into(),
        rules_sha256: String::new(),
        results_file: "bench.csv".into(),
        results_sha256: results.source_sha256.clone(),
        calculated_at: String::new(),
    };
    let (xlsx_ms, _) = best_ms(|| payout_xlsx(&calc, None, &rules, &audit, Lang::Sv).unwrap());
    // Rule edits as in the app: the aggregation is reused, the calculation updated in place.
    let agg = aggregate(&compile(&rules).unwrap(), &results);
    agg.prepare_index(&results);
    let edit = edit_times(&rules, &results, &agg, &calc, 11);
    println!(
        "{:>9} rows {:>5} providers | import {:>8.1} ms (streamed and folded {:>7.1} ms) | score+explain {:>7.1} ms | rule edit (weights, one scheme / all / a level / an indicator renamed / nothing reused) {:.1} / {:.1} / {:.1} / {:.1} / {:.1} ms | CSV export {:>6.1} ms | XLSX export {:>7.1} ms | peak RSS {:>6.1} MB (input text {:.1} MB, before import {:.1} MB)",
        spec.rows(),
        spec.providers,
        import_ms,
        stream_ms,
        calc_ms,
        edit.weights_one_scheme,
        edit.weights_all_schemes,
        edit.level,
        edit.indicator_renamed,
        edit.nothing_reused,
        csv_ms,
        xlsx_ms,
        peak_rss_mb(),
        csv.len() as f64 / 1e6,
        rss_before
    );
}

/// Frame time of the app with the payout table of a national dataset, measured with egui_kittest
/// (CPU side: layout and tessellation inputs, no GPU).
fn frame_time(providers: usize) {
    use egui_kittest::Harness;
    use kvalitetspeng::app::AppState;
    use kvalitetspeng::ui::{KvalitetspengApp, Prefs, ScriptedDialogs};
    let spec = GenSpec {
        providers,
        ..GenSpec::default()
    };
    let mut csv = Vec::new();
    results_csv(&spec, &mut csv).unwrap();
    let results = parse_results(&csv, "bench.csv").unwrap();
    let state = AppState::new(rules(&spec), None, results, None, Lang::Sv);
    let app = KvalitetspengApp::new(
        state,
        Prefs::default(),
        Box::new(ScriptedDialogs::default()),
    );
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .with_accessibility_check(false)
        .build_ui_state(|ui, app: &mut KvalitetspengApp| app.ui_root(ui), app);
    h.run();
    let measure = |h: &mut Harness<'_, KvalitetspengApp>| {
        let n = 60;
        let t = Instant::now();
        for _ in 0..n {
            h.step();
        }
        t.elapsed().as_secs_f64() * 1000.0 / n as f64
    };
    let idle = measure(&mut h);
    h.state_mut().selected = h
        .state()
        .state
        .calc
        .as_ref()
        .map(|c| c.providers[0].id.clone());
    h.run();
    let detail = measure(&mut h);
    // Sorting by payout (every frame re-sorts the visible order).
    h.state_mut().view.sort = kvalitetspeng::ui::SortColumn::Payout;
    let sorted = measure(&mut h);
    // A rule edit every frame (weight nudged back and forth), recomputed before drawing.
    let nudge_weights = |h: &mut Harness<'_, KvalitetspengApp>| {
        let t = Instant::now();
        for k in 0..30 {
            let w = &mut h.state_mut().state.rules.schemes[0].indicators;
            let d = if k % 2 == 0 {
                Decimal::ONE
            } else {
                -Decimal::ONE
            };
            w[0].weight += d;
            w[1].weight -= d;
            h.step();
        }
        t.elapsed().as_secs_f64() * 1000.0 / 30.0
    };
    let editing = nudge_weights(&mut h);
    // The same with the rules always differing from the saved ones, so that every frame also
    // compares with the saved rules' calculation and draws the Δ column and summary.
    {
        let w = &mut h.state_mut().state.rules.schemes[0].indicators;
        w[0].weight += Decimal::TWO;
        w[1].weight -= Decimal::TWO;
    }
    h.run();
    let editing_delta = nudge_weights(&mut h);
    assert!(
        h.state_mut().state.comparison().is_some(),
        "the Δ column is on"
    );
    println!(
        "frame time, {providers} providers: table {idle:.2} ms | with explanation panel {detail:.2} ms | sorted by payout {sorted:.2} ms | with a rule edit each frame {editing:.2} ms | the same with the Δ column against the saved rules {editing_delta:.2} ms"
    );
}

/// Decision support at 5 000 providers / 1.2 M rows, after loading (median of 11): a
/// comparison of two calculations, one sweep step (a rule changed and calculated from the
/// kept aggregation), and the budget solver.
fn decide_times() {
    use kvalitetspeng::domain::decide::{
        Evaluator, compare::compare, param::Param, solve::solve_budget_with,
    };
    let spec = GenSpec::default();
    let rules = rules(&spec);
    let mut csv = Vec::new();
    results_csv(&spec, &mut csv).unwrap();
    let results = parse_results(&csv, "bench.csv").unwrap();
    let mut eval = Evaluator::new(&results);
    let a = eval.calculate(&rules).unwrap();
    let p = Param::parse("hemtjanst.rate").unwrap();
    let b = eval
        .calculate(
            &p.apply(&rules, p.get(&rules).unwrap() * Decimal::TWO)
                .unwrap(),
        )
        .unwrap();
    let med = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let compare_ms = med((0..11)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(compare(&a, &b));
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect());
    let base = p.get(&rules).unwrap();
    let step_ms = med((0..11)
        .map(|k| {
            let r = p.apply(&rules, base + Decimal::from(k)).unwrap();
            let t = Instant::now();
            std::hint::black_box(eval.calculate(&r).unwrap());
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect());
    let budget = a.total_for(kvalitetspeng::domain::ServiceType::Hemtjanst) * Decimal::new(9, 1);
    let solve_ms = med((0..5)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(
                solve_budget_with(
                    &mut eval,
                    &rules,
                    kvalitetspeng::domain::ServiceType::Hemtjanst,
                    budget.round_dp(2),
                )
                .unwrap(),
            );
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect());
    println!(
        "decision support, 5000 providers (medians): compare two calculations {compare_ms:.2} ms | one sweep step {step_ms:.2} ms | budget solver {solve_ms:.2} ms"
    );
}

/// The choice of exact representation (`docs/performance.md`): the engine's typical work —
/// 5 000 providers × 20 indicators, each score Σ credit × weight with credits from
/// respondent-weighted means (denominators up to a few thousand) and weights in hundredths,
/// then the score compared with a minimum — done with the engine's `Q` (i128 with a big
/// fallback), with dashu's `RBig` alone, and with num-rational's `BigRational` alone.
fn rationals() {
    // Credits from respondent-weighted means (unrelated denominators: the sums outgrow i128)
    // and from linear scoring of decimal results (denominators of powers of ten: they stay).
    let means = |p: i64, i: i64| {
        (
            ((p * 7 + i * 13) % 97) + 1,
            ((p * 3 + i * 11) % 1_900) + 100,
        )
    };
    let decimals = |p: i64, i: i64| (((p * 7 + i * 13) % 97) + 1, 100);
    rationals_with("credits from respondent-weighted means", &means);
    rationals_with("credits from decimal results", &decimals);
}

fn rationals_with(what: &str, credit: &dyn Fn(i64, i64) -> (i64, i64)) {
    use kvalitetspeng::domain::exact::Q;
    use num_bigint::BigInt;
    use num_rational::BigRational;
    let (providers, indicators) = (5_000i64, 20i64);
    let weight = |i: i64| (5 + i % 3, 100); // 5 %, 6 %, 7 % (not summing to 1: no matter)
    let time = |f: &dyn Fn() -> usize| {
        let mut v: Vec<f64> = (0..7)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        v.sort_by(f64::total_cmp);
        v[3]
    };
    let q = time(&|| {
        let min = Q::ratio(2, 5);
        (0..providers)
            .filter(|&p| {
                let s: Q = (0..indicators)
                    .map(|i| {
                        let (n, d) = credit(p, i);
                        let (wn, wd) = weight(i);
                        &Q::ratio(n.into(), d.into()) * &Q::ratio(wn.into(), wd.into())
                    })
                    .sum();
                s >= min
            })
            .count()
    });
    let dashu = time(&|| {
        use dashu_ratio::RBig;
        let min = RBig::from_parts(2.into(), 5u8.into());
        (0..providers)
            .filter(|&p| {
                let mut s = RBig::ZERO;
                for i in 0..indicators {
                    let (n, d) = credit(p, i);
                    let (wn, wd) = weight(i);
                    s += RBig::from_parts(n.into(), (d as u64).into())
                        * RBig::from_parts(wn.into(), (wd as u64).into());
                }
                s >= min
            })
            .count()
    });
    let num = time(&|| {
        let min = BigRational::new(BigInt::from(2), BigInt::from(5));
        (0..providers)
            .filter(|&p| {
                let mut s = BigRational::from_integer(BigInt::from(0));
                for i in 0..indicators {
                    let (n, d) = credit(p, i);
                    let (wn, wd) = weight(i);
                    s += BigRational::new(n.into(), d.into())
                        * BigRational::new(wn.into(), wd.into());
                }
                s >= min
            })
            .count()
    });
    println!(
        "exact scores, 5000 providers × 20 indicators, {what} (median of 7): Q (i128, big fallback) {q:.2} ms | dashu RBig {dashu:.2} ms ({:.1}×) | num-rational BigRational {num:.2} ms ({:.1}×)",
        dashu / q,
        num / q
    );
}

/// The decision report (PDF with appendix) and a locked run with it, at national scale.
fn report_times() {
    use kvalitetspeng::io::report::{ReportInput, report_pdf};
    let spec = GenSpec::default();
    let rules = rules(&spec);
    let mut csv = Vec::new();
    results_csv(&spec, &mut csv).unwrap();
    let results = parse_results(&csv, "bench.csv").unwrap();
    let calc = kvalitetspeng::domain::calculate(&rules, &results).unwrap();
    let audit = kvalitetspeng::io::audit::Audit {
        app_version: env!("CARGO_PKG_VERSION").into(),
        rules_file: "rules.ron".into(),
        rules_sha256: "0".repeat(64),
        results_file: "results.csv".into(),
        results_sha256: results.source_sha256.clone(),
        calculated_at: "2026-03-12T10:00:00Z".into(),
    };
    let mut bytes = 0;
    let report_ms = median(
        (0..5)
            .map(|_| {
                let t = Instant::now();
                let pdf = report_pdf(
                    &ReportInput {
                        calc: &calc,
                        rules: &rules,
                        audit: &audit,
                        compared: None,
                        decision: None,
                        correction: None,
                        effect: None,
                    },
                    kvalitetspeng::words::Lang::Sv,
                )
                .unwrap();
                let ms = t.elapsed().as_secs_f64() * 1000.0;
                bytes = pdf.len();
                ms
            })
            .collect(),
    );
    let rules_text = kvalitetspeng::io::rules_ron::to_ron_string(&rules);
    let lock_input = kvalitetspeng::io::locked::LockInput {
        rules: kvalitetspeng::io::locked::InputFile {
            name: "rules.ron".into(),
            bytes: rules_text.into_bytes(),
        },
        results: kvalitetspeng::io::locked::InputFile {
            name: "results.csv".into(),
            bytes: csv.clone(),
        },
        mapping: None,
        sheet: None,
        decision_reference: None,
        locked_at: "2026-03-12T10:00:00Z".into(),
        lang: kvalitetspeng::words::Lang::Sv,
        with_report: true,
        corrects: None,
    };
    let mut archive = Vec::new();
    let lock_ms = median(
        (0..3)
            .map(|_| {
                let t = Instant::now();
                archive = kvalitetspeng::io::locked::lock(&lock_input).unwrap().0;
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    );
    let verify_ms = median(
        (0..3)
            .map(|_| {
                let t = Instant::now();
                assert!(kvalitetspeng::io::locked::verify(&archive).unwrap().ok());
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    );
    println!(
        "decision report, {} providers with appendix (median of 5): {report_ms:.0} ms, {:.1} MB | lock with report (median of 3) {lock_ms:.0} ms, archive {:.1} MB | verify {verify_ms:.0} ms",
        spec.providers,
        bytes as f64 / 1e6,
        archive.len() as f64 / 1e6
    );
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--report") {
        report_times();
        return;
    }
    if args.iter().any(|a| a == "--decide") {
        decide_times();
        return;
    }
    if args.iter().any(|a| a == "--rationals") {
        rationals();
        return;
    }
    if args.iter().any(|a| a == "--edit-loop") {
        // Rule edits on the national dataset, 101 of each (for profiling the recompute).
        let spec = GenSpec::default();
        let rules = rules(&spec);
        let mut csv = Vec::new();
        results_csv(&spec, &mut csv).unwrap();
        let results = parse_results(&csv, "bench.csv").unwrap();
        let plan = compile(&rules).unwrap();
        let agg = aggregate(&plan, &results);
        // As the app does when it loads results.
        let t = Instant::now();
        agg.prepare_index(&results);
        let index_ms = t.elapsed().as_secs_f64() * 1000.0;
        let calc = calculate_with(&plan, &results, &agg);
        let e = edit_times(&rules, &results, &agg, &calc, 101);
        let mut agg_ms: Vec<f64> = (0..11)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(aggregate(&plan, &results));
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        agg_ms.sort_by(f64::total_cmp);
        println!(
            "rule edit, {} providers (median of 101): weights in one scheme {:.2} ms | weights in all schemes {:.2} ms | a scoring level {:.2} ms | an indicator renamed {:.2} ms (the first: {:.2} ms) | nothing reused {:.2} ms | aggregating all results (median of 11) {:.2} ms | indexing them for indicator-set edits (done by the app on loading) {:.2} ms",
            spec.providers,
            e.weights_one_scheme,
            e.weights_all_schemes,
            e.level,
            e.indicator_renamed,
            e.first_structural_edit,
            e.nothing_reused,
            agg_ms[5],
            index_ms
        );
        return;
    }
    if args.iter().any(|a| a == "--frames") {
        frame_time(5000);
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--rows") {
        one_size(args[i + 1].parse().expect("--rows N"));
        return;
    }
    if args.iter().any(|a| a == "--list") {
        return;
    }
    println!(
        "Kvalitetspeng pipeline benchmark (best of {REPEATS}; generated data, 20 indicators × 12 months per provider)"
    );
    let exe = std::env::current_exe().unwrap();
    for rows in SIZES {
        let status = std::process::Command::new(&exe)
            .arg("--rows")
            .arg(rows.to_string())
            .status()
            .unwrap();
        assert!(status.success());
    }
    let status = std::process::Command::new(&exe)
        .arg("--frames")
        .status()
        .unwrap();
    assert!(status.success());
}
