//! Splitting an amount into parts that sum exactly to it (largest-remainder method, in öre).
//!
//! Each part's exact share is a rational ([`Q`]); its whole öre and its remainder are exact,
//! so ties are real ties (and go to the lower index), never artefacts of a rounded division.

use rust_decimal::Decimal;

use super::decimal::round_ore;
use super::exact::Q;

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
    let weights: Vec<Q> = weights.iter().map(Q::from).collect();
    allocate_exact(total, &weights)
}

/// [`allocate`] with exact rational weights.
///
/// ```
/// use kvalitetspeng::domain::{allocate::allocate_exact, exact::Q};
/// // 40 % reached as 30/75 and as 40/100 is one tie: the first part gets the odd öre.
/// let parts = allocate_exact("0.03".parse().unwrap(), &[Q::ratio(30, 75), Q::ratio(40, 100)]);
/// assert_eq!(parts.iter().map(|d| d.to_string()).collect::<Vec<_>>(), ["0.02", "0.01"]);
/// ```
pub fn allocate_exact(total: Decimal, weights: &[Q]) -> Vec<Decimal> {
    let total = round_ore(total);
    let negative = total.is_sign_negative();
    let t = Q::from(total.abs() * Decimal::ONE_HUNDRED); // whole öre
    let clean: Vec<Q> = weights
        .iter()
        .map(|w| if w.is_positive() { w.clone() } else { Q::ZERO })
        .collect();
    let sum: Q = clean.iter().sum();
    let zero = round_ore(Decimal::ZERO);
    if sum.is_zero() {
        return vec![zero; weights.len()];
    }
    // Part i is t·wᵢ/sum öre: its floor now, its remainder for the öre left over.
    let mut floors: Vec<Q> = Vec::with_capacity(clean.len());
    let mut rems: Vec<(Q, usize)> = Vec::with_capacity(clean.len());
    for (i, w) in clean.iter().enumerate() {
        let exact = (&t * w).checked_div(&sum).unwrap_or_default();
        let f = exact.floor();
        rems.push((&exact - &f, i));
        floors.push(f);
    }
    let assigned: Q = floors.iter().sum();
    let leftover = (&t - &assigned).round_dp(0);
    let leftover = usize::try_from(leftover.mantissa())
        .unwrap_or(0)
        .min(rems.len());
    // Largest remainder first; ties to the lower index.
    rems.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for &(_, i) in rems.iter().take(leftover) {
        floors[i] = &floors[i] + &Q::ONE;
    }
    floors
        .iter()
        .map(|f| {
            let ore = f.round_dp(0);
            let kr = Decimal::from_i128_with_scale(ore.mantissa(), 2);
            if negative { -kr } else { kr }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn strs(v: &[Decimal]) -> Vec<String> {
        v.iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn worked_example_a_split() {
        let parts = allocate(d("1000000"), &[d("60"), d("20"), d("25"), d("0")]);
        assert_eq!(
            strs(&parts),
            ["571428.57", "190476.19", "238095.24", "0.00"]
        );
    }

    #[test]
    fn ties_go_to_the_first() {
        assert_eq!(
            strs(&allocate(d("0.02"), &[d("1"), d("1"), d("1")])),
            ["0.01", "0.01", "0.00"]
        );
        // 3 öre over 5 : 1 — 2.5 and 0.5 öre: a real tie, the first part gets it.
        assert_eq!(
            strs(&allocate(d("0.03"), &[d("5"), d("1")])),
            ["0.03", "0.00"]
        );
    }

    #[test]
    fn negative_weights_count_as_zero_and_negative_totals_split() {
        assert_eq!(
            strs(&allocate(d("1"), &[d("-1"), d("1")])),
            ["0.00", "1.00"]
        );
        assert_eq!(
            strs(&allocate(d("-0.03"), &[d("1"), d("1")])),
            ["-0.02", "-0.01"]
        );
    }

    #[test]
    fn all_zero_weights_give_zero() {
        assert_eq!(strs(&allocate(d("5"), &[d("0"), d("0")])), ["0.00", "0.00"]);
        assert!(allocate(d("5"), &[]).is_empty());
    }

    #[test]
    fn huge_weights_and_totals_sum_exactly() {
        let w = [
            Decimal::MAX,
            Decimal::MAX,
            d("0.0000000000000000000000000001"),
        ];
        let total = d("999999999999.99");
        let parts = allocate(total, &w);
        assert_eq!(parts.iter().copied().sum::<Decimal>(), total);
        assert_eq!(strs(&parts), ["500000000000.00", "499999999999.99", "0.00"]);
    }
}
