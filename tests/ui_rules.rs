//! The rule editor's fields for the rules of issue 35, driven through the real UI
//! (egui_kittest): k of n, the peer cohort, a gate's effect and cap, an indicator's contract
//! minimum, the advance rule, and the levels a standard froze from a baseline period (shown, not edited). Each
//! is found by its label and changed, and the calculation (or its warnings) follows.

mod common;
use common::*;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kvalitetspeng::app::UiCommand;
use kvalitetspeng::domain::gate::GateEffect;
use kvalitetspeng::ui::{KvalitetspengApp, ScriptedDialogs};
use rust_decimal::Decimal;

/// The app with worked example `x`'s rules and results opened through the menus' shortcuts,
/// in a tall window (an opened indicator's fields on screen).
/// The app with the rules `rules` opened (Arkiv › Öppna regler), the dialogs answering
/// `results` next.
fn with_rules(
    rules: std::path::PathBuf,
    results: std::path::PathBuf,
) -> Harness<'static, KvalitetspengApp> {
    let app = KvalitetspengApp::for_tests(ScriptedDialogs {
        answers: vec![Some(rules), Some(results)].into(),
        ..Default::default()
    });
    let mut h = Harness::builder()
        .with_size([1600.0, 2400.0])
        .build_ui_state(|ui, app: &mut KvalitetspengApp| app.ui_root(ui), app);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h
}

fn example(x: &str) -> Harness<'static, KvalitetspengApp> {
    let mut h = with_rules(
        sample(&format!("worked_example_{x}/rules.ron")),
        sample(&format!("worked_example_{x}/results.csv")),
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    h
}

fn total(h: &Harness<'_, KvalitetspengApp>) -> Decimal {
    h.state().state.calc.as_ref().unwrap().total()
}

/// Replaces a text field's text and leaves it.
fn retype(h: &mut Harness<'_, KvalitetspengApp>, role: Role, label: &str, old: &str, new: &str) {
    let field = h
        .get_all_by_role_and_label(role, label)
        .find(|n| n.value().as_deref() == Some(old))
        .unwrap_or_else(|| panic!("no field {label} with {old}"));
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_all_by_role_and_label(role, label)
        .find(|n| n.value().as_deref() == Some(old))
        .unwrap()
        .type_text(new);
    h.run();
    h.key_press(Key::Tab);
    h.run();
}

/// Worked example L: k = 2 of 4 leaves L3 (one usable result) without a score; k = 1 pays it
/// 10 000, k = 3 leaves L2 out too; no rule pays everyone.
#[test]
fn k_of_n_is_edited_by_its_label() {
    let mut h = example("l");
    assert_eq!(total(&h), d("10000.00"));
    let label = "Minsta antal indikatorer med data";
    h.get_by_role_and_label(Role::SpinButton, label)
        .set_value_accesskit(1.0);
    h.run();
    assert_eq!(
        h.state().state.rules.schemes[0].min_usable_indicators,
        Some(1)
    );
    assert_eq!(total(&h), d("20000.00"));
    h.get_by_role_and_label(Role::SpinButton, label)
        .set_value_accesskit(3.0);
    h.run();
    assert_eq!(total(&h), d("5000.00"));
    h.get_by_role_and_label(Role::CheckBox, label).click();
    h.run();
    assert_eq!(h.state().state.rules.schemes[0].min_usable_indicators, None);
    assert_eq!(total(&h), d("20000.00"));
    assert!(h.query_by_role_and_label(Role::SpinButton, label).is_none());
}

/// Worked example M: M3's finding caps its score at 50 % (5 000 kr); a cap of 60 % pays
/// 6 000; making that finding bar payment pays nothing; a new rule's row appears.
#[test]
fn a_gates_cap_and_effect_are_edited_by_their_label() {
    let mut h = example("m");
    assert_eq!(total(&h), d("15000.00"));
    retype(&mut h, Role::TextInput, "Tillsynsfynd (slag)", "50", "60");
    assert_eq!(
        h.state().state.rules.schemes[0].gates[1].effect,
        GateEffect::CapScore(d("60"))
    );
    assert_eq!(total(&h), d("16000.00"));
    h.get_all_by_label("spärrar utbetalning")
        .nth(1)
        .unwrap()
        .click();
    h.run();
    assert_eq!(
        h.state().state.rules.schemes[0].gates[1].effect,
        GateEffect::BarsPayment
    );
    assert_eq!(total(&h), d("10000.00"));
    h.get_by_label("+ Regel för tillsynsfynd").click();
    h.run();
    assert_eq!(h.state().state.rules.schemes[0].gates.len(), 3);
    // A rule without a kind is an error, said at the scheme.
    assert!(
        h.query_all_by_label_contains("en regel för tillsynsfynd saknar slag (kind)")
            .next()
            .is_some()
    );
}

