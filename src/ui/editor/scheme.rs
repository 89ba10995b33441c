//! One scheme in the editor: payout, volume, missing data, requirements and limits; its areas
//! and deductions; the weights overview and its indicators.

use egui::RichText;
use rust_decimal::Decimal;

use super::kinds::MissingKind;
use super::parts::{areas_ui, deductions_ui};
use super::{indicator::indicator_ui, new_indicator, problems_for, stable_scope};
use crate::domain::allocate::allocate;
use crate::domain::rules::*;
use crate::domain::validation::{Problem, Severity};
use crate::ui::widgets::{decimal_edit, optional_decimal_edit};
use crate::words::Label as _;
use crate::words::{Lang, Word, msg};

/// A starting value for a new budget: the pot, or a round million.
fn scheme_total_hint(payout: &PayoutBase) -> Decimal {
    payout
        .base()
        .fixed_total()
        .unwrap_or(Decimal::from(1_000_000))
}

/// The scheme's fields and indicators; returns the name of an indicator removed this frame.
pub(super) fn scheme_ui(
    ui: &mut egui::Ui,
    scheme: &mut Scheme,
    si: usize,
    problems: &[Problem],
    period: &str,
    lang: Lang,
) -> Option<String> {
    let st = Some(scheme.service_type);
    egui::Grid::new(("scheme_grid", si))
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            payout_ui(ui, scheme, si, lang);
            volume_unit_ui(ui, scheme, si, lang);
            missing_data_ui(ui, scheme, si, lang);
            limits_ui(ui, scheme, si, lang);
            super::scheme_rules::scheme_rules_ui(ui, scheme, si, lang);
        });
    problems_for(ui, problems, st, None, lang);
    areas_ui(ui, scheme, si, lang);
    deductions_ui(ui, scheme, si, lang);
    // One id for the scheme's "locked sum" choice, made here (a child ui would salt it).
    let lock_id = ui.make_persistent_id(("weights_locked", si));
    weights_ui(ui, scheme, lock_id, lang);
    indicators_ui(ui, scheme, si, problems, period, lock_id, lang)
}

/// The payout's kind and its amounts (grid rows).
fn payout_ui(ui: &mut egui::Ui, scheme: &mut Scheme, si: usize, lang: Lang) {
    let payout_lbl = ui.label(lang.word(Word::Payout));
    let kind = scheme.payout.kind();
    let mut new_kind = kind;
    egui::ComboBox::from_id_salt(("payout_kind", si))
        .selected_text(kind.label(lang))
        .show_ui(ui, |ui| {
            for &k in PayoutKind::ALL {
                ui.selectable_value(&mut new_kind, k, k.label(lang));
            }
        })
        .response
        .labelled_by(payout_lbl.id);
    if new_kind != kind {
        scheme.payout = new_kind.starting();
    }
    ui.end_row();
    let unit = scheme.volume_unit;
    for field in scheme.payout.base_mut().fields() {
        super::indicator::field_ui(ui, field, (si, usize::MAX), &|m| lang.say(m, unit), lang);
    }
}

/// What volume is counted in (a grid row).
fn volume_unit_ui(ui: &mut egui::Ui, scheme: &mut Scheme, si: usize, lang: Lang) {
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
}

/// The missing-data policy and its share (grid rows).
fn missing_data_ui(ui: &mut egui::Ui, scheme: &mut Scheme, si: usize, lang: Lang) {
    let missing_lbl = ui.label(lang.word(Word::MissingData));
    let kind = MissingKind::of(&scheme.missing_data);
    let mut new_kind = kind;
    let selected = scheme.missing_data.label(lang);
    egui::ComboBox::from_id_salt(("missing", si))
        .selected_text(selected.as_str())
        .width(super::super::widgets::combo_width(ui, 230.0))
        .truncate()
        .show_ui(ui, |ui| {
            for k in MissingKind::ALL {
                ui.selectable_value(&mut new_kind, k, k.label(lang));
            }
        })
        .response
        .labelled_by(missing_lbl.id)
        .on_hover_text(selected);
    if new_kind != kind {
        scheme.missing_data = new_kind.starting();
    }
    ui.end_row();
    if let MissingDataPolicy::FallbackShare(p) = &mut scheme.missing_data {
        let lbl = ui.label(lang.word(Word::SharePercent));
        decimal_edit(ui, p, ("fallback", si), 70.0, lang, lbl.id);
        ui.end_row();
    }
}

/// Requirements, the cap per provider, the budget and the floor at zero (grid rows).
fn limits_ui(ui: &mut egui::Ui, scheme: &mut Scheme, si: usize, lang: Lang) {
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
}

/// The weights' sum, the "locked sum" choice and normalising (with areas: the weights inside
/// each area, see `areas_ui`).
fn weights_ui(ui: &mut egui::Ui, scheme: &mut Scheme, lock_id: egui::Id, lang: Lang) {
    let sum: Decimal = if scheme.areas.is_empty() {
        scheme.indicators.iter().map(|i| i.weight).sum()
    } else {
        Decimal::ONE_HUNDRED
    };
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let ok = sum == Decimal::ONE_HUNDRED;
        let w = lang.words();
        let text = msg!(
            w,
            "editor-weight-sum",
            sum = w.number(sum.normalize(), None)
        );
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
            normalise_weights(scheme);
        }
    });
}

