//! `kvalitetspeng report`, `lock`, `verify` and `correct`: the decision report, locked runs
//! and corrections (see `docs/formats.md` and `io::locked`).

use crate::words::msg;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::io;
use crate::io::locked::{self, LockInput};
use crate::io::usecase::{self, Failure};
use crate::words::{Lang, Text, Word};

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

/// The inputs of `lock` and `report`.
pub struct Sources<'a> {
    pub rules: &'a Path,
    pub results: &'a Path,
    pub mapping: Option<&'a Path>,
    pub sheet: Option<&'a str>,
}

impl Sources<'_> {
    fn options(&self) -> io::ResultsOptions {
        io::ResultsOptions {
            sheet: self.sheet.map(str::to_string),
            mapping: self.mapping.map(Path::to_path_buf),
        }
    }

    fn sources<'a>(&'a self, opts: &'a io::ResultsOptions) -> usecase::Sources<'a> {
        usecase::Sources {
            rules: self.rules,
            results: self.results,
            opts,
        }
    }
}

/// A use case's failure as the one line `fail` prints (the rules' problems are printed by
/// the command that can have them).
fn failure_text(f: &Failure, lang: Lang) -> String {
    match f {
        Failure::File(e) => e.text(lang),
        Failure::Import(e) => e.text(lang),
        Failure::Lock(e) => e.text(lang),
        Failure::Report(m) => m.clone(),
        Failure::Effect(file, e) => format!("{file}: {}", e.text(lang)),
        Failure::NotRecalculable => "the locked run cannot be recalculated".to_string(),
        Failure::Rules(p) | Failure::OtherRules(p) => p
            .errors()
            .map(|l| l.text(&p.file, lang))
            .collect::<Vec<_>>()
            .join("; "),
        Failure::Unverified(_) => lang.word(Word::LockedRunDoesNot).to_string(),
    }
}

