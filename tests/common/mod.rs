#![allow(dead_code)]
//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use kvalitetspeng::domain::{Calculation, ResultSet, RuleSet};
use rust_decimal::Decimal;

pub fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// An exact number from a decimal text.
#[allow(dead_code)]
pub fn q(s: &str) -> kvalitetspeng::domain::exact::Q {
    d(s).into()
}

pub fn sample(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample_data")
        .join(rel)
}

pub fn rules(rel: &str) -> RuleSet {
    kvalitetspeng::io::read_rules(&sample(rel)).unwrap_or_else(|e| panic!("{e}"))
}

pub fn results(rel: &str) -> ResultSet {
    kvalitetspeng::io::read_results(&sample(rel)).unwrap_or_else(|e| panic!("{e}"))
}

pub fn calc(rules_rel: &str, results_rel: &str) -> Calculation {
    kvalitetspeng::domain::calculate(&rules(rules_rel), &results(results_rel))
        .unwrap_or_else(|p| panic!("{p:?}"))
}

pub fn payouts(c: &Calculation) -> Vec<(String, String)> {
    c.providers
        .iter()
        .map(|p| (p.name.clone(), p.payout.to_string()))
        .collect()
}
