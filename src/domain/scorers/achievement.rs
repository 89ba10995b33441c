//! Achievement or improvement (as CMS value-based purchasing): achievement points
//! 10 × (P − AT)/(BM − AT) on 0–10, improvement points 9 × (P − baseline)/(BM − baseline) on
//! 0–9; the higher counts; credit = points / 10. Exact.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::linear::linear_credit;
use super::{Input, Mode, Param, Scored, Scorer, ScorerPlan, Starting, Trace, at_least_as_good};
use crate::domain::decimal::serde_decimal;
use crate::domain::exact::Q;
use crate::domain::feature::{Arg, Field, Msg, Value};
use crate::domain::period::Period;
use crate::domain::rules::{Direction, Indicator, Unit};
use crate::domain::validation::ProblemMsg;

/// `AchievementOrImprovement(threshold: 50, benchmark: 80, baseline_period: "2024")`: the
/// better of achievement points (0–10 between `threshold` and `benchmark`) and improvement
/// points (0–9 between the provider's own result in `baseline_period` and `benchmark`).
/// Credit = points / 10.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AchievementOrImprovement {
    #[serde(with = "serde_decimal")]
    pub threshold: Decimal,
    #[serde(with = "serde_decimal")]
    pub benchmark: Decimal,
    pub baseline_period: String,
}

impl Starting for AchievementOrImprovement {
    type Plan = AchievementPlan;
    /// The baseline is the year before the rule set's.
    fn starting(level: Decimal, period: &str) -> Self {
        let baseline = period
            .get(0..4)
            .and_then(|y| y.parse::<u16>().ok())
            .map(|y| (y - 1).to_string())
            .unwrap_or_default();
        AchievementOrImprovement {
            threshold: level - Decimal::TEN,
            benchmark: level,
            baseline_period: baseline,
        }
    }
}

impl Mode for AchievementOrImprovement {
    fn label(&self) -> &'static str {
        "achievement-or-improvement"
    }

    fn check(&self, ind: &Indicator, period: Option<Period>, add: &mut dyn FnMut(ProblemMsg)) {
        check(
            self.threshold,
            self.benchmark,
            &self.baseline_period,
            ind,
            period,
            add,
        );
    }

    fn compile(&self, _: Direction) -> Result<ScorerPlan, ProblemMsg> {
        let bad = || ProblemMsg::BadBaselinePeriod {
            text: self.baseline_period.clone(),
        };
        let period = self.baseline_period.parse().map_err(|_| bad())?;
        Ok(ScorerPlan::AchievementOrImprovement(AchievementPlan::new(
            self.threshold,
            self.benchmark,
            period,
        )))
    }

    fn fields(&mut self, _: Direction) -> Vec<Field<'_>> {
        vec![
            Field {
                label: Msg::new("threshold0-points", vec![]),
                hover: None,
                key: "ai_t",
                change: None,
                value: Value::Level(&mut self.threshold),
            },
            Field {
                label: Msg::new("benchmark10-points", vec![]),
                hover: None,
                key: "ai_b",
                change: None,
                value: Value::Level(&mut self.benchmark),
            },
            Field {
                label: Msg::new("baseline-period", vec![]),
                hover: None,
                key: "ai_p",
                change: None,
                value: Value::Text(&mut self.baseline_period),
            },
        ]
    }

    fn prose(&self, unit: Unit, _: Direction) -> Msg {
        Msg::new(
            "prose-achievement",
            vec![
                ("threshold", Arg::Level(self.threshold, unit)),
                ("benchmark", Arg::Level(self.benchmark, unit)),
                ("baseline_period", Arg::Plain(self.baseline_period.clone())),
                ("benchmark_2", Arg::Level(self.benchmark, unit)),
            ],
        )
    }

    fn short(&self) -> Msg {
        Msg::new(
            "scoring-short-achievement",
            vec![
                ("threshold", Arg::Num(self.threshold)),
                ("benchmark", Arg::Num(self.benchmark)),
                ("period", Arg::Plain(self.baseline_period.clone())),
            ],
        )
    }

    fn marks(&self) -> Vec<(Msg, Decimal)> {
        vec![
            (Msg::new("threshold", vec![]), self.threshold),
            (Msg::new("benchmark", vec![]), self.benchmark),
        ]
    }

    fn headline(&self) -> Option<Decimal> {
        Some(self.benchmark)
    }

    fn params(&self) -> Vec<Param> {
        vec![Param::Threshold, Param::Benchmark]
    }

    fn param(&mut self, p: Param) -> Option<&mut Decimal> {
        match p {
            Param::Threshold => Some(&mut self.threshold),
            Param::Benchmark => Some(&mut self.benchmark),
            _ => None,
        }
    }
}

/// A compiled achievement-or-improvement scoring.
#[derive(Debug, Clone, PartialEq)]
pub struct AchievementPlan {
    pub threshold: Decimal,
    pub benchmark: Decimal,
    pub baseline_period: Period,
    exact: (Q, Q),
}

impl AchievementPlan {
    pub fn new(threshold: Decimal, benchmark: Decimal, baseline_period: Period) -> Self {
        AchievementPlan {
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

impl Trace for How {
    fn trace(&self, _: &Q, _: Direction) -> Msg {
        let pts = |q: &Q| Arg::Fixed(q.round_dp(2), 2);
        let a = ("a", pts(&self.achievement_points));
        match (&self.improvement_points, &self.baseline) {
            (Some(i), Some(b)) => Msg::new(
                "how-achievement-improvement",
                vec![a, ("pts", pts(i)), ("b", Arg::rounded(b, 2))],
            ),
            (None, Some(b)) => Msg::new(
                "how-achievement-baseline-met",
                vec![a, ("b", Arg::rounded(b, 2))],
            ),
            (_, None) => Msg::new("how-achievement-no-baseline", vec![a]),
        }
    }

    fn compares_exactly(&self) -> bool {
        false
    }
}

impl Scorer for AchievementPlan {
    fn baseline_period(&self) -> Option<Period> {
        Some(self.baseline_period)
    }

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
fn check(
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
        let a = AchievementPlan::new(at.into(), bm.into(), Period::year(2024));
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
