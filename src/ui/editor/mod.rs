//! The rule editor: every part of the rule set, with validation shown where it applies.
//! Payouts recompute as soon as the rules change (see `KvalitetspengApp::ui_root`).

mod indicator;
mod kinds;
mod parts;
mod scheme;
mod scheme_rules;

pub(crate) use scheme::normalise_weights;

use crate::words::Label as _;
use crate::words::Text;
use crate::words::msg;
use egui::{RichText, ScrollArea};
use rust_decimal::Decimal;

use super::KvalitetspengApp;
use crate::domain::ServiceType;
use crate::domain::rules::*;
use crate::domain::validation::{Problem, Severity};
use crate::words::{Lang, Word};

pub fn editor_ui(app: &mut KvalitetspengApp, ui: &mut egui::Ui) {
    let lang = app.lang();
    ui.horizontal(|ui| {
        ui.heading(lang.word(Word::Rules));
        let n = app.state.error_count();
        if n > 0 {
            ui.label(
                RichText::new(msg!(lang.words(), "editor-errors", n))
                    .color(ui.visuals().error_fg_color),
            );
        }
    });
    let problems = app.state.problems.clone();
    let mut removed: Option<String> = None;
    ScrollArea::vertical()
        .id_salt("editor_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let rules = &mut app.state.rules;
            egui::Grid::new("ruleset_grid")
                .num_columns(2)
                .spacing([8.0, 4.0])
                .show(ui, |ui| {
                    let lbl = ui.label(lang.word(Word::Municipality));
                    ui.text_edit_singleline(&mut rules.municipality)
                        .labelled_by(lbl.id);
                    ui.end_row();
                    let lbl = ui.label(lang.word(Word::Name));
                    ui.text_edit_singleline(&mut rules.name).labelled_by(lbl.id);
                    ui.end_row();
                    let lbl = ui.label(lang.word(Word::Period));
                    ui.add(
                        egui::TextEdit::singleline(&mut rules.period)
                            .hint_text("2025, 2025-H1, 2025-Q3, 2025-03"),
                    )
                    .labelled_by(lbl.id);
                    ui.end_row();
                });
            problems_for(ui, &problems, None, None, lang);

            let period = rules.period.clone();
            let mut remove_scheme: Option<usize> = None;
            for (si, scheme) in rules.schemes.iter_mut().enumerate() {
                let st = scheme.service_type;
                ui.add_space(6.0);
                stable_scope(ui, ("scheme", si), |ui| {
                    egui::CollapsingHeader::new(RichText::new(st.label(lang)).strong().size(15.0))
                        .id_salt(("scheme", si))
                        .default_open(true)
                        .show(ui, |ui| {
                            removed = removed
                                .take()
                                .or(scheme::scheme_ui(ui, scheme, si, &problems, &period, lang));
                            if ui.small_button(lang.word(Word::RemoveTheScheme)).clicked() {
                                remove_scheme = Some(si);
                            }
                        });
                });
            }
            if let Some(si) = remove_scheme {
                rules.schemes.remove(si);
            }
            ui.add_space(8.0);
            for st in ServiceType::ALL {
                if rules.scheme(st).is_none() {
                    let name = st.label(lang).to_lowercase();
                    let label = msg!(lang.words(), "editor-add-scheme", st = name);
                    if ui.button(label).clicked() {
                        rules.schemes.push(new_scheme(st, lang));
                    }
                }
            }
        });
    if let Some(name) = removed {
        let text = msg!(lang.words(), "editor-indicator-removed", name);
        app.state.notify_undoable(text);
    }
}

/// A child `Ui` whose widget ids depend only on `salt`, not on how many widgets came before it
/// (egui's `push_id` still mixes in the parent's widget counter). Inline problems that appear
/// above a field must not change its id, or it would lose keyboard focus mid-edit.
fn stable_scope<R>(
    ui: &mut egui::Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let id = ui.make_persistent_id(salt);
    ui.scope_builder(egui::UiBuilder::new().scope_id(id), add)
        .inner
}

fn new_scheme(st: ServiceType, lang: Lang) -> Scheme {
    Scheme {
        service_type: st,
        volume_unit: if st == ServiceType::Hemtjanst {
            VolumeUnit::Hour
        } else {
            VolumeUnit::Place
        },
        missing_data: MissingDataPolicy::ZeroCredit,
        payout: PayoutBase::PerVolumeUnit(crate::domain::rules::PerVolumeUnit {
            kr_per_unit: Decimal::TEN,
        }),
        qualification: Qualification::default(),
        cap: None,
        budget: None,
        areas: Vec::new(),
        indicators: vec![new_indicator(1, lang)],
        deductions: Vec::new(),
        floor_at_zero: false,
        min_usable_indicators: None,
        gates: Vec::new(),
        cohort: Default::default(),
        advances: None,
    }
}

fn new_indicator(n: usize, lang: Lang) -> Indicator {
    Indicator {
        id: format!("indikator{n}"),
        name: lang.word(Word::NewIndicator).into(),
        unit: Unit::Percent,
        direction: Direction::HigherIsBetter,
        weight: Decimal::ONE_HUNDRED,
        source: String::new(),
        min_respondents: None,
        contract_minimum: None,
        area: None,
        standard: None,
        uncertainty: Uncertainty::Estimate,
        scoring: Scoring::Threshold(Threshold {
            level: Decimal::from(80),
        }),
    }
}

fn problems_for(
    ui: &mut egui::Ui,
    problems: &[Problem],
    scheme: Option<ServiceType>,
    indicator: Option<usize>,
    lang: Lang,
) {
    for p in problems
        .iter()
        .filter(|p| p.scheme == scheme && p.indicator.as_ref().map(|i| i.0) == indicator)
    {
        let color = if p.severity == Severity::Error {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().warn_fg_color
        };
        ui.label(
            RichText::new(format!(
                "{} {}",
                if p.severity == Severity::Error {
                    "⛔"
                } else {
                    "⚠"
                },
                p.text(lang)
            ))
            .color(color),
        );
    }
}
