//! The rule editor: every part of the rule set, with validation shown where it applies.
//! Payouts recompute as soon as the rules change (see `KvalitetspengApp::ui_root`).

use egui::{RichText, ScrollArea};
use rust_decimal::Decimal;

use super::KvalitetspengApp;
use super::widgets::{decimal_edit, optional_decimal_edit};
use crate::domain::ServiceType;
use crate::domain::allocate::allocate;
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
                RichText::new(lang.words().editor_errors(&n)).color(ui.visuals().error_fg_color),
            );
        }
    });
    let problems = app.state.problems.clone();
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
                            scheme_ui(ui, scheme, si, &problems, &period, lang);
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
                    let label = lang.words().editor_add_scheme(st);
                    if ui.button(label).clicked() {
                        rules.schemes.push(new_scheme(st, lang));
                    }
                }
            }
        });
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
        payout: PayoutBase::PerVolumeUnit {
            kr_per_unit: Decimal::TEN,
        },
        qualification: Qualification::default(),
        cap: None,
        budget: None,
        areas: Vec::new(),
        indicators: vec![new_indicator(1, lang)],
        deductions: Vec::new(),
        floor_at_zero: false,
    }
}

/// A starting value for a new budget: the pot, or a round million.
fn scheme_total_hint(payout: &crate::domain::rules::PayoutBase) -> Decimal {
    match payout {
        crate::domain::rules::PayoutBase::Pot { amount, .. } => *amount,
        _ => Decimal::from(1_000_000),
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
        area: None,
        uncertainty: Uncertainty::Estimate,
        scoring: Scoring::Threshold {
            level: Decimal::from(80),
        },
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

fn scheme_ui(
    ui: &mut egui::Ui,
    scheme: &mut Scheme,
    si: usize,
    problems: &[Problem],
    period: &str,
    lang: Lang,
) {
    let st = Some(scheme.service_type);
    egui::Grid::new(("scheme_grid", si))
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            let payout_lbl = ui.label(lang.word(Word::Payout));
            let kind = match scheme.payout {
                PayoutBase::Pot { .. } => 0,
                PayoutBase::PerVolumeUnit { .. } => 1,
                PayoutBase::PercentOfCompensation { .. } => 2,
                PayoutBase::Withhold { .. } => 3,
            };
            let mut new_kind = kind;
            egui::ComboBox::from_id_salt(("payout_kind", si))
                .selected_text(scheme.payout.kind_label(lang))
                .show_ui(ui, |ui| {
                    ui.selectable_value(
                        &mut new_kind,
                        0,
                        PayoutBase::Pot {
                            amount: Decimal::ZERO,
                            key: None,
                        }
                        .kind_label(lang),
                    );
                    ui.selectable_value(
                        &mut new_kind,
                        1,
                        PayoutBase::PerVolumeUnit {
                            kr_per_unit: Decimal::ZERO,
                        }
                        .kind_label(lang),
                    );
                    ui.selectable_value(
                        &mut new_kind,
                        2,
                        PayoutBase::PercentOfCompensation {
                            percent: Decimal::ZERO,
                        }
                        .kind_label(lang),
                    );
                    ui.selectable_value(
                        &mut new_kind,
                        3,
                        PayoutBase::Withhold {
                            withhold_percent: Decimal::ZERO,
                            payback_percent: Decimal::ZERO,
                        }
                        .kind_label(lang),
                    );
                })
                .response
                .labelled_by(payout_lbl.id);
            if new_kind != kind {
                scheme.payout = match new_kind {
                    0 => PayoutBase::Pot {
                        amount: Decimal::from(1_000_000),
                        key: Some(PotKey::CreditTimesVolume),
                    },
                    1 => PayoutBase::PerVolumeUnit {
                        kr_per_unit: Decimal::TEN,
                    },
                    2 => PayoutBase::PercentOfCompensation {
                        percent: Decimal::from(2),
                    },
                    _ => PayoutBase::Withhold {
                        withhold_percent: Decimal::from(2),
                        payback_percent: Decimal::ONE_HUNDRED,
                    },
                };
            }
            ui.end_row();
            match &mut scheme.payout {
                PayoutBase::Pot { amount, key } => {
                    let lbl = ui.label(lang.word(Word::PotKr));
                    decimal_edit(ui, amount, ("pot", si), 120.0, lang, lbl.id);
                    ui.end_row();
                    let lbl = ui.label(lang.word(Word::Shared));
                    egui::ComboBox::from_id_salt(("pot_key", si))
                        .selected_text(
                            key.map(|k| k.label(lang))
                                .unwrap_or(lang.word(Word::ChooseKey)),
                        )
                        .show_ui(ui, |ui| {
                            for k in PotKey::ALL {
                                ui.selectable_value(key, Some(k), k.label(lang));
                            }
                        })
                        .response
                        .labelled_by(lbl.id);
                    ui.end_row();
                }
                PayoutBase::PerVolumeUnit { kr_per_unit } => {
                    let lbl = ui.label(
                        lang.words()
                            .editor_rate_label(&scheme.volume_unit.singular(lang)),
                    );
                    decimal_edit(ui, kr_per_unit, ("rate", si), 90.0, lang, lbl.id);
                    ui.end_row();
                }
                PayoutBase::PercentOfCompensation { percent } => {
                    let lbl = ui.label(lang.word(Word::PercentOfCompensationOption));
                    decimal_edit(ui, percent, ("pct", si), 90.0, lang, lbl.id);
                    ui.end_row();
                }
                PayoutBase::Withhold {
                    withhold_percent,
                    payback_percent,
                } => {
                    let lbl = ui.label(lang.word(Word::WithheldPercentOfCompensation));
                    decimal_edit(ui, withhold_percent, ("withhold", si), 90.0, lang, lbl.id);
                    ui.end_row();
                    let lbl = ui
                        .label(lang.word(Word::PaidBackPercentOf))
                        .on_hover_text(lang.word(Word::N100PercentBudgetNeutral));
                    decimal_edit(ui, payback_percent, ("payback", si), 90.0, lang, lbl.id);
                    ui.end_row();
                }
            }
            let lbl = ui.label(lang.word(Word::VolumeCountedIn));
            egui::ComboBox::from_id_salt(("unit", si))
                .selected_text(scheme.volume_unit.label(lang))
                .show_ui(ui, |ui| {
                    for u in VolumeUnit::ALL {
                        ui.selectable_value(&mut scheme.volume_unit, u, u.label(lang));
                    }
                })
                .response
                .labelled_by(lbl.id);
            ui.end_row();
            let missing_lbl = ui.label(lang.word(Word::MissingData));
            let mut policy_kind = match scheme.missing_data {
                MissingDataPolicy::ZeroCredit => 0,
                MissingDataPolicy::Renormalize => 1,
                MissingDataPolicy::FallbackShare(_) => 2,
            };
            let before = policy_kind;
            egui::ComboBox::from_id_salt(("missing", si))
                .selected_text(scheme.missing_data.label(lang))
                .width(230.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(
                        &mut policy_kind,
                        0,
                        MissingDataPolicy::ZeroCredit.label(lang),
                    );
                    ui.selectable_value(
                        &mut policy_kind,
                        1,
                        MissingDataPolicy::Renormalize.label(lang),
                    );
                    ui.selectable_value(&mut policy_kind, 2, lang.word(Word::ShareOfLastPeriods));
                })
                .response
                .labelled_by(missing_lbl.id);
            if policy_kind != before {
                scheme.missing_data = match policy_kind {
                    0 => MissingDataPolicy::ZeroCredit,
                    1 => MissingDataPolicy::Renormalize,
                    _ => MissingDataPolicy::FallbackShare(Decimal::from(70)),
                };
            }
            ui.end_row();
            if let MissingDataPolicy::FallbackShare(p) = &mut scheme.missing_data {
                let lbl = ui.label(lang.word(Word::SharePercent));
                decimal_edit(ui, p, ("fallback", si), 70.0, lang, lbl.id);
                ui.end_row();
            }
            ui.label(lang.word(Word::Requirement));
            ui.horizontal(|ui| {
                optional_decimal_edit(
                    ui,
                    &mut scheme.qualification.min_score_percent,
                    lang.word(Word::MinimumScorePercent),
                    Decimal::from(50),
                    ("minscore", si),
                    lang,
                )
            });
            ui.end_row();
            ui.label("");
            ui.checkbox(
                &mut scheme.qualification.all_indicators_met,
                lang.word(Word::AllIndicatorsMet),
            );
            ui.end_row();
            ui.label(lang.word(Word::CapPerProvider));
            ui.horizontal(|ui| {
                optional_decimal_edit(
                    ui,
                    &mut scheme.cap,
                    lang.word(Word::Kr),
                    Decimal::from(500_000),
                    ("cap", si),
                    lang,
                )
            });
            ui.end_row();
            ui.label(lang.word(Word::Budget))
                .on_hover_text(lang.word(Word::WhatTheSchemeMay));
            ui.horizontal(|ui| {
                let default = scheme_total_hint(&scheme.payout);
                optional_decimal_edit(
                    ui,
                    &mut scheme.budget,
                    lang.word(Word::Kr),
                    default,
                    ("budget", si),
                    lang,
                )
            });
            ui.end_row();
            ui.label(lang.word(Word::TheNet));
            ui.checkbox(
                &mut scheme.floor_at_zero,
                lang.word(Word::FloorAtZeroInline),
            )
            .on_hover_text(lang.word(Word::WithholdingAndDeductionsDo));
            ui.end_row();
        });
    problems_for(ui, problems, st, None, lang);
    areas_ui(ui, scheme, si, lang);
    deductions_ui(ui, scheme, si, lang);

    // Weights overview (with areas: the weights inside each area, see `areas_ui`).
    let sum: Decimal = if scheme.areas.is_empty() {
        scheme.indicators.iter().map(|i| i.weight).sum()
    } else {
        Decimal::ONE_HUNDRED
    };
    // One id for the scheme's "locked sum" choice, made here (a child ui would salt it).
    let lock_id = ui.make_persistent_id(("weights_locked", si));
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let ok = sum == Decimal::ONE_HUNDRED;
        let text = lang.words().editor_weight_sum(sum);
        ui.label(RichText::new(text).color(if ok {
            ui.visuals().text_color()
        } else {
            ui.visuals().error_fg_color
        }));
        if !scheme.areas.is_empty() {
            ui.label(lang.word(Word::WeightsCountInsideEach));
        }
        let mut locked = ui.data_mut(|d| *d.get_persisted_mut_or(lock_id, true));
        if ui
            .checkbox(&mut locked, lang.word(Word::LockedSum100Percent))
            .on_hover_text(lang.word(Word::WhenAWeightChanges))
            .changed()
        {
            ui.data_mut(|d| d.insert_persisted(lock_id, locked));
        }
        if !ok
            && sum > Decimal::ZERO
            && ui
                .button(lang.word(Word::NormaliseWeights))
                .on_hover_text(lang.word(Word::ScaleTheWeightsTo))
                .clicked()
        {
            let ws: Vec<Decimal> = scheme
                .indicators
                .iter()
                .map(|i| i.weight.max(Decimal::ZERO))
                .collect();
            for (ind, w) in scheme
                .indicators
                .iter_mut()
                .zip(allocate(Decimal::ONE_HUNDRED, &ws))
            {
                ind.weight = w.normalize();
            }
        }
    });

    let locked = ui.data_mut(|d| *d.get_persisted_mut_or(lock_id, true));
    let areas: Vec<(String, String)> = scheme
        .areas
        .iter()
        .map(|a| (a.id.clone(), a.name.clone()))
        .collect();
    let mut remove: Option<usize> = None;
    let mut move_up: Option<usize> = None;
    let mut weight_moved: Option<(usize, Decimal)> = None;
    let n = scheme.indicators.len();
    for (ii, ind) in scheme.indicators.iter_mut().enumerate() {
        // Stable ids: inline problems appearing above must not steal focus from a field being edited.
        stable_scope(ui, ("indicator", si, ii), |ui| {
            let has_err = problems.iter().any(|p| {
                p.scheme == st
                    && p.indicator.as_ref().map(|x| x.0) == Some(ii)
                    && p.severity == Severity::Error
            });
            let title = format!(
                "{}{} — {} %",
                if has_err { "⛔ " } else { "" },
                ind.name,
                crate::domain::decimal::format_number(ind.weight.normalize(), None, true)
            );
            egui::CollapsingHeader::new(title)
                .id_salt(("ind", si, ii))
                .default_open(false)
                .show(ui, |ui| {
                    indicator_ui(ui, ind, &areas, si, ii, period, lang);
                    problems_for(ui, problems, st, Some(ii), lang);
                    ui.horizontal(|ui| {
                        if ii > 0 && ui.small_button(lang.word(Word::MoveUp)).clicked() {
                            move_up = Some(ii);
                        }
                        if ui.small_button(lang.word(Word::Remove)).clicked() {
                            remove = Some(ii);
                        }
                    });
                });
            // The weight slider is outside the collapsing body so weights are quick to balance.
            ui.horizontal(|ui| {
                ui.add_space(18.0);
                // The slider moves in whole percent; a weight with decimals (e.g. 45,71 after a
                // normalisation or a locked-sum adjustment) is shown exactly beside it.
                let mut w =
                    rust_decimal::prelude::ToPrimitive::to_i64(&ind.weight.round()).unwrap_or(0);
                let resp = ui.add(
                    egui::Slider::new(&mut w, 0..=100).text(lang.word(Word::WeightPercentInline)),
                );
                if !ind.weight.fract().is_zero() {
                    ui.weak(format!(
                        "= {} %",
                        crate::words::number::format_number_lang(
                            ind.weight.normalize(),
                            None,
                            lang
                        )
                    ));
                }
                if resp.changed() {
                    let v = Decimal::from(w);
                    if locked {
                        weight_moved = Some((ii, v));
                    } else {
                        ind.weight = v;
                    }
                }
            });
        });
    }
    if let Some((k, v)) = weight_moved {
        // The locked sum holds over the scheme, or inside the indicator's area.
        let area = scheme.indicators[k].area.clone();
        let group: Vec<usize> = (0..scheme.indicators.len())
            .filter(|&j| scheme.areas.is_empty() || scheme.indicators[j].area == area)
            .collect();
        let weights: Vec<Decimal> = group.iter().map(|&j| scheme.indicators[j].weight).collect();
        let pos = group.iter().position(|&j| j == k).unwrap_or(0);
        match crate::domain::decide::param::rebalance(&weights, pos, v) {
            Some(new) => {
                for (&j, w) in group.iter().zip(new) {
                    scheme.indicators[j].weight = w.normalize();
                }
            }
            None => scheme.indicators[k].weight = v,
        }
    }
    if let Some(ii) = remove {
        scheme.indicators.remove(ii);
    }
    if let Some(ii) = move_up {
        scheme.indicators.swap(ii, ii - 1);
    }
    if ui.button(lang.word(Word::AddIndicator)).clicked() {
        let mut ind = new_indicator(n + 1, lang);
        ind.weight = Decimal::ZERO;
        scheme.indicators.push(ind);
    }
}

