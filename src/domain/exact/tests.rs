//! Tests of exact arithmetic: small and big fractions agree, rounding is exact.

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
    for max_dp in [0, 2, 4, 10, 12] {
        for q in &vals {
            let d = q.round_dp(max_dp);
            let lossless = (Q::from(d) == *q).then(|| d.normalize());
            assert_eq!(
                q.to_decimal_exact(max_dp),
                lossless,
                "{q:?} to {max_dp} decimals"
            );
            // Whether it terminates, for values a Decimal holds.
            if q.to_f64().abs() < 1e27 {
                assert_eq!(q.terminates_within(max_dp), lossless.is_some(), "{q:?}");
            }
        }
    }
    // A percentage with two decimals is the fraction with four (the explanation asks so).
    for d in 1..=2000i128 {
        for n in [1, 3, 7, d - 1] {
            let q = Q::ratio(n, d);
            assert_eq!(
                q.terminates_within(4),
                (&q * &Q::integer(100)).to_decimal_exact(2).is_some(),
                "{n}/{d}"
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
