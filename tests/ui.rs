//! The desktop app, driven through its real UI with egui_kittest (no GPU, no native dialogs).

mod common;
use common::*;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kvalitetspeng::ui::{KvalitetspengApp, ScriptedDialogs};

fn harness_sized(
    answers: Vec<Option<std::path::PathBuf>>,
    size: [f32; 2],
) -> Harness<'static, KvalitetspengApp> {
    let dialogs = ScriptedDialogs {
        answers: answers.into(),
        ..Default::default()
    };
    let app = KvalitetspengApp::for_tests(dialogs);
    let mut h = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut KvalitetspengApp| app.ui_root(ui), app);
    h.run();
    h
}

fn harness_with(answers: Vec<Option<std::path::PathBuf>>) -> Harness<'static, KvalitetspengApp> {
    harness_sized(answers, [1600.0, 1000.0])
}

/// A tall window, so an opened indicator's fields and buttons are on screen without scrolling.
fn tall_harness() -> Harness<'static, KvalitetspengApp> {
    harness_sized(vec![], [1600.0, 2400.0])
}

fn harness() -> Harness<'static, KvalitetspengApp> {
    harness_with(vec![])
}

/// Turns off the first scheme's locked sum of weights (on by default), so a weight moves alone.
fn unlock_weights(h: &mut Harness<'_, KvalitetspengApp>) {
    h.get_all_by_label("Låst summa 100 %")
        .next()
        .unwrap()
        .click();
    h.run();
}

fn total(h: &Harness<'_, KvalitetspengApp>) -> rust_decimal::Decimal {
    h.state().state.calc.as_ref().unwrap().total()
}

#[test]
fn sample_opens_with_payouts_and_totals() {
    let h = harness();
    h.get_by_label("Nära omsorg i Sjövik");
    h.get_by_label("6 159 758,40 kr");
    h.get_by_label("3 600 000,00 kr");
    h.get_by_label("364 572,04 kr");
}

#[test]
fn clicking_a_provider_shows_its_explanation() {
    let mut h = harness();
    assert!(
        h.query_by_label_contains("poäng 91,26 % × 8,50 kr per timme × 47 000 = 364 572,04 kr")
            .is_none()
    );
    h.get_by_label("Nära omsorg i Sjövik").click();
    h.run();
    h.get_by_label("poäng 91,26 % × 8,50 kr per timme × 47 000 = 364 572,04 kr");
    // Per indicator: the reason in words and the kronor.
    h.get_by_label_contains("98,5 ≥ 95: uppnått");
    h.get_by_label("87 733,34 kr");
    // A missing result is explained with the policy's consequence.
    h.get_by_label("resultat saknas: utelämnas, övriga vikter räknas om");
    assert_eq!(h.state().selected.as_deref(), Some("HT10"));
}

#[test]
fn changing_a_weight_recomputes_and_undo_restores() {
    let mut h = harness();
    unlock_weights(&mut h);
    let before = total(&h);
    // Nudge the first indicator's weight slider up by two keyboard steps.
    let sliders = h
        .get_all_by_role_and_label(egui::accesskit::Role::Slider, "vikt %")
        .count();
    assert!(sliders >= 15, "one weight slider per indicator");
    h.get_all_by_role_and_label(egui::accesskit::Role::Slider, "vikt %")
        .next()
        .unwrap()
        .focus();
    h.run();
    for _ in 0..2 {
        h.key_press(Key::ArrowRight);
        h.run();
    }
    assert_eq!(
        h.state().state.rules.schemes[0].indicators[0].weight,
        d("22")
    );
    // Weights now sum to 102 %: shown inline, payouts marked as belonging to the old rules.
    h.get_by_label("⛔ vikterna summerar till 102 %, ska vara 100 %");
    h.get_by_label_contains("Reglerna har 1 fel");
    assert_eq!(total(&h), before);
    // Normalise: the weights sum to 100 again and the payouts change.
    h.get_by_label("Normalisera vikter").click();
    h.run();
    let sum: rust_decimal::Decimal = h.state().state.rules.schemes[0]
        .indicators
        .iter()
        .map(|i| i.weight)
        .sum();
    assert_eq!(sum, d("100"));
    let after = total(&h);
    assert_ne!(after, before);
    assert!(h.query_by_label_contains("Reglerna har").is_none());
    assert!(h.state().state.is_dirty());
    // Ctrl+Z, also while the slider keeps focus: the normalisation, then each keyboard step.
    for expected in ["22", "21", "20"] {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
        assert_eq!(
            h.state().state.rules.schemes[0].indicators[0].weight,
            d(expected)
        );
    }
    assert_eq!(total(&h), before);
    assert!(!h.state().state.is_dirty());
    // Redo with Ctrl+Y.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(
        h.state().state.rules.schemes[0].indicators[0].weight,
        d("21")
    );
}

#[test]
fn a_slider_drag_is_one_undo_step() {
    let mut h = harness();
    unlock_weights(&mut h);
    let slider = h
        .get_all_by_role_and_label(egui::accesskit::Role::Slider, "vikt %")
        .next()
        .unwrap();
    let rect = slider.rect();
    let y = rect.center().y;
    // Press on the handle's track, drag right in several frames, release.
    h.drag_at(egui::pos2(rect.left() + 1.0, y));
    for k in 1..=6 {
        h.hover_at(egui::pos2(
            rect.left() + 1.0 + k as f32 * (rect.width() / 10.0),
            y,
        ));
        h.run();
    }
    h.drop_at(egui::pos2(rect.left() + rect.width() * 0.6, y));
    h.run();
    let dragged = h.state().state.rules.schemes[0].indicators[0].weight;
    assert!(dragged > d("40"), "the drag moved the weight: {dragged}");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        h.state().state.rules.schemes[0].indicators[0].weight,
        d("20"),
        "one Ctrl+Z undoes the whole drag"
    );
}

