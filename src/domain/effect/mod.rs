//! Effect follow-up (issue 37): did a municipality's KPI change after it began paying
//! kvalitetspeng, compared with municipalities that do not pay one? A panel of one KPI
//! (municipality × year), the difference in differences of the paying ("treated")
//! municipality against the comparison municipalities, and inference that is valid for one
//! treated unit: placebo estimates with each comparison municipality as if it were treated, an
//! interval by inverting that test, the pre-period fit and the smallest effect the data could
//! have detected ([`did`]); or against a synthetic control, a weighted mean of the comparison
//! municipalities fitted to the pre years ([`synth`]). Statistics in `f64`: no money is
//! involved. See `docs/effect.md`.

pub mod did;
pub mod providers;
pub mod synth;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

pub use did::{Effect, Interval, PreTrend, estimate};
pub use synth::estimate_synthetic;

/// How the comparison is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Against the comparison municipalities' mean ([`did`]).
    DifferenceInDifferences,
    /// Against a weighted mean fitted to the pre years ([`synth`]).
    SyntheticControl,
}

/// Estimates the effect by `method` (see [`estimate`] and [`estimate_synthetic`]).
pub fn estimate_with(panel: &Panel, q: &Question, method: Method) -> Result<Effect, EffectError> {
    match method {
        Method::DifferenceInDifferences => estimate(panel, q),
        Method::SyntheticControl => estimate_synthetic(panel, q),
    }
}

/// One KPI's values per municipality (its code) and year.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Panel {
    values: BTreeMap<String, BTreeMap<i32, f64>>,
}

/// A value that is not a finite number (NaN or infinite): not put in a panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotFinite;

impl Panel {
    /// An empty panel.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the value of `unit` in `year`; the value it replaces, if any.
    pub fn insert(&mut self, unit: &str, year: i32, value: f64) -> Result<Option<f64>, NotFinite> {
        if !value.is_finite() {
            return Err(NotFinite);
        }
        Ok(self
            .values
            .entry(unit.to_string())
            .or_default()
            .insert(year, value))
    }

    /// The value of `unit` in `year`.
    pub fn get(&self, unit: &str, year: i32) -> Option<f64> {
        self.values.get(unit)?.get(&year).copied()
    }

    /// Whether the panel has any value of `unit`.
    pub fn has(&self, unit: &str) -> bool {
        self.values.contains_key(unit)
    }

    /// The municipalities, in code order.
    pub fn units(&self) -> impl Iterator<Item = &str> {
        self.values.keys().map(String::as_str)
    }

    /// The years `unit` has a value for, in order.
    pub fn years_of(&self, unit: &str) -> Vec<i32> {
        self.values
            .get(unit)
            .map(|y| y.keys().copied().collect())
            .unwrap_or_default()
    }

    /// The number of municipalities.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether the panel has no values.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// What is asked: the municipality that pays kvalitetspeng, the first year it was paid, and
/// the municipalities to leave out of the comparison (those that pay one too).
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub treated: String,
    pub introduced: i32,
    pub exclude: Vec<String>,
}

/// Why an effect cannot be estimated from a panel.
#[derive(Debug, Clone, PartialEq)]
pub enum EffectError {
    /// The treated municipality has no value in the panel.
    TreatedMissing { code: String },
    /// The treated municipality is also among those to leave out.
    TreatedExcluded { code: String },
    /// The treated municipality has no value before the year it began (`first`: its first year).
    NoPreYears { introduced: i32, first: i32 },
    /// The treated municipality has no value from the year it began on (`last`: its last year).
    NoPostYears { introduced: i32, last: i32 },
    /// Fewer than two comparison municipalities with a value in every year the treated one
    /// has (`dropped`: those left out for a missing year).
    TooFewComparisons { found: usize, dropped: usize },
}

impl crate::domain::feature::Message for EffectError {
    fn msg(&self) -> crate::domain::feature::Msg {
        use crate::domain::feature::{Arg, Msg};
        let year = |y: &i32| Arg::Plain(y.to_string());
        let (id, args) = match self {
            EffectError::TreatedMissing { code } => (
                "effect-error-treated-missing",
                vec![("code", Arg::Plain(code.clone()))],
            ),
            EffectError::TreatedExcluded { code } => (
                "effect-error-treated-excluded",
                vec![("code", Arg::Plain(code.clone()))],
            ),
            EffectError::NoPreYears { introduced, first } => (
                "effect-error-no-pre-years",
                vec![("introduced", year(introduced)), ("first", year(first))],
            ),
            EffectError::NoPostYears { introduced, last } => (
                "effect-error-no-post-years",
                vec![("introduced", year(introduced)), ("last", year(last))],
            ),
            EffectError::TooFewComparisons { found, dropped } => (
                "effect-error-too-few",
                vec![
                    ("found", Arg::Count(*found as u64)),
                    ("dropped", Arg::Count(*dropped as u64)),
                ],
            ),
        };
        Msg::new(id, args)
    }
}
