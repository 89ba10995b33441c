//! Every command the user can give, whether it can be given now, and its handling: the app
//! does its part and says what the UI must still ask (a file, "save changes?"). How a command
//! is shown (label, tooltip, keyboard shortcut) is the UI's (`crate::ui::commands`); the UI
//! queues commands while drawing and hands them here once per frame, after drawing.

use std::path::{Path, PathBuf};

use crate::io;
use crate::words::Word;

use super::export::Export;
use super::locked::FormPurpose;
use super::notifications::Level;
use super::state::AppState;

/// A command the user can give from a menu or with a shortcut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UiCommand {
    NewRules,
    OpenRules,
    SaveRules,
    SaveRulesAs,
    ImportResults,
    ExportPayoutsCsv,
    ExportPayoutsXlsx,
    ExportExplanationCsv,
    /// The advance plan of the rules' advance rule (Arkiv › Förskottsplan…).
    ExportAdvancePlan,
    LoadSample,
    Undo,
    Redo,
    ToggleEditor,
    ToggleProblems,
    /// Open or close the decision support window (compare, sweep).
    ToggleDecide,
    /// Compare the calculation with another rule file.
    CompareWith,
    /// Open or close the Effekt window (effect follow-up, issue 37).
    ToggleEffect,
    /// The decision report (PDF).
    ExportReport,
    /// One statement (PDF) per provider, into a folder (Arkiv › Utskick…).
    ExportStatements,
    /// Lock the run (Fastställ): an archive with inputs, outputs and manifest.
    LockRun,
    /// Open a locked run read-only.
    OpenLocked,
    /// Corrected results against the open locked run.
    CorrectLocked,
    /// Leave the locked run.
    CloseLocked,
    Quit,
}

impl AppState {
    /// True when `c` can be given now (menus grey out the rest).
    pub fn can_run(&self, c: UiCommand) -> bool {
        match c {
            UiCommand::Undo => !self.read_only() && self.undo.can_undo(&self.rules),
            UiCommand::Redo => !self.read_only() && self.undo.can_redo(),
            // Every export needs a calculation of the current rules.
            UiCommand::ExportPayoutsCsv
            | UiCommand::ExportPayoutsXlsx
            | UiCommand::ExportExplanationCsv
            | UiCommand::ExportReport
            | UiCommand::ExportStatements
            | UiCommand::LockRun => self.calc.is_some() && !self.calc_is_stale,
            // The advance plan also needs an advance rule.
            UiCommand::ExportAdvancePlan => {
                self.calc.is_some()
                    && !self.calc_is_stale
                    && self.rules.schemes.iter().any(|s| s.advances.is_some())
            }
            _ => true,
        }
    }
}

/// What a path is asked for (from a dialog, or typed when no dialog can be shown).
#[derive(Debug, Clone, PartialEq)]
pub enum PathRequest {
    OpenRules,
    SaveRulesAs,
    ImportResults,
    Export(Export),
    CompareWith,
    /// The Kolada file of the Effekt window.
    EffectKolada,
    /// The comparison (true) or the sweep (false).
    DecisionExport(bool),
    Report,
    /// The folder the statements go in.
    Statements,
    Lock,
    OpenLocked,
    Correct,
    CorrectionExport,
}

/// Something that throws away unsaved edits, waiting for the user's answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    OpenRules(PathBuf),
    OpenLocked(PathBuf),
    NewRules,
    LoadSample,
    Quit,
}

/// What a command still needs from the UI after the app did its part.
#[derive(Debug, Clone, PartialEq)]
pub enum Handled {
    /// Nothing: done (or refused, with the reason told).
    Done,
    /// A file to open.
    Open(PathRequest),
    /// A file to save to, with a suggested name.
    SaveAs(PathRequest, String),
    /// Save the rules to their own file (after checking it was not changed on disk).
    Save(PathBuf),
    /// An action that replaces the rules: asks first if there are unsaved edits.
    Replace(Pending),
    /// Results to import (asking which sheet or which Kolada mapping if needed).
    Import(PathBuf),
    /// A change of the view only (a panel shown or hidden).
    View(UiCommand),
}

