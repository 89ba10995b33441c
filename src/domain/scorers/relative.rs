//! Linear between two levels taken from the peers' results in the period (percentile, mean of
//! the best tenth, mean), computed exactly.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};

use super::linear::linear_credit;
use super::{Input, Mode, Param, Scored, Scorer, ScorerPlan, Starting, Trace};
use crate::domain::exact::Q;
use crate::domain::feature::{Arg, Field, Msg, Value};
use crate::domain::period::Period;
use crate::domain::rules::{Direction, Indicator, PeerLevel, Unit};
use crate::domain::validation::{ProblemMsg, percent_ok};

/// `Relative(start: Percentile(50), full: TopDecileMean)`: linear between two levels taken
/// from the peers' results in the period; `start` gives no credit, `full` full credit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relative {
    pub start: PeerLevel,
    pub full: PeerLevel,
}

impl Starting for Relative {
    type Plan = RelativePlan;
    fn starting(_: Decimal, _: &str) -> Self {
        Relative {
            start: PeerLevel::Percentile(Decimal::from(50)),
            full: PeerLevel::TopDecileMean,
        }
    }
}

impl Mode for Relative {
    fn label(&self) -> &'static str {
        "relative-to-peers"
    }

    fn check(&self, _: &Indicator, _: Option<Period>, add: &mut dyn FnMut(ProblemMsg)) {
        check(&self.start, &self.full, add);
    }

    fn compile(&self, _: Direction) -> Result<ScorerPlan, ProblemMsg> {
        Ok(ScorerPlan::Relative(RelativePlan {
            start: self.start.clone(),
            full: self.full.clone(),
        }))
    }

    fn fields(&mut self, _: Direction) -> Vec<Field<'_>> {
        vec![
            Field {
                label: Msg::new("n0-percent-at", vec![]),
                hover: None,
                key: "start",
                change: None,
                value: Value::Peer(&mut self.start),
            },
            Field {
                label: Msg::new("n100-percent-at", vec![]),
                hover: None,
                key: "full",
                change: None,
                value: Value::Peer(&mut self.full),
            },
        ]
    }

    fn prose(&self, _: Unit, _: Direction) -> Msg {
        Msg::new(
            "prose-relative",
            vec![
                ("start", Arg::msg(self.start.of_peers())),
                ("full", Arg::msg(self.full.of_peers())),
            ],
        )
    }

    fn short(&self) -> Msg {
        Msg::new(
            "scoring-short-relative",
            vec![
                ("start", Arg::Peer(self.start.clone())),
                ("full", Arg::Peer(self.full.clone())),
            ],
        )
    }

    /// None: its levels come from the peers' results.
    fn marks(&self) -> Vec<(Msg, Decimal)> {
        Vec::new()
    }

    fn headline(&self) -> Option<Decimal> {
        None
    }

    /// None that the sweep offers: a percentile is not a level of the results.
    fn params(&self) -> Vec<Param> {
        Vec::new()
    }

    fn param(&mut self, p: Param) -> Option<&mut Decimal> {
        match (p, &mut self.start, &mut self.full) {
            (Param::Start, PeerLevel::Percentile(v), _) => Some(v),
            (Param::Full, _, PeerLevel::Percentile(v)) => Some(v),
            _ => None,
        }
    }
}

/// A compiled relative scoring.
#[derive(Debug, Clone, PartialEq)]
pub struct RelativePlan {
    pub start: PeerLevel,
    pub full: PeerLevel,
}

/// The levels computed from a scheme's peers for one indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct PeerLevels {
    pub zero_at: Q,
    pub full_at: Q,
    pub peers: usize,
}

/// The levels and how many peers they came from.
#[derive(Debug, Clone, PartialEq)]
pub struct How {
    pub zero_at: Q,
    pub full_at: Q,
    pub peers: usize,
}

impl Trace for How {
    fn trace(&self, credit: &Q, dir: Direction) -> Msg {
        let between = super::between(&self.zero_at, &self.full_at, credit, dir);
        let peers = ("peers", Arg::Count(self.peers as u64));
        Msg::new("how-relative", vec![("between", Arg::msg(between)), peers])
    }

    fn compares_exactly(&self) -> bool {
        false
    }
}

impl RelativePlan {
    /// The peer levels from the peers' usable results; `None` when there are none.
    pub fn peer_levels(&self, peers: &[Q], dir: Direction) -> Option<PeerLevels> {
        if peers.is_empty() {
            return None;
        }
        let mut sorted = peers.to_vec();
        sorted.sort();
        if dir == Direction::LowerIsBetter {
            sorted.reverse();
        }
        Some(PeerLevels {
            zero_at: peer_level(&self.start, &sorted),
            full_at: peer_level(&self.full, &sorted),
            peers: peers.len(),
        })
    }
}

