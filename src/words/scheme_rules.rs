//! The scheme-level rules of issue 35 in words: data sufficiency (k of n), compliance gates
//! and caps, peer cohorts — their sentences in the rules in prose.

use super::Words;
use crate::domain::rules::Scheme;

impl Words {
    /// The sentences of a scheme's sufficiency, gate and cohort rules (none when it has none).
    pub(super) fn prose_scheme_rules(&self, s: &Scheme) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(k) = s.min_usable_indicators {
            out.push(msg!(self, "prose-min-usable", k, n = s.indicators.len()));
        }
        out
    }
}
