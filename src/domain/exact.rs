//! Exact rational numbers for the calculation: every credit, weight, score, share and amount is a
//! [`Q`] until the one rounding to öre.
//!
//! A `Q` is a reduced fraction. Small fractions (numerator and denominator within ±(2¹²⁷ − 1))
//! are kept as two `i128`s with checked arithmetic; any result that would overflow is computed
//! again with `dashu`'s big rationals, so no operation can overflow or lose precision.
//! The choice and its measurements are in `docs/performance.md`: most values stay on the `i128`
//! path; the rest (e.g. a score summing credits whose respondent-weighted means have unrelated
//! denominators) need big rationals, where dashu's reduction (Lehmer GCD) measured 8× faster
//! than num-rational's.
//!
//! ```
//! use kvalitetspeng::domain::exact::Q;
//! use rust_decimal::Decimal;
//! let third = Q::ratio(1, 3);
//! let rate: Decimal = "3.000015".parse().unwrap();
//! let amount = &(&third * &Q::from(rate)) * &Q::from(1000);
//! assert_eq!(amount, Q::ratio(1_000_005, 1000));
//! assert_eq!(amount.round_ore().to_string(), "1000.01"); // half away from zero, exactly
//! ```

use std::cmp::Ordering;
use std::fmt;

use dashu_int::ops::UnsignedAbs;
use dashu_int::{IBig, UBig};
use dashu_ratio::RBig;
use rust_decimal::Decimal;

type BigRational = RBig;

/// An exact rational number.
#[derive(Clone)]
pub struct Q(Repr);

#[derive(Clone)]
enum Repr {
    /// Reduced, denominator > 0, neither part `i128::MIN`.
    Small(i128, i128),
    /// Reduced; only when the value does not fit `Small`.
    Big(Box<BigRational>),
}

fn gcd_u(a: u128, b: u128) -> u128 {
    if a == 1 || b == 1 {
        return 1;
    }
    // Most values fit 64 bits, where the binary GCD is several times faster; where only one
    // does (a sum's denominator grown past 64 bits and a term's), one remainder brings the
    // other below it: gcd(a, b) = gcd(b, a mod b). (The binary GCD of the two took about a
    // hundred steps for a 100-bit denominator: a third of a provider's score sum.)
    match (u64::try_from(a), u64::try_from(b)) {
        (Ok(x), Ok(y)) => u128::from(gcd_u64(x, y)),
        (Ok(x), Err(_)) if x != 0 => u128::from(gcd_u64(x, (b % u128::from(x)) as u64)),
        (Err(_), Ok(y)) if y != 0 => u128::from(gcd_u64((a % u128::from(y)) as u64, y)),
        _ => gcd_u128(a, b),
    }
}

fn gcd_u64(mut a: u64, mut b: u64) -> u64 {
    if a == 0 {
        return b;
    }
    if b == 0 {
        return a;
    }
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        b -= a;
        if b == 0 {
            return a << shift;
        }
    }
}

fn gcd_u128(mut a: u128, mut b: u128) -> u128 {
    // Binary GCD on unsigned magnitudes (safe for every i128, including MIN).
    if a == 0 {
        return b;
    }
    if b == 0 {
        return a;
    }
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        b -= a;
        if b == 0 {
            return a << shift;
        }
    }
}

/// `a / b` for `b` > 0, in 64 bits where both fit (most do): an `i128` division is a library
/// call, 4 % of a national calculation.
#[inline]
fn div(a: i128, b: i128) -> i128 {
    match (i64::try_from(a), i64::try_from(b)) {
        (Ok(x), Ok(y)) if y > 0 => i128::from(x / y),
        _ => a / b,
    }
}

/// `a × b`, `None` on overflow; without the overflow checks of a 128-bit product where both
/// fit 64 bits (most do: their product then fits 127), which were 8 % of a national
/// calculation.
#[inline]
fn mul(a: i128, b: i128) -> Option<i128> {
    match (i64::try_from(a), i64::try_from(b)) {
        (Ok(x), Ok(y)) => Some(i128::from(x) * i128::from(y)),
        _ => a.checked_mul(b),
    }
}

/// A reduced small fraction, or `None` if it does not fit (or `d` is 0).
fn small(n: i128, d: i128) -> Option<Q> {
    if d == 0 || n == i128::MIN || d == i128::MIN {
        return None;
    }
    if d == 1 {
        return Some(Q(Repr::Small(n, 1)));
    }
    let g = gcd_u(n.unsigned_abs(), d.unsigned_abs()) as i128; // ≤ |d| < 2¹²⁷
    let (mut n, mut d) = if g == 1 {
        (n, d)
    } else {
        (div(n, g), div(d, g))
    };
    if d < 0 {
        n = -n;
        d = -d;
    }
    Some(Q(Repr::Small(n, d)))
}

