//! No credit at the worse level, full credit at the better level, linear between, clamped.

use rust_decimal::Decimal;

use super::{Input, Scored, Scorer, at_least_as_good};
use crate::domain::exact::Q;
use crate::domain::rules::Direction;
use crate::domain::rules::Indicator;
use crate::domain::validation::ProblemMsg;

/// Linear credit from `zero_at` (0) to `full_at` (1), clamped, exact; works in either direction.
/// When the two levels are equal, a result at or beyond them in the better direction gets 1.
///
/// ```
/// use kvalitetspeng::domain::scorers::linear::linear_credit;
/// use kvalitetspeng::domain::rules::Direction;
/// use kvalitetspeng::domain::exact::Q;
/// let q = |n| Q::from(n as i64);
/// assert_eq!(linear_credit(&q(82), &q(70), &q(90), Direction::HigherIsBetter), Q::ratio(3, 5));
/// assert_eq!(linear_credit(&q(13), &q(16), &q(10), Direction::LowerIsBetter), Q::ratio(1, 2));
/// assert_eq!(linear_credit(&q(75), &q(70), &q(85), Direction::HigherIsBetter), Q::ratio(1, 3));
/// ```
pub fn linear_credit(value: &Q, zero_at: &Q, full_at: &Q, dir: Direction) -> Q {
    use std::cmp::Ordering::{Equal, Greater, Less};
    // `(value − zero_at) / (full_at − zero_at)`, clamped to [0, 1]: a result at or past
    // either level gets its credit by comparisons alone, and only one strictly between them
    // is divided (two subtractions and a division of exact fractions, each reduced by GCDs,
    // were a third of the scoring's time at national scale). The same credit as the formula
    // for any levels, in either order (`credit_is_the_clamped_formula` checks it).
    let (past_full, past_zero) = match zero_at.cmp(full_at) {
        Equal => return Q::from(u32::from(at_least_as_good(dir, value, full_at))),
        Less => (value >= full_at, value <= zero_at),
        Greater => (value <= full_at, value >= zero_at),
    };
    if past_full {
        Q::ONE
    } else if past_zero {
        Q::ZERO
    } else {
        // (The levels differ: the division is defined.)
        (value - zero_at)
            .checked_div(&(full_at - zero_at))
            .unwrap_or_default()
    }
}

/// A compiled linear scoring (levels already ordered by the direction).
#[derive(Debug, Clone, PartialEq)]
pub struct Linear {
    pub zero_at: Decimal,
    pub full_at: Decimal,
    exact: (Q, Q),
}

impl Linear {
    /// `lower < upper` numerically; the direction decides which end is full credit.
    pub fn new(lower: Decimal, upper: Decimal, dir: Direction) -> Self {
        let (zero_at, full_at) = match dir {
            Direction::HigherIsBetter => (lower, upper),
            Direction::LowerIsBetter => (upper, lower),
        };
        Linear {
            zero_at,
            full_at,
            exact: (zero_at.into(), full_at.into()),
        }
    }
}

/// The two levels.
#[derive(Debug, Clone, PartialEq)]
pub struct How {
    pub zero_at: Decimal,
    pub full_at: Decimal,
}

impl Scorer for Linear {
    fn score(&self, i: &Input<'_>) -> Option<Scored> {
        Some(Scored {
            credit: linear_credit(i.value, &self.exact.0, &self.exact.1, i.direction),
            how: super::How::Linear(How {
                zero_at: self.zero_at,
                full_at: self.full_at,
            }),
        })
    }
}

/// Checks a linear scoring's levels as the rule file gives them: the lower below the upper,
/// each a level the indicator can have.
pub fn check(lower: Decimal, upper: Decimal, ind: &Indicator, add: &mut dyn FnMut(ProblemMsg)) {
    if lower >= upper {
        add(ProblemMsg::LowerAboveUpper { lower, upper });
    }
    super::check_level(lower, ind, add);
    super::check_level(upper, ind, add);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The credit as the formula defines it: `(value − zero_at) / (full_at − zero_at)`,
    /// clamped to [0, 1]; equal levels give full credit to a result at or past them in the
    /// better direction.
    fn formula(value: &Q, zero_at: &Q, full_at: &Q, dir: Direction) -> Q {
        match (value - zero_at).checked_div(&(full_at - zero_at)) {
            Some(t) => t.clamp01(),
            None if at_least_as_good(dir, value, full_at) => Q::ONE,
            None => Q::ZERO,
        }
    }

    proptest! {
        /// Levels in either order or equal, results on them, between them and past them,
        /// in both directions (small numbers, so that they often meet).
        #[test]
        fn credit_is_the_clamped_formula(
            v in (-40i128..40, 1i128..7),
            z in (-40i128..40, 1i128..4),
            f in (-40i128..40, 1i128..4),
            higher in any::<bool>(),
            same in any::<bool>(),
        ) {
            let q = |(n, d): (i128, i128)| Q::ratio(n, d);
            let (value, zero_at) = (q(v), q(z));
            let full_at = if same { zero_at.clone() } else { q(f) };
            let dir = if higher { Direction::HigherIsBetter } else { Direction::LowerIsBetter };
            prop_assert_eq!(
                linear_credit(&value, &zero_at, &full_at, dir),
                formula(&value, &zero_at, &full_at, dir)
            );
        }
    }
}
