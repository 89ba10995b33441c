//! No credit at the worse level, full credit at the better level, linear between, clamped.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Input, Mode, Param, Scored, Scorer, ScorerPlan, Starting, Trace, at_least_as_good};
use crate::domain::decimal::serde_decimal;
use crate::domain::exact::Q;
use crate::domain::feature::{Arg, Field, Msg, Value};
use crate::domain::period::Period;
use crate::domain::rules::{Direction, Indicator, Unit};
use crate::domain::validation::ProblemMsg;

/// `Linear(lower: 75, upper: 92)`: no credit at the worse level, full credit at the better
/// level, linear between. `lower < upper` numerically; the direction decides which end is
/// full credit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Linear {
    #[serde(with = "serde_decimal")]
    pub lower: Decimal,
    #[serde(with = "serde_decimal")]
    pub upper: Decimal,
}

impl Starting for Linear {
    type Plan = LinearPlan;
    fn starting(level: Decimal, _: &str) -> Self {
        Linear {
            lower: level - Decimal::TEN,
            upper: level,
        }
    }
}

impl Mode for Linear {
    fn label(&self) -> &'static str {
        "linear-between-levels"
    }

    /// The lower below the upper, each a level the indicator can have.
    fn check(&self, ind: &Indicator, _: Option<Period>, add: &mut dyn FnMut(ProblemMsg)) {
        let (lower, upper) = (self.lower, self.upper);
        if lower >= upper {
            add(ProblemMsg::LowerAboveUpper { lower, upper });
        }
        super::check_level(lower, ind, add);
        super::check_level(upper, ind, add);
    }

    fn compile(&self, dir: Direction) -> Result<ScorerPlan, ProblemMsg> {
        Ok(ScorerPlan::Linear(LinearPlan::new(
            self.lower, self.upper, dir,
        )))
    }

    fn fields(&mut self, dir: Direction) -> Vec<Field<'_>> {
        let (lo, hi) = match dir {
            Direction::HigherIsBetter => ("lower-level0-percent", "upper-level100-percent"),
            Direction::LowerIsBetter => ("lower-level100-percent", "upper-level0-percent"),
        };
        vec![
            Field {
                label: Msg::new(lo, vec![]),
                hover: None,
                key: "lo",
                change: None,
                value: Value::Level(&mut self.lower),
            },
            Field {
                label: Msg::new(hi, vec![]),
                hover: None,
                key: "hi",
                change: None,
                value: Value::Level(&mut self.upper),
            },
        ]
    }

    fn prose(&self, unit: Unit, dir: Direction) -> Msg {
        let (zero, full) = match dir {
            Direction::HigherIsBetter => (self.lower, self.upper),
            Direction::LowerIsBetter => (self.upper, self.lower),
        };
        Msg::new(
            "prose-linear",
            vec![
                ("dir", dir.at_least()),
                ("full", Arg::Level(full, unit)),
                ("zero", Arg::Level(zero, unit)),
                ("dir_2", dir.or_worse()),
            ],
        )
    }

    fn short(&self) -> Msg {
        Msg::new(
            "scoring-short-linear",
            vec![
                ("lower", Arg::Num(self.lower)),
                ("upper", Arg::Num(self.upper)),
            ],
        )
    }

    fn marks(&self) -> Vec<(Msg, Decimal)> {
        vec![
            (Msg::new("lower", vec![]), self.lower),
            (Msg::new("upper", vec![]), self.upper),
        ]
    }

    fn headline(&self) -> Option<Decimal> {
        Some(self.upper)
    }

    fn params(&self) -> Vec<Param> {
        vec![Param::Lower, Param::Upper]
    }

    fn param(&mut self, p: Param) -> Option<&mut Decimal> {
        match p {
            Param::Lower => Some(&mut self.lower),
            Param::Upper => Some(&mut self.upper),
            _ => None,
        }
    }
}

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
pub struct LinearPlan {
    pub zero_at: Decimal,
    pub full_at: Decimal,
    exact: (Q, Q),
}

impl LinearPlan {
    /// `lower < upper` numerically; the direction decides which end is full credit.
    pub fn new(lower: Decimal, upper: Decimal, dir: Direction) -> Self {
        let (zero_at, full_at) = match dir {
            Direction::HigherIsBetter => (lower, upper),
            Direction::LowerIsBetter => (upper, lower),
        };
        LinearPlan {
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

impl Trace for How {
    fn trace(&self, credit: &Q, dir: Direction) -> Msg {
        super::between(&self.zero_at.into(), &self.full_at.into(), credit, dir)
    }

    fn compares_exactly(&self) -> bool {
        false
    }
}

impl Scorer for LinearPlan {
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
