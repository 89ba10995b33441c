//! Turning one result into a credit between 0 and 1, for each scoring mode.
//!
//! Every function here is pure and exact. Credits are monotone: a result that is better in the
//! indicator's direction never gets a lower credit.

use rust_decimal::Decimal;

use super::rules::{Direction, PeerLevel, Scoring, Step};

/// What the scoring of one result found: the credit and how it was reached.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// Credit 0–1.
    pub credit: Decimal,
    pub how: How,
}

/// How a credit was reached (turned into words by the explanation).
#[derive(Debug, Clone, PartialEq)]
pub enum How {
    Threshold {
        level: Decimal,
        met: bool,
    },
    /// `reached`: the level of the best step reached, if any.
    Steps {
        reached: Option<Step>,
        next: Option<Step>,
    },
    /// Linear from `zero_at` to `full_at`.
    Linear {
        zero_at: Decimal,
        full_at: Decimal,
    },
    /// Linear between levels computed from `peers` results.
    Relative {
        zero_at: Decimal,
        full_at: Decimal,
        peers: usize,
    },
    AchievementOrImprovement {
        achievement_points: Decimal,
        /// `None` when there is no baseline result (or it is already at the benchmark).
        improvement_points: Option<Decimal>,
        baseline: Option<Decimal>,
    },
}

/// Linear credit from `zero_at` (0) to `full_at` (1), clamped; works in either direction.
/// When the two levels are equal, a result at or beyond them in the better direction gets 1.
///
/// ```
/// use kvalitetspeng::domain::scoring::linear_credit;
/// use kvalitetspeng::domain::rules::Direction;
/// use rust_decimal::Decimal;
/// let d = |s: &str| s.parse::<Decimal>().unwrap();
/// assert_eq!(linear_credit(d("82"), d("70"), d("90"), Direction::HigherIsBetter), d("0.6"));
/// assert_eq!(linear_credit(d("13"), d("16"), d("10"), Direction::LowerIsBetter), d("0.5"));
/// ```
pub fn linear_credit(
    value: Decimal,
    zero_at: Decimal,
    full_at: Decimal,
    dir: Direction,
) -> Decimal {
    if zero_at == full_at {
        return if dir.at_least_as_good(value, full_at) {
            Decimal::ONE
        } else {
            Decimal::ZERO
        };
    }
    let t = (value - zero_at) / (full_at - zero_at);
    t.clamp(Decimal::ZERO, Decimal::ONE)
}

/// Scores a result with a fixed (non-peer) scoring. `baseline` is the provider's own result in
/// the baseline period, used only by achievement-or-improvement.
/// For [`Scoring::Relative`] use [`score_relative`].
pub fn score_fixed(
    scoring: &Scoring,
    dir: Direction,
    value: Decimal,
    baseline: Option<Decimal>,
) -> Scored {
    match scoring {
        Scoring::Threshold { level } => {
            let met = dir.at_least_as_good(value, *level);
            Scored {
                credit: if met { Decimal::ONE } else { Decimal::ZERO },
                how: How::Threshold { level: *level, met },
            }
        }
        Scoring::Steps { steps } => {
            let mut reached: Option<&Step> = None;
            let mut next: Option<&Step> = None;
            for s in steps {
                if dir.at_least_as_good(value, s.level) {
                    if reached.is_none_or(|r| s.credit_percent > r.credit_percent) {
                        reached = Some(s);
                    }
                } else if next.is_none_or(|n| dir.at_least_as_good(n.level, s.level)) {
                    // the least demanding level not yet reached
                    next = Some(s);
                }
            }
            let credit = reached
                .map(|s| {
                    (s.credit_percent / Decimal::ONE_HUNDRED).clamp(Decimal::ZERO, Decimal::ONE)
                })
                .unwrap_or(Decimal::ZERO);
            Scored {
                credit,
                how: How::Steps {
                    reached: reached.cloned(),
                    next: next.cloned(),
                },
            }
        }
        Scoring::Linear { lower, upper } => {
            let (zero_at, full_at) = match dir {
                Direction::HigherIsBetter => (*lower, *upper),
                Direction::LowerIsBetter => (*upper, *lower),
            };
            Scored {
                credit: linear_credit(value, zero_at, full_at, dir),
                how: How::Linear { zero_at, full_at },
            }
        }
        Scoring::AchievementOrImprovement {
            threshold,
            benchmark,
            ..
        } => achievement_or_improvement(value, *threshold, *benchmark, baseline, dir),
        Scoring::Relative { .. } => {
            // Without peers the result cannot be placed; callers use score_relative.
            Scored {
                credit: Decimal::ZERO,
                how: How::Relative {
                    zero_at: value,
                    full_at: value,
                    peers: 0,
                },
            }
        }
    }
}

