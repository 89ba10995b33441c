//! Exact decimal helpers: the one rounding policy, Swedish number formatting and parsing,
//! and the serde representation used in rule files.
//!
//! **Rounding policy.** All amounts are computed exactly with [`Decimal`] and rounded to
//! öre (two decimals), half away from zero, only at the last step ([`round_ore`]).

use rust_decimal::{Decimal, RoundingStrategy};
use std::str::FromStr;

/// Rounds an amount of kronor to öre, half away from zero. This is the only rounding of money.
///
/// ```
/// use kvalitetspeng::domain::decimal::round_ore;
/// let d: rust_decimal::Decimal = "2.345".parse().unwrap();
/// assert_eq!(round_ore(d).to_string(), "2.35");
/// let n: rust_decimal::Decimal = "-2.345".parse().unwrap();
/// assert_eq!(round_ore(n).to_string(), "-2.35");
/// ```
pub fn round_ore(d: Decimal) -> Decimal {
    let mut r = d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(2);
    r
}

/// Rounds for display with `dp` decimals, half away from zero.
pub fn round_display(d: Decimal, dp: u32) -> Decimal {
    let mut r = d.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(dp);
    r
}

/// Formats a number the Swedish way for a program to read back: decimal comma, (optionally) a
/// space between thousands, and the ASCII hyphen-minus `-` (a spreadsheet does not read U+2212
/// as a minus). Texts for people go through `words::Words::number`, which writes the language's
/// minus sign (`−` in Swedish).
///
/// ```
/// use kvalitetspeng::domain::decimal::format_number;
/// let d: rust_decimal::Decimal = "1234567.891".parse().unwrap();
/// assert_eq!(format_number(d, Some(2), true), "1 234 567,89");
/// assert_eq!(format_number(d, Some(2), false), "1234567,89");
/// assert_eq!(format_number("-0.5".parse().unwrap(), None, true), "-0,5");
/// ```
pub fn format_number(d: Decimal, dp: Option<u32>, thousands: bool) -> String {
    format_number_with(d, dp, thousands.then_some(' '), ',', '-')
}

/// [`format_number`] with the thousands separator (`None`: none), decimal sign and minus sign
/// given: `(Some(','), '.', '-')` is the English form a program reads, `(Some(' '), ',', '−')`
/// the Swedish form a person reads.
///
/// ```
/// use kvalitetspeng::domain::decimal::format_number_with;
/// let d: rust_decimal::Decimal = "-1234567.5".parse().unwrap();
/// assert_eq!(format_number_with(d, Some(2), Some(','), '.', '-'), "-1,234,567.50");
/// assert_eq!(format_number_with(d, None, None, '.', '-'), "-1234567.5");
/// assert_eq!(format_number_with(d, Some(2), Some(' '), ',', '−'), "−1 234 567,50");
/// assert_eq!(format_number_with("0.05".parse().unwrap(), Some(3), Some(' '), ',', '−'), "0,050");
/// ```
pub fn format_number_with(
    d: Decimal,
    dp: Option<u32>,
    thousands: Option<char>,
    decimal: char,
    minus: char,
) -> String {
    let d = match dp {
        Some(dp) => round_display(d, dp),
        None => d.normalize(),
    };
    // The mantissa's digits, then the scale's last ones after the decimal sign (zeros before
    // them when the number is below one). Written straight from the mantissa: the text of
    // `Decimal`'s `Display`, split and copied, was most of a payout file's numbers' time.
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(d.mantissa().unsigned_abs()).as_bytes();
    let scale = d.scale() as usize;
    let int_len = digits.len().saturating_sub(scale);
    // (Room for a sign of up to 3 bytes: U+2212 is 3 in UTF-8.)
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 6);
    if d.is_sign_negative() && !d.is_zero() {
        out.push(minus);
    }
    if int_len == 0 {
        out.push('0');
    }
    for (i, &c) in digits[..int_len].iter().enumerate() {
        if let Some(sep) = thousands
            && i > 0
            && (int_len - i).is_multiple_of(3)
        {
            out.push(sep);
        }
        out.push(char::from(c));
    }
    if scale > 0 {
        out.push(decimal);
        out.extend(std::iter::repeat_n('0', scale.saturating_sub(digits.len())));
        out.extend(digits[int_len..].iter().map(|&c| char::from(c)));
    }
    out
}

