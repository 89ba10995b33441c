//! Splitting an amount into parts that sum exactly to it (largest-remainder method, in öre).
//!
//! The split is computed in integers: the weights are brought to one scale, and every part's
//! öre and remainder are exact quotients of 128/256-bit products, so ties are real ties (and go
//! to the lower index) rather than artefacts of a 28-digit division.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// Splits `total` kronor (rounded to öre first) in proportion to `weights`, in whole öre.
///
/// Each part is first rounded down to öre (toward zero); the öre left over go one each to the
/// parts with the largest remainders, ties to the lower index (callers order parts by provider
/// id). The parts always sum exactly to `round_ore(total)`. Negative weights count as zero; if
/// all weights are zero (or there are none), every part is zero.
///
/// ```
/// use kvalitetspeng::domain::allocate::allocate;
/// use rust_decimal::Decimal;
/// let parts = allocate(Decimal::from(100_000), &[Decimal::ONE, Decimal::ONE, Decimal::ONE]);
/// let s: Vec<String> = parts.iter().map(|d| d.to_string()).collect();
/// assert_eq!(s, ["33333.34", "33333.33", "33333.33"]);
/// ```
pub fn allocate(total: Decimal, weights: &[Decimal]) -> Vec<Decimal> {
    let total = super::decimal::round_ore(total);
    let total_ore = if total.scale() == 2 {
        total.mantissa()
    } else {
        // round_ore keeps fewer decimals only for amounts near Decimal's limit.
        (total * Decimal::ONE_HUNDRED)
            .to_i128()
            .expect("amount fits in i128 öre")
    };
    let negative = total_ore < 0;
    let t = total_ore.unsigned_abs();
    let parts = match aligned(weights) {
        Some((ws, sum)) if sum > 0 => split_exact(t, &ws, sum),
        Some(_) => vec![0; weights.len()],
        None => split_decimal(t, weights),
    };
    parts
        .into_iter()
        .map(|o| {
            let o = o as i128; // a part never exceeds |total|, which came from an i128
            Decimal::from_i128_with_scale(if negative { -o } else { o }, 2)
        })
        .collect()
}

/// The weights as integers at one common scale (negative ones as 0) and their sum, or `None`
/// if that does not fit in 128 bits (weights beyond about 10^10 with 28 decimals).
fn aligned(weights: &[Decimal]) -> Option<(Vec<u128>, u128)> {
    let scale = weights
        .iter()
        .filter(|w| w.is_sign_positive() && !w.is_zero())
        .map(|w| w.scale())
        .max()
        .unwrap_or(0);
    let mut sum: u128 = 0;
    let mut out = Vec::with_capacity(weights.len());
    for w in weights {
        let v = if w.is_sign_negative() || w.is_zero() {
            0
        } else {
            let m = w.mantissa().unsigned_abs();
            m.checked_mul(10u128.checked_pow(scale - w.scale())?)?
        };
        sum = sum.checked_add(v)?;
        out.push(v);
    }
    Some((out, sum))
}

/// Largest remainder in integers: part i gets ⌊t·wᵢ/sum⌋ öre, then the leftover öre go to the
/// largest remainders (t·wᵢ mod sum, all over the same denominator), ties to the lower index.
fn split_exact(t: u128, ws: &[u128], sum: u128) -> Vec<u128> {
    let mut parts = Vec::with_capacity(ws.len());
    let mut rems: Vec<(u128, usize)> = Vec::with_capacity(ws.len());
    let mut assigned: u128 = 0;
    for (i, &w) in ws.iter().enumerate() {
        let (q, r) = mul_div_rem(t, w, sum);
        assigned += q;
        parts.push(q);
        if w > 0 {
            rems.push((r, i));
        }
    }
    let leftover = (t - assigned) as usize; // fewer than the positive weights
    give_leftovers(&mut parts, rems, leftover);
    parts
}

/// Gives one öre each to the `leftover` parts with the largest remainders, ties to the lower
/// index. Only the top ones need ordering.
fn give_leftovers<R: Ord>(parts: &mut [u128], mut rems: Vec<(R, usize)>, leftover: usize) {
    if leftover == 0 || rems.is_empty() {
        return;
    }
    let order = |a: &(R, usize), b: &(R, usize)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
    let k = leftover.min(rems.len());
    if k < rems.len() {
        rems.select_nth_unstable_by(k - 1, order);
        rems.truncate(k);
    }
    rems.sort_by(order);
    for idx in 0..leftover {
        parts[rems[idx % rems.len()].1] += 1;
    }
}

