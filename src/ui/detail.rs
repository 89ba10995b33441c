//! The explanation of one provider's kvalitetspeng: every indicator, every krona.

use egui::{RichText, ScrollArea};
use rust_decimal::Decimal;

use super::KvalitetspengApp;
use super::widgets::{kr, num};
use crate::domain::Lang;
use crate::domain::explanation::{DataStatus, ProviderResult};

/// The detail panel for the selected provider.
pub fn detail_ui(app: &mut KvalitetspengApp, ui: &mut egui::Ui) {
    let lang = app.lang();
    let Some(id) = app.selected.clone() else {
        return;
    };
    let Some(calc) = app.state.calc.as_ref() else {
        return;
    };
    let Some(p) = calc.provider(&id).cloned() else {
        ui.label(lang.pick(
            "Utföraren finns inte längre i beräkningen.",
            "The provider is no longer in the calculation.",
        ));
        if ui.button(lang.pick("Stäng", "Close")).clicked() {
            app.selected = None;
        }
        return;
    };
    ui.horizontal(|ui| {
        ui.heading(&p.name);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("✖")
                .on_hover_text(lang.pick("Stäng förklaringen", "Close the explanation"))
                .clicked()
            {
                app.selected = None;
            }
        });
    });
    ScrollArea::vertical()
        .id_salt("detail_scroll")
        .show(ui, |ui| provider_explanation_ui(&p, lang, ui));
}

fn provider_explanation_ui(p: &ProviderResult, lang: Lang, ui: &mut egui::Ui) {
    egui::Grid::new("detail_facts")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            ui.weak(lang.pick("Id", "Id"));
            ui.label(&p.id);
            ui.end_row();
            ui.weak(lang.pick("Verksamhet", "Service"));
            ui.label(format!(
                "{}, {}",
                p.service_type.label(lang),
                p.regi.label(lang).to_lowercase()
            ));
            ui.end_row();
            ui.weak(lang.pick("Volym", "Volume"));
            ui.label(format!(
                "{} {}",
                num(p.volume, 0, lang),
                p.volume_unit.label(lang)
            ));
            ui.end_row();
            ui.weak(lang.pick("Poäng", "Score"));
            ui.label(format!("{} %", num(p.score.percent(2), 2, lang)));
            ui.end_row();
            ui.weak(lang.pick("Status", "Status"));
            ui.label(p.status.text(lang));
            ui.end_row();
            ui.weak(lang.pick("Kvalitetspeng", "Payout"));
            ui.label(RichText::new(kr(p.payout, lang)).strong().size(16.0));
            ui.end_row();
        });
    ui.add_space(4.0);
    ui.label(RichText::new(p.reason(lang)).italics());
    ui.add_space(8.0);
    ui.label(RichText::new(lang.pick("Per indikator", "Per indicator")).strong());

    for (i, kronor) in p.indicators.iter().zip(p.indicator_kronor()) {
        egui::Frame::group(ui.style())
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    ui.label(RichText::new(&*i.name).strong())
                        .on_hover_text(format!(
                            "{} · {} · {}",
                            i.indicator_id,
                            i.direction.label(lang),
                            i.unit.label(lang)
                        ));
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(RichText::new(kr(kronor, lang)).monospace().strong());
                    });
                });
                let reason = RichText::new(i.reason(lang));
                if i.status == DataStatus::Ok {
                    ui.label(reason);
                } else {
                    ui.label(reason.color(ui.visuals().warn_fg_color));
                }
                let value = match (&i.value, i.respondents) {
                    (Some(v), Some(n)) => format!(
                        "{}{} (n = {n})",
                        crate::domain::decimal::format_number_lang(
                            v.round_dp(2).normalize(),
                            None,
                            lang
                        ),
                        i.unit.suffix()
                    ),
                    (Some(v), None) => format!(
                        "{}{}",
                        crate::domain::decimal::format_number_lang(
                            v.round_dp(2).normalize(),
                            None,
                            lang
                        ),
                        i.unit.suffix()
                    ),
                    (None, _) => "–".into(),
                };
                let weight = if i.effective_weight != crate::domain::plan::percent(i.weight_percent)
                {
                    match lang {
                        Lang::Sv => format!(
                            "{} % (räknas som {} %)",
                            num(i.weight_percent, 0, lang),
                            num(i.effective_weight.percent(1), 1, lang)
                        ),
                        Lang::En => format!(
                            "{} % (counts as {} %)",
                            num(i.weight_percent, 0, lang),
                            num(i.effective_weight.percent(1), 1, lang)
                        ),
                    }
                } else {
                    format!("{} %", num(i.weight_percent, 0, lang))
                };
                ui.horizontal_wrapped(|ui| {
                    ui.weak(lang.pick("värde", "value"));
                    ui.label(value);
                    ui.weak(lang.pick("· måluppfyllelse", "· credit"));
                    ui.label(format!("{} %", num(i.credit.percent(1), 1, lang)));
                    ui.weak(lang.pick("· vikt", "· weight"));
                    ui.label(weight);
                    ui.weak(lang.pick("· bidrag", "· contribution"));
                    ui.label(format!(
                        "{} {}",
                        num(i.contribution.percent(2), 2, lang),
                        lang.pick("procentenheter", "points")
                    ));
                });
            });
    }
    if let Some((_, text, kronor)) = p.fallback_row(lang) {
        egui::Frame::group(ui.style())
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    ui.label(RichText::new(text).strong());
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(RichText::new(kr(kronor, lang)).monospace().strong());
                    });
                });
            });
    }
    ui.add_space(6.0);
    ui.label(
        RichText::new(lang.pick(
            "Måluppfyllelse per indikator (0–100 %), bredd = vikt",
            "Credit per indicator (0–100 %), width = weight",
        ))
        .strong(),
    );
    credit_chart_ui(p, lang, ui);
}

