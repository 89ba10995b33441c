//! Decision support: what happens if the rules change, before the nämnd decides.
//!
//! - [`compare`]: two calculations side by side (two rule sets, or two results files);
//! - [`solve`]: the rate that makes a scheme meet a budget;
//! - [`sweep`]: one parameter varied over a range, the cost and every payout at each step.
//!
//! Everything is computed by the same exact engine; the parameter paths are in [`param`].

pub mod compare;
pub mod param;
pub mod rule_changes;
pub mod solve;
pub mod sweep;

use super::engine::{Aggregated, aggregate_reusing, calculate_detail};
use super::explanation::{Calculation, Detail};
use super::plan::compile;
use super::results::ResultSet;
use super::rules::RuleSet;
use super::validation::{Problem, Severity};

/// Calculates rule sets on one result set, keeping the aggregation between calls (a sweep's
/// steps usually share the period and indicators, so only the scoring and payout are redone).
pub struct Evaluator<'a> {
    results: &'a ResultSet,
    agg: Option<Aggregated>,
}

impl<'a> Evaluator<'a> {
    pub fn new(results: &'a ResultSet) -> Self {
        Evaluator { results, agg: None }
    }

    /// With an aggregation made earlier for these results (the app's).
    pub fn with_aggregation(results: &'a ResultSet, agg: Option<Aggregated>) -> Self {
        Evaluator { results, agg }
    }

    /// The calculation of `rules`, or its validation errors.
    pub fn calculate(&mut self, rules: &RuleSet) -> Result<Calculation, Vec<Problem>> {
        self.calculate_detail(rules, Detail::Indicators)
    }

    /// [`Self::calculate`] keeping as much of the explanation as `detail` says: the questions
    /// about totals and payouts need the providers' results only (see [`Detail::Providers`]).
    pub fn calculate_detail(
        &mut self,
        rules: &RuleSet,
        detail: Detail,
    ) -> Result<Calculation, Vec<Problem>> {
        let plan = compile(rules).map_err(|p| {
            p.into_iter()
                .filter(|p| p.severity == Severity::Error)
                .collect::<Vec<_>>()
        })?;
        let agg = match self.agg.take() {
            Some(a) if a.fits(&plan, self.results) => a,
            previous => aggregate_reusing(&plan, self.results, previous.as_ref()),
        };
        let calc = calculate_detail(&plan, self.results, &agg, detail);
        self.agg = Some(agg);
        Ok(calc)
    }
}
