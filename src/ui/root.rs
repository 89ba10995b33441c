//! The whole window for one frame: panels in a responsive layout, windows and modals, then the
//! queued commands.

use crate::domain::{Regi, ServiceType};
use crate::words::Word;

use super::{KvalitetspengApp, decide, detail, editor, effect, locked, problems, table};
use crate::app::commands::Pending;
use crate::words::Label as _;

/// Window widths where the layout changes (see `ui_root`).
pub mod layout {
    /// From this width the explanation is a resizable side panel; below it a narrower one
    /// of fixed width.
    pub const SIDE_PANEL_FROM: f32 = 1500.0;
    /// Below this width the rule editor folds away while an explanation is open (so the
    /// table keeps its columns beside the explanation).
    pub const FOLD_EDITOR_BELOW: f32 = SIDE_PANEL_FROM;
    /// Below this width panels start narrower.
    pub const COMFORTABLE: f32 = 1400.0;
}

impl KvalitetspengApp {
    pub(super) fn header_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        ui.horizontal_wrapped(|ui| {
            let r = &self.state.rules;
            let title = if r.municipality.is_empty() && r.name.is_empty() {
                lang.word(Word::NewRuleSet).to_string()
            } else {
                format!("{} – {}", r.municipality, r.name)
            };
            ui.heading(title);
            ui.label(format!("{} {}", lang.word(Word::PeriodInline), r.period));
            if self.state.showing_sample() {
                ui.label(
                    egui::RichText::new(lang.word(Word::SampleIsFictional))
                        .color(ui.visuals().warn_fg_color),
                )
                .on_hover_text(lang.word(Word::SampleIsFictionalTooltip));
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.weak(lang.word(Word::RulesLabel));
            ui.label(format!(
                "{}{}",
                self.state.rules_label,
                if self.state.is_dirty() {
                    lang.word(Word::Unsaved)
                } else {
                    ""
                }
            ));
            ui.weak(lang.word(Word::ResultsLabel));
            ui.label(format!(
                "{} ({} {}, {} {})",
                self.state.results_label(),
                self.state.results.providers.len(),
                lang.word(Word::Providers),
                self.state.results.rows(),
                lang.word(Word::Values)
            ));
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(lang.word(Word::ServiceLabel));
            ui.selectable_value(&mut self.view.service, None, lang.word(Word::All));
            for st in ServiceType::ALL {
                ui.selectable_value(&mut self.view.service, Some(st), st.label(lang));
            }
            ui.separator();
            ui.label(lang.word(Word::RegiLabel));
            ui.selectable_value(&mut self.view.regi, None, lang.word(Word::All));
            for rg in Regi::ALL {
                ui.selectable_value(&mut self.view.regi, Some(rg), rg.label(lang));
            }
            ui.separator();
            ui.add(
                egui::TextEdit::singleline(&mut self.view.search)
                    .hint_text(lang.word(Word::SearchProviders))
                    .desired_width(160.0),
            );
        });
    }