/// A bar per indicator: credit in percent, bar width proportional to the weight.
fn credit_chart_ui(p: &ProviderResult, lang: Lang, ui: &mut egui::Ui) {
    use egui_plot::{Bar, BarChart, Plot};
    let to_f = |d: Decimal| rust_decimal::prelude::ToPrimitive::to_f64(&d).unwrap_or(0.0);
    let max_w = p
        .indicators
        .iter()
        .map(|i| i.weight_percent)
        .max()
        .unwrap_or(Decimal::ONE)
        .max(Decimal::ONE);
    let bars: Vec<Bar> = p
        .indicators
        .iter()
        .enumerate()
        .map(|(k, i)| {
            let color = if !i.status.is_ok() {
                egui::Color32::from_gray(140)
            } else if i.credit == crate::domain::exact::Q::ONE {
                egui::Color32::from_rgb(46, 139, 87)
            } else if i.credit.is_zero() {
                egui::Color32::from_rgb(200, 80, 60)
            } else {
                egui::Color32::from_rgb(218, 165, 32)
            };
            Bar::new(k as f64, (i.credit.to_f64() * 100.0).max(1.0))
                .width(0.2 + 0.7 * to_f(i.weight_percent / max_w))
                .name(&i.name)
                .fill(color)
        })
        .collect();
    let names: Vec<String> = p
        .indicators
        .iter()
        .map(|i| i.indicator_id.to_string())
        .collect();
    Plot::new(("credit_chart", &p.id))
        .height(170.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_y(0.0)
        .include_y(100.0)
        .y_axis_label(lang.pick("måluppfyllelse %", "credit %"))
        .x_axis_formatter(move |mark, _range| {
            let k = mark.value.round() as i64;
            if (mark.value - k as f64).abs() < 1e-6 && k >= 0 && (k as usize) < names.len() {
                names[k as usize].clone()
            } else {
                String::new()
            }
        })
        .show(ui, |plot_ui| {
            plot_ui.bar_chart(BarChart::new(lang.pick("måluppfyllelse", "credit"), bars))
        });
}