impl AppState {
    /// Does the app's part of `c` and says what the UI must still do (ask for a file, ask
    /// about unsaved edits, change the view).
    pub fn handle(&mut self, c: UiCommand) -> Handled {
        let lang = self.lang;
        let current = self.calc.is_some() && !self.calc_is_stale;
        match c {
            UiCommand::NewRules => Handled::Replace(Pending::NewRules),
            UiCommand::LoadSample => Handled::Replace(Pending::LoadSample),
            UiCommand::Quit => Handled::Replace(Pending::Quit),
            UiCommand::OpenRules => Handled::Open(PathRequest::OpenRules),
            UiCommand::SaveRules => match self.rules_file.path.clone() {
                Some(p) => Handled::Save(p),
                None => self.handle(UiCommand::SaveRulesAs),
            },
            UiCommand::SaveRulesAs => {
                let suggested = self
                    .rules_file
                    .path
                    .as_deref()
                    .map(io::display_name)
                    .unwrap_or_else(|| lang.word(Word::RulesRon).into());
                Handled::SaveAs(PathRequest::SaveRulesAs, suggested)
            }
            // With a locked run open, new results are a correction of it.
            UiCommand::ImportResults | UiCommand::CorrectLocked if self.read_only() => {
                Handled::Open(PathRequest::Correct)
            }
            UiCommand::ImportResults => Handled::Open(PathRequest::ImportResults),
            UiCommand::ExportPayoutsCsv
            | UiCommand::ExportPayoutsXlsx
            | UiCommand::ExportExplanationCsv
            | UiCommand::ExportAdvancePlan
                if !current =>
            {
                // Also from a shortcut: say why before any dialog, export nothing.
                self.refuse(Word::RulesHaveErrorsCorrect)
            }
            UiCommand::ExportPayoutsCsv
            | UiCommand::ExportPayoutsXlsx
            | UiCommand::ExportExplanationCsv => {
                let (what, name) = match c {
                    UiCommand::ExportPayoutsCsv => (Export::Payouts, Word::PayoutsCsv),
                    UiCommand::ExportPayoutsXlsx => (Export::Payouts, Word::PayoutsXlsx),
                    _ => (Export::ExplanationCsv, Word::ExplanationCsv),
                };
                Handled::SaveAs(PathRequest::Export(what), lang.word(name).into())
            }
            UiCommand::ExportAdvancePlan => Handled::SaveAs(
                PathRequest::Export(Export::AdvancePlan),
                lang.word(Word::AdvancePlanCsv).into(),
            ),
            UiCommand::Undo => self.done(Self::undo),
            UiCommand::Redo => self.done(Self::redo),
            UiCommand::ToggleEditor | UiCommand::ToggleProblems => Handled::View(c),
            UiCommand::ToggleDecide => self.done(|s| s.decide.open = !s.decide.open),
            UiCommand::ToggleEffect => self.done(Self::toggle_effect),
            UiCommand::CompareWith => Handled::Open(PathRequest::CompareWith),
            UiCommand::ExportReport | UiCommand::ExportStatements | UiCommand::LockRun
                if !current =>
            {
                self.refuse(Word::RulesHaveErrorsCorrectThem)
            }
            // The form asks for the decision's reference (and saves unsaved rules) first.
            // The statements too: they go to the providers (one code path, the same form).
            UiCommand::ExportReport => self.done(|s| s.open_form(FormPurpose::Report)),
            UiCommand::ExportStatements => self.done(|s| s.open_form(FormPurpose::Statements)),
            // The form asks for the decision's reference first; its button asks for the file.
            UiCommand::LockRun => self.done(|s| s.open_form(FormPurpose::Lock)),
            UiCommand::OpenLocked => Handled::Open(PathRequest::OpenLocked),
            UiCommand::CorrectLocked => Handled::Done,
            UiCommand::CloseLocked => self.done(Self::close_locked),
        }
    }

    /// Does what a path was asked for, or says what the UI must still do with it.
    pub fn fulfil(&mut self, request: PathRequest, p: &Path) -> Handled {
        match request {
            PathRequest::OpenRules => Handled::Replace(Pending::OpenRules(p.to_path_buf())),
            PathRequest::OpenLocked => Handled::Replace(Pending::OpenLocked(p.to_path_buf())),
            PathRequest::SaveRulesAs => Handled::Save(p.to_path_buf()),
            PathRequest::ImportResults => Handled::Import(p.to_path_buf()),
            PathRequest::Export(what) => self.done(|s| {
                s.export(p, what);
            }),
            PathRequest::CompareWith => self.done(|s| {
                s.compare_with_file(p);
            }),
            PathRequest::EffectKolada => self.done(|s| {
                s.effect.kolada = p.display().to_string();
            }),
            PathRequest::DecisionExport(comparison) => self.done(|s| {
                s.export_decision(p, comparison);
            }),
            PathRequest::Report => self.done(|s| {
                if s.export_report(p, s.lock_form.decision()) {
                    s.lock_form = Default::default();
                }
            }),
            PathRequest::Statements => self.done(|s| {
                if s.export_statements(p, s.lock_form.decision()) {
                    s.lock_form = Default::default();
                }
            }),
            PathRequest::Lock => self.done(|s| {
                let form = s.lock_form.clone();
                if s.lock_to(p, &form) {
                    s.lock_form = Default::default();
                }
            }),
            PathRequest::Correct => self.done(|s| {
                s.correct(p);
            }),
            PathRequest::CorrectionExport => self.done(|s| {
                s.export_correction(p);
            }),
        }
    }

    /// Opens the decision form for `purpose` (the reference kept from an earlier opening).
    fn open_form(&mut self, purpose: FormPurpose) {
        self.lock_form.open = true;
        self.lock_form.purpose = purpose;
    }

    fn done(&mut self, f: impl FnOnce(&mut Self)) -> Handled {
        f(self);
        Handled::Done
    }

    /// Tells the user why an action needs an up-to-date calculation and there is none.
    fn refuse(&mut self, rules: Word) -> Handled {
        let msg = self.refusal(rules);
        self.notify(Level::Error, msg);
        Handled::Done
    }
}