/// Formats kronor for the UI: `1 234 567,89 kr`.
pub fn format_kr(d: Decimal) -> String {
    format!("{} kr", format_number(d, Some(2), true))
}

/// Formats a fraction 0..1 as a percentage with `dp` decimals: `0.74` → `74,0 %`.
pub fn format_percent(fraction: Decimal, dp: u32) -> String {
    format!(
        "{} %",
        format_number(fraction * Decimal::ONE_HUNDRED, Some(dp), true)
    )
}

/// Why a text could not be read as a number. Worded (and displayed, in Swedish) by
/// [`crate::words`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseNumberError {
    Empty,
    NotANumber(String),
    Ambiguous(String),
    TooLarge(String),
}

impl std::error::Error for ParseNumberError {}

impl super::feature::Message for ParseNumberError {
    fn msg(&self) -> super::feature::Msg {
        use super::feature::{Arg, Msg};
        let (id, s) = match self {
            ParseNumberError::Empty => return Msg::new("number-error-empty", vec![]),
            ParseNumberError::NotANumber(s) => ("number-error-not-a-number", s),
            ParseNumberError::Ambiguous(s) => ("number-error-ambiguous", s),
            ParseNumberError::TooLarge(s) => ("number-error-too-large", s),
        };
        Msg::new(id, vec![("s", Arg::Plain(s.clone()))])
    }
}

/// Reads a number written by a person: decimal comma or point, spaces (also no-break and thin
/// spaces) between thousands, an optional trailing `%`, an optional leading `+`/`-`.
/// `NaN`, `inf`, exponents and text are rejected.
///
/// ```
/// use kvalitetspeng::domain::decimal::parse_number;
/// assert_eq!(parse_number("1 234,5").unwrap().to_string(), "1234.5");
/// assert_eq!(parse_number("86 %").unwrap().to_string(), "86");
/// assert!(parse_number("NaN").is_err());
/// assert!(parse_number("1.234,5").is_err());
/// assert!(parse_number("8 6").is_err()); // not a thousands group
/// assert_eq!(parse_number("-1 234 567,25").unwrap().to_string(), "-1234567.25");
/// ```
#[inline]
pub fn parse_number(raw: &str) -> Result<Decimal, ParseNumberError> {
    match parse_plain(raw.as_bytes()) {
        Some(d) => Ok(d),
        None => parse_written(raw),
    }
}

/// [`parse_number`] of a number that is not plain digits with at most one decimal sign.
#[inline(never)]
fn parse_written(raw: &str) -> Result<Decimal, ParseNumberError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(ParseNumberError::Empty);
    }
    if !grouping_ok(trimmed) {
        return Err(ParseNumberError::NotANumber(trimmed.to_string()));
    }
    let mut s: String = trimmed
        .chars()
        .filter(|c| !is_group_separator(*c))
        .collect();
    if let Some(stripped) = s.strip_suffix('%') {
        s = stripped.to_string();
    }
    // U+2212 MINUS SIGN, as written by some spreadsheets.
    let s = s.replace('\u{2212}', "-");
    let has_comma = s.contains(',');
    let has_point = s.contains('.');
    if has_comma && has_point {
        return Err(ParseNumberError::Ambiguous(trimmed.to_string()));
    }
    let s = s.replace(',', ".");
    let body = s.strip_prefix(['+', '-']).unwrap_or(&s);
    let valid = !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit() || c == '.')
        && body.chars().filter(|c| *c == '.').count() <= 1
        && body.chars().any(|c| c.is_ascii_digit());
    if !valid {
        return Err(ParseNumberError::NotANumber(trimmed.to_string()));
    }
    let s = s.strip_prefix('+').unwrap_or(&s);
    Decimal::from_str(s).map_err(|_| ParseNumberError::TooLarge(trimmed.to_string()))
}

fn is_group_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'')
}

