//! Decision support in the app: the Δ summary above the table and the Δ column, the budget
//! forecast beside each scheme's total, and the "Beslutsstöd" window (what to compare with, a
//! sensitivity sweep with its chart).

use crate::words::Label as _;
use crate::words::msg;
use egui::{Color32, RichText};
use rust_decimal::Decimal;

use super::KvalitetspengApp;
use super::widgets::{kr, num, right_label};
use crate::app::AppState;
use crate::app::decide::{CompareSource, Forecast, default_range, sweepable};
use crate::domain::decide::compare::Comparison;
use crate::domain::explanation::Calculation;
use crate::words::{Lang, Word};

/// Each provider's Δ (B − A, the baseline being A), aligned with `calc.providers`; `None` for
/// a provider not in the baseline. Both lists are sorted by (service type, id): one merge.
pub fn deltas(calc: &Calculation, c: &Comparison) -> Vec<Option<Decimal>> {
    let mut out = Vec::with_capacity(calc.providers.len());
    let mut k = 0;
    for p in &calc.providers {
        while k < c.providers.len()
            && (c.providers[k].service_type, c.providers[k].id.as_str())
                < (p.service_type, p.id.as_str())
        {
            k += 1;
        }
        out.push(
            c.providers
                .get(k)
                .filter(|d| d.service_type == p.service_type && d.id == p.id && d.a.is_some())
                .map(|d| d.delta()),
        );
    }
    out
}

/// Gain green, loss red; the sign and the arrow say it too (not by colour alone).
fn delta_text(d: Decimal, lang: Lang, ui: &egui::Ui) -> RichText {
    let dark = ui.visuals().dark_mode;
    let (arrow, color) = match d.cmp(&Decimal::ZERO) {
        std::cmp::Ordering::Greater => (
            "⬆ +",
            if dark {
                Color32::from_rgb(110, 200, 120)
            } else {
                Color32::from_rgb(20, 120, 40)
            },
        ),
        std::cmp::Ordering::Less => (
            "⬇ ",
            if dark {
                Color32::from_rgb(240, 120, 110)
            } else {
                Color32::from_rgb(170, 30, 30)
            },
        ),
        std::cmp::Ordering::Equal => ("± ", ui.visuals().weak_text_color()),
    };
    RichText::new(format!("{arrow}{}", kr(d, lang))).color(color)
}

/// A cell of the Δ column.
pub fn delta_cell_ui(ui: &mut egui::Ui, d: Option<Decimal>, lang: Lang) {
    match d {
        Some(d) => {
            let t = delta_text(d, lang, ui);
            right_label(ui, t);
        }
        None => right_label(ui, RichText::new(lang.word(Word::New)).weak()),
    }
}

/// The Δ summary above the table.
pub fn delta_summary_ui(app: &mut KvalitetspengApp, c: &Comparison, ui: &mut egui::Ui) {
    let lang = app.lang();
    let label = app.state.decide.source_label(lang);
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .inner_margin(6.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(msg!(lang.words(), "ui-decide-compared-with", label)).strong(),
                );
                let t = delta_text(c.total.delta(), lang, ui).strong();
                ui.label(t);
                for (st, t) in &c.by_service_type {
                    ui.label(RichText::new(format!("{}:", st.label(lang))).weak());
                    let d = delta_text(t.delta(), lang, ui);
                    ui.label(d);
                }
                ui.label(RichText::new(gains_and_losses(c, lang)).weak());
            });
        });
    ui.add_space(4.0);
}

/// How many providers gain, lose or keep their amount in a comparison, and how many are in
/// only one of the two calculations.
fn gains_and_losses(c: &Comparison, lang: Lang) -> String {
    let w = lang.words();
    let only_in = match c.only_in_a + c.only_in_b {
        0 => String::new(),
        _ => msg!(
            w,
            "decide-gains-and-losses-only-in",
            only_in_a = c.only_in_a,
            only_in_b = c.only_in_b
        ),
    };
    msg!(
        w,
        "decide-gains-and-losses",
        gains = c.gains,
        loses = c.loses,
        unchanged = c.unchanged,
        only_in
    )
}

