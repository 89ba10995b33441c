//! Corrections of a locked run: what changes when its results are corrected — only the
//! changed providers and indicators — as a list ([`correction_diff`], from the one
//! difference of two calculations, [`compare`]) and as CSV ([`correction_csv`]).

use rust_decimal::Decimal;

use crate::domain::decide::compare::{ProviderDelta, compare};
use crate::domain::explanation::{Calculation, IndicatorResult, ProviderResult};
use crate::words::{Lang, Word};

/// One indicator that changed for a provider.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorChange {
    pub id: String,
    pub name: String,
    /// The values as shown (`–` when missing).
    pub before_value: String,
    pub after_value: String,
    pub before_kronor: Decimal,
    pub after_kronor: Decimal,
}

/// One provider whose payout or indicators changed.
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderChange {
    pub id: String,
    pub name: String,
    pub before: Decimal,
    pub after: Decimal,
    pub indicators: Vec<IndicatorChange>,
}

/// What a correction changes against a locked run.
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectionDiff {
    pub locked_name: String,
    pub providers: Vec<ProviderChange>,
}

impl CorrectionDiff {
    pub fn total_delta(&self) -> Decimal {
        self.providers.iter().map(|p| p.after - p.before).sum()
    }
}

/// A result as shown in a correction: the value, and the respondents when known.
fn value_text(i: &IndicatorResult, lang: Lang) -> String {
    let v = match &i.value {
        Some(v) => format!(
            "{}{}",
            crate::words::number::format_number_lang(v.round_dp(4).normalize(), None, lang),
            i.unit.suffix()
        ),
        None => "–".into(),
    };
    match i.respondents {
        Some(n) => format!("{v} (n = {n})"),
        None => v,
    }
}

/// The providers and indicators whose value, kronor or payout differ between the locked
/// calculation and the corrected one: the providers' difference is [`compare`]'s (matched by
/// service type and id; a provider in only one counts with 0 kr on the other side), listed
/// in the locked run's order and then the corrected run's new providers, with the indicators
/// that changed.
pub fn correction_diff(
    locked: &Calculation,
    corrected: &Calculation,
    locked_name: &str,
    lang: Lang,
) -> CorrectionDiff {
    let comparison = compare(locked, corrected);
    let (in_locked, new): (Vec<&ProviderDelta>, Vec<&ProviderDelta>) =
        comparison.providers.iter().partition(|d| d.a.is_some());
    let providers = in_locked
        .into_iter()
        .chain(new)
        .filter_map(|d| {
            let a = d.a.and(find(locked, d));
            let b = d.b.and(find(corrected, d));
            let indicators = match (a, b) {
                (Some(a), Some(b)) => indicator_changes(a, b, lang),
                _ => Vec::new(),
            };
            let (before, after) = (d.a.unwrap_or_default(), d.b.unwrap_or_default());
            (before != after || !indicators.is_empty()).then(|| ProviderChange {
                id: d.id.clone(),
                // The name as locked (the corrected file may spell it otherwise).
                name: a.map_or_else(|| d.name.clone(), |p| p.name.clone()),
                before,
                after,
                indicators,
            })
        })
        .collect();
    CorrectionDiff {
        locked_name: locked_name.to_string(),
        providers,
    }
}

/// The provider of a calculation that a difference is about (the calculations list their
/// providers by service type and id, see [`compare`]).
fn find<'c>(c: &'c Calculation, d: &ProviderDelta) -> Option<&'c ProviderResult> {
    c.providers
        .binary_search_by(|p| (p.service_type, p.id.as_str()).cmp(&(d.service_type, d.id.as_str())))
        .ok()
        .map(|i| &c.providers[i])
}

/// The indicators of a provider whose value, respondents or kronor differ (the rules are the
/// same on both sides, so the indicators pair up in order).
fn indicator_changes(a: &ProviderResult, b: &ProviderResult, lang: Lang) -> Vec<IndicatorChange> {
    let kronor = a.indicator_kronor().into_iter().zip(b.indicator_kronor());
    a.indicators
        .iter()
        .zip(&b.indicators)
        .zip(kronor)
        .filter(|((ia, ib), (ka, kb))| {
            ia.value != ib.value || ia.respondents != ib.respondents || ka != kb
        })
        .map(|((ia, ib), (ka, kb))| IndicatorChange {
            id: ia.indicator_id.to_string(),
            name: ia.name.to_string(),
            before_value: value_text(ia, lang),
            after_value: value_text(ib, lang),
            before_kronor: ka,
            after_kronor: kb,
        })
        .collect()
}

/// The header of the correction CSV.
pub fn correction_header(lang: Lang) -> [&'static str; 8] {
    super::export_csv::columns(lang, Word::CorrectionCsvHeader)
}

/// The correction as CSV: one row per changed indicator, and one per provider for its total.
pub fn correction_csv(diff: &CorrectionDiff, lang: Lang) -> Vec<u8> {
    use super::export_csv::{finish, text, write, writer};
    let num = |d: Decimal| crate::domain::decimal::format_number(d, Some(2), false);
    let mut w = writer();
    write(&mut w, correction_header(lang));
    for p in &diff.providers {
        for i in &p.indicators {
            write(
                &mut w,
                [
                    text(&p.id),
                    text(&p.name),
                    text(&i.id),
                    text(&i.before_value),
                    text(&i.after_value),
                    num(i.before_kronor),
                    num(i.after_kronor),
                    num(i.after_kronor - i.before_kronor),
                ],
            );
        }
        write(
            &mut w,
            [
                text(&p.id),
                text(&p.name),
                lang.word(Word::TotalInParentheses).to_string(),
                String::new(),
                String::new(),
                num(p.before),
                num(p.after),
                num(p.after - p.before),
            ],
        );
    }
    finish(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn calc(results: &str) -> Calculation {
        let rules = std::fs::read_to_string("sample_data/worked_example_b/rules.ron").unwrap();
        let rules = crate::io::rules_ron::parse_rules(&rules, "rules.ron").unwrap();
        let set = crate::io::results_csv::parse_results(results.as_bytes(), "r.csv").unwrap();
        crate::domain::calculate(&rules, &set).unwrap()
    }

    /// As the correction was listed before it was built from `compare`: the locked run's
    /// providers in its order, then the new ones (although "HT00" sorts first), each under
    /// its locked name.
    #[test]
    fn locked_order_then_new_providers_under_the_locked_names() {
        let text = std::fs::read_to_string("sample_data/worked_example_b/results.csv").unwrap();
        let mut corrected = text.replace(";Söder;", ";Söder AB;").replace(
            "HT02;Söder AB;hemtjänst;privat;20000;helhet;68;",
            "HT02;Söder AB;hemtjänst;privat;20000;helhet;90;",
        );
        let ht01: Vec<&str> = text.lines().filter(|l| l.contains(";HT01;")).collect();
        for l in ht01 {
            corrected.push_str(&l.replace(";HT01;Norr;", ";HT00;Väster;"));
            corrected.push('\n');
        }
        let diff = correction_diff(&calc(&text), &calc(&corrected), "a.kvp", Lang::Sv);
        let ids: Vec<&str> = diff.providers.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids.last(), Some(&"HT00"), "{ids:?}");
        let ht02 = diff.providers.iter().find(|p| p.id == "HT02").unwrap();
        assert_eq!(ht02.name, "Söder");
        assert!(!ht02.indicators.is_empty());
        let new = diff.providers.last().unwrap();
        assert_eq!((new.before, new.name.as_str()), (Decimal::ZERO, "Väster"));
    }
}
