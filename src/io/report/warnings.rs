//! The report's section on what the calculation warned of: the rules' warnings, the
//! calculation's warnings (those that change amounts marked first) and the notes on survey
//! uncertainty, worded as the app's problems panel words them, so that the nämnd sees what
//! the controller saw. A calculation without any has no section (the report is as before).

use super::layout::{Layout, Style};
use crate::domain::RuleSet;
use crate::domain::explanation::Calculation;
use crate::domain::validation::Severity;
use crate::words::Text;
use crate::words::msg;
use crate::words::{Lang, Word};

/// The section's lines: the warnings in the problems panel's order (those that change
/// amounts, marked as there; the rules' warnings with their place; the others), and the notes
/// on survey uncertainty.
pub struct Lines {
    pub warnings: Vec<String>,
    pub notes: Vec<String>,
}

/// The lines of the section for a calculation of `rules`.
pub fn lines(calc: &Calculation, rules: &RuleSet, lang: Lang) -> Lines {
    let mut warnings = Vec::new();
    for w in calc.warnings.iter().filter(|w| w.changes_money()) {
        warnings.push(format!(
            "{} {}",
            lang.word(Word::ChangesAmounts),
            w.text(lang)
        ));
    }
    // The rules are valid (there is a calculation); their warnings are the plan's.
    if let Ok(plan) = crate::domain::plan::compile(rules) {
        for p in plan
            .warnings
            .iter()
            .filter(|p| p.severity == Severity::Warning)
        {
            warnings.push(crate::io::rules_ron::locate::problem_text(p, lang));
        }
    }
    for w in calc
        .warnings
        .iter()
        .filter(|w| !w.changes_money() && !w.is_note())
    {
        warnings.push(w.text(lang));
    }
    let notes = calc
        .warnings
        .iter()
        .filter(|w| w.is_note())
        .map(|w| w.text(lang))
        .collect();
    Lines { warnings, notes }
}

/// The section, when there is anything to say: a heading, a paragraph per warning, and the
/// notes on survey uncertainty under a line that counts them.
pub fn section(l: &mut Layout, calc: &Calculation, rules: &RuleSet, lang: Lang) {
    let Lines { warnings, notes } = lines(calc, rules, lang);
    if warnings.is_empty() && notes.is_empty() {
        return;
    }
    l.space(10.0);
    l.heading(lang.word(Word::ReportWarnings), Style::H2, 30.0);
    for w in warnings {
        l.paragraph(&format!("• {w}"), Style::BODY, 10.0);
    }
    if !notes.is_empty() {
        l.space(2.5);
        l.paragraph(
            &msg!(
                lang.words(),
                "report-uncertainty-notes",
                notes = &notes.len()
            ),
            Style::BODY,
            0.0,
        );
        for n in notes {
            l.paragraph(&format!("• {n}"), Style::BODY, 10.0);
        }
    }
}
