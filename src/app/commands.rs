//! Every user command in one place: label, tooltip and keyboard shortcut. Menus and shortcuts
//! are both driven from here.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::domain::Lang;

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
            NewRules => lang.pick("Nya regler", "New rules"),
            OpenRules => lang.pick("Öppna regler…", "Open rules…"),
            SaveRules => lang.pick("Spara regler", "Save rules"),
            SaveRulesAs => lang.pick("Spara regler som…", "Save rules as…"),
            ImportResults => lang.pick("Importera resultat…", "Import results…"),
            ExportPayoutsCsv => lang.pick("Exportera utbetalning (CSV)…", "Export payouts (CSV)…"),
            ExportPayoutsXlsx => {
                lang.pick("Exportera utbetalning (Excel)…", "Export payouts (Excel)…")
            }
            ExportExplanationCsv => {
                lang.pick("Exportera förklaring (CSV)…", "Export explanation (CSV)…")
            }
            LoadSample => lang.pick("Öppna exempelkommunen", "Open the sample municipality"),
            Undo => lang.pick("Ångra", "Undo"),
            Redo => lang.pick("Gör om", "Redo"),
            ToggleEditor => lang.pick("Regelredigerare", "Rule editor"),
            ToggleProblems => lang.pick("Problem och meddelanden", "Problems and messages"),
            ToggleDecide => lang.pick("Beslutsstöd…", "Decision support…"),
            CompareWith => lang.pick("Jämför med…", "Compare with…"),
            ExportReport => lang.pick("Beslutsunderlag (PDF)…", "Decision report (PDF)…"),
            LockRun => lang.pick("Fastställ…", "Lock the run…"),
            OpenLocked => lang.pick("Öppna fastställd körning…", "Open a locked run…"),
            CorrectLocked => lang.pick("Rätta med nya resultat…", "Correct with new results…"),
            CloseLocked => lang.pick("Lämna den fastställda körningen", "Leave the locked run"),
            Quit => lang.pick("Avsluta", "Quit"),
        }
    }

    pub fn tooltip(self, lang: Lang) -> &'static str {
        use UiCommand::*;
        match self {
            NewRules => lang.pick(
                "Börja med en tom regeluppsättning",
                "Start from an empty rule set",
            ),
            OpenRules => lang.pick("Öppna en regelfil (.ron)", "Open a rule file (.ron)"),
            SaveRules => lang.pick(
                "Spara reglerna i samma fil",
                "Save the rules to the same file",
            ),
            SaveRulesAs => lang.pick("Spara reglerna i en ny fil", "Save the rules to a new file"),
            ImportResults => lang.pick(
                "Läs in utförarnas resultat (CSV)",
                "Read the providers' results (CSV)",
            ),
            ExportPayoutsCsv => lang.pick(
                "Utbetalningsunderlaget som CSV för Excel",
                "The payout table as CSV for Excel",
            ),
            ExportPayoutsXlsx => lang.pick(
                "Arbetsbok med utbetalning, förklaring, regler och verifikation",
                "Workbook with payouts, explanation, rules and audit",
            ),
            ExportExplanationCsv => lang.pick(
                "Förklaringen per indikator som CSV",
                "The per-indicator explanation as CSV",
            ),
            LoadSample => lang.pick(
                "Sjöviks kommun, inbyggt exempel",
                "Sjövik municipality, built-in example",
            ),
            Undo => lang.pick("Ångra senaste regeländringen", "Undo the last rule edit"),
            Redo => lang.pick("Gör om den ångrade ändringen", "Redo the undone edit"),
            ToggleEditor => lang.pick(
                "Visa eller dölj regelredigeraren",
                "Show or hide the rule editor",
            ),
            ToggleProblems => lang.pick(
                "Visa eller dölj problempanelen",
                "Show or hide the problems panel",
            ),
            ToggleDecide => lang.pick(
                "Jämförelse, budget och känslighetsanalys innan nämnden beslutar",
                "Comparison, budget and sensitivity before the board decides",
            ),
            CompareWith => lang.pick(
                "Visa skillnaden mot en annan regelfil (t.ex. förra årets) i tabellen",
                "Show the difference against another rule file (e.g. last year's) in the table",
            ),
            ExportReport => lang.pick(
                "Underlaget för nämnden: sammanfattning, reglerna i klartext, utbetalning och förklaring per utförare",
                "The basis for the board: summary, the rules in words, payouts and the explanation per provider",
            ),
            LockRun => lang.pick(
                "Spara körningen som beslutad: ett arkiv (.kvp) med indata, utdata och kontrollsummor som kan verifieras om flera år",
                "Save the run as decided: an archive (.kvp) with inputs, outputs and checksums that can be verified years later",
            ),
            OpenLocked => lang.pick(
                "Öppna ett arkiv (.kvp) skrivskyddat; det verifieras när det öppnas",
                "Open an archive (.kvp) read-only; it is verified on opening",
            ),
            CorrectLocked => lang.pick(
                "En utförare bestrider ett värde: räkna med rättade resultat och se bara det som ändras",
                "A provider disputes a value: calculate with corrected results and see only what changes",
            ),
            CloseLocked => lang.pick(
                "Reglerna blir ett vanligt, osparat dokument igen",
                "The rules become an ordinary, unsaved document again",
            ),
            Quit => lang.pick("Stäng programmet", "Close the program"),
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
