//! The "Effektuppföljning" window (issue 37): the form (Kolada file, KPI, municipality, first
//! year, exclusions, method), the estimate's lines with a chart of the municipality against
//! its comparison, and the providers' paths when the loaded results have several periods.
//! The state and every estimate are `app::effect`'s; this module only draws and asks.

use egui::{Color32, RichText};
use rust_decimal::Decimal;

use super::KvalitetspengApp;
use super::widgets::num;
use crate::app::commands::PathRequest;
use crate::app::effect::{EffectForm, EffectView};
use crate::domain::effect::Method;
use crate::words::{Lang, Word};

/// What the window asks for at the end of the frame.
#[derive(PartialEq)]
enum Action {
    None,
    ChooseFile,
    Estimate,
}

/// The window, when open.
pub fn effect_window_ui(app: &mut KvalitetspengApp, ctx: &egui::Context) {
    if !app.state.effect.open {
        return;
    }
    app.state.refresh_effect_providers();
    let lang = app.lang();
    let mut open = true;
    let mut action = Action::None;
    egui::Window::new(lang.word(Word::EffectFollowUpTitle))
        .open(&mut open)
        .default_size([620.0, 560.0])
        .constrain(true)
        .scroll([false, true])
        .show(ctx, |ui| {
            let form = &mut app.state.effect;
            ui.heading(lang.word(Word::EffectMunicipalityHeading));
            form_ui(ui, form, &mut action, lang);
            match &form.outcome {
                None => {}
                Some(Err(e)) => {
                    ui.colored_label(ui.visuals().error_fg_color, e);
                }
                Some(Ok(v)) => outcome_ui(ui, v, lang),
            }
            ui.separator();
            ui.heading(lang.word(Word::EffectProvidersHeading));
            match &form.providers {
                Some(lines) => {
                    lines_ui(ui, &lines.response);
                    egui::CollapsingHeader::new(lang.word(Word::EffectProvidersPaths))
                        .default_open(false)
                        .show(ui, |ui| lines_ui(ui, &lines.paths));
                }
                None => {
                    ui.weak(lang.word(Word::EffectProvidersNeedPeriods));
                }
            }
        });
    if !open {
        app.state.effect.open = false;
    }
    match action {
        Action::None => {}
        Action::ChooseFile => {
            let p = app.dialogs.open_kolada();
            app.answer(PathRequest::EffectKolada, "", p);
        }
        Action::Estimate => app.state.estimate_effect(),
    }
}

/// The form's fields, each labelled (so a screen reader and the tests find it by its label).
fn form_ui(ui: &mut egui::Ui, form: &mut EffectForm, action: &mut Action, lang: Lang) {
    egui::Grid::new("effect_form")
        .num_columns(2)
        .show(ui, |ui| {
            let l = ui.label(lang.word(Word::EffectKoladaFile));
            // The button first and the path in the rest of the row, so that more of the
            // file's name shows; the whole path on hover.
            ui.horizontal(|ui| {
                if ui.button(lang.word(Word::EffectChooseKolada)).clicked() {
                    *action = Action::ChooseFile;
                }
                let hover = form.kolada.clone();
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut form.kolada)
                            .desired_width(ui.available_width().max(200.0)),
                    )
                    .labelled_by(l.id);
                if !hover.is_empty() {
                    field.on_hover_text(hover);
                }
            });
            ui.end_row();
            for (word, field, width) in [
                (Word::EffectKpi, &mut form.kpi, 120.0),
                (Word::EffectMunicipality, &mut form.municipality, 120.0),
                (Word::EffectIntroduced, &mut form.introduced, 80.0),
            ] {
                let l = ui.label(lang.word(word));
                ui.add(egui::TextEdit::singleline(field).desired_width(width))
                    .labelled_by(l.id);
                ui.end_row();
            }
            let l = ui.label(lang.word(Word::EffectExclude));
            ui.add(egui::TextEdit::singleline(&mut form.exclude).desired_width(320.0))
                .labelled_by(l.id)
                .on_hover_text(lang.word(Word::EffectExcludeTooltip));
            ui.end_row();
            ui.label(lang.word(Word::EffectMethodLabel));
            ui.horizontal_wrapped(|ui| {
                ui.radio_value(
                    &mut form.method,
                    Method::DifferenceInDifferences,
                    lang.word(Word::EffectMethodDid),
                );
                ui.radio_value(
                    &mut form.method,
                    Method::SyntheticControl,
                    lang.word(Word::EffectMethodSc),
                );
            });
            ui.end_row();
        });
    if ui.button(lang.word(Word::EffectEstimateButton)).clicked() {
        *action = Action::Estimate;
    }
}

