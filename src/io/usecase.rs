//! The program's use cases without a user interface: load → calculate → export, report,
//! lock, verify and correct, as plain functions that return what was made or why not. The
//! command line (`cli`) prints what they return and the app shows it; nothing here prints
//! or knows egui. The audit of a calculation is made here ([`Audit::new`]), and a locked
//! run's archive is made and recomputed by [`super::locked`] from the same steps.

use std::path::{Path, PathBuf};

use super::audit::{self, Audit};
use super::correction::{CorrectionDiff, correction_diff};
use super::locked::{self, InputFile, LockError, LockInput, Run, Verification};
use super::report::statement::{Statement, StatementInput};
use super::report::{Compared, Report, ReportInput};
use super::rules_ron::locate::FileProblems;
use super::{FileError, ImportError, ResultsOptions, atomic};
use crate::domain::RuleSet;
use crate::domain::decide::compare::compare;
use crate::domain::engine::{Explainer, aggregate::Aggregated};
use crate::domain::explanation::{Calculation, Detail};
use crate::domain::plan::Plan;
use crate::domain::results::ResultSet;
use crate::words::Lang;

/// Why a use case was not done (nothing was written).
#[derive(Debug)]
pub enum Failure {
    /// An input or output file could not be used.
    File(FileError),
    /// The results file has errors.
    Import(ImportError),
    /// The rules have errors: every problem the domain found, located in the rule file's text
    /// as read.
    Rules(FileProblems),
    /// The other rule file of a comparison has errors (located likewise).
    OtherRules(FileProblems),
    /// A locked run could not be made or read.
    Lock(LockError),
    /// A locked run whose files do not match its manifest (what verification found).
    Unverified(Verification),
    /// A locked run whose inputs cannot be calculated again.
    NotRecalculable,
    /// The decision report could not be made (the writer's message).
    Report(String),
    /// The report's effect follow-up could not be estimated: the Kolada file's name and why.
    Effect(String, crate::domain::effect::EffectError),
}

/// The files a calculation is made from.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub rules: &'a Path,
    pub results: &'a Path,
    pub opts: &'a ResultsOptions,
}

impl Sources<'_> {
    /// The input files, for the check that no output replaces one.
    pub fn inputs(&self) -> Vec<&Path> {
        let mut inputs = vec![self.rules, self.results];
        inputs.extend(self.opts.mapping.as_deref());
        inputs
    }
}

/// A calculation made from files: the rules, their plan, the calculation and its audit.
/// The rows and their aggregation are kept when explanations make indicator results again
/// ([`Self::explainer`]); else they are freed aside ([`Self::free_spare`]) once the outputs
/// are made.
pub struct Calculated {
    pub rules: RuleSet,
    pub plan: Plan,
    /// The plan's warnings, located in the rule file's text as read.
    pub rule_warnings: FileProblems,
    pub calc: Calculation,
    pub audit: Audit,
    kept: Option<(ResultSet, Aggregated)>,
    spare: Option<(ResultSet, Aggregated)>,
}

impl Calculated {
    /// Makes the providers' indicator results again (`None` unless asked to keep them).
    pub fn explainer(&self) -> Option<Explainer<'_>> {
        self.kept
            .as_ref()
            .map(|(results, agg)| Explainer::new(&self.plan, results, agg))
    }

    /// The result set read (until [`Self::free_spare`] when not kept).
    pub fn results(&self) -> Option<&ResultSet> {
        self.kept.as_ref().or(self.spare.as_ref()).map(|(r, _)| r)
    }

    /// Frees the rows and the aggregation on a worker, unless kept for explanations.
    pub fn free_spare(&mut self) {
        if let Some(spare) = self.spare.take() {
            free_aside(spare);
        }
    }
}

