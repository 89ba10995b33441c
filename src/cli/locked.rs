//! `kvalitetspeng report`, `lock`, `verify` and `correct`: the decision report, locked runs
//! and corrections (see `docs/formats.md` and `io::locked`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::io;
use crate::io::locked::{self, InputFile, LockInput};
use crate::words::{Lang, Word};

/// Prints an error, its control characters escaped (it may quote an archive or a file).
fn fail(lang: Lang, msg: &str, code: u8) -> ExitCode {
    let msg = io::fields::printable(msg, usize::MAX);
    eprintln!("{}: {msg}", lang.word(Word::Error));
    ExitCode::from(code)
}

/// `--decision` is checked like a name (no control or format characters, at most 200).
fn check_decision(decision: Option<&str>, lang: Lang) -> Result<(), ExitCode> {
    match decision.map(|d| io::fields::check(d, io::fields::FieldKind::Name)) {
        Some(Err(e)) => Err(fail(lang, &format!("--decision: {}", e.text(lang)), 2)),
        _ => Ok(()),
    }
}

/// Reads an input file whole (within the results limit) with its display name.
fn input(path: &Path, limit: u64) -> Result<InputFile, io::FileError> {
    Ok(InputFile {
        name: io::display_name(path),
        bytes: io::read_input(path, limit)?,
    })
}

/// The inputs of `lock` and `report`.
pub struct Sources<'a> {
    pub rules: &'a Path,
    pub results: &'a Path,
    pub mapping: Option<&'a Path>,
    pub sheet: Option<&'a str>,
}

fn read_sources(
    s: &Sources<'_>,
) -> Result<(InputFile, InputFile, Option<InputFile>), io::FileError> {
    Ok((
        input(s.rules, io::MAX_RULES_BYTES)?,
        input(s.results, io::MAX_RESULTS_BYTES)?,
        s.mapping
            .map(|m| input(m, io::MAX_RULES_BYTES))
            .transpose()?,
    ))
}

