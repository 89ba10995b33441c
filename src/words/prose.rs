//! The rules in plain words, generated from the rule set: one sentence for every payout base,
//! scoring mode, policy and option, so that the decision report says exactly what the
//! calculation does ("Helhetsbedömning väger 20 %. Full poäng vid minst 92 %, ingen poäng vid
//! 75 % eller lägre, linjärt däremellan.").
//!
//! ```
//! use kvalitetspeng::domain::rules::*;
//! use kvalitetspeng::words::prose::indicator_sentences;
//! use kvalitetspeng::words::Lang;
//! let ind = Indicator {
//!     id: "helhet".into(),
//!     name: "Helhetsbedömning".into(),
//!     unit: Unit::Percent,
//!     direction: Direction::HigherIsBetter,
//!     weight: 20.into(),
//!     source: String::new(),
//!     min_respondents: Some(10),
//!     contract_minimum: None,
//!     area: None,
//!     uncertainty: Uncertainty::Estimate,
//!     scoring: Scoring::Linear { lower: 75.into(), upper: 92.into() },
//! };
//! assert_eq!(
//!     indicator_sentences(&ind, &MissingDataPolicy::Renormalize, None, Lang::Sv),
//!     "Helhetsbedömning väger 20 %. Full poäng vid minst 92 %, ingen poäng vid 75 % eller \
//!      lägre, linjärt däremellan. Resultat med färre än 10 svar räknas inte; övriga vikter \
//!      räknas då om."
//! );
//! ```

use rust_decimal::Decimal;

use crate::domain::rules::{
    Area, Direction, Indicator, MissingDataPolicy, PeerLevel, RuleSet, Scheme, Scoring, Unit,
};
use crate::words::number::format_number_lang;
use crate::words::{Lang, Word};

pub(super) fn n(d: Decimal, lang: Lang) -> String {
    format_number_lang(d.normalize(), None, lang)
}

pub(super) fn kr(d: Decimal, lang: Lang) -> String {
    format!("{} kr", format_number_lang(d, Some(2), lang))
}

/// A level with its unit: `92 %`, `10`.
pub(super) fn level(d: Decimal, unit: Unit, lang: Lang) -> String {
    format!("{}{}", n(d, lang), unit.suffix())
}

/// "at least" / "at most" in the indicator's direction.
pub(super) fn at_least(dir: Direction, lang: Lang) -> &'static str {
    match dir {
        Direction::HigherIsBetter => lang.word(Word::AtLeast),
        Direction::LowerIsBetter => lang.word(Word::AtMost),
    }
}

/// "or lower" / "or higher": the worse side.
pub(super) fn or_worse(dir: Direction, lang: Lang) -> &'static str {
    match dir {
        Direction::HigherIsBetter => lang.word(Word::OrLower),
        Direction::LowerIsBetter => lang.word(Word::OrHigher),
    }
}

pub(super) fn peer_level(p: &PeerLevel, lang: Lang) -> String {
    match p {
        PeerLevel::Percentile(_) => {
            format!("{} {}", p.label(lang), lang.word(Word::OfThePeersResults))
        }
        PeerLevel::TopDecileMean | PeerLevel::Mean => {
            format!("{} {}", p.label(lang), lang.word(Word::OfThePeersResults))
        }
    }
}

/// How the indicator's result becomes its credit, in one or two sentences.
pub fn scoring_sentence(ind: &Indicator, lang: Lang) -> String {
    let (u, dir) = (ind.unit, ind.direction);
    match &ind.scoring {
        Scoring::Threshold { level: l } => lang.words().prose_threshold(l, u, dir),
        Scoring::Steps { steps } => {
            let mut sorted = steps.clone();
            sorted.sort_by_key(|s| s.level);
            if dir == Direction::LowerIsBetter {
                sorted.reverse();
            }
            let parts: Vec<String> = sorted
                .iter()
                .map(|s| lang.words().prose_step(s, u, dir))
                .collect();
            let mut s = parts.join(", ");
            if let Some(first) = s.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            lang.words().prose_steps(&s)
        }
        Scoring::Linear { lower, upper } => {
            let (zero, full) = match dir {
                Direction::HigherIsBetter => (*lower, *upper),
                Direction::LowerIsBetter => (*upper, *lower),
            };
            lang.words().prose_linear(full, zero, u, dir)
        }
        Scoring::Relative { start, full } => lang.words().prose_relative(start, full),
        Scoring::AchievementOrImprovement {
            threshold,
            benchmark,
            baseline_period,
        } => lang
            .words()
            .prose_achievement(threshold, benchmark, baseline_period, u),
    }
}

/// The sentence on what missing or too thin data does (for an indicator with a minimum, or
/// for the scheme).
pub(super) fn missing_consequence(policy: &MissingDataPolicy, lang: Lang) -> String {
    match policy {
        MissingDataPolicy::ZeroCredit => lang.word(Word::GiveNoCreditBut).into(),
        MissingDataPolicy::Renormalize => lang.word(Word::DoNotCountThe).into(),
        MissingDataPolicy::FallbackShare(p) => lang.words().prose_fallback_share(p),
    }
}

fn uncertainty_sentence(ind: &Indicator, lang: Lang) -> Option<String> {
    let lower = ind.uncertainty.uses_lower(ind.direction);
    let which = lang.words().prose_interval_end(lower);
    lang.words().prose_uncertainty(ind, which)
}

