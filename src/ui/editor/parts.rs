//! A scheme's indicator areas and its deductions (vite) in the editor.

use crate::words::msg;
use egui::RichText;
use rust_decimal::Decimal;

use crate::domain::rules::*;
use crate::ui::widgets::decimal_edit;
use crate::words::{Lang, Word};

/// The scheme's indicator areas: id, name and weight of each, the weights inside each area,
/// add and remove. A scheme without areas shows only the button that starts them (every
/// indicator is then put in the first area).
pub(super) fn areas_ui(ui: &mut egui::Ui, scheme: &mut Scheme, si: usize, lang: Lang) {
    egui::CollapsingHeader::new(msg!(
        lang.words(),
        "editor-areas",
        areas = &scheme.areas.len()
    ))
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
                        decimal_edit(ui, &mut area.weight, ("area_w", si, ai), 60.0, lang, lbl.id);
                        let inside: Decimal = scheme
                            .indicators
                            .iter()
                            .filter(|i| i.area.as_deref() == Some(area.id.as_str()))
                            .map(|i| i.weight)
                            .sum();
                        let w = lang.words();
                        let sum = w.number(inside.normalize(), None);
                        let text = msg!(w, "editor-weight-sum-inside", inside = sum);
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
                name: msg!(lang.words(), "editor-area", n),
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
pub(super) fn deductions_ui(ui: &mut egui::Ui, scheme: &mut Scheme, si: usize, lang: Lang) {
    egui::CollapsingHeader::new(msg!(
        lang.words(),
        "editor-deductions",
        deductions = &scheme.deductions.len()
    ))
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
                        let percent = matches!(d.amount, DeductionAmount::PercentOfCompensation(_));
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
                                ui.selectable_value(&mut p, false, lang.word(Word::FixedAmountKr));
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
