//! Survey uncertainty: the Wilson 95 % interval of a share, compared exactly.
//!
//! For a share p̂ of n respondents the Wilson score interval (z = 1,96) is the set of shares x
//! with n(p̂ − x)² ≤ z²·x(1 − x). Its ends are irrational in general, so they are never
//! computed to decide anything: whether an end is above, at or below a level T is read from
//! the sign of the quadratic f(T) = n(p̂ − T)² − z²·T(1 − T), which is negative strictly
//! inside the interval, zero at its ends and positive outside (worked example F). Every
//! comparison is exact ([`Q`]).
//!
//! Where a number is needed — the interval shown in the explanation, or the end a linear,
//! relative or achievement scoring scores — it is found to a stated number of decimals with a
//! floating-point first guess that the exact comparison then confirms or moves (hand-written:
//! a bisection alone would cost ~40 exact comparisons per result).
//!
//! ```
//! use kvalitetspeng::domain::{exact::Q, survey::Survey};
//! use rust_decimal::Decimal;
//! // 90 % of 20 respondents: 95 % KI 69,90–97,21 %.
//! let s = Survey::new(Q::from(90u32), 20).unwrap();
//! assert_eq!(s.interval_percent(2), (Decimal::new(6990, 2), Decimal::new(9721, 2)));
//! // The lower bound is below 80 %, the upper bound above: the interval straddles 80 %.
//! assert!(s.straddles(&Q::from(80u32)));
//! ```

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::exact::Q;

/// z² for a 95 % interval: 1,96² = 3,8416 = 2401/625, exact.
fn z_squared() -> Q {
    Q::ratio(2401, 625)
}

/// A share with its number of respondents.
#[derive(Debug, Clone, PartialEq)]
pub struct Survey {
    /// The share as a fraction 0–1.
    share: Q,
    n: u32,
}

/// Which end of the interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Lower,
    Upper,
}

impl Survey {
    /// A result in percent (0–100) of `n` respondents; `None` without respondents or outside
    /// 0–100 %.
    pub fn new(percent: Q, n: u32) -> Option<Survey> {
        let share = &percent * &Q::ratio(1, 100);
        (n > 0 && !share.is_negative() && share <= Q::ONE).then_some(Survey { share, n })
    }

    pub fn respondents(&self) -> u32 {
        self.n
    }

    /// f(t) = n(p̂ − t)² − z²·t(1 − t) for a fraction t.
    fn f(&self, t: &Q) -> Q {
        let d = &self.share - t;
        let one_minus = &Q::ONE - t;
        &(&(&d * &d) * &Q::from(self.n)) - &(&z_squared() * &(t * &one_minus))
    }

    /// The lower end L compared with the fraction `t`, exactly. L ≤ p̂ ≤ U, and L = p̂ only
    /// when p̂ = 0.
    fn cmp_lower_fraction(share: &Q, n: u32, t: &Q) -> Ordering {
        let s = Survey {
            share: share.clone(),
            n,
        };
        let f = s.f(t);
        if t < share && f.is_positive() {
            Ordering::Greater
        } else if f.is_zero() && (t < share || (t == share && share.is_zero())) {
            Ordering::Equal
        } else {
            Ordering::Less
        }
    }

    /// The end `end` of the interval compared with the level `t` given in percent.
    pub fn cmp_end(&self, end: End, t_percent: &Q) -> Ordering {
        let t = t_percent * &Q::ratio(1, 100);
        match end {
            End::Lower => Self::cmp_lower_fraction(&self.share, self.n, &t),
            // U(p̂) = 1 − L(1 − p̂): U vs t is the reverse of L(1 − p̂) vs 1 − t.
            End::Upper => {
                Self::cmp_lower_fraction(&(&Q::ONE - &self.share), self.n, &(&Q::ONE - &t))
                    .reverse()
            }
        }
    }

    /// Whether the level (in percent) lies strictly inside the interval: L < t < U.
    pub fn straddles(&self, t_percent: &Q) -> bool {
        self.f(&(t_percent * &Q::ratio(1, 100))).is_negative()
    }

    /// The end as a floating-point guess, in percent.
    fn guess(&self, end: End) -> f64 {
        let p = self.share.to_f64();
        let n = f64::from(self.n);
        let z2 = 3.8416_f64;
        let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
        let half = (z2.sqrt() * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt()) / (1.0 + z2 / n);
        100.0
            * match end {
                End::Lower => centre - half,
                End::Upper => centre + half,
            }
    }

    /// The end rounded down to `dp` decimals of a percent, exactly: the largest c on the grid
    /// with c ≤ the end.
    pub fn floor_percent(&self, end: End, dp: u32) -> Decimal {
        let step = Decimal::new(1, dp);
        let below = |c: Decimal| self.cmp_end(end, &Q::from(c)) == Ordering::Less;
        let mut c = Decimal::from_f64_retain(self.guess(end))
            .unwrap_or_default()
            .trunc_with_scale(dp)
            .clamp(Decimal::ZERO, Decimal::ONE_HUNDRED);
        // The guess is within a few grid steps; should it not be (it never was), an exact
        // bisection over 0–100 % finds the step instead, so this never runs long.
        for _ in 0..16 {
            if c > Decimal::ZERO && below(c) {
                c -= step;
            } else if c < Decimal::ONE_HUNDRED && !below(c + step) {
                c += step;
            } else {
                return c;
            }
        }
        self.floor_by_bisection(end, dp)
    }