#[test]
fn a_broken_rule_file_shows_the_error_and_keeps_the_old_rules() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("trasig.ron");
    std::fs::write(
        &bad,
        "RuleSet(\n  format_version: 1,\n  municipality: \"X\",\n  name: 5,\n)",
    )
    .unwrap();
    let mut h = harness_with(vec![Some(bad)]);
    let rules_before = h.state().state.rules.clone();
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.get_by_label_contains("⛔ trasig.ron, rad 4, kolumn");
    assert_eq!(h.state().state.rules, rules_before);
    h.get_by_label("6 159 758,40 kr");
    assert_eq!(h.state().state.rules_label, "sjovik/rules.ron");
}

#[test]
fn a_rule_files_problem_shows_its_line_in_the_panel() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("negativ.ron");
    let text = std::fs::read_to_string(sample("worked_example_a/rules.ron"))
        .unwrap()
        .replace(
            "weight: 50,\n                    source: \"Palliativ",
            "weight: -50,\n                    source: \"Palliativ",
        );
    std::fs::write(&bad, text).unwrap();
    let mut h = harness_with(vec![Some(bad)]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.get_by_label(
        "⛔ negativ.ron, rad 29, kolumn 21: Särskilt boende › indikator ”smarta”: \
         vikten får inte vara negativ",
    );
}

/// The panel's lines are those of the text opened: the file changed on disk afterwards (three
/// lines put before the rules) is not read again.
#[test]
fn the_panels_lines_are_those_of_the_text_opened() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("negativ.ron");
    let text = std::fs::read_to_string(sample("worked_example_a/rules.ron"))
        .unwrap()
        .replace(
            "weight: 50,\n                    source: \"Palliativ",
            "weight: -50,\n                    source: \"Palliativ",
        );
    std::fs::write(&bad, &text).unwrap();
    let mut h = harness_with(Vec::new());
    // Opened, and changed on disk before the panel first shows its problems.
    assert!(h.state_mut().state.open_rules(&bad));
    std::fs::write(&bad, format!("//\n//\n//\n{text}")).unwrap();
    h.run();
    h.get_by_label(
        "⛔ negativ.ron, rad 29, kolumn 21: Särskilt boende › indikator ”smarta”: \
         vikten får inte vara negativ",
    );
}

#[test]
fn opening_with_unsaved_edits_asks_first() {
    let mut h = harness_with(vec![Some(sample("worked_example_a/rules.ron"))]);
    h.state_mut().state.rules.name = "Ändrad".into();
    h.run();
    assert!(h.state().title().ends_with("● – Kvalitetspeng"));
    h.get_by_label("Arkiv").click();
    h.run();
    h.get_by_label_contains("Öppna regler…").click();
    h.run();
    h.get_by_label("Osparade ändringar");
    h.get_by_label("Avbryt").click();
    h.run();
    assert_eq!(h.state().state.rules.name, "Ändrad");
    assert!(h.query_by_label("Osparade ändringar").is_none());
    // Again, and this time throw the edits away.
    h.state_mut().dialogs = Box::new(ScriptedDialogs {
        answers: vec![Some(sample("worked_example_a/rules.ron"))].into(),
        ..Default::default()
    });
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.get_by_label("Spara inte").click();
    h.run();
    assert_eq!(
        h.state().state.rules.name,
        "Exempel A – pott efter poäng × platser"
    );
}

#[test]
fn import_results_save_rules_and_export_through_the_menus() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("regler.ron");
    let export = dir.path().join("utbetalning.csv");
    let mut h = harness_with(vec![
        Some(sample("worked_example_a/rules.ron")),
        Some(sample("worked_example_a/results.csv")),
        Some(saved.clone()),
        Some(export.clone()),
    ]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    h.get_by_label("571 428,57 kr");
    assert_eq!(
        h.get_all_by_label("1 000 000,00 kr").count(),
        2,
        "scheme total and grand total"
    );
    h.state_mut().state.rules.name = "Sparad kopia".into();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    assert!(!h.state().state.is_dirty());
    let back = kvalitetspeng::io::read_rules(&saved).unwrap();
    assert_eq!(back, h.state().state.rules);
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    let csv = std::fs::read_to_string(&export).unwrap();
    assert!(csv.contains(";571428,57;"), "{csv}");
}

#[test]
fn a_broken_results_file_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("resultat.csv");
    std::fs::write(&bad, "period;utförar_id;utförare;verksamhet;regi;volym;indikator;värde\n2025;A;A;säbo;privat;tio;x;1\n").unwrap();
    let mut h = harness_with(vec![Some(bad)]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    h.get_by_label(
        "⛔ resultat.csv, rad 2, kolumn ”volym”: förväntade ett tal: ”tio” är inte ett tal",
    );
    assert_eq!(h.state().state.results.providers.len(), 25);
    h.get_by_label("6 159 758,40 kr");
}

#[test]
fn english_is_available() {
    let mut h = harness();
    h.state_mut().prefs.lang = kvalitetspeng::words::Lang::En;
    h.state_mut().state.lang = kvalitetspeng::words::Lang::En;
    h.run();
    h.get_by_label("File");
    h.get_by_label("6,159,758.40 kr");
    h.get_by_label("Nära omsorg i Sjövik").click();
    h.run();
    h.get_by_label_contains("98.5 ≥ 95: met");
}

#[test]
fn kolada_import_asks_for_the_mapping_and_shows_warnings_then_exports_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("utbetalning.xlsx");
    let mut h = harness_with(vec![
        Some(sample("kolada/rules.ron")),
        Some(sample("kolada/oudata.json")),
        Some(sample("kolada/mapping.ron")),
        Some(out.clone()),
    ]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    h.get_by_label("228 088,24 kr");
    h.get_by_label(
        "⚠ oudata.json, post 4: V21E9901H004 / U21468: status ”Uppgift saknas”, räknas som saknat",
    );
    h.get_by_label("Arkiv").click();
    h.run();
    h.get_by_label_contains("Exportera utbetalning (Excel)…")
        .click();
    h.run();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"PK"), "an xlsx is a zip");
    assert!(
        h.get_all_by_label_contains("Exporterade utbetalning.xlsx")
            .count()
            >= 1,
        "toast and message log"
    );
}