/// The fallback for weights too large to align exactly: shares as 28-digit decimals.
fn split_decimal(t: u128, weights: &[Decimal]) -> Vec<u128> {
    let sum: Decimal = weights.iter().filter(|w| **w > Decimal::ZERO).sum();
    let t_dec = Decimal::from_i128_with_scale(t as i128, 0);
    let mut parts = Vec::with_capacity(weights.len());
    let mut rems = Vec::with_capacity(weights.len());
    let mut assigned: u128 = 0;
    for (i, w) in weights.iter().enumerate() {
        if *w <= Decimal::ZERO {
            parts.push(0);
            continue;
        }
        // share ≤ 1, so this never overflows.
        let exact = t_dec * (*w / sum);
        let floor = exact.floor();
        let q = floor.to_u128().unwrap_or(0);
        assigned += q;
        parts.push(q);
        rems.push((exact - floor, i));
    }
    if assigned > t {
        // A 28-digit share rounded up across a whole öre: take the excess back from the
        // parts with the smallest remainders.
        rems.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut excess = assigned - t;
        for &(_, i) in rems.iter().cycle() {
            if excess == 0 {
                break;
            }
            if parts[i] > 0 {
                parts[i] -= 1;
                excess -= 1;
            }
        }
        return parts;
    }
    give_leftovers(&mut parts, rems, (t - assigned) as usize);
    parts
}

/// `a·b / m` and `a·b mod m`, exactly, for `b ≤ m` (so the quotient fits in 128 bits).
fn mul_div_rem(a: u128, b: u128, m: u128) -> (u128, u128) {
    debug_assert!(b <= m && m > 0);
    if let Some(p) = a.checked_mul(b) {
        let q = p / m;
        return (q, p - q * m);
    }
    let (hi, lo) = mul_wide(a, b);
    // Estimate the quotient in floating point (relative error about 2^-50) and correct it
    // exactly: r = a·b − q·m must end up in [0, m).
    let est = (a as f64) * (b as f64) / (m as f64);
    if est < 1e15 {
        let mut q = est as u128;
        let (qh, ql) = mul_wide(q, m);
        // a·b − q·m as a signed 256-bit difference (hi words, lo words)
        let (mut rl, borrow) = lo.overflowing_sub(ql);
        let mut rh = hi.wrapping_sub(qh).wrapping_sub(borrow as u128);
        for _ in 0..4 {
            if (rh as i128) < 0 {
                // too big a quotient: add m back
                q -= 1;
                let (l, c) = rl.overflowing_add(m);
                rl = l;
                rh = rh.wrapping_add(c as u128);
            } else if rh > 0 || rl >= m {
                q += 1;
                let (l, b) = rl.overflowing_sub(m);
                rl = l;
                rh = rh.wrapping_sub(b as u128);
            } else {
                return (q, rl);
            }
        }
    }
    div_wide(hi, lo, m)
}

/// `(hi·2^128 + lo) / m` and the remainder, bit by bit, for `hi < m`.
fn div_wide(hi: u128, lo: u128, m: u128) -> (u128, u128) {
    let mut rem = hi;
    let mut q: u128 = 0;
    for i in (0..128).rev() {
        let carry = rem >> 127;
        rem = (rem << 1) | ((lo >> i) & 1);
        q <<= 1;
        if carry == 1 || rem >= m {
            rem = rem.wrapping_sub(m);
            q |= 1;
        }
    }
    (q, rem)
}

