//! File dialogs (native, or scripted for tests) and the path field the app shows when no
//! native dialog can be shown; what a path was asked for and doing it.

use std::path::PathBuf;

use crate::words::{Lang, Word};

use super::KvalitetspengApp;
use crate::app::commands::PathRequest;

/// File dialogs, so tests can give paths without native dialogs.
pub trait FileDialogs {
    fn open_rules(&mut self) -> Option<PathBuf>;
    fn save_rules(&mut self, suggested: &str) -> Option<PathBuf>;
    fn open_results(&mut self) -> Option<PathBuf>;
    fn open_mapping(&mut self) -> Option<PathBuf>;
    /// Kolada's municipality data for a KPI (JSON), for the Effekt window.
    fn open_kolada(&mut self) -> Option<PathBuf>;
    fn save_export(&mut self, suggested: &str) -> Option<PathBuf>;
    /// A locked run (`.kvp`) to open.
    fn open_locked(&mut self) -> Option<PathBuf>;
    /// A folder to write several files in (made if it is not there).
    fn pick_folder(&mut self) -> Option<PathBuf>;
    /// True (once) if the last dialog returning nothing could not be shown at all, rather than
    /// being cancelled: the app then asks for the path in a field of its own.
    fn unavailable(&mut self) -> bool {
        false
    }
    /// The language of the dialogs' titles and filters.
    fn set_lang(&mut self, _lang: Lang) {}
}

/// Native dialogs through rfd.
#[derive(Default)]
pub struct NativeDialogs {
    /// The last dialog answered nothing faster than a person can cancel one: on Linux that
    /// means no XDG desktop portal (nor zenity) could show it.
    failed: bool,
    lang: Lang,
}

impl NativeDialogs {
    fn run(&mut self, show: impl FnOnce() -> Option<PathBuf>) -> Option<PathBuf> {
        let t = std::time::Instant::now();
        let answer = show();
        self.failed = answer.is_none() && t.elapsed() < std::time::Duration::from_millis(150);
        answer
    }
}

impl FileDialogs for NativeDialogs {
    fn open_rules(&mut self) -> Option<PathBuf> {
        let lang = self.lang;
        self.run(|| {
            rfd::FileDialog::new()
                .add_filter(lang.word(Word::RuleFileRon), &["ron"])
                .pick_file()
        })
    }
    fn save_rules(&mut self, suggested: &str) -> Option<PathBuf> {
        let lang = self.lang;
        self.run(|| {
            rfd::FileDialog::new()
                .add_filter(lang.word(Word::RuleFileRon), &["ron"])
                .set_file_name(suggested)
                .save_file()
        })
    }
    fn open_results(&mut self) -> Option<PathBuf> {
        let lang = self.lang;
        self.run(|| {
            rfd::FileDialog::new()
                .add_filter(
                    lang.word(Word::ResultsCsvExcelKolada),
                    &["csv", "txt", "xlsx", "xls", "ods", "json"],
                )
                .pick_file()
        })
    }
    fn open_mapping(&mut self) -> Option<PathBuf> {
        let lang = self.lang;
        self.run(|| {
            rfd::FileDialog::new()
                .set_title(lang.word(Word::ChooseKoladaMapping))
                .add_filter(lang.word(Word::KoladaMappingRon), &["ron"])
                .pick_file()
        })
    }
    fn open_kolada(&mut self) -> Option<PathBuf> {
        let lang = self.lang;
        self.run(|| {
            rfd::FileDialog::new()
                .add_filter(lang.word(Word::EffectKoladaJson), &["json"])
                .pick_file()
        })
    }
    fn save_export(&mut self, suggested: &str) -> Option<PathBuf> {
        let ext = ["xlsx", "pdf", "kvp"]
            .into_iter()
            .find(|e| suggested.ends_with(&format!(".{e}")))
            .unwrap_or("csv");
        self.run(|| {
            rfd::FileDialog::new()
                .add_filter(ext.to_uppercase(), &[ext])
                .set_file_name(suggested)
                .save_file()
        })
    }
    fn open_locked(&mut self) -> Option<PathBuf> {
        let lang = self.lang;
        self.run(|| {
            rfd::FileDialog::new()
                .add_filter(lang.word(Word::LockedRunKvp), &["kvp"])
                .pick_file()
        })
    }
    fn pick_folder(&mut self) -> Option<PathBuf> {
        let lang = self.lang;
        self.run(|| {
            rfd::FileDialog::new()
                .set_title(lang.word(Word::StatementsTooltip))
                .pick_folder()
        })
    }
    fn unavailable(&mut self) -> bool {
        std::mem::take(&mut self.failed)
    }
    fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }
}

/// The path field shown when no native dialog could be: what it is for, and a proposed path
/// (a folder and a file name) to change.
#[derive(Debug, Clone, PartialEq)]
pub struct PathPrompt {
    pub request: PathRequest,
    pub text: String,
    /// The field has been given the keyboard focus (once, when the prompt opens).
    pub focused: bool,
}

/// Dialogs that answer from a queue of paths (for tests and automation).
#[derive(Default)]
pub struct ScriptedDialogs {
    pub answers: std::collections::VecDeque<Option<PathBuf>>,
    /// Behave like a desktop where no dialog can be shown.
    pub no_dialogs: bool,
}

impl ScriptedDialogs {
    fn next(&mut self) -> Option<PathBuf> {
        self.answers.pop_front().flatten()
    }
}