/// Writes `files` unless one would replace an input; all or nothing.
fn write_outputs(inputs: &[&Path], files: &[(PathBuf, Vec<u8>)], lang: Lang) -> ExitCode {
    match usecase::write_outputs(inputs, files, Vec::new()) {
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
    effect: Option<usecase::EffectRequest<'_>>,
    out: &Path,
    lang: Lang,
) -> ExitCode {
    if let Err(code) = check_decision(decision, lang) {
        return code;
    }
    let opts = s.options();
    let kolada = effect.as_ref().map(|e| e.kolada);
    let req = usecase::ReportRequest {
        sources: s.sources(&opts),
        compare_rules,
        decision,
        effect,
    };
    let pdf = match usecase::report(&req, lang) {
        Ok(r) => warn_missing_glyphs(r, lang),
        Err(Failure::Rules(problems) | Failure::OtherRules(problems)) => {
            super::print_rule_errors(&problems, lang);
            return ExitCode::from(1);
        }
        Err(f) => return fail(lang, &failure_text(&f, lang), 2),
    };
    let mut inputs = vec![s.rules, s.results];
    inputs.extend(s.mapping);
    inputs.extend(compare_rules);
    inputs.extend(kolada);
    write_outputs(&inputs, &[(out.to_path_buf(), pdf)], lang)
}

/// `kvalitetspeng statements`: one PDF per provider in `out`, all or none.
pub fn run_statements(s: &Sources<'_>, decision: Option<&str>, out: &Path, lang: Lang) -> ExitCode {
    if let Err(code) = check_decision(decision, lang) {
        return code;
    }
    let opts = s.options();
    let req = usecase::StatementsRequest {
        sources: s.sources(&opts),
        decision,
    };
    let statements = match usecase::statements(&req, lang) {
        Ok(st) => st,
        Err(Failure::Rules(problems)) => {
            super::print_rule_errors(&problems, lang);
            return ExitCode::from(1);
        }
        Err(f) => return fail(lang, &failure_text(&f, lang), 2),
    };
    let mut warned = std::collections::HashSet::new();
    for m in statements.iter().flat_map(|st| &st.missing) {
        let text = m.text(lang);
        if warned.insert(text.clone()) {
            eprintln!("{}: {text}", lang.word(Word::Warning));
        }
    }
    let mut inputs = vec![s.rules, s.results];
    inputs.extend(s.mapping);
    match usecase::write_statements(&inputs, out, &statements) {
        Ok(paths) => {
            for p in paths {
                println!("{} {}", lang.word(Word::Wrote), p.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(lang, &e.text(lang), 2),
    }
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
    let (rules, results, mapping) = match usecase::lock_sources(&s.sources(&s.options())) {
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
    let made = match usecase::lock(input) {
        Ok(x) => x,
        Err(e @ locked::LockError::Rules(_)) => return fail(lang, &e.text(lang), 1),
        Err(e) => return fail(lang, &e.text(lang), 2),
    };
    for m in &made.run.report_missing {
        eprintln!("{}: {}", lang.word(Word::Warning), m.text(lang));
    }
    let mut inputs = vec![s.rules, s.results];
    inputs.extend(s.mapping);
    let code = write_outputs(&inputs, &[(out.to_path_buf(), made.bytes)], lang);
    if code == ExitCode::SUCCESS {
        println!(
            "{}: {}",
            lang.word(Word::FingerprintQuoteItIn),
            made.fingerprint
        );
    }
    code
}

/// `kvalitetspeng verify`: 0 when everything matches, 3 when something differs.
pub fn run_verify(archive: &Path, lang: Lang) -> ExitCode {
    let v = match usecase::verify(archive) {
        Ok(v) => v,
        Err(Failure::Lock(e)) => {
            return fail(
                lang,
                &format!("{}: {}", io::display_name(archive), e.text(lang)),
                2,
            );
        }
        Err(f) => return fail(lang, &failure_text(&f, lang), 2),
    };
    let m = &v.manifest;
    // The manifest's texts with control characters escaped: a file cannot drive the terminal.
    let p = |s: &str| crate::io::fields::printable(s, 200);
    println!(
        "{} {} ({} {}, Kvalitetspeng {})",
        lang.word(Word::LockedRun),
        io::display_name(archive),
        lang.word(Word::Locked),
        p(&lang.words().time_in_words(&m.locked_at)),
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
            msg!(
                lang.words(),
                "cli-locked-other-version",
                program_version = m.program_version,
                this_version = &env!("CARGO_PKG_VERSION")
            )
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
    let req = usecase::CorrectRequest {
        locked: a.locked,
        results: a.results,
        mapping: a.mapping,
        sheet: a.sheet,
        decision: a.decision,
        with_report: a.report.is_some(),
    };
    let c = match usecase::correct(&req, lang) {
        Ok(c) => c,
        Err(Failure::Unverified(v)) => {
            for f in &v.findings {
                eprintln!("{}: {}", lang.word(Word::Mismatch), f.text(lang));
            }
            return fail(lang, lang.word(Word::LockedRunDoesNot), 3);
        }
        Err(f) => return fail(lang, &failure_text(&f, lang), 2),
    };
    let diff = &c.diff;
    println!(
        "{}",
        msg!(
            lang.words(),
            "cli-locked-providers-change-in-total-kr",
            providers = &diff.providers.len(),
            total_delta =
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
        files.push((out.to_path_buf(), locked::correction_csv(diff, lang)));
    }
    if let Some(path) = a.report {
        match usecase::correction_report(&c, a.decision, lang) {
            Ok(r) => files.push((path.to_path_buf(), warn_missing_glyphs(r, lang))),
            Err(f) => return fail(lang, &failure_text(&f, lang), 2),
        }
    }
    if let Some(path) = a.lock {
        files.push((path.to_path_buf(), c.archive));
    }
    let mut inputs = vec![a.locked, a.results];
    inputs.extend(a.mapping);
    write_outputs(&inputs, &files, lang)
}