/// `a / d × 10^e` rounded half away from zero, by long division in `u128` (no allocation);
/// `None` where a step would overflow (the caller then divides big integers).
fn round_small(a: u128, d: u128, e: u32) -> Option<u128> {
    if let Some(x) = 10u128.checked_pow(e).and_then(|p| a.checked_mul(p)) {
        let (q, r) = (x / d, x % d);
        return Some(if r >= d - r { q + 1 } else { q });
    }
    // One decimal at a time: the remainder is below `d`, so ten times it fits while `d` is
    // below 2¹²⁴.
    let (mut q, mut r) = (a / d, a % d);
    for _ in 0..e {
        let t = r.checked_mul(10)?;
        q = q.checked_mul(10)?.checked_add(t / d)?;
        r = t % d;
    }
    Some(if r >= d - r { q.checked_add(1)? } else { q })
}

fn from_big(r: BigRational) -> Q {
    if let (Ok(n), Ok(d)) = (
        i128::try_from(r.numerator()),
        i128::try_from(r.denominator()),
    ) && n != i128::MIN
        && d != i128::MIN
    {
        return Q(Repr::Small(n, d));
    }
    Q(Repr::Big(Box::new(r)))
}

impl Q {
    pub const ZERO: Q = Q(Repr::Small(0, 1));
    pub const ONE: Q = Q(Repr::Small(1, 1));

    /// `n / d`. Panics if `d` is zero (a programming error: callers check first).
    pub fn ratio(n: i128, d: i128) -> Q {
        assert!(d != 0, "Q::ratio with a zero denominator");
        small(n, d)
            .unwrap_or_else(|| from_big(RBig::from_parts_signed(IBig::from(n), IBig::from(d))))
    }

    pub fn integer(n: i128) -> Q {
        Q::ratio(n, 1)
    }

    fn big(&self) -> BigRational {
        match &self.0 {
            Repr::Small(n, d) => RBig::from_parts(IBig::from(*n), UBig::from(*d as u128)),
            Repr::Big(b) => (**b).clone(),
        }
    }

    pub fn is_zero(&self) -> bool {
        match &self.0 {
            Repr::Small(n, _) => *n == 0,
            Repr::Big(b) => b.numerator() == &IBig::ZERO,
        }
    }

    pub fn is_negative(&self) -> bool {
        match &self.0 {
            Repr::Small(n, _) => *n < 0,
            Repr::Big(b) => b.numerator() < &IBig::ZERO,
        }
    }

    pub fn is_positive(&self) -> bool {
        !self.is_zero() && !self.is_negative()
    }

    /// The numerator and denominator as decimal strings (for exact display).
    pub fn parts(&self) -> (String, String) {
        match &self.0 {
            Repr::Small(n, d) => (n.to_string(), d.to_string()),
            Repr::Big(b) => (b.numerator().to_string(), b.denominator().to_string()),
        }
    }

    /// `n / d` from big integers (reduced once); `d` must not be zero.
    pub fn from_big_parts(n: IBig, d: UBig) -> Q {
        from_big(RBig::from_parts(n, d))
    }

    /// The reduced numerator and (positive) denominator as big integers.
    pub fn big_parts(&self) -> (IBig, UBig) {
        match &self.0 {
            Repr::Small(n, d) => (IBig::from(*n), UBig::from(*d as u128)),
            Repr::Big(b) => (b.numerator().clone(), b.denominator().clone()),
        }
    }

    /// True if the value is an integer.
    pub fn is_integer(&self) -> bool {
        match &self.0 {
            Repr::Small(_, d) => *d == 1,
            Repr::Big(b) => b.denominator() == &UBig::ONE,
        }
    }

    /// `self / other`, or `None` when `other` is zero.
    pub fn checked_div(&self, other: &Q) -> Option<Q> {
        if other.is_zero() {
            return None;
        }
        if let (Repr::Small(a, b), Repr::Small(c, d)) = (&self.0, &other.0) {
            // (a/b)/(c/d) = (a·d)/(b·c), with cross-cancellation first.
            let g1 = gcd_u(a.unsigned_abs(), c.unsigned_abs()).max(1) as i128;
            let g2 = gcd_u(b.unsigned_abs(), d.unsigned_abs()).max(1) as i128;
            if let (Some(n), Some(m)) =
                (mul(div(*a, g1), div(*d, g2)), mul(div(*b, g2), div(*c, g1)))
                && let Some(q) = small(n, m)
            {
                return Some(q);
            }
        }
        Some(from_big(self.big() / other.big()))
    }

