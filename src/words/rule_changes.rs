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
        w.rule_change_yes()
    } else {
        w.rule_change_no()
    }
}

impl Change {
    /// The change in words, old → new.
    pub fn text(&self, lang: Lang) -> String {
        let w = lang.words();
        let pct = |d: &Decimal| n(*d, lang);
        match self {
            Change::Name { old, new } => w.rule_change_name(old, new),
            Change::Municipality { old, new } => w.rule_change_municipality(old, new),
            Change::Period { old, new } => w.rule_change_period(old, new),
            Change::SchemeAdded(s) => {
                w.rule_change_scheme_added(&lang.say(&s.payout.base().prose(), s.volume_unit))
            }
            Change::SchemeRemoved => w.rule_change_scheme_removed(),
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
                    None => w.rule_change_field(&lang.say(label, *unit), &old, &new),
                }
            }
            Change::Payout { old, new } => w.rule_change_payout(
                &lang.say(&old.payout.base().prose(), old.volume_unit),
                &lang.say(&new.payout.base().prose(), new.volume_unit),
            ),
            Change::MinScore { old, new } => {
                w.rule_change_min_score(&opt_percent(*old, lang), &opt_percent(*new, lang))
            }
            Change::AllIndicatorsMet { old, new } => {
                w.rule_change_all_met(&yes_no(*old, lang), &yes_no(*new, lang))
            }
            Change::Cap { old, new } => w.rule_change_cap(&opt_kr(*old, lang), &opt_kr(*new, lang)),
            Change::Budget { old, new } => {
                w.rule_change_budget(&opt_kr(*old, lang), &opt_kr(*new, lang))
            }
            Change::MissingData { old, new } => {
                w.rule_change_missing_data(&old.label(lang), &new.label(lang))
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
                w.rule_change_areas(&list(old), &list(new))
            }
            Change::Deductions { old, new } => w.rule_change_deductions(&old.len(), &new.len()),
            Change::FloorAtZero { old, new } => {
                w.rule_change_floor(&yes_no(*old, lang), &yes_no(*new, lang))
            }
            Change::IndicatorAdded(i) => {
                w.rule_change_indicator_added(&pct(&i.weight), &scoring_sentence(i, lang))
            }
            Change::IndicatorRemoved => w.rule_change_indicator_removed(),
            Change::Weight { old, new } => w.rule_change_weight(&pct(old), &pct(new)),
            Change::Scoring { old, new } => {
                w.rule_change_scoring(&scoring_sentence(old, lang), &scoring_sentence(new, lang))
            }
            Change::MinRespondents { old, new } => {
                let f = |m: &Option<u32>| m.map_or("–".to_string(), |m| m.to_string());
                w.rule_change_min_respondents(&f(old), &f(new))
            }
            Change::Uncertainty {
                old,
                new,
                indicator,
            } => w.rule_change_uncertainty(
                &old.label(indicator.direction, lang),
                &new.label(indicator.direction, lang),
            ),
            Change::Module(m) => lang.say_plain(m),
        }
    }
}
