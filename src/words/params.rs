//! A sweep's parameter in words, e.g. `Hemtjänst · Gott bemötande · nivå` for
//! `hemtjanst.ht_bemotande.level` (the path stays the CLI's and the export's).

use super::{Lang, Word};
use crate::domain::RuleSet;
use crate::domain::decide::param::{Field, Param};

impl Param {
    /// The parameter in words: the service type, the indicator's name (its id when `rules`
    /// has none of that id) and the field.
    pub fn text(&self, rules: &RuleSet, lang: Lang) -> String {
        let mut parts = vec![self.service_type.label(lang).to_string()];
        if let Some(id) = &self.indicator {
            let name = rules
                .scheme(self.service_type)
                .and_then(|s| s.indicators.iter().find(|i| &i.id == id))
                .map_or(id.as_str(), |i| i.name.as_str());
            parts.push(name.to_string());
        }
        let w = |word| lang.word(word).to_string();
        parts.push(match self.field {
            Field::Rate => w(Word::ParamRate),
            Field::MinScore => w(Word::ParamMinScore),
            Field::Cap => w(Word::ParamCap),
            Field::Fallback => w(Word::ParamFallback),
            Field::Weight => w(Word::ParamWeight),
            Field::Level => w(Word::ParamLevel),
            Field::Lower => w(Word::ParamLower),
            Field::Upper => w(Word::ParamUpper),
            Field::Threshold => w(Word::ParamThreshold),
            Field::Benchmark => w(Word::ParamBenchmark),
            Field::Start => w(Word::ParamStart),
            Field::Full => w(Word::ParamFull),
            Field::MinRespondents => w(Word::ParamMinRespondents),
            Field::StepLevel(k) => msg!(lang.words(), "param-step-level", k = &(k + 1)),
            Field::StepCredit(k) => msg!(lang.words(), "param-step-credit", k = &(k + 1)),
            Field::MinUsable => lang.text("param-min-usable").to_string(),
            Field::GateCap(k) => {
                let kind = rules
                    .scheme(self.service_type)
                    .and_then(|s| s.gates.get(k))
                    .map_or_else(|| (k + 1).to_string(), |g| g.kind.clone());
                lang.message("param-gate-cap", &[("kind", &kind)])
            }
        });
        parts.join(" · ")
    }
}