    /// The largest integer not above the value.
    pub fn floor(&self) -> Q {
        match &self.0 {
            Repr::Small(n, d) => Q(Repr::Small(n.div_euclid(*d), 1)),
            Repr::Big(b) => from_big(RBig::from(b.floor())),
        }
    }

    pub fn min_of(self, other: Q) -> Q {
        if other < self { other } else { self }
    }

    pub fn max_of(self, other: Q) -> Q {
        if other > self { other } else { self }
    }

    /// Clamped to `0 ..= 1`.
    pub fn clamp01(self) -> Q {
        if self.is_negative() {
            Q::ZERO
        } else if self > Q::ONE {
            Q::ONE
        } else {
            self
        }
    }

    /// Rounded to `dp` decimals, half away from zero, as a `Decimal` (saturating at Decimal's
    /// range, which the import's value bounds keep the calculation far from).
    pub fn round_dp(&self, dp: u32) -> Decimal {
        self.round_scaled(0, dp)
    }

    /// The value × 10^`shift`, rounded to `dp` decimals, half away from zero, as a `Decimal`
    /// (saturating as [`Self::round_dp`]): `round_scaled(2, dp)` is the percentage.
    fn round_scaled(&self, shift: u32, dp: u32) -> Decimal {
        let dp = dp.min(28);
        let e = shift + dp;
        const MAX: u128 = 79_228_162_514_264_337_593_543_950_335; // Decimal's largest mantissa
        let signed = |q: u128, negative: bool| {
            let q = q as i128;
            Decimal::from_i128_with_scale(if negative { -q } else { q }, dp)
        };
        if let Repr::Small(n, d) = &self.0 {
            let (a, d) = (n.unsigned_abs(), d.unsigned_abs());
            if let Some(q) = round_small(a, d, e).filter(|&q| q <= MAX) {
                return signed(q, *n < 0);
            }
        }
        let big = self.big();
        let negative = self.is_negative();
        let n = big.numerator().unsigned_abs() * UBig::from(10u8).pow(e as usize);
        let d = big.denominator();
        let (q, r) = (&n / d, &n % d);
        let q = if r * UBig::from(2u8) >= *d {
            q + UBig::ONE
        } else {
            q
        };
        match u128::try_from(&q) {
            Ok(m) if m <= MAX => signed(m, negative),
            _ if negative => Decimal::MIN,
            _ => Decimal::MAX,
        }
    }

    /// Rounded down (towards −∞) to `dp` decimals.
    ///
    /// ```
    /// use kvalitetspeng::domain::exact::Q;
    /// assert_eq!(Q::ratio(2, 3).floor_dp(2).to_string(), "0.66");
    /// assert_eq!(Q::ratio(-2, 3).floor_dp(2).to_string(), "-0.67");
    /// ```
    pub fn floor_dp(&self, dp: u32) -> Decimal {
        let scale = Q::from(Decimal::from_i128_with_scale(10i128.pow(dp.min(18)), 0));
        let scaled = (self * &scale).floor();
        let d = scaled.round_dp(0);
        Decimal::from_i128_with_scale(d.mantissa(), dp.min(18))
    }

    /// Rounded up (towards +∞) to `dp` decimals.
    pub fn ceil_dp(&self, dp: u32) -> Decimal {
        -(-self).floor_dp(dp)
    }

    /// Rounded to öre (two decimals), half away from zero: the one rounding of the calculation.
    pub fn round_ore(&self) -> Decimal {
        self.round_dp(2)
    }

    /// The value × 100 (a fraction as a percentage), rounded to `dp` decimals for display.
    pub fn percent(&self, dp: u32) -> Decimal {
        self.round_scaled(2, dp)
    }

    /// The exact decimal expansion if it terminates within `max_dp` decimals.
    pub fn to_decimal_exact(&self, max_dp: u32) -> Option<Decimal> {
        // A reduced fraction terminates within `max_dp` decimals exactly when its denominator
        // is 2^a·5^b with a, b ≤ max_dp, that is when it divides 10^max_dp: most scores and
        // shares do not, and are told at once (rounding a share of a pot's hundreds of digits
        // and comparing was most of its explanation's time).
        match &self.0 {
            Repr::Small(_, d) => {
                let mut d = d.unsigned_abs();
                let twos = d.trailing_zeros();
                d >>= twos;
                let mut fives = 0;
                while d % 5 == 0 {
                    d /= 5;
                    fives += 1;
                }
                if d != 1 || twos.max(fives) > max_dp {
                    return None;
                }
            }
            Repr::Big(b) => {
                if UBig::from(10u8).pow(max_dp as usize) % b.denominator() != UBig::ZERO {
                    return None;
                }
            }
        }
        let d = self.round_dp(max_dp);
        (Q::from(d) == *self).then(|| d.normalize())
    }