/// The budget forecast of one scheme in the totals grid. Returns true when "fit to budget" was
/// clicked.
pub fn forecast_ui(
    ui: &mut egui::Ui,
    f: &Forecast,
    rules: &crate::domain::RuleSet,
    lang: Lang,
) -> bool {
    let mut clicked = false;
    ui.horizontal(|ui| {
        let over = f.over();
        if over > Decimal::ZERO {
            ui.label(
                RichText::new(msg!(
                    lang.words(),
                    "ui-decide-over-the-budget-by",
                    budget = &kr(f.budget, lang),
                    over = &kr(over, lang)
                ))
                .color(ui.visuals().warn_fg_color),
            );
        } else {
            ui.weak(msg!(
                lang.words(),
                "ui-decide-within-budget",
                budget = &kr(f.budget, lang),
                left = &kr(-over, lang)
            ));
        }
        if Forecast::can_fit(rules, f.service_type)
            && ui
                .small_button(lang.word(Word::FitToBudget))
                .on_hover_text(lang.word(Word::SetTheHighestRate))
                .clicked()
        {
            clicked = true;
        }
    });
    clicked
}

/// What the decision window asks for at the end of the frame.
enum Action {
    None,
    CompareFile,
    /// Export the comparison (true) or the sweep (false).
    Export(bool),
    Source(CompareSource),
    RunSweep,
}

/// The "Beslutsstöd" window.
pub fn decide_window_ui(app: &mut KvalitetspengApp, ctx: &egui::Context) {
    if !app.state.decide.open {
        return;
    }
    let lang = app.lang();
    let mut open = true;
    let mut action = Action::None;
    egui::Window::new(lang.word(Word::DecisionSupportTitle))
        .open(&mut open)
        .default_size([560.0, 520.0])
        .constrain(true)
        .scroll([false, true])
        .show(ctx, |ui| {
            compare_ui(ui, &app.state, &mut action, lang);
            ui.separator();
            sweep_ui(ui, &mut app.state, &mut action, lang);
        });
    if !open {
        app.state.decide.open = false;
    }
    match action {
        Action::None => {}
        Action::CompareFile => {
            let p = app.dialogs.open_rules();
            app.answer(super::PathRequest::CompareWith, "", p);
        }
        Action::Source(s) => app.state.decide.source = s,
        Action::Export(comparison) => {
            let name = lang.word(match comparison {
                true => Word::DecideExportFileNameTrue,
                false => Word::DecideExportFileNameFalse,
            });
            let p = app.dialogs.save_export(name);
            app.answer(super::PathRequest::DecisionExport(comparison), name, p);
        }
        Action::RunSweep => app.state.run_sweep(),
    }
}

/// What to compare with, and exporting the comparison.
fn compare_ui(ui: &mut egui::Ui, state: &AppState, action: &mut Action, lang: Lang) {
    ui.heading(lang.word(Word::CompareWithTitle));
    ui.horizontal_wrapped(|ui| {
        let src = state.decide.source.clone();
        if ui
            .selectable_label(
                src == CompareSource::SavedRules,
                lang.word(Word::SavedRules),
            )
            .on_hover_text(lang.word(Word::ShowWhatTheEdits))
            .clicked()
        {
            *action = Action::Source(CompareSource::SavedRules);
        }
        let file_label = match &src {
            CompareSource::File { label, .. } => label.clone(),
            _ => lang.word(Word::AnotherRuleFile).into(),
        };
        if ui
            .selectable_label(matches!(src, CompareSource::File { .. }), file_label)
            .on_hover_text(lang.word(Word::CompareWithEg))
            .clicked()
        {
            *action = Action::CompareFile;
        }
        if ui
            .selectable_label(src == CompareSource::Off, lang.word(Word::NoComparison))
            .clicked()
        {
            *action = Action::Source(CompareSource::Off);
        }
    });
    if ui
        .button(lang.word(Word::ExportTheComparison))
        .on_hover_text(lang.word(Word::CsvOrExcelWith))
        .clicked()
    {
        *action = Action::Export(true);
    }
}