/// Worked example K: levels within each cohort of the column kohort; the whole scheme as one
/// group gives other levels and another total.
#[test]
fn the_peer_cohort_is_chosen_by_its_label() {
    let mut h = example("k");
    assert_eq!(total(&h), d("24285.71"));
    h.get_by_label("Jämförelsegrupp (relativa nivåer)").click();
    h.run();
    h.get_by_label("hela verksamheten").click();
    h.run();
    assert!(h.state().state.rules.schemes[0].cohort.is_default());
    assert_ne!(total(&h), d("24285.71"));
}

/// An indicator's contract minimum: at the paying level 80 % it is warned of (paying for what
/// the contract demands anyway); below it, not.
#[test]
fn a_contract_minimum_is_edited_by_its_label() {
    let mut h = example("m");
    let warning = "är inte bättre än avtalets miniminivå";
    assert!(h.query_all_by_label_contains(warning).next().is_none());
    h.get_all_by_label("Helhetsbedömning — 25 %")
        .next()
        .unwrap()
        .click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "Avtalets miniminivå")
        .click();
    h.run();
    assert_eq!(
        h.state().state.rules.schemes[0].indicators[0].contract_minimum,
        Some(d("80"))
    );
    assert!(h.query_all_by_label_contains(warning).next().is_some());
    retype(&mut h, Role::TextInput, "Avtalets miniminivå", "80", "75");
    assert_eq!(
        h.state().state.rules.schemes[0].indicators[0].contract_minimum,
        Some(d("75"))
    );
    assert!(h.query_all_by_label_contains(warning).next().is_none());
}

/// Worked example J: an indicator whose levels a standard froze shows where they came from
/// (the numbers, how they were found, the baseline file), read only.
#[test]
fn a_frozen_standard_shows_its_levels_and_source() {
    let mut h = with_rules(
        sample("worked_example_j/rules_2025.ron"),
        sample("worked_example_j/results.csv"),
    );
    assert!(h.query_by_label("Nivåer ur basperiod").is_none());
    let title = {
        let i = &h.state().state.rules.schemes[0].indicators[0];
        format!("{} — {} %", i.name, i.weight)
    };
    h.get_all_by_label(&title).next().unwrap().click();
    h.run();
    h.get_by_label("Nivåer ur basperiod");
    h.get_by_label_contains("Nivåerna är fastställda i förväg ur basperioden (baseline_2024.csv)");
    h.get_by_label_contains("25:e percentilen av 2024 års resultat");
}

/// The advance rule: worked example L has none, so Arkiv › Förskottsplan… is greyed out;
/// turning advances on by its label gives the starting rule (80 % in 4 rounds), its fields,
/// and the menu item enabled; the rounds are edited by their label.
#[test]
fn the_advance_rule_is_turned_on_by_its_label() {
    let mut h = example("l");
    let item_enabled = |h: &mut Harness<'_, KvalitetspengApp>| {
        h.get_by_label("Arkiv").click();
        h.run();
        let enabled = !h
            .get_by_label("Förskottsplan…")
            .accesskit_node()
            .is_disabled();
        h.key_press(Key::Escape);
        h.run();
        enabled
    };
    assert!(!item_enabled(&mut h));
    let rounds = "Förskott, antal omgångar";
    assert!(
        h.query_by_role_and_label(Role::SpinButton, rounds)
            .is_none()
    );
    h.get_by_role_and_label(Role::CheckBox, "Förskott under året")
        .click();
    h.run();
    let a = h.state().state.rules.schemes[0].advances.clone().unwrap();
    assert_eq!((a.percent_of_previous, a.rounds), (d("80"), 4));
    assert!(h.state().state.can_run(UiCommand::ExportAdvancePlan));
    assert!(item_enabled(&mut h));
    h.get_by_role_and_label(Role::SpinButton, rounds)
        .set_value_accesskit(12.0);
    h.run();
    assert_eq!(
        h.state().state.rules.schemes[0]
            .advances
            .as_ref()
            .unwrap()
            .rounds,
        12
    );
    h.get_by_label("Förskott, % av föregående utbetalning");
}
