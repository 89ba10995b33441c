//! Decision support: compare, solve and sweep, through the library and as CLI processes.

mod common;
use common::*;

use std::process::Command;

use kvalitetspeng::domain::ServiceType;
use kvalitetspeng::domain::decide::compare::{StatusChange, compare};
use kvalitetspeng::domain::decide::param::Param;
use kvalitetspeng::domain::decide::rule_changes::rule_changes;
use kvalitetspeng::domain::decide::solve::{SolveError, solve_budget};
use kvalitetspeng::domain::decide::sweep::sweep;
use kvalitetspeng::domain::rules::{PayoutBase, PayoutKind, PotKey, RuleSet};
use kvalitetspeng::words::{Lang, Text};
use rust_decimal::Decimal;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kvalitetspeng"))
}

fn run(args: &[&str]) -> (i32, String, String) {
    let o = bin().args(args).output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn s(rel: &str) -> String {
    sample(rel).display().to_string()
}

#[test]
fn worked_example_e_compare_two_rule_sets() {
    let a = calc("worked_example_b/rules.ron", "worked_example_b/results.csv");
    let b = calc(
        "worked_example_b/rules_zero_credit.ron",
        "worked_example_b/results.csv",
    );
    let c = compare(&a, &b);
    let rows: Vec<(String, String, String, String)> = c
        .providers
        .iter()
        .map(|d| {
            (
                d.name.clone(),
                d.a.unwrap().to_string(),
                d.b.unwrap().to_string(),
                d.delta().to_string(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "Norr".into(),
                "444000.00".into(),
                "444000.00".into(),
                "0.00".into()
            ),
            (
                "Söder".into(),
                "72000.00".into(),
                "72000.00".into(),
                "0.00".into()
            ),
            (
                "Öst".into(),
                "120000.00".into(),
                "72000.00".into(),
                "-48000.00".into()
            ),
        ]
    );
    assert_eq!(c.providers[2].delta_percent(), Some(d("-40.0")));
    assert_eq!(
        (c.total.a, c.total.b, c.total.delta()),
        (d("636000.00"), d("588000.00"), d("-48000.00"))
    );
    assert_eq!((c.gains, c.loses, c.unchanged), (0, 1, 2));
    // Δ sums equal the difference of the totals exactly, per group too.
    let sum: rust_decimal::Decimal = c.providers.iter().map(|p| p.delta()).sum();
    assert_eq!(sum, b.total() - a.total());
}

#[test]
fn compare_marks_status_changes_and_providers_on_one_side() {
    // The sample municipality this year against itself with a harder minimum score.
    let rules_a = rules("sjovik/rules.ron");
    let mut rules_b = rules_a.clone();
    rules_b.schemes[0].qualification.min_score_percent = Some(d("60"));
    let x = results("sjovik/results.csv");
    let a = kvalitetspeng::domain::calculate(&rules_a, &x).unwrap();
    let b = kvalitetspeng::domain::calculate(&rules_b, &x).unwrap();
    let c = compare(&a, &b);
    assert!(
        c.providers
            .iter()
            .any(|p| p.change == StatusChange::LostQualification),
        "{c:?}"
    );
    assert_eq!(c.total.delta(), b.total() - a.total());
    // One provider removed from B's results: listed as only in A.
    let mut fewer = x.clone();
    let gone = fewer.providers[0].id.clone();
    fewer.observations.retain(|o| o.provider != 0);
    fewer.providers.remove(0);
    for o in &mut fewer.observations {
        o.provider -= 1;
    }
    let b = kvalitetspeng::domain::calculate(&rules_a, &fewer).unwrap();
    let c = compare(&a, &b);
    let only_a: Vec<&str> = c
        .providers
        .iter()
        .filter(|p| p.change == StatusChange::OnlyInA)
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(only_a, [gone.as_str()]);
    assert_eq!(c.only_in_a, 1);
}

#[test]
fn worked_example_d_budget_solver() {
    let s = solve_budget(
        &rules("worked_example_b/rules.ron"),
        &results("worked_example_b/results.csv"),
        ServiceType::Hemtjanst,
        d("500000"),
    )
    .unwrap();
    assert_eq!(
        (s.rate, s.total, s.next_total),
        (d("9.43"), d("499790.00"), d("500320.00"))
    );
    // A pot has no rate to solve; a scheme that does not exist is named.
    let e = solve_budget(
        &rules("worked_example_a/rules.ron"),
        &results("worked_example_a/results.csv"),
        ServiceType::Sabo,
        d("1"),
    );
    assert_eq!(e, Err(SolveError::Pot));
    let e = solve_budget(
        &rules("worked_example_a/rules.ron"),
        &results("worked_example_a/results.csv"),
        ServiceType::Hemtjanst,
        d("1"),
    );
    assert_eq!(e, Err(SolveError::NoScheme(ServiceType::Hemtjanst)));
}

/// With a fallback share paid, the exact rate pays the budget less the fallback amounts as
/// paid (each rounded to öre, since they do not depend on the rate): here Öst's 50 % of
/// 333,33 kr is 166,665 kr, paid as 166,67 kr, and the rate-dependent 43 000 score-hours
/// (Norr 37 000, Söder 6 000) share 500 000 − 166,67 kr.
#[test]
fn the_exact_rate_subtracts_the_fallback_amounts_as_paid() {
    use kvalitetspeng::domain::exact::Q;
    use kvalitetspeng::domain::rules::MissingDataPolicy;
    let mut r = rules("worked_example_b/rules.ron");
    r.schemes[0].missing_data = MissingDataPolicy::FallbackShare(d("50"));
    let mut x = results("worked_example_b/results.csv");
    for p in &mut x.providers {
        p.previous_payout = Some(d("333.33"));
    }
    let s = solve_budget(&r, &x, ServiceType::Hemtjanst, d("500000")).unwrap();
    assert_eq!(s.exact_rate, Q::ratio(49_983_333, 4_300_000));
    // The highest rate in whole öre within the budget: 11,62 kr/h (43 000 × 11,62 + 166,67 =
    // 499 826,67; 11,63 would cost 500 256,67).
    assert_eq!(
        (s.rate, s.total, s.next_total),
        (d("11.62"), d("499826.67"), d("500256.67"))
    );
}

#[test]
fn a_weight_sweep_keeps_the_sum_and_a_rate_sweep_is_linear() {
    let r = rules("worked_example_b/rules.ron");
    let x = results("worked_example_b/results.csv");
    let p = Param::parse("hemtjanst.rate").unwrap();
    let sw = sweep(&r, &x, &p, d("10"), d("12"), 3).unwrap();
    let totals: Vec<String> = sw.steps.iter().map(|s| s.total.to_string()).collect();
    assert_eq!(totals, ["530000.00", "583000.00", "636000.00"]); // 53 000 score-hours
    let id = &r.schemes[0].indicators[0].id;
    let p = Param::parse(&format!("hemtjanst.{id}.weight")).unwrap();
    let sw = sweep(&r, &x, &p, d("0"), d("100"), 5).unwrap();
    assert!(
        sw.steps.iter().all(|s| s.problems.is_empty()),
        "weights stay valid: {sw:?}"
    );
}

/// The budget is for the kvalitetspeng before withholding and deductions: the sweep's line
/// that the budget is drawn against crosses it where `solve` puts the rate. Example I pays
/// 10 kr/h on 19 500 full-score hours and deducts 1 % of 2 000 000 kr from I1 and I2, so the
/// net is 40 000 kr below the kvalitetspeng at every rate.
#[test]
fn the_sweeps_budget_line_is_the_solvers_budget() {
    let r = rules("worked_example_i/rules.ron");
    let x = results("worked_example_i/results.csv");
    let s = solve_budget(&r, &x, ServiceType::Hemtjanst, d("150000")).unwrap();
    assert_eq!(
        (s.rate, s.total, s.next_total),
        (d("7.69"), d("149955.00"), d("150150.00"))
    );
    let p = Param::parse("hemtjanst.rate").unwrap();
    let sw = sweep(&r, &x, &p, d("7"), d("8"), 101).unwrap();
    assert!(sw.has_adjustments());
    let (within, over) = sw.budget_crossing(d("150000")).expect("crosses the budget");
    assert_eq!(
        (within.value, within.gross, over.value, over.gross),
        (s.rate, s.total, s.next_rate, s.next_total)
    );
    assert_eq!(within.total, s.total - d("40000"), "the net is apart");
    // The net does not reach the budget anywhere in the range: charting it would put the
    // crossing nowhere near the solver's rate.
    assert!(sw.steps.iter().all(|st| st.total < d("150000")));
}

#[test]
fn cli_compare_solve_and_sweep() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("diff.csv");
    let (code, stdout, stderr) = run(&[
        "compare",
        "--rules",
        &s("worked_example_b/rules.ron"),
        "--rules-b",
        &s("worked_example_b/rules_zero_credit.ron"),
        "--results",
        &s("worked_example_b/results.csv"),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("−48 000,00"), "{stdout}");
    assert!(
        stdout.contains("0 får mer, 1 får mindre, 2 är oförändrade"),
        "{stdout}"
    );
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(
        csv.contains("HT03;Öst;Hemtjänst;Privat;120000,00;72000,00;-48000,00;-40,0;"),
        "{csv}"
    );
    let audit = std::fs::read_to_string(dir.path().join("diff.verifikation.csv")).unwrap();
    for key in [
        "regelfil_a;rules.ron",
        "regelfil_b;rules_zero_credit.ron",
        "resultatfil_a_sha256;",
        "program;Kvalitetspeng",
    ] {
        assert!(audit.contains(key), "{key} in {audit}");
    }
    // XLSX too.
    let xout = dir.path().join("diff.xlsx");
    let (code, _, stderr) = run(&[
        "compare",
        "--rules",
        &s("worked_example_b/rules.ron"),
        "--rules-b",
        &s("worked_example_b/rules_zero_credit.ron"),
        "--results",
        &s("worked_example_b/results.csv"),
        "--out",
        xout.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(std::fs::metadata(&xout).unwrap().len() > 1000);

    let new_rules = dir.path().join("r2.ron");
    let (code, stdout, stderr) = run(&[
        "solve",
        "--rules",
        &s("worked_example_b/rules.ron"),
        "--results",
        &s("worked_example_b/results.csv"),
        "--scheme",
        "hemtjanst",
        "--budget",
        "500000",
        "--apply",
        "--out",
        new_rules.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("högsta sats inom budget: 9,43 kr per enhet, summa 499 790,00 kr"),
        "{stdout}"
    );
    let written = kvalitetspeng::io::read_rules(&new_rules).unwrap();
    assert!(
        matches!(written.schemes[0].payout, kvalitetspeng::domain::rules::PayoutBase::PerVolumeUnit(kvalitetspeng::domain::rules::PerVolumeUnit { kr_per_unit }) if kr_per_unit == d("9.43"))
    );

    let sweep_out = dir.path().join("svep.csv");
    let (code, stdout, stderr) = run(&[
        "sweep",
        "--rules",
        &s("sjovik/rules.ron"),
        "--results",
        &s("sjovik/results.csv"),
        "--param",
        "hemtjanst.ht_helhet.lower",
        "--from",
        "70",
        "--to",
        "90",
        "--steps",
        "5",
        "--out",
        sweep_out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.lines().count(), 2 + 5 + 1, "{stdout}"); // header, 5 steps, "Skrev …"
    let csv = std::fs::read_to_string(&sweep_out).unwrap();
    assert!(
        csv.starts_with("\u{feff}hemtjanst.ht_helhet.lower;summa_kr;antal_med_utbetalning;HT01"),
        "{csv}"
    );
}

#[test]
fn cli_decision_errors_are_clear() {
    // Two results files that share no provider.
    let (code, _, stderr) = run(&[
        "compare",
        "--rules",
        &s("sjovik/rules.ron"),
        "--results",
        &s("worked_example_a/results.csv"),
        "--results-b",
        &s("worked_example_b/results.csv"),
    ]);
    assert_eq!(code, 1);
    assert!(stderr.contains("har ingen utförare gemensam"), "{stderr}");
    // A budget below zero.
    let (code, _, stderr) = run(&[
        "solve",
        "--rules",
        &s("worked_example_b/rules.ron"),
        "--results",
        &s("worked_example_b/results.csv"),
        "--scheme",
        "hemtjanst",
        "--budget",
        "-5",
    ]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("budgeten får inte vara negativ, fick −5,00"),
        "{stderr}"
    );
    // A parameter path that does not exist.
    let (code, _, stderr) = run(&[
        "sweep",
        "--rules",
        &s("sjovik/rules.ron"),
        "--results",
        &s("sjovik/results.csv"),
        "--param",
        "hemtjanst.finns_inte.level",
        "--from",
        "1",
        "--to",
        "2",
    ]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("indikatorn ”finns_inte” finns inte"),
        "{stderr}"
    );
    let (code, _, stderr) = run(&[
        "sweep",
        "--rules",
        &s("sjovik/rules.ron"),
        "--results",
        &s("sjovik/results.csv"),
        "--param",
        "hemtjanst",
        "--from",
        "1",
        "--to",
        "2",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("the parameter “hemtjanst” cannot be read"),
        "{stderr}"
    );
}

#[test]
fn the_level_where_the_total_crosses_the_budget() {
    use kvalitetspeng::domain::decide::solve::solve_level;
    let r = rules("sjovik/rules.ron");
    let x = results("sjovik/results.csv");
    let p = Param::parse("hemtjanst.ht_plan.level").unwrap();
    let budget = d("2500000");
    let c = solve_level(&r, &x, &p, budget).unwrap();
    let (over, over_total) = c.over.unwrap();
    let (within, within_total) = c.within.unwrap();
    assert!(over_total > budget && within_total <= budget, "{c:?}");
    assert!(over < within);
    // Every level between the two gives the within total (the total only changes at a
    // provider's result), checked with the engine itself.
    let total = |level| {
        kvalitetspeng::domain::calculate(&p.apply(&r, level).unwrap(), &x)
            .unwrap()
            .total_for(ServiceType::Hemtjanst)
    };
    assert_eq!(total(over + d("0.000001")), within_total);
    assert_eq!(total(within), within_total);
    assert_eq!(total(over), over_total);
    // The CLI says it in words.
    let (code, stdout, stderr) = run(&[
        "solve",
        "--rules",
        &s("sjovik/rules.ron"),
        "--results",
        &s("sjovik/results.csv"),
        "--budget",
        "2500000",
        "--level",
        "hemtjanst.ht_plan.level",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("inom budgeten vid varje nivå bortom"),
        "{stdout}"
    );
    // A linear scoring's level is not a step: refused with the reason.
    let e = solve_level(
        &r,
        &x,
        &Param::parse("hemtjanst.ht_helhet.lower").unwrap(),
        budget,
    );
    assert!(matches!(e, Err(SolveError::Param(_))), "{e:?}");
}

/// The decision commands read a plain CSV file streamed and folded into their rule sets'
/// periods, and any other file whole: the answers are the same either way (here a
/// Windows-1252 copy of the same results is read whole).
#[test]
fn decisions_are_the_same_whatever_way_the_file_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let clean = std::fs::read_to_string(sample("sjovik/results.csv")).unwrap();
    assert!(clean.contains('ä'));
    let utf8 = dir.path().join("utf8.csv");
    let cp1252 = dir.path().join("cp1252.csv");
    std::fs::write(&utf8, clean.trim_start_matches('\u{feff}')).unwrap();
    std::fs::write(
        &cp1252,
        encoding_rs::WINDOWS_1252
            .encode(clean.trim_start_matches('\u{feff}'))
            .0,
    )
    .unwrap();
    let rules = s("sjovik/rules.ron");
    let zero = dir.path().join("noll.ron");
    // A second rule set for the comparison: the first scheme's rate halved.
    let text = std::fs::read_to_string(sample("sjovik/rules.ron")).unwrap();
    let halved = text.replacen("kr_per_unit: 8.5)", "kr_per_unit: 4.25)", 1);
    assert_ne!(halved, text);
    std::fs::write(&zero, halved).unwrap();
    let answers = |results: &std::path::Path| {
        let results = results.to_str().unwrap();
        [
            vec![
                "compare",
                "--rules",
                &rules,
                "--rules-b",
                zero.to_str().unwrap(),
                "--results",
                results,
            ],
            vec![
                "solve",
                "--rules",
                &rules,
                "--results",
                results,
                "--scheme",
                "hemtjanst",
                "--budget",
                "200000",
            ],
            vec![
                "sweep",
                "--rules",
                &rules,
                "--results",
                results,
                "--param",
                "hemtjanst.ht_helhet.lower",
                "--from",
                "70",
                "--to",
                "90",
                "--steps",
                "5",
            ],
        ]
        .map(|args| {
            let (code, stdout, stderr) = run(&args);
            assert_eq!(code, 0, "{args:?}: {stderr}");
            assert!(stdout.lines().count() > 3, "{stdout}");
            (stdout, stderr)
        })
    };
    assert_eq!(answers(&utf8), answers(&cp1252));
}

/// `sweep --steps` out of 2–1 000 (negative, zero, one, too many, not a number) is named with
/// its range, in the chosen language; `-1` was taken for an option (`unexpected argument`).
#[test]
fn sweep_steps_out_of_range_says_what_it_takes() {
    let sweep = |steps: &str, lang: &str| {
        run(&[
            "sweep",
            "--rules",
            &s("sjovik/rules.ron"),
            "--results",
            &s("sjovik/results.csv"),
            "--param",
            "hemtjanst.ht_helhet.lower",
            "--from",
            "70",
            "--to",
            "90",
            "--steps",
            steps,
            "--lang",
            lang,
        ])
    };
    for steps in ["-1", "0", "1", "1001", "fem", "2.5"] {
        let (code, stdout, stderr) = sweep(steps, "sv");
        assert_eq!(code, 1, "{steps}: {stderr}");
        assert_eq!(
            stderr.trim_end(),
            format!("fel: --steps tar ett heltal 2–1 000 (antalet värden), fick ”{steps}”"),
            "{steps}"
        );
        assert!(stdout.is_empty(), "{stdout}");
    }
    let (code, _, stderr) = sweep("-1", "en");
    assert_eq!(code, 1);
    assert!(
        stderr.contains("--steps takes a whole number 2–1,000 (the number of values), got “-1”"),
        "{stderr}"
    );
    let (code, stdout, stderr) = sweep("1000", "sv");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.lines().count(), 2 + 1000, "{stdout}");
}

/// `gates[K].cap` of a gate that bars, or of a gate the scheme does not have, says which
/// (worked example M: gate 0 bars, there are two); a sweep of k of n whose steps are not
/// whole says how many steps are, or that the ends must be whole.
#[test]
fn a_gates_cap_and_whole_steps_are_explained() {
    let args = |param: &str, from: &str, to: &str, steps: &str, cmd: &str| {
        let m = |f: &str| s(&format!("worked_example_m/{f}"));
        let mut a = vec![
            cmd.to_string(),
            "--rules".into(),
            m("rules.ron"),
            "--results".into(),
            m("results.csv"),
        ];
        if cmd == "sweep" {
            for (k, v) in [
                ("--param", param),
                ("--from", from),
                ("--to", to),
                ("--steps", steps),
            ] {
                a.extend([k.to_string(), v.to_string()]);
            }
        } else {
            for (k, v) in [("--level", param), ("--budget", "13000")] {
                a.extend([k.to_string(), v.to_string()]);
            }
        }
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let (code, _, stderr) = run(&a);
        assert_eq!(code, 1, "{stderr}");
        stderr.trim_end().to_string()
    };
    let kind = rules("worked_example_m/rules.ron").schemes[0].gates[0]
        .kind
        .clone();
    let bars = format!(
        "fel: parametern ”hemtjanst.gates[0].cap”: tillsynsfyndet ”{kind}” har inget tak: det spärrar utbetalning"
    );
    assert_eq!(
        args("hemtjanst.gates[0].cap", "10", "50", "3", "sweep"),
        bars
    );
    assert_eq!(args("hemtjanst.gates[0].cap", "", "", "", "solve"), bars);
    assert_eq!(
        args("hemtjanst.gates[2].cap", "10", "50", "3", "sweep"),
        "fel: parametern ”hemtjanst.gates[2].cap”: det finns ingen regel för tillsynsfynd nummer 2 (räknat från 0); ersättningsmodellen har 2 sådana regler"
    );
    assert_eq!(
        args("hemtjanst.min_usable", "1", "4", "5", "sweep"),
        "fel: ”hemtjanst.min_usable” tar bara heltal, men 5 steg från 1 till 4 ger 1,75; välj 4 steg så blir varje värde ett heltal"
    );
    assert_eq!(
        args("hemtjanst.min_usable", "1,5", "4", "2", "sweep"),
        "fel: ”hemtjanst.min_usable” tar bara heltal, men från 1,5 till 4 ger 1,5; ange heltal som från- och tillvärde"
    );
}

/// `compare` of two rule files that share no service type names the two rule files (it named
/// the one results file twice, as if two results files shared no provider).
#[test]
fn compare_of_rule_files_without_a_common_service_type_names_them() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (
        dir.path().join("säbo.ron"),
        dir.path().join("hemtjänst.ron"),
    );
    std::fs::copy(sample("worked_example_a/rules.ron"), &a).unwrap();
    std::fs::copy(sample("worked_example_b/rules.ron"), &b).unwrap();
    let (code, stdout, stderr) = run(&[
        "compare",
        "--rules",
        a.to_str().unwrap(),
        "--rules-b",
        b.to_str().unwrap(),
        "--results",
        &s("sjovik/results.csv"),
    ]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert_eq!(
        stderr.trim_end(),
        "fel: regelfilerna säbo.ron och hemtjänst.ron har ingen verksamhet gemensam (säbo.ron: särskilt boende; hemtjänst.ron: hemtjänst); jämförelsen skulle bara visa att alla är nya"
    );
}

/// A rule change in words (Swedish), one per change between `a` and `b`.
fn changes(a: &RuleSet, b: &RuleSet) -> Vec<String> {
    rule_changes(a, b)
        .iter()
        .map(|c| c.change.text(Lang::Sv))
        .collect()
}

/// The same payout base: each field of it that differs, in its words; another base: the
/// whole payout.
#[test]
fn a_payout_change_names_each_field_of_the_same_base() {
    let a = rules("worked_example_a/rules.ron");
    let mut b = a.clone();
    let PayoutBase::Pot(pot) = &mut b.schemes[0].payout else {
        panic!("worked example A pays a pot")
    };
    pot.amount = 1_200_000.into();
    pot.key = Some(PotKey::Equal);
    assert_eq!(
        changes(&a, &b),
        [
            "pott 1 000 000,00 → 1 200 000,00 kr",
            "Fördelas efter poäng × volym → lika delar"
        ]
    );
    let mut c = a.clone();
    c.schemes[0].payout = PayoutKind::WithholdLogistic.starting();
    let mut d = c.clone();
    if let PayoutBase::WithholdLogistic(l) = &mut d.schemes[0].payout {
        l.midpoint += Decimal::TEN;
        l.decimals += 1;
    }
    let said = changes(&c, &d);
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(said[0].starts_with("Mittpunkt (poäng i %) "), "{said:?}");
    assert!(said[1].starts_with("Decimaler"), "{said:?}");
    assert!(changes(&a, &c)[0].starts_with("utbetalning: En pott"));
}

/// The rules of issue 35 each worded by their module: k of n, the peer cohort, a gate's
/// cap and effect, a contract minimum and the standard from a baseline period.
#[test]
fn the_scheme_level_rules_are_worded() {
    use kvalitetspeng::domain::cohort::Cohort;
    use kvalitetspeng::domain::gate::{Gate, GateEffect};
    let a = rules("worked_example_m/rules.ron");
    let mut b = a.clone();
    let s = &mut b.schemes[0];
    s.min_usable_indicators = Some(3);
    s.cohort = Cohort::Regi;
    s.gates[1].effect = GateEffect::CapScore(60.into());
    s.gates[0].effect = GateEffect::CapScore(10.into());
    s.gates.push(Gate {
        kind: "vite".into(),
        effect: GateEffect::BarsPayment,
    });
    s.indicators[0].contract_minimum = Some(75.into());
    assert_eq!(
        changes(&a, &b),
        [
            "k av n: 2 → 3",
            "jämförelsegrupp: hela verksamheten → per regi",
            "tillsynsfynd ”ivo_beslut”: spärrar kvalitetspengen → tak 10 %",
            "tak vid tillsyn ”ivo_foreläggande” 50 → 60 %",
            "tillsynsfynd ”vite”: – → spärrar kvalitetspengen",
            "avtalets miniminivå – → 75 %",
        ]
    );
    let mut c = a.clone();
    c.schemes[0].min_usable_indicators = None;
    c.schemes[0].gates.clear();
    assert_eq!(
        changes(&a, &c),
        [
            "k av n: 2 → –",
            "tillsynsfynd ”ivo_beslut”: spärrar kvalitetspengen → –",
            "tillsynsfynd ”ivo_foreläggande”: tak 50 % → –",
        ]
    );
    let j = rules("worked_example_j/rules.ron");
    let mut k = j.clone();
    let st = k.schemes[0].indicators[0].standard.as_mut().unwrap();
    st.threshold = Some(kvalitetspeng::domain::rules::PeerLevel::Mean);
    let said = changes(&j, &k);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].starts_with("nivåer ur basperiod: tröskel (ingen poäng): 25:e percentilen"),
        "{said:?}"
    );
    assert!(said[0].ends_with("ur 2024"), "{said:?}");
}

/// Ends of a sweep beyond anything a rule set may hold are refused in words (they once
/// overflowed the steps' arithmetic and ended the program), and a count too large for its
/// field is named as given, not clamped to another number.
#[test]
fn a_sweep_of_huge_values_is_refused_not_a_crash() {
    let (rules, results) = (
        s("worked_example_l/rules.ron"),
        s("worked_example_l/results.csv"),
    );
    for (param, from, to) in [
        (
            "hemtjanst.min_usable",
            "-50000000000000000000000000000",
            "50000000000000000000000000000",
        ),
        ("hemtjanst.rate", "0", "10000000000000000000000000000"),
    ] {
        let (code, _, err) = run(&[
            "sweep",
            "--rules",
            &rules,
            "--results",
            &results,
            "--param",
            param,
            "--from",
            from,
            "--to",
            to,
            "--steps",
            "20",
        ]);
        assert_eq!(code, 1, "{param}: {err}");
        assert!(
            err.contains("från och till får vara högst 1 000 000 000 000"),
            "{err}"
        );
    }
    let (code, _, err) = run(&[
        "sweep",
        "--rules",
        &rules,
        "--results",
        &results,
        "--param",
        "hemtjanst.min_usable",
        "--from",
        "0",
        "--to",
        "100000000000",
        "--steps",
        "2",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("100000000000 går inte att använda"), "{err}");
    assert!(!err.contains("4294967295"), "{err}");
    assert_eq!(
        kvalitetspeng::domain::decide::sweep::whole_steps(Decimal::MIN, Decimal::MAX, 3),
        None
    );
}

/// The sweep's workbook writes kronor with Excel's grouping code (`#,##0.00`: the reader's
/// own thousands separator), not a literal space that Excel would print in the wrong place.
#[test]
fn the_sweep_workbook_groups_thousands_the_excel_way() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("svep.xlsx");
    let (code, _, err) = run(&[
        "sweep",
        "--rules",
        &s("worked_example_b/rules.ron"),
        "--results",
        &s("worked_example_b/results.csv"),
        "--param",
        "hemtjanst.rate",
        "--from",
        "7",
        "--to",
        "9",
        "--steps",
        "3",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(&out).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut styles = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/styles.xml").unwrap(), &mut styles).unwrap();
    assert!(styles.contains(r##"formatCode="#,##0.00""##), "{styles}");
    assert!(!styles.contains("# ##0"), "{styles}");
}

#[test]
fn a_bad_parameter_value_is_written_as_given_and_problems_are_joined() {
    use kvalitetspeng::domain::decide::param::ParamError;
    use kvalitetspeng::domain::validation::{Field, Problem, ProblemMsg, Severity};
    use kvalitetspeng::words::{Text, Word};
    let e = ParamError::BadValue {
        path: "p".into(),
        value: "1.5".parse().unwrap(),
    };
    assert!(e.text(Lang::Sv).contains("1.5"), "{}", e.text(Lang::Sv));
    let p = |msg| Problem {
        severity: Severity::Error,
        scheme: None,
        indicator: None,
        field: Field::Schemes,
        msg,
        element: None,
    };
    let e = SolveError::Invalid(vec![p(ProblemMsg::NoSchemes), p(ProblemMsg::EmptyId)]);
    assert_eq!(
        e.text(Lang::Sv),
        format!(
            "reglerna har fel: {}; {}",
            Lang::Sv.word(Word::RuleSetHasNo),
            Lang::Sv.word(Word::IndicatorHasNoId)
        )
    );
    // Where a problem is: the rule set as a whole, or its scheme and indicator.
    let mut at = p(ProblemMsg::EmptyId);
    assert_eq!(at.location().text(Lang::Sv), "Regeluppsättning");
    at.scheme = Some(ServiceType::Sabo);
    at.indicator = Some((0, "helhet".into()));
    assert_eq!(
        at.location().text(Lang::Sv),
        "Särskilt boende › indikator ”helhet”"
    );
    assert_eq!(
        at.location().text(Lang::En),
        "Nursing home › indicator “helhet”"
    );
}

/// A sweep parameter in words: the service type, the indicator's name (its id when the rules
/// lack it) and the field; a gate's cap names the gate's kind (its number from 1 when the
/// rules lack it). A change of an indicator names its scheme and the indicator.
#[test]
fn a_parameter_and_a_change_are_named_in_words() {
    let r = rules("worked_example_m/rules.ron");
    let say = |p: &str| Lang::Sv.say_plain(&Param::parse(p).unwrap().name(&r));
    assert_eq!(say("hemtjanst.rate"), "Hemtjänst · sats");
    assert_eq!(
        say("hemtjanst.min_usable"),
        "Hemtjänst · k av n (minsta antal indikatorer med data)"
    );
    let id = &r.schemes[0].indicators[0].id;
    assert_eq!(
        say(&format!("hemtjanst.{id}.steps[1].level")),
        "Hemtjänst · Helhetsbedömning · steg 2 · nivå"
    );
    assert_eq!(say("hemtjanst.nope.weight"), "Hemtjänst · nope · vikt");
    assert_eq!(
        say("hemtjanst.gates[1].cap"),
        "Hemtjänst · tak vid tillsyn ”ivo_foreläggande”"
    );
    assert_eq!(
        say("sabo.gates[5].cap"),
        "Särskilt boende · tak vid tillsyn ”6”"
    );
    let mut b = r.clone();
    b.schemes[0].indicators[0].weight = 30.into();
    b.schemes[0].indicators[1].weight = 20.into();
    let said: Vec<String> = rule_changes(&r, &b)
        .iter()
        .map(|c| c.text(Lang::En))
        .collect();
    assert_eq!(
        said,
        [
            "Home care › Helhetsbedömning: weight 25 → 30 %",
            "Home care › Gott bemötande: weight 25 → 20 %"
        ]
    );
}
