//! Pass/fail: full credit at or beyond the level.

use rust_decimal::Decimal;

use super::{Input, Scored, Scorer};
use crate::domain::exact::Q;
use crate::domain::rules::Indicator;
use crate::domain::validation::ProblemMsg;

/// A compiled threshold scoring.
#[derive(Debug, Clone, PartialEq)]
pub struct Threshold {
    pub level: Decimal,
    pub exact: Q,
}

impl Threshold {
    pub fn new(level: Decimal) -> Self {
        Threshold {
            level,
            exact: level.into(),
        }
    }
}

/// Whether the level was met.
#[derive(Debug, Clone, PartialEq)]
pub struct How {
    pub level: Decimal,
    pub met: bool,
}

impl Scorer for Threshold {
    fn score(&self, i: &Input<'_>) -> Option<Scored> {
        let met = i.reaches(&self.exact);
        Some(Scored {
            credit: if met { Q::ONE } else { Q::ZERO },
            how: super::How::Threshold(How {
                level: self.level,
                met,
            }),
        })
    }

    fn levels(&self) -> Vec<Decimal> {
        vec![self.level]
    }
}

/// Checks a threshold's level as the rule file gives it.
pub fn check(level: Decimal, ind: &Indicator, add: &mut dyn FnMut(ProblemMsg)) {
    super::check_level(level, ind, add);
}
