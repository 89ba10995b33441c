//! How each scoring mode reached its credit, in words (the scorers' part of the explanation).
//! [`super::Words::how`] words every mode once for all languages; the numbers are formatted
//! here, alike for all.

use super::Lang;
use crate::domain::exact::Q;
use crate::domain::rules::Direction;
use crate::domain::scorers;

impl scorers::How {
    /// The level reached in words. `v` is the result as displayed, `credit` the credit.
    pub fn describe(&self, v: &str, credit: &Q, dir: Direction, lang: Lang) -> String {
        lang.words().how(self, v, credit, dir)
    }
}

/// A number for the explanation: rounded to at most `dp` decimals, trailing zeros dropped.
pub(crate) fn num(q: &Q, dp: u32, lang: Lang) -> String {
    lang.words().number(q.round_dp(dp).normalize(), None)
}

/// A credit as a percentage with one decimal.
pub(crate) fn pct(credit: &Q, lang: Lang) -> String {
    format!(
        "{} %",
        lang.words()
            .number((credit * &Q::from(100u32)).round_dp(1), Some(1))
    )
}