fn indicator_ui(
    ui: &mut egui::Ui,
    ind: &mut Indicator,
    areas: &[(String, String)],
    si: usize,
    ii: usize,
    period: &str,
    lang: Lang,
) {
    egui::Grid::new(("ind_grid", si, ii))
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            let lbl = ui.label(lang.word(Word::Id));
            ui.text_edit_singleline(&mut ind.id).labelled_by(lbl.id);
            ui.end_row();
            let lbl = ui.label(lang.word(Word::Name));
            ui.text_edit_singleline(&mut ind.name).labelled_by(lbl.id);
            ui.end_row();
            let lbl = ui.label(lang.word(Word::Source));
            ui.text_edit_singleline(&mut ind.source).labelled_by(lbl.id);
            ui.end_row();
            let lbl = ui.label(lang.word(Word::Unit));
            egui::ComboBox::from_id_salt(("unit", si, ii))
                .selected_text(ind.unit.label(lang))
                .show_ui(ui, |ui| {
                    for u in Unit::ALL {
                        ui.selectable_value(&mut ind.unit, u, u.label(lang));
                    }
                })
                .response
                .labelled_by(lbl.id);
            ui.end_row();
            let lbl = ui.label(lang.word(Word::Direction));
            egui::ComboBox::from_id_salt(("dir", si, ii))
                .selected_text(ind.direction.label(lang))
                .show_ui(ui, |ui| {
                    for d in Direction::ALL {
                        ui.selectable_value(&mut ind.direction, d, d.label(lang));
                    }
                })
                .response
                .labelled_by(lbl.id);
            ui.end_row();
            if !areas.is_empty() {
                let lbl = ui.label(lang.word(Word::Area));
                let shown = ind
                    .area
                    .as_ref()
                    .and_then(|a| areas.iter().find(|(id, _)| id == a))
                    .map(|(_, name)| name.clone())
                    .unwrap_or_else(|| lang.word(Word::ChooseArea).into());
                egui::ComboBox::from_id_salt(("area", si, ii))
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        for (id, name) in areas {
                            ui.selectable_value(&mut ind.area, Some(id.clone()), name);
                        }
                    })
                    .response
                    .labelled_by(lbl.id);
                ui.end_row();
            }
            let lbl = ui.label(if areas.is_empty() {
                lang.word(Word::WeightPercentField)
            } else {
                lang.word(Word::WeightInsideTheArea)
            });
            decimal_edit(ui, &mut ind.weight, ("weight", si, ii), 70.0, lang, lbl.id);
            ui.end_row();
            let lbl = ui.label(lang.word(Word::MinimumRespondents));
            ui.horizontal(|ui| {
                let mut on = ind.min_respondents.is_some();
                if ui.checkbox(&mut on, "").labelled_by(lbl.id).changed() {
                    ind.min_respondents = if on { Some(10) } else { None };
                }
                if let Some(m) = &mut ind.min_respondents {
                    ui.add(egui::DragValue::new(m).range(1..=10_000))
                        .labelled_by(lbl.id);
                }
            });
            ui.end_row();
            if ind.unit == Unit::Percent || !ind.uncertainty.is_estimate() {
                let lbl = ui
                    .label(lang.word(Word::Uncertainty95PercentCi))
                    .on_hover_text(lang.word(Word::WhatCountsForA));
                egui::ComboBox::from_id_salt(("uncertainty", si, ii))
                    .selected_text(ind.uncertainty.label(ind.direction, lang))
                    .width(260.0)
                    .show_ui(ui, |ui| {
                        for u in Uncertainty::ALL {
                            ui.selectable_value(
                                &mut ind.uncertainty,
                                u,
                                u.label(ind.direction, lang),
                            );
                        }
                    })
                    .response
                    .labelled_by(lbl.id);
                ui.end_row();
            }
            let lbl = ui.label(lang.word(Word::Scoring));
            let kind = ind.scoring.kind();
            let mut new_kind = kind;
            egui::ComboBox::from_id_salt(("scoring", si, ii))
                .selected_text(kind.label(lang))
                .width(220.0)
                .show_ui(ui, |ui| {
                    for k in ScoringKind::ALL {
                        ui.selectable_value(&mut new_kind, k, k.label(lang));
                    }
                })
                .response
                .labelled_by(lbl.id);
            if new_kind != kind {
                let level = match &ind.scoring {
                    Scoring::Threshold { level } => *level,
                    Scoring::Linear { upper, .. } => *upper,
                    Scoring::Steps { steps } => steps
                        .iter()
                        .map(|s| s.level)
                        .max()
                        .unwrap_or(Decimal::from(80)),
                    Scoring::AchievementOrImprovement { benchmark, .. } => *benchmark,
                    Scoring::Relative { .. } => Decimal::from(80),
                };
                ind.scoring = new_kind.default_scoring(level, period);
            }
            ui.end_row();
            match &mut ind.scoring {
                Scoring::Threshold { level } => {
                    let lbl = ui.label(format!(
                        "{} {}",
                        lang.word(Word::LevelHeading),
                        ind.direction.at_or_beyond_sign()
                    ));
                    decimal_edit(ui, level, ("lvl", si, ii), 80.0, lang, lbl.id);
                    ui.end_row();
                }
                Scoring::Linear { lower, upper } => {
                    let (lo_t, hi_t) = match ind.direction {
                        Direction::HigherIsBetter => (
                            lang.word(Word::LowerLevel0Percent),
                            lang.word(Word::UpperLevel100Percent),
                        ),
                        Direction::LowerIsBetter => (
                            lang.word(Word::LowerLevel100Percent),
                            lang.word(Word::UpperLevel0Percent),
                        ),
                    };
                    let lbl = ui.label(lo_t);
                    decimal_edit(ui, lower, ("lo", si, ii), 80.0, lang, lbl.id);
                    ui.end_row();
                    let lbl = ui.label(hi_t);
                    decimal_edit(ui, upper, ("hi", si, ii), 80.0, lang, lbl.id);
                    ui.end_row();
                }
                Scoring::Steps { steps } => {
                    let mut remove = None;
                    for (k, s) in steps.iter_mut().enumerate() {
                        let step_lbl = ui.label(format!(
                            "{} {} {}",
                            lang.word(Word::Step),
                            k + 1,
                            ind.direction.at_or_beyond_sign()
                        ));
                        ui.horizontal(|ui| {
                            decimal_edit(
                                ui,
                                &mut s.level,
                                ("step_lvl", si, ii, k),
                                60.0,
                                lang,
                                step_lbl.id,
                            );
                            let lbl = ui.label(lang.word(Word::GivesPercent));
                            decimal_edit(
                                ui,
                                &mut s.credit_percent,
                                ("step_cr", si, ii, k),
                                50.0,
                                lang,
                                lbl.id,
                            );
                            if ui
                                .small_button("✖")
                                .on_hover_text(lang.word(Word::RemoveTheStep))
                                .clicked()
                            {
                                remove = Some(k);
                            }
                        });
                        ui.end_row();
                    }
                    if let Some(k) = remove {
                        steps.remove(k);
                    }
                    ui.label("");
                    if ui.small_button(lang.word(Word::AddStep)).clicked() {
                        let last = steps.last().map(|s| s.level).unwrap_or(Decimal::from(80));
                        steps.push(Step {
                            level: last,
                            credit_percent: Decimal::ONE_HUNDRED,
                        });
                    }
                    ui.end_row();
                }
                Scoring::Relative { start, full } => {
                    for (label, level, key) in [
                        (lang.word(Word::N0PercentAt), start, "start"),
                        (lang.word(Word::N100PercentAt), full, "full"),
                    ] {
                        let lbl = ui.label(label);
                        ui.horizontal(|ui| {
                            let mut k = match level {
                                PeerLevel::Percentile(_) => 0,
                                PeerLevel::TopDecileMean => 1,
                                PeerLevel::Mean => 2,
                            };
                            let before = k;
                            egui::ComboBox::from_id_salt(("peer", key, si, ii))
                                .selected_text(level.label(lang))
                                .show_ui(ui, |ui| {
                                    ui.selectable_value(&mut k, 0, lang.word(Word::Percentile));
                                    ui.selectable_value(
                                        &mut k,
                                        1,
                                        PeerLevel::TopDecileMean.label(lang),
                                    );
                                    ui.selectable_value(&mut k, 2, PeerLevel::Mean.label(lang));
                                })
                                .response
                                .labelled_by(lbl.id);
                            if k != before {
                                *level = match k {
                                    0 => PeerLevel::Percentile(Decimal::from(50)),
                                    1 => PeerLevel::TopDecileMean,
                                    _ => PeerLevel::Mean,
                                };
                            }
                            if let PeerLevel::Percentile(p) = level {
                                decimal_edit(ui, p, ("pct", key, si, ii), 50.0, lang, lbl.id);
                            }
                        });
                        ui.end_row();
                    }
                }
                Scoring::AchievementOrImprovement {
                    threshold,
                    benchmark,
                    baseline_period,
                } => {
                    let lbl = ui.label(lang.word(Word::Threshold0Points));
                    decimal_edit(ui, threshold, ("ai_t", si, ii), 80.0, lang, lbl.id);
                    ui.end_row();
                    let lbl = ui.label(lang.word(Word::Benchmark10Points));
                    decimal_edit(ui, benchmark, ("ai_b", si, ii), 80.0, lang, lbl.id);
                    ui.end_row();
                    let lbl = ui.label(lang.word(Word::BaselinePeriod));
                    ui.text_edit_singleline(baseline_period).labelled_by(lbl.id);
                    ui.end_row();
                }
            }
        });
}

