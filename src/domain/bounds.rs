//! The domain's stated bounds, checked where numbers come in (rule validation and import), so
//! that nothing can overflow: amounts and volumes up to 10¹² (a thousand billion kronor or
//! hours), results and levels within ±10⁹. Inside the engine everything is an exact rational
//! (which cannot overflow); these bounds make every amount fit `Decimal` when it is rounded at
//! the end (10¹² kr/h × 10¹² h = 10²⁴ per provider, and a total of 10 000 such still below
//! `Decimal::MAX` ≈ 7,9·10²⁸).

use rust_decimal::Decimal;

/// The largest amount (pot, rate, cap, compensation, previous payout) or volume: 10¹².
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0);
/// The largest rate in kronor per volume unit: 10⁶ (a million kronor per hour, bed-day or
/// place). With volumes up to 10¹² a provider's amount stays within 10¹⁸, and the totals of
/// even 10⁸ providers (a 2 GiB results file cannot hold more) within `Decimal`'s range.
pub const MAX_RATE: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);
/// The largest absolute result value or level: 10⁹.
pub const MAX_LEVEL: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);

/// True if `d` is a usable amount or volume (0 ≤ d ≤ 10¹²; the sign is checked separately).
pub fn amount_ok(d: Decimal) -> bool {
    within(d, MAX_AMOUNT)
}

/// True if `d` is a usable result value or level (|d| ≤ 10⁹).
pub fn level_ok(d: Decimal) -> bool {
    within(d, MAX_LEVEL)
}

/// `|d| ≤ max` for a whole `max`, on the mantissas: `|m| / 10^s ≤ max` exactly when
/// `|m| ≤ max · 10^s` (a `Decimal` comparison rescales both sides, and the import makes two a
/// row).
fn within(d: Decimal, max: Decimal) -> bool {
    debug_assert_eq!(max.scale(), 0);
    // A mantissa within the limit is a value within it at any scale (nearly every value: the
    // power of ten and the 128-bit product below were 40 instructions a row).
    let m = d.mantissa().unsigned_abs();
    if m <= max.mantissa().unsigned_abs() {
        return true;
    }
    match max.mantissa().checked_mul(10i128.pow(d.scale())) {
        Some(limit) => m <= limit.unsigned_abs(),
        // (Past `i128` the limit is above every mantissa, which is below 2⁹⁶.)
        None => true,
    }
}

/// The most indicators in one scheme (real schemes have 5–30).
pub const MAX_INDICATORS: usize = 200;
/// The most steps in one steps scoring.
pub const MAX_STEPS: usize = 50;
/// The most areas in one scheme.
pub const MAX_AREAS: usize = 50;
/// The most deductions in one scheme.
pub const MAX_DEDUCTIONS: usize = 200;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bounds_are_what_they_say() {
        assert_eq!(MAX_AMOUNT, Decimal::from(1_000_000_000_000u64));
        // The checks on mantissas are those on values.
        for t in [
            "0",
            "1000000000",
            "1000000000.0000000001",
            "-1000000000",
            "-1000000000.01",
            "999999999.9999999999999999999",
            "1000000000000",
            "1000000000000.000001",
            "-1000000000001",
            "79228162514264337593543950335",
            "-7922816251426433759354395033.5",
            "0.0000000000000000000000000001",
        ] {
            let d: Decimal = t.parse().unwrap();
            assert_eq!(level_ok(d), d.abs() <= MAX_LEVEL, "{t}");
            assert_eq!(amount_ok(d), d.abs() <= MAX_AMOUNT, "{t}");
        }
        assert_eq!(MAX_LEVEL, Decimal::from(1_000_000_000u64));
        assert_eq!(MAX_RATE, Decimal::from(1_000_000u64));
        // The worst total: 10⁸ providers × 10⁶ kr × 10¹² units fits Decimal.
        assert!(
            (MAX_RATE * MAX_AMOUNT)
                .checked_mul(Decimal::from(100_000_000u64))
                .is_some()
        );
    }
}