/// Achievement points 10 × (P − AT)/(BM − AT) on 0–10, improvement points
/// 9 × (P − baseline)/(BM − baseline) on 0–9; the higher counts; credit = points / 10.
///
/// ```
/// use kvalitetspeng::domain::scoring::{achievement_or_improvement, How};
/// use kvalitetspeng::domain::rules::Direction;
/// use rust_decimal::Decimal;
/// let d = |s: &str| s.parse::<Decimal>().unwrap();
/// let s = achievement_or_improvement(d("62"), d("50"), d("80"), Some(d("45")), Direction::HigherIsBetter);
/// let How::AchievementOrImprovement { achievement_points, improvement_points, .. } = s.how else { panic!() };
/// assert_eq!(achievement_points, d("4"));
/// assert_eq!(improvement_points.unwrap().round_dp(6), d("4.371429"));
/// assert_eq!(s.credit.round_dp(6), d("0.437143"));
/// ```
pub fn achievement_or_improvement(
    value: Decimal,
    threshold: Decimal,
    benchmark: Decimal,
    baseline: Option<Decimal>,
    dir: Direction,
) -> Scored {
    let ten = Decimal::TEN;
    let nine = Decimal::from(9);
    let achievement_points = ten * linear_credit(value, threshold, benchmark, dir);
    // Improvement only counts when the baseline was worse than the benchmark.
    let improvement_points = baseline
        .filter(|b| !dir.at_least_as_good(*b, benchmark))
        .map(|b| {
            if dir.at_least_as_good(b, value) {
                Decimal::ZERO
            } else {
                nine * ((value - b) / (benchmark - b)).clamp(Decimal::ZERO, Decimal::ONE)
            }
        });
    let best = improvement_points.map_or(achievement_points, |i| i.max(achievement_points));
    Scored {
        credit: best / ten,
        how: How::AchievementOrImprovement {
            achievement_points,
            improvement_points,
            baseline,
        },
    }
}

/// Peer levels for a relative scoring: the `start` and `full` levels from the peers' values.
/// Returns `None` when there are no peers.
pub fn peer_levels(
    start: &PeerLevel,
    full: &PeerLevel,
    peers: &[Decimal],
    dir: Direction,
) -> Option<(Decimal, Decimal)> {
    if peers.is_empty() {
        return None;
    }
    // Order from worst to best.
    let mut sorted = peers.to_vec();
    sorted.sort();
    if dir == Direction::LowerIsBetter {
        sorted.reverse();
    }
    Some((peer_level(start, &sorted), peer_level(full, &sorted)))
}

/// One peer level over values sorted from worst to best.
fn peer_level(level: &PeerLevel, worst_to_best: &[Decimal]) -> Decimal {
    let n = worst_to_best.len();
    match level {
        PeerLevel::Mean => worst_to_best.iter().copied().sum::<Decimal>() / Decimal::from(n),
        PeerLevel::TopDecileMean => {
            let k = n.div_ceil(10).max(1);
            worst_to_best[n - k..].iter().copied().sum::<Decimal>() / Decimal::from(k)
        }
        PeerLevel::Percentile(p) => {
            // Linear interpolation between closest ranks (as Excel PERCENTILE.INC).
            let p = (*p).clamp(Decimal::ZERO, Decimal::ONE_HUNDRED) / Decimal::ONE_HUNDRED;
            let pos = p * Decimal::from(n - 1);
            let lo = pos.floor();
            let frac = pos - lo;
            let lo_i = rust_decimal::prelude::ToPrimitive::to_usize(&lo)
                .unwrap_or(0)
                .min(n - 1);
            let hi_i = (lo_i + 1).min(n - 1);
            let a = worst_to_best[lo_i];
            let b = worst_to_best[hi_i];
            a + (b - a) * frac
        }
    }
}

