//! Levels each giving a credit; the best level reached counts.

use super::{Input, Scored, Scorer, at_least_as_good};
use crate::domain::bounds;
use crate::domain::exact::Q;
use crate::domain::rules::Step;
use crate::domain::rules::{Direction, Indicator};
use crate::domain::validation::{Counted, ProblemMsg, percent_ok};

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

/// Checks steps as the rule file gives them: at least one and at most
/// [`bounds::MAX_STEPS`], levels the indicator can have and each once, credits 0–100 that do
/// not fall from the easiest level to the hardest.
pub fn check(steps: &[Step], ind: &Indicator, add: &mut dyn FnMut(ProblemMsg)) {
    if steps.is_empty() {
        add(ProblemMsg::NoSteps);
    }
    if steps.len() > bounds::MAX_STEPS {
        add(ProblemMsg::TooMany {
            what: Counted::Steps,
            found: steps.len(),
            limit: bounds::MAX_STEPS,
        });
    }
    let steps = &steps[..steps.len().min(bounds::MAX_STEPS)];
    for (k, s) in steps.iter().enumerate() {
        super::check_level(s.level, ind, add);
        if !percent_ok(s.credit_percent) {
            add(ProblemMsg::StepCreditOutOfRange {
                credit: s.credit_percent,
            });
        }
        if steps[..k].iter().any(|o| o.level == s.level) {
            add(ProblemMsg::DuplicateStepLevel { level: s.level });
        }
    }
    let mut sorted = steps.to_vec();
    sorted.sort_by_key(|a| a.level);
    if ind.direction == Direction::LowerIsBetter {
        sorted.reverse();
    }
    // Easiest first: the credits must not fall.
    if sorted
        .windows(2)
        .any(|w| w[1].credit_percent < w[0].credit_percent)
    {
        add(ProblemMsg::StepCreditsNotRising);
    }
}