    /// [`Self::floor_percent`] by exact bisection alone: the largest grid point with the end at
    /// or above it (0 always is one); ~40 comparisons at 10 decimals.
    fn floor_by_bisection(&self, end: End, dp: u32) -> Decimal {
        let below = |c: Decimal| self.cmp_end(end, &Q::from(c)) == Ordering::Less;
        let (mut lo, mut hi) = (0i128, 100 * 10i128.pow(dp));
        while lo < hi {
            let mid = lo + (hi - lo + 1) / 2;
            if below(Decimal::from_i128_with_scale(mid, dp)) {
                hi = mid - 1;
            } else {
                lo = mid;
            }
        }
        Decimal::from_i128_with_scale(lo, dp)
    }

    /// The end rounded up to `dp` decimals: the smallest c on the grid with c ≥ the end.
    pub fn ceil_percent(&self, end: End, dp: u32) -> Decimal {
        let f = self.floor_percent(end, dp);
        if self.cmp_end(end, &Q::from(f)) == Ordering::Equal {
            f
        } else {
            f + Decimal::new(1, dp)
        }
    }

    /// The end rounded to `dp` decimals, half away from zero (for display).
    pub fn round_percent(&self, end: End, dp: u32) -> Decimal {
        let f = self.floor_percent(end, dp);
        let half = Q::from(f + Decimal::new(5, dp + 1));
        if self.cmp_end(end, &half) == Ordering::Less {
            f
        } else {
            f + Decimal::new(1, dp)
        }
    }

    /// The interval in percent, each end rounded to `dp` decimals (for display).
    pub fn interval_percent(&self, dp: u32) -> (Decimal, Decimal) {
        (
            self.round_percent(End::Lower, dp),
            self.round_percent(End::Upper, dp),
        )
    }
}

/// The decimals of a percent to which an interval end is found when a linear, relative or
/// achievement scoring scores it (threshold and steps compare exactly).
pub const SCORED_END_DECIMALS: u32 = 10;

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn s(p: Decimal, n: u32) -> Survey {
        Survey::new(Q::from(p), n).unwrap()
    }

    #[test]
    fn worked_example_f() {
        let eighty = Q::from(80u32);
        for (p, n, lo, hi, lower_clears, upper_clears) in [
            (dec("90"), 20, dec("69.90"), dec("97.21"), false, true),
            (dec("90"), 200, dec("85.06"), dec("93.43"), true, true),
            (dec("78"), 50, dec("64.76"), dec("87.25"), false, true),
            (dec("74"), 200, dec("67.51"), dec("79.59"), false, false),
        ] {
            let v = s(p, n);
            assert_eq!(v.interval_percent(2), (lo, hi), "{p} {n}");
            assert_eq!(
                v.cmp_end(End::Lower, &eighty) != Ordering::Less,
                lower_clears
            );
            assert_eq!(
                v.cmp_end(End::Upper, &eighty) != Ordering::Less,
                upper_clears
            );
        }
    }

    #[test]
    fn the_interval_holds_the_estimate_and_its_ends_are_exact() {
        for n in [1u32, 2, 3, 7, 20, 199, 5000] {
            for k in 0..=20u32 {
                let p = Decimal::from(k * 5);
                let v = s(p, n);
                let q = Q::from(p);
                assert_ne!(v.cmp_end(End::Lower, &q), Ordering::Greater);
                assert_ne!(v.cmp_end(End::Upper, &q), Ordering::Less);
                // The floor and ceiling bracket the end.
                for end in [End::Lower, End::Upper] {
                    let f = v.floor_percent(end, 6);
                    let c = v.ceil_percent(end, 6);
                    assert_ne!(v.cmp_end(end, &Q::from(f)), Ordering::Less);
                    assert_ne!(v.cmp_end(end, &Q::from(c)), Ordering::Greater);
                    assert!(c - f <= dec("0.000001"));
                }
            }
        }
        // The ends at the extremes: p̂ = 0 has L = 0, p̂ = 1 has U = 1.
        assert_eq!(
            s(dec("0"), 10).cmp_end(End::Lower, &Q::ZERO),
            Ordering::Equal
        );
        assert_eq!(
            s(dec("100"), 10).cmp_end(End::Upper, &Q::from(100u32)),
            Ordering::Equal
        );
        assert_eq!(
            s(dec("100"), 10).cmp_end(End::Lower, &Q::from(100u32)),
            Ordering::Less
        );
    }

    #[test]
    fn the_guess_and_bisection_agree() {
        for n in [1u32, 5, 20, 200, 100_000, u32::MAX] {
            for k in 0..=40u32 {
                let v = s(Decimal::new(i64::from(k) * 25, 1), n);
                for end in [End::Lower, End::Upper] {
                    for dp in [2, 6, 10] {
                        assert_eq!(
                            v.floor_percent(end, dp),
                            v.floor_by_bisection(end, dp),
                            "{k} {n} {end:?} {dp}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn an_end_exactly_at_the_level_is_equal() {
        // p̂ = 1/2 of n = 4: the lower end solves 4(1/2 − x)² = z²x(1 − x); rather than solve,
        // pick a level that is an end: for p̂ = 0 the upper end is z²/(n + z²).
        let n = 9604u32; // z²/(n + z²) = 3,8416 / 9607,8416
        let v = s(dec("0"), n);
        let u = &z_squared()
            .checked_div(&(&Q::from(n) + &z_squared()))
            .unwrap()
            * &Q::from(100u32);
        assert_eq!(v.cmp_end(End::Upper, &u), Ordering::Equal);
        assert!(!v.straddles(&u));
    }
}
