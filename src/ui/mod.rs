//! The egui user interface. Functions that draw end in `_ui`.

mod decide;
mod detail;
mod editor;
mod locked;
mod problems;
mod table;
mod widgets;

use std::path::PathBuf;
use std::process::ExitCode;

use serde::{Deserialize, Serialize};

use crate::app::state::{AppState, Export};
use crate::app::{Level, UiCommand, install};
use crate::domain::{Regi, ServiceType};
use crate::io;
use crate::words::{Lang, Word};

pub use table::{SortColumn, TableView};

/// Preferences kept between sessions (eframe storage).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub lang: Lang,
    pub recent_rules: Vec<PathBuf>,
    pub recent_results: Vec<PathBuf>,
    pub show_editor: bool,
    pub show_problems: bool,
    pub theme: ThemePref,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            lang: Lang::Sv,
            recent_rules: Vec::new(),
            recent_results: Vec::new(),
            show_editor: true,
            show_problems: true,
            theme: ThemePref::System,
        }
    }
}

/// Light, dark or as the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemePref {
    System,
    Light,
    Dark,
}

fn push_recent(list: &mut Vec<PathBuf>, p: &std::path::Path) {
    list.retain(|q| q != p);
    list.insert(0, p.to_path_buf());
    list.truncate(8);
}

/// File dialogs, so tests can give paths without native dialogs.
pub trait FileDialogs {
    fn open_rules(&mut self) -> Option<PathBuf>;
    fn save_rules(&mut self, suggested: &str) -> Option<PathBuf>;
    fn open_results(&mut self) -> Option<PathBuf>;
    fn open_mapping(&mut self) -> Option<PathBuf>;
    fn save_export(&mut self, suggested: &str) -> Option<PathBuf>;
    /// A locked run (`.kvp`) to open.
    fn open_locked(&mut self) -> Option<PathBuf>;
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
    fn unavailable(&mut self) -> bool {
        std::mem::take(&mut self.failed)
    }
    fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }
}

/// What a path asked for in the app's own field (when no native dialog can be shown) is for.
#[derive(Debug, Clone, PartialEq)]
pub enum PathRequest {
    OpenRules,
    SaveRulesAs,
    ImportResults,
    Export(Export),
    CompareWith,
    /// The comparison (true) or the sweep (false).
    DecisionExport(bool),
    Report,
    Lock,
    OpenLocked,
    Correct,
    CorrectionExport,
}

/// The path field shown when no native dialog could be.
#[derive(Debug, Clone, PartialEq)]
pub struct PathPrompt {
    pub request: PathRequest,
    pub text: String,
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
    fn save_export(&mut self, _: &str) -> Option<PathBuf> {
        self.next()
    }
    fn open_locked(&mut self) -> Option<PathBuf> {
        self.next()
    }
    fn unavailable(&mut self) -> bool {
        self.no_dialogs
    }
}

/// Unsaved rule edits kept in eframe's storage (written every 30 s and at exit), offered back
/// at the next start if the app did not get to save them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recovery {
    /// The rules as RON text.
    pub rules_ron: String,
    pub rules_path: Option<PathBuf>,
    pub rules_label: String,
    /// When it was stored, `YYYY-MM-DDTHH:MM:SSZ`.
    pub stored_at: String,
}

/// Storage key of the recovery snapshot.
pub const RECOVERY_KEY: &str = "kvalitetspeng-recovery";

/// Something that throws away unsaved edits, waiting for the user's answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    OpenRules(PathBuf),
    OpenLocked(PathBuf),
    NewRules,
    LoadSample,
    Quit,
}

/// Window widths where the layout changes (see `ui_root`).
pub mod layout {
    /// From this width the explanation is a side panel; below it a drawer over the table.
    pub const SIDE_PANEL_FROM: f32 = 1500.0;
    /// Below this width the rule editor folds away while an explanation is open (so the
    /// drawer covers only columns right of the payout).
    pub const FOLD_EDITOR_BELOW: f32 = SIDE_PANEL_FROM;
    /// Below this width panels start narrower.
    pub const COMFORTABLE: f32 = 1400.0;
}

/// Each provider's Δ for (calculation version, comparison identity).
type DeltasCache = (u64, usize, std::rc::Rc<[Option<rust_decimal::Decimal>]>);

