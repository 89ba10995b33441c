//! The malformed-input corpus (`tests/corpus/`): every file gets its exact, located error (or,
//! for data the importer accepts but the calculation cannot use, its exact warning), and a failed
//! import or open leaves the app's state as it was.
//!
//! `tests/corpus/expected.tsv`: file name, tab, the first error's text in Swedish,
//! `regler: …` for a rule file that reads but whose rules have an error (file, line, column,
//! scheme, indicator), or `varning: …` for a calculation warning on worked example A's rules.

mod common;
use common::*;

use std::path::{Path, PathBuf};

use kvalitetspeng::app::AppState;
use kvalitetspeng::domain::calculate;
use kvalitetspeng::io::{self, ResultsOptions};
use kvalitetspeng::words::Lang;
use kvalitetspeng::words::Text;

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

/// The first error of importing or opening `path`, or `None` if it loads. A rule file that
/// reads but does not validate: `regler: ` and its first error with the file, its line and
/// column in the file, and the place in the rules (the app opens it to be mended in the editor).
fn first_error(path: &Path) -> Option<String> {
    if path.extension().is_some_and(|e| e == "ron") {
        match io::read_rule_text(path) {
            Err(e) => Some(e.text(Lang::Sv)),
            Ok(r) => kvalitetspeng::domain::validation::validate(&r.rules)
                .into_iter()
                .find(|p| p.severity == kvalitetspeng::domain::validation::Severity::Error)
                .map(|p| {
                    let file = path.file_name().unwrap().to_string_lossy();
                    let located = r.locate(&[p]).problems.remove(0);
                    format!("regler: {}", located.text(&file, Lang::Sv))
                }),
        }
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
        effect: None,
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
        // A rule file with errors opens, to be mended in the editor.
        if expected.starts_with("varning: ") || expected.starts_with("regler: ") {
            continue;
        }
        let path = corpus_dir().join(&file);
        // A rule file that reads but does not validate opens: the editor shows its problems.
        if file.ends_with(".ron") && io::read_rules(&path).is_ok() {
            continue;
        }
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

// ----------------------------------------------------------------------------------------
// Outputs: every command that writes files, with each of its targets made impossible in turn.

/// How a target is made impossible to write.
#[cfg(unix)]
#[derive(Debug, Clone, Copy, PartialEq)]
enum Impossible {
    Folder,
    Fifo,
    /// A device node (`mknod … c 1 3`, a second /dev/null): only made when running as root.
    Device,
    /// A file name longer than the file system allows (255 bytes).
    TooLong,
    /// In a folder that cannot be written: not tried when running as root, since root writes
    /// into any folder whatever its permissions.
    ReadOnlyFolder,
}

/// One of the commands that write outputs: its arguments before the outputs, and each output
/// option with its file name and whether a CSV audit companion goes with it.
#[cfg(unix)]
struct OutputCommand {
    name: &'static str,
    args: Vec<std::ffi::OsString>,
    outputs: Vec<(&'static str, &'static str, bool)>,
}

#[cfg(unix)]
fn output_commands(locked: &Path, corrected: &Path) -> Vec<OutputCommand> {
    let os = |v: &[&dyn AsRef<std::ffi::OsStr>]| -> Vec<std::ffi::OsString> {
        v.iter().map(|s| s.as_ref().to_os_string()).collect()
    };
    let (rules_b, results_b) = (
        sample("worked_example_b/rules.ron"),
        sample("worked_example_b/results.csv"),
    );
    let (rules_s, results_s) = (sample("sjovik/rules.ron"), sample("sjovik/results.csv"));
    vec![
        OutputCommand {
            name: "calc",
            args: os(&[&"calc", &"--rules", &rules_b, &"--results", &results_b]),
            outputs: vec![
                ("--out", "utbetalning.csv", true),
                ("--explain-out", "förklaring.csv", false),
            ],
        },
        OutputCommand {
            name: "correct",
            args: os(&[&"correct", &"--locked", &locked, &"--results", &corrected]),
            outputs: vec![
                ("--out", "rättelse.csv", false),
                ("--report", "rättelse.pdf", false),
                ("--lock", "rättad.kvp", false),
            ],
        },
        OutputCommand {
            name: "compare",
            args: os(&[
                &"compare",
                &"--rules",
                &rules_b,
                &"--rules-b",
                &sample("worked_example_b/rules_zero_credit.ron"),
                &"--results",
                &results_b,
            ]),
            outputs: vec![("--out", "jämförelse.csv", true)],
        },
        OutputCommand {
            name: "sweep",
            args: os(&[
                &"sweep",
                &"--rules",
                &rules_s,
                &"--results",
                &results_s,
                &"--param",
                &"hemtjanst.ht_helhet.lower",
                &"--from",
                &"70",
                &"--to",
                &"90",
                &"--steps",
                &"3",
            ]),
            outputs: vec![("--out", "svep.csv", true)],
        },
        OutputCommand {
            name: "calc xlsx",
            args: os(&[&"calc", &"--rules", &rules_b, &"--results", &results_b]),
            outputs: vec![("--out", "utbetalning.xlsx", false)],
        },
        OutputCommand {
            name: "report",
            args: os(&[&"report", &"--rules", &rules_b, &"--results", &results_b]),
            outputs: vec![("--out", "beslut.pdf", false)],
        },
        OutputCommand {
            name: "lock",
            args: os(&[&"lock", &"--rules", &rules_b, &"--results", &results_b]),
            outputs: vec![("--out", "2025.kvp", false)],
        },
        OutputCommand {
            name: "solve --apply",
            args: os(&[
                &"solve",
                &"--rules",
                &rules_b,
                &"--results",
                &results_b,
                &"--scheme",
                &"hemtjanst",
                &"--budget",
                &"200000",
                &"--apply",
            ]),
            outputs: vec![("--out", "ny_regler.ron", false)],
        },
    ]
}

/// The files in `dir` and its sub-folders that a write left behind (`.kvalitetspeng-*.tmp`).
#[cfg(unix)]
fn temporaries(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if e.file_type().unwrap().is_dir() {
            found.extend(temporaries(&p));
        } else if e
            .file_name()
            .to_string_lossy()
            .starts_with(".kvalitetspeng-")
        {
            found.push(p);
        }
    }
    found
}

/// Every command that writes outputs (several: `calc --out --explain-out` with the CSV's
/// companion, `correct --out --report --lock`, `compare`/`sweep --out` with companions; one:
/// `calc --out .xlsx`, `report`, `lock`, `solve --apply`) is run with each of its targets made
/// impossible in turn: a folder, a FIFO, a device node (as root), a name too long for the file
/// system, a read-only folder (not as root, which writes anywhere). Every run must fail with
/// exit code 2, leave every other target with its old bytes and the impossible one as it was,
/// leave no temporary file, and say that nothing was written, naming every file. Before every
/// target was checked first, a later target that could not be written failed after the earlier
/// ones had been renamed into place, while the message said that nothing was written; a device
/// or FIFO was replaced by a regular file.
#[cfg(unix)]
#[test]
fn every_output_command_writes_all_or_nothing() {
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0");
    let bin = env!("CARGO_BIN_EXE_kvalitetspeng");
    // A locked run and a corrected results file for `correct`.
    let inputs = tempfile::tempdir().unwrap();
    let locked = inputs.path().join("2025.kvp");
    let o = std::process::Command::new(bin)
        .args(["lock", "--rules"])
        .arg(sample("worked_example_b/rules.ron"))
        .arg("--results")
        .arg(sample("worked_example_b/results.csv"))
        .arg("--out")
        .arg(&locked)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let corrected = inputs.path().join("rättad.csv");
    let text = std::fs::read_to_string(sample("worked_example_b/results.csv")).unwrap();
    std::fs::write(&corrected, text.replacen(";95;7", ";95;17", 1)).unwrap();

    let mut kinds = vec![Impossible::Folder, Impossible::Fifo, Impossible::TooLong];
    if root {
        kinds.push(Impossible::Device);
    } else {
        kinds.push(Impossible::ReadOnlyFolder);
    }
    let mut runs = 0;
    let mut failures = Vec::new();
    for cmd in output_commands(&locked, &corrected) {
        // The targets in the order written: each output, then its companion if it has one.
        let owners: Vec<(usize, bool)> = cmd
            .outputs
            .iter()
            .enumerate()
            .flat_map(|(j, &(_, _, companion))| {
                std::iter::once((j, false)).chain(companion.then_some((j, true)))
            })
            .collect();
        for (t, &(owner, is_companion)) in owners.iter().enumerate() {
            for &kind in &kinds {
                let dir = tempfile::tempdir().unwrap();
                let ro = dir.path().join("skrivskyddad");
                std::fs::create_dir(&ro).unwrap();
                // Each output's path: in the read-only folder, or with a name too long (for a
                // companion: the table's name just short enough, its companion's too long).
                let outs: Vec<PathBuf> = cmd
                    .outputs
                    .iter()
                    .enumerate()
                    .map(|(j, &(_, name, _))| {
                        let ext = Path::new(name).extension().unwrap().to_str().unwrap();
                        match kind {
                            Impossible::TooLong if j == owner && is_companion => dir
                                .path()
                                .join(format!("{}.{ext}", "k".repeat(250 - 1 - ext.len()))),
                            Impossible::TooLong if j == owner => {
                                dir.path().join(format!("{}.{ext}", "k".repeat(300)))
                            }
                            Impossible::ReadOnlyFolder if j == owner => ro.join(name),
                            _ => dir.path().join(name),
                        }
                    })
                    .collect();
                let targets: Vec<PathBuf> = owners
                    .iter()
                    .map(|&(j, companion)| {
                        if companion {
                            kvalitetspeng::io::audit::companion_path(&outs[j])
                        } else {
                            outs[j].clone()
                        }
                    })
                    .collect();
                let old = |k: usize| format!("old bytes of target {k}").into_bytes();
                // Every other target holds old bytes (but a companion of a name too long is
                // too long too, and cannot be there).
                let there: Vec<bool> = (0..targets.len())
                    .map(|k| {
                        (k != t || kind == Impossible::ReadOnlyFolder)
                            && kvalitetspeng::io::display_name(&targets[k]).len() <= 255
                    })
                    .collect();
                for (k, path) in targets.iter().enumerate() {
                    if there[k] {
                        std::fs::write(path, old(k)).unwrap();
                    }
                }
                let bad = &targets[t];
                match kind {
                    Impossible::Folder => std::fs::create_dir(bad).unwrap(),
                    Impossible::Fifo => assert!(
                        std::process::Command::new("mkfifo")
                            .arg(bad)
                            .status()
                            .unwrap()
                            .success()
                    ),
                    Impossible::Device => assert!(
                        std::process::Command::new("mknod")
                            .arg(bad)
                            .args(["c", "1", "3"])
                            .status()
                            .unwrap()
                            .success()
                    ),
                    Impossible::TooLong => {}
                    Impossible::ReadOnlyFolder => {
                        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555))
                            .unwrap()
                    }
                }
                let mut command = std::process::Command::new(bin);
                command.args(&cmd.args);
                for (&(flag, _, _), path) in cmd.outputs.iter().zip(&outs) {
                    command.arg(flag).arg(path);
                }
                let o = command.output().unwrap();
                std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).unwrap();
                runs += 1;
                let case = format!("{} with target {t} ({}) {kind:?}", cmd.name, {
                    let n = kvalitetspeng::io::display_name(bad);
                    n.chars().take(40).collect::<String>()
                });
                let stderr = String::from_utf8_lossy(&o.stderr);
                if o.status.code() != Some(2) {
                    failures.push(format!("{case}: exit {:?}: {stderr}", o.status.code()));
                }
                for (k, path) in targets.iter().enumerate() {
                    if !there[k] {
                        continue;
                    }
                    if std::fs::read(path).ok() != Some(old(k)) {
                        failures.push(format!("{case}: target {k} changed: {path:?}"));
                    }
                }
                let ft = std::fs::symlink_metadata(bad).map(|m| m.file_type());
                let kept = match kind {
                    Impossible::Folder => ft.is_ok_and(|f| f.is_dir()),
                    Impossible::Fifo => ft.is_ok_and(|f| f.is_fifo()),
                    Impossible::Device => ft.is_ok_and(|f| f.is_char_device()),
                    Impossible::TooLong => ft.is_err(),
                    Impossible::ReadOnlyFolder => true,
                };
                if !kept {
                    failures.push(format!("{case}: the impossible target was replaced"));
                }
                let left = temporaries(dir.path());
                if !left.is_empty() {
                    failures.push(format!("{case}: temporary files left: {left:?}"));
                }
                // The message names the file that failed and says that nothing was written,
                // naming every file when there are several.
                let names: Vec<String> = targets
                    .iter()
                    .map(|p| kvalitetspeng::io::display_name(p))
                    .collect();
                let outcome = if names.len() == 1 {
                    "inget skrevs".to_string()
                } else {
                    format!("ingen av filerna skrevs ({})", names.join(", "))
                };
                let first = stderr
                    .lines()
                    .find(|l| l.starts_with("fel: "))
                    .unwrap_or("");
                if !first.starts_with(&format!("fel: {}: ", names[t])) || !first.ends_with(&outcome)
                {
                    failures.push(format!("{case}: message {first:?}, expected …{outcome}"));
                }
            }
        }
    }
    assert!(runs >= 40, "{runs}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The app's exports go through the same checks: a payout table whose audit companion is a
/// folder is not written, and the table keeps its old bytes.
#[test]
fn an_app_export_writes_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("utbetalning.csv");
    std::fs::write(&table, b"old").unwrap();
    std::fs::create_dir(kvalitetspeng::io::audit::companion_path(&table)).unwrap();
    let mut state = AppState::with_sample(Lang::Sv);
    assert!(!state.export(&table, kvalitetspeng::app::state::Export::Payouts));
    assert_eq!(std::fs::read(&table).unwrap(), b"old");
    assert_eq!(
        state.file_errors[0].text(Lang::Sv),
        "utbetalning.verifikation.csv: sökvägen är en mapp, inte en vanlig fil, och skrivs inte över; ingen av filerna skrevs (utbetalning.csv, utbetalning.verifikation.csv)"
    );
}
