//! The logistic exchange function (CMS's SNF value-based purchasing, 42 CFR 413.338): a
//! withhold whose payback follows an S-shaped curve of the provider's score instead of a
//! straight line. `withhold_percent` of every provider's ordinary compensation is withheld;
//! `payback_percent` of all that is withheld is paid back in proportion to withheld × f, where
//! f = 1 / (1 + e^(−steepness · (100 · score − midpoint))) with the score in percent (CMS:
//! midpoint 50, steepness 0.1, 2 % withheld, 60 % paid back), f rounded once to `decimals`.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::withhold::{check_withhold, withhold_fields, withhold_own};
use super::{Arg, Base, Field, Msg, Payout, Pays, Starting, Value};
use crate::domain::decide::solve::{RateKind, SolveError};
use crate::domain::decimal::serde_decimal;
use crate::domain::engine::share::pay_back;
use crate::domain::exact::Q;
use crate::domain::explanation::{PayoutStatus, ProviderBasis, ProviderResult, Warning};
use crate::domain::plan::SchemePlan;
use crate::domain::results::Provider;
use crate::domain::rules::Scheme;
use crate::domain::validation::{Checks, Field as At, ProblemMsg};
use dashu_int::{IBig, UBig};

/// The most decimals f may be given with.
pub const MAX_DECIMALS: u32 = 12;
/// The steepest curve allowed (per score percentage point).
pub const MAX_STEEPNESS: Decimal = Decimal::TEN;

/// `WithholdLogistic(withhold_percent: 2, payback_percent: 60, midpoint: 50,
/// steepness: 0.1, decimals: 6)`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WithholdLogistic {
    #[serde(with = "serde_decimal")]
    pub withhold_percent: Decimal,
    #[serde(with = "serde_decimal")]
    pub payback_percent: Decimal,
    /// The score in percent (0–100) at which f = 1/2.
    #[serde(with = "serde_decimal")]
    pub midpoint: Decimal,
    /// How steep the curve is, per percentage point of score (above 0, at most 10).
    #[serde(with = "serde_decimal")]
    pub steepness: Decimal,
    /// The decimals f is rounded to (half away from zero), 0–12.
    pub decimals: u32,
}

impl Starting for WithholdLogistic {
    type Plan = WithholdLogistic;
    fn starting() -> Self {
        WithholdLogistic {
            withhold_percent: Decimal::from(2),
            payback_percent: Decimal::from(60),
            midpoint: Decimal::from(50),
            steepness: Decimal::new(1, 1),
            decimals: 6,
        }
    }
}