/// The desktop application.
pub struct KvalitetspengApp {
    pub state: AppState,
    pub prefs: Prefs,
    pub view: TableView,
    /// The table's rows in display order for (calculation version, view).
    rows_cache: Option<(u64, TableView, usize, std::rc::Rc<[usize]>)>,
    /// Each provider's Δ against the comparison, for (calculation version, comparison).
    deltas_cache: Option<DeltasCache>,
    pub dialogs: Box<dyn FileDialogs>,
    /// Selected provider id.
    pub selected: Option<String>,
    /// An action waiting for "save changes?".
    pub pending: Option<Pending>,
    /// Unsaved edits from a previous session, waiting for "restore?".
    pub recovery_offer: Option<Recovery>,
    /// A workbook with several sheets, waiting for "which sheet?".
    pub pending_sheet: Option<(PathBuf, Vec<String>)>,
    /// A save that would overwrite a newer file, waiting for "overwrite?".
    pub pending_overwrite: Option<PathBuf>,
    /// The user chose to throw away unsaved edits: do not keep them for recovery.
    discard_recovery: bool,
    /// Set when the user confirmed quitting.
    allow_close: bool,
    commands: Vec<UiCommand>,
    last_title: String,
    /// The renderer that runs (wgpu with its backend and adapter, or glow), for Hjälp › Om.
    pub renderer_info: String,
    /// The about window is open.
    pub show_about: bool,
    /// A path to type, because no native dialog could be shown.
    pub path_prompt: Option<PathPrompt>,
}

impl KvalitetspengApp {
    /// The app with the sample municipality and the given dialogs.
    pub fn new(state: AppState, prefs: Prefs, dialogs: Box<dyn FileDialogs>) -> Self {
        KvalitetspengApp {
            state,
            prefs,
            view: TableView::default(),
            rows_cache: None,
            deltas_cache: None,
            dialogs,
            selected: None,
            pending: None,
            recovery_offer: None,
            pending_overwrite: None,
            pending_sheet: None,
            discard_recovery: false,
            allow_close: false,
            commands: Vec::new(),
            last_title: String::new(),
            renderer_info: String::new(),
            show_about: false,
            path_prompt: None,
        }
    }

    /// For tests: the sample municipality, Swedish, scripted dialogs.
    pub fn for_tests(dialogs: ScriptedDialogs) -> Self {
        KvalitetspengApp::new(
            AppState::with_sample(Lang::Sv),
            Prefs::default(),
            Box::new(dialogs),
        )
    }

    pub fn lang(&self) -> Lang {
        self.prefs.lang
    }

    /// Queues a command to run at the end of the frame.
    pub fn command(&mut self, c: UiCommand) {
        self.commands.push(c);
    }

    /// The window title: file, unsaved marker, program.
    pub fn title(&self) -> String {
        format!(
            "{}{} – Kvalitetspeng",
            self.state.rules_label,
            if self.state.is_dirty() { " ●" } else { "" }
        )
    }

