//! Achievement or improvement (as CMS value-based purchasing): achievement points
//! 10 × (P − AT)/(BM − AT) on 0–10, improvement points 9 × (P − baseline)/(BM − baseline) on
//! 0–9; the higher counts; credit = points / 10. Exact.

use rust_decimal::Decimal;

use super::linear::linear_credit;
use super::{Input, Scored, Scorer, at_least_as_good};
use crate::domain::exact::Q;
use crate::domain::period::Period;
use crate::domain::rules::Indicator;
use crate::domain::validation::ProblemMsg;

/// A compiled achievement-or-improvement scoring.
#[derive(Debug, Clone, PartialEq)]
pub struct Achievement {
    pub threshold: Decimal,
    pub benchmark: Decimal,
    pub baseline_period: Period,
    exact: (Q, Q),
}

impl Achievement {
    pub fn new(threshold: Decimal, benchmark: Decimal, baseline_period: Period) -> Self {
        Achievement {
            threshold,
            benchmark,
            baseline_period,
            exact: (threshold.into(), benchmark.into()),
        }
    }
}

/// The two kinds of points and the baseline they came from.
#[derive(Debug, Clone, PartialEq)]
pub struct How {
    pub achievement_points: Q,
    /// `None` when there is no baseline result (or it already meets the benchmark).
    pub improvement_points: Option<Q>,
    pub baseline: Option<Q>,
}

impl Scorer for Achievement {
    fn score(&self, i: &Input<'_>) -> Option<Scored> {
        let (at, bm) = &self.exact;
        let dir = i.direction;
        let ten = Q::from(10u32);
        let achievement_points = &ten * &linear_credit(i.value, at, bm, dir);
        // Improvement only counts when the baseline was worse than the benchmark.
        let improvement_points = i
            .baseline
            .filter(|b| !at_least_as_good(dir, *b, bm))
            .map(|b| {
                if at_least_as_good(dir, b, i.value) {
                    Q::ZERO
                } else {
                    &Q::from(9u32) * &linear_credit(i.value, b, bm, dir)
                }
            });
        let best = match &improvement_points {
            Some(p) if *p > achievement_points => p.clone(),
            _ => achievement_points.clone(),
        };
        Some(Scored {
            credit: &best * &Q::ratio(1, 10),
            how: super::How::AchievementOrImprovement(Box::new(How {
                achievement_points,
                improvement_points,
                baseline: i.baseline.cloned(),
            })),
        })
    }
}

/// Checks achievement-or-improvement parameters as the rule file gives them: two levels the
/// indicator can have, the threshold worse than the benchmark, and a baseline period that can
/// be read and is not the rule set's `period`.
pub fn check(
    threshold: Decimal,
    benchmark: Decimal,
    baseline_period: &str,
    ind: &Indicator,
    period: Option<Period>,
    add: &mut dyn FnMut(ProblemMsg),
) {
    super::check_level(threshold, ind, add);
    super::check_level(benchmark, ind, add);
    if ind.direction.at_least_as_good(threshold, benchmark) {
        add(ProblemMsg::ThresholdNotWorseThanBenchmark);
    }
    match baseline_period.parse::<Period>() {
        Err(_) => add(ProblemMsg::BadBaselinePeriod {
            text: baseline_period.to_string(),
        }),
        Ok(bp) => {
            if let Some(p) = period
                && (p.contains(&bp) || bp.contains(&p))
            {
                add(ProblemMsg::BaselineIsPeriod);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::Direction;

    fn run(v: i64, at: i64, bm: i64, base: Option<i64>, dir: Direction) -> Scored {
        let a = Achievement::new(at.into(), bm.into(), Period::year(2024));
        let (v, b) = (Q::from(v), base.map(Q::from));
        a.score(&Input {
            value: &v,
            baseline: b.as_ref(),
            direction: dir,
            peers: None,
            bound: None,
        })
        .unwrap()
    }

    #[test]
    fn worked_example_c_exactly() {
        let s = run(62, 50, 80, Some(45), Direction::HigherIsBetter);
        let super::super::How::AchievementOrImprovement(h) = &s.how else {
            panic!()
        };
        assert_eq!(h.achievement_points, Q::from(4i64));
        assert_eq!(h.improvement_points, Some(Q::ratio(153, 35))); // 9·17/35
        assert_eq!(s.credit, Q::ratio(153, 350));
    }

    #[test]
    fn achievement_beats_improvement_when_higher_and_lower_is_better() {
        assert_eq!(
            run(75, 50, 80, Some(70), Direction::HigherIsBetter).credit,
            Q::ratio(5, 6)
        );
        assert_eq!(
            run(40, 50, 80, None, Direction::HigherIsBetter).credit,
            Q::ZERO
        );
        // threshold 16, benchmark 10, baseline 18, result 14: improvement 9·4/8 = 4.5
        assert_eq!(
            run(14, 16, 10, Some(18), Direction::LowerIsBetter).credit,
            Q::ratio(9, 20)
        );
    }
}
