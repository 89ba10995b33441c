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
//!     standard: None,
//!     uncertainty: Uncertainty::Estimate,
//!     scoring: Scoring::Linear(Linear { lower: 75.into(), upper: 92.into() }),
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
    Area, Direction, Indicator, MissingDataPolicy, PeerLevel, RuleSet, Scheme, Unit,
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
    lang.say_plain(&ind.scoring.mode().prose(ind.unit, ind.direction))
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
    let standard = crate::domain::standards::prose(ind);
    for m in standard
        .iter()
        .chain(&crate::domain::contract_minimum::prose(ind))
    {
        s.push(' ');
        s.push_str(&lang.say_plain(m));
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
    out.extend(crate::domain::advances::prose(s).map(|m| lang.say_plain(&m)));
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

    /// Every mode's sentence, short form and marks, as the words were before the modes
    /// declared them as messages.
    #[test]
    fn every_scoring_mode_says_what_it_does() {
        use crate::domain::rules::{
            AchievementOrImprovement, Linear, Relative, Scoring, Step, Steps, Threshold,
        };
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        let step = |l, c| Step {
            level: d(l),
            credit_percent: d(c),
        };
        let hi = Direction::HigherIsBetter;
        let lo = Direction::LowerIsBetter;
        let cases: Vec<(Scoring, Unit, Direction, Lang, &str, &str)> = vec![
            (
                Scoring::Threshold(Threshold { level: d("87.50") }),
                Unit::Percent,
                hi,
                Lang::Sv,
                "Full poäng vid minst 87,5 %, annars ingen poäng.",
                "tröskel 87,5",
            ),
            (
                Scoring::Steps(Steps {
                    steps: vec![step("80", "100"), step("70", "50")],
                }),
                Unit::Percent,
                hi,
                Lang::Sv,
                "Minst 70 % ger 50 %, minst 80 % ger 100 % av poängen; det högsta steget som \
                 nås räknas.",
                "steg 80 → 100 %, 70 → 50 %",
            ),
            (
                Scoring::Steps(Steps {
                    steps: vec![step("10", "50"), step("5", "100")],
                }),
                Unit::Count,
                lo,
                Lang::En,
                "At most 10 gives 50 %, at most 5 gives 100 % of the credit; the best step \
                 reached counts.",
                "steps 10 → 50 %, 5 → 100 %",
            ),
            (
                Scoring::Linear(Linear {
                    lower: d("75"),
                    upper: d("92"),
                }),
                Unit::Percent,
                lo,
                Lang::Sv,
                "Full poäng vid högst 75 %, ingen poäng vid 92 % eller högre, linjärt \
                 däremellan.",
                "linjär 75–92",
            ),
            (
                Scoring::Relative(Relative {
                    start: PeerLevel::Percentile(d("50")),
                    full: PeerLevel::TopDecileMean,
                }),
                Unit::Percent,
                hi,
                Lang::En,
                "No credit at 50th percentile of the peers' results, full credit at mean of \
                 top decile of the peers' results, linear in between (the levels come from \
                 the period's results).",
                "relative 50th percentile – mean of top decile",
            ),
            (
                Scoring::AchievementOrImprovement(AchievementOrImprovement {
                    threshold: d("50"),
                    benchmark: d("80"),
                    baseline_period: "2024".into(),
                }),
                Unit::Score,
                hi,
                Lang::Sv,
                "Det bästa av nivåpoäng (0 vid 50, 10 vid 80) och förbättringspoäng (0–9 från \
                 utförarens eget resultat 2024 upp till 80) räknas, som andel av 10.",
                "nivå eller förbättring 50 / 80 (bas 2024)",
            ),
        ];
        for (scoring, unit, dir, lang, prose, short) in cases {
            let mode = scoring.mode();
            assert_eq!(lang.say_plain(&mode.prose(unit, dir)), prose);
            assert_eq!(lang.say_plain(&mode.short()), short);
        }
        let steps = Scoring::Steps(Steps {
            steps: vec![step("70", "50.5")],
        });
        let marks: Vec<(String, Decimal)> = steps
            .mode()
            .marks()
            .iter()
            .map(|(m, l)| (Lang::Sv.say_plain(m), *l))
            .collect();
        assert_eq!(marks, vec![("51 %".to_string(), d("70"))]);
    }
}
