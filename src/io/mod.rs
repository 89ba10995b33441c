//! Reading and writing files. Everything here may do I/O; the domain does not.

pub mod advances;
pub mod atomic;
pub mod audit;
pub mod correction;
pub mod effect;
pub mod error;
pub mod export_csv;
pub mod export_decide;
pub mod export_xlsx;
pub mod fields;
pub mod kolada;
pub mod locked;
pub mod report;
pub mod results_csv;
pub mod results_xlsx;
pub mod rules_ron;
pub mod standards;
pub mod text;
pub mod usecase;

use std::path::Path;

pub use error::{FileError, FileErrorMsg, ImportError};

use crate::domain::ResultSet;

/// The file name of a path, for messages.
pub fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// The largest results file read (CSV, workbook or Kolada JSON), in bytes: 2 GiB, about
/// 60 M CSV rows. Checked before reading.
pub const MAX_RESULTS_BYTES: u64 = 2 << 30;
/// The largest rule file or Kolada mapping read, in bytes (16 MiB; a real one is a few KB).
pub const MAX_RULES_BYTES: u64 = 16 << 20;

/// Reads a whole input file, refusing anything that is not a regular file (a folder, a FIFO, a
/// device such as `/dev/zero`, a socket: at once, without opening it) and anything larger than
/// `limit` bytes (before reading). A symbolic link is followed and its target checked. The file
/// is read through a `take(limit + 1)` so that a file growing while it is read cannot exceed the
/// limit either.
pub fn read_input(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    use std::io::Read;
    let name = display_name(path);
    let meta = std::fs::metadata(path).map_err(|e| FileError::io(&name, &e))?;
    if !meta.is_file() {
        let kind = error::SpecialFile::of(&meta.file_type());
        return Err(FileError::new(
            &name,
            None,
            None,
            FileErrorMsg::NotRegularFile { kind },
        ));
    }
    let too_large =
        |size| FileError::new(&name, None, None, FileErrorMsg::TooLarge { size, limit });
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| FileError::io(&name, &e))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| FileError::io(&name, &e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Decodes an input's bytes (see [`text::decode`]) with a located error.
pub fn decode_input<'a>(
    bytes: &'a [u8],
    name: &str,
) -> Result<std::borrow::Cow<'a, str>, FileError> {
    text::decode(bytes).map_err(|e| FileError::new(name, e.line, None, e.msg))
}

/// How to read a results file beyond its path.
#[derive(Debug, Clone, Default)]
pub struct ResultsOptions {
    /// Sheet of a workbook (default: the first).
    pub sheet: Option<String>,
    /// Mapping file for Kolada JSON.
    pub mapping: Option<std::path::PathBuf>,
}

/// The kind of a results file, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultsKind {
    Csv,
    Spreadsheet,
    Kolada,
}

impl ResultsKind {
    pub fn of(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" | "txt" | "tsv" => Some(ResultsKind::Csv),
            "xlsx" | "xlsm" | "xls" | "ods" => Some(ResultsKind::Spreadsheet),
            "json" => Some(ResultsKind::Kolada),
            _ => None,
        }
    }
}

/// Reads a results file, choosing the format by its extension: `.csv`/`.txt`, `.xlsx`/`.xls`/`.ods`,
/// or Kolada `.json` (with `opts.mapping`).
pub fn read_results(path: &Path) -> Result<ResultSet, ImportError> {
    read_results_with(path, &ResultsOptions::default())
}

/// [`read_results`] with a sheet name or a Kolada mapping.
pub fn read_results_with(path: &Path, opts: &ResultsOptions) -> Result<ResultSet, ImportError> {
    let name = display_name(path);
    let bytes = read_input(path, MAX_RESULTS_BYTES).map_err(ImportError::single)?;
    let mapping = match (ResultsKind::of(path), &opts.mapping) {
        (Some(ResultsKind::Kolada), Some(mp)) => Some((
            read_input(mp, MAX_RULES_BYTES).map_err(ImportError::single)?,
            display_name(mp),
        )),
        _ => None,
    };
    parse_results_bytes(
        &bytes,
        &name,
        opts.sheet.as_deref(),
        mapping.as_ref().map(|(b, n)| (b.as_slice(), n.as_str())),
    )
}

/// Reads a results file for one calculation with the plan `plan`: a CSV file is streamed
/// and its rows folded into the cells of the plan's periods as they are read (see
/// [`results_csv::read_folded`]: memory bounded by the cells, not the rows), and read whole
/// as [`read_results_with`] when that is not possible, which gives the same calculation. The
/// result set is for this plan only (another plan's periods may need rows it did not keep).
pub fn read_results_for(
    path: &Path,
    opts: &ResultsOptions,
    plan: &crate::domain::plan::Plan,
) -> Result<ResultSet, ImportError> {
    read_results_for_periods(path, opts, plan.periods_read())
}

