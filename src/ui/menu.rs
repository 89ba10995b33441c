//! The menu bar: the commands (shown as `commands` describes them), recent files, and the
//! view, language and theme choices.

use crate::app::UiCommand;
use crate::words::{Lang, Word};

use super::KvalitetspengApp;
use super::commands::CommandUi;
use super::prefs::ThemePref;
use crate::app::commands::Pending;

impl KvalitetspengApp {
    pub(super) fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(lang.word(Word::File), |ui| self.file_menu_ui(ui));
            ui.menu_button(lang.word(Word::Edit), |ui| {
                self.command_button_ui(ui, UiCommand::Undo);
                self.command_button_ui(ui, UiCommand::Redo);
            });
            ui.menu_button(lang.word(Word::Decide), |ui| {
                self.command_button_ui(ui, UiCommand::CompareWith);
                self.command_button_ui(ui, UiCommand::ToggleDecide);
                self.command_button_ui(ui, UiCommand::ToggleEffect);
            });
            ui.menu_button(lang.word(Word::Help), |ui| {
                if ui.button(lang.word(Word::GettingStarted)).clicked() {
                    self.asking.guide = true;
                }
                if ui.button(lang.word(Word::AboutKvalitetspeng)).clicked() {
                    self.asking.about = true;
                }
                if ui.button(lang.word(Word::OpenLogFolder)).clicked() {
                    self.open_log_folder();
                }
            });
            ui.menu_button(lang.word(Word::View), |ui| self.view_menu_ui(ui));
        });
    }

    /// Arkiv: the document, results, exports, decisions, recent files, quit.
    fn file_menu_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
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
        self.command_button_ui(ui, UiCommand::ExportAdvancePlan);
        ui.separator();
        self.command_button_ui(ui, UiCommand::ExportReport);
        self.command_button_ui(ui, UiCommand::ExportStatements);
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
    }

    /// Visa: panels, language and theme.
    fn view_menu_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
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
    }
}