/// Writes `files` unless one would replace an input; all or nothing.
fn write_outputs(inputs: &[&Path], files: &[(PathBuf, Vec<u8>)], lang: Lang) -> ExitCode {
    let outputs: Vec<&Path> = files.iter().map(|(p, _)| p.as_path()).collect();
    match io::check_outputs(inputs, &outputs).and_then(|()| io::write_files(files)) {
        Ok(()) => {
            for (p, _) in files {
                println!("{} {}", lang.word(Word::Wrote), p.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(lang, &e.text(lang), 2),
    }
}

/// `kvalitetspeng report`.
pub fn run_report(
    s: &Sources<'_>,
    compare_rules: Option<&Path>,
    decision: Option<&str>,
    out: &Path,
    lang: Lang,
) -> ExitCode {
    if let Err(code) = check_decision(decision, lang) {
        return code;
    }
    let opts = io::ResultsOptions {
        sheet: s.sheet.map(str::to_string),
        mapping: s.mapping.map(Path::to_path_buf),
    };
    let (rules, rules_sha256) = match io::read_rules_hashed(s.rules) {
        Ok(r) => r,
        Err(e) => return fail(lang, &e.text(lang), 2),
    };
    let results = match io::read_results_with(s.results, &opts) {
        Ok(r) => r,
        Err(e) => return fail(lang, &e.text(lang), 2),
    };
    let calc = match crate::domain::calculate(&rules, &results) {
        Ok(c) => c,
        Err(p) => {
            for p in &p {
                eprintln!(
                    "{}: {}: {}",
                    lang.word(Word::Error),
                    p.location(lang),
                    p.text(lang)
                );
            }
            return ExitCode::from(1);
        }
    };
    let baseline = match compare_rules {
        None => None,
        Some(path) => {
            let r = match io::read_rules(path) {
                Ok(r) => r,
                Err(e) => return fail(lang, &e.text(lang), 2),
            };
            match crate::domain::calculate(&r, &results) {
                Ok(c) => Some((io::display_name(path), c)),
                Err(p) => {
                    let msg = p
                        .iter()
                        .map(|p| p.text(lang))
                        .collect::<Vec<_>>()
                        .join("; ");
                    return fail(lang, &format!("{}: {msg}", io::display_name(path)), 1);
                }
            }
        }
    };
    let comparison = baseline
        .as_ref()
        .map(|(_, b)| crate::domain::decide::compare::compare(b, &calc));
    let audit = io::audit::Audit::new(
        (io::display_name(s.rules), rules_sha256),
        (io::display_name(s.results), results.source_sha256.clone()),
        io::audit::now_utc(),
    );
    let compared = match (&baseline, &comparison) {
        (Some((label, _)), Some(c)) => Some(io::report::Compared {
            label,
            comparison: c,
        }),
        _ => None,
    };
    let pdf = match io::report::report(
        &io::report::ReportInput {
            calc: &calc,
            rules: &rules,
            audit: &audit,
            compared,
            decision,
            correction: None,
        },
        lang,
    ) {
        Ok(r) => warn_missing_glyphs(r, lang),
        Err(e) => return fail(lang, &e, 2),
    };
    let mut inputs = vec![s.rules, s.results];
    inputs.extend(s.mapping);
    inputs.extend(compare_rules);
    write_outputs(&inputs, &[(out.to_path_buf(), pdf)], lang)
}

/// The report's PDF, after a warning on standard error for each provider (or other text)
/// with characters that no bundled font has (drawn as empty boxes).
fn warn_missing_glyphs(r: io::report::Report, lang: Lang) -> Vec<u8> {
    for m in &r.missing {
        eprintln!("{}: {}", lang.word(Word::Warning), m.text(lang));
    }
    r.pdf
}

/// `kvalitetspeng lock`.
pub fn run_lock(
    s: &Sources<'_>,
    decision: Option<&str>,
    report: bool,
    out: &Path,
    lang: Lang,
) -> ExitCode {
    if let Err(code) = check_decision(decision, lang) {
        return code;
    }
    let (rules, results, mapping) = match read_sources(s) {
        Ok(x) => x,
        Err(e) => return fail(lang, &e.text(lang), 2),
    };
    let input = LockInput {
        rules,
        results,
        mapping,
        sheet: s.sheet.map(str::to_string),
        decision_reference: decision.map(str::to_string),
        locked_at: io::audit::now_utc(),
        lang,
        with_report: report,
        corrects: None,
    };
    lock_and_write(&input, s, out, lang)
}

fn lock_and_write(input: &LockInput, s: &Sources<'_>, out: &Path, lang: Lang) -> ExitCode {
    let (bytes, run) = match locked::lock(input) {
        Ok(x) => x,
        Err(e @ locked::LockError::Rules(_)) => return fail(lang, &e.text(lang), 1),
        Err(e) => return fail(lang, &e.text(lang), 2),
    };
    let fingerprint = match locked::open(&bytes) {
        Ok(a) => a.fingerprint,
        Err(e) => return fail(lang, &e.text(lang), 2),
    };
    for m in &run.report_missing {
        eprintln!("{}: {}", lang.word(Word::Warning), m.text(lang));
    }
    let mut inputs = vec![s.rules, s.results];
    inputs.extend(s.mapping);
    let code = write_outputs(&inputs, &[(out.to_path_buf(), bytes)], lang);
    if code == ExitCode::SUCCESS {
        println!("{}: {fingerprint}", lang.word(Word::FingerprintQuoteItIn));
    }
    code
}

/// `kvalitetspeng verify`: 0 when everything matches, 3 when something differs.
pub fn run_verify(archive: &Path, lang: Lang) -> ExitCode {
    let bytes = match io::read_input(archive, locked::MAX_TOTAL_BYTES) {
        Ok(b) => b,
        Err(e) => return fail(lang, &e.text(lang), 2),
    };
    let v = match locked::verify(&bytes) {
        Ok(v) => v,
        Err(e) => {
            return fail(
                lang,
                &format!("{}: {}", io::display_name(archive), e.text(lang)),
                2,
            );
        }
    };
    let m = &v.manifest;
    // The manifest's texts with control characters escaped: a file cannot drive the terminal.
    let p = |s: &str| crate::io::fields::printable(s, 200);
    println!(
        "{} {} ({} {}, Kvalitetspeng {})",
        lang.word(Word::LockedRun),
        io::display_name(archive),
        lang.word(Word::Locked),
        p(&m.locked_at),
        p(&m.program_version)
    );
    if let Some(d) = &m.decision_reference {
        println!("{}: {}", lang.word(Word::Decision), p(d));
    }
    if let Some(c) = &m.corrects {
        println!(
            "{}: {} ({})",
            lang.word(Word::Corrects),
            p(&c.archive),
            p(&c.fingerprint)
        );
    }
    println!("{}: {}", lang.word(Word::Fingerprint), v.fingerprint);
    for f in &m.files {
        println!("  {}  {}", p(&f.sha256), p(&f.name));
    }
    if v.ok() {
        println!("{}", lang.word(Word::OkEveryFileMatches));
        return ExitCode::SUCCESS;
    }
    for f in &v.findings {
        eprintln!("{}: {}", lang.word(Word::Mismatch), p(&f.text(lang)));
    }
    if v.other_version {
        eprintln!(
            "{}",
            lang.words()
                .cli_locked_other_version(&m.program_version, &env!("CARGO_PKG_VERSION"))
        );
    }
    ExitCode::from(3)
}

/// What `kvalitetspeng correct` is given.
pub struct CorrectArgs<'a> {
    pub locked: &'a Path,
    pub results: &'a Path,
    pub mapping: Option<&'a Path>,
    pub sheet: Option<&'a str>,
    pub out: Option<&'a Path>,
    pub report: Option<&'a Path>,
    pub lock: Option<&'a Path>,
    pub decision: Option<&'a str>,
}

/// `kvalitetspeng correct`: the difference a corrected results file makes against a locked
/// run (CSV and report page), and optionally the corrected run locked as a new archive that
/// names the one it corrects.
pub fn run_correct(a: &CorrectArgs<'_>, lang: Lang) -> ExitCode {
    if let Err(code) = check_decision(a.decision, lang) {
        return code;
    }
    let bytes = match io::read_input(a.locked, locked::MAX_TOTAL_BYTES) {
        Ok(b) => b,
        Err(e) => return fail(lang, &e.text(lang), 2),
    };
    let archive = match locked::open(&bytes) {
        Ok(x) => x,
        Err(e) => return fail(lang, &e.text(lang), 2),
    };
    let v = match locked::verify(&bytes) {
        Ok(v) => v,
        Err(e) => return fail(lang, &e.text(lang), 2),
    };
    if !v.ok() {
        for f in &v.findings {
            eprintln!("{}: {}", lang.word(Word::Mismatch), f.text(lang));
        }
        return fail(lang, lang.word(Word::LockedRunDoesNot), 3);
    }
    let (Some(rules), Ok(before)) = (archive.input(locked::Role::Rules), archive.run()) else {
        return fail(lang, "the locked run cannot be recalculated", 2);
    };
    let results = match input(a.results, io::MAX_RESULTS_BYTES) {
        Ok(x) => x,
        Err(e) => return fail(lang, &e.text(lang), 2),
    };
    let mapping = match a.mapping.map(|m| input(m, io::MAX_RULES_BYTES)).transpose() {
        Ok(m) => m.or_else(|| archive.input(locked::Role::KoladaMapping)),
        Err(e) => return fail(lang, &e.text(lang), 2),
    };
    let input = LockInput {
        rules,
        results,
        mapping,
        sheet: a.sheet.map(str::to_string),
        decision_reference: a.decision.map(str::to_string),
        locked_at: io::audit::now_utc(),
        lang,
        with_report: a.report.is_some(),
        corrects: Some(locked::Corrects {
            archive: io::display_name(a.locked),
            fingerprint: archive.fingerprint.clone(),
        }),
    };
    let (new_archive, after) = match locked::lock(&input) {
        Ok(x) => x,
        Err(e) => return fail(lang, &e.text(lang), 2),
    };
    let diff =
        locked::correction_diff(&before.calc, &after.calc, &io::display_name(a.locked), lang);
    println!(
        "{}",
        lang.words().cli_locked_providers_change_in_total_kr(
            &diff.providers.len(),
            &crate::words::number::format_number_lang(diff.total_delta(), Some(2), lang)
        )
    );
    for p in &diff.providers {
        println!(
            "  {} {}: {} → {}",
            crate::io::fields::printable(&p.id, 40),
            crate::io::fields::printable(&p.name, 60),
            crate::words::number::format_number_lang(p.before, Some(2), lang),
            crate::words::number::format_number_lang(p.after, Some(2), lang)
        );
    }
    let mut files = Vec::new();
    if let Some(out) = a.out {
        files.push((out.to_path_buf(), locked::correction_csv(&diff, lang)));
    }
    if let Some(path) = a.report {
        match io::report::report(
            &io::report::ReportInput {
                calc: &after.calc,
                rules: &after.rules,
                audit: &after.audit,
                compared: None,
                decision: a.decision,
                correction: Some(&diff),
            },
            lang,
        ) {
            Ok(r) => files.push((path.to_path_buf(), warn_missing_glyphs(r, lang))),
            Err(e) => return fail(lang, &e, 2),
        }
    }
    if let Some(path) = a.lock {
        files.push((path.to_path_buf(), new_archive));
    }
    let mut inputs = vec![a.locked, a.results];
    inputs.extend(a.mapping);
    write_outputs(&inputs, &files, lang)
}