/// How many peers "the best tenth" is: ⌈n / 10⌉ (at least one).
pub fn top_decile_count(n: usize) -> usize {
    n.div_ceil(10).max(1)
}

/// One peer level over values sorted from worst to best (non-empty).
pub fn peer_level(level: &PeerLevel, worst_to_best: &[Q]) -> Q {
    let n = worst_to_best.len();
    let mean = |xs: &[Q]| {
        let s: Q = xs.iter().sum();
        s.checked_div(&Q::from(xs.len())).unwrap_or_default()
    };
    match level {
        PeerLevel::Mean => mean(worst_to_best),
        PeerLevel::TopDecileMean => mean(&worst_to_best[n - top_decile_count(n)..]),
        PeerLevel::Percentile(p) => {
            // Linear interpolation between closest ranks (as Excel PERCENTILE.INC), exactly.
            let p = Q::from(*p).clamp01_percent();
            let pos = &p * &Q::from(n - 1);
            let lo = pos.floor();
            let frac = &pos - &lo;
            let lo_i = lo.round_dp(0).to_usize().unwrap_or(0).min(n - 1);
            let hi_i = (lo_i + 1).min(n - 1);
            let (a, b) = (&worst_to_best[lo_i], &worst_to_best[hi_i]);
            a + &(&(b - a) * &frac)
        }
    }
}

impl Q {
    /// A percentage 0–100 (clamped) as a fraction 0–1.
    fn clamp01_percent(&self) -> Q {
        (self * &Q::ratio(1, 100)).clamp01()
    }
}

impl Scorer for RelativePlan {
    fn needs_peers(&self) -> bool {
        true
    }

    fn peer_levels(&self, peers: &[Q], dir: Direction) -> Option<PeerLevels> {
        RelativePlan::peer_levels(self, peers, dir)
    }

    fn score(&self, i: &Input<'_>) -> Option<Scored> {
        let l = i.peers?;
        Some(Scored {
            credit: linear_credit(i.value, &l.zero_at, &l.full_at, i.direction),
            how: super::How::Relative(Box::new(How {
                zero_at: l.zero_at.clone(),
                full_at: l.full_at.clone(),
                peers: l.peers,
            })),
        })
    }
}

/// Checks the peer levels as the rule file gives them: percentiles 0–100, the start below the
/// full level.
fn check(start: &PeerLevel, full: &PeerLevel, add: &mut dyn FnMut(ProblemMsg)) {
    for l in [start, full] {
        if let PeerLevel::Percentile(p) = l
            && !percent_ok(*p)
        {
            add(ProblemMsg::PercentileOutOfRange { value: *p });
        }
    }
    if let (PeerLevel::Percentile(a), PeerLevel::Percentile(b)) = (start, full)
        && a >= b
    {
        add(ProblemMsg::RelativeStartNotBelowFull);
    }
    if matches!(start, PeerLevel::TopDecileMean) {
        add(ProblemMsg::RelativeStartNotBelowFull);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_and_top_decile() {
        let peers: Vec<Q> = (1..=20).map(|i: i64| Q::from(i)).collect();
        let r = RelativePlan {
            start: PeerLevel::Percentile(50.into()),
            full: PeerLevel::TopDecileMean,
        };
        let l = r.peer_levels(&peers, Direction::HigherIsBetter).unwrap();
        assert_eq!((l.zero_at, l.full_at), (Q::ratio(21, 2), Q::ratio(39, 2)));
        let l = r.peer_levels(&peers, Direction::LowerIsBetter).unwrap();
        assert_eq!((l.zero_at, l.full_at), (Q::ratio(21, 2), Q::ratio(3, 2)));
        let m = RelativePlan {
            start: PeerLevel::Mean,
            full: PeerLevel::Mean,
        };
        let three: Vec<Q> = [1i64, 1, 2].into_iter().map(Q::from).collect();
        let l = m.peer_levels(&three, Direction::HigherIsBetter).unwrap();
        assert_eq!(l.zero_at, Q::ratio(4, 3)); // exact, not 1.3333…
        assert!(m.peer_levels(&[], Direction::HigherIsBetter).is_none());
        assert_eq!(top_decile_count(1), 1);
        assert_eq!(top_decile_count(10), 1);
        assert_eq!(top_decile_count(11), 2);
    }
}
