//! The scheme-level rules of issue 35 in words: data sufficiency (k of n), compliance gates
//! and caps, peer cohorts — their sentences in the rules in prose.

use rust_decimal::Decimal;

use super::Words;
use super::prose::n;
use crate::domain::cohort::Cohort;
use crate::domain::gate::{Finding, GateEffect};
use crate::domain::rules::Scheme;

impl Words {
    /// The sentences of a scheme's sufficiency, gate and cohort rules (none when it has none).
    pub(super) fn prose_scheme_rules(&self, s: &Scheme) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(k) = s.min_usable_indicators {
            out.push(msg!(self, "prose-min-usable", k, n = s.indicators.len()));
        }
        match s.cohort {
            Cohort::ServiceType => {}
            Cohort::Regi => out.push(self.lang().text("prose-cohort-regi").into()),
            Cohort::Column => out.push(self.lang().text("prose-cohort-column").into()),
        }
        for g in &s.gates {
            out.push(match g.effect {
                GateEffect::BarsPayment => msg!(self, "prose-gate-bars", kind = g.kind),
                GateEffect::CapScore(p) => msg!(
                    self,
                    "prose-gate-caps",
                    kind = g.kind,
                    percent = n(p, self.lang())
                ),
            });
        }
        out
    }

    /// A peer cohort rule's name (the editor's picker).
    pub fn cohort_label(&self, c: Cohort) -> &'static str {
        self.lang().text(c.label_id())
    }

    /// "score capped at 50 % by a finding: kind date".
    pub(super) fn score_capped(&self, f: &Finding, percent: Decimal) -> String {
        msg!(
            self,
            "status-score-capped",
            percent = n(percent, self.lang()),
            kind = f.kind,
            date = f.date
        )
    }
}
