//! Pass/fail: full credit at or beyond the level.

use rust_decimal::Decimal;

use super::{Input, Scored, Scorer};
use crate::domain::exact::Q;
use crate::domain::rules::Direction;
use crate::words::Lang;

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

impl How {
    pub fn describe(&self, v: &str, dir: Direction, lang: Lang) -> String {
        let l = super::num(&self.level.into(), 2, lang);
        let sign = dir.at_or_beyond_sign();
        let not_sign = match dir {
            Direction::HigherIsBetter => "<",
            Direction::LowerIsBetter => ">",
        };
        match (self.met, lang) {
            (true, Lang::Sv) => format!("{v} {sign} {l}: uppnått"),
            (true, Lang::En) => format!("{v} {sign} {l}: met"),
            (false, Lang::Sv) => format!("{v} {not_sign} {l}: ej uppnått"),
            (false, Lang::En) => format!("{v} {not_sign} {l}: not met"),
        }
    }
}