/// [`read_results_for`] for the calculations of any plans that read these periods (their
/// periods and baseline periods; the decision commands' plans, whose variations keep the
/// periods): folded into them when they do not overlap, else read whole.
pub fn read_results_for_periods(
    path: &Path,
    opts: &ResultsOptions,
    periods: impl IntoIterator<Item = crate::domain::period::Period>,
) -> Result<ResultSet, ImportError> {
    if ResultsKind::of(path).unwrap_or(ResultsKind::Csv) == ResultsKind::Csv
        && let Some(windows) = crate::domain::results::Folded::windows_for(periods)
        && let Some(set) = results_csv::read_folded(path, &display_name(path), &windows)
    {
        return Ok(set);
    }
    read_results_with(path, opts)
}

/// Reads a results file's bytes, choosing the format by the name's extension (as
/// [`read_results_with`]; used for files kept in a locked run).
pub fn parse_results_bytes(
    bytes: &[u8],
    name: &str,
    sheet: Option<&str>,
    mapping: Option<(&[u8], &str)>,
) -> Result<ResultSet, ImportError> {
    match ResultsKind::of(Path::new(name)) {
        Some(ResultsKind::Spreadsheet) => results_xlsx::parse_results_xlsx(bytes, name, sheet),
        Some(ResultsKind::Kolada) => {
            let Some((mbytes, mname)) = mapping else {
                return Err(ImportError::single(FileError::new(
                    name,
                    None,
                    None,
                    FileErrorMsg::MappingNeeded,
                )));
            };
            let mtext = decode_input(mbytes, mname).map_err(ImportError::single)?;
            let mapping = kolada::parse_mapping(&mtext, mname).map_err(ImportError::single)?;
            kolada::parse_kolada(bytes, name, &mapping, mname)
        }
        _ => results_csv::parse_results(bytes, name),
    }
}

/// A rule file as read: its rules, the SHA-256 of its bytes, its name as shown and its text
/// (decoded), in which its problems are located ([`Self::locate`]) without reading it again.
#[derive(Debug, Clone)]
pub struct RuleText {
    pub rules: crate::domain::RuleSet,
    pub sha256: String,
    pub name: String,
    pub text: String,
}

impl RuleText {
    /// `problems` of these rules, each with its line and column in this text.
    pub fn locate(
        &self,
        problems: &[crate::domain::validation::Problem],
    ) -> rules_ron::locate::FileProblems {
        rules_ron::locate::FileProblems::new(&self.name, &self.text, problems)
    }
}

/// Reads a rule file's bytes (as [`read_rule_text`], for files kept in a locked run).
pub fn parse_rule_text(bytes: &[u8], name: &str) -> Result<RuleText, FileError> {
    let text = decode_input(bytes, name)?;
    let rules = rules_ron::parse_rules(&text, name)?;
    Ok(RuleText {
        rules,
        sha256: audit::sha256_hex(bytes),
        name: name.to_string(),
        text: text.into_owned(),
    })
}

/// Reads a rule file: its rules, their hash and the text they were read from.
pub fn read_rule_text(path: &Path) -> Result<RuleText, FileError> {
    let name = display_name(path);
    let bytes = read_input(path, MAX_RULES_BYTES)?;
    parse_rule_text(&bytes, &name)
}

/// Reads a rule file.
pub fn read_rules(path: &Path) -> Result<crate::domain::RuleSet, FileError> {
    read_rule_text(path).map(|r| r.rules)
}

/// Reads a rule file and its comments (what a save keeps of them).
pub fn read_rules_with_comments(path: &Path) -> Result<(RuleText, rules_ron::Comments), FileError> {
    let read = read_rule_text(path)?;
    let comments = rules_ron::comments(&read.text);
    Ok((read, comments))
}

/// Writes what `make` makes of each run of `calc`'s providers (with their indicator results,
/// made again by `again` when not kept) to `out` as it is made: runs of
/// [`Calculation::RUN`](crate::domain::Calculation::RUN) made on every core, a few per core
/// at a time, and written in order, so that a few MB are in memory whatever the size.
pub fn write_in_runs(
    out: &mut dyn std::io::Write,
    calc: &crate::domain::Calculation,
    again: Option<&crate::domain::engine::Explainer<'_>>,
    make: impl Fn(&[crate::domain::explanation::ProviderResult]) -> Vec<u8> + Sync,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let run = crate::domain::Calculation::RUN;
    let batch = run * 4 * rayon::current_num_threads().max(1);
    for providers in calc.providers.chunks(batch) {
        let made: Vec<Vec<u8>> = providers
            .par_chunks(run)
            .map(|r| make(&calc.with_indicators(r, again)))
            .collect();
        for bytes in made {
            out.write_all(&bytes)?;
        }
    }
    Ok(())
}