    /// The value as an `f64` (charts only: never for money or comparisons).
    pub fn to_f64(&self) -> f64 {
        match &self.0 {
            Repr::Small(n, d) => *n as f64 / *d as f64,
            Repr::Big(b) => b.to_f64_fast(),
        }
    }
}

impl Default for Q {
    fn default() -> Self {
        Q::ZERO
    }
}

impl From<Decimal> for Q {
    fn from(d: Decimal) -> Q {
        let m = d.mantissa();
        let s = d.scale();
        // 10^28 fits in i128; the mantissa is below 2⁹⁶.
        Q::ratio(m, 10i128.pow(s))
    }
}

impl From<&Decimal> for Q {
    fn from(d: &Decimal) -> Q {
        Q::from(*d)
    }
}

impl From<i64> for Q {
    fn from(n: i64) -> Q {
        Q(Repr::Small(n.into(), 1))
    }
}

impl From<u32> for Q {
    fn from(n: u32) -> Q {
        Q(Repr::Small(n.into(), 1))
    }
}

impl From<u64> for Q {
    fn from(n: u64) -> Q {
        Q(Repr::Small(n.into(), 1))
    }
}

impl From<usize> for Q {
    fn from(n: usize) -> Q {
        Q::integer(n as i128)
    }
}

impl From<i32> for Q {
    fn from(n: i32) -> Q {
        Q(Repr::Small(n.into(), 1))
    }
}

impl PartialEq for Q {
    fn eq(&self, other: &Q) -> bool {
        match (&self.0, &other.0) {
            // Both reduced with positive denominators: equal exactly when the parts are.
            (Repr::Small(a, b), Repr::Small(c, d)) => a == c && b == d,
            // A Big never equals a Small (Big is used only when Small cannot hold the value).
            (Repr::Big(x), Repr::Big(y)) => x == y,
            _ => false,
        }
    }
}

impl Eq for Q {}

impl std::hash::Hash for Q {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        match &self.0 {
            Repr::Small(n, d) => (n, d).hash(h),
            Repr::Big(b) => b.hash(h),
        }
    }
}

