//! The UI's side of command handling: the commands queued by menus, buttons and shortcuts are
//! handed to the app once per frame, and what it still needs is asked here (a file, "save
//! changes?"); importing (which sheet, which mapping) and dropped files.

use crate::words::msg;
use std::path::PathBuf;

use crate::app::commands::{Handled, PathRequest, Pending};
use crate::app::files::{self, ImportNeeds};
use crate::app::{Level, UiCommand};
use crate::words::Word;

use super::KvalitetspengApp;
use super::prefs::push_recent;

impl KvalitetspengApp {
    /// Runs a command given this frame: the app does its part (`AppState::handle`), then this
    /// asks for what it still needs.
    pub(super) fn run_command(&mut self, ctx: &egui::Context, c: UiCommand) {
        let next = self.state.handle(c);
        self.follow_up(next);
        if matches!(c, UiCommand::Quit) && self.window.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Asks for what the app still needs after a command or a path.
    pub(super) fn follow_up(&mut self, next: Handled) {
        match next {
            Handled::Done => {}
            Handled::Open(request) => {
                let p = match request {
                    PathRequest::OpenRules | PathRequest::CompareWith => self.dialogs.open_rules(),
                    PathRequest::OpenLocked => self.dialogs.open_locked(),
                    PathRequest::Statements => self.dialogs.pick_folder(),
                    PathRequest::EffectKolada => self.dialogs.open_kolada(),
                    // Results to import or to correct a locked run with.
                    _ => self.dialogs.open_results(),
                };
                self.answer(request, "", p);
            }
            Handled::SaveAs(request, suggested) => {
                let p = match request {
                    PathRequest::SaveRulesAs => self.dialogs.save_rules(&suggested),
                    _ => self.dialogs.save_export(&suggested),
                };
                self.answer(request, &suggested, p);
            }
            Handled::Save(p) => {
                self.save_to(&p);
            }
            Handled::Replace(action) => self.request(action),
            Handled::Import(p) => self.import(&p),
            Handled::View(UiCommand::ToggleEditor) => {
                self.prefs.show_editor = !self.prefs.show_editor
            }
            Handled::View(_) => self.prefs.show_problems = !self.prefs.show_problems,
        }
    }

    pub(super) fn save_to(&mut self, p: &std::path::Path) -> bool {
        if self.state.newer_on_disk(p) {
            self.asking.overwrite = Some(p.to_path_buf());
            return false;
        }
        self.save_unchecked(p)
    }

    /// Saves (the file was checked not newer on disk), asking first if comments inside the
    /// rule file would be lost.
    pub(super) fn save_unchecked(&mut self, p: &std::path::Path) -> bool {
        if self.state.comments_would_be_lost() {
            self.asking.comments_lost = Some(p.to_path_buf());
            return false;
        }
        self.save_now(p)
    }

    pub(super) fn save_now(&mut self, p: &std::path::Path) -> bool {
        let ok = self.state.save_rules(p);
        if ok {
            push_recent(&mut self.prefs.recent_rules, p);
        }
        ok
    }

    /// Imports results from a path (menu, recent list or drag-and-drop). Kolada JSON asks for
    /// its mapping file first.
    pub fn import(&mut self, p: &std::path::Path) {
        self.import_with(p, None);
    }

    /// Imports results, from `sheet` of a workbook (asks which one when there are several).
    pub fn import_with(&mut self, p: &std::path::Path, sheet: Option<String>) {
        let mapping = match files::import_needs(p, sheet.as_deref()) {
            ImportNeeds::Sheet(names) => {
                self.asking.sheet = Some((p.to_path_buf(), names));
                return;
            }
            ImportNeeds::Mapping => match self.dialogs.open_mapping() {
                Some(m) => Some(m),
                None => return,
            },
            ImportNeeds::Nothing => None,
        };
        if self.state.import_results_from(p, sheet, mapping) {
            push_recent(&mut self.prefs.recent_results, p);
            self.prefs.show_problems |= !self.state.file_errors.is_empty();
        } else {
            self.prefs.show_problems = true;
        }
    }

    /// Asks first if the action would throw away unsaved edits.
    pub fn request(&mut self, action: Pending) {
        if self.state.is_dirty() {
            self.asking.unsaved = Some(action);
        } else {
            self.perform(action);
        }
    }

    pub(super) fn perform(&mut self, action: Pending) {
        // What replaces the rules leaves a locked run — once it has succeeded (a failed open
        // changes nothing; opening another locked run replaces it).
        if matches!(action, Pending::NewRules | Pending::LoadSample) {
            self.state.close_locked();
        }
        match action {
            Pending::OpenLocked(p) => {
                if !self.state.open_locked(&p) {
                    self.prefs.show_problems = true;
                }
            }
            Pending::OpenRules(p) => {
                if self.state.open_rules(&p) {
                    self.state.close_locked();
                    push_recent(&mut self.prefs.recent_rules, &p);
                } else {
                    self.prefs.show_problems = true;
                }
            }
            Pending::NewRules => {
                self.state.replace_rules(
                    crate::app::state::empty_rules(),
                    None,
                    self.lang().word(Word::UntitledRon).into(),
                );
                self.prefs.show_editor = true;
            }
            Pending::LoadSample => {
                let (rules, results) = crate::app::state::sample();
                self.state.results = results;
                self.state.results_file.path = None;
                self.state.forget_aggregation();
                self.state
                    .replace_rules(rules, None, "sjovik/rules.ron".into());
            }
            Pending::Quit => {
                // A report or lock being written is finished first.
                self.state.wait_for_jobs();
                self.window.allow_close = true;
            }
        }
    }

    pub(super) fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        for p in dropped {
            let ext = p
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or("")
                .to_ascii_lowercase();
            match ext.as_str() {
                "ron" => self.request(Pending::OpenRules(p)),
                "kvp" => self.request(Pending::OpenLocked(p)),
                "csv" | "txt" | "xlsx" | "xls" | "ods" | "json" if self.state.read_only() => {
                    self.state.correct(&p);
                }
                "csv" | "txt" | "xlsx" | "xls" | "ods" | "json" => self.import(&p),
                _ => {
                    let msg = msg!(
                        self.lang().words(),
                        "ui-unknown-file-type-expected-ron",
                        p = &files::display_name(&p)
                    );
                    self.state.notify(Level::Error, msg);
                }
            }
        }
    }
}