/// The sensitivity sweep's form, its error and its result.
fn sweep_ui(ui: &mut egui::Ui, state: &mut AppState, action: &mut Action, lang: Lang) {
    ui.heading(lang.word(Word::Sensitivity));
    ui.label(lang.word(Word::VaryOneParameterIn));
    let params = sweepable(&state.rules);
    let form = &mut state.decide.sweep;
    let rules = &state.rules;
    let set_range = |form: &mut crate::app::decide::SweepForm, p| {
        if let Some((from, to)) = default_range(p, rules) {
            form.from = num(from, 2, lang);
            form.to = num(to, 2, lang);
        }
    };
    if form.param.is_empty()
        && let Some(p) = params.first()
    {
        form.param = p.to_string();
        set_range(form, p);
    }
    // Named in words; the path (the CLI's `--param`) is the tooltip.
    let shown = params
        .iter()
        .find(|p| p.to_string() == form.param)
        .map_or(form.param.clone(), |p| lang.say_plain(&p.name(rules)));
    egui::Grid::new("sweep_form").num_columns(2).show(ui, |ui| {
        let l = ui.label(lang.word(Word::Parameter));
        egui::ComboBox::from_id_salt("sweep_param")
            .selected_text(shown)
            .width(360.0)
            .show_ui(ui, |ui| {
                for p in &params {
                    let s = p.to_string();
                    if ui
                        .selectable_label(form.param == s, lang.say_plain(&p.name(rules)))
                        .on_hover_text(&s)
                        .clicked()
                        && form.param != s
                    {
                        form.param = s;
                        set_range(form, p);
                        // The chart follows the parameter: swept again at once if one is shown.
                        if form.result.is_some() {
                            *action = Action::RunSweep;
                        }
                    }
                }
            })
            .response
            .on_hover_text(&form.param)
            .labelled_by(l.id);
        ui.end_row();
        let l = ui.label(lang.word(Word::From));
        ui.add(egui::TextEdit::singleline(&mut form.from).desired_width(120.0))
            .labelled_by(l.id);
        ui.end_row();
        let l = ui.label(lang.word(Word::To));
        ui.add(egui::TextEdit::singleline(&mut form.to).desired_width(120.0))
            .labelled_by(l.id);
        ui.end_row();
        let l = ui.label(lang.word(Word::SweepSteps));
        ui.horizontal(|ui| {
            ui.add(egui::DragValue::new(&mut form.steps).range(SWEEP_STEPS))
                .labelled_by(l.id);
            // The limit in words (a step is a whole calculation).
            ui.weak(lang.word(Word::SweepStepsLimit));
        });
        ui.end_row();
    });
    if ui.button(lang.word(Word::RunTheSweep)).clicked() {
        *action = Action::RunSweep;
    }
    if let Some(e) = &form.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    // Only the chosen parameter's sweep is shown (the one of another is no answer to it).
    if let Some(s) = form
        .result
        .clone()
        .filter(|s| s.param.to_string() == form.param)
    {
        if ui.button(lang.word(Word::ExportTheSweep)).clicked() {
            *action = Action::Export(false);
        }
        let name = lang.say_plain(&s.param.name(&state.rules));
        let budget = state
            .rules
            .scheme(s.param.service_type)
            .and_then(|sc| sc.budget);
        sweep_result_ui(ui, &s, &name, budget, lang);
    }
}

/// How many steps a sweep in the window takes (each is a whole calculation); said in words
/// beside the field (`sweep-steps-limit`).
const SWEEP_STEPS: std::ops::RangeInclusive<usize> = 2..=50;