#[test]
fn unsaved_edits_are_kept_for_recovery_and_offered_back() {
    let mut h = harness();
    assert!(
        h.state().recovery_snapshot().is_none(),
        "nothing to keep while saved"
    );
    h.state_mut().state.rules.schemes[0].indicators[0].name = "Ändrad helhet".into();
    h.run();
    let rec = h.state().recovery_snapshot().expect("dirty rules are kept");
    let rec_time = rec.stored_at.clone();
    // Next start: the recovery is offered.
    let mut h2 = harness();
    h2.state_mut().recovery_offer = Some(rec);
    h2.run();
    h2.get_by_label("Återställ osparade ändringar?");
    // It names the rule set, says it has no file (the sample) and when the edits were kept.
    h2.get_by_label("Programmet avslutades med osparade ändringar i regeluppsättningen ”Kvalitetspeng äldreomsorg 2025”.");
    h2.get_by_label_contains("(ingen fil, aldrig sparad)");
    h2.get_by_label_contains(&kvalitetspeng::ui::local_time(&rec_time));
    h2.get_by_label("Återställ").click();
    h2.run();
    assert_eq!(
        h2.state().state.rules.schemes[0].indicators[0].name,
        "Ändrad helhet"
    );
    assert!(h2.state().state.is_dirty(), "restored edits are unsaved");
    assert!(h2.query_by_label("Återställ osparade ändringar?").is_none());
    // Discarding keeps the saved rules.
    let mut h3 = harness();
    h3.state_mut().recovery_offer = h.state().recovery_snapshot();
    h3.run();
    h3.get_by_label("Kasta ändringarna").click();
    h3.run();
    assert_eq!(
        h3.state().state.rules.schemes[0].indicators[0].name,
        "Helhetsbedömning, andel nöjda"
    );
}

#[test]
fn saving_over_a_newer_file_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("regler.ron");
    std::fs::copy(sample("worked_example_a/rules.ron"), &path).unwrap();
    let mut h = harness_with(vec![Some(path.clone())]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    // Someone else saves the file after we opened it.
    let theirs = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Exempel A", "Deras version");
    std::fs::write(&path, &theirs).unwrap();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(10);
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(later)
        .unwrap();
    h.state_mut().state.rules.name = "Min version".into();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_label("Filen har ändrats");
    h.get_by_label("Avbryt").click();
    h.run();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        theirs,
        "not overwritten"
    );
    assert!(h.state().state.is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_label("Skriv över").click();
    h.run();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("Min version")
    );
    assert!(!h.state().state.is_dirty());
    // The previous file is kept as a backup.
    assert_eq!(
        std::fs::read_to_string(dir.path().join("regler.ron.bak")).unwrap(),
        theirs
    );
}

#[test]
fn a_workbook_with_several_sheets_asks_which() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("resultat.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    wb.add_worksheet()
        .set_name("Instruktioner")
        .unwrap()
        .write_string(0, 0, "Läs mig")
        .unwrap();
    let ws = wb.add_worksheet();
    ws.set_name("Data").unwrap();
    let rows = [
        [
            "period",
            "utförar_id",
            "utförare",
            "verksamhet",
            "regi",
            "volym",
            "indikator",
            "värde",
        ],
        [
            "2025",
            "SB01",
            "Almgården",
            "säbo",
            "privat",
            "60",
            "helhet",
            "86",
        ],
        ["2025", "SB01", "", "", "", "", "smarta", "75"],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, *v).unwrap();
        }
    }
    wb.save(&path).unwrap();
    let mut h = harness_with(vec![Some(sample("worked_example_a/rules.ron")), Some(path)]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    h.get_by_label("Välj blad");
    h.get_by_label("Data").click();
    h.run();
    assert_eq!(h.state().state.results.providers.len(), 1);
    assert_eq!(
        h.get_all_by_label("1 000 000,00 kr").count(),
        3,
        "the only provider gets the whole pot"
    );
}

/// The provider names in the table from top to bottom, as drawn.
fn table_order(h: &Harness<'_, KvalitetspengApp>) -> Vec<String> {
    let calc = h.state().state.calc.as_ref().unwrap();
    let mut drawn: Vec<(f32, String)> = calc
        .providers
        .iter()
        .filter_map(|p| {
            // The name also appears in the explanation panel when selected; take the table's.
            let node = h
                .query_all_by_label(&p.name)
                .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))?;
            Some((node.rect().top(), p.name.clone()))
        })
        .collect();
    drawn.sort_by(|a, b| a.0.total_cmp(&b.0));
    drawn.into_iter().map(|(_, n)| n).collect()
}

/// The order the table should have when sorted by payout, largest first (ties by id).
fn by_payout(h: &Harness<'_, KvalitetspengApp>) -> Vec<String> {
    let calc = h.state().state.calc.as_ref().unwrap();
    let mut ps: Vec<_> = calc.providers.iter().collect();
    ps.sort_by(|a, b| b.payout.cmp(&a.payout).then_with(|| b.id.cmp(&a.id)));
    ps.into_iter().map(|p| p.name.clone()).collect()
}

#[test]
fn a_sorted_table_follows_a_rule_edit() {
    let mut h = harness();
    h.get_by_label("Kvalitetspeng").click();
    h.run();
    let before = table_order(&h);
    assert_eq!(before.len(), 25, "every provider is drawn");
    assert_eq!(before, by_payout(&h));
    // A far larger SÄBO pot puts every SÄBO provider above the hemtjänst providers.
    if let kvalitetspeng::domain::rules::PayoutBase::Pot(kvalitetspeng::domain::rules::Pot {
        amount,
        ..
    }) = &mut h.state_mut().state.rules.schemes[1].payout
    {
        *amount = d("100000000");
    }
    h.run();
    let after = table_order(&h);
    assert_ne!(after, before, "the order changed");
    assert_eq!(after, by_payout(&h));
}