/// Everything about one indicator: its weight, its scoring, its minimum of respondents and
/// its interval rule.
pub fn indicator_sentences(
    ind: &Indicator,
    policy: &MissingDataPolicy,
    area: Option<&Area>,
    lang: Lang,
) -> String {
    let mut s = lang.words().prose_weight(ind, area);
    s.push(' ');
    s.push_str(&scoring_sentence(ind, lang));
    if let Some(min) = ind.min_respondents.filter(|m| *m > 0) {
        s.push_str(&lang.words().prose_min_respondents(min, policy));
    }
    if let Some(u) = uncertainty_sentence(ind, lang) {
        s.push(' ');
        s.push_str(&u);
    }
    s
}

/// How the scheme pays, who qualifies, the cap, missing data, areas, deductions and floor;
/// one paragraph each (the indicators come separately, [`indicator_sentences`]).
pub fn scheme_sentences(s: &Scheme, lang: Lang) -> Vec<String> {
    let unit = s.volume_unit;
    let mut out = Vec::new();
    out.push(lang.words().prose_payout(s, unit));
    let q = &s.qualification;
    if let Some(m) = q.min_score_percent {
        out.push(lang.words().prose_min_score(m));
    }
    if q.all_indicators_met {
        out.push(lang.word(Word::EveryIndicatorMustBe).into());
    }
    if let Some(c) = s.cap {
        out.push(lang.words().prose_cap(c));
    }
    out.push(lang.words().prose_missing(s));
    out.extend(lang.words().prose_scheme_rules(s));
    if !s.areas.is_empty() {
        let list: Vec<String> = s
            .areas
            .iter()
            .map(|a| format!("{} {} %", a.name, n(a.weight, lang)))
            .collect();
        out.push(lang.words().prose_areas(&list, s));
    }
    for d in &s.deductions {
        let ind = s.indicators.iter().find(|i| i.id == d.indicator);
        let name = ind.map_or(d.indicator.as_str(), |i| i.name.as_str());
        let (unit, dir) = ind.map_or((Unit::Score, Direction::HigherIsBetter), |i| {
            (i.unit, i.direction)
        });
        let worse = lang.words().prose_worse(dir);
        let amount = lang.words().prose_deduction_amount(d);
        out.push(lang.words().prose_deduction(name, worse, &amount, d, unit));
    }
    if s.floor_at_zero {
        out.push(lang.word(Word::NetNeverGoesBelow).into());
    }
    if let Some(b) = s.budget {
        out.push(lang.words().prose_budget(b));
    }
    out
}

/// The whole rule set: per scheme its heading, its paragraphs and one paragraph per
/// indicator.
pub fn rule_set_prose(rules: &RuleSet, lang: Lang) -> Vec<(String, Vec<String>)> {
    rules
        .schemes
        .iter()
        .map(|s| {
            let mut paras = scheme_sentences(s, lang);
            for i in &s.indicators {
                let area = i
                    .area
                    .as_ref()
                    .and_then(|a| s.areas.iter().find(|x| x.id == *a));
                paras.push(indicator_sentences(i, &s.missing_data, area, lang));
            }
            (s.service_type.label(lang).to_string(), paras)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(path: &str) -> RuleSet {
        let text =
            std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        crate::io::rules_ron::parse_rules(&text, path).unwrap()
    }

    #[test]
    fn every_worked_example_reads_as_sentences() {
        let a = rule_set_prose(&rules("sample_data/worked_example_a/rules.ron"), Lang::Sv);
        assert_eq!(
            a[0].1[0],
            "En pott på 1 000 000,00 kr delas mellan de utförare som kvalificerar sig, efter poäng × volym (platser). Delarna avrundas till öre så att de summerar exakt till potten."
        );
        assert!(
            a[0].1
                .iter()
                .any(|p| p.ends_with("Full poäng vid minst 80 %, annars ingen poäng."))
        );
        let g = rule_set_prose(&rules("sample_data/worked_example_g/rules.ron"), Lang::Sv);
        assert!(g[0].1[0].contains("(budgetneutralt: summan av nettot är noll)"));
        let i = rule_set_prose(
            &rules("sample_data/worked_example_i/rules_floor.ron"),
            Lang::Sv,
        );
        assert!(i[0].1.contains(
            &"Avdrag (vite): när Aktuell dokumentation är under 90 % dras 1 % av den ordinarie ersättningen av. Ett saknat resultat ger inget avdrag."
                .to_string()
        ));
        assert!(
            i[0].1
                .contains(&"Nettot blir aldrig negativt (golv vid noll).".to_string())
        );
        let f = rule_set_prose(&rules("sample_data/worked_example_f/rules.ron"), Lang::Sv);
        assert!(
            f[0].1
                .last()
                .unwrap()
                .contains("nedre gräns (Wilson, 95 %)")
        );
        let h = rule_set_prose(&rules("sample_data/worked_example_h/rules.ron"), Lang::En);
        assert!(
            h[0].1
                .iter()
                .any(|p| p.contains("weighs 50 % inside the area Brukarupplevelse"))
        );
        let s = rule_set_prose(&rules("sample_data/sjovik/rules.ron"), Lang::Sv);
        assert!(
            s[0].1
                .iter()
                .any(|p| p.contains("Minst 60 % ger 50 %, minst 70 % ger 100 % av poängen"))
        );
        assert!(s[0].1.iter().any(|p| p.contains("Ingen poäng vid 50:e percentilen av jämförbara utförares resultat, full poäng vid medel av bästa tiondelen")));
        assert!(
            s[1].1
                .iter()
                .any(|p| p.contains("Det bästa av nivåpoäng (0 vid 50 %, 10 vid 75 %)"))
        );
    }
}
