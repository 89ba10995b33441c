//! `kvalitetspeng standards`: reads a rule file and a baseline period's results, fixes the
//! standards' levels from them ([`crate::domain::standards::freeze`]) and writes the new rule
//! file through [`super::atomic`], never over an input. A failure writes nothing.

use std::path::Path;

use super::rules_ron::locate::FileProblems;
use super::usecase::Failure;
use super::{ResultsOptions, display_name};
use crate::domain::RuleSet;
use crate::domain::standards::{Found, Source, freeze};
use crate::domain::validation::{Severity, validate};

/// The files of a `standards` run.
#[derive(Debug, Clone, Copy)]
pub struct StandardsRequest<'a> {
    pub rules: &'a Path,
    pub baseline: &'a Path,
    pub opts: &'a ResultsOptions,
    pub out: &'a Path,
}

/// What `standards` made: the new rules, the levels found and the new rules' warnings, located
/// in the text written to `req.out`.
pub struct Frozen {
    pub rules: RuleSet,
    pub found: Vec<Found>,
    pub warnings: FileProblems,
}

/// Fixes the standards of `req.rules` from `req.baseline` and writes the result to `req.out`.
/// An error of the rules is located in the rule file's text as read.
pub fn standards(req: &StandardsRequest<'_>) -> Result<Frozen, Failure> {
    let mut inputs = vec![req.rules, req.baseline];
    inputs.extend(req.opts.mapping.as_deref());
    super::check_outputs(&inputs, &[req.out]).map_err(Failure::File)?;
    let read = super::read_rule_text(req.rules).map_err(Failure::File)?;
    let baseline = super::read_results_with(req.baseline, req.opts).map_err(Failure::Import)?;
    let source = Source {
        file: display_name(req.baseline),
        sha256: baseline.source_sha256.clone(),
    };
    let (frozen, found) =
        freeze(&read.rules, &baseline, &source).map_err(|p| Failure::Rules(read.locate(&p)))?;
    let text = super::rules_ron::to_ron_string(&frozen);
    let warnings: Vec<_> = validate(&frozen)
        .into_iter()
        .filter(|p| p.severity == Severity::Warning)
        .collect();
    let warnings = FileProblems::new(&display_name(req.out), &text, &warnings);
    super::write_files(&[(req.out.to_path_buf(), text.into_bytes())]).map_err(Failure::File)?;
    Ok(Frozen {
        rules: frozen,
        found,
        warnings,
    })
}