/// Load and calculate: reads the rule file, compiles it, reads the results for its periods
/// (streamed when it can be, see [`super::read_results_for`]) and calculates. An error in the
/// results is reported before one in the rules. `keep` keeps the rows for explanations.
pub fn calculate(s: &Sources<'_>, keep: bool) -> Result<Calculated, Failure> {
    // The pool's threads are started (and one woken) while the rules are read and compiled,
    // rather than when the reading first asks for them.
    rayon::spawn(|| ());
    let read = super::read_rule_text(s.rules).map_err(Failure::File)?;
    // Compiled (and validated) once, before the results are read so that they are read for
    // its periods only (memory bounded by the cells).
    let plan = crate::domain::plan::compile(&read.rules);
    let results = match &plan {
        Ok(plan) => super::read_results_for(s.results, s.opts, plan),
        Err(_) => super::read_results_with(s.results, s.opts),
    };
    let mut results = results.map_err(Failure::Import)?;
    let plan = plan.map_err(|p| Failure::Rules(read.locate(&p)))?;
    let rule_warnings = read.locate(&plan.warnings);
    let agg = crate::domain::engine::aggregate(&plan, &results);
    // The folded cells are in the aggregation now: freed before the calculation is made.
    if let Some(f) = &mut results.folded {
        free_aside(std::mem::take(&mut f.cells));
    }
    // The indicator results are not kept: the explanations make them again a run of
    // providers at a time (at national scale they were most of the memory).
    let calc = crate::domain::engine::calculate_detail(&plan, &results, &agg, Detail::Providers);
    let audit = Audit::new(
        (read.name, read.sha256),
        (
            super::display_name(s.results),
            results.source_sha256.clone(),
        ),
        audit::now_utc(),
    );
    let (kept, spare) = if keep {
        (Some((results, agg)), None)
    } else {
        (None, Some((results, agg)))
    };
    Ok(Calculated {
        rules: read.rules,
        plan,
        rule_warnings,
        calc,
        audit,
        kept,
        spare,
    })
}

/// Input files as read whole (a locked run's): the rule file, the results file, a Kolada
/// mapping and the sheet of a workbook.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    pub rules: &'a InputFile,
    pub results: &'a InputFile,
    pub mapping: Option<&'a InputFile>,
    pub sheet: Option<&'a str>,
}

/// Load and calculate from input files read whole (what a locked run is made and recomputed
/// from): the rules, the calculation with every indicator result, and its audit made at
/// `calculated_at`.
pub fn calculate_inputs(
    i: &Inputs<'_>,
    calculated_at: &str,
) -> Result<(RuleSet, Calculation, Audit), Failure> {
    let read = super::parse_rule_text(&i.rules.bytes, &i.rules.name).map_err(Failure::File)?;
    let set = super::parse_results_bytes(
        &i.results.bytes,
        &i.results.name,
        i.sheet,
        i.mapping.map(|m| (m.bytes.as_slice(), m.name.as_str())),
    )
    .map_err(Failure::Import)?;
    let calc =
        crate::domain::calculate(&read.rules, &set).map_err(|p| Failure::Rules(read.locate(&p)))?;
    let audit = Audit::new(
        (read.name, read.sha256),
        (i.results.name.clone(), set.source_sha256.clone()),
        calculated_at.to_string(),
    );
    Ok((read.rules, calc, audit))
}

/// Reads a results file for calculations with each of `rules` (and variations of them, which
/// keep their periods): streamed and folded into their periods where that can be done (see
/// [`super::read_results_for_periods`]), else read whole, as when a rule set has errors (they
/// are reported when it is calculated).
pub fn read_results_for_rules(
    path: &Path,
    opts: &ResultsOptions,
    rules: &[&RuleSet],
) -> Result<ResultSet, ImportError> {
    let plans: Option<Vec<Plan>> = rules
        .iter()
        .map(|r| crate::domain::plan::compile(r).ok())
        .collect();
    match &plans {
        Some(plans) => {
            super::read_results_for_periods(path, opts, plans.iter().flat_map(|p| p.periods_read()))
        }
        None => super::read_results_with(path, opts),
    }
}

