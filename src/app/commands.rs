//! Every command the user can give, and whether it can be given now. How a command is shown
//! (label, tooltip, keyboard shortcut) is the UI's (`crate::ui::commands`); what it does is
//! handled once per frame, after drawing.

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
    LoadSample,
    Undo,
    Redo,
    ToggleEditor,
    ToggleProblems,
    /// Open or close the decision support window (compare, sweep).
    ToggleDecide,
    /// Compare the calculation with another rule file.
    CompareWith,
    /// The decision report (PDF).
    ExportReport,
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
            | UiCommand::LockRun => self.calc.is_some() && !self.calc_is_stale,
            _ => true,
        }
    }
}
