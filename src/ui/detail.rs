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
            "Måluppfyllelse per indikator (0–100 %), tjocklek = vikt",
            "Credit per indicator (0–100 %), thickness = weight",
        ))
        .strong(),
    );
    credit_chart_ui(p, lang, ui);
}

/// A horizontal bar per indicator, labelled with its name: credit in percent, bar thickness
/// proportional to the weight. Every bar has its label (a mark per indicator), the first
/// indicator at the top.
fn credit_chart_ui(p: &ProviderResult, lang: Lang, ui: &mut egui::Ui) {
    use egui_plot::{Bar, BarChart, GridMark, Plot};
    let to_f = |d: Decimal| rust_decimal::prelude::ToPrimitive::to_f64(&d).unwrap_or(0.0);
    let n = p.indicators.len();
    let max_w = p
        .indicators
        .iter()
        .map(|i| i.weight_percent)
        .max()
        .unwrap_or(Decimal::ONE)
        .max(Decimal::ONE);
    // Row k from the top is at y = n − 1 − k.
    let y = move |k: usize| (n - 1 - k) as f64;
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
            Bar::new(y(k), (i.credit.to_f64() * 100.0).max(1.0))
                .width(0.25 + 0.6 * to_f(i.weight_percent / max_w))
                .name(format!(
                    "{} ({} %)",
                    i.name,
                    crate::domain::decimal::format_number_lang(
                        i.weight_percent.normalize(),
                        None,
                        lang
                    )
                ))
                .fill(color)
        })
        .collect();
    let names: Vec<String> = p
        .indicators
        .iter()
        .map(|i| {
            let name: String = i.name.chars().take(26).collect();
            if i.name.chars().count() > 26 {
                format!("{name}…")
            } else {
                name
            }
        })
        .collect();
    Plot::new(("credit_chart", &p.id))
        .height(30.0 + 22.0 * n as f32)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_x(0.0)
        .include_x(100.0)
        .include_y(-0.6)
        .include_y(n as f64 - 0.4)
        .x_axis_label(lang.pick("måluppfyllelse %", "credit %"))
        // The hover text: only the bar's own (name, weight and value), kept inside the plot.
        .show_x(false)
        .show_y(false)
        .y_grid_spacer(move |_| {
            (0..n)
                .map(|k| GridMark {
                    value: k as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .custom_y_axes(vec![
            egui_plot::AxisHints::new_y()
                // A label on every row (the default needs 40 px between labels).
                .label_spacing(12.0..=20.0)
                .min_thickness(170.0)
                .formatter(move |mark, _range| {
                    let v = mark.value.round();
                    if (mark.value - v).abs() < 1e-6 && v >= 0.0 && (v as usize) < n {
                        names[n - 1 - v as usize].clone()
                    } else {
                        String::new()
                    }
                }),
        ])
        .show(ui, |plot_ui| {
            plot_ui
                .bar_chart(BarChart::new(lang.pick("måluppfyllelse", "credit"), bars).horizontal())
        });
}
