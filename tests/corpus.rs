//! The malformed-input corpus (`tests/corpus/`): every file gets its exact, located error (or,
//! for data the importer accepts but the calculation cannot use, its exact warning), and a failed
//! import or open leaves the app's state as it was.
//!
//! `tests/corpus/expected.tsv`: file name, tab, the first error's text in Swedish, or
//! `varning: …` for a calculation warning on worked example A's rules.

mod common;
use common::*;

use std::path::{Path, PathBuf};

use kvalitetspeng::app::AppState;
use kvalitetspeng::domain::calculate;
use kvalitetspeng::io::{self, ResultsOptions};
use kvalitetspeng::words::Lang;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn opts_for(path: &Path) -> ResultsOptions {
    ResultsOptions {
        sheet: None,
        mapping: path
            .extension()
            .is_some_and(|e| e == "json")
            .then(|| sample("kolada/mapping.ron")),
    }
}

/// The first error of importing or opening `path`, or `None` if it loads.
fn first_error(path: &Path) -> Option<String> {
    if path.extension().is_some_and(|e| e == "ron") {
        io::read_rules(path).err().map(|e| e.text(Lang::Sv))
    } else {
        io::read_results_with(path, &opts_for(path))
            .err()
            .map(|e| e.errors[0].text(Lang::Sv))
    }
}

fn entries() -> Vec<(String, String)> {
    std::fs::read_to_string(corpus_dir().join("expected.tsv"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (f, e) = l.split_once('\t').expect("file<TAB>expected");
            (f.to_string(), e.to_string())
        })
        .collect()
}

#[test]
fn corpus_has_at_least_thirty_malformed_inputs() {
    let n = entries().len();
    assert!(n >= 30, "{n}");
    // Every file in the folder is in the manifest and the other way round.
    let mut files: Vec<String> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "expected.tsv")
        .collect();
    files.sort();
    let mut listed: Vec<String> = entries().into_iter().map(|e| e.0).collect();
    listed.sort();
    assert_eq!(files, listed);
}