/// The payouts the app shows equal a full calculation of its rules.
fn assert_calc_is_full(h: &Harness<'_, KvalitetspengApp>) {
    let s = &h.state().state;
    let full = kvalitetspeng::domain::calculate(&s.rules, &s.results).expect("valid rules");
    assert_eq!(s.calc.as_ref().expect("calculated"), &full);
    assert!(!s.calc_is_stale);
}

#[test]
fn adding_moving_and_removing_an_indicator_recalculates_exactly() {
    let mut h = tall_harness();
    let n = h.state().state.rules.schemes[0].indicators.len();
    h.get_all_by_label("➕ Lägg till indikator")
        .next()
        .unwrap()
        .click();
    h.run();
    assert_eq!(h.state().state.rules.schemes[0].indicators.len(), n + 1);
    assert_calc_is_full(&h);
    // Give it weight, then move it up a place and remove it again.
    {
        let inds = &mut h.state_mut().state.rules.schemes[0].indicators;
        inds[0].weight -= d("5");
        inds[n].weight = d("5");
        inds[n].id = "hel_nojd".into(); // another indicator's id in the results
    }
    h.run();
    assert_calc_is_full(&h);
    h.get_by_label("Ny indikator — 5 %").click();
    h.run();
    h.get_by_label("⬆ Flytta upp").click();
    h.run();
    assert_eq!(
        h.state().state.rules.schemes[0].indicators[n - 1].name,
        "Ny indikator"
    );
    assert_calc_is_full(&h);
    // With the locked sum, removing it gives its 5 % to the others (tests/ui_workbench.rs).
    h.get_by_label("🗑 Ta bort").click();
    h.run();
    assert_eq!(h.state().state.rules.schemes[0].indicators.len(), n);
    assert_calc_is_full(&h);
    // Undo brings it back, with the payouts of those rules.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().state.rules.schemes[0].indicators.len(), n + 1);
    assert_calc_is_full(&h);
}

/// Every scoring's editor, opened, has only labelled widgets (kittest checks each frame) and
/// its result is calculated exactly.
#[test]
fn every_scoring_editor_is_labelled() {
    use kvalitetspeng::domain::rules::{
        AchievementOrImprovement, Linear, PeerLevel, Relative, Scoring, Step, Steps, Threshold,
    };
    let mut h = tall_harness();
    let title = {
        let i = &h.state().state.rules.schemes[0].indicators[0];
        format!("{} — {} %", i.name, i.weight)
    };
    h.get_all_by_label(&title).next().unwrap().click();
    h.run();
    let scorings = [
        Scoring::Threshold(Threshold { level: d("90") }),
        Scoring::Linear(Linear {
            lower: d("70"),
            upper: d("95"),
        }),
        Scoring::Steps(Steps {
            steps: vec![
                Step {
                    level: d("80"),
                    credit_percent: d("50"),
                },
                Step {
                    level: d("90"),
                    credit_percent: d("100"),
                },
            ],
        }),
        Scoring::Relative(Relative {
            start: PeerLevel::Percentile(d("25")),
            full: PeerLevel::TopDecileMean,
        }),
        Scoring::AchievementOrImprovement(AchievementOrImprovement {
            threshold: d("80"),
            benchmark: d("95"),
            baseline_period: "2024".into(),
        }),
    ];
    for scoring in scorings {
        h.state_mut().state.rules.schemes[0].indicators[0].scoring = scoring;
        h.run();
        h.get_by_label("Poängsättning");
        assert_calc_is_full(&h);
    }
    // Minimum respondents switched on shows its value field.
    h.state_mut().state.rules.schemes[0].indicators[0].min_respondents = Some(12);
    h.run();
    assert_calc_is_full(&h);
}

#[test]
fn edit_fields_show_thousands_with_spaces_and_read_them_back() {
    let mut h = harness();
    // The sample's SÄBO pot, 3 600 000 kr, as a Swedish controller writes it.
    let field = h.get_by_label("Pott, kr");
    assert_eq!(field.value().as_deref(), Some("3 600 000"));
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Pott, kr").type_text("3 700 000");
    h.run();
    h.key_press(Key::Tab);
    h.run();
    let pot = match &h.state().state.rules.schemes[1].payout {
        kvalitetspeng::domain::rules::PayoutBase::Pot(kvalitetspeng::domain::rules::Pot {
            amount,
            ..
        }) => *amount,
        other => panic!("{other:?}"),
    };
    assert_eq!(pot, d("3700000"));
    assert_eq!(
        h.get_by_label("Pott, kr").value().as_deref(),
        Some("3 700 000")
    );
}

#[test]
fn exports_are_refused_before_any_dialog_while_the_rules_have_errors() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("utbetalning.xlsx");
    let mut h = harness_with(vec![Some(out.clone())]);
    h.state_mut().state.rules.schemes[0].indicators[0].weight = d("30");
    h.run();
    h.get_by_label_contains("Reglerna har 1 fel");
    // The menu item is disabled, and the shortcut says why without asking for a file.
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    // In the messages panel and as a toast.
    assert!(
        h.get_all_by_label_contains("Reglerna har fel: rätta dem innan du exporterar")
            .count()
            >= 1
    );
    assert!(!out.exists());
}

#[test]
fn the_problems_panel_is_one_line_when_clean_and_puts_money_first() {
    let mut h = harness();
    h.get_by_label("· inga problem: reglerna är giltiga och alla resultat kunde användas");
    // Nobody reaches a minimum score of 100 %: the SÄBO pot is not paid out, which changes
    // money, so it is marked and listed before the other warnings.
    h.state_mut().state.rules.schemes[1]
        .qualification
        .min_score_percent = Some(d("100"));
    h.run();
    let money = h.get_by_label_contains("[påverkar belopp]").rect().top();
    let first = h
        .get_all_by_label_contains("⚠")
        .map(|n| n.rect().top())
        .fold(f32::INFINITY, f32::min);
    assert_eq!(money, first, "the money warning is the first warning");
    assert!(h.query_by_label_contains("inga problem").is_none());
}

