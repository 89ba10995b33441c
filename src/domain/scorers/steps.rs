//! Levels each giving a credit; the best level reached counts.

use super::{Input, Scored, Scorer, at_least_as_good};
use crate::domain::exact::Q;
use crate::domain::rules::Step;

/// A compiled steps scoring: each step with its level and credit as exact fractions.
#[derive(Debug, Clone, PartialEq)]
pub struct Steps {
    pub steps: Vec<(Step, Q, Q)>,
}

impl Steps {
    pub fn new(steps: &[Step]) -> Self {
        Steps {
            steps: steps
                .iter()
                .map(|s| {
                    let credit = (&Q::from(s.credit_percent) * &Q::ratio(1, 100)).clamp01();
                    (s.clone(), Q::from(s.level), credit)
                })
                .collect(),
        }
    }
}

/// The best step reached, and the least demanding step not reached.
#[derive(Debug, Clone, PartialEq)]
pub struct How {
    pub reached: Option<Step>,
    pub next: Option<Step>,
}

impl Scorer for Steps {
    fn score(&self, i: &Input<'_>) -> Option<Scored> {
        let mut reached: Option<&(Step, Q, Q)> = None;
        let mut next: Option<&(Step, Q, Q)> = None;
        for s in &self.steps {
            if i.reaches(&s.1) {
                if reached.is_none_or(|r| s.2 > r.2) {
                    reached = Some(s);
                }
            } else if next.is_none_or(|n| at_least_as_good(i.direction, &n.1, &s.1)) {
                next = Some(s);
            }
        }
        Some(Scored {
            credit: reached.map_or(Q::ZERO, |s| s.2.clone()),
            how: super::How::Steps(How {
                reached: reached.map(|s| s.0.clone()),
                next: next.map(|s| s.0.clone()),
            }),
        })
    }

    fn levels(&self) -> Vec<rust_decimal::Decimal> {
        self.steps.iter().map(|s| s.0.level).collect()
    }
}