/// Thousands separators only between groups of three digits of the integer part: `1 234 567`
/// and `12 345,5` are numbers, `8 6` and `1 23` are not (they would silently become 86 and 123).
fn grouping_ok(t: &str) -> bool {
    let t = t.strip_suffix('%').unwrap_or(t).trim_end();
    let t = t.trim_start_matches(['+', '-', '\u{2212}']);
    let (int, frac) = match t.find([',', '.']) {
        Some(i) => (&t[..i], &t[i + 1..]),
        None => (t, ""),
    };
    if frac.chars().any(is_group_separator) {
        return false;
    }
    if !int.chars().any(is_group_separator) {
        return true;
    }
    let groups: Vec<&str> = int.split(is_group_separator).collect();
    groups.iter().enumerate().all(|(i, g)| {
        g.chars().all(|c| c.is_ascii_digit())
            && if i == 0 {
                (1..=3).contains(&g.len())
            } else {
                g.len() == 3
            }
    })
}

/// Fast path for the common case, without allocating: `[-]digits[(,|.)digits]`, at most 18
/// digits. Anything else returns `None` and goes through the full parser.
///
/// One test per byte (a digit is `c - '0' < 10`): a match per byte with counters was 5 % of
/// the import. The mantissa wraps past 18 digits, which are then refused.
#[inline]
fn parse_plain(b: &[u8]) -> Option<Decimal> {
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 19 {
        return None;
    }
    let mut mantissa: i64 = 0;
    let mut sep: Option<usize> = None;
    for (k, &c) in digits.iter().enumerate() {
        let d = c.wrapping_sub(b'0');
        if d < 10 {
            mantissa = mantissa.wrapping_mul(10).wrapping_add(i64::from(d));
        } else if (c == b',' || c == b'.') && sep.is_none() {
            sep = Some(k);
        } else {
            return None;
        }
    }
    let n_digits = digits.len() - usize::from(sep.is_some());
    if n_digits == 0 || n_digits > 18 {
        return None;
    }
    let scale = sep.map_or(0, |k| (digits.len() - 1 - k) as u32);
    // (`from_parts` is inlined, where `Decimal::new` was a call whose result, written in
    // 4-byte parts, was read back at once as one 16-byte value: a load the processor cannot
    // take from the pending stores, which stalled it on every value read, 2 % of a 1,2 M-row
    // calculation. At most 18 digits: the mantissa is below 2^60, and the scale at most 18.)
    let m = mantissa.unsigned_abs();
    Some(Decimal::from_parts(
        m as u32,
        (m >> 32) as u32,
        0,
        neg,
        scale,
    ))
}

/// Serde representation of a [`Decimal`] in rule files.
///
/// Writes a plain RON number when that number reads back to exactly the same value
/// (up to 15 significant digits), otherwise a string such as `"0.1234567890123456789"`.
/// Reads numbers (integers or decimals) and strings; rejects NaN and infinities.
pub mod serde_decimal {
    /// Serde's errors carry only text, so a number the rule file cannot hold is reported by
    /// this code, which `crate::words` turns into each language's words.
    pub const TOO_LARGE: &str = "kvp:number-too-large";
    /// The code for NaN or an infinity in a rule file (see [`TOO_LARGE`]).
    pub const NOT_FINITE: &str = "kvp:number-not-finite";
    /// What a number field expects, as serde reports it when it finds something else (see
    /// [`TOO_LARGE`]).
    pub const EXPECTING: &str = "kvp:a-number";

    use super::*;
    use serde::{Deserializer, Serializer, de};

    /// Serializes exactly (see the module docs).
    pub fn serialize<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        let n = d.normalize();
        if n.scale() == 0
            && let Ok(i) = i64::try_from(n.mantissa())
        {
            return s.serialize_i64(i);
        }
        if let Some(f) = rust_decimal::prelude::ToPrimitive::to_f64(&n)
            && f.is_finite()
            && let Ok(back) = Decimal::from_str(&format!("{f}"))
            && back == n
        {
            return s.serialize_f64(f);
        }
        s.serialize_str(&n.to_string())
    }

    pub(crate) struct DecimalVisitor;

    impl de::Visitor<'_> for DecimalVisitor {
        type Value = Decimal;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str(EXPECTING)
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
            Ok(Decimal::from(v))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
            Ok(Decimal::from(v))
        }
        fn visit_i128<E: de::Error>(self, v: i128) -> Result<Decimal, E> {
            Decimal::from_i128_with_scale(v, 0)
                .checked_add(Decimal::ZERO)
                .ok_or_else(|| E::custom(TOO_LARGE))
        }
        fn visit_u128<E: de::Error>(self, v: u128) -> Result<Decimal, E> {
            i128::try_from(v)
                .map_err(|_| E::custom(TOO_LARGE))
                .and_then(|v| self.visit_i128(v))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
            if !v.is_finite() {
                return Err(E::custom(NOT_FINITE));
            }
            Decimal::from_str(&format!("{v}")).map_err(|_| E::custom(TOO_LARGE))
        }
        fn visit_f32<E: de::Error>(self, v: f32) -> Result<Decimal, E> {
            // RON hands over an f32 only when the literal is exactly an f32, so widening is
            // exact (1317755.75 must not become the f32's shortest text 1317755.8).
            self.visit_f64(f64::from(v))
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
            parse_number(v).map_err(|e| E::custom(e.to_string()))
        }
    }

    /// Deserializes a number or numeric string.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        d.deserialize_any(DecimalVisitor)
    }

    /// Wrapper so that collections and options of decimals can use the same representation.
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Dec(pub Decimal);

    impl serde::Serialize for Dec {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize(&self.0, s)
        }
    }
    impl<'de> serde::Deserialize<'de> for Dec {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            deserialize(d).map(Dec)
        }
    }
}