impl PartialOrd for Q {
    fn partial_cmp(&self, other: &Q) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Q {
    fn cmp(&self, other: &Q) -> Ordering {
        if let (Repr::Small(a, b), Repr::Small(c, d)) = (&self.0, &other.0) {
            if b == d {
                return a.cmp(c);
            }
            if let (Some(x), Some(y)) = (mul(*a, *d), mul(*c, *b)) {
                return x.cmp(&y);
            }
        }
        self.big().cmp(&other.big())
    }
}

macro_rules! binop {
    ($tr:ident, $m:ident, $small:expr, $big:expr) => {
        impl std::ops::$tr<&Q> for &Q {
            type Output = Q;
            fn $m(self, o: &Q) -> Q {
                if let (Repr::Small(a, b), Repr::Small(c, d)) = (&self.0, &o.0)
                    && let Some(q) = $small(*a, *b, *c, *d)
                {
                    return q;
                }
                from_big($big(self.big(), o.big()))
            }
        }
        impl std::ops::$tr<Q> for Q {
            type Output = Q;
            fn $m(self, o: Q) -> Q {
                std::ops::$tr::$m(&self, &o)
            }
        }
        impl std::ops::$tr<&Q> for Q {
            type Output = Q;
            fn $m(self, o: &Q) -> Q {
                std::ops::$tr::$m(&self, o)
            }
        }
    };
}

/// `a/b + c/d` of two reduced fractions (`b`, `d` > 0), reduced as Knuth gives it (TAOCP
/// 4.5.1): with `g = gcd(b, d)` and `t = a·(d/g) + c·(b/g)`, the sum is
/// `(t/h) / ((b/g)·(d/h))` where `h = gcd(t, g)`, so the only reduction is by a divisor of
/// `g` rather than a GCD of the full sum (the scores' twenty-term sums spent a third of the
/// calculation in those).
fn add_small(a: i128, b: i128, c: i128, d: i128) -> Option<Q> {
    if b == d {
        return small(a.checked_add(c)?, b);
    }
    let g = gcd_u(b.unsigned_abs(), d.unsigned_abs());
    let (bg, dg) = (div(b, g as i128), div(d, g as i128));
    let t = mul(a, dg)?.checked_add(mul(c, bg)?)?;
    if t == 0 {
        return Some(Q::ZERO);
    }
    // gcd(t, g) = gcd(g, t mod g), on numbers below g.
    let h = if g == 1 {
        1
    } else {
        gcd_u(g, t.unsigned_abs() % g)
    } as i128;
    let (n, m) = (div(t, h), mul(bg, div(d, h))?);
    (n != i128::MIN && m != i128::MIN).then_some(Q(Repr::Small(n, m)))
}

fn sub_small(a: i128, b: i128, c: i128, d: i128) -> Option<Q> {
    add_small(a, b, c.checked_neg()?, d)
}

fn mul_small(a: i128, b: i128, c: i128, d: i128) -> Option<Q> {
    // Cross-cancel first so the products stay small.
    let g1 = gcd_u(a.unsigned_abs(), d.unsigned_abs()).max(1) as i128;
    let g2 = gcd_u(c.unsigned_abs(), b.unsigned_abs()).max(1) as i128;
    let n = mul(div(a, g1), div(c, g2))?;
    if n == 0 {
        return Some(Q::ZERO);
    }
    let m = mul(div(b, g2), div(d, g1))?;
    if n == i128::MIN || m == i128::MIN {
        return None;
    }
    Some(Q(Repr::Small(n, m)))
}

binop!(Add, add, add_small, |x: BigRational, y: BigRational| x + y);
binop!(Sub, sub, sub_small, |x: BigRational, y: BigRational| x - y);
binop!(Mul, mul, mul_small, |x: BigRational, y: BigRational| x * y);

impl std::ops::AddAssign<&Q> for Q {
    fn add_assign(&mut self, o: &Q) {
        *self = &*self + o;
    }
}

impl std::ops::Neg for &Q {
    type Output = Q;
    fn neg(self) -> Q {
        match &self.0 {
            Repr::Small(n, d) => Q(Repr::Small(-n, *d)),
            Repr::Big(b) => from_big(-(**b).clone()),
        }
    }
}

impl std::iter::Sum for Q {
    fn sum<I: Iterator<Item = Q>>(it: I) -> Q {
        let mut s = Q::ZERO;
        for q in it {
            s += &q;
        }
        s
    }
}

impl<'a> std::iter::Sum<&'a Q> for Q {
    fn sum<I: Iterator<Item = &'a Q>>(it: I) -> Q {
        let mut s = Q::ZERO;
        for q in it {
            s += q;
        }
        s
    }
}

impl fmt::Debug for Q {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (n, d) = self.parts();
        if d == "1" {
            write!(f, "{n}")
        } else {
            write!(f, "{n}/{d}")
        }
    }
}

impl fmt::Display for Q {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// An exact running sum of decimals (and of decimals times counts), fast for the import's
/// millions of rows: the mantissas are added as `i128` at one common scale, and only a sum
/// that would overflow moves to a [`Q`].
///
/// 24 bytes: the streamed import keeps two per provider × indicator × period (a million cells
/// at national scale), and an `i128` aligned to 16 with its scale and overflow beside it took
/// 32.
#[derive(Debug, Clone, Default)]
pub struct DecimalSum(Sum);

#[derive(Debug, Clone)]
enum Sum {
    /// `mantissa / 10^scale`.
    Fast { mantissa: Packed, scale: u8 },
    /// The sum once the mantissa would overflow.
    Big(Box<Q>),
}

impl Default for Sum {
    fn default() -> Self {
        Sum::Fast {
            mantissa: Packed(0),
            scale: 0,
        }
    }
}

/// An `i128` aligned to 8 bytes (read and written by value only; a reference to a packed
/// field is refused by the compiler).
#[derive(Debug, Clone, Copy)]
#[repr(C, packed(8))]
struct Packed(i128);

impl DecimalSum {
    /// Adds `v × times`.
    #[inline]
    pub fn add(&mut self, v: Decimal, times: u64) {
        if let Sum::Fast { mantissa, scale } = &mut self.0 {
            let (mut sum, mut sc) = (mantissa.0, u32::from(*scale));
            let s = v.scale();
            let mut m = v.mantissa();
            let ok = (|| {
                if s > sc {
                    sum = sum.checked_mul(10i128.checked_pow(s - sc)?)?;
                    sc = s;
                } else if s < sc {
                    m = m.checked_mul(10i128.checked_pow(sc - s)?)?;
                }
                let t = mul(m, i128::from(times))?;
                sum = sum.checked_add(t)?;
                Some(())
            })();
            if ok.is_some() {
                // (A decimal's scale is at most 28.)
                *mantissa = Packed(sum);
                *scale = sc as u8;
                return;
            }
            // Fall back from the value before this row.
            self.0 = Sum::Big(Box::new(self.value()));
        }
        if let Sum::Big(o) = &mut self.0 {
            **o = &**o + &(&Q::from(v) * &Q::from(times));
        }
    }