/// Whether an export goes to a workbook (by the file name; else a CSV table).
pub fn is_xlsx(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}

/// The files of a payout export, by extension: `.xlsx` a workbook with explanation, rules and
/// audit sheets; anything else CSV plus its `.verifikation.csv` audit companion.
pub fn payout_files(
    path: &Path,
    calc: &crate::domain::Calculation,
    again: Option<&crate::domain::engine::Explainer<'_>>,
    rules: &crate::domain::RuleSet,
    audit: &audit::Audit,
    lang: crate::words::Lang,
) -> Result<Vec<(std::path::PathBuf, Vec<u8>)>, FileError> {
    if is_xlsx(path) {
        let bytes = export_xlsx::payout_xlsx(calc, again, rules, audit, lang).map_err(|e| {
            FileError::new(
                &display_name(path),
                None,
                None,
                FileErrorMsg::Write(e.to_string()),
            )
        })?;
        Ok(vec![(path.to_path_buf(), bytes)])
    } else {
        Ok(vec![
            (path.to_path_buf(), export_csv::payout_csv(calc, lang)),
            (audit::companion_path(path), audit::audit_csv(audit)),
        ])
    }
}

/// Writes the payout table (see [`payout_files`]): the table and its audit companion are
/// written all-or-nothing.
pub fn write_payouts(
    path: &Path,
    calc: &crate::domain::Calculation,
    rules: &crate::domain::RuleSet,
    audit: &audit::Audit,
    lang: crate::words::Lang,
) -> Result<(), FileError> {
    write_files(&payout_files(path, calc, None, rules, audit, lang)?)
}

/// Writes every file or none (see [`atomic::write_all_atomic_with`]); an error names the file
/// that failed and what was and was not written.
pub fn write_files(files: &[(std::path::PathBuf, Vec<u8>)]) -> Result<(), FileError> {
    write_files_with(files, Vec::new())
}

/// [`write_files`] with more files written as they are made (see
/// [`atomic::write_all_atomic_with`]): every file or none, each target checked before anything
/// is written.
pub fn write_files_with(
    files: &[(std::path::PathBuf, Vec<u8>)],
    streams: Vec<(&Path, atomic::Content<'_>)>,
) -> Result<(), FileError> {
    let names: Vec<String> = files
        .iter()
        .map(|(p, _)| display_name(p))
        .chain(streams.iter().map(|(p, _)| display_name(p)))
        .collect();
    let all: Vec<(&Path, atomic::Content<'_>)> = files
        .iter()
        .map(|(p, b)| (p.as_path(), atomic::Content::Bytes(b)))
        .chain(streams)
        .collect();
    atomic::write_all_atomic_with(all).map_err(|e| FileError::write(&names.join(", "), &e))
}

/// True if `a` and `b` are (or would be) the same file: the same file on disk (same device and
/// inode, or the same canonical path), or, for files not yet there, the same canonical folder
/// and name.
pub fn same_file(a: &Path, b: &Path) -> bool {
    if let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            return ma.dev() == mb.dev() && ma.ino() == mb.ino();
        }
        #[cfg(not(unix))]
        {
            let _ = (ma, mb);
            return std::fs::canonicalize(a).ok() == std::fs::canonicalize(b).ok();
        }
    }
    let norm = |p: &Path| {
        let parent = p
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let parent = std::fs::canonicalize(parent).unwrap_or_else(|_| parent.to_path_buf());
        let name = p.file_name().map(|n| {
            if cfg!(windows) {
                n.to_string_lossy().to_lowercase()
            } else {
                n.to_string_lossy().into_owned()
            }
        });
        (parent, name)
    };
    norm(a) == norm(b)
}

/// Refuses outputs that would overwrite an input or each other.
pub fn check_outputs(inputs: &[&Path], outputs: &[&Path]) -> Result<(), FileError> {
    for (k, out) in outputs.iter().enumerate() {
        if let Some(input) = inputs.iter().find(|i| same_file(i, out)) {
            return Err(FileError::new(
                &display_name(out),
                None,
                None,
                FileErrorMsg::OutputIsInput {
                    input: display_name(input),
                },
            ));
        }
        if let Some(other) = outputs[..k].iter().find(|o| same_file(o, out)) {
            return Err(FileError::new(
                &display_name(out),
                None,
                None,
                FileErrorMsg::OutputTwice {
                    other: display_name(other),
                },
            ));
        }
    }
    Ok(())
}