/// The scheme's indicator areas: id, name and weight of each, the weights inside each area,
/// add and remove. A scheme without areas shows only the button that starts them (every
/// indicator is then put in the first area).
fn areas_ui(ui: &mut egui::Ui, scheme: &mut Scheme, si: usize, lang: Lang) {
    egui::CollapsingHeader::new(lang.words().editor_areas(&scheme.areas.len()))
        .id_salt(("areas", si))
        .default_open(!scheme.areas.is_empty())
        .show(ui, |ui| {
            if scheme.areas.is_empty() {
                ui.label(lang.word(Word::WithoutAreasTheIndicators));
            }
            let mut remove = None;
            egui::Grid::new(("areas_grid", si))
                .num_columns(4)
                .spacing([6.0, 4.0])
                .show(ui, |ui| {
                    for (ai, area) in scheme.areas.iter_mut().enumerate() {
                        let lbl = ui.label(lang.word(Word::Area));
                        ui.add(egui::TextEdit::singleline(&mut area.name).desired_width(150.0))
                            .labelled_by(lbl.id);
                        let lbl = ui.label(lang.word(Word::WeightPercentInline));
                        ui.horizontal(|ui| {
                            decimal_edit(
                                ui,
                                &mut area.weight,
                                ("area_w", si, ai),
                                60.0,
                                lang,
                                lbl.id,
                            );
                            let inside: Decimal = scheme
                                .indicators
                                .iter()
                                .filter(|i| i.area.as_deref() == Some(area.id.as_str()))
                                .map(|i| i.weight)
                                .sum();
                            let text = lang.words().editor_weight_sum_inside(inside);
                            let color = if inside == Decimal::ONE_HUNDRED {
                                ui.visuals().weak_text_color()
                            } else {
                                ui.visuals().error_fg_color
                            };
                            ui.label(RichText::new(text).color(color));
                            if ui
                                .small_button("✖")
                                .on_hover_text(lang.word(Word::RemoveTheArea))
                                .clicked()
                            {
                                remove = Some(ai);
                            }
                        });
                        ui.end_row();
                    }
                });
            if let Some(ai) = remove {
                let gone = scheme.areas.remove(ai);
                let first = scheme.areas.first().map(|a| a.id.clone());
                for i in &mut scheme.indicators {
                    if i.area.as_deref() == Some(gone.id.as_str()) {
                        i.area = first.clone();
                    }
                }
                if scheme.areas.is_empty() {
                    for i in &mut scheme.indicators {
                        i.area = None;
                    }
                }
            }
            if ui.small_button(lang.word(Word::AddArea)).clicked() {
                let n = scheme.areas.len() + 1;
                let id = (n..)
                    .map(|k| format!("omrade{k}"))
                    .find(|id| !scheme.areas.iter().any(|a| a.id == *id))
                    .unwrap_or_default();
                let first = scheme.areas.is_empty();
                scheme.areas.push(Area {
                    id: id.clone(),
                    name: lang.words().editor_area(&n),
                    weight: if first {
                        Decimal::ONE_HUNDRED
                    } else {
                        Decimal::ZERO
                    },
                });
                if first {
                    for i in &mut scheme.indicators {
                        i.area = Some(id.clone());
                    }
                }
            }
        });
}