/// Lines of text, each wrapped at the window's width.
fn lines_ui(ui: &mut egui::Ui, lines: &[String]) {
    for line in lines {
        ui.add(egui::Label::new(line.as_str()).wrap());
    }
}

/// The chart, then the estimate's lines (as the command prints them): the chart first, so
/// that it is seen without scrolling past a dozen lines on a laptop's screen.
fn outcome_ui(ui: &mut egui::Ui, v: &EffectView, lang: Lang) {
    ui.add_space(6.0);
    chart_ui(ui, v, lang);
    ui.add_space(6.0);
    lines_ui(ui, &v.lines);
    ui.add_space(4.0);
    ui.label(RichText::new(lang.word(Word::EffectInTheReport)).weak());
}

/// The municipality's KPI per year against its comparison, the first year marked.
fn chart_ui(ui: &mut egui::Ui, v: &EffectView, lang: Lang) {
    use egui_plot::{
        Corner, HoverPosition, Legend, Line, LineStyle, Plot, PlotPoints, Points, VLine,
    };
    let number = move |x: f64, dp: u32| {
        num(
            Decimal::from_f64_retain(x).unwrap_or_default().round_dp(dp),
            dp,
            lang,
        )
    };
    let year = |x: f64| {
        if x.fract() == 0.0 {
            format!("{x:.0}")
        } else {
            String::new()
        }
    };
    // A line and its points one colour (the legend then shows one entry per series); the
    // municipality orange, its comparison blue, the start a dashed grey.
    let (treated_color, comparison_color) = if ui.visuals().dark_mode {
        (
            Color32::from_rgb(240, 150, 60),
            Color32::from_rgb(110, 160, 230),
        )
    } else {
        (
            Color32::from_rgb(200, 90, 0),
            Color32::from_rgb(40, 90, 180),
        )
    };
    let start_color = if ui.visuals().dark_mode {
        Color32::from_gray(190)
    } else {
        Color32::from_gray(90)
    };
    let treated = lang.word(Word::EffectChartTreated);
    let comparison = lang.word(Word::EffectChartComparison);
    Plot::new((
        "effect_chart",
        v.effect.treated.as_str(),
        v.effect.introduced,
    ))
    .height(220.0)
    .allow_drag(false)
    .allow_zoom(false)
    .allow_scroll(false)
    .legend(
        Legend::default()
            .position(Corner::LeftTop)
            .follow_insertion_order(true),
    )
    .x_axis_label(lang.word(Word::EffectChartYear))
    .y_axis_label(lang.word(Word::EffectChartValue))
    .x_axis_formatter(move |m, _| year(m.value))
    .y_axis_formatter(move |m, _| number(m.value, 1))
    // Near a point: the series, its year and value; elsewhere nothing (not "x: 2018.37").
    .label_formatter(move |pos| match pos {
        HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } => Some(format!(
            "{plot_name}\n{}: {}",
            year(position.x.round()),
            number(position.y, 2)
        )),
        HoverPosition::Elsewhere { .. } => None,
    })
    .show(ui, |p| {
        for (name, series, color) in [
            (treated, &v.treated, treated_color),
            (comparison, &v.comparison, comparison_color),
        ] {
            p.line(Line::new(name, PlotPoints::from(series.clone())).color(color));
            p.points(
                Points::new(name, PlotPoints::from(series.clone()))
                    .color(color)
                    .radius(3.0),
            );
        }
        p.vline(
            VLine::new(
                lang.word(Word::EffectChartStart),
                // Between the last year before and the first year with kvalitetspeng, off
                // the grid's year line.
                f64::from(v.effect.introduced) - 0.5,
            )
            .color(start_color)
            .width(1.5)
            .style(LineStyle::dashed_loose()),
        );
    });
    ui.label(RichText::new(lang.word(Word::EffectChartComparisonNote)).weak());
}