#[test]
fn the_row_order_stays_put_while_a_value_is_typed() {
    let mut h = harness();
    h.get_by_label("Kvalitetspeng").click();
    h.run();
    let before = table_order(&h);
    // Type a far larger SÄBO pot: while the field has focus the rows keep their places...
    h.get_by_label("Pott, kr").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Pott, kr").type_text("100 000 000");
    h.run();
    // (The SÄBO providers are capped, so the pot is not all paid.)
    assert_eq!(
        h.state()
            .state
            .calc
            .as_ref()
            .unwrap()
            .total_for(kvalitetspeng::domain::ServiceType::Sabo),
        d("5400000.00")
    );
    assert_eq!(table_order(&h), before, "no re-sorting under the cursor");
    // ...and are sorted again when the field is left.
    h.key_press(Key::Tab);
    h.run();
    h.run();
    assert_eq!(table_order(&h), by_payout(&h));
    assert_ne!(table_order(&h), before);
}

#[test]
fn with_the_locked_sum_a_weight_moves_the_others_and_payouts_follow_at_once() {
    let mut h = harness();
    let before = total(&h);
    h.get_all_by_role_and_label(egui::accesskit::Role::Slider, "vikt %")
        .next()
        .unwrap()
        .focus();
    h.run();
    h.key_press(Key::ArrowRight);
    h.run();
    let weights: Vec<rust_decimal::Decimal> = h.state().state.rules.schemes[0]
        .indicators
        .iter()
        .map(|i| i.weight)
        .collect();
    assert_eq!(weights[0], d("21"));
    let sum: rust_decimal::Decimal = weights.iter().sum();
    assert_eq!(sum, d("100"), "the sum stays exactly 100: {weights:?}");
    // The others gave up one point in proportion (80 → 79), to the hundredth, and the rules
    // stay valid: the payouts are recomputed, not frozen as "last valid".
    assert!(
        weights[1..].iter().any(|w| !w.fract().is_zero()),
        "{weights:?}"
    );
    assert!(h.query_by_label_contains("Reglerna har").is_none());
    assert_ne!(total(&h), before);
    // The exact weight of an adjusted indicator is shown beside its slider.
    assert!(h.get_all_by_label_contains("= 9,88 %").count() >= 1);
}

/// The payout column and the totals are on screen at a laptop's and a desktop's sizes, with
/// and without an explanation open (then as a drawer or side panel that covers no amount).
#[test]
fn the_payout_column_and_totals_stay_on_screen_at_1024_1280_and_1920() {
    for size in [[1024.0, 640.0], [1280.0, 720.0], [1920.0, 1080.0]] {
        let mut h = harness_sized(vec![], size);
        let inside = |r: egui::Rect| {
            r.left() >= 0.0 && r.right() <= size[0] && r.top() >= 0.0 && r.bottom() <= size[1]
        };
        let total = h.get_by_label("6 159 758,40 kr").rect();
        assert!(inside(total), "{size:?}: the grand total at {total:?}");
        let cell = h.get_by_label("364 572,04 kr").rect();
        assert!(inside(cell), "{size:?}: the payout cell at {cell:?}");
        // Open the explanation of that provider.
        h.get_by_label("Nära omsorg i Sjövik").click();
        h.run();
        h.get_by_label_contains("poäng 91,26 %");
        // The table's cell is the left-most "364 572,04 kr"; the explanation's own is right of it.
        let cells: Vec<egui::Rect> = h
            .get_all_by_label("364 572,04 kr")
            .map(|n| n.rect())
            .collect();
        let table_cell = cells
            .iter()
            .copied()
            .min_by(|a, b| a.left().total_cmp(&b.left()))
            .unwrap();
        let heading = h
            .get_all_by_label("Nära omsorg i Sjövik")
            .map(|n| n.rect())
            .max_by(|a, b| a.left().total_cmp(&b.left()))
            .unwrap();
        assert!(
            inside(table_cell),
            "{size:?}: the payout cell at {table_cell:?}"
        );
        assert!(
            table_cell.right() < heading.left(),
            "{size:?}: the explanation ({heading:?}) covers the payout ({table_cell:?})"
        );
        let total = h.get_by_label("6 159 758,40 kr").rect();
        assert!(
            inside(total) && total.right() < heading.left(),
            "{size:?}: total {total:?}"
        );
    }
}

#[test]
fn without_a_file_dialog_the_app_asks_for_the_path_in_a_field() {
    let app = KvalitetspengApp::for_tests(ScriptedDialogs {
        no_dialogs: true,
        ..Default::default()
    });
    let mut h = Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(|ui, app: &mut KvalitetspengApp| app.ui_root(ui), app);
    h.run();
    // Ctrl+O: no dialog can be shown, so the app says so and offers a path field.
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.get_by_label("Ingen fildialog kunde visas");
    let path = sample("worked_example_a/rules.ron");
    // The field has the focus and proposes a folder: select it all and type over it.
    assert!(h.get_by_label("Sökväg").is_focused());
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Sökväg")
        .type_text(&path.display().to_string());
    h.run();
    h.get_by_label("OK").click();
    h.run();
    assert_eq!(h.state().state.rules, rules("worked_example_a/rules.ron"));
    assert!(h.query_by_label("Ingen fildialog kunde visas").is_none());
}

#[test]
fn an_indicator_shows_every_providers_result_against_its_levels() {
    let mut h = harness();
    h.get_by_label("Nära omsorg i Sjövik").click();
    h.run();
    // Folded away by default; opened, it draws the strip of all 15 hemtjänst providers.
    let header = h
        .get_all_by_label_contains("utförares resultat mot nivåerna")
        .next()
        .unwrap();
    // One header per hemtjänst indicator (8), counting the providers with a result: all 15
    // for most, fewer where some results are missing.
    assert_eq!(
        h.get_all_by_label_contains("utförares resultat mot nivåerna")
            .count(),
        8
    );
    assert!(
        h.get_all_by_label("Alla 15 utförares resultat mot nivåerna")
            .count()
            >= 5
    );
    header.click();
    h.run();
    assert!(h.state().selected.as_deref() == Some("HT10"));
}