impl FileDialogs for ScriptedDialogs {
    fn open_rules(&mut self) -> Option<PathBuf> {
        self.next()
    }
    fn save_rules(&mut self, _: &str) -> Option<PathBuf> {
        self.next()
    }
    fn open_results(&mut self) -> Option<PathBuf> {
        self.next()
    }
    fn open_mapping(&mut self) -> Option<PathBuf> {
        self.next()
    }
    fn open_kolada(&mut self) -> Option<PathBuf> {
        self.next()
    }
    fn save_export(&mut self, _: &str) -> Option<PathBuf> {
        self.next()
    }
    fn open_locked(&mut self) -> Option<PathBuf> {
        self.next()
    }
    fn pick_folder(&mut self) -> Option<PathBuf> {
        self.next()
    }
    fn unavailable(&mut self) -> bool {
        self.no_dialogs
    }
}

impl KvalitetspengApp {
    /// Acts on a dialog's answer; when the dialog could not be shown at all, asks for the path
    /// in the app's own field instead (and says why).
    /// `suggested` is the file name a save proposes ("" when a file is opened).
    pub fn answer(&mut self, request: PathRequest, suggested: &str, path: Option<PathBuf>) {
        match path {
            Some(p) => self.fulfil(request, &p),
            None if self.dialogs.unavailable() => {
                let text = self.proposed_path(suggested).display().to_string();
                self.asking.path_prompt = Some(PathPrompt {
                    request,
                    text,
                    focused: false,
                })
            }
            None => {}
        }
    }

    /// Where a typed path starts: the folder of the open rule file (else of the results, else
    /// the home folder) with the suggested name; a folder alone (ending in the separator) when
    /// a file is opened.
    fn proposed_path(&self, suggested: &str) -> PathBuf {
        let folder = [&self.state.rules_file.path, &self.state.results_file.path]
            .into_iter()
            .flatten()
            .find_map(|p| std::path::absolute(p).ok()?.parent().map(PathBuf::from))
            .or_else(std::env::home_dir)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        if suggested.is_empty() {
            let mut s = folder.into_os_string();
            s.push(std::path::MAIN_SEPARATOR_STR);
            PathBuf::from(s)
        } else {
            folder.join(suggested)
        }
    }

    /// Does what a path was asked for (the app's part first).
    pub(super) fn fulfil(&mut self, request: PathRequest, p: &std::path::Path) {
        let next = self.state.fulfil(request, p);
        self.follow_up(next);
    }

    /// The path field shown when no native file dialog could be.
    pub(super) fn path_prompt_ui(&mut self, ctx: &egui::Context) {
        let Some(prompt) = self.asking.path_prompt.as_mut() else {
            return;
        };
        let lang = self.prefs.lang;
        let mut answer: Option<bool> = None;
        let action = request_title(&prompt.request, &prompt.text, lang);
        egui::Modal::new(egui::Id::unique("path_prompt")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(action);
            ui.label(
                egui::RichText::new(lang.word(Word::NoFileDialogCould))
                    .color(ui.visuals().warn_fg_color),
            );
            ui.label(lang.word(Word::DesktopHasNoFile));
            let l = ui.label(lang.word(Word::Path));
            let resp = ui
                .add(egui::TextEdit::singleline(&mut prompt.text).desired_width(480.0))
                .labelled_by(l.id);
            // Typing can start at once (the proposal is there to change or take).
            if !prompt.focused {
                prompt.focused = true;
                resp.request_focus();
            }
            if resp.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                answer = Some(true);
            }
            ui.horizontal(|ui| {
                if ui.button(lang.word(Word::OkButton)).clicked() {
                    answer = Some(true);
                }
                if ui.button(lang.word(Word::Cancel)).clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => {
                if let Some(p) = self.asking.path_prompt.take()
                    && !p.text.trim().is_empty()
                {
                    self.fulfil(p.request, std::path::Path::new(p.text.trim()));
                }
            }
            Some(false) => self.asking.path_prompt = None,
            None => {}
        }
    }
}

/// What a typed path is for, as the command that asked for it is named (without its "…").
fn request_title(request: &PathRequest, proposed: &str, lang: Lang) -> &'static str {
    use super::commands::CommandUi;
    use crate::app::UiCommand as C;
    use crate::app::export::Export;
    let command = match request {
        PathRequest::OpenRules => C::OpenRules,
        PathRequest::SaveRulesAs => C::SaveRulesAs,
        PathRequest::ImportResults => C::ImportResults,
        PathRequest::Export(Export::ExplanationCsv) => C::ExportExplanationCsv,
        PathRequest::Export(_) if proposed.ends_with(".xlsx") => C::ExportPayoutsXlsx,
        PathRequest::Export(_) => C::ExportPayoutsCsv,
        PathRequest::CompareWith => C::CompareWith,
        PathRequest::Report => C::ExportReport,
        PathRequest::Statements => C::ExportStatements,
        PathRequest::Lock => C::LockRun,
        PathRequest::OpenLocked => C::OpenLocked,
        PathRequest::Correct => C::CorrectLocked,
        PathRequest::EffectKolada => return lang.word(Word::OpenKoladaFile),
        PathRequest::DecisionExport(true) => return lang.word(Word::ExportTheComparison),
        PathRequest::DecisionExport(false) => return lang.word(Word::ExportTheSweep),
        PathRequest::CorrectionExport => return lang.word(Word::ExportTheCorrectionCsv),
    };
    let label = command.label(lang);
    label.strip_suffix('…').unwrap_or(label).trim_end()
}
