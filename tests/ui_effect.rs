//! The Effekt window driven through the real UI (egui_kittest): opened from the Beslut menu by
//! its label, the Kolada file picked with the test's dialog stand-in, the form typed in, and the
//! estimate of docs/effect.md's worked example shown.

mod common;
use common::*;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kvalitetspeng::ui::{KvalitetspengApp, ScriptedDialogs};

fn harness(answers: Vec<Option<std::path::PathBuf>>) -> Harness<'static, KvalitetspengApp> {
    let app = KvalitetspengApp::for_tests(ScriptedDialogs {
        answers: answers.into(),
        ..Default::default()
    });
    let mut h = Harness::builder()
        .with_size([1280.0, 720.0])
        .build_ui_state(|ui, app: &mut KvalitetspengApp| app.ui_root(ui), app);
    h.run();
    h
}

/// Types `text` into the field labelled `label`.
fn fill(h: &mut Harness<'_, KvalitetspengApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn open_effect_window(h: &mut Harness<'_, KvalitetspengApp>) {
    h.get_by_label("Beslut").click();
    h.run();
    h.get_by_label("Effektuppföljning…").click();
    h.run();
    h.get_by_label("Kommunen mot jämförelsekommunerna");
}

#[test]
fn the_worked_example_is_estimated_in_the_effect_window() {
    let mut h = harness(vec![Some(sample("effect/kolada_example.json"))]);
    open_effect_window(&mut h);
    h.get_by_label("Välj fil…").click();
    h.run();
    assert!(
        h.state()
            .state
            .effect
            .kolada
            .ends_with("kolada_example.json")
    );
    fill(&mut h, "KPI", "U21468");
    fill(&mut h, "Kommun (kod)", "2999");
    fill(&mut h, "Kvalitetspeng från år", "2019");
    fill(&mut h, "Uteslut kommuner", "2920");
    h.get_by_label("Skatta effekten").click();
    h.run();
    h.get_by_label_contains("Skattad effekt: 4,00 (");
    h.get_by_label_contains("Slutsats:");
    // The sample municipality has one period: the providers' part says when it shows.
    h.get_by_label_contains("minst två perioder");
}

/// The window's estimate goes into the decision report the app writes.
#[test]
fn the_decision_report_has_the_windows_estimate() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("beslut.pdf");
    // The report asks to save the sample's rules first (see tests/ui_workbench.rs).
    let ron = pdf.with_file_name("regler.ron");
    let mut h = harness(vec![
        Some(sample("effect/kolada_example.json")),
        Some(ron),
        Some(pdf.clone()),
    ]);
    open_effect_window(&mut h);
    h.get_by_label("Välj fil…").click();
    h.run();
    fill(&mut h, "KPI", "U21468");
    fill(&mut h, "Kommun (kod)", "2999");
    fill(&mut h, "Kvalitetspeng från år", "2019");
    fill(&mut h, "Uteslut kommuner", "2920");
    h.get_by_label("Skatta effekten").click();
    h.run();
    // A KPI typed after the estimate is not the one the report names.
    fill(&mut h, "KPI", "X");
    h.state_mut()
        .command(kvalitetspeng::app::UiCommand::ExportReport);
    h.run();
    h.run();
    h.get_by_label("Spara reglerna och välj fil…").click();
    h.run();
    h.run();
    h.state_mut().state.wait_for_jobs();
    h.run();
    let text = pdf_extract::extract_text_from_mem(&std::fs::read(&pdf).unwrap()).unwrap();
    let text: String = text.split_whitespace().collect();
    for want in [
        "EffektuppföljningEffektavkvalitetspengpåKPIU21468ikommun2999från2019",
        "Skattadeffekt:4,00",
        "95%konfidensintervall:−0,75till8,75",
    ] {
        assert!(text.contains(want), "«{want}» not in {text}");
    }
}

#[test]
fn a_bad_year_is_said_in_the_window() {
    let mut h = harness(vec![]);
    open_effect_window(&mut h);
    fill(&mut h, "Kvalitetspeng från år", "19");
    h.get_by_label("Skatta effekten").click();
    h.run();
    h.get_by_label_contains("förväntade ett år (ÅÅÅÅ), fick ”19”");
}

/// Results with two periods loaded while the window is open show the providers' response,
/// and each provider's path under it.
#[test]
fn results_with_two_periods_show_the_providers_paths() {
    let mut h = harness(vec![
        Some(sample("effect_providers/rules.ron")),
        Some(sample("effect_providers/results.csv")),
    ]);
    open_effect_window(&mut h);
    h.get_by_label_contains("minst två perioder");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::I);
    h.run();
    h.get_by_label_contains("rättad för återgång mot medelvärdet");
    assert!(h.query_by_label_contains("76 → 80,5").is_none());
    h.get_by_label("Varje utförares utveckling").click();
    h.run();
    h.get_by_label("  helhet (nivå ≥ 80 %): 76 → 80,5");
}
