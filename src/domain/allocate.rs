//! Splitting an amount into parts that sum exactly to it (largest-remainder method, in öre).

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// Splits `total` kronor (rounded to öre first) in proportion to `weights`, in whole öre.
///
/// Each part is first rounded down to öre; the öre left over go one each to the parts with the
/// largest remainders, ties to the lower index (callers order parts by provider id).
/// The parts always sum exactly to `round_ore(total)`. Weights must be non-negative; if they are
/// all zero (or empty), every part is zero.
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
    let zero = || {
        let mut z = Decimal::ZERO;
        z.rescale(2);
        z
    };
    let sum: Decimal = weights.iter().copied().filter(|w| *w > Decimal::ZERO).sum();
    if sum.is_zero() || weights.is_empty() {
        return weights.iter().map(|_| zero()).collect();
    }
    let total_ore = (total * Decimal::ONE_HUNDRED)
        .to_i128()
        .expect("amount fits in i128 öre");
    let total_ore_dec = Decimal::from_i128_with_scale(total_ore, 0);
    let mut floors: Vec<i128> = Vec::with_capacity(weights.len());
    let mut remainders: Vec<(Decimal, usize)> = Vec::with_capacity(weights.len());
    for (i, w) in weights.iter().enumerate() {
        let w = (*w).max(Decimal::ZERO);
        // share ≤ 1, so this never overflows.
        let exact = total_ore_dec * (w / sum);
        let floor = if total_ore >= 0 {
            exact.floor()
        } else {
            exact.ceil()
        };
        floors.push(floor.to_i128().unwrap_or(0));
        remainders.push(((exact - floor).abs(), i));
    }
    let assigned: i128 = floors.iter().sum();
    let mut leftover = total_ore - assigned;
    let step: i128 = if leftover >= 0 { 1 } else { -1 };
    if leftover != 0 {
        // Only parts with a positive weight receive leftovers: largest remainder first, ties by
        // index. Leftovers are fewer than the parts, so only the top ones need ordering.
        remainders.retain(|r| weights[r.1] > Decimal::ZERO);
        let order = |a: &(Decimal, usize), b: &(Decimal, usize)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
        let k = (leftover.unsigned_abs() as usize).min(remainders.len());
        if k > 0 && k < remainders.len() {
            remainders.select_nth_unstable_by(k - 1, order);
            remainders[..k].sort_by(order);
        } else {
            remainders.sort_by(order);
        }
        let mut idx = 0;
        while leftover != 0 && !remainders.is_empty() {
            floors[remainders[idx % remainders.len()].1] += step;
            leftover -= step;
            idx += 1;
        }
    }
    floors
        .into_iter()
        .map(|o| Decimal::from_i128_with_scale(o, 2))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
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
    fn all_zero_weights_give_zero() {
        assert_eq!(allocate(d("10"), &[d("0"), d("0")]), vec![d("0"), d("0")]);
        assert!(allocate(d("10"), &[]).is_empty());
    }
}
