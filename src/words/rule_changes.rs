//! The changes of one rule set to another in words (`domain::decide::rule_changes`), e.g.
//! `Hemtjänst: sats 9,00 → 8,50 kr`, `Hemtjänst: lägsta poäng 35 % → 40 %`.

use rust_decimal::Decimal;

use super::labels::{kr, n};
use super::prose::scoring_sentence;
use super::{Lang, Word};
use crate::domain::decide::rule_changes::{Change, Place, RuleChange};

impl Place {
    /// The place in words: `Regeluppsättning`, `Hemtjänst`, `Hemtjänst › Bemötande`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Place::RuleSet => lang.word(Word::RuleSet).to_string(),
            Place::Scheme(st) => st.label(lang).to_string(),
            Place::Indicator(st, name) => format!("{} › {name}", st.label(lang)),
        }
    }
}

impl RuleChange {
    /// The change with its place, e.g. `Hemtjänst: sats 9,00 → 8,50 kr`.
    pub fn text(&self, lang: Lang) -> String {
        format!("{}: {}", self.place.text(lang), self.change.text(lang))
    }
}

/// A percentage, or a dash where there is none.
fn opt_percent(d: Option<Decimal>, lang: Lang) -> String {
    d.map_or("–".into(), |d| format!("{} %", n(d, lang)))
}

fn opt_kr(d: Option<Decimal>, lang: Lang) -> String {
    d.map_or("–".into(), |d| kr(d, lang))
}

fn yes_no(b: bool, lang: Lang) -> String {
    let w = lang.words();
    if b {
        w.word(Word::RuleChangeYes).to_string()
    } else {
        w.word(Word::RuleChangeNo).to_string()
    }
}

impl Change {
    /// The change in words, old → new.
    pub fn text(&self, lang: Lang) -> String {
        let w = lang.words();
        let pct = |d: &Decimal| n(*d, lang);
        match self {
            Change::Name { old, new } => msg!(w, "rule-change-name", old, new),
            Change::Municipality { old, new } => msg!(w, "rule-change-municipality", old, new),
            Change::Period { old, new } => msg!(w, "rule-change-period", old, new),
            Change::SchemeAdded(s) => msg!(
                w,
                "rule-change-scheme-added",
                new = &lang.say(&s.payout.base().prose(), s.volume_unit)
            ),
            Change::SchemeRemoved => w.word(Word::RuleChangeSchemeRemoved).to_string(),
            Change::PayoutField {
                label,
                change,
                old,
                new,
                unit,
            } => {
                let (old, new) = (lang.arg(old, Some(*unit)), lang.arg(new, Some(*unit)));
                match change {
                    Some(id) => lang.message(id, &[("old", &old), ("new", &new)]),
                    None => msg!(
                        w,
                        "rule-change-field",
                        label = &lang.say(label, *unit),
                        old,
                        new
                    ),
                }
            }
            Change::Payout { old, new } => msg!(
                w,
                "rule-change-payout",
                old = &lang.say(&old.payout.base().prose(), old.volume_unit),
                new = &lang.say(&new.payout.base().prose(), new.volume_unit)
            ),
            Change::MinScore { old, new } => {
                msg!(
                    w,
                    "rule-change-min-score",
                    old = &opt_percent(*old, lang),
                    new = &opt_percent(*new, lang)
                )
            }
            Change::AllIndicatorsMet { old, new } => {
                msg!(
                    w,
                    "rule-change-all-met",
                    old = &yes_no(*old, lang),
                    new = &yes_no(*new, lang)
                )
            }
            Change::Cap { old, new } => msg!(
                w,
                "rule-change-cap",
                old = &opt_kr(*old, lang),
                new = &opt_kr(*new, lang)
            ),
            Change::Budget { old, new } => {
                msg!(
                    w,
                    "rule-change-budget",
                    old = &opt_kr(*old, lang),
                    new = &opt_kr(*new, lang)
                )
            }
            Change::MissingData { old, new } => {
                msg!(
                    w,
                    "rule-change-missing-data",
                    old = &old.label(lang),
                    new = &new.label(lang)
                )
            }
            Change::Areas { old, new } => {
                let list = |areas: &[crate::domain::rules::Area]| {
                    if areas.is_empty() {
                        return "–".to_string();
                    }
                    areas
                        .iter()
                        .map(|a| format!("{} {} %", a.name, n(a.weight, lang)))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                msg!(w, "rule-change-areas", old = &list(old), new = &list(new))
            }
            Change::Deductions { old, new } => msg!(
                w,
                "rule-change-deductions",
                old = &old.len(),
                new = &new.len()
            ),
            Change::FloorAtZero { old, new } => {
                msg!(
                    w,
                    "rule-change-floor",
                    old = &yes_no(*old, lang),
                    new = &yes_no(*new, lang)
                )
            }
            Change::IndicatorAdded(i) => {
                msg!(
                    w,
                    "rule-change-indicator-added",
                    weight = &pct(&i.weight),
                    scoring = &scoring_sentence(i, lang)
                )
            }
            Change::IndicatorRemoved => w.word(Word::RuleChangeIndicatorRemoved).to_string(),
            Change::Weight { old, new } => {
                msg!(w, "rule-change-weight", old = &pct(old), new = &pct(new))
            }
            Change::Scoring { old, new } => {
                msg!(
                    w,
                    "rule-change-scoring",
                    old = &scoring_sentence(old, lang),
                    new = &scoring_sentence(new, lang)
                )
            }
            Change::MinRespondents { old, new } => {
                let f = |m: &Option<u32>| m.map_or("–".to_string(), |m| m.to_string());
                msg!(
                    w,
                    "rule-change-min-respondents",
                    old = &f(old),
                    new = &f(new)
                )
            }
            Change::Uncertainty {
                old,
                new,
                indicator,
            } => msg!(
                w,
                "rule-change-uncertainty",
                old = &old.label(indicator.direction, lang),
                new = &new.label(indicator.direction, lang)
            ),
            Change::Module(m) => lang.say_plain(m),
        }
    }
}