/// Areas, deductions and a withhold are made in the editor by clicking; the table then shows
/// the kvalitetspeng, the withheld amount, the deductions and the net, and the explanation
/// the areas and the interval rule.
#[test]
fn areas_deductions_and_a_withhold_are_made_in_the_editor() {
    use kvalitetspeng::domain::rules::{DeductionAmount, PayoutBase, Uncertainty};
    let mut h = tall_harness();
    let before = total(&h);
    // One area for the home-care scheme: every indicator goes in it at 100 %, and the
    // payouts are those of the flat scheme.
    h.get_all_by_label("Områden (0)").next().unwrap().click();
    h.run();
    h.get_all_by_label("➕ Område").next().unwrap().click();
    h.run();
    let s = &h.state().state.rules.schemes[0];
    assert_eq!(s.areas.len(), 1);
    assert!(
        s.indicators
            .iter()
            .all(|i| i.area.as_deref() == Some("omrade1"))
    );
    assert_calc_is_full(&h);
    assert_eq!(total(&h), before);
    // A second area at 0 % with no indicators is an error shown where it applies.
    h.get_all_by_label("➕ Område").next().unwrap().click();
    h.run();
    // In the editor and in the problems panel.
    assert_eq!(
        h.get_all_by_label_contains("ett område saknar indikatorer")
            .count(),
        2
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().state.rules.schemes[0].areas.len(), 1);
    // A deduction: 1 % of compensation when the first indicator is below 90.
    h.get_all_by_label("Avdrag (vite) (0)")
        .next()
        .unwrap()
        .click();
    h.run();
    h.get_all_by_label("➕ Avdrag").next().unwrap().click();
    h.run();
    let d0 = &h.state().state.rules.schemes[0].deductions;
    assert_eq!(d0.len(), 1);
    assert_eq!(d0[0].amount, DeductionAmount::PercentOfCompensation(d("1")));
    h.get_by_label("Avdrag när");
    // A withhold of 2 %, all paid back.
    h.state_mut().state.rules.schemes[0].payout =
        PayoutBase::Withhold(kvalitetspeng::domain::rules::Withhold {
            withhold_percent: d("2"),
            payback_percent: d("100"),
        });
    h.run();
    h.get_by_label("Innehålls, % av ersättningen");
    h.get_by_label("Betalas tillbaka, % av det innehållna");
    h.get_by_label("Netto");
    h.get_by_label("Innehållet");
    h.get_by_label("Avdrag");
    assert_calc_is_full(&h);
    // The interval rule of a share is chosen in the indicator's editor.
    let title = {
        let i = &h.state().state.rules.schemes[0].indicators[0];
        format!("{} — {} %", i.name, i.weight)
    };
    h.get_all_by_label(&title).next().unwrap().click();
    h.run();
    h.get_by_label("Osäkerhet (95 % KI)");
    h.state_mut().state.rules.schemes[0].indicators[0].uncertainty = Uncertainty::Cautious;
    h.run();
    assert_calc_is_full(&h);
}

/// The explanation of a SÄBO provider in the sample shows its areas and, for the meal
/// survey counted on its lower bound, the interval and that the bound was compared exactly.
#[test]
fn the_explanation_shows_areas_and_the_survey_interval() {
    let mut h = harness();
    let name = h
        .state()
        .state
        .calc
        .as_ref()
        .unwrap()
        .provider("SB01")
        .unwrap()
        .name
        .clone();
    h.get_by_label(&name).click();
    h.run();
    h.get_by_label("Per område");
    h.get_by_label("Brukarupplevelse");
    assert!(h.get_all_by_label_contains("95 % KI").count() >= 2);
    h.get_by_label_contains("nedre gränsen");
    h.get_by_label_contains("jämförd exakt");
}

/// Arkiv › Utskick… asks for a folder (made if it is not there) and writes one statement per
/// provider in it (the sample's rules saved first, see tests/ui_workbench_open.rs).
#[test]
fn statements_from_the_archive_menu_one_pdf_per_provider() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("utskick");
    let ron = dir.path().join("regler.ron");
    let mut h = harness_with(vec![Some(ron), Some(out.clone())]);
    h.get_by_label("Arkiv").click();
    h.run();
    h.get_by_label("Utskick…").click();
    h.run();
    h.get_by_label("Spara reglerna och välj mapp…").click();
    h.run();
    h.run();
    h.state_mut().state.wait_for_jobs();
    h.run();
    let n = h.state().state.calc.as_ref().unwrap().providers.len();
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), n);
    let pdf = std::fs::read(out.join("HT01.pdf")).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    assert!(text.contains("Utfall kvalitetspeng 2025"), "{text}");
    h.get_by_label_contains(&format!("Skrev {n} utskick (ett per utförare) i utskick"));
}