/// The full 256-bit product `a·b` as (high, low) 128-bit halves.
fn mul_wide(a: u128, b: u128) -> (u128, u128) {
    let mask = u64::MAX as u128;
    let (a1, a0) = (a >> 64, a & mask);
    let (b1, b0) = (b >> 64, b & mask);
    let ll = a0 * b0;
    let lh = a0 * b1;
    let hl = a1 * b0;
    let hh = a1 * b1;
    let mid = (ll >> 64) + (lh & mask) + (hl & mask);
    let lo = (ll & mask) | (mid << 64);
    let hi = hh + (lh >> 64) + (hl >> 64) + (mid >> 64);
    (hi, lo)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// A small deterministic generator for test inputs (xorshift over 128 bits).
    fn xorshift(seed: u128) -> impl FnMut() -> u128 {
        let mut x = seed;
        move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        }
    }

    #[test]
    fn worked_example_a_split() {
        let parts = allocate(d("1000000"), &[d("60"), d("20"), d("25"), d("0")]);
        assert_eq!(
            parts,
            vec![d("571428.57"), d("190476.19"), d("238095.24"), d("0.00")]
        );
    }

    #[test]
    fn ties_go_to_the_first() {
        let parts = allocate(d("0.02"), &[d("1"), d("1"), d("1")]);
        assert_eq!(parts, vec![d("0.01"), d("0.01"), d("0.00")]);
    }

    #[test]
    fn exact_ties_go_to_the_first() {
        // 3 öre over 5:1 is exactly 2.5 and 0.5 öre: a real tie, so the first part gets the öre.
        // (With shares as 28-digit decimals, 5/6·3 = 2.4999… and 1/6·3 = 0.5000…1 would give it
        // to the second.)
        assert_eq!(
            allocate(d("0.03"), &[d("5"), d("1")]),
            vec![d("0.03"), d("0.00")]
        );
        assert_eq!(
            allocate(d("-0.03"), &[d("5"), d("1")]),
            vec![d("-0.03"), d("0.00")]
        );
    }

    #[test]
    fn negative_weights_count_as_zero() {
        assert_eq!(
            allocate(d("1.00"), &[d("-3"), d("1"), d("1")]),
            vec![d("0"), d("0.50"), d("0.50")]
        );
    }

    #[test]
    fn huge_weights_fall_back_to_decimal_shares() {
        // 10^20 aligned to 28 decimals does not fit in 128 bits.
        let ws = [
            d("100000000000000000000"),
            d("0.0000000000000000000000000001"),
        ];
        assert!(aligned(&ws).is_none());
        assert_eq!(allocate(d("10"), &ws), vec![d("10.00"), d("0.00")]);
    }

    #[test]
    fn decimal_fallback_parts_sum_exactly() {
        // Weights that cannot be aligned in 128 bits take the decimal path; the parts must
        // still sum to the total, whatever the 28-digit shares round to.
        let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..2_000 {
            let mut ws = vec![d("100000000000000000000")];
            for _ in 0..(next() % 6) {
                ws.push(Decimal::from_i128_with_scale(
                    (next() % 1_000_000_000_000) as i128,
                    (next() % 29) as u32,
                ));
            }
            ws.push(Decimal::from_i128_with_scale(
                (next() % 1000) as i128 + 1,
                28,
            ));
            assert!(aligned(&ws).is_none());
            let total = Decimal::from_i128_with_scale((next() % 10_000_000_000) as i128, 2);
            let parts = allocate(total, &ws);
            assert_eq!(parts.iter().copied().sum::<Decimal>(), total, "{ws:?}");
            assert!(parts.iter().all(|p| !p.is_sign_negative()));
        }
    }

    #[test]
    fn mul_div_rem_is_exact_beyond_128_bits() {
        let cases = [
            (u128::MAX, u128::MAX, u128::MAX),
            (u128::MAX, 3, 7),
            (10u128.pow(20), 10u128.pow(28) + 12345, 10u128.pow(29) + 1),
            (
                0xffff_ffff_ffff_ffff_1234,
                0xdead_beef_0000_0000_0000_0000_0001,
                u128::MAX / 3,
            ),
        ];
        for (a, b, m) in cases {
            let (q, r) = mul_div_rem(a, b, m);
            assert!(r < m);
            // q·m + r == a·b, in 256 bits
            let (qh, ql) = mul_wide(q, m);
            let (lo, c) = ql.overflowing_add(r);
            assert_eq!((qh + c as u128, lo), mul_wide(a, b), "{a} {b} {m}");
        }
        assert_eq!(mul_div_rem(u128::MAX, u128::MAX, u128::MAX), (u128::MAX, 0));
        // The floating-point estimate path, around exact multiples of m.
        let m = 10u128.pow(28) + 7;
        for a in [25_000_000_000u128, 999_999_999_999, 3] {
            for b in [m, m - 1, m / 3, m / 3 + 1, 10u128.pow(27) * 9 + 123_456_789] {
                let (q, r) = mul_div_rem(a, b, m);
                let (qh, ql) = mul_wide(q, m);
                let (lo, c) = ql.overflowing_add(r);
                assert!(r < m);
                assert_eq!((qh + c as u128, lo), mul_wide(a, b), "{a} {b}");
            }
        }
        assert_eq!(mul_wide(u128::MAX, 2), (1, u128::MAX - 1));
    }

    #[test]
    fn estimated_quotients_equal_long_division() {
        // A simple generator: products well beyond 128 bits, divisors of every size.
        let mut next = xorshift(0x2545_f491_4f6c_dd1d);
        for _ in 0..20_000 {
            let m = (next() >> (next() % 100)).max(1);
            let b = next() % m;
            let a = next() >> (64 + next() % 64);
            let (hi, lo) = mul_wide(a, b);
            assert_eq!(mul_div_rem(a, b, m), div_wide(hi, lo, m), "{a} {b} {m}");
        }
    }

    #[test]
    fn all_zero_weights_give_zero() {
        assert_eq!(allocate(d("10"), &[d("0"), d("0")]), vec![d("0"), d("0")]);
        assert!(allocate(d("10"), &[]).is_empty());
    }
}
