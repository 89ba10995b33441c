//! No credit at the worse level, full credit at the better level, linear between, clamped.

use rust_decimal::Decimal;

use super::{Input, Scored, Scorer, at_least_as_good};
use crate::domain::exact::Q;
use crate::domain::rules::Direction;

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
    let span = full_at - zero_at;
    match (value - zero_at).checked_div(&span) {
        Some(t) => t.clamp01(),
        None if at_least_as_good(dir, value, full_at) => Q::ONE,
        None => Q::ZERO,
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