/// Scores a result against peer levels computed by [`peer_levels`].
pub fn score_relative(
    value: Decimal,
    zero_at: Decimal,
    full_at: Decimal,
    peers: usize,
    dir: Direction,
) -> Scored {
    Scored {
        credit: linear_credit(value, zero_at, full_at, dir),
        how: How::Relative {
            zero_at,
            full_at,
            peers,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn threshold_both_directions() {
        let t = Scoring::Threshold { level: d("80") };
        assert_eq!(
            score_fixed(&t, Direction::HigherIsBetter, d("80"), None).credit,
            d("1")
        );
        assert_eq!(
            score_fixed(&t, Direction::HigherIsBetter, d("79.99"), None).credit,
            d("0")
        );
        assert_eq!(
            score_fixed(&t, Direction::LowerIsBetter, d("80"), None).credit,
            d("1")
        );
        assert_eq!(
            score_fixed(&t, Direction::LowerIsBetter, d("80.01"), None).credit,
            d("0")
        );
    }

    #[test]
    fn steps_take_best_reached() {
        let s = Scoring::Steps {
            steps: vec![
                Step {
                    level: d("90"),
                    credit_percent: d("100"),
                },
                Step {
                    level: d("80"),
                    credit_percent: d("50"),
                },
            ],
        };
        assert_eq!(
            score_fixed(&s, Direction::HigherIsBetter, d("95"), None).credit,
            d("1")
        );
        let mid = score_fixed(&s, Direction::HigherIsBetter, d("85"), None);
        assert_eq!(mid.credit, d("0.5"));
        let How::Steps { next, .. } = mid.how else {
            panic!()
        };
        assert_eq!(next.unwrap().level, d("90"));
        assert_eq!(
            score_fixed(&s, Direction::HigherIsBetter, d("79"), None).credit,
            d("0")
        );
    }

    #[test]
    fn linear_lower_is_better() {
        let s = Scoring::Linear {
            lower: d("10"),
            upper: d("16"),
        };
        let dir = Direction::LowerIsBetter;
        assert_eq!(score_fixed(&s, dir, d("9"), None).credit, d("1"));
        assert_eq!(score_fixed(&s, dir, d("16"), None).credit, d("0"));
        assert_eq!(score_fixed(&s, dir, d("13"), None).credit, d("0.5"));
    }

    #[test]
    fn percentiles_and_top_decile() {
        let peers: Vec<Decimal> = (1..=20).map(Decimal::from).collect();
        let (a, b) = peer_levels(
            &PeerLevel::Percentile(d("50")),
            &PeerLevel::TopDecileMean,
            &peers,
            Direction::HigherIsBetter,
        )
        .unwrap();
        assert_eq!(a, d("10.5"));
        assert_eq!(b, d("19.5"));
        let (a, b) = peer_levels(
            &PeerLevel::Percentile(d("50")),
            &PeerLevel::TopDecileMean,
            &peers,
            Direction::LowerIsBetter,
        )
        .unwrap();
        assert_eq!(a, d("10.5"));
        assert_eq!(b, d("1.5"));
        let (m, _) = peer_levels(
            &PeerLevel::Mean,
            &PeerLevel::Mean,
            &peers,
            Direction::HigherIsBetter,
        )
        .unwrap();
        assert_eq!(m, d("10.5"));
        assert!(
            peer_levels(
                &PeerLevel::Mean,
                &PeerLevel::Mean,
                &[],
                Direction::HigherIsBetter
            )
            .is_none()
        );
    }

    #[test]
    fn achievement_beats_improvement_when_higher() {
        let s = achievement_or_improvement(
            d("75"),
            d("50"),
            d("80"),
            Some(d("70")),
            Direction::HigherIsBetter,
        );
        // achievement 10·25/30 = 8.33…, improvement 9·5/10 = 4.5
        assert_eq!(s.credit, d("10") * (d("25") / d("30")) / d("10"));
        // No baseline: achievement only.
        let s =
            achievement_or_improvement(d("40"), d("50"), d("80"), None, Direction::HigherIsBetter);
        assert_eq!(s.credit, d("0"));
        // Lower is better: threshold 16, benchmark 10, baseline 18, result 14.
        let s = achievement_or_improvement(
            d("14"),
            d("16"),
            d("10"),
            Some(d("18")),
            Direction::LowerIsBetter,
        );
        // achievement 10·2/6 = 3.33…; improvement 9·4/8 = 4.5
        assert_eq!(s.credit, d("0.45"));
    }
}
