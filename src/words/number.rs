//! Numbers as each language writes them, with the signs of its language file (`number-*`):
//! decimal comma and space between thousands in Swedish, decimal point and comma in English.

use rust_decimal::Decimal;

use super::Lang;

/// A whole number with the thousands separator of `lang`: `1200000` → `1 200 000` (Swedish) or
/// `1,200,000` (English).
///
/// ```
/// use kvalitetspeng::words::number::group_thousands;
/// use kvalitetspeng::words::Lang;
/// assert_eq!(group_thousands(1_200_000u64, Lang::Sv), "1 200 000");
/// assert_eq!(group_thousands(1_234, Lang::En), "1,234");
/// ```
pub fn group_thousands(n: u64, lang: Lang) -> String {
    format_number_lang(Decimal::from(n), None, lang)
}

/// Formats a number with the conventions of `lang` (English: decimal point, comma thousands).
pub fn format_number_lang(d: Decimal, dp: Option<u32>, lang: Lang) -> String {
    lang.words().number(d, dp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn each_language_writes_numbers_its_way() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        assert_eq!(
            format_number_lang(d("1234.5"), Some(2), Lang::En),
            "1,234.50"
        );
        assert_eq!(
            format_number_lang(d("1234.5"), Some(2), Lang::Sv),
            "1 234,50"
        );
        // People read the real minus sign (U+2212) in both languages.
        assert_eq!(format_number_lang(d("-0.5"), None, Lang::En), "−0.5");
        assert_eq!(
            format_number_lang(d("-1234.5"), Some(2), Lang::Sv),
            "−1 234,50"
        );
    }

    /// Fields and columns that a program reads back keep the ASCII minus, and read back.
    #[test]
    fn programs_read_the_ascii_minus() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        let w = Lang::Sv.words();
        assert_eq!(w.plain_number(d("-5000"), 2), "-5000,00");
        assert_eq!(w.edit_number(d("-1234.5")), "-1 234,5");
        for s in ["-1 234,5", "−1 234,5"] {
            assert_eq!(
                crate::domain::decimal::parse_number(s).unwrap(),
                d("-1234.5")
            );
        }
    }
}
