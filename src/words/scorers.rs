//! How each scoring mode reached its credit, in words (the scorers' part of the explanation).

use super::Lang;
use crate::domain::exact::Q;
use crate::domain::rules::Direction;
use crate::domain::scorers::{self, achievement, linear, relative, steps, threshold};

impl scorers::How {
    /// The level reached in words. `v` is the result as displayed, `credit` the credit.
    pub fn describe(&self, v: &str, credit: &Q, dir: Direction, lang: Lang) -> String {
        match self {
            scorers::How::Threshold(h) => h.describe(v, dir, lang),
            scorers::How::Steps(h) => h.describe(v, dir, lang),
            scorers::How::Linear(h) => h.describe(v, credit, dir, lang),
            scorers::How::Relative(h) => h.describe(v, credit, dir, lang),
            scorers::How::AchievementOrImprovement(h) => h.describe(lang),
        }
    }
}

/// A number for the explanation: rounded to at most `dp` decimals, trailing zeros dropped.
pub(crate) fn num(q: &Q, dp: u32, lang: Lang) -> String {
    crate::words::number::format_number_lang(q.round_dp(dp).normalize(), None, lang)
}

/// A credit as a percentage with one decimal.
pub(crate) fn pct(credit: &Q, lang: Lang) -> String {
    format!(
        "{} %",
        crate::words::number::format_number_lang(
            (credit * &Q::from(100u32)).round_dp(1),
            Some(1),
            lang
        )
    )
}

impl threshold::How {
    pub fn describe(&self, v: &str, dir: Direction, lang: Lang) -> String {
        let l = num(&self.level.into(), 2, lang);
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

impl steps::How {
    pub fn describe(&self, v: &str, dir: Direction, lang: Lang) -> String {
        let n = |d: &rust_decimal::Decimal| num(&(*d).into(), 2, lang);
        let sign = dir.at_or_beyond_sign();
        let mut s = match (&self.reached, lang) {
            (Some(r), Lang::Sv) => format!(
                "{v} {sign} {}: steget ger {} %",
                n(&r.level),
                n(&r.credit_percent)
            ),
            (Some(r), Lang::En) => format!(
                "{v} {sign} {}: the step gives {} %",
                n(&r.level),
                n(&r.credit_percent)
            ),
            (None, Lang::Sv) => format!("{v}: inget steg nått"),
            (None, Lang::En) => format!("{v}: no step reached"),
        };
        if let Some(nx) = &self.next {
            s.push_str(&match lang {
                Lang::Sv => format!(
                    " (nästa steg {} ger {} %)",
                    n(&nx.level),
                    n(&nx.credit_percent)
                ),
                Lang::En => format!(
                    " (next step {} gives {} %)",
                    n(&nx.level),
                    n(&nx.credit_percent)
                ),
            });
        }
        s
    }
}

impl linear::How {
    pub fn describe(&self, v: &str, credit: &Q, dir: Direction, lang: Lang) -> String {
        describe_between(
            v,
            &self.zero_at.into(),
            &self.full_at.into(),
            credit,
            dir,
            lang,
        )
    }
}

impl relative::How {
    pub fn describe(&self, v: &str, credit: &Q, dir: Direction, lang: Lang) -> String {
        let mut s = describe_between(v, &self.zero_at, &self.full_at, credit, dir, lang);
        let peers = self.peers;
        s.push_str(&match lang {
            Lang::Sv => format!("; nivåerna från {peers} jämförbara utförare"),
            Lang::En => format!("; levels from {peers} peer providers"),
        });
        s
    }
}

impl achievement::How {
    pub fn describe(&self, lang: Lang) -> String {
        let n = |q: &Q| num(q, 2, lang);
        let a = crate::words::number::format_number_lang(
            self.achievement_points.round_dp(2),
            Some(2),
            lang,
        );
        let pts = |q: &Q| crate::words::number::format_number_lang(q.round_dp(2), Some(2), lang);
        match (&self.improvement_points, &self.baseline, lang) {
            (Some(i), Some(b), Lang::Sv) => format!(
                "nivåpoäng {a} av 10, förbättringspoäng {} av 9 (från {}); den högsta räknas",
                pts(i),
                n(b)
            ),
            (Some(i), Some(b), Lang::En) => format!(
                "achievement {a} of 10, improvement {} of 9 (from {}); the higher counts",
                pts(i),
                n(b)
            ),
            (_, Some(b), Lang::Sv) => format!(
                "nivåpoäng {a} av 10; basvärdet {} når redan riktmärket",
                n(b)
            ),
            (_, Some(b), Lang::En) => format!(
                "achievement {a} of 10; the baseline {} already meets the benchmark",
                n(b)
            ),
            (_, None, Lang::Sv) => format!("nivåpoäng {a} av 10; inget basvärde för förbättring"),
            (_, None, Lang::En) => format!("achievement {a} of 10; no baseline for improvement"),
        }
    }
}

/// Wording shared with the relative scoring: where `v` lies between the two levels.
pub(crate) fn describe_between(
    v: &str,
    zero_at: &Q,
    full_at: &Q,
    credit: &Q,
    dir: Direction,
    lang: Lang,
) -> String {
    let n = |q: &Q| num(q, 2, lang);
    let sign = dir.at_or_beyond_sign();
    if *credit == Q::ONE {
        match lang {
            Lang::Sv => format!("{v} {sign} {}: full poäng", n(full_at)),
            Lang::En => format!("{v} {sign} {}: full credit", n(full_at)),
        }
    } else if credit.is_zero() {
        match lang {
            Lang::Sv => format!(
                "{v} når inte {}: ingen poäng (full vid {})",
                n(zero_at),
                n(full_at)
            ),
            Lang::En => format!(
                "{v} does not pass {}: no credit (full at {})",
                n(zero_at),
                n(full_at)
            ),
        }
    } else {
        match lang {
            Lang::Sv => format!(
                "{v} mellan {} (0 %) och {} (100 %): {}",
                n(zero_at),
                n(full_at),
                pct(credit, lang)
            ),
            Lang::En => format!(
                "{v} between {} (0 %) and {} (100 %): {}",
                n(zero_at),
                n(full_at),
                pct(credit, lang)
            ),
        }
    }
}