    fn run_command(&mut self, ctx: &egui::Context, c: UiCommand) {
        let lang = self.lang();
        match c {
            UiCommand::NewRules => self.request(Pending::NewRules),
            UiCommand::LoadSample => self.request(Pending::LoadSample),
            UiCommand::OpenRules => {
                let p = self.dialogs.open_rules();
                self.answer(PathRequest::OpenRules, p);
            }
            UiCommand::SaveRules => match self.state.rules_path.clone() {
                Some(p) => {
                    self.save_to(&p);
                }
                None => self.run_command(ctx, UiCommand::SaveRulesAs),
            },
            UiCommand::SaveRulesAs => {
                let suggested = self
                    .state
                    .rules_path
                    .as_deref()
                    .map(io::display_name)
                    .unwrap_or_else(|| self.state.lang.word(Word::RulesRon).into());
                let p = self.dialogs.save_rules(&suggested);
                self.answer(PathRequest::SaveRulesAs, p);
            }
            // With a locked run open, new results are a correction of it.
            UiCommand::ImportResults | UiCommand::CorrectLocked if self.state.read_only() => {
                let p = self.dialogs.open_results();
                self.answer(PathRequest::Correct, p);
            }
            UiCommand::ImportResults => {
                let p = self.dialogs.open_results();
                self.answer(PathRequest::ImportResults, p);
            }
            UiCommand::ExportPayoutsCsv
            | UiCommand::ExportPayoutsXlsx
            | UiCommand::ExportExplanationCsv
                if self.state.calc.is_none() || self.state.calc_is_stale =>
            {
                // Also from a shortcut: say why before any dialog, export nothing.
                let msg = self.state.refusal(Word::RulesHaveErrorsCorrect);
                self.state.notify(Level::Error, msg);
            }
            UiCommand::ExportPayoutsCsv
            | UiCommand::ExportPayoutsXlsx
            | UiCommand::ExportExplanationCsv => {
                let (what, name) = match c {
                    UiCommand::ExportPayoutsCsv => (Export::Payouts, lang.word(Word::PayoutsCsv)),
                    UiCommand::ExportPayoutsXlsx => (Export::Payouts, lang.word(Word::PayoutsXlsx)),
                    _ => (Export::ExplanationCsv, lang.word(Word::ExplanationCsv)),
                };
                let p = self.dialogs.save_export(name);
                self.answer(PathRequest::Export(what), p);
            }
            UiCommand::Undo => self.state.undo(),
            UiCommand::Redo => self.state.redo(),
            UiCommand::ToggleEditor => self.prefs.show_editor = !self.prefs.show_editor,
            UiCommand::ToggleProblems => self.prefs.show_problems = !self.prefs.show_problems,
            UiCommand::ToggleDecide => self.state.decide.open = !self.state.decide.open,
            UiCommand::CompareWith => {
                let p = self.dialogs.open_rules();
                self.answer(PathRequest::CompareWith, p);
            }
            UiCommand::ExportReport | UiCommand::LockRun
                if self.state.calc.is_none() || self.state.calc_is_stale =>
            {
                let msg = self.state.refusal(Word::RulesHaveErrorsCorrectThem);
                self.state.notify(Level::Error, msg);
            }
            UiCommand::ExportReport => {
                let p = self
                    .dialogs
                    .save_export(lang.word(Word::DecisionReportPdf2));
                self.answer(PathRequest::Report, p);
            }
            // The form asks for the decision's reference first; its button opens the dialog.
            UiCommand::LockRun => self.state.lock_form.open = true,
            UiCommand::OpenLocked => {
                let p = self.dialogs.open_locked();
                self.answer(PathRequest::OpenLocked, p);
            }
            UiCommand::CorrectLocked => {}
            UiCommand::CloseLocked => self.state.close_locked(),
            UiCommand::Quit => self.request(Pending::Quit),
        }
        if matches!(c, UiCommand::Quit) && self.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Acts on a dialog's answer; when the dialog could not be shown at all, asks for the path
    /// in the app's own field instead (and says why).
    pub fn answer(&mut self, request: PathRequest, path: Option<PathBuf>) {
        match path {
            Some(p) => self.fulfil(request, &p),
            None if self.dialogs.unavailable() => {
                self.path_prompt = Some(PathPrompt {
                    request,
                    text: String::new(),
                })
            }
            None => {}
        }
    }

    /// Does what a path was asked for.
    fn fulfil(&mut self, request: PathRequest, p: &std::path::Path) {
        match request {
            PathRequest::OpenRules => self.request(Pending::OpenRules(p.to_path_buf())),
            PathRequest::SaveRulesAs => {
                self.save_to(p);
            }
            PathRequest::ImportResults => self.import(p),
            PathRequest::Export(what) => {
                self.state.export(p, what);
            }
            PathRequest::CompareWith => {
                self.state.compare_with_file(p);
            }
            PathRequest::DecisionExport(comparison) => {
                self.state.export_decision(p, comparison);
            }
            PathRequest::Report => {
                self.state.export_report(p);
            }
            PathRequest::Lock => {
                let form = self.state.lock_form.clone();
                if self.state.lock_to(p, &form) {
                    self.state.lock_form = Default::default();
                }
            }
            PathRequest::OpenLocked => self.request(Pending::OpenLocked(p.to_path_buf())),
            PathRequest::Correct => {
                self.state.correct_with(p, &io::ResultsOptions::default());
            }
            PathRequest::CorrectionExport => {
                self.state.export_correction(p);
            }
        }
    }

    /// The path field shown when no native file dialog could be.
    fn path_prompt_ui(&mut self, ctx: &egui::Context) {
        let Some(prompt) = self.path_prompt.as_mut() else {
            return;
        };
        let lang = self.prefs.lang;
        let mut answer: Option<bool> = None;
        egui::Modal::new(egui::Id::unique("path_prompt")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(lang.word(Word::NoFileDialogCould));
            ui.label(lang.word(Word::DesktopHasNoFile));
            let l = ui.label(lang.word(Word::Path));
            let resp = ui
                .add(egui::TextEdit::singleline(&mut prompt.text).desired_width(480.0))
                .labelled_by(l.id);
            if resp.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                answer = Some(true);
            }
            ui.horizontal(|ui| {
                if ui.button(lang.word(Word::Ok2)).clicked() {
                    answer = Some(true);
                }
                if ui.button(lang.word(Word::Cancel)).clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => {
                if let Some(p) = self.path_prompt.take()
                    && !p.text.trim().is_empty()
                {
                    self.fulfil(p.request, std::path::Path::new(p.text.trim()));
                }
            }
            Some(false) => self.path_prompt = None,
            None => {}
        }
    }

    fn save_to(&mut self, p: &std::path::Path) -> bool {
        if self.state.newer_on_disk(p) {
            self.pending_overwrite = Some(p.to_path_buf());
            return false;
        }
        self.save_unchecked(p)
    }

    fn save_unchecked(&mut self, p: &std::path::Path) -> bool {
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
        let mut opts = io::ResultsOptions {
            sheet,
            ..Default::default()
        };
        if io::ResultsKind::of(p) == Some(io::ResultsKind::Spreadsheet)
            && opts.sheet.is_none()
            && let Ok(names) = io::read_input(p, io::MAX_RESULTS_BYTES)
                .map_err(|e| e.to_string())
                .and_then(|b| io::results_xlsx::sheet_names(&b))
            && names.len() > 1
        {
            self.pending_sheet = Some((p.to_path_buf(), names));
            return;
        }
        if io::ResultsKind::of(p) == Some(io::ResultsKind::Kolada) {
            match self.dialogs.open_mapping() {
                Some(m) => opts.mapping = Some(m),
                None => return,
            }
        }
        if self.state.import_results_with(p, &opts) {
            push_recent(&mut self.prefs.recent_results, p);
            self.prefs.show_problems |= !self.state.file_errors.is_empty();
        } else {
            self.prefs.show_problems = true;
        }
    }

    /// Asks first if the action would throw away unsaved edits.
    pub fn request(&mut self, action: Pending) {
        if self.state.is_dirty() {
            self.pending = Some(action);
        } else {
            self.perform(action);
        }
    }

    fn perform(&mut self, action: Pending) {
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
                self.state.results_path = None;
                self.state.forget_aggregation();
                self.state
                    .replace_rules(rules, None, "sjovik/rules.ron".into());
            }
            Pending::Quit => {
                // A report or lock being written is finished first.
                self.state.wait_for_jobs();
                self.allow_close = true;
            }
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        // Text fields keep their own Ctrl+Z/Ctrl+Y while one is being typed in.
        let typing = ctx.text_edit_focused();
        for c in UiCommand::WITH_SHORTCUTS {
            if typing && matches!(c, UiCommand::Undo | UiCommand::Redo) {
                continue;
            }
            if let Some(sc) = c.shortcut()
                && ctx.input_mut(|i| i.consume_shortcut(&sc))
            {
                self.commands.push(c);
            }
        }
    }

    fn dropped_files(&mut self, ctx: &egui::Context) {
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
                    self.state.correct_with(&p, &io::ResultsOptions::default());
                }
                "csv" | "txt" | "xlsx" | "xls" | "ods" | "json" => self.import(&p),
                _ => {
                    let msg = self
                        .lang()
                        .words()
                        .ui_unknown_file_type_expected_ron(&io::display_name(&p));
                    self.state.notify(Level::Error, msg);
                }
            }
        }
    }

    fn apply_theme(&self, ctx: &egui::Context) {
        let pref = match self.prefs.theme {
            ThemePref::System => egui::ThemePreference::System,
            ThemePref::Light => egui::ThemePreference::Light,
            ThemePref::Dark => egui::ThemePreference::Dark,
        };
        ctx.set_theme(pref);
    }

    fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(lang.word(Word::File), |ui| {
                for c in [
                    UiCommand::NewRules,
                    UiCommand::OpenRules,
                    UiCommand::SaveRules,
                    UiCommand::SaveRulesAs,
                ] {
                    self.command_button_ui(ui, c);
                }
                ui.separator();
                self.command_button_ui(ui, UiCommand::ImportResults);
                self.command_button_ui(ui, UiCommand::ExportPayoutsCsv);
                self.command_button_ui(ui, UiCommand::ExportPayoutsXlsx);
                self.command_button_ui(ui, UiCommand::ExportExplanationCsv);
                ui.separator();
                self.command_button_ui(ui, UiCommand::ExportReport);
                self.command_button_ui(ui, UiCommand::LockRun);
                self.command_button_ui(ui, UiCommand::OpenLocked);
                if self.state.read_only() {
                    self.command_button_ui(ui, UiCommand::CorrectLocked);
                    self.command_button_ui(ui, UiCommand::CloseLocked);
                }
                ui.separator();
                ui.menu_button(lang.word(Word::RecentRuleFiles), |ui| {
                    if self.prefs.recent_rules.is_empty() {
                        ui.weak(lang.word(Word::None));
                    }
                    for p in self.prefs.recent_rules.clone() {
                        if ui.button(p.display().to_string()).clicked() {
                            self.request(Pending::OpenRules(p));
                        }
                    }
                });
                ui.menu_button(lang.word(Word::RecentResultsFiles), |ui| {
                    if self.prefs.recent_results.is_empty() {
                        ui.weak(lang.word(Word::None));
                    }
                    for p in self.prefs.recent_results.clone() {
                        if ui.button(p.display().to_string()).clicked() {
                            self.import(&p);
                        }
                    }
                });
                self.command_button_ui(ui, UiCommand::LoadSample);
                ui.separator();
                self.command_button_ui(ui, UiCommand::Quit);
            });
            ui.menu_button(lang.word(Word::Edit), |ui| {
                self.command_button_ui(ui, UiCommand::Undo);
                self.command_button_ui(ui, UiCommand::Redo);
            });
            ui.menu_button(lang.word(Word::Decide), |ui| {
                self.command_button_ui(ui, UiCommand::CompareWith);
                self.command_button_ui(ui, UiCommand::ToggleDecide);
            });
            ui.menu_button(lang.word(Word::Help), |ui| {
                if ui.button(lang.word(Word::AboutKvalitetspeng)).clicked() {
                    self.show_about = true;
                }
                if ui.button(lang.word(Word::OpenLogFolder)).clicked() {
                    self.open_log_folder();
                }
            });
            ui.menu_button(lang.word(Word::View), |ui| {
                let mut e = self.prefs.show_editor;
                if ui
                    .checkbox(&mut e, UiCommand::ToggleEditor.label(lang))
                    .clicked()
                {
                    self.commands.push(UiCommand::ToggleEditor);
                }
                let mut p = self.prefs.show_problems;
                if ui
                    .checkbox(&mut p, UiCommand::ToggleProblems.label(lang))
                    .clicked()
                {
                    self.commands.push(UiCommand::ToggleProblems);
                }
                ui.separator();
                ui.label(lang.word(Word::Language));
                for l in Lang::ALL {
                    if ui
                        .radio_value(&mut self.prefs.lang, l, l.native_name())
                        .clicked()
                    {
                        self.state.lang = l;
                    }
                }
                ui.separator();
                ui.label(lang.word(Word::Theme));
                ui.radio_value(
                    &mut self.prefs.theme,
                    ThemePref::System,
                    lang.word(Word::FollowTheSystem),
                );
                ui.radio_value(
                    &mut self.prefs.theme,
                    ThemePref::Light,
                    lang.word(Word::Light),
                );
                ui.radio_value(
                    &mut self.prefs.theme,
                    ThemePref::Dark,
                    lang.word(Word::Dark),
                );
            });
        });
    }

    fn command_button_ui(&mut self, ui: &mut egui::Ui, c: UiCommand) {
        let lang = self.lang();
        let enabled = match c {
            UiCommand::Undo => {
                !self.state.read_only() && self.state.undo.can_undo(&self.state.rules)
            }
            UiCommand::Redo => !self.state.read_only() && self.state.undo.can_redo(),
            // Every export needs a calculation of the current rules.
            UiCommand::ExportPayoutsCsv
            | UiCommand::ExportPayoutsXlsx
            | UiCommand::ExportExplanationCsv
            | UiCommand::ExportReport
            | UiCommand::LockRun => self.state.calc.is_some() && !self.state.calc_is_stale,
            _ => true,
        };
        let mut button = egui::Button::new(c.label(lang));
        if let Some(sc) = c.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&sc));
        }
        if ui
            .add_enabled(enabled, button)
            .on_hover_text(c.tooltip(lang))
            .clicked()
        {
            self.commands.push(c);
        }
    }

    fn header_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        ui.horizontal_wrapped(|ui| {
            let r = &self.state.rules;
            let title = if r.municipality.is_empty() && r.name.is_empty() {
                lang.word(Word::NewRuleSet).to_string()
            } else {
                format!("{} – {}", r.municipality, r.name)
            };
            ui.heading(title);
            ui.label(format!("{} {}", lang.word(Word::Period2), r.period));
        });
        ui.horizontal_wrapped(|ui| {
            ui.weak(lang.word(Word::Rules2));
            ui.label(format!(
                "{}{}",
                self.state.rules_label,
                if self.state.is_dirty() {
                    lang.word(Word::Unsaved)
                } else {
                    ""
                }
            ));
            ui.weak(lang.word(Word::Results2));
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
            ui.label(lang.word(Word::Service2));
            ui.selectable_value(&mut self.view.service, None, lang.word(Word::All));
            for st in ServiceType::ALL {
                ui.selectable_value(&mut self.view.service, Some(st), st.label(lang));
            }
            ui.separator();
            ui.label(lang.word(Word::Regi2));
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

    fn confirm_ui(&mut self, ctx: &egui::Context) {
        let Some(action) = self.pending.clone() else {
            return;
        };
        let lang = self.lang();
        let mut answer: Option<u8> = None;
        egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.heading(lang.word(Word::UnsavedChanges));
            ui.label(
                lang.words()
                    .ui_rules_in_have_changes_that(&self.state.rules_label),
            );
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
                let path = match self.state.rules_path.clone() {
                    Some(p) => Some(p),
                    None => self
                        .dialogs
                        .save_rules(self.state.lang.word(Word::RulesRon)),
                };
                self.pending = None;
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
                self.pending = None;
                self.perform(action.clone());
                if action == Pending::Quit {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Some(_) => self.pending = None,
            None => {}
        }
    }

    /// The snapshot to keep for crash recovery: the rules if they have unsaved edits.
    pub fn recovery_snapshot(&self) -> Option<Recovery> {
        (self.state.is_dirty() && !self.discard_recovery).then(|| Recovery {
            rules_ron: io::rules_ron::to_ron_string(&self.state.rules),
            rules_path: self.state.rules_path.clone(),
            rules_label: self.state.rules_label.clone(),
            stored_at: io::audit::now_utc(),
        })
    }

    fn sheet_ui(&mut self, ctx: &egui::Context) {
        let Some((path, names)) = self.pending_sheet.clone() else {
            return;
        };
        let lang = self.lang();
        let mut chosen: Option<Option<String>> = None;
        egui::Modal::new(egui::Id::unique("sheet")).show(ctx, |ui| {
            ui.heading(lang.word(Word::ChooseASheet));
            ui.label(
                lang.words()
                    .ui_has_several_sheets_which_one(&io::display_name(&path)),
            );
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
            self.pending_sheet = None;
            if let Some(sheet) = choice {
                self.import_with(&path, Some(sheet));
            }
        }
    }

    fn overwrite_ui(&mut self, ctx: &egui::Context) {
        let Some(path) = self.pending_overwrite.clone() else {
            return;
        };
        let lang = self.lang();
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("overwrite")).show(ctx, |ui| {
            ui.set_max_width(440.0);
            ui.heading(lang.word(Word::FileHasChanged));
            ui.label(
                lang.words()
                    .ui_was_saved_by_someone_else(&io::display_name(&path)),
            );
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
                self.pending_overwrite = None;
                self.save_unchecked(&path);
            }
            Some(false) => self.pending_overwrite = None,
            None => {}
        }
    }

    /// Hjälp › Öppna loggmappen: the log's folder in the platform's file manager, for sending
    /// the log to support.
    fn open_log_folder(&mut self) {
        let words = self.lang().words();
        match install::log_dir() {
            Some(dir) => {
                if let Err(e) = open::that_detached(&dir) {
                    let msg = words.log_folder_not_opened(&dir.display(), &e);
                    self.state.notify(Level::Error, msg);
                }
            }
            None => {
                let msg = words.no_log_folder();
                self.state.notify(Level::Error, msg);
            }
        }
    }

    fn about_ui(&mut self, ctx: &egui::Context) {
        if !self.show_about {
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
                    ui.label(if self.renderer_info.is_empty() {
                        lang.word(Word::Unknown).to_string()
                    } else {
                        self.renderer_info.clone()
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
            self.show_about = false;
        }
    }

    fn recovery_ui(&mut self, ctx: &egui::Context) {
        let Some(rec) = self.recovery_offer.clone() else {
            return;
        };
        let lang = self.lang();
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(lang.word(Word::RestoreUnsavedChanges));
            // Say exactly which document it is: its file (full path) or that it had none, the
            // rule set's name, and when the edits were kept.
            let name = io::rules_ron::parse_rules(&rec.rules_ron, &rec.rules_label)
                .map(|r| r.name)
                .unwrap_or_default();
            let file = match &rec.rules_path {
                Some(p) => p.display().to_string(),
                None => lang.words().ui_no_file_never_saved(&rec.rules_label),
            };
            let when = local_time(&rec.stored_at);
            ui.label(lang.words().ui_program_ended_with_unsaved_changes(&name));
            egui::Grid::new("recovery_facts")
                .num_columns(2)
                .show(ui, |ui| {
                    ui.weak(lang.word(Word::File2));
                    ui.label(file);
                    ui.end_row();
                    ui.weak(lang.word(Word::ChangesKeptAt));
                    ui.label(when);
                    ui.end_row();
                });
            ui.label(lang.word(Word::RestoreOpensThemAs));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(lang.word(Word::Restore)).clicked() {
                    answer = Some(true);
                }
                if ui.button(lang.word(Word::DiscardTheChanges)).clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => {
                self.recovery_offer = None;
                match io::rules_ron::parse_rules(&rec.rules_ron, &rec.rules_label) {
                    Ok(rules) => self
                        .state
                        .restore_unsaved(rules, rec.rules_path, rec.rules_label),
                    Err(e) => self.state.notify(Level::Error, e.text(lang)),
                }
            }
            Some(false) => self.recovery_offer = None,
            None => {}
        }
    }

    /// Draws the whole app (also used directly by the tests).
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.state.now_s = ctx.input(|i| i.time);
        // Work on its own thread (the report, a lock): its outcome when done, and frames
        // until then so it is seen.
        self.state.poll_jobs();
        if !self.state.jobs.is_empty() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        self.apply_theme(&ctx);
        self.shortcuts(&ctx);
        self.dropped_files(&ctx);

        // Closing with unsaved edits asks first.
        if ctx.input(|i| i.viewport().close_requested())
            && !self.allow_close
            && self.state.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending = Some(Pending::Quit);
        }

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
        // Responsive layout: the payout column must stay in view. Wide (≥ 1500 px) the
        // explanation is a side panel; narrower it is a drawer over the table's right-hand
        // columns, and the rule editor folds into a strip while it is open (» brings the
        // editor back and closes the explanation).
        let width = ui.available_width();
        let explaining = self.selected.is_some();
        let fold_editor = explaining && width < layout::FOLD_EDITOR_BELOW;
        if self.prefs.show_editor && !fold_editor {
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
        } else if self.prefs.show_editor {
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
        let drawer = explaining && width < layout::SIDE_PANEL_FROM;
        if explaining && !drawer {
            egui::Panel::right("detail")
                .resizable(true)
                .default_size(440.0)
                .min_size(320.0)
                .max_size(width * 0.35)
                .show(ui, |ui| detail::detail_ui(self, ui));
        }
        egui::CentralPanel::default().show(ui, |ui| table::payout_table_ui(self, ui));
        if drawer {
            let top = 110.0;
            let h = (ctx.content_rect().height() - top - 66.0).max(200.0);
            let w = (width * 0.36).clamp(340.0, 440.0);
            egui::Window::new("explanation_drawer")
                .title_bar(false)
                .anchor(egui::Align2::RIGHT_TOP, [-4.0, top])
                .fixed_size([w, h])
                .collapsible(false)
                .resizable(false)
                .show(&ctx, |ui| detail::detail_ui(self, ui));
        }

        decide::decide_window_ui(self, &ctx);
        locked::lock_form_ui(self, &ctx);
        locked::correction_window_ui(self, &ctx);
        self.about_ui(&ctx);
        self.path_prompt_ui(&ctx);
        problems::toasts_ui(self, &ctx);
        self.confirm_ui(&ctx);
        self.overwrite_ui(&ctx);
        self.sheet_ui(&ctx);
        self.recovery_ui(&ctx);

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

        for c in std::mem::take(&mut self.commands) {
            self.run_command(&ctx, c);
        }
        if self.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        let title = self.title();
        if title != self.last_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.last_title = title;
        }
    }
}

