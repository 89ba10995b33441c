//! The problems panel (validation and file errors with location), the status bar and toasts.

use crate::words::msg;
use egui::RichText;

use super::KvalitetspengApp;
use crate::app::Level;
use crate::app::Located;
use crate::domain::validation::Problem;
use crate::domain::validation::Severity;
use crate::words::Text;
use crate::words::Word;

/// Seconds a toast stays on screen.
const TOAST_S: f64 = 6.0;

pub fn status_bar_ui(app: &mut KvalitetspengApp, ui: &mut egui::Ui) {
    let lang = app.lang();
    ui.horizontal(|ui| {
        let errors = app.state.error_count();
        let warnings = app.state.problems.len() - errors
            + app
                .state
                .calc
                .as_ref()
                .map_or(0, |c| c.warnings.iter().filter(|w| !w.is_note()).count());
        let notes = note_count(app);
        let file_errors = app.state.file_errors.len();
        let mut text = msg!(
            lang.words(),
            "problems-summary",
            errors,
            warnings,
            file_errors
        );
        if notes > 0 {
            text.push_str(&msg!(lang.words(), "problems-notes-on-uncertainty", notes));
        }
        for job in &app.state.jobs {
            text.push_str(&format!(" · ⏳ {}…", job.what));
        }
        let color = if errors + file_errors > 0 {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().weak_text_color()
        };
        if ui
            .add(egui::Button::new(RichText::new(text).color(color)).frame(false))
            .on_hover_text(lang.word(Word::ShowTheProblemsPanel))
            .clicked()
        {
            app.prefs.show_problems = !app.prefs.show_problems;
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.weak(lang.word(Word::DropARonOr));
        });
    });
}

/// How many lines the problems panel has to show (file errors, rule problems, import and
/// calculation warnings); with none it shrinks to one line.
pub fn problem_count(app: &KvalitetspengApp) -> usize {
    app.state.file_errors.len()
        + app.state.problems.len()
        + app.state.results.import_warnings.len()
        + app
            .state
            .calc
            .as_ref()
            .map_or(0, |c| c.warnings.iter().filter(|w| !w.is_note()).count())
}

/// How many notes on survey uncertainty the calculation has (shown folded, not as problems).
fn note_count(app: &KvalitetspengApp) -> usize {
    app.state
        .calc
        .as_ref()
        .map_or(0, |c| c.warnings.iter().filter(|w| w.is_note()).count())
}

/// The problems panel: errors first (files, then rules), then the warnings that change money
/// (marked), then the other warnings; the messages folded away below.
pub fn problems_ui(app: &mut KvalitetspengApp, ui: &mut egui::Ui) {
    let lang = app.lang();
    let count = problem_count(app);
    ui.horizontal(|ui| {
        ui.strong(lang.word(Word::ProblemsAndMessages));
        if count == 0 {
            ui.weak(lang.word(Word::NoProblemsTheRules));
        }
        if !app.state.file_errors.is_empty()
            && ui.small_button(lang.word(Word::ClearFileErrors)).clicked()
        {
            app.state.file_errors.clear();
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button(lang.word(Word::Hide))
                .on_hover_text(lang.word(Word::HideThePanel))
                .clicked()
            {
                app.prefs.show_problems = false;
            }
        });
    });
    egui::ScrollArea::vertical()
        .id_salt("problems_scroll")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let err = ui.visuals().error_fg_color;
            let warn = ui.visuals().warn_fg_color;
            for e in &app.state.file_errors {
                ui.label(RichText::new(format!("⛔ {}", e.text(lang))).color(err));
            }
            let kept = located_problems(app, ui.ctx());
            let (errors, rule_warnings): (Vec<_>, Vec<_>) = kept
                .3
                .iter()
                .partition(|l| l.problem.severity == Severity::Error);
            let label = &app.state.rules_label;
            let rule_line = |l: &Located, icon: &str| format!("{icon} {}", l.text(label, lang));
            for p in errors {
                ui.label(RichText::new(rule_line(p, "⛔")).color(err));
            }
            if let Some(c) = &app.state.calc {
                for w in c.warnings.iter().filter(|w| w.changes_money()) {
                    ui.label(
                        RichText::new(format!(
                            "⚠ {} {}",
                            lang.word(Word::ChangesAmounts),
                            w.text(lang)
                        ))
                        .color(warn)
                        .strong(),
                    );
                }
            }
            for p in rule_warnings {
                ui.label(RichText::new(rule_line(p, "⚠")).color(warn));
            }
            for w in &app.state.results.import_warnings {
                ui.label(RichText::new(format!("⚠ {}", w.text(lang))).color(warn));
            }
            if let Some(c) = &app.state.calc {
                for w in c
                    .warnings
                    .iter()
                    .filter(|w| !w.changes_money() && !w.is_note())
                {
                    ui.label(
                        RichText::new(format!("⚠ {}: {}", app.state.results_label(), w.text(lang)))
                            .color(warn),
                    );
                }
                let notes = note_count(app);
                if notes > 0 {
                    egui::CollapsingHeader::new(msg!(
                        lang.words(),
                        "problems-survey-uncertainty-levels-that-confidence",
                        notes
                    ))
                    .id_salt("survey_notes")
                    .default_open(false)
                    .show(ui, |ui| {
                        for w in c.warnings.iter().filter(|w| w.is_note()) {
                            ui.label(format!("ℹ {}", w.text(lang)));
                        }
                    });
                }
            }
            if !app.state.notifications.is_empty() {
                egui::CollapsingHeader::new(msg!(
                    lang.words(),
                    "problems-messages",
                    notifications = &app.state.notifications.len()
                ))
                .id_salt("messages")
                .default_open(count > 0)
                .show(ui, |ui| {
                    for n in app.state.notifications.iter().rev().take(20) {
                        ui.weak(format!("{} {}", level_icon(n.level), n.text));
                    }
                });
            }
        });
}