/// The audit rows of a decision export (a comparison, a sweep): the program, every input
/// (key, path, SHA-256) and the time.
pub fn decision_audit(inputs: &[(&str, &Path, &str)]) -> super::export_decide::AuditRows {
    let mut rows = vec![(
        "program".to_string(),
        format!("Kvalitetspeng {}", env!("CARGO_PKG_VERSION")),
    )];
    for (key, path, sha) in inputs {
        rows.push((key.to_string(), super::display_name(path)));
        rows.push((format!("{key}_sha256"), sha.to_string()));
    }
    rows.push(("beräknad".into(), audit::now_utc()));
    rows
}

/// Frees `t` on a worker of the pool while the work goes on (the main thread would wait for
/// it with the other core idle).
pub fn free_aside<T: Send + 'static>(t: T) {
    rayon::spawn(move || drop(t));
}

/// Writes every output or none: `files` and the `streams` written as they are made, after
/// checking that none would replace an input or another output.
pub fn write_outputs(
    inputs: &[&Path],
    files: &[(PathBuf, Vec<u8>)],
    streams: Vec<(&Path, atomic::Content<'_>)>,
) -> Result<(), FileError> {
    let outputs: Vec<&Path> = files
        .iter()
        .map(|(p, _)| p.as_path())
        .chain(streams.iter().map(|(p, _)| *p))
        .collect();
    super::check_outputs(inputs, &outputs)?;
    super::write_files_with(files, streams)
}

/// What a decision report is made from: the files, another rule file to compare with (e.g.
/// last year's) and the decision's reference.
pub struct ReportRequest<'a> {
    pub sources: Sources<'a>,
    pub compare_rules: Option<&'a Path>,
    pub decision: Option<&'a str>,
    /// The effect follow-up to add as a section (`report --effect-kolada …`).
    pub effect: Option<EffectRequest<'a>>,
}

/// What the report's effect follow-up estimates: a KPI of a Kolada file, and for which
/// municipality from which year (difference in differences, as `kvalitetspeng effect`).
#[derive(Debug, Clone)]
pub struct EffectRequest<'a> {
    pub kolada: &'a Path,
    pub kpi: &'a str,
    pub question: crate::domain::effect::Question,
}

/// The effect of `req`, estimated as `kvalitetspeng effect` does by default.
fn estimate_effect(req: &EffectRequest<'_>) -> Result<crate::domain::effect::Effect, Failure> {
    use crate::domain::effect::{Method, estimate_with};
    let read = super::effect::read_panel(req.kolada, req.kpi).map_err(Failure::Import)?;
    estimate_with(&read.panel, &req.question, Method::DifferenceInDifferences)
        .map_err(|e| Failure::Effect(super::display_name(req.kolada), e))
}

/// A calculation read whole, every indicator result kept (what a report or the statements are
/// made from): the rules, the results, the calculation and its audit.
fn calculate_whole(s: &Sources<'_>) -> Result<(RuleSet, ResultSet, Calculation, Audit), Failure> {
    let read = super::read_rule_text(s.rules).map_err(Failure::File)?;
    let results = super::read_results_with(s.results, s.opts).map_err(Failure::Import)?;
    let calc = crate::domain::calculate(&read.rules, &results)
        .map_err(|p| Failure::Rules(read.locate(&p)))?;
    let audit = Audit::new(
        (read.name, read.sha256),
        (
            super::display_name(s.results),
            results.source_sha256.clone(),
        ),
        audit::now_utc(),
    );
    Ok((read.rules, results, calc, audit))
}

/// What the providers' statements are made from: the files and the decision's reference.
pub struct StatementsRequest<'a> {
    pub sources: Sources<'a>,
    pub decision: Option<&'a str>,
}

/// Every provider's statement (see [`super::report::statement`]), made in memory.
pub fn statements(req: &StatementsRequest<'_>, lang: Lang) -> Result<Vec<Statement>, Failure> {
    let (rules, _, calc, audit) = calculate_whole(&req.sources)?;
    super::report::statement::statements(
        &StatementInput {
            calc: &calc,
            rules: &rules,
            audit: &audit,
            decision: req.decision,
        },
        lang,
    )
    .map_err(Failure::Report)
}

