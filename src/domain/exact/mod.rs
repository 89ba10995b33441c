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

    /// Whether the decimal expansion terminates within `max_dp` decimals.
    pub fn terminates_within(&self, max_dp: u32) -> bool {
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
                d == 1 && twos.max(fives) <= max_dp
            }
            Repr::Big(b) => UBig::from(10u8).pow(max_dp as usize) % b.denominator() == UBig::ZERO,
        }
    }

    /// The exact decimal expansion if it terminates within `max_dp` decimals.
    pub fn to_decimal_exact(&self, max_dp: u32) -> Option<Decimal> {
        if !self.terminates_within(max_dp) {
            return None;
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
mod tests;