    /// Adds another sum (of rows read elsewhere, e.g. another part of a file), exactly.
    pub fn merge(&mut self, other: &DecimalSum) {
        if let (
            Sum::Fast { mantissa, scale },
            Sum::Fast {
                mantissa: b,
                scale: bs,
            },
        ) = (&mut self.0, &other.0)
        {
            let (a, s_a, b, s_b) = (mantissa.0, u32::from(*scale), b.0, u32::from(*bs));
            let sc = s_a.max(s_b);
            let up = |m: i128, s: u32| m.checked_mul(10i128.checked_pow(sc - s)?);
            if let Some(sum) = up(a, s_a)
                .zip(up(b, s_b))
                .and_then(|(a, b)| a.checked_add(b))
            {
                *mantissa = Packed(sum);
                *scale = sc as u8;
                return;
            }
        }
        self.0 = Sum::Big(Box::new(&self.value() + &other.value()));
    }

    /// The sum divided by `n`, exactly (`None` for zero): one reduction of
    /// `mantissa / (10^scale · n)` where that fits, rather than the sum's and a division's.
    pub fn divided_by(&self, n: u64) -> Option<Q> {
        if n == 0 {
            return None;
        }
        if let Sum::Fast { mantissa, scale } = &self.0
            && let Some(d) = 10i128
                .checked_pow(u32::from(*scale))
                .and_then(|p| p.checked_mul(i128::from(n)))
        {
            return Some(Q::ratio(mantissa.0, d));
        }
        self.value().checked_div(&Q::from(n))
    }

