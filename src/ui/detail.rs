//! The explanation of one provider's kvalitetspeng: every indicator, every krona.

use crate::words::msg;
use egui::{RichText, ScrollArea};
use rust_decimal::Decimal;

use super::KvalitetspengApp;
use super::widgets::{kr, num};
use crate::domain::explanation::{DataStatus, IndicatorResult, ProviderResult};
use crate::words::Label as _;
use crate::words::Text;
use crate::words::{Lang, Word};

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
        ui.label(lang.word(Word::ProviderIsNoLonger));
        if ui.button(lang.word(Word::Close)).clicked() {
            app.selected = None;
        }
        return;
    };
    ui.horizontal(|ui| {
        ui.heading(&p.name);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("✖")
                .on_hover_text(lang.word(Word::CloseTheExplanation))
                .clicked()
            {
                app.selected = None;
            }
        });
    });
    let peers = peer_strips(&p, calc, &app.state.rules, lang);
    ScrollArea::vertical()
        .id_salt("detail_scroll")
        .show(ui, |ui| provider_explanation_ui(&p, &peers, lang, ui));
}

/// One indicator's results of every provider in the scheme, with the levels, for the chart of
/// "who is just above or below".
struct PeerStrip {
    /// Every provider's result, in the order of the calculation.
    values: Vec<Peer>,
    /// The scoring's levels: (what, value).
    levels: Vec<(String, Decimal)>,
    /// The result's unit after a number (" %", "").
    suffix: &'static str,
    /// The axis' name: what the value is (the unit in words).
    unit: &'static str,
}

/// One provider's result in a [`PeerStrip`].
struct Peer {
    value: Decimal,
    /// This provider (the one explained).
    me: bool,
    /// "HT10 Nära omsorg i Sjövik" (for the hover).
    name: String,
    /// The result earns credit (drawn filled, never in the colour of failure).
    passes: bool,
}

fn peer_strips(
    p: &ProviderResult,
    calc: &crate::domain::Calculation,
    rules: &crate::domain::RuleSet,
    lang: Lang,
) -> Vec<PeerStrip> {
    let scheme = rules.scheme(p.service_type);
    p.indicators
        .iter()
        .map(|ind| {
            let values = calc
                .providers
                .iter()
                .filter(|q| q.service_type == p.service_type)
                .filter_map(|q| {
                    let i = q
                        .indicators
                        .iter()
                        .find(|i| i.indicator_id == ind.indicator_id)?;
                    let v = i.value.as_ref()?;
                    Some(Peer {
                        value: v.round_dp(2).normalize(),
                        me: q.id == p.id,
                        name: format!("{} {}", q.id, q.name),
                        passes: i.credit.is_positive(),
                    })
                })
                .collect();
            let scoring = scheme
                .and_then(|s| s.indicators.iter().find(|i| *i.id == *ind.indicator_id))
                .map(|i| &i.scoring);
            let levels = scoring.map_or_else(Vec::new, |s| {
                s.mode()
                    .marks()
                    .iter()
                    .map(|(m, level)| (lang.say_plain(m), *level))
                    .collect()
            });
            PeerStrip {
                values,
                levels,
                suffix: ind.unit.suffix(),
                unit: ind.unit.label(lang),
            }
        })
        .collect()
}

/// Every provider's result for one indicator against its levels, this provider marked: who is
/// just above or below a level. Results that earn credit are filled circles, those that earn
/// none hollow ones in the colour of failure; each level line carries its value; hovering a
/// point names the provider and its value. The caption says the same in words.
fn peer_strip_ui(ui: &mut egui::Ui, strip: &PeerStrip, key: &str, lang: Lang) {
    let mut sorted: Vec<&Peer> = strip.values.iter().collect();
    sorted.sort_by_key(|p| p.value);
    let colors = StripColors::new(ui.visuals());
    let top = sorted.len() as f64;
    let shown = strip_axes(strip, key, top, lang).show(ui, |plot| {
        level_lines(plot, strip, top, colors.line, lang);
        peer_points(plot, &sorted, &colors, lang);
    });
    hover_peer(shown, &sorted, strip, lang);
    // The chart in words: the axes and the levels with their values.
    let levels: Vec<String> = strip
        .levels
        .iter()
        .map(|(name, v)| level_text(name, *v, strip, lang))
        .collect();
    ui.weak(format!(
        "{} {}",
        lang.word(Word::PeerChartCaption),
        levels.join(" · ")
    ));
}

/// The colours of a peer strip: results that earn credit, those that do not, this provider's,
/// and the level lines'.
struct StripColors {
    pass: egui::Color32,
    fail: egui::Color32,
    me: egui::Color32,
    line: egui::Color32,
}