/// Scales the weights to sum to exactly 100 (largest remainders).
pub(crate) fn normalise_weights(scheme: &mut Scheme) {
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

/// What the user asked of the indicator list this frame, done after it is drawn.
#[derive(Default)]
struct IndicatorEdits {
    remove: Option<usize>,
    move_up: Option<usize>,
    /// A weight moved while the sum is locked: the others make room.
    weight_moved: Option<(usize, Decimal)>,
}

/// Each indicator: its header, body and weight slider; then the list's edits and "add".
/// Returns the name of an indicator removed.
fn indicators_ui(
    ui: &mut egui::Ui,
    scheme: &mut Scheme,
    si: usize,
    problems: &[Problem],
    period: &str,
    lock_id: egui::Id,
    lang: Lang,
) -> Option<String> {
    let st = Some(scheme.service_type);
    let locked = ui.data_mut(|d| *d.get_persisted_mut_or(lock_id, true));
    let areas: Vec<(String, String)> = scheme
        .areas
        .iter()
        .map(|a| (a.id.clone(), a.name.clone()))
        .collect();
    let mut edits = IndicatorEdits::default();
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
                crate::words::number::format_number_lang(ind.weight.normalize(), None, lang)
            );
            egui::CollapsingHeader::new(title)
                .id_salt(("ind", si, ii))
                .default_open(false)
                .show(ui, |ui| {
                    indicator_ui(ui, ind, &areas, si, ii, period, lang);
                    problems_for(ui, problems, st, Some(ii), lang);
                    ui.horizontal(|ui| {
                        if ii > 0 && ui.small_button(lang.word(Word::MoveUp)).clicked() {
                            edits.move_up = Some(ii);
                        }
                        if ui.small_button(lang.word(Word::Remove)).clicked() {
                            edits.remove = Some(ii);
                        }
                    });
                });
            weight_slider_ui(ui, ind, ii, locked, &mut edits, lang);
        });
    }
    let removed = apply_indicator_edits(scheme, edits, locked);
    if ui.button(lang.word(Word::AddIndicator)).clicked() {
        let mut ind = new_indicator(n + 1, lang);
        ind.weight = Decimal::ZERO;
        scheme.indicators.push(ind);
    }
    removed
}

/// The weight slider, outside the collapsing body so weights are quick to balance.
fn weight_slider_ui(
    ui: &mut egui::Ui,
    ind: &mut Indicator,
    ii: usize,
    locked: bool,
    edits: &mut IndicatorEdits,
    lang: Lang,
) {
    ui.horizontal(|ui| {
        ui.add_space(18.0);
        // The slider moves in whole percent; a weight with decimals (e.g. 45,71 after a
        // normalisation or a locked-sum adjustment) is shown exactly beside it.
        let mut w = rust_decimal::prelude::ToPrimitive::to_i64(&ind.weight.round()).unwrap_or(0);
        let resp =
            ui.add(egui::Slider::new(&mut w, 0..=100).text(lang.word(Word::WeightPercentInline)));
        if !ind.weight.fract().is_zero() {
            ui.weak(format!(
                "= {} %",
                crate::words::number::format_number_lang(ind.weight.normalize(), None, lang)
            ));
        }
        if resp.changed() {
            let v = Decimal::from(w);
            if locked {
                edits.weight_moved = Some((ii, v));
            } else {
                ind.weight = v;
            }
        }
    });
}

/// Does what the user asked of the indicator list; returns the name of an indicator removed.
fn apply_indicator_edits(
    scheme: &mut Scheme,
    edits: IndicatorEdits,
    locked: bool,
) -> Option<String> {
    if let Some((k, v)) = edits.weight_moved {
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
    if let Some(ii) = edits.move_up {
        scheme.indicators.swap(ii, ii - 1);
    }
    edits.remove.map(|ii| remove_indicator(scheme, ii, locked))
}

/// Removes indicator `ii`; with the locked sum, the others of its group (the scheme, or its
/// area) share its weight so that the group's sum stays what it was (largest remainders).
fn remove_indicator(scheme: &mut Scheme, ii: usize, locked: bool) -> String {
    let gone = scheme.indicators.remove(ii);
    let group: Vec<usize> = (0..scheme.indicators.len())
        .filter(|&j| scheme.areas.is_empty() || scheme.indicators[j].area == gone.area)
        .collect();
    let weights: Vec<Decimal> = group
        .iter()
        .map(|&j| scheme.indicators[j].weight.max(Decimal::ZERO))
        .collect();
    let target: Decimal = weights.iter().copied().sum::<Decimal>() + gone.weight;
    if locked && weights.iter().any(|w| *w > Decimal::ZERO) {
        for (&j, w) in group.iter().zip(allocate(target, &weights)) {
            scheme.indicators[j].weight = w.normalize();
        }
    }
    gone.name
}