/// The decision report, "Fastställ" with the decision's reference, opening the locked run
/// read-only (verified), and a correction that lists only what changed.
#[test]
fn report_lock_open_read_only_and_correct_in_the_app() {
    use kvalitetspeng::app::UiCommand;
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("beslut.pdf");
    let kvp = dir.path().join("2025.kvp");
    let corrected = dir.path().join("rättad.csv");
    let text = String::from_utf8(kvalitetspeng::app::state::SAMPLE_RESULTS.to_vec()).unwrap();
    // One SÄBO provider's meal survey corrected.
    assert!(text.contains("SB04;;;;;sb_maltid;72;41"));
    std::fs::write(
        &corrected,
        text.replace("SB04;;;;;sb_maltid;72;41", "SB04;;;;;sb_maltid;92;41"),
    )
    .unwrap();
    let fixed = dir.path().join("2025-rättad.kvp");
    let ron = dir.path().join("regler.ron");
    let mut h = harness_with(vec![
        Some(ron.clone()),
        Some(pdf.clone()),
        Some(kvp.clone()),
        Some(kvp.clone()),
        Some(corrected.clone()),
        Some(fixed.clone()),
    ]);
    // The report asks to save the sample's rules first (see tests/ui_workbench.rs).
    h.state_mut().command(UiCommand::ExportReport);
    h.run();
    h.run();
    h.get_by_label("Spara reglerna och välj fil…").click();
    h.run();
    // The report is written on its own thread; the status bar says so meanwhile.
    h.state_mut().state.wait_for_jobs();
    h.run();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    h.get_by_label_contains("Skrev beslutsunderlaget beslut.pdf");
    // Fastställ asks for the decision's reference first.
    h.state_mut().command(UiCommand::LockRun);
    h.run();
    h.run();
    h.get_by_label("Beslutets referens (t.ex. ÄN 2026-03-12 §14)")
        .focus();
    h.run();
    h.get_by_label("Beslutets referens (t.ex. ÄN 2026-03-12 §14)")
        .type_text("ÄN 2026-03-12 §14");
    h.run();
    h.get_by_label("Välj fil och fastställ…").click();
    h.run();
    h.run();
    h.state_mut().state.wait_for_jobs();
    let v = kvalitetspeng::io::locked::verify(&std::fs::read(&kvp).unwrap()).unwrap();
    assert!(v.ok(), "{:?}", v.findings);
    assert_eq!(
        v.manifest.decision_reference.as_deref(),
        Some("ÄN 2026-03-12 §14")
    );
    // Opened read-only and verified.
    h.state_mut().command(UiCommand::OpenLocked);
    h.run();
    h.run();
    h.get_by_label("🔒 Fastställd körning 2025.kvp (skrivskyddad)");
    h.get_by_label("· verifierad: varje fil stämmer byte för byte");
    assert!(h.state().state.read_only());
    let total = h.state().state.calc.as_ref().unwrap().total();
    // A correction: only SB04's meal survey changes; the pot is shared again.
    h.get_by_label("Rätta med nya resultat…").click();
    h.run();
    h.run();
    let c = h.state().state.correction.as_ref().expect("a correction");
    assert!(
        c.diff
            .providers
            .iter()
            .any(|p| p.id == "SB04" && p.indicators.iter().any(|i| i.id == "sb_maltid"))
    );
    assert!(
        c.diff
            .providers
            .iter()
            .all(|p| p.indicators.iter().all(|i| i.id != "ht_helhet"))
    );
    h.get_by_label_contains("Rättelse mot 2025.kvp");
    assert_eq!(
        h.state().state.calc.as_ref().unwrap().total(),
        total,
        "a pot is redistributed"
    );
}

/// Opening a file that is not a locked run changes nothing and says why.
#[test]
fn a_broken_locked_run_changes_nothing() {
    use kvalitetspeng::app::UiCommand;
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("trasig.kvp");
    std::fs::write(&bad, b"PK\x03\x04 not really a zip").unwrap();
    let mut h = harness_with(vec![Some(bad.clone())]);
    let before = h.state().state.calc.clone();
    h.state_mut().command(UiCommand::OpenLocked);
    h.run();
    h.run();
    assert!(!h.state().state.read_only());
    assert_eq!(h.state().state.calc, before);
    assert!(
        h.get_all_by_label_contains(
            "filen är ingen läsbar fastställd körning (.kvp): inget zip-arkiv"
        )
        .count()
            >= 1
    );
}

/// Image snapshots of the workbench (the sample municipality, one explanation open) at a small
/// laptop's, a laptop's and a desktop's size, drawn with wgpu (a software adapter such as
/// lavapipe does) and compared with `tests/snapshots/kittest_*.png`. After looking at a changed
/// image (`*.new.png`, `*.diff.png` beside it), `UPDATE_SNAPSHOTS=1 cargo test --test ui`
/// accepts it.
///
/// A machine without any graphics adapter (no GPU and no Mesa) cannot draw them: there the
/// test says so and stops, so that `cargo test` stays true on a fresh machine; CI sets
/// `KVP_REQUIRE_SNAPSHOTS` (and installs lavapipe), and there a missing adapter fails.
#[test]
fn image_snapshots_of_the_workbench_at_three_sizes() {
    let drawable = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        harness_sized(vec![], [320.0, 200.0]).render().is_ok()
    }))
    .unwrap_or(false);
    if !drawable {
        assert!(
            std::env::var_os("KVP_REQUIRE_SNAPSHOTS").is_none(),
            "no graphics adapter: the image snapshots cannot be drawn (install mesa-vulkan-drivers)"
        );
        eprintln!(
            "image snapshots NOT compared: no graphics adapter here (install mesa-vulkan-drivers for lavapipe)"
        );
        return;
    }
    let mut results = egui_kittest::SnapshotResults::new();
    for size in [[1024.0, 640.0], [1280.0, 720.0], [1920.0, 1080.0]] {
        let mut h = harness_sized(vec![], size);
        h.get_by_label("Nära omsorg i Sjövik").click();
        h.run();
        h.snapshot(format!("kittest_{}x{}_explanation", size[0], size[1]));
        results.extend_harness(&mut h);
    }
    results.unwrap();
}

/// Generated monthly results of `providers` providers × `indicators` indicators in 2025,
/// written to `resultat.csv` in `dir`: the spec, the path and the bytes.
fn generated_results(
    dir: &std::path::Path,
    providers: usize,
    indicators: usize,
) -> (
    kvalitetspeng::generate::GenSpec,
    std::path::PathBuf,
    Vec<u8>,
) {
    let spec = kvalitetspeng::generate::GenSpec {
        providers,
        indicators,
        months: 12,
        seed: 7,
    };
    let path = dir.join("resultat.csv");
    let mut bytes = Vec::new();
    kvalitetspeng::generate::results_csv(&spec, &mut bytes).unwrap();
    std::fs::write(&path, &bytes).unwrap();
    (spec, path, bytes)
}

/// The windows a result set is kept folded into, as written.
fn folded_windows(s: &kvalitetspeng::app::AppState) -> Vec<String> {
    let f = s.results.folded.as_ref().expect("kept folded");
    f.windows.iter().map(ToString::to_string).collect()
}

