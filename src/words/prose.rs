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

use crate::domain::rules::{Area, Indicator, MissingDataPolicy, RuleSet, Scheme};
use crate::words::Label as _;
use crate::words::Lang;

/// Everything about one indicator ([`Indicator::prose`]): its weight, its scoring, its
/// minimum of respondents and its interval rule.
pub fn indicator_sentences(
    ind: &Indicator,
    policy: &MissingDataPolicy,
    area: Option<&Area>,
    lang: Lang,
) -> String {
    let said: Vec<String> = ind
        .prose(policy, area)
        .iter()
        .map(|m| lang.say_plain(m))
        .collect();
    said.join(" ")
}

/// How the scheme pays, who qualifies, the cap, missing data, areas, deductions and floor
/// ([`Scheme::prose`]); one paragraph each (the indicators come separately,
/// [`indicator_sentences`]).
pub fn scheme_sentences(s: &Scheme, lang: Lang) -> Vec<String> {
    let unit = s.volume_unit;
    s.prose().iter().map(|m| lang.say(m, unit)).collect()
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
