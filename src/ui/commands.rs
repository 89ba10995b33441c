//! How each command is shown — label, tooltip and keyboard shortcut, in one place — and how it
//! is given: a menu button or a shortcut queues it; the app runs the queue once per frame.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::app::UiCommand;
use crate::words::{Lang, Word};

use super::KvalitetspengApp;

/// A command's face in the UI.
pub(super) trait CommandUi: Sized {
    fn label(self, lang: Lang) -> &'static str;
    fn tooltip(self, lang: Lang) -> &'static str;
    /// Its keyboard shortcut, if it has one.
    fn shortcut(self) -> Option<KeyboardShortcut>;
}

/// Commands with a keyboard shortcut, checked every frame.
pub(super) const WITH_SHORTCUTS: [UiCommand; 8] = [
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

impl CommandUi for UiCommand {
    fn label(self, lang: Lang) -> &'static str {
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
            ExportAdvancePlan => lang.word(Word::AdvancesMenu),
            LoadSample => lang.word(Word::OpenTheSampleMunicipality),
            Undo => lang.word(Word::Undo),
            Redo => lang.word(Word::Redo),
            ToggleEditor => lang.word(Word::RuleEditor),
            ToggleProblems => lang.word(Word::ProblemsAndMessages),
            ToggleDecide => lang.word(Word::DecisionSupport),
            ToggleEffect => lang.word(Word::EffectFollowUp),
            CompareWith => lang.word(Word::CompareWith),
            ExportReport => lang.word(Word::DecisionReportPdf),
            ExportStatements => lang.word(Word::StatementsMenu),
            LockRun => lang.word(Word::LockTheRun),
            OpenLocked => lang.word(Word::OpenALockedRun),
            CorrectLocked => lang.word(Word::CorrectWithNewResults),
            CloseLocked => lang.word(Word::LeaveTheLockedRun),
            Quit => lang.word(Word::Quit),
        }
    }

    fn tooltip(self, lang: Lang) -> &'static str {
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
            ExportAdvancePlan => lang.word(Word::AdvancesMenuTooltip),
            LoadSample => lang.word(Word::SjovikMunicipalityBuiltIn),
            Undo => lang.word(Word::UndoTheLastRule),
            Redo => lang.word(Word::RedoTheUndoneEdit),
            ToggleEditor => lang.word(Word::ShowOrHideThe),
            ToggleProblems => lang.word(Word::ShowOrHideTheProblems),
            ToggleDecide => lang.word(Word::ComparisonBudgetAndSensitivity),
            ToggleEffect => lang.word(Word::EffectFollowUpTooltip),
            CompareWith => lang.word(Word::ShowTheDifferenceAgainst),
            ExportReport => lang.word(Word::BasisForTheBoard),
            ExportStatements => lang.word(Word::StatementsTooltip),
            LockRun => lang.word(Word::SaveTheRunAs),
            OpenLocked => lang.word(Word::OpenAnArchiveKvp),
            CorrectLocked => lang.word(Word::ProviderDisputesAValue),
            CloseLocked => lang.word(Word::RulesBecomeAnOrdinary),
            Quit => lang.word(Word::CloseTheProgram),
        }
    }

    fn shortcut(self) -> Option<KeyboardShortcut> {
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

impl KvalitetspengApp {
    /// Queues the commands whose shortcuts were pressed.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        // Text fields keep their own Ctrl+Z/Ctrl+Y while one is being typed in.
        let typing = ctx.text_edit_focused();
        for c in WITH_SHORTCUTS {
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

    /// A menu button for `c`, greyed out when it cannot be given now.
    pub(super) fn command_button_ui(&mut self, ui: &mut egui::Ui, c: UiCommand) {
        let lang = self.lang();
        let enabled = self.state.can_run(c);
        // A menu as wide as its longest label and shortcut: a wrapped label ran into its
        // shortcut (issue 34).
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        // Ångra and Gör om say what they change (issue 34), shortened in the menu.
        let what = match c {
            UiCommand::Undo | UiCommand::Redo if enabled => {
                self.state.undo_text(c == UiCommand::Redo)
            }
            _ => None,
        };
        let label = match &what {
            Some(w) => format!("{}: {}", c.label(lang), shorten(w, 80)),
            None => c.label(lang).to_string(),
        };
        let mut button = egui::Button::new(label);
        if let Some(sc) = c.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&sc));
        }
        if ui
            .add_enabled(enabled, button)
            .on_hover_text(what.unwrap_or_else(|| c.tooltip(lang).to_string()))
            .clicked()
        {
            self.commands.push(c);
        }
    }
}

/// `text` cut at `max` characters with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}
