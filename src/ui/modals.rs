//! Modal questions (unsaved changes, a newer file on disk, which sheet), the about window and
//! Hjälp's short guide.

use crate::app::{Level, files, install};
use crate::words::Word;
use crate::words::msg;

use super::KvalitetspengApp;
use crate::app::commands::Pending;

impl KvalitetspengApp {
    pub(super) fn confirm_ui(&mut self, ctx: &egui::Context) {
        let Some(action) = self.asking.unsaved.clone() else {
            return;
        };
        let lang = self.lang();
        let mut answer: Option<u8> = None;
        egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.heading(lang.word(Word::UnsavedChanges));
            ui.label(msg!(
                lang.words(),
                "ui-rules-in-have-changes-that",
                rules_label = self.state.rules_label
            ));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(lang.word(Word::Save)).clicked() {
                    answer = Some(0);
                }
                if ui.button(lang.word(Word::DontSave)).clicked() {
                    answer = Some(1);
                }
                if ui.button(lang.word(Word::Cancel)).clicked() {
                    answer = Some(2);
                }
            });
        });
        match answer {
            Some(0) => {
                let path = match self.state.rules_file.path.clone() {
                    Some(p) => Some(p),
                    None => self
                        .dialogs
                        .save_rules(self.state.lang.word(Word::RulesRon)),
                };
                self.asking.unsaved = None;
                if let Some(p) = path
                    && self.save_to(&p)
                {
                    self.perform(action.clone());
                    if action == Pending::Quit {
                        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                    }
                }
            }
            Some(1) => {
                self.discard_recovery = action == Pending::Quit;
                self.asking.unsaved = None;
                self.perform(action.clone());
                if action == Pending::Quit {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Some(_) => self.asking.unsaved = None,
            None => {}
        }
    }

    pub(super) fn sheet_ui(&mut self, ctx: &egui::Context) {
        let Some((path, names)) = self.asking.sheet.clone() else {
            return;
        };
        let lang = self.lang();
        let mut chosen: Option<Option<String>> = None;
        egui::Modal::new(egui::Id::unique("sheet")).show(ctx, |ui| {
            ui.heading(lang.word(Word::ChooseASheet));
            ui.label(msg!(
                lang.words(),
                "ui-has-several-sheets-which-one",
                path = &files::display_name(&path)
            ));
            ui.add_space(6.0);
            for n in &names {
                if ui.button(n).clicked() {
                    chosen = Some(Some(n.clone()));
                }
            }
            ui.add_space(6.0);
            if ui.button(lang.word(Word::Cancel)).clicked() {
                chosen = Some(None);
            }
        });
        if let Some(choice) = chosen {
            self.asking.sheet = None;
            if let Some(sheet) = choice {
                self.import_with(&path, Some(sheet));
            }
        }
    }

    pub(super) fn overwrite_ui(&mut self, ctx: &egui::Context) {
        let Some(path) = self.asking.overwrite.clone() else {
            return;
        };
        let lang = self.lang();
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("overwrite")).show(ctx, |ui| {
            ui.set_max_width(440.0);
            ui.heading(lang.word(Word::FileHasChanged));
            ui.label(msg!(
                lang.words(),
                "ui-was-saved-by-someone-else",
                path = &files::display_name(&path)
            ));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(lang.word(Word::Overwrite)).clicked() {
                    answer = Some(true);
                }
                if ui.button(lang.word(Word::Cancel)).clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => {
                self.asking.overwrite = None;
                self.save_unchecked(&path);
            }
            Some(false) => self.asking.overwrite = None,
            None => {}
        }
    }

    /// Saving would lose the comments inside the rule file (those at its top are kept).
    pub(super) fn comments_lost_ui(&mut self, ctx: &egui::Context) {
        let Some(path) = self.asking.comments_lost.clone() else {
            return;
        };
        let lang = self.lang();
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("comments_lost")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            ui.heading(lang.word(Word::CommentsWouldBeLost));
            ui.label(lang.word(Word::CommentsWouldBeLostText));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(lang.word(Word::SaveAnyway)).clicked() {
                    answer = Some(true);
                }
                if ui.button(lang.word(Word::Cancel)).clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => {
                self.asking.comments_lost = None;
                self.save_now(&path);
            }
            Some(false) => self.asking.comments_lost = None,
            None => {}
        }
    }

    /// Hjälp › Öppna loggmappen: the log's folder in the platform's file manager, for sending
    /// the log to support.
    pub(super) fn open_log_folder(&mut self) {
        let words = self.lang().words();
        match install::log_dir() {
            Some(dir) => {
                if let Err(e) = open::that_detached(&dir) {
                    let msg = msg!(words, "log-folder-not-opened", dir = &dir.display(), e);
                    self.state.notify(Level::Error, msg);
                }
            }
            None => {
                let msg = words.word(Word::NoLogFolder).to_string();
                self.state.notify(Level::Error, msg);
            }
        }
    }

    pub(super) fn about_ui(&mut self, ctx: &egui::Context) {
        if !self.asking.about {
            return;
        }
        let lang = self.lang();
        let mut open = true;
        egui::Window::new(lang.word(Word::AboutKvalitetspeng))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.heading(format!("Kvalitetspeng {}", env!("CARGO_PKG_VERSION")));
                ui.label(lang.word(Word::ExactCalculationAndExplanation));
                egui::Grid::new("about_grid").num_columns(2).show(ui, |ui| {
                    ui.weak(lang.word(Word::Graphics));
                    ui.label(if self.window.renderer_info.is_empty() {
                        lang.word(Word::Unknown).to_string()
                    } else {
                        self.window.renderer_info.clone()
                    });
                    ui.end_row();
                    ui.weak(lang.word(Word::RuleFormat));
                    ui.label(crate::domain::rules::FORMAT_VERSION.to_string());
                    ui.end_row();
                    // The source and the very file that runs, to match with what was published.
                    ui.weak(lang.word(Word::SourceCommit));
                    ui.label(install::commit().unwrap_or(lang.word(Word::Unknown)));
                    ui.end_row();
                    ui.weak(lang.word(Word::ProgramFileSha256));
                    ui.label(
                        egui::RichText::new(
                            install::exe_sha256().unwrap_or(lang.word(Word::Unknown)),
                        )
                        .monospace(),
                    );
                    ui.end_row();
                });
            });
        if !open {
            self.asking.about = false;
        }
    }

    /// Hjälp › Kom igång: what to load, how a krona is computed, the shortcuts (from the
    /// commands themselves) and where the documentation is.
    pub(super) fn guide_ui(&mut self, ctx: &egui::Context) {
        use super::commands::CommandUi;
        if !self.asking.guide {
            return;
        }
        let lang = self.lang();
        let mut open = true;
        egui::Window::new(lang.word(Word::GettingStartedTitle))
            .open(&mut open)
            .collapsible(false)
            .default_width(560.0)
            .show(ctx, |ui| {
                egui::ScrollArea::vertical()
                    .max_height(480.0)
                    .show(ui, |ui| {
                        for (heading, text) in [
                            (Word::GuideWhatToLoad, Word::GuideWhatToLoadText),
                            (Word::GuideHowAKrona, Word::GuideHowAKronaText),
                        ] {
                            ui.strong(lang.word(heading));
                            ui.label(lang.word(text));
                            ui.add_space(6.0);
                        }
                        ui.strong(lang.word(Word::GuideShortcuts));
                        egui::Grid::new("guide_shortcuts")
                            .num_columns(2)
                            .show(ui, |ui| {
                                for c in super::commands::WITH_SHORTCUTS {
                                    if let Some(sc) = c.shortcut() {
                                        ui.monospace(ctx.format_shortcut(&sc));
                                        ui.label(c.label(lang).trim_end_matches('…'));
                                        ui.end_row();
                                    }
                                }
                            });
                        ui.add_space(6.0);
                        ui.strong(lang.word(Word::GuideDocumentation));
                        ui.label(lang.word(Word::GuideDocumentationText));
                    });
            });
        if !open {
            self.asking.guide = false;
        }
    }
}