impl Base for WithholdLogistic {
    fn label(&self) -> &'static str {
        "logistic-withhold"
    }

    fn check(&self, scheme: &Scheme, c: &mut Checks<'_>) {
        check_withhold(self.withhold_percent, self.payback_percent, scheme, c);
        let bad = |id| ProblemMsg::Module(Msg::new(id, vec![]));
        if self.midpoint < Decimal::ZERO || self.midpoint > Decimal::ONE_HUNDRED {
            c.error(At::Payout, bad("problem-logistic-midpoint"));
        }
        if self.steepness <= Decimal::ZERO || self.steepness > MAX_STEEPNESS {
            c.error(At::Payout, bad("problem-logistic-steepness"));
        }
        if self.decimals > MAX_DECIMALS {
            c.error(At::Payout, bad("problem-logistic-decimals"));
        }
    }

    fn compile(&self) -> Option<Payout> {
        Some(Payout::WithholdLogistic(self.clone()))
    }

    fn fields(&mut self) -> Vec<Field<'_>> {
        let mut fields = withhold_fields(&mut self.withhold_percent, &mut self.payback_percent);
        fields.extend([
            Field {
                label: Msg::new("logistic-midpoint", vec![]),
                hover: None,
                key: "midpoint",
                change: None,
                value: Value::Percent(&mut self.midpoint),
            },
            Field {
                label: Msg::new("logistic-steepness", vec![]),
                hover: None,
                key: "steepness",
                change: None,
                value: Value::Percent(&mut self.steepness),
            },
            Field {
                label: Msg::new("logistic-decimals", vec![]),
                hover: None,
                key: "decimals",
                change: None,
                value: Value::Count(&mut self.decimals),
            },
        ]);
        fields
    }

    fn prose(&self) -> Msg {
        Msg::new(
            "prose-payout-withhold-logistic",
            vec![
                ("withhold_percent", Arg::Trimmed(self.withhold_percent)),
                ("payback_percent", Arg::Trimmed(self.payback_percent)),
                ("midpoint", Arg::Trimmed(self.midpoint)),
                ("steepness", Arg::Trimmed(self.steepness)),
                ("decimals", Arg::Num(Decimal::from(self.decimals))),
            ],
        )
    }

    fn short(&self) -> Msg {
        Msg::new(
            "withhold-logistic-short",
            vec![
                ("withhold_percent", Arg::Num(self.withhold_percent)),
                ("payback_percent", Arg::Num(self.payback_percent)),
                ("midpoint", Arg::Num(self.midpoint)),
                ("steepness", Arg::Num(self.steepness)),
            ],
        )
    }

    fn rate(&mut self) -> &mut Decimal {
        &mut self.withhold_percent
    }

    fn solve_rate(&self) -> Result<(RateKind, Decimal), SolveError> {
        Err(SolveError::Withhold)
    }

    fn fixed_total(&self) -> Option<Decimal> {
        None
    }
}

impl Pays for WithholdLogistic {
    fn own(&self, r: &mut ProviderResult, p: &Provider, _: Option<Decimal>) {
        withhold_own(self.withhold_percent, self.payback_percent, r, p);
        if let ProviderBasis::Withhold { factor, .. } = &mut r.basis {
            *factor = Some(self.f(&r.score));
        }
    }

    fn needs_compensation(&self, _: &PayoutStatus) -> bool {
        true
    }

    fn share(&self, scheme: &SchemePlan, out: &mut [ProviderResult], warnings: &mut Vec<Warning>) {
        pay_back(
            scheme,
            self.payback_percent,
            |score| Q::from(self.f(score)),
            out,
            warnings,
        );
    }

    fn withholds(&self) -> bool {
        true
    }

    fn describe(&self) -> Msg {
        Msg::new(
            "scheme-basis-withhold-logistic",
            vec![
                ("withhold_percent", Arg::Num(self.withhold_percent)),
                ("payback_percent", Arg::Num(self.payback_percent)),
                ("midpoint", Arg::Num(self.midpoint)),
                ("steepness", Arg::Num(self.steepness)),
            ],
        )
    }
}

impl WithholdLogistic {
    /// f(score) for a score 0–1, correctly rounded to `decimals` (half away from zero).
    pub fn f(&self, score: &Q) -> Decimal {
        let z = &Q::from(self.steepness) * &(&(score * &Q::integer(100)) - &Q::from(self.midpoint));
        logistic(&z, self.decimals)
    }
}

/// 1 / (1 + e^(−z)) rounded once to `dp` decimals, half away from zero. e^(−|z|) is enclosed
/// in an interval of exact rationals (an alternating Taylor series, whose error is below its
/// next term, after halving |z| to at most 1/2, then squared back with outward rounding to
/// 10^−p); p grows until both ends of f's interval round alike. f is irrational for z ≠ 0
/// (Lindemann), so that ends; at z = 0 the interval is exactly 1/2.
pub fn logistic(z: &Q, dp: u32) -> Decimal {
    let u = if z.is_negative() { -z } else { z.clone() };
    let mut p = dp as usize + 12;
    for _ in 0..64 {
        let (lo, hi) = exp_neg(&u, p);
        let one = Q::ONE;
        // f rises with e^(−|z|) when z < 0 (f = x/(1+x)) and falls when z ≥ 0 (f = 1/(1+x)).
        let (flo, fhi) = if z.is_negative() {
            (
                lo.checked_div(&(&one + &lo)).unwrap_or(Q::ZERO),
                hi.checked_div(&(&one + &hi)).unwrap_or(Q::ZERO),
            )
        } else {
            (
                one.checked_div(&(&one + &hi)).unwrap_or(Q::ZERO),
                one.checked_div(&(&one + &lo)).unwrap_or(Q::ZERO),
            )
        };
        let (a, b) = (flo.round_dp(dp), fhi.round_dp(dp));
        if a == b {
            return a;
        }
        p += 20;
    }
    // Not reached for a representable z (see above); the lower end keeps it deterministic.
    exp_neg(&u, p).0.round_dp(dp)
}

