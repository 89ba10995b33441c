//! Periods: a year (`2025`), half-year (`2025-H1`), quarter (`2025-Q3`) or month (`2025-03`).

use std::fmt;
use std::str::FromStr;

/// A calendar period, stored as the year and the range of months it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    pub year: u16,
    /// First month, 1–12.
    pub first_month: u8,
    /// Last month, 1–12, ≥ `first_month`.
    pub last_month: u8,
}

impl Period {
    /// A whole year.
    pub fn year(year: u16) -> Self {
        Period {
            year,
            first_month: 1,
            last_month: 12,
        }
    }

    /// True if `other` lies within this period (a month lies within its quarter, half-year and year).
    ///
    /// ```
    /// use kvalitetspeng::domain::period::Period;
    /// let y: Period = "2025".parse().unwrap();
    /// assert!(y.contains(&"2025-03".parse().unwrap()));
    /// assert!(!y.contains(&"2024-03".parse().unwrap()));
    /// let q1: Period = "2025-Q1".parse().unwrap();
    /// assert!(q1.contains(&"2025-02".parse().unwrap()));
    /// assert!(!q1.contains(&"2025-H1".parse().unwrap()));
    /// ```
    pub fn contains(&self, other: &Period) -> bool {
        self.year == other.year
            && self.first_month <= other.first_month
            && other.last_month <= self.last_month
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.first_month, self.last_month) {
            (1, 12) => write!(f, "{}", self.year),
            (1, 6) => write!(f, "{}-H1", self.year),
            (7, 12) => write!(f, "{}-H2", self.year),
            (a, b) if b == a + 2 && (a - 1) % 3 == 0 => {
                write!(f, "{}-Q{}", self.year, (a - 1) / 3 + 1)
            }
            (a, b) if a == b => write!(f, "{}-{:02}", self.year, a),
            (a, b) => write!(f, "{}-{:02}..{:02}", self.year, a, b),
        }
    }
}

/// The text is not a period.
/// Worded (and displayed, in Swedish) by [`crate::words`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodError(pub String);

impl std::error::Error for PeriodError {}

impl super::feature::Message for PeriodError {
    fn msg(&self) -> super::feature::Msg {
        use super::feature::{Arg, Msg};
        Msg::new("period-error", vec![("e", Arg::Plain(self.0.clone()))])
    }
}

impl FromStr for Period {
    type Err = PeriodError;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let err = || PeriodError(raw.to_string());
        let s = raw.trim();
        let (y, rest) = match s.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (s, None),
        };
        if y.len() != 4 || !y.chars().all(|c| c.is_ascii_digit()) {
            return Err(err());
        }
        let year: u16 = y.parse().map_err(|_| err())?;
        if !(1900..=2200).contains(&year) {
            return Err(err());
        }
        let Some(rest) = rest else {
            return Ok(Period::year(year));
        };
        let upper = rest.to_ascii_uppercase();
        let (first, last) = match upper.as_str() {
            "H1" => (1, 6),
            "H2" => (7, 12),
            "Q1" | "K1" | "T1" => (1, 3),
            "Q2" | "K2" | "T2" => (4, 6),
            "Q3" | "K3" | "T3" => (7, 9),
            "Q4" | "K4" | "T4" => (10, 12),
            m if m.len() == 2 && m.chars().all(|c| c.is_ascii_digit()) => {
                let m: u8 = m.parse().map_err(|_| err())?;
                if !(1..=12).contains(&m) {
                    return Err(err());
                }
                (m, m)
            }
            _ => return Err(err()),
        };
        Ok(Period {
            year,
            first_month: first,
            last_month: last,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_display_round_trip() {
        for s in [
            "2025", "2025-H1", "2025-H2", "2025-Q1", "2025-Q4", "2025-01", "2025-12",
        ] {
            let p: Period = s.parse().unwrap();
            assert_eq!(p.to_string(), s);
        }
        assert_eq!("2025-k2".parse::<Period>().unwrap().to_string(), "2025-Q2");
        for bad in [
            "", "25", "2025-13", "2025-00", "2025-Q5", "abcd", "2025-", "20250",
        ] {
            assert!(bad.parse::<Period>().is_err(), "{bad}");
        }
    }
}
