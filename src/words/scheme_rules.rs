//! The scheme-level rules of issue 35 in words: a gate's cap of a provider's score (their
//! sentences in the rules in prose are their modules' messages).

use rust_decimal::Decimal;

use super::Words;
use super::labels::n;
use crate::domain::gate::Finding;

impl Words {
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