/// Writes the statements into `dir` as one transaction: the folder is made if it is not there
/// (and removed again if the writing fails), every file or none is written, none replaces an
/// input or anything but a regular file. Returns the paths written.
pub fn write_statements(
    inputs: &[&Path],
    dir: &Path,
    statements: &[Statement],
) -> Result<Vec<PathBuf>, FileError> {
    let made = make_folder(dir)?;
    let files: Vec<(PathBuf, Vec<u8>)> = statements
        .iter()
        .map(|s| (dir.join(&s.file_name), s.pdf.clone()))
        .collect();
    match write_outputs(inputs, &files, Vec::new()) {
        Ok(()) => Ok(files.into_iter().map(|(p, _)| p).collect()),
        Err(e) => {
            // The folders made for the statements, deepest first (only if still empty).
            for d in made.iter().rev() {
                let _ = std::fs::remove_dir(d);
            }
            Err(e)
        }
    }
}

/// Makes the folder `dir` and those above it that are not there; returns the ones made,
/// outermost first. A `dir` that is there but not a folder is refused.
fn make_folder(dir: &Path) -> Result<Vec<PathBuf>, FileError> {
    let refuse = |why: atomic::Cause| {
        FileError::of_write(&atomic::WriteError {
            file: dir.to_path_buf(),
            cause: why,
            written: Vec::new(),
            not_written: Vec::new(),
        })
    };
    if let Ok(m) = std::fs::metadata(dir) {
        return if m.is_dir() {
            Ok(Vec::new())
        } else {
            Err(refuse(atomic::Cause::Refused(atomic::Refusal::NoFolder(
                dir.to_path_buf(),
            ))))
        };
    }
    let missing: Vec<PathBuf> = dir
        .ancestors()
        .filter(|a| !a.as_os_str().is_empty() && std::fs::symlink_metadata(a).is_err())
        .map(Path::to_path_buf)
        .collect();
    std::fs::create_dir_all(dir).map_err(|e| refuse(atomic::Cause::Io(e)))?;
    Ok(missing.into_iter().rev().collect())
}

/// The decision report of a calculation read whole (with a comparison when asked).
pub fn report(req: &ReportRequest<'_>, lang: Lang) -> Result<Report, Failure> {
    let s = &req.sources;
    let (rules, results, calc, audit) = calculate_whole(s)?;
    let effect = req.effect.as_ref().map(estimate_effect).transpose()?;
    let baseline = match req.compare_rules {
        None => None,
        Some(path) => {
            let other = super::read_rule_text(path).map_err(Failure::File)?;
            match crate::domain::calculate(&other.rules, &results) {
                Ok(c) => Some((other.name, c, other.rules)),
                Err(p) => return Err(Failure::OtherRules(other.locate(&p))),
            }
        }
    };
    let comparison = baseline.as_ref().map(|(_, b, _)| compare(b, &calc));
    let compared = match (&baseline, &comparison) {
        (Some((label, _, other)), Some(c)) => Some(Compared {
            label,
            comparison: c,
            rules: Some(other),
        }),
        _ => None,
    };
    super::report::report(
        &ReportInput {
            calc: &calc,
            rules: &rules,
            audit: &audit,
            compared,
            decision: req.decision,
            correction: None,
            effect: effect
                .as_ref()
                .zip(req.effect.as_ref())
                .map(|(effect, r)| super::report::EffectFollowUp { effect, kpi: r.kpi }),
        },
        lang,
    )
    .map_err(Failure::Report)
}

/// Reads an input file whole (within `limit`) with its display name, as a lock keeps it.
pub fn input_file(path: &Path, limit: u64) -> Result<InputFile, FileError> {
    Ok(InputFile {
        name: super::display_name(path),
        bytes: super::read_input(path, limit)?,
    })
}

/// The input files of a lock: rules, results and a Kolada mapping, read whole.
pub fn lock_sources(
    s: &Sources<'_>,
) -> Result<(InputFile, InputFile, Option<InputFile>), FileError> {
    Ok((
        input_file(s.rules, super::MAX_RULES_BYTES)?,
        input_file(s.results, super::MAX_RESULTS_BYTES)?,
        s.opts
            .mapping
            .as_deref()
            .map(|m| input_file(m, super::MAX_RULES_BYTES))
            .transpose()?,
    ))
}