impl StripColors {
    fn new(visuals: &egui::Visuals) -> StripColors {
        let pass = if visuals.dark_mode {
            egui::Color32::from_rgb(100, 170, 240)
        } else {
            egui::Color32::from_rgb(30, 100, 180)
        };
        StripColors {
            pass,
            fail: visuals.error_fg_color,
            me: visuals.strong_text_color(),
            line: visuals.text_color(),
        }
    }
}

/// A value as the chart places it.
fn chart_x(d: Decimal) -> f64 {
    rust_decimal::prelude::ToPrimitive::to_f64(&d).unwrap_or(0.0)
}

/// Where the `k`th result (by value) is drawn.
fn peer_at(k: usize, p: &Peer) -> [f64; 2] {
    [chart_x(p.value), k as f64]
}

/// A level's name with its value and unit.
fn level_text(name: &str, v: Decimal, strip: &PeerStrip, lang: Lang) -> String {
    format!(
        "{name} {}{}",
        crate::words::number::format_number_lang(v.normalize(), None, lang),
        strip.suffix
    )
}

/// The chart's frame: its size, its axes named, the levels and every result in view.
fn strip_axes<'a>(strip: &PeerStrip, key: &str, top: f64, lang: Lang) -> egui_plot::Plot<'a> {
    let mut plot = egui_plot::Plot::new(("peer_strip", key));
    // The levels in view too, so that the distance to them shows.
    for (_, v) in &strip.levels {
        plot = plot.include_x(chart_x(*v));
    }
    plot.height(130.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_y(-0.5)
        .include_y(top + 0.5)
        .show_x(false)
        .show_y(false)
        .x_axis_label(format!("{} ({})", lang.word(Word::Value), strip.unit))
        .y_axis_label(lang.word(Word::ProvidersByValue))
        .y_axis_formatter(|_, _| String::new())
}

/// Each level's line, with its value written beside it, inward (the highest level's to its
/// left).
fn level_lines(
    plot: &mut egui_plot::PlotUi<'_>,
    strip: &PeerStrip,
    top: f64,
    color: egui::Color32,
    lang: Lang,
) {
    use egui_plot::{PlotPoint, Text, VLine};
    let highest = strip.levels.iter().map(|(_, v)| *v).max();
    for (name, v) in &strip.levels {
        let text = level_text(name, *v, strip, lang);
        let anchor = if Some(*v) == highest && strip.levels.len() > 1 {
            egui::Align2::RIGHT_TOP
        } else {
            egui::Align2::LEFT_TOP
        };
        plot.vline(VLine::new(text.clone(), chart_x(*v)).color(color));
        plot.text(
            Text::new(
                text.clone(),
                PlotPoint::new(chart_x(*v), top),
                format!(" {text} "),
            )
            .anchor(anchor)
            .color(color),
        );
    }
}

/// The results as points: those that earn credit, those that do not, and this provider's.
fn peer_points(
    plot: &mut egui_plot::PlotUi<'_>,
    sorted: &[&Peer],
    colors: &StripColors,
    lang: Lang,
) {
    use egui_plot::{MarkerShape, Points};
    let pick = |keep: &dyn Fn(&Peer) -> bool| -> Vec<[f64; 2]> {
        sorted
            .iter()
            .enumerate()
            .filter(|(_, p)| keep(p))
            .map(|(k, p)| peer_at(k, p))
            .collect()
    };
    plot.points(
        Points::new(
            lang.word(Word::PeersEarningCredit),
            pick(&|p| !p.me && p.passes),
        )
        .radius(3.5)
        .color(colors.pass),
    );
    plot.points(
        Points::new(
            lang.word(Word::PeersEarningNoCredit),
            pick(&|p| !p.me && !p.passes),
        )
        .radius(3.5)
        .filled(false)
        .color(colors.fail),
    );
    plot.points(
        Points::new(lang.word(Word::ThisProvider), pick(&|p| p.me))
            .radius(7.0)
            .shape(MarkerShape::Diamond)
            .color(colors.me),
    );
}

/// The provider under the pointer (the nearest point within 20 points on screen), named with
/// its value.
fn hover_peer(shown: egui_plot::PlotResponse<()>, sorted: &[&Peer], strip: &PeerStrip, lang: Lang) {
    let Some(pos) = shown.response.hover_pos() else {
        return;
    };
    let nearest = sorted
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let [x, y] = peer_at(k, p);
            let d = shown
                .transform
                .position_from_point(&egui_plot::PlotPoint::new(x, y))
                .distance(pos);
            (d, p)
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .filter(|(d, _)| *d <= 20.0);
    if let Some((_, p)) = nearest {
        let text = format!(
            "{}: {}{}",
            p.name,
            crate::words::number::format_number_lang(p.value, None, lang),
            strip.suffix
        );
        shown.response.on_hover_text_at_pointer(text);
    }
}

fn provider_explanation_ui(p: &ProviderResult, peers: &[PeerStrip], lang: Lang, ui: &mut egui::Ui) {
    facts_ui(p, lang, ui);
    if !p.areas.is_empty() {
        areas_ui(p, lang, ui);
    }
    ui.add_space(4.0);
    let reason = ui.label(RichText::new(p.reason(lang)).italics());
    if let Some(exact) = p.exact_numbers(lang) {
        reason.on_hover_text(format!("{}: {exact}", lang.word(Word::ExactValues)));
    }
    ui.add_space(8.0);
    ui.label(RichText::new(lang.word(Word::PerIndicator)).strong());

    let (kronor, ore) = p.indicator_split();
    for (((i, kronor), ore), strip) in p.indicators.iter().zip(kronor).zip(ore).zip(peers) {
        indicator_card_ui(p, i, (kronor, ore), strip, lang, ui);
    }
    let extra = p
        .fallback_row(lang)
        .map(|(_, text, kronor)| (text, kronor))
        .into_iter()
        .chain(p.money_rows(lang).into_iter().map(|(_, t, k)| (t, k)));
    for (text, kronor) in extra {
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
    for d in p.deductions.iter().filter(|d| !d.applied) {
        ui.weak(d.text(lang));
    }
    ui.add_space(6.0);
    ui.label(RichText::new(lang.word(Word::CreditPerIndicatorChart)).strong());
    credit_chart_ui(p, lang, ui);
}

/// Id, service, volume, score, status and the money (a grid).
fn facts_ui(p: &ProviderResult, lang: Lang, ui: &mut egui::Ui) {
    egui::Grid::new("detail_facts")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            ui.weak(lang.word(Word::Id));
            ui.label(&p.id);
            ui.end_row();
            ui.weak(lang.word(Word::Service));
            ui.label(format!(
                "{}, {}",
                p.service_type.label(lang),
                p.regi.label(lang).to_lowercase()
            ));
            ui.end_row();
            ui.weak(lang.word(Word::Volume));
            ui.label(format!(
                "{} {}",
                num(p.volume, 0, lang),
                p.volume_unit.label(lang)
            ));
            ui.end_row();
            ui.weak(lang.word(Word::ScoreHeading));
            ui.label(format!("{} %", num(p.score.percent(2), 2, lang)));
            ui.end_row();
            ui.weak(lang.word(Word::Status));
            ui.label(p.status_text(lang));
            ui.end_row();
            let rows = p.money_rows(lang);
            if rows.is_empty() {
                ui.weak(lang.word(Word::PayoutHeading));
                ui.label(RichText::new(kr(p.payout, lang)).strong().size(16.0));
                ui.end_row();
            } else {
                ui.weak(lang.word(Word::Kvalitetspeng));
                ui.label(RichText::new(kr(p.gross, lang)).monospace());
                ui.end_row();
                for (id, text, amount) in &rows {
                    let mut label = id.replace(':', " ");
                    if let Some(f) = label.get_mut(0..1) {
                        f.make_ascii_uppercase();
                    }
                    ui.weak(label);
                    ui.label(RichText::new(kr(*amount, lang)).monospace())
                        .on_hover_text(text);
                    ui.end_row();
                }
                ui.weak(lang.word(Word::Net));
                ui.label(RichText::new(kr(p.payout, lang)).strong().size(16.0));
                ui.end_row();
            }
            if let (Some(paid), Some(settle)) = (p.paid_so_far, p.settlement()) {
                ui.weak(lang.word(Word::PaidSoFar));
                ui.label(RichText::new(kr(paid, lang)).monospace());
                ui.end_row();
                ui.weak(lang.word(Word::Settlement));
                let what = if settle < Decimal::ZERO {
                    lang.word(Word::ToReclaim)
                } else {
                    lang.word(Word::ToPay)
                };
                ui.label(
                    RichText::new(format!("{} ({what})", kr(settle, lang)))
                        .strong()
                        .monospace(),
                );
                ui.end_row();
            }
        });
}

