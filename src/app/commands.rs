//! Every user command in one place: label, tooltip and keyboard shortcut. Menus and shortcuts
//! are both driven from here.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::words::{Lang, Word};

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

impl UiCommand {
    /// Commands with a keyboard shortcut, checked every frame.
    pub const WITH_SHORTCUTS: [UiCommand; 8] = [
        UiCommand::OpenRules,
        // Ctrl+Shift+S before Ctrl+S, which would also match it.
        UiCommand::SaveRulesAs,
        UiCommand::SaveRules,
        UiCommand::ImportResults,
        UiCommand::ExportPayoutsCsv,
        UiCommand::Undo,
        UiCommand::Redo,
        UiCommand::NewRules,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        use UiCommand::*;
        match self {
            NewRules => lang.word(Word::NewRules),
            OpenRules => lang.word(Word::OpenRules),
            SaveRules => lang.word(Word::SaveRules),
            SaveRulesAs => lang.word(Word::SaveRulesAs),
            ImportResults => lang.word(Word::ImportResults),
            ExportPayoutsCsv => lang.word(Word::ExportPayoutsCsv),
            ExportPayoutsXlsx => lang.word(Word::ExportPayoutsExcel),
            ExportExplanationCsv => lang.word(Word::ExportExplanationCsv),
            LoadSample => lang.word(Word::OpenTheSampleMunicipality),
            Undo => lang.word(Word::Undo),
            Redo => lang.word(Word::Redo),
            ToggleEditor => lang.word(Word::RuleEditor),
            ToggleProblems => lang.word(Word::ProblemsAndMessages),
            ToggleDecide => lang.word(Word::DecisionSupport),
            CompareWith => lang.word(Word::CompareWith),
            ExportReport => lang.word(Word::DecisionReportPdf),
            LockRun => lang.word(Word::LockTheRun),
            OpenLocked => lang.word(Word::OpenALockedRun),
            CorrectLocked => lang.word(Word::CorrectWithNewResults),
            CloseLocked => lang.word(Word::LeaveTheLockedRun),
            Quit => lang.word(Word::Quit),
        }
    }

    pub fn tooltip(self, lang: Lang) -> &'static str {
        use UiCommand::*;
        match self {
            NewRules => lang.word(Word::StartFromAnEmpty),
            OpenRules => lang.word(Word::OpenARuleFile),
            SaveRules => lang.word(Word::SaveTheRulesTo),
            SaveRulesAs => lang.word(Word::SaveTheRulesToA),
            ImportResults => lang.word(Word::ReadTheProvidersResults),
            ExportPayoutsCsv => lang.word(Word::PayoutTableAsCsv),
            ExportPayoutsXlsx => lang.word(Word::WorkbookWithPayoutsExplanation),
            ExportExplanationCsv => lang.word(Word::PerIndicatorExplanationAs),
            LoadSample => lang.word(Word::SjovikMunicipalityBuiltIn),
            Undo => lang.word(Word::UndoTheLastRule),
            Redo => lang.word(Word::RedoTheUndoneEdit),
            ToggleEditor => lang.word(Word::ShowOrHideThe),
            ToggleProblems => lang.word(Word::ShowOrHideTheProblems),
            ToggleDecide => lang.word(Word::ComparisonBudgetAndSensitivity),
            CompareWith => lang.word(Word::ShowTheDifferenceAgainst),
            ExportReport => lang.word(Word::BasisForTheBoard),
            LockRun => lang.word(Word::SaveTheRunAs),
            OpenLocked => lang.word(Word::OpenAnArchiveKvp),
            CorrectLocked => lang.word(Word::ProviderDisputesAValue),
            CloseLocked => lang.word(Word::RulesBecomeAnOrdinary),
            Quit => lang.word(Word::CloseTheProgram),
        }
    }

    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        use UiCommand::*;
        let cmd = Modifiers::COMMAND;
        Some(match self {
            NewRules => KeyboardShortcut::new(cmd, Key::N),
            OpenRules => KeyboardShortcut::new(cmd, Key::O),
            SaveRules => KeyboardShortcut::new(cmd, Key::S),
            SaveRulesAs => KeyboardShortcut::new(cmd | Modifiers::SHIFT, Key::S),
            ImportResults => KeyboardShortcut::new(cmd, Key::I),
            ExportPayoutsCsv => KeyboardShortcut::new(cmd, Key::E),
            Undo => KeyboardShortcut::new(cmd, Key::Z),
            Redo => KeyboardShortcut::new(cmd, Key::Y),
            _ => return None,
        })
    }
}