/// The scheme's deductions (vite): indicator, level, amount, add and remove.
fn deductions_ui(ui: &mut egui::Ui, scheme: &mut Scheme, si: usize, lang: Lang) {
    egui::CollapsingHeader::new(lang.words().editor_deductions(&scheme.deductions.len()))
        .id_salt(("deductions", si))
        .default_open(!scheme.deductions.is_empty())
        .show(ui, |ui| {
            let indicators: Vec<(String, String, Direction)> = scheme
                .indicators
                .iter()
                .map(|i| (i.id.clone(), i.name.clone(), i.direction))
                .collect();
            let mut remove = None;
            egui::Grid::new(("ded_grid", si))
                .num_columns(2)
                .spacing([6.0, 4.0])
                .show(ui, |ui| {
                    for (k, d) in scheme.deductions.iter_mut().enumerate() {
                        let dir = indicators
                            .iter()
                            .find(|(id, _, _)| *id == d.indicator)
                            .map_or(Direction::HigherIsBetter, |x| x.2);
                        let lbl = ui.label(lang.word(Word::DeductWhen));
                        ui.horizontal(|ui| {
                            let shown = indicators
                                .iter()
                                .find(|(id, _, _)| *id == d.indicator)
                                .map(|(_, n, _)| n.clone())
                                .unwrap_or_else(|| d.indicator.clone());
                            egui::ComboBox::from_id_salt(("ded_ind", si, k))
                                .selected_text(shown)
                                .show_ui(ui, |ui| {
                                    for (id, name, _) in &indicators {
                                        ui.selectable_value(&mut d.indicator, id.clone(), name);
                                    }
                                })
                                .response
                                .labelled_by(lbl.id);
                            let lbl = ui.label(dir.worse_sign());
                            decimal_edit(ui, &mut d.level, ("ded_lvl", si, k), 60.0, lang, lbl.id);
                        });
                        ui.end_row();
                        let lbl = ui.label(lang.word(Word::Amount));
                        ui.horizontal(|ui| {
                            let percent =
                                matches!(d.amount, DeductionAmount::PercentOfCompensation(_));
                            let mut p = percent;
                            egui::ComboBox::from_id_salt(("ded_kind", si, k))
                                .selected_text(if percent {
                                    lang.word(Word::PercentOfCompensation)
                                } else {
                                    lang.word(Word::FixedAmountKr)
                                })
                                .show_ui(ui, |ui| {
                                    ui.selectable_value(
                                        &mut p,
                                        true,
                                        lang.word(Word::PercentOfCompensation),
                                    );
                                    ui.selectable_value(
                                        &mut p,
                                        false,
                                        lang.word(Word::FixedAmountKr),
                                    );
                                })
                                .response
                                .labelled_by(lbl.id);
                            if p != percent {
                                d.amount = if p {
                                    DeductionAmount::PercentOfCompensation(Decimal::ONE)
                                } else {
                                    DeductionAmount::Fixed(Decimal::from(10_000))
                                };
                            }
                            match &mut d.amount {
                                DeductionAmount::PercentOfCompensation(v)
                                | DeductionAmount::Fixed(v) => {
                                    decimal_edit(ui, v, ("ded_amt", si, k), 90.0, lang, lbl.id);
                                }
                            }
                            if ui
                                .small_button("✖")
                                .on_hover_text(lang.word(Word::RemoveTheDeduction))
                                .clicked()
                            {
                                remove = Some(k);
                            }
                        });
                        ui.end_row();
                    }
                });
            if let Some(k) = remove {
                scheme.deductions.remove(k);
            }
            if let Some((id, _, _)) = indicators.first()
                && ui.small_button(lang.word(Word::AddDeduction)).clicked()
            {
                scheme.deductions.push(Deduction {
                    indicator: id.clone(),
                    level: Decimal::from(90),
                    amount: DeductionAmount::PercentOfCompensation(Decimal::ONE),
                });
            }
        });
}