/// The app keeps a CSV file's results folded into the cells of the periods it calculates, not
/// as rows. An edit to another period reads the file again (the same file: its SHA-256),
/// folded for the new period and the saved rules' it is compared with; every calculation and
/// comparison is the one from every row. A file changed on disk is not read: the earlier
/// calculation stays, marked, with the reason, and is not tried again every frame.
#[test]
fn the_app_keeps_results_folded_and_folds_again_for_a_new_period() {
    use kvalitetspeng::app::AppState;
    use kvalitetspeng::domain::calculate;
    use kvalitetspeng::domain::decide::compare::compare;
    use kvalitetspeng::generate::rules;
    use kvalitetspeng::words::Lang;
    let dir = tempfile::tempdir().unwrap();
    let (spec, path, bytes) = generated_results(dir.path(), 60, 4);
    let rows = kvalitetspeng::io::results_csv::parse_results(&bytes, "resultat.csv").unwrap();
    let full = |s: &AppState| calculate(&s.rules, &rows).expect("valid rules");

    // Imported while the rules cannot be calculated: folded into no period at all.
    let mut s = AppState::new(
        kvalitetspeng::app::state::empty_rules(),
        None,
        Default::default(),
        None,
        Lang::Sv,
    );
    s.rules.period = "inte en period".into();
    s.recompute();
    assert!(s.import_results(&path));
    assert!(s.results.observations.is_empty(), "no rows kept");
    assert_eq!(folded_windows(&s), Vec::<String>::new());
    assert_eq!(s.results.rows(), rows.observations.len());
    assert_eq!(s.results.providers, rows.providers);

    // Rules that can: folded for their year, one cell for twelve monthly rows.
    s.replace_rules(rules(&spec), None, "regler.ron".into());
    assert_eq!(folded_windows(&s), ["2025"]);
    let cells: usize = s
        .results
        .folded
        .as_ref()
        .unwrap()
        .cells
        .iter()
        .map(Vec::len)
        .sum();
    assert_eq!(cells * 12, rows.observations.len());
    assert_eq!(s.calc.as_ref().unwrap(), &full(&s));
    assert!(!s.calc_is_stale);

    // Another period: read again, for it and for the saved rules' year.
    s.rules.period = "2025-H1".into();
    assert!(s.recompute_if_changed());
    assert!(!s.calc_is_stale);
    assert_eq!(folded_windows(&s), ["2025-H1", "2025"]);
    assert_eq!(s.calc.as_ref().unwrap(), &full(&s));
    let saved = calculate(&rules(&spec), &rows).unwrap();
    let c = s.comparison().expect("the period changes payouts");
    assert_eq!(*c, compare(&saved, &full(&s)));

    // The file changed on disk: not read, the earlier calculation stays, marked.
    let before = s.calc.clone();
    std::fs::write(
        &path,
        [
            &bytes[..],
            b"2025-12;X1;X;s\xc3\xa4bo;privat;10;sb_i01;50;\n",
        ]
        .concat(),
    )
    .unwrap();
    s.rules.period = "2025-Q3".into();
    assert!(s.recompute_if_changed());
    assert!(s.calc_is_stale);
    assert_eq!(s.calc, before);
    assert_eq!(folded_windows(&s), ["2025-H1", "2025"]);
    let told = &s.notifications.last().unwrap().text;
    assert_eq!(
        told,
        "Resultaten kunde inte läsas för de nya perioderna; beräkningen visar de tidigare: \
         resultat.csv: resultatfilen har ändrats på disken sedan den importerades; importera den igen"
    );
    let n = s.notifications.len();
    s.recompute();
    assert_eq!(
        s.notifications.len(),
        n,
        "not tried again for the same periods"
    );
    s.decide.sweep.param = "hemtjanst.rate".into();
    s.decide.sweep.from = "100".into();
    s.decide.sweep.to = "200".into();
    s.run_sweep();
    assert!(s.decide.sweep.result.is_none());
    assert_eq!(
        s.decide.sweep.error.as_deref(),
        Some("Resultaten kunde inte läsas för de nya perioderna; beräkningen visar de tidigare")
    );

    // Back to a period it holds: calculated at once, from the results imported.
    s.rules.period = "2025-H1".into();
    assert!(s.recompute_if_changed());
    assert!(!s.calc_is_stale);
    assert_eq!(s.calc.as_ref().unwrap(), &full(&s));
    s.run_sweep();
    assert!(
        s.decide.sweep.result.is_some(),
        "{:?}",
        s.decide.sweep.error
    );
}

/// Through the UI: a CSV file imported from the menu is kept folded; a period edit reads it
/// again; when the file changed on disk the table says so (not that the rules have errors)
/// and an export is refused with the same reason, before any dialog.
#[test]
fn a_period_the_results_cannot_be_read_again_for_is_shown_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let (spec, results_path, bytes) = generated_results(dir.path(), 30, 3);
    let rules_path = dir.path().join("regler.ron");
    let text = kvalitetspeng::io::rules_ron::to_ron_string(&kvalitetspeng::generate::rules(&spec));
    std::fs::write(&rules_path, text).unwrap();
    let mut h = harness_with(vec![Some(rules_path), Some(results_path.clone())]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    assert_eq!(folded_windows(&h.state().state), ["2025"]);
    h.state_mut().state.rules.period = "2025-H2".into();
    h.run();
    assert_eq!(folded_windows(&h.state().state), ["2025", "2025-H2"]);
    assert_calc_is_full(&h);

    std::fs::write(&results_path, [&bytes[..], b"\n"].concat()).unwrap();
    h.state_mut().state.rules.period = "2025-Q1".into();
    h.run();
    let why = "Resultaten kunde inte läsas för de nya perioderna; beräkningen visar de tidigare";
    h.get_by_label(why);
    assert!(h.query_by_label_contains("Reglerna har").is_none());
    let n = h.state().state.notifications.len();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    let s = &h.state().state;
    assert_eq!(s.notifications.len(), n + 1);
    assert_eq!(s.notifications.last().unwrap().text, why);
}