const PREFS_KEY: &str = "kvalitetspeng-prefs";

impl eframe::App for KvalitetspengApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.dialogs.set_lang(self.state.lang);
        self.ui_root(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
        // While a recovery is still being offered, keep it.
        if self.recovery_offer.is_none() {
            eframe::set_value(storage, RECOVERY_KEY, &self.recovery_snapshot());
        }
    }
}

/// Starts the desktop app: with the sample municipality unless files are given, and then with
/// only what those files hold (see [`AppState::for_startup`]).
///
/// Graphics: wgpu first (Vulkan, Metal, DX12 or OpenGL, whichever the machine has); if it cannot
/// start — common on virtual desktops without a GPU — eframe's OpenGL renderer (glow). Which one
/// runs is shown in Hjälp › Om.
pub fn run_app(rules: Option<PathBuf>, results: Option<PathBuf>, lang: Option<Lang>) -> ExitCode {
    run_app_with(rules, results, None, lang)
}

/// Starts the desktop app showing a locked run (`.kvp`), as when one is opened from the file
/// manager (the packages associate `.kvp` files with the program; see `src/main.rs`).
pub fn run_app_with_locked(locked: PathBuf) -> ExitCode {
    run_app_with(None, None, Some(locked), None)
}

fn run_app_with(
    rules: Option<PathBuf>,
    results: Option<PathBuf>,
    locked: Option<PathBuf>,
    lang: Option<Lang>,
) -> ExitCode {
    // A Windows app has no console: what goes wrong at start-up is kept in the log too.
    install::log_panics();
    install::log(&format!("start: {}", install::version_line()));
    // Hjälp › Om's hash of the program file, read while the window starts rather than when
    // the dialog first opens (tens of MB).
    std::thread::spawn(install::exe_sha256);
    let mut failures: Vec<String> = Vec::new();
    for renderer in [eframe::Renderer::Wgpu, eframe::Renderer::Glow] {
        let started = std::rc::Rc::new(std::cell::Cell::new(false));
        let options = eframe::NativeOptions {
            viewport: egui::ViewportBuilder::default()
                .with_title("Kvalitetspeng")
                .with_icon(app_icon())
                .with_inner_size([1400.0, 860.0])
                .with_min_inner_size([800.0, 500.0])
                .with_drag_and_drop(true),
            renderer,
            ..Default::default()
        };
        let (rules, results, flag) = (rules.clone(), results.clone(), started.clone());
        let locked = locked.clone();
        let result = eframe::run_native(
            "Kvalitetspeng",
            options,
            Box::new(move |cc| {
                flag.set(true);
                let mut prefs: Prefs = cc
                    .storage
                    .and_then(|s| eframe::get_value(s, PREFS_KEY))
                    .unwrap_or_default();
                if let Some(l) = lang {
                    prefs.lang = l;
                }
                let state = AppState::for_startup(rules.as_deref(), results.as_deref(), prefs.lang);
                let recovery: Option<Recovery> = cc
                    .storage
                    .and_then(|s| eframe::get_value(s, RECOVERY_KEY))
                    .flatten();
                let mut app =
                    KvalitetspengApp::new(state, prefs, Box::new(NativeDialogs::default()));
                app.recovery_offer = recovery;
                app.renderer_info = renderer_info(cc);
                install::log(&format!("graphics: {}", app.renderer_info));
                if let Some(p) = &locked {
                    app.state.open_locked(p);
                }
                if !app.state.file_errors.is_empty() {
                    app.prefs.show_problems = true;
                }
                Ok(Box::new(app))
            }),
        );
        match result {
            Ok(()) => return ExitCode::SUCCESS,
            // The app ran and then failed: not a start-up problem another renderer solves.
            Err(e) if started.get() => {
                let msg = lang.unwrap_or_default().words().window_failed(&e);
                install::log(&msg);
                eprintln!("{msg}");
                return ExitCode::from(3);
            }
            Err(e) => {
                let msg = lang
                    .unwrap_or_default()
                    .words()
                    .renderer_failed(&renderer, &e);
                install::log(&msg);
                eprintln!("{msg}");
                failures.push(format!("{renderer}: {e}"));
            }
        }
    }
    let msg = lang
        .unwrap_or_default()
        .words()
        .window_could_not_start(&failures.join("; "));
    install::log(&msg);
    eprintln!("{msg}");
    ExitCode::from(3)
}