/// An interval [lo, hi] holding e^(−u) for u ≥ 0, ends multiples of 10^−p.
fn exp_neg(u: &Q, p: usize) -> (Q, Q) {
    let half = Q::ratio(1, 2);
    let mut v = u.clone();
    let mut k = 0u32;
    while v > half {
        v = &v * &half;
        k += 1;
    }
    // Σ (−v)^n / n! until a term is below 10^−(p+2); the remainder is below that term.
    let tiny = Q::from_big_parts(IBig::ONE, UBig::from(10u8).pow(p + 2));
    let mut sum = Q::ONE;
    let mut term = Q::ONE;
    let mut n: i128 = 0;
    loop {
        n += 1;
        term = &(&term * &v) * &Q::ratio(-1, n);
        let size = if term.is_negative() {
            -&term
        } else {
            term.clone()
        };
        if size < tiny {
            let (lo, hi) = (&sum - &size, &sum + &size);
            let (mut lo, mut hi) = (outward(&lo, p, false), outward(&hi, p, true));
            for _ in 0..k {
                lo = outward(&(&lo * &lo), p, false);
                hi = outward(&(&hi * &hi), p, true);
            }
            return (lo, hi);
        }
        sum = &sum + &term;
    }
}

/// `q` (≥ 0) rounded down (or up) to a multiple of 10^−p.
fn outward(q: &Q, p: usize, up: bool) -> Q {
    let scale = UBig::from(10u8).pow(p);
    let (n, d) = q.big_parts();
    let n = n.max(IBig::ZERO) * IBig::from(scale.clone());
    let d = IBig::from(d);
    let mut whole = &n / &d;
    if up && &whole * &d != n {
        whole += IBig::ONE;
    }
    Q::from_big_parts(whole, scale)
}

/// How a provider's amount was computed, for its explanation: the curve's value f at its
/// score, and its weight (withheld × f) of the total as a share of the payback.
pub(crate) fn account(gross: Decimal, payback: Decimal, f: Decimal, weight: &Q, total: &Q) -> Msg {
    let mut args = vec![("f", Arg::Num(f))];
    args.extend(super::withhold::share_of_payback(
        gross, payback, weight, total,
    ));
    Msg::new("payout-basis-withhold-logistic", args)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn logistic_is_correctly_rounded() {
        // 1/(1+e^-1) = 0.7310585786300049…, 1/(1+e^2) = 0.1192029220221175…
        assert_eq!(logistic(&Q::ONE, 6), d("0.731059"));
        assert_eq!(logistic(&Q::ONE, 12), d("0.731058578630"));
        assert_eq!(logistic(&Q::integer(-2), 10), d("0.1192029220"));
        assert_eq!(logistic(&Q::ZERO, 0), d("1"));
        assert_eq!(logistic(&Q::ZERO, 3), d("0.500"));
        // 1/(1+e^-5) = 0.9933071490757153…, e^-50 is far below 10^-12.
        assert_eq!(logistic(&Q::integer(5), 4), d("0.9933"));
        assert_eq!(logistic(&Q::integer(-50), 12), d("0.000000000000"));
        assert_eq!(logistic(&Q::integer(1000), 12), d("1.000000000000"));
    }
}
