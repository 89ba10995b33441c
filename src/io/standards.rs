//! `kvalitetspeng standards`: reads a rule file and a baseline period's results, fixes the
//! standards' levels from them ([`crate::domain::standards::freeze`]) and writes the new rule
//! file through [`super::atomic`], never over an input. A failure writes nothing.

use std::path::Path;

use super::usecase::Failure;
use super::{ResultsOptions, display_name};
use crate::domain::RuleSet;
use crate::domain::standards::{Found, Source, freeze};

/// The files of a `standards` run.
#[derive(Debug, Clone, Copy)]
pub struct StandardsRequest<'a> {
    pub rules: &'a Path,
    pub baseline: &'a Path,
    pub opts: &'a ResultsOptions,
    pub out: &'a Path,
}

/// Fixes the standards of `req.rules` from `req.baseline` and writes the result to `req.out`;
/// returns the new rules and the levels found.
pub fn standards(req: &StandardsRequest<'_>) -> Result<(RuleSet, Vec<Found>), Failure> {
    let mut inputs = vec![req.rules, req.baseline];
    inputs.extend(req.opts.mapping.as_deref());
    super::check_outputs(&inputs, &[req.out]).map_err(Failure::File)?;
    let (rules, _) = super::read_rules_hashed(req.rules).map_err(Failure::File)?;
    let baseline = super::read_results_with(req.baseline, req.opts).map_err(Failure::Import)?;
    let source = Source {
        file: display_name(req.baseline),
        sha256: baseline.source_sha256.clone(),
    };
    let (frozen, found) = freeze(&rules, &baseline, &source).map_err(Failure::Rules)?;
    let text = super::rules_ron::to_ron_string(&frozen);
    super::write_files(&[(req.out.to_path_buf(), text.into_bytes())]).map_err(Failure::File)?;
    Ok((frozen, found))
}