/// A stored UTC time (`2026-12-01T13:39:40Z`) in the computer's own time zone, with the zone:
/// `2026-12-01 14:39 (CET)`. Shown as UTC if the zone cannot be read.
pub fn local_time(utc: &str) -> String {
    match utc.parse::<jiff::Timestamp>() {
        Ok(t) => t
            .to_zoned(jiff::tz::TimeZone::system())
            .strftime("%Y-%m-%d %H:%M (%Z)")
            .to_string(),
        Err(_) => utc.replace('T', " ").replace('Z', " UTC"),
    }
}

/// The app's icon (`assets/icon.png`: a coin with a check mark).
fn app_icon() -> std::sync::Arc<egui::IconData> {
    std::sync::Arc::new(
        eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png"))
            .unwrap_or_default(),
    )
}

/// Which renderer and graphics adapter run, for Hjälp › Om.
fn renderer_info(cc: &eframe::CreationContext<'_>) -> String {
    if let Some(w) = &cc.wgpu_render_state {
        let info = w.adapter.get_info();
        return format!("wgpu ({:?}, {})", info.backend, info.name);
    }
    if cc.gl.is_some() {
        return "OpenGL (glow)".into();
    }
    String::new()
}

#[cfg(test)]
mod tests {
    #[test]
    fn stored_times_are_shown_in_local_time_with_the_zone() {
        let t = super::local_time("2026-12-01T13:39:40Z");
        assert!(t.starts_with("2026-12-01 "), "{t}");
        assert!(t.ends_with(')'), "{t}");
        assert_eq!(super::local_time("inte en tid"), "inte en tid");
    }

    #[test]
    fn the_bundled_icon_decodes() {
        let icon = super::app_icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    }
}