    /// Draws the whole app (also used directly by the tests).
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.begin_frame(&ctx);
        if self.state.start_failure.is_some() {
            // Only what is wrong and the way on: no empty rule set, table or problems.
            egui::Panel::top("menu").show(ui, |ui| self.menu_bar_ui(ui));
            egui::CentralPanel::default().show(ui, |ui| super::start::start_failure_ui(self, ui));
        } else {
            self.bars_ui(ui);
            self.views_ui(ui, &ctx);
        }
        self.windows_ui(&ctx);
        self.end_frame(&ctx);
    }

    /// Before drawing: the time, finished jobs, the theme, shortcuts, dropped files, a close.
    fn begin_frame(&mut self, ctx: &egui::Context) {
        if !self.window.fonts_added {
            self.window.fonts_added = true;
            fallback_font(ctx);
            super::theme::apply(ctx);
        }
        self.state.now_s = ctx.input(|i| i.time);
        // Work on its own thread (the report, a lock): its outcome when done, and frames
        // until then so it is seen.
        self.state.poll_jobs();
        if !self.state.jobs.is_empty() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        self.apply_theme(ctx);
        self.shortcuts(ctx);
        self.dropped_files(ctx);

        // Closing with unsaved edits asks first.
        if ctx.input(|i| i.viewport().close_requested())
            && !self.window.allow_close
            && self.state.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.asking.unsaved = Some(Pending::Quit);
        }
    }

    /// The menu, the header, the status bar and the problems panel.
    fn bars_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("menu").show(ui, |ui| self.menu_bar_ui(ui));
        egui::Panel::top("header").show(ui, |ui| {
            ui.add_space(4.0);
            self.header_ui(ui);
            ui.add_space(2.0);
        });
        egui::Panel::bottom("status").show(ui, |ui| problems::status_bar_ui(self, ui));
        if self.prefs.show_problems {
            // With nothing to report the panel is one line; otherwise it can be resized.
            if problems::problem_count(self) == 0 {
                egui::Panel::bottom("problems_none")
                    .resizable(false)
                    .show(ui, |ui| problems::problems_ui(self, ui));
            } else {
                egui::Panel::bottom("problems")
                    .resizable(true)
                    .default_size(120.0)
                    .show(ui, |ui| problems::problems_ui(self, ui));
            }
        }
    }

    /// The rule editor, the table and the explanation, in a responsive layout: the payout
    /// column must stay in view. The explanation is a side panel beside the table (never over
    /// it, so that the table's columns stay readable: at 1280 px all of them); below 1500 px
    /// it is narrower and the rule editor folds into a strip while it is open (» brings the
    /// editor back and closes the explanation).
    fn views_ui(&mut self, ui: &mut egui::Ui, _ctx: &egui::Context) {
        let width = ui.available_width();
        let explaining = self.selected.is_some();
        let fold_editor = explaining && width < layout::FOLD_EDITOR_BELOW;
        if self.prefs.show_editor && !fold_editor {
            self.editor_panel_ui(ui, width);
        } else if self.prefs.show_editor {
            self.folded_editor_ui(ui);
        }
        if explaining {
            let narrow = width < layout::SIDE_PANEL_FROM;
            let panel = egui::Panel::right("detail");
            let panel = if narrow {
                let w = (width * 0.3).clamp(320.0, 400.0);
                panel.resizable(false).exact_size(w)
            } else {
                panel
                    .resizable(true)
                    .default_size(440.0)
                    .min_size(320.0)
                    .max_size(width * 0.35)
            };
            panel.show(ui, |ui| detail::detail_ui(self, ui));
        }
        egui::CentralPanel::default().show(ui, |ui| table::payout_table_ui(self, ui));
    }

    /// The rule editor as a resizable side panel.
    fn editor_panel_ui(&mut self, ui: &mut egui::Ui, width: f32) {
        egui::Panel::left("editor")
            .resizable(true)
            .default_size(if width < layout::COMFORTABLE {
                320.0
            } else {
                360.0
            })
            .min_size(240.0)
            .max_size((width * 0.4).max(260.0))
            .show(ui, |ui| {
                // A locked run's rules are read-only: shown, not editable.
                let editable = !self.state.read_only();
                ui.add_enabled_ui(editable, |ui| editor::editor_ui(self, ui));
            });
    }

    /// The rule editor folded into a strip while an explanation is open.
    fn folded_editor_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::left("editor_folded")
            .resizable(false)
            .exact_size(28.0)
            .show(ui, |ui| {
                let lang = self.lang();
                if ui
                    .add(egui::Button::new("»").frame(false))
                    .on_hover_text(lang.word(Word::RulesCloseTheExplanation))
                    .clicked()
                {
                    self.selected = None;
                }
            });
    }

    /// Windows, toasts and modals, in the order they stack.
    fn windows_ui(&mut self, ctx: &egui::Context) {
        decide::decide_window_ui(self, ctx);
        effect::effect_window_ui(self, ctx);
        locked::lock_form_ui(self, ctx);
        locked::correction_window_ui(self, ctx);
        self.about_ui(ctx);
        self.guide_ui(ctx);
        self.path_prompt_ui(ctx);
        problems::toasts_ui(self, ctx);
        self.confirm_ui(ctx);
        self.overwrite_ui(ctx);
        self.comments_lost_ui(ctx);
        self.sheet_ui(ctx);
        self.recovery_ui(ctx);
    }

    /// After drawing: an undo step, a recalculation, the queued commands, close and title.
    fn end_frame(&mut self, ctx: &egui::Context) {
        // Edits are one undo step once the pointer is released and no text field is being typed in
        // (a slider drag is one step; each keyboard step on a slider is its own).
        let interacting = ctx.input(|i| i.pointer.any_down()) || ctx.text_edit_focused();
        if !interacting {
            self.state.undo.settle(&self.state.rules);
        }
        if self.state.recompute_if_changed() {
            // What was drawn this frame showed the calculation before the edit.
            ctx.request_repaint();
        }

        // The commands given this frame, drained once.
        for c in std::mem::take(&mut self.commands) {
            self.run_command(ctx, c);
        }
        if self.window.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        let title = self.title();
        if title != self.window.last_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window.last_title = title;
        }
    }
}

/// Adds the report's font (DejaVu Sans, bundled for the PDF) after egui's own fonts, for the
/// characters they lack: an arrow (→) in a rule change or an undo text, letters of other
/// scripts in a provider's name. egui's fonts still draw everything they have, so nothing
/// else changes.
fn fallback_font(ctx: &egui::Context) {
    use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
    let family = |family| InsertFontFamily {
        family,
        priority: FontPriority::Lowest,
    };
    ctx.add_font(FontInsert::new(
        "DejaVuSansCondensed",
        egui::FontData::from_static(crate::io::report::FONT_REGULAR),
        vec![
            family(egui::FontFamily::Proportional),
            family(egui::FontFamily::Monospace),
        ],
    ));
}
