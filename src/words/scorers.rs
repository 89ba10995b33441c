//! How each scoring mode reached its credit, in words (the scorers' part of the explanation):
//! each mode's module says it as a message id with values ([`scorers::Trace`]), filled here.

use super::Lang;
use crate::domain::exact::Q;
use crate::domain::rules::Direction;
use crate::domain::scorers;

impl scorers::How {
    /// The level reached in words. `v` is the result as displayed, `credit` the credit.
    pub fn describe(&self, v: &str, credit: &Q, dir: Direction, lang: Lang) -> String {
        lang.say_result(&self.trace().trace(credit, dir), v)
    }
}

/// A number for the explanation: rounded to at most `dp` decimals, trailing zeros dropped.
pub(crate) fn num(q: &Q, dp: u32, lang: Lang) -> String {
    lang.words().number(q.round_dp(dp).normalize(), None)
}