/// Each area's weight, what it counts as and its credit (a grid; only with areas).
fn areas_ui(p: &ProviderResult, lang: Lang, ui: &mut egui::Ui) {
    ui.add_space(4.0);
    ui.label(RichText::new(lang.word(Word::PerArea)).strong());
    egui::Grid::new("detail_areas")
        .num_columns(4)
        .spacing([12.0, 2.0])
        .striped(true)
        .show(ui, |ui| {
            ui.weak(lang.word(Word::AreaInline));
            ui.weak(lang.word(Word::Weight));
            ui.weak(lang.word(Word::CountsAs));
            ui.weak(lang.word(Word::Credit));
            ui.end_row();
            for a in &p.areas {
                ui.label(&*a.name);
                ui.label(format!("{} %", num(a.weight_percent, 0, lang)));
                ui.label(format!("{} %", num(a.effective_weight.percent(1), 1, lang)));
                if a.missing {
                    ui.label(
                        RichText::new(lang.word(Word::WhollyMissing))
                            .color(ui.visuals().warn_fg_color),
                    );
                } else {
                    ui.label(format!("{} %", num(a.credit.percent(1), 1, lang)));
                }
                ui.end_row();
            }
        });
}

/// One indicator: its kronor, why, its value, credit, weight and contribution, and how
/// every provider did on it.
fn indicator_card_ui(
    p: &ProviderResult,
    i: &IndicatorResult,
    (kronor, ore): (Decimal, bool),
    strip: &PeerStrip,
    lang: Lang,
    ui: &mut egui::Ui,
) {
    egui::Frame::group(ui.style())
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // The amount first, at the right; the name gets what is left and is cut with an
            // ellipsis (the whole name on hover) rather than run under the amount.
            ui.horizontal(|ui| {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(RichText::new(kr(kronor, lang)).monospace().strong());
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        let area = i.area.and_then(|a| p.areas.get(a as usize));
                        if let Some(a) = area {
                            ui.add(
                                egui::Label::new(RichText::new(format!("{} ›", a.name)).weak())
                                    .truncate(),
                            );
                        }
                        ui.add(egui::Label::new(RichText::new(&*i.name).strong()).truncate())
                            .on_hover_text(format!(
                                "{}{} · {} · {} · {}",
                                area.map(|a| format!("{} › ", a.name)).unwrap_or_default(),
                                i.name,
                                i.indicator_id,
                                i.direction.label(lang),
                                i.unit.label(lang)
                            ));
                    });
                });
            });
            let reason = RichText::new(i.reason_with_ore(ore, lang));
            let shown = if i.status == DataStatus::Ok {
                ui.label(reason)
            } else {
                ui.label(reason.color(ui.visuals().warn_fg_color))
            };
            if let Some(exact) = i.exact_numbers(lang) {
                shown.on_hover_text(format!("{}: {exact}", lang.word(Word::ExactValues)));
            }
            let value = match (&i.value, i.respondents) {
                (Some(v), Some(n)) => format!(
                    "{}{} ({})",
                    crate::words::number::format_number_lang(v.round_dp(2).normalize(), None, lang),
                    i.unit.suffix(),
                    i.interval_text(lang).unwrap_or_else(|| format!("n = {n}"))
                ),
                (Some(v), None) => format!(
                    "{}{}",
                    crate::words::number::format_number_lang(v.round_dp(2).normalize(), None, lang),
                    i.unit.suffix()
                ),
                (None, _) => "–".into(),
            };
            // The weight as written (inside its area, if any), and what it counts as in
            // the score when that differs.
            let in_area = i.area.and_then(|a| p.areas.get(a as usize)).is_some();
            let inside = if in_area {
                lang.word(Word::SpaceInsideTheArea)
            } else {
                ""
            };
            let weight = if in_area
                || i.effective_weight != crate::domain::plan::percent(i.weight_percent)
            {
                format!(
                    "{} %{inside} ({} {} %)",
                    num(i.weight_percent, 0, lang),
                    lang.word(Word::CountsAs),
                    num(i.effective_weight.percent(1), 1, lang)
                )
            } else {
                format!("{} %", num(i.weight_percent, 0, lang))
            };
            ui.horizontal_wrapped(|ui| {
                ui.weak(lang.word(Word::Value));
                ui.label(value);
                ui.weak(lang.word(Word::CreditSuffix));
                ui.label(format!("{} %", num(i.credit.percent(1), 1, lang)));
                ui.weak(lang.word(Word::WeightSuffix));
                ui.label(weight);
                ui.weak(lang.word(Word::Contribution));
                ui.label(format!(
                    "{} {}",
                    num(i.contribution.percent(2), 2, lang),
                    lang.word(Word::Points)
                ));
            });
            if strip.values.len() > 1 {
                egui::CollapsingHeader::new(msg!(
                    lang.words(),
                    "detail-all-providers-results-against-the",
                    values = &strip.values.len()
                ))
                .id_salt(("peers", &*i.indicator_id))
                .default_open(false)
                .show(ui, |ui| peer_strip_ui(ui, strip, &i.indicator_id, lang));
            }
        });
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
                    crate::words::number::format_number_lang(
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
        .x_axis_label(lang.word(Word::CreditPercentAxis))
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
            plot_ui.bar_chart(BarChart::new(lang.word(Word::Credit), bars).horizontal())
        });
}