/// A locked run: the archive's bytes, its fingerprint and the run it holds.
pub struct Locked {
    pub bytes: Vec<u8>,
    pub fingerprint: String,
    pub run: Run,
}

/// Locks a run: calculates it from its input files, makes the archive and reads back its
/// fingerprint.
pub fn lock(input: &LockInput) -> Result<Locked, LockError> {
    let (bytes, run) = locked::lock(input)?;
    let fingerprint = locked::open(&bytes)?.fingerprint;
    Ok(Locked {
        bytes,
        fingerprint,
        run,
    })
}

/// Verifies the locked run in a file (see [`locked::verify`]).
pub fn verify(archive: &Path) -> Result<Verification, Failure> {
    let bytes = super::read_input(archive, locked::MAX_TOTAL_BYTES).map_err(Failure::File)?;
    locked::verify(&bytes).map_err(Failure::Lock)
}

/// A correction of a locked run: the corrected results and how they are kept.
pub struct CorrectRequest<'a> {
    pub locked: &'a Path,
    pub results: &'a Path,
    /// Another Kolada mapping (default: the archived one).
    pub mapping: Option<&'a Path>,
    pub sheet: Option<&'a str>,
    pub decision: Option<&'a str>,
    /// Whether the corrected run's archive holds its decision report.
    pub with_report: bool,
}

/// A correction: what changes against the locked run, the corrected run and its archive
/// (which names the run it corrects).
pub struct Correction {
    pub diff: CorrectionDiff,
    pub after: Run,
    pub archive: Vec<u8>,
}

/// Corrects a locked run (which must verify) with corrected results: the corrected run is
/// calculated with the locked rules and locked as a new archive, and the difference made.
pub fn correct(req: &CorrectRequest<'_>, lang: Lang) -> Result<Correction, Failure> {
    let bytes = super::read_input(req.locked, locked::MAX_TOTAL_BYTES).map_err(Failure::File)?;
    let archive = locked::open(&bytes).map_err(Failure::Lock)?;
    let v = locked::verify(&bytes).map_err(Failure::Lock)?;
    if !v.ok() {
        return Err(Failure::Unverified(v));
    }
    let (Some(rules), Ok(before)) = (archive.input(locked::Role::Rules), archive.run()) else {
        return Err(Failure::NotRecalculable);
    };
    let results = input_file(req.results, super::MAX_RESULTS_BYTES).map_err(Failure::File)?;
    let mapping = req
        .mapping
        .map(|m| input_file(m, super::MAX_RULES_BYTES))
        .transpose()
        .map_err(Failure::File)?
        .or_else(|| archive.input(locked::Role::KoladaMapping));
    let locked_name = super::display_name(req.locked);
    let input = LockInput {
        rules,
        results,
        mapping,
        sheet: req.sheet.map(str::to_string),
        decision_reference: req.decision.map(str::to_string),
        locked_at: audit::now_utc(),
        lang,
        with_report: req.with_report,
        corrects: Some(locked::Corrects {
            archive: locked_name.clone(),
            fingerprint: archive.fingerprint.clone(),
        }),
    };
    let (new_archive, after) = locked::lock(&input).map_err(Failure::Lock)?;
    let diff = correction_diff(&before.calc, &after.calc, &locked_name, lang);
    Ok(Correction {
        diff,
        after,
        archive: new_archive,
    })
}

/// The decision report of a correction: the corrected run with what changed.
pub fn correction_report(
    c: &Correction,
    decision: Option<&str>,
    lang: Lang,
) -> Result<Report, Failure> {
    super::report::report(
        &ReportInput {
            calc: &c.after.calc,
            rules: &c.after.rules,
            audit: &c.after.audit,
            compared: None,
            decision,
            correction: Some(&c.diff),
            effect: None,
        },
        lang,
    )
    .map_err(Failure::Report)
}