/// The sweep's chart (total cost and providers paid against the parameter, the current value
/// and the scheme's budget marked) and its table.
fn sweep_result_ui(
    ui: &mut egui::Ui,
    s: &crate::domain::decide::sweep::Sweep,
    name: &str,
    budget: Option<Decimal>,
    lang: Lang,
) {
    use egui_plot::{HLine, Legend, Line, Plot, PlotPoints, VLine};
    let f = |d: Decimal| rust_decimal::prelude::ToPrimitive::to_f64(&d).unwrap_or(0.0);
    let ok: Vec<_> = s.steps.iter().filter(|x| x.problems.is_empty()).collect();
    ui.add_space(6.0);
    ui.label(
        RichText::new(msg!(
            lang.words(),
            "ui-decide-total-kr-against",
            param = name
        ))
        .strong(),
    );
    // The budget is for the kvalitetspeng before withholding and deductions (as the solver's
    // "fit to budget"): that line is charted against it, the net beside it when it differs.
    let apart = s.has_adjustments();
    let gross: PlotPoints = ok.iter().map(|x| [f(x.value), f(x.gross)]).collect();
    let net: PlotPoints = ok.iter().map(|x| [f(x.value), f(x.total)]).collect();
    let current = f(s.current);
    let budget_text = budget.map(|b| format!("{}: {}", lang.word(Word::Budget), kr(b, lang)));
    if let Some(t) = &budget_text {
        ui.weak(t);
    }
    let warn = ui.visuals().warn_fg_color;
    Plot::new(("sweep_total", s.param.to_string()))
        .height(150.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_y(0.0)
        .include_y(budget.map_or(0.0, f))
        .legend(Legend::default())
        .y_axis_formatter(move |m, _| {
            num(
                Decimal::from_f64_retain(m.value)
                    .unwrap_or_default()
                    .round_dp(0),
                0,
                lang,
            )
        })
        .show(ui, |p| {
            if apart {
                p.line(Line::new(lang.word(Word::Kvalitetspeng), gross));
                p.line(Line::new(lang.word(Word::Net), net));
            } else {
                p.line(Line::new(lang.word(Word::Total), gross));
            }
            p.vline(VLine::new(lang.word(Word::Now), current));
            if let (Some(b), Some(t)) = (budget, budget_text) {
                p.hline(
                    HLine::new(t, f(b))
                        .style(egui_plot::LineStyle::dashed_loose())
                        .color(warn),
                );
            }
        });
    ui.label(RichText::new(lang.word(Word::ProvidersPaidHeading)).strong());
    let paid: PlotPoints = ok.iter().map(|x| [f(x.value), x.paid as f64]).collect();
    Plot::new(("sweep_paid", s.param.to_string()))
        .height(110.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_y(0.0)
        .show(ui, |p| {
            p.line(Line::new(lang.word(Word::PaidNote), paid));
            p.vline(VLine::new(lang.word(Word::Now), current));
        });
    egui::Grid::new("sweep_table")
        .striped(true)
        .num_columns(if apart { 4 } else { 3 })
        .show(ui, |ui| {
            ui.strong(lang.word(Word::ValueHeading));
            if apart {
                ui.strong(lang.word(Word::Kvalitetspeng));
                ui.strong(lang.word(Word::Net));
            } else {
                ui.strong(lang.word(Word::TotalHeading));
            }
            ui.strong(lang.word(Word::PaidHeading));
            ui.end_row();
            for x in &s.steps {
                // The value computed at, all its decimals (a sweep's steps have up to six).
                ui.label(crate::words::number::format_number_lang(
                    x.value.normalize(),
                    None,
                    lang,
                ));
                if x.problems.is_empty() {
                    right_label(ui, kr(x.gross, lang));
                    if apart {
                        right_label(ui, kr(x.total, lang));
                    }
                    right_label(ui, x.paid.to_string());
                } else {
                    ui.weak(lang.word(Word::RulesGetErrors));
                    ui.label("");
                    if apart {
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
}