/// Serde representation of `Option<Decimal>` in rule files (see [`serde_decimal`]).
pub mod serde_opt_decimal {
    use super::serde_decimal::Dec;
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        d.map(Dec).serialize(s)
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        Option::<Dec>::deserialize(d).map(|o| o.map(|d| d.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// The form of a number from `Decimal`'s own text (the way it was written before):
    /// split at its point, thousands grouped from the right, the signs swapped in.
    fn from_display(d: Decimal, dp: Option<u32>, thousands: Option<char>, decimal: char) -> String {
        let d = match dp {
            Some(dp) => round_display(d, dp),
            None => d.normalize(),
        };
        let s = d.abs().to_string();
        let (int, frac) = match s.split_once('.') {
            Some((i, f)) => (i.to_string(), Some(f.to_string())),
            None => (s.clone(), None),
        };
        let mut out = String::new();
        if d.is_sign_negative() && !d.is_zero() {
            out.push('-');
        }
        for (i, ch) in int.chars().enumerate() {
            if let Some(sep) = thousands
                && i > 0
                && (int.len() - i) % 3 == 0
            {
                out.push(sep);
            }
            out.push(ch);
        }
        if let Some(f) = frac {
            out.push(decimal);
            out.push_str(&f);
        }
        out
    }

    proptest! {
        /// Every mantissa size and scale (zero, below one, negative, 28 decimals, the
        /// largest), every rounding and both forms: as `Decimal`'s own text gives.
        #[test]
        fn numbers_are_written_as_their_decimal_text(
            mantissa in prop_oneof![
                -1_000i128..1_000,
                -10_000_000_000i128..10_000_000_000,
                any::<i64>().prop_map(i128::from),
                (-(1i128 << 96) + 1)..(1i128 << 96),
            ],
            scale in 0u32..=28,
            dp in proptest::option::of(0u32..=12),
            english in any::<bool>(),
            grouped in any::<bool>(),
            people in any::<bool>(),
        ) {
            let x = Decimal::from_i128_with_scale(mantissa, scale);
            let (sep, decimal) = if english { (',', '.') } else { (' ', ',') };
            let sep = grouped.then_some(sep);
            // The minus sign as given: `−` for people, `-` for programs.
            let minus = if people { '\u{2212}' } else { '-' };
            prop_assert_eq!(
                format_number_with(x, dp, sep, decimal, minus),
                from_display(x, dp, sep, decimal).replacen('-', &minus.to_string(), 1)
            );
            if !english {
                prop_assert_eq!(format_number(x, dp, grouped), from_display(x, dp, sep, ','));
            }
        }
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(round_ore(d("0.005")), d("0.01"));
        assert_eq!(round_ore(d("0.0049999")), d("0.00"));
        assert_eq!(round_ore(d("-0.005")), d("-0.01"));
        assert_eq!(round_ore(d("571428.5714285714")), d("571428.57"));
        assert_eq!(round_ore(d("12")).to_string(), "12.00");
    }

    #[test]
    fn formats_swedish() {
        assert_eq!(format_number(d("1000000"), Some(2), true), "1 000 000,00");
        assert_eq!(format_number(d("999.999"), Some(2), true), "1 000,00");
        assert_eq!(format_number(d("-1234.5"), Some(1), true), "-1 234,5");
        assert_eq!(format_number(d("0"), Some(2), false), "0,00");
        assert_eq!(format_kr(d("444000")), "444 000,00 kr");
        assert_eq!(format_percent(d("0.74"), 1), "74,0 %");
    }

    #[test]
    fn parses_people_numbers() {
        assert_eq!(parse_number("12,35").unwrap(), d("12.35"));
        assert_eq!(parse_number(" 12.35 ").unwrap(), d("12.35"));
        assert_eq!(parse_number("1\u{a0}000").unwrap(), d("1000"));
        assert_eq!(parse_number("−3").unwrap(), d("-3"));
        assert_eq!(parse_number("+3").unwrap(), d("3"));
        for bad in [
            "", "abc", "1,2,3", "inf", "NaN", "1e5", "-", ",", "1.0.0", "8 6", "1 23", "1234 567",
            "12,3 4",
        ] {
            assert!(parse_number(bad).is_err(), "{bad} should fail");
        }
        // The fast path agrees with the full parser.
        for t in [
            "0",
            "12",
            "12,5",
            "12.5",
            "-3,25",
            "007",
            "1,",
            ",5",
            "123456789012345678",
            "9999999999999999999",
            "-9999999999999999999,5",
        ] {
            let fast = parse_plain(t.as_bytes());
            let full = Decimal::from_str(&t.replace(',', ".")).ok();
            if let Some(f) = fast {
                assert_eq!(Some(f), full, "{t}");
            }
        }
        assert_eq!(parse_number("1,").unwrap(), d("1"));
        assert!(parse_number("-").is_err());
        // The fast path is the byte-by-byte one it replaced (kept here as the reference), on
        // every text of up to five bytes over digits, both separators, a minus and a letter,
        // and on long runs of digits around the 18-digit limit.
        fn reference(b: &[u8]) -> Option<Decimal> {
            let (neg, digits) = match b.first()? {
                b'-' => (true, &b[1..]),
                _ => (false, b),
            };
            if digits.is_empty() || digits.len() > 19 {
                return None;
            }
            let (mut mantissa, mut scale, mut n_digits) = (0i64, None::<u32>, 0);
            for &c in digits {
                match c {
                    b'0'..=b'9' => {
                        if n_digits == 18 {
                            return None;
                        }
                        mantissa = mantissa * 10 + i64::from(c - b'0');
                        n_digits += 1;
                        if let Some(s) = scale.as_mut() {
                            *s += 1;
                        }
                    }
                    b',' | b'.' if scale.is_none() => scale = Some(0),
                    _ => return None,
                }
            }
            if n_digits == 0 || n_digits > 18 || scale == Some(0) && digits.len() == 1 {
                return None;
            }
            Some(Decimal::new(
                if neg { -mantissa } else { mantissa },
                scale.unwrap_or(0),
            ))
        }
        let alphabet = b"0159,.-x";
        let mut texts: Vec<Vec<u8>> = vec![Vec::new()];
        let mut last: Vec<Vec<u8>> = vec![Vec::new()];
        for _ in 0..5 {
            last = last
                .iter()
                .flat_map(|t| {
                    alphabet.iter().map(move |&c| {
                        let mut t = t.clone();
                        t.push(c);
                        t
                    })
                })
                .collect();
            texts.extend(last.iter().cloned());
        }
        for n in 15..=21 {
            for sep in [None, Some(1), Some(n / 2), Some(n - 1)] {
                let mut t: Vec<u8> = (0..n).map(|k| b"9876543210"[k % 10]).collect();
                if let Some(k) = sep {
                    t[k] = b',';
                }
                texts.push(t.clone());
                texts.push([b"-".as_slice(), &t].concat());
            }
        }
        for t in &texts {
            let (fast, slow) = (parse_plain(t), reference(t));
            assert_eq!(fast, slow, "{:?}", String::from_utf8_lossy(t));
            assert_eq!(
                fast.map(|f| f.scale()),
                slow.map(|f| f.scale()),
                "{:?}",
                String::from_utf8_lossy(t)
            );
        }
        assert!(matches!(
            parse_number("99999999999999999999999999999999"),
            Err(ParseNumberError::TooLarge(_))
        ));
    }
}