#[test]
fn every_malformed_input_gets_its_exact_located_error() {
    let mut failures = Vec::new();
    for (file, expected) in entries() {
        let path = corpus_dir().join(&file);
        let got = if let Some(w) = expected.strip_prefix("varning: ") {
            let results = io::read_results_with(&path, &opts_for(&path))
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            let r = rules("worked_example_a/rules.ron");
            let c = calculate(&r, &results).unwrap();
            let mut texts: Vec<String> = c.warnings.iter().map(|x| x.text(Lang::Sv)).collect();
            // The decision report's warnings too (characters no bundled font has).
            texts.extend(report_warnings(&c, &r));
            if texts.iter().any(|t| t == w) {
                expected.clone()
            } else {
                format!("varning: {texts:?}")
            }
        } else {
            first_error(&path).unwrap_or_else(|| "(no error)".into())
        };
        if got != expected {
            failures.push(format!("{file}\n  expected: {expected}\n  got:      {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The decision report's warnings (in Swedish) for a calculation.
fn report_warnings(
    c: &kvalitetspeng::domain::Calculation,
    r: &kvalitetspeng::domain::RuleSet,
) -> Vec<String> {
    let audit = kvalitetspeng::io::audit::Audit {
        app_version: "0".into(),
        rules_file: "rules.ron".into(),
        rules_sha256: String::new(),
        results_file: "results.csv".into(),
        results_sha256: String::new(),
        calculated_at: String::new(),
    };
    let input = kvalitetspeng::io::report::ReportInput {
        calc: c,
        rules: r,
        audit: &audit,
        compared: None,
        decision: None,
        correction: None,
    };
    let report = kvalitetspeng::io::report::report(&input, Lang::Sv).unwrap();
    report.missing.iter().map(|m| m.text(Lang::Sv)).collect()
}

/// The corpus file's bytes with every line end made `nl`.
fn with_line_ends(bytes: &[u8], nl: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 16);
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                out.extend_from_slice(nl);
                i += 2;
                continue;
            }
            b'\r' | b'\n' => out.extend_from_slice(nl),
            b => out.push(b),
        }
        i += 1;
    }
    out
}

#[test]
fn every_text_input_gets_the_same_located_error_with_lf_crlf_and_cr_line_ends() {
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    let mut checked = 0;
    for (file, expected) in entries() {
        if expected.starts_with("varning: ") || file.ends_with(".xlsx") {
            continue;
        }
        let bytes = std::fs::read(corpus_dir().join(&file)).unwrap();
        // UTF-16 and binary files have no line ends to vary.
        if bytes.starts_with(&[0xFF, 0xFE])
            || bytes.starts_with(&[0xFE, 0xFF])
            || bytes.contains(&0)
        {
            continue;
        }
        if !bytes.contains(&b'\n') && !bytes.contains(&b'\r') {
            continue;
        }
        for (label, nl) in [("LF", &b"\n"[..]), ("CRLF", b"\r\n"), ("CR", b"\r")] {
            let path = dir.path().join(&file);
            std::fs::write(&path, with_line_ends(&bytes, nl)).unwrap();
            let got = first_error(&path).unwrap_or_else(|| "(no error)".into());
            if got != expected {
                failures.push(format!(
                    "{file} ({label})\n  expected: {expected}\n  got:      {got}"
                ));
            }
        }
        checked += 1;
    }
    assert!(checked >= 30, "{checked}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_failed_import_or_open_keeps_the_state() {
    for (file, expected) in entries() {
        if expected.starts_with("varning: ") {
            continue;
        }
        let path = corpus_dir().join(&file);
        let mut state = AppState::with_sample(Lang::Sv);
        let rules_before = state.rules.clone();
        let results_before = state.results.clone();
        let total_before = state.calc.as_ref().unwrap().total();
        let ok = if file.ends_with(".ron") {
            state.open_rules(&path)
        } else {
            state.import_results_with(&path, &opts_for(&path))
        };
        assert!(!ok, "{file} should fail");
        assert_eq!(state.rules, rules_before, "{file}");
        assert_eq!(state.results, results_before, "{file}");
        assert_eq!(state.calc.as_ref().unwrap().total(), total_before, "{file}");
        assert!(!state.is_dirty(), "{file}");
        assert!(!state.file_errors.is_empty(), "{file}: the error is shown");
    }
}

#[test]
fn a_start_up_file_that_fails_shows_its_error_and_no_sample_data() {
    // A good rule file with a broken results file: the rules are the user's, no provider is
    // shown (not the sample municipality's), and the results file's error is there.
    let broken = corpus_dir().join("10_text_in_value.csv");
    let s = AppState::for_startup(
        Some(&sample("worked_example_a/rules.ron")),
        Some(&broken),
        Lang::Sv,
    );
    assert_eq!(s.rules, rules("worked_example_a/rules.ron"));
    assert!(
        s.results.providers.is_empty(),
        "no sample results in place of the broken file"
    );
    assert!(s.calc.as_ref().is_none_or(|c| c.providers.is_empty()));
    assert_eq!(
        s.file_errors[0].text(Lang::Sv),
        "10_text_in_value.csv, rad 2, kolumn ”värde”: förväntade ett tal: ”hög” är inte ett tal"
    );
    // A broken rule file with good results: an empty rule set, the results, the rule error.
    let s = AppState::for_startup(
        Some(&corpus_dir().join("34_typo_field.ron")),
        Some(&sample("worked_example_a/results.csv")),
        Lang::Sv,
    );
    assert!(s.rules.schemes.is_empty());
    assert_eq!(s.results.providers.len(), 4);
    assert!(
        s.file_errors[0]
            .text(Lang::Sv)
            .starts_with("34_typo_field.ron, rad 20")
    );
    // Both broken: both errors.
    let s = AppState::for_startup(
        Some(&corpus_dir().join("34_typo_field.ron")),
        Some(&broken),
        Lang::Sv,
    );
    assert_eq!(s.file_errors.len(), 2);
}

/// `calc` reads a CSV streamed, for its plan (`io::read_results_for`): every corpus file gets
/// the same first error that way as read whole, in blocks of any size (the file then is read
/// whole again, which reports it), or the same calculation warnings.
#[test]
fn every_malformed_input_gets_the_same_error_when_read_for_a_calculation() {
    let rules = rules("worked_example_a/rules.ron");
    let plan = kvalitetspeng::domain::plan::compile(&rules).unwrap();
    let windows = kvalitetspeng::domain::results::Folded::windows_for(plan.periods_read()).unwrap();
    let mut failures = Vec::new();
    for (file, expected) in entries() {
        let path = corpus_dir().join(&file);
        if path.extension().is_none_or(|e| e != "csv") {
            continue;
        }
        let got = match io::read_results_for(&path, &opts_for(&path), &plan) {
            Err(e) => e.errors[0].text(Lang::Sv),
            Ok(results) => {
                let c = kvalitetspeng::domain::engine::calculate_plan(&plan, &results);
                let mut texts: Vec<String> = c.warnings.iter().map(|x| x.text(Lang::Sv)).collect();
                texts.extend(report_warnings(&c, &rules));
                match expected.strip_prefix("varning: ") {
                    Some(w) if texts.iter().any(|t| t == w) => expected.clone(),
                    _ => format!("(no error; warnings {texts:?})"),
                }
            }
        };
        if got != expected {
            failures.push(format!("{file}\n  expected: {expected}\n  got:      {got}"));
        }
        // Any block size: a file with an error is never folded.
        for block in [1, 7, 64] {
            let folded =
                io::results_csv::read_folded_in_blocks(&path, &file, &windows, Some(block));
            if !expected.starts_with("varning: ") && folded.is_some() {
                failures.push(format!(
                    "{file}: folded in blocks of {block} despite its error"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
