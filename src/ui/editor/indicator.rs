//! One indicator in the editor: what it measures, its weight and uncertainty, and how it is
//! scored (each scoring mode's own fields).

use rust_decimal::Decimal;

use super::kinds::PeerKind;
use crate::domain::feature::{Field, Msg, Value};
use crate::domain::rules::*;
use crate::ui::widgets::decimal_edit;
use crate::words::Label as _;
use crate::words::{Lang, Word};

pub(super) fn indicator_ui(
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
            basics_ui(ui, ind, si, ii, lang);
            if !areas.is_empty() {
                area_ui(ui, ind, areas, si, ii, lang);
            }
            weight_ui(ui, ind, !areas.is_empty(), si, ii, lang);
            standard_ui(ui, ind, lang);
            if ind.unit == Unit::Percent || !ind.uncertainty.is_estimate() {
                uncertainty_ui(ui, ind, si, ii, lang);
            }
            scoring_kind_ui(ui, ind, si, ii, period, lang);
            scoring_fields_ui(ui, ind, si, ii, lang);
        });
}

/// Id, name, source, unit and direction (grid rows).
fn basics_ui(ui: &mut egui::Ui, ind: &mut Indicator, si: usize, ii: usize, lang: Lang) {
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
}

/// The indicator's area (a grid row; only when the scheme has areas).
fn area_ui(
    ui: &mut egui::Ui,
    ind: &mut Indicator,
    areas: &[(String, String)],
    si: usize,
    ii: usize,
    lang: Lang,
) {
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

/// The weight (in the scheme or inside the area) and the minimum respondents (grid rows).
fn weight_ui(
    ui: &mut egui::Ui,
    ind: &mut Indicator,
    in_area: bool,
    si: usize,
    ii: usize,
    lang: Lang,
) {
    let lbl = ui.label(if in_area {
        lang.word(Word::WeightInsideTheArea)
    } else {
        lang.word(Word::WeightPercentField)
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
    ui.label("");
    ui.horizontal(|ui| {
        crate::ui::widgets::optional_decimal_edit(
            ui,
            &mut ind.contract_minimum,
            lang.word(Word::ContractMinimum),
            rust_decimal::Decimal::from(80),
            ("contract_min", si, ii),
            lang,
        )
    });
    ui.end_row();
}

/// Where the levels come from when a standard sets them from a baseline period (a grid row,
/// read only: the numbers are frozen by `kvalitetspeng standards`, with their source).
fn standard_ui(ui: &mut egui::Ui, ind: &Indicator, lang: Lang) {
    let Some(said) = crate::domain::standards::prose(ind) else {
        return;
    };
    let lbl = ui.label(lang.word(Word::EditorStandard));
    ui.add(egui::Label::new(lang.say_plain(&said)).wrap())
        .labelled_by(lbl.id);
    ui.end_row();
}

/// What counts for a result with a confidence interval (a grid row).
fn uncertainty_ui(ui: &mut egui::Ui, ind: &mut Indicator, si: usize, ii: usize, lang: Lang) {
    let lbl = ui
        .label(lang.word(Word::Uncertainty95PercentCi))
        .on_hover_text(lang.word(Word::WhatCountsForA));
    let selected = (ind.uncertainty, ind.direction).label(lang);
    egui::ComboBox::from_id_salt(("uncertainty", si, ii))
        .selected_text(selected)
        .width(super::super::widgets::combo_width(ui, 260.0))
        .truncate()
        .show_ui(ui, |ui| {
            for u in Uncertainty::ALL {
                ui.selectable_value(&mut ind.uncertainty, u, (u, ind.direction).label(lang));
            }
        })
        .response
        .labelled_by(lbl.id)
        .on_hover_text(selected);
    ui.end_row();
}

/// The scoring mode (a grid row); a new mode starts from the old mode's level.
fn scoring_kind_ui(
    ui: &mut egui::Ui,
    ind: &mut Indicator,
    si: usize,
    ii: usize,
    period: &str,
    lang: Lang,
) {
    let lbl = ui.label(lang.word(Word::Scoring));
    let kind = ind.scoring.kind();
    let mut new_kind = kind;
    egui::ComboBox::from_id_salt(("scoring", si, ii))
        .selected_text(kind.label(lang))
        .width(super::super::widgets::combo_width(ui, 220.0))
        .truncate()
        .show_ui(ui, |ui| {
            for &k in ScoringKind::ALL {
                ui.selectable_value(&mut new_kind, k, k.label(lang));
            }
        })
        .response
        .labelled_by(lbl.id)
        .on_hover_text(kind.label(lang));
    if new_kind != kind {
        let level = ind.scoring.mode().headline().unwrap_or(Decimal::from(80));
        ind.scoring = new_kind.default_scoring(level, period);
    }
    ui.end_row();
}

/// The scoring mode's own fields (grid rows).
fn scoring_fields_ui(ui: &mut egui::Ui, ind: &mut Indicator, si: usize, ii: usize, lang: Lang) {
    let direction = ind.direction;
    for field in ind.scoring.mode_mut().fields(direction) {
        field_ui(ui, field, (si, ii), &|m| lang.say_plain(m), lang);
    }
}

/// One field a rule feature declares (grid rows): its label and its value's widget; `at`
/// tells its scheme and indicator apart from the others, `say` words its label.
pub(super) fn field_ui(
    ui: &mut egui::Ui,
    field: Field<'_>,
    at: (usize, usize),
    say: &dyn Fn(&Msg) -> String,
    lang: Lang,
) {
    let (si, ii) = at;
    if let Value::Steps(steps, direction) = field.value {
        // (Its rows carry their own labels.)
        return steps_ui(ui, steps, direction, si, ii, lang);
    }
    let mut lbl = ui.label(say(&field.label));
    if let Some(hover) = field.hover {
        lbl = lbl.on_hover_text(lang.text(hover));
    }
    let id = (field.key, si, ii);
    match field.value {
        Value::Amount(v) => {
            decimal_edit(ui, v, id, 120.0, lang, lbl.id);
        }
        Value::Rate(v) | Value::Percent(v) => {
            decimal_edit(ui, v, id, 90.0, lang, lbl.id);
        }
        Value::Level(v) => {
            decimal_edit(ui, v, id, 80.0, lang, lbl.id);
        }
        Value::Count(v) => {
            ui.add(egui::DragValue::new(v).range(0..=12))
                .labelled_by(lbl.id);
        }
        Value::Key(key) => {
            egui::ComboBox::from_id_salt(id)
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
        }
        Value::Text(t) => {
            ui.text_edit_singleline(t).labelled_by(lbl.id);
        }
        Value::Peer(level) => return peer_level_ui(ui, level, lbl.id, field.key, si, ii, lang),
        Value::Steps(..) => {}
    }
    ui.end_row();
}

/// Step scoring: each step's level and credit, remove and add (grid rows).
fn steps_ui(
    ui: &mut egui::Ui,
    steps: &mut Vec<Step>,
    direction: Direction,
    si: usize,
    ii: usize,
    lang: Lang,
) {
    let mut remove = None;
    for (k, s) in steps.iter_mut().enumerate() {
        let step_lbl = ui.label(format!(
            "{} {} {}",
            lang.word(Word::Step),
            k + 1,
            direction.at_or_beyond_sign()
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

/// A relative score's level among the peers, with its percentile (a grid row).
fn peer_level_ui(
    ui: &mut egui::Ui,
    level: &mut PeerLevel,
    lbl: egui::Id,
    key: &str,
    si: usize,
    ii: usize,
    lang: Lang,
) {
    ui.horizontal(|ui| {
        let kind = PeerKind::of(level);
        let mut new_kind = kind;
        egui::ComboBox::from_id_salt(("peer", key, si, ii))
            .selected_text(level.label(lang))
            .show_ui(ui, |ui| {
                for k in PeerKind::ALL {
                    ui.selectable_value(&mut new_kind, k, k.label(lang));
                }
            })
            .response
            .labelled_by(lbl);
        if new_kind != kind {
            *level = new_kind.starting();
        }
        if let PeerLevel::Percentile(p) = level {
            decimal_edit(ui, p, ("pct", key, si, ii), 50.0, lang, lbl);
        }
    });
    ui.end_row();
}