/// What [`located_problems`] keeps between frames: the rule file's hash and whether the rules
/// were edited, the problems, and them located.
/// (Shared, so that a frame takes the kept places without copying them.)
type Kept = std::sync::Arc<(Option<String>, bool, Vec<Problem>, Vec<Located>)>;

/// The rules' problems, located in the rule file's text as opened or saved (see
/// [`crate::app::AppState::located_problems`]); kept between frames, and located again only
/// when the problems, the file or the edits change.
fn located_problems(app: &KvalitetspengApp, ctx: &egui::Context) -> Kept {
    let s = &app.state;
    let id = egui::Id::unique("rule_problems_located");
    let (sha, dirty) = (s.rules_file.sha256.as_deref(), s.is_dirty());
    let kept: Option<Kept> = ctx.data(|d| d.get_temp(id));
    if let Some(k) = kept
        && k.0.as_deref() == sha
        && k.1 == dirty
        && k.2 == s.problems
    {
        return k;
    }
    let kept: Kept = std::sync::Arc::new((
        sha.map(str::to_string),
        dirty,
        s.problems.clone(),
        s.located_problems(),
    ));
    ctx.data_mut(|d| d.insert_temp(id, kept.clone()));
    kept
}

fn level_icon(l: Level) -> &'static str {
    match l {
        Level::Info => "ℹ",
        Level::Success => "✔",
        Level::Warning => "⚠",
        Level::Error => "⛔",
    }
}

/// Recent notifications as toasts in the bottom-right corner.
pub fn toasts_ui(app: &mut KvalitetspengApp, ctx: &egui::Context) {
    let now = app.state.now_s;
    let recent: Vec<_> = app
        .state
        .notifications
        .iter()
        .filter(|n| now - n.time_s < TOAST_S)
        .cloned()
        .collect();
    if recent.is_empty() {
        return;
    }
    ctx.request_repaint_after(std::time::Duration::from_millis(500));
    let lang = app.lang();
    let mut undo = false;
    egui::Area::new(egui::Id::unique("toasts"))
        .anchor(egui::Align2::RIGHT_BOTTOM, [-16.0, -40.0])
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            for n in recent.iter().rev().take(4) {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(420.0);
                    let color = match n.level {
                        Level::Error => ui.visuals().error_fg_color,
                        Level::Warning => ui.visuals().warn_fg_color,
                        Level::Success => super::theme::ok_color(ui.visuals()),
                        Level::Info => ui.visuals().text_color(),
                    };
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(format!("{} {}", level_icon(n.level), n.text))
                                .color(color),
                        );
                        // "Ångra" while the edit it tells of is still the latest.
                        if let Some(depth) = n.undo_at
                            && app.state.undo.is_latest(depth, &app.state.rules)
                            && ui.button(lang.word(Word::Undo)).clicked()
                        {
                            undo = true;
                        }
                    });
                });
            }
        });
    if undo {
        app.commands.push(crate::app::UiCommand::Undo);
    }
}
