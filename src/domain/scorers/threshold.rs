//! Pass/fail: full credit at or beyond the level.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Input, Mode, Param, Scored, Scorer, ScorerPlan, Starting, Trace};
use crate::domain::decimal::serde_decimal;
use crate::domain::exact::Q;
use crate::domain::feature::{Arg, Field, Msg, Value};
use crate::domain::period::Period;
use crate::domain::rules::{Direction, Indicator, Unit};
use crate::domain::validation::ProblemMsg;

/// `Threshold(level: 90)`: full credit at or beyond `level`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Threshold {
    #[serde(with = "serde_decimal")]
    pub level: Decimal,
}

impl Starting for Threshold {
    type Plan = ThresholdPlan;
    fn starting(level: Decimal, _: &str) -> Self {
        Threshold { level }
    }
}

impl Mode for Threshold {
    fn label(&self) -> &'static str {
        "threshold-pass-fail"
    }

    fn check(&self, ind: &Indicator, _: Option<Period>, add: &mut dyn FnMut(ProblemMsg)) {
        super::check_level(self.level, ind, add);
    }

    fn compile(&self, _: Direction) -> Result<ScorerPlan, ProblemMsg> {
        Ok(ScorerPlan::Threshold(ThresholdPlan::new(self.level)))
    }

    fn fields(&mut self, dir: Direction) -> Vec<Field<'_>> {
        vec![Field {
            label: Msg::new(
                "level-at-or-beyond",
                vec![("sign", Arg::AtOrBeyondSign(dir))],
            ),
            hover: None,
            key: "lvl",
            change: None,
            value: Value::Level(&mut self.level),
        }]
    }

    fn prose(&self, unit: Unit, dir: Direction) -> Msg {
        Msg::new(
            "prose-threshold",
            vec![("dir", dir.at_least()), ("l", Arg::Level(self.level, unit))],
        )
    }

    fn short(&self) -> Msg {
        Msg::new(
            "scoring-short-threshold",
            vec![("level", Arg::Num(self.level))],
        )
    }

    fn marks(&self) -> Vec<(Msg, Decimal)> {
        vec![(Msg::new("level", vec![]), self.level)]
    }

    fn headline(&self) -> Option<Decimal> {
        Some(self.level)
    }

    fn params(&self) -> Vec<Param> {
        vec![Param::Level]
    }

    fn param(&mut self, p: Param) -> Option<&mut Decimal> {
        (p == Param::Level).then_some(&mut self.level)
    }

    fn searchable(&self, p: Param) -> bool {
        p == Param::Level
    }
}

/// A compiled threshold scoring.
#[derive(Debug, Clone, PartialEq)]
pub struct ThresholdPlan {
    pub level: Decimal,
    pub exact: Q,
}

impl ThresholdPlan {
    pub fn new(level: Decimal) -> Self {
        ThresholdPlan {
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

impl Trace for How {
    fn trace(&self, _: &Q, dir: Direction) -> Msg {
        let (id, sign) = match self.met {
            true => ("how-threshold", ("sign", Arg::AtOrBeyondSign(dir))),
            false => (
                "how-threshold-not-met",
                ("dir", Arg::Sign(dir.worse_sign())),
            ),
        };
        let l = ("l", Arg::rounded(&self.level.into(), 2));
        Msg::new(id, vec![("v", Arg::Result), sign, l])
    }

    fn compares_exactly(&self) -> bool {
        true
    }
}

impl Scorer for ThresholdPlan {
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