    /// The sum, exactly.
    pub fn value(&self) -> Q {
        match &self.0 {
            Sum::Big(q) => (**q).clone(),
            Sum::Fast { mantissa, scale } => Q::ratio(mantissa.0, 10i128.pow(u32::from(*scale))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big_ops(x: &Q, y: &Q) -> [BigRational; 3] {
        [x.big() + y.big(), x.big() - y.big(), x.big() * y.big()]
    }

    /// `to_decimal_exact` is the value's decimals exactly when rounding to them loses
    /// nothing, for small and big fractions: terminating, not, too many decimals, too large.
    #[test]
    fn exact_decimals_are_those_that_lose_nothing() {
        let pow = |b: u8, e: usize| UBig::from(b).pow(e);
        let mut vals = vec![
            Q::ratio(1, 3),
            Q::ratio(-7, 8),
            Q::ratio(1, 1 << 11),
            Q::ratio(3, 1 << 10),
            Q::ratio(123_456_789, 100_000),
            Q::ratio(i128::MAX, 1),
        ];
        for (n, d) in [
            (IBig::from(10u8).pow(40) + IBig::ONE, pow(2, 3)),
            (IBig::from(10u8).pow(40) + IBig::ONE, pow(2, 130)),
            (IBig::ONE, pow(2, 130)),
            (IBig::from(-3), pow(10, 40)),
            (IBig::from(10u8).pow(50), pow(3, 90)),
        ] {
            vals.push(Q::from_big_parts(n, d));
        }
        for max_dp in [0, 2, 10, 12] {
            for q in &vals {
                let d = q.round_dp(max_dp);
                let lossless = (Q::from(d) == *q).then(|| d.normalize());
                assert_eq!(
                    q.to_decimal_exact(max_dp),
                    lossless,
                    "{q:?} to {max_dp} decimals"
                );
            }
        }
        assert_eq!(
            Q::ratio(3, 1 << 10)
                .to_decimal_exact(10)
                .map(|d| d.to_string()),
            Some("0.0029296875".to_string())
        );
    }

    #[test]
    fn big_values_are_exact() {
        let a = &Q::ratio(i128::MAX, 7) * &Q::ratio(i128::MAX, 11);
        let b = &a + &Q::ratio(1, 3);
        assert!(b > a);
        assert_eq!(&b - &a, Q::ratio(1, 3));
        assert_eq!((&b - &a).round_dp(5).to_string(), "0.33333");
        assert!(Q::ratio(-5, 2).floor() == Q::integer(-3));
        assert!((&a * &Q::ratio(-1, 1)).floor() < Q::ZERO);
    }

    #[test]
    fn small_and_big_paths_agree() {
        let vals = [
            Q::ratio(1, 3),
            Q::ratio(-7, 2),
            Q::ratio(i128::MAX, 3),
            Q::ratio(3, i128::MAX),
            Q::ratio(-(i128::MAX), 1),
            Q::ratio(i64::MAX as i128 * 7, i64::MAX as i128 - 2),
            Q::ZERO,
            Q::ONE,
        ];
        for x in &vals {
            for y in &vals {
                let [a, s, m] = big_ops(x, y);
                assert_eq!((x + y).big(), a, "{x} + {y}");
                assert_eq!((x - y).big(), s, "{x} - {y}");
                assert_eq!((x * y).big(), m, "{x} * {y}");
                assert_eq!(x.cmp(y), x.big().cmp(&y.big()), "{x} <> {y}");
                assert_eq!(x == y, x.big() == y.big());
                if !y.is_zero() {
                    assert_eq!(x.checked_div(y).unwrap().big(), x.big() / y.big());
                }
            }
        }
    }

    /// The GCD's shortcuts (both below 64 bits; one below, the other reduced by it first) give
    /// what the plain binary GCD gives, for sizes on both sides of 64 bits, zeros and ones.
    #[test]
    fn gcd_shortcuts_are_the_binary_gcd() {
        let mut x = 0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C834u128;
        let mut next = || {
            // (xorshift: deterministic numbers of every size)
            x ^= x << 23;
            x ^= x >> 17;
            x ^= x << 26;
            x >> (x % 128)
        };
        let mut cases = vec![
            (0, 0),
            (0, 7),
            (7, 0),
            (1, u128::MAX >> 1),
            (u128::MAX >> 1, 1),
        ];
        for _ in 0..20_000 {
            let (a, b) = (next(), next());
            let common = next() % 1_000_003 + 1;
            cases.push((a, b));
            cases.push((a.saturating_mul(common), (b >> 40).saturating_mul(common)));
        }
        for (a, b) in cases {
            assert_eq!(gcd_u(a, b), gcd_u128(a, b), "gcd({a}, {b})");
        }
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(Q::ratio(1_000_005, 1000).round_ore().to_string(), "1000.01");
        assert_eq!(
            Q::ratio(-1_000_005, 1000).round_ore().to_string(),
            "-1000.01"
        );
        assert_eq!(
            Q::ratio(1_000_004_999, 1_000_000).round_ore().to_string(),
            "1000.00"
        );
        assert_eq!(Q::ratio(2, 3).round_dp(4).to_string(), "0.6667");
        let huge = &Q::ratio(i128::MAX, 7) * &Q::ratio(i128::MAX, 11);
        assert_eq!(huge.round_ore(), Decimal::MAX);
    }

    /// Rounding to decimals and to a percentage by long division in `u128` (and the terminating
    /// check of `to_decimal_exact`) give what dividing big integers gives, on fractions near
    /// and past the point where `numerator × 10^dp` leaves `i128`.
    #[test]
    fn rounding_by_long_division_is_that_of_big_integers() {
        fn by_big(q: &Q, shift: u32, dp: u32) -> Decimal {
            let b = q.big();
            let n = b.numerator().unsigned_abs() * UBig::from(10u8).pow((shift + dp) as usize);
            let d = b.denominator();
            let (mut m, r) = (&n / d, &n % d);
            if r * UBig::from(2u8) >= *d {
                m += UBig::ONE;
            }
            match u128::try_from(&m) {
                Ok(m) if m <= 79_228_162_514_264_337_593_543_950_335 => {
                    let m = m as i128;
                    Decimal::from_i128_with_scale(if q.is_negative() { -m } else { m }, dp)
                }
                _ if q.is_negative() => Decimal::MIN,
                _ => Decimal::MAX,
            }
        }
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut vals = vec![
            Q::ratio(1, 3),
            Q::ratio(-2, 3),
            Q::ratio(1_000_005, 1000),
            Q::ratio(-1_000_005, 1000),
            Q::ratio(i128::MAX - 1, i128::MAX),
            Q::ratio(i128::MAX / 3, i128::MAX / 2),
            Q::ratio(1, i128::MAX),
            Q::ratio(i128::MAX, 1),
            Q::ratio(5, 1 << 100),
            Q::ratio(1, 8),
            Q::ratio(3, 1 << 11),
        ];
        for _ in 0..2000 {
            let bits = (next() % 127) as u32 + 1;
            let n = (u128::from(next()) << 64 | u128::from(next())) >> (128 - bits);
            let bits = (next() % 127) as u32 + 1;
            let d = ((u128::from(next()) << 64 | u128::from(next())) >> (128 - bits)).max(1);
            let n = if next() % 2 == 0 {
                n as i128
            } else {
                -(n as i128)
            };
            vals.push(Q::ratio(n, d as i128));
        }
        for q in &vals {
            for dp in [0, 2, 4, 10] {
                assert_eq!(q.round_dp(dp), by_big(q, 0, dp), "{q} to {dp}");
                assert_eq!(q.percent(dp), by_big(q, 2, dp), "{q} % to {dp}");
            }
            assert_eq!(q.round_ore(), by_big(q, 0, 2), "{q}");
            let d = by_big(q, 0, 10);
            let exact = (Q::from(d) == *q).then(|| d.normalize());
            assert_eq!(q.to_decimal_exact(10), exact, "{q}");
        }
    }

    #[test]
    fn decimal_sum_is_exact_past_i128() {
        let mut s = DecimalSum::default();
        let big: Decimal = Decimal::MAX;
        for _ in 0..1000 {
            s.add(big, u64::MAX);
        }
        s.add("0.0000000001".parse().unwrap(), 1);
        let want =
            &(&Q::from(big) * &Q::from(u64::MAX)) * &Q::from(1000u32) + Q::ratio(1, 10_000_000_000);
        assert_eq!(s.value(), want);
        assert_eq!(s.divided_by(7), want.checked_div(&Q::from(7u32)));
    }

    /// A sum divided by a count is the exact quotient, by the one reduction or through the
    /// value, and a merge of two sums is the sum of all their terms.
    #[test]
    fn decimal_sum_division_and_merge_are_exact() {
        let terms = [
            "90,9",
            "87,5",
            "0,001",
            "-12,25",
            "100",
            "3",
            "0,3333333333333333333",
        ];
        let mut all = DecimalSum::default();
        let (mut a, mut b) = (DecimalSum::default(), DecimalSum::default());
        let mut want = Q::ZERO;
        for (k, t) in terms.iter().enumerate() {
            let d: Decimal = t.replace(',', ".").parse().unwrap();
            all.add(d, k as u64 + 1);
            if k % 2 == 0 {
                a.add(d, k as u64 + 1)
            } else {
                b.add(d, k as u64 + 1)
            }
            want = &want + &(&Q::from(d) * &Q::from(k as u64 + 1));
        }
        a.merge(&b);
        assert_eq!(a.value(), want);
        assert_eq!(all.value(), want);
        for n in [1u64, 3, 7, 12, 1000, u64::MAX] {
            assert_eq!(all.divided_by(n), want.checked_div(&Q::from(n)), "{n}");
            assert_eq!(a.divided_by(n), want.checked_div(&Q::from(n)), "{n}");
        }
        assert_eq!(all.divided_by(0), None);
    }

    /// Merges are exact whichever side has left `i128` (or leaves it in the merge, also by
    /// the rescaling to the finer scale), and a sum that overflowed keeps adding exactly.
    #[test]
    fn decimal_sum_merges_exactly_past_i128() {
        let d = |t: &str| -> Decimal { t.parse().unwrap() };
        let near = |v: Decimal, times: u64| {
            let mut s = DecimalSum::default();
            s.add(v, times);
            s
        };
        let q = |v: Decimal, times: u64| &Q::from(v) * &Q::from(times);
        let cases = [
            // (a, times, b, times): Fast + Fast overflowing; Big + Fast; Fast + Big; a coarse
            // sum near the limit merged with a fine one (the rescale overflows).
            (Decimal::MAX, 1u64 << 30, Decimal::MAX, 1u64 << 30),
            (Decimal::MAX, u64::MAX, d("0.5"), 3),
            (d("0.25"), 7, Decimal::MAX, u64::MAX),
            (
                Decimal::MAX,
                1 << 20,
                d("0.0000000000000000000000000001"),
                1,
            ),
        ];
        for (a, ta, b, tb) in cases {
            let mut x = near(a, ta);
            x.merge(&near(b, tb));
            let want = &q(a, ta) + &q(b, tb);
            assert_eq!(x.value(), want, "{a} × {ta} + {b} × {tb}");
            x.add(d("1.5"), 2);
            assert_eq!(x.value(), &want + &Q::integer(3));
            assert_eq!(
                x.divided_by(9),
                (&want + &Q::integer(3)).checked_div(&Q::from(9u32))
            );
        }
    }
}
