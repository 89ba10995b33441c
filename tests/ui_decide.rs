//! Decision support in the app, driven through the real UI (egui_kittest): the comparison's
//! Δ column and summary, the budget forecast with "fit to budget", and the sweep chart.

mod common;
use common::*;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kvalitetspeng::ui::{KvalitetspengApp, ScriptedDialogs};

fn harness(answers: Vec<Option<std::path::PathBuf>>) -> Harness<'static, KvalitetspengApp> {
    let app = KvalitetspengApp::for_tests(ScriptedDialogs {
        answers: answers.into(),
        ..Default::default()
    });
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(|ui, app: &mut KvalitetspengApp| app.ui_root(ui), app);
    h.run();
    h
}

/// Opens worked example B's rules and results through the menus' shortcuts.
fn example_b(extra: Vec<Option<std::path::PathBuf>>) -> Harness<'static, KvalitetspengApp> {
    let mut answers = vec![
        Some(sample("worked_example_b/rules.ron")),
        Some(sample("worked_example_b/results.csv")),
    ];
    answers.extend(extra);
    let mut h = harness(answers);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    assert_eq!(
        h.get_all_by_label("636 000,00 kr").count(),
        2,
        "scheme and grand total"
    );
    h
}

#[test]
fn comparing_with_another_rule_file_shows_a_delta_column_and_summary() {
    let mut h = example_b(vec![Some(sample("worked_example_b/rules_zero_credit.ron"))]);
    // Nothing to compare with while the rules are as saved.
    assert!(h.query_by_label_contains("Jämfört med").is_none());
    h.get_by_label("Beslut").click();
    h.run();
    h.get_by_label("Jämför med…").click();
    h.run();
    h.get_by_label("Jämfört med rules_zero_credit.ron:");
    // Öst gets 120 000 with these rules against 72 000 with zero credit; the others ±0.
    // In the summary (total and hemtjänst) and in Öst's row.
    assert_eq!(h.get_all_by_label("⬆ +48 000,00 kr").count(), 3);
    assert_eq!(h.get_all_by_label("± 0,00 kr").count(), 2);
    h.get_by_label("· 1 får mer, 0 får mindre, 2 är oförändrade");
    // The Δ column sorts: largest gain first.
    h.get_by_label("Δ mot jämförelse").click();
    h.run();
    let first = h
        .state()
        .view
        .rows_with(h.state().state.calc.as_ref().unwrap(), None);
    assert!(!first.is_empty());
    assert_eq!(h.state().view.sort, kvalitetspeng::ui::SortColumn::Delta);
}

#[test]
fn while_editing_the_delta_is_against_the_rules_as_saved() {
    let mut h = example_b(vec![]);
    h.state_mut().state.rules.schemes[0].payout =
        kvalitetspeng::domain::rules::PayoutBase::PerVolumeUnit(
            kvalitetspeng::domain::rules::PerVolumeUnit {
                kr_per_unit: d("10"),
            },
        );
    h.run();
    h.get_by_label("Jämfört med reglerna som de senast sparades:");
    // 53 000 score-hours × −2 kr.
    assert_eq!(
        h.get_all_by_label("⬇ −106 000,00 kr").count(),
        2,
        "total and hemtjänst"
    );
    h.get_by_label("⬇ −74 000,00 kr"); // Norr: 37 000 score-hours × −2 kr
    h.get_by_label("· 0 får mer, 3 får mindre, 0 är oförändrade");
}

#[test]
fn a_budget_shows_the_forecast_and_fit_to_budget_sets_the_rate() {
    let mut h = example_b(vec![]);
    h.state_mut().state.rules.schemes[0].budget = Some(d("500000"));
    h.run();
    h.get_by_label("⚠ över budgeten 500 000,00 kr med 136 000,00 kr");
    h.get_by_label("Anpassa till budget").click();
    h.run();
    let rate = match &h.state().state.rules.schemes[0].payout {
        kvalitetspeng::domain::rules::PayoutBase::PerVolumeUnit(
            kvalitetspeng::domain::rules::PerVolumeUnit { kr_per_unit },
        ) => *kr_per_unit,
        other => panic!("{other:?}"),
    };
    assert_eq!(rate, d("9.43"));
    h.get_by_label("inom budgeten 500 000,00 kr (210,00 kr kvar)");
    // One undo step back to 12 kr.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.get_by_label("⚠ över budgeten 500 000,00 kr med 136 000,00 kr");
}

#[test]
fn the_sweep_draws_its_chart_and_table() {
    let mut h = example_b(vec![]);
    h.get_by_label("Beslut").click();
    h.run();
    h.get_by_label("Beslutsstöd…").click();
    h.run();
    {
        let f = &mut h.state_mut().state.decide.sweep;
        f.param = "hemtjanst.rate".into();
        f.from = "10".into();
        f.to = "12".into();
        f.steps = 3;
    }
    h.run();
    h.get_by_label("Kör känslighetsanalys").click();
    h.run();
    h.get_by_label("Summa (kr) mot Hemtjänst · sats");
    h.get_by_label("Antal som får ersättning");
    for t in ["530 000,00 kr", "583 000,00 kr"] {
        h.get_by_label(t);
    }
    let s = h.state().state.decide.sweep.result.clone().unwrap();
    assert_eq!(s.steps.len(), 3);
    // A wrong parameter is said in the window, not silently ignored.
    h.state_mut().state.decide.sweep.param = "hemtjanst.finns_inte.level".into();
    h.run();
    h.get_by_label("Kör känslighetsanalys").click();
    h.run();
    h.get_by_label_contains("indikatorn ”finns_inte” finns inte");
}

/// A sweep of k of n (worked example L, 4 indicators) from 1 to 4 in the form's 5 steps would
/// give 1,75 and 2,5: the app takes the steps that keep it whole (4: 1, 2, 3, 4) instead.
#[test]
fn a_sweep_of_k_of_n_takes_whole_steps() {
    let mut h = harness(vec![
        Some(sample("worked_example_l/rules.ron")),
        Some(sample("worked_example_l/results.csv")),
    ]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    h.get_by_label("Beslut").click();
    h.run();
    h.get_by_label("Beslutsstöd…").click();
    h.run();
    {
        let f = &mut h.state_mut().state.decide.sweep;
        f.param = "hemtjanst.min_usable".into();
        f.from = "1".into();
        f.to = "4".into();
        f.steps = 5;
    }
    h.run();
    h.get_by_label("Kör känslighetsanalys").click();
    h.run();
    let f = &h.state().state.decide.sweep;
    assert_eq!(f.error, None);
    assert_eq!(f.steps, 4);
    let values: Vec<String> = f
        .result
        .as_ref()
        .unwrap()
        .steps
        .iter()
        .map(|s| s.value.to_string())
        .collect();
    assert_eq!(values, ["1", "2", "3", "4"]);
}

/// With deductions the sweep shows the kvalitetspeng (what the budget and "fit to budget" are
/// about) and the net apart: example I deducts 40 000 kr at every rate of 19 500 hours.
#[test]
fn the_sweep_charts_the_kvalitetspeng_the_budget_is_for() {
    let mut h = harness(vec![
        Some(sample("worked_example_i/rules.ron")),
        Some(sample("worked_example_i/results.csv")),
    ]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    h.state_mut().state.rules.schemes[0].budget = Some(d("150000"));
    h.get_by_label("Beslut").click();
    h.run();
    h.get_by_label("Beslutsstöd…").click();
    h.run();
    {
        let f = &mut h.state_mut().state.decide.sweep;
        f.param = "hemtjanst.rate".into();
        f.from = "7".into();
        f.to = "8".into();
        f.steps = 3;
    }
    h.run();
    h.get_by_label("Kör känslighetsanalys").click();
    h.run();
    assert!(h.get_all_by_label("Kvalitetspeng").count() >= 1);
    assert!(h.get_all_by_label("Netto").count() >= 1);
    // 19 500 h × 7,50 kr = 146 250 kr within the budget; 8 kr: 156 000 kr over it.
    for t in [
        "146 250,00 kr",
        "106 250,00 kr",
        "156 000,00 kr",
        "116 000,00 kr",
    ] {
        h.get_by_label(t);
    }
    let s = h.state().state.decide.sweep.result.clone().unwrap();
    let (within, over) = s.budget_crossing(d("150000")).unwrap();
    assert_eq!((within.value, over.value), (d("7.5"), d("8")));
}

/// The table shows the value each step was computed at, not that value rounded (7,165, not
/// 7,17 beside totals computed at 7,165).
#[test]
fn the_sweep_table_shows_the_value_computed_at() {
    let mut h = example_b(vec![]);
    h.get_by_label("Beslut").click();
    h.run();
    h.get_by_label("Beslutsstöd…").click();
    h.run();
    {
        let f = &mut h.state_mut().state.decide.sweep;
        f.param = "hemtjanst.rate".into();
        f.from = "7".into();
        f.to = "7,33".into();
        f.steps = 3;
    }
    h.run();
    h.get_by_label("Kör känslighetsanalys").click();
    h.run();
    let s = h.state().state.decide.sweep.result.clone().unwrap();
    assert_eq!(s.steps[1].value.to_string(), "7.165");
    h.get_by_label("7,165");
    assert!(h.query_by_label("7,17").is_none());
}

#[test]
fn the_comparison_and_the_sweep_export_with_their_audit() {
    let dir = tempfile::tempdir().unwrap();
    let diff = dir.path().join("jamforelse.csv");
    let sweep_out = dir.path().join("kanslighet.xlsx");
    let mut h = example_b(vec![
        Some(sample("worked_example_b/rules_zero_credit.ron")),
        Some(diff.clone()),
        Some(sweep_out.clone()),
    ]);
    h.get_by_label("Beslut").click();
    h.run();
    h.get_by_label("Jämför med…").click();
    h.run();
    h.get_by_label("Beslut").click();
    h.run();
    h.get_by_label("Beslutsstöd…").click();
    h.run();
    h.get_by_label("Exportera jämförelsen…").click();
    h.run();
    let csv = std::fs::read_to_string(&diff).unwrap();
    assert!(
        csv.contains("HT03;Öst;Hemtjänst;Privat;72000,00;120000,00;48000,00;66,7;"),
        "{csv}"
    );
    let audit = std::fs::read_to_string(dir.path().join("jamforelse.verifikation.csv")).unwrap();
    for key in [
        "jämförd_med;rules_zero_credit.ron",
        "jämförd_med_sha256;",
        "regelfil;rules.ron",
        "resultatfil_sha256;",
    ] {
        assert!(audit.contains(key), "{key} in {audit}");
    }
    {
        let f = &mut h.state_mut().state.decide.sweep;
        f.param = "hemtjanst.rate".into();
        f.from = "10".into();
        f.to = "12".into();
        f.steps = 3;
    }
    h.run();
    h.get_by_label("Kör känslighetsanalys").click();
    h.run();
    h.get_by_label("Exportera känslighetsanalysen…").click();
    h.run();
    let wb: calamine::Xlsx<_> = calamine::open_workbook(&sweep_out).unwrap();
    use calamine::Reader;
    assert_eq!(wb.sheet_names(), ["Känslighet", "Verifikation"]);
}
