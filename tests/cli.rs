//! The command-line interface, run as a real process.

mod common;
use common::*;

use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kvalitetspeng"))
}

/// `calc` with the given rule file on worked example A's results.
fn calc_on_example_a_results(rules: &std::path::Path) -> std::process::Output {
    bin()
        .args(["calc", "--rules"])
        .arg(rules)
        .arg("--results")
        .arg(sample("worked_example_a/results.csv"))
        .output()
        .unwrap()
}

#[test]
fn calc_example_a_prints_and_writes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("utbetalning.csv");
    let o = bin()
        .args(["calc", "--rules"])
        .arg(sample("worked_example_a/rules.ron"))
        .arg("--results")
        .arg(sample("worked_example_a/results.csv"))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8(o.stdout).unwrap();
    for amount in ["571428,57", "190476,19", "238095,24", "0,00", "1000000,00"] {
        assert!(stdout.contains(amount), "{amount} missing in {stdout}");
    }
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "BOM");
    let text = String::from_utf8(bytes).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 5);
    assert!(
        lines[1].starts_with(
            "SB01;Almgården;Särskilt boende;Privat;60;platser;100,00;kvalificerad;571428,57;"
        ),
        "{}",
        lines[1]
    );
    assert!(lines[2].contains(";190476,19;"));
    assert!(lines[3].contains(";238095,24;"));
    assert!(lines[4].contains(";0,00;"));
}

#[test]
fn calc_example_b_prints_amounts() {
    let o = bin()
        .args(["calc", "--explain", "--rules"])
        .arg(sample("worked_example_b/rules.ron"))
        .arg("--results")
        .arg(sample("worked_example_b/results.csv"))
        .output()
        .unwrap();
    assert!(o.status.success());
    let stdout = String::from_utf8(o.stdout).unwrap();
    for amount in ["444000,00", "72000,00", "120000,00"] {
        assert!(stdout.contains(amount), "{amount} missing");
    }
    assert!(stdout.contains("7 svarande, minst 10 krävs"));
}

#[test]
fn malformed_results_give_located_error_and_nonzero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("trasig.csv");
    std::fs::write(&bad, "period;utförar_id;utförare;verksamhet;regi;volym;indikator;värde\n2025;A;A;säbo;privat;10;helhet;åttio\n").unwrap();
    let o = bin()
        .args(["calc", "--rules"])
        .arg(sample("worked_example_a/rules.ron"))
        .arg("--results")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains(
            "trasig.csv, rad 2, kolumn ”värde”: förväntade ett tal: ”åttio” är inte ett tal"
        ),
        "{err}"
    );
}

#[test]
fn malformed_rules_give_located_error_and_nonzero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("trasig.ron");
    let text = std::fs::read_to_string(sample("worked_example_a/rules.ron"))
        .unwrap()
        .replace(
            "weight: 50,\n                    source: \"Palliativregistret\"",
            "wieght: 50,\n                    source: \"Palliativregistret\"",
        );
    std::fs::write(&bad, text).unwrap();
    let o = calc_on_example_a_results(&bad);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("trasig.ron, rad 29, kolumn 21:"), "{err}");
    assert!(err.contains("okänt fält `wieght`"), "{err}");
}

#[test]
fn invalid_rules_exit_one_with_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("vikter.ron");
    let text = std::fs::read_to_string(sample("worked_example_a/rules.ron"))
        .unwrap()
        .replacen("weight: 50", "weight: 40", 1);
    std::fs::write(&bad, text).unwrap();
    let o = calc_on_example_a_results(&bad);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains("vikterna summerar till 90 %, ska vara 100 %"),
        "{err}"
    );
}

#[test]
fn the_same_inputs_give_byte_identical_csv_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let run = |name: &str| {
        let out = dir.path().join(name);
        let o = bin()
            .args(["calc", "--rules"])
            .arg(sample("sjovik/rules.ron"))
            .arg("--results")
            .arg(sample("sjovik/results.csv"))
            .arg("--out")
            .arg(&out)
            .arg("--explain-out")
            .arg(dir.path().join(format!("{name}.explain.csv")))
            .output()
            .unwrap();
        assert!(o.status.success());
        (
            std::fs::read(&out).unwrap(),
            std::fs::read(dir.path().join(format!("{name}.explain.csv"))).unwrap(),
        )
    };
    assert_eq!(run("a.csv"), run("b.csv"));
}

/// An output that is one of the inputs (or another output) is refused before anything is
/// written; the input is left as it was.
#[test]
fn outputs_never_overwrite_inputs_or_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("regler.ron");
    let results = dir.path().join("resultat.csv");
    std::fs::copy(sample("worked_example_a/rules.ron"), &rules).unwrap();
    std::fs::copy(sample("worked_example_a/results.csv"), &results).unwrap();
    let before = std::fs::read(&results).unwrap();
    let run = |extra: &[&std::ffi::OsStr]| {
        bin()
            .args(["calc", "--rules"])
            .arg(&rules)
            .arg("--results")
            .arg(&results)
            .args(extra)
            .output()
            .unwrap()
    };
    // The results file as --out, also written another way (./dir/../resultat.csv).
    let sneaky = dir.path().join(".").join("resultat.csv");
    let o = run(&["--out".as_ref(), sneaky.as_os_str()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("utdatafilen är samma fil som indatafilen resultat.csv"),
        "{err}"
    );
    assert_eq!(std::fs::read(&results).unwrap(), before);
    // The rule file as --explain-out.
    let o = run(&["--explain-out".as_ref(), rules.as_os_str()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("indatafilen regler.ron"));
    // --explain-out equal to --out.
    let out = dir.path().join("ut.csv");
    let o = run(&[
        "--out".as_ref(),
        out.as_os_str(),
        "--explain-out".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("samma fil som utdatafilen ut.csv"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!out.exists(), "nothing written");
    // The audit companion counts too: --explain-out onto ut.verifikation.csv.
    let o = run(&[
        "--out".as_ref(),
        out.as_os_str(),
        "--explain-out".as_ref(),
        dir.path().join("ut.verifikation.csv").as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!out.exists(), "nothing written");
}

#[test]
fn the_help_marks_what_is_required_and_says_no_command_starts_the_app() {
    let top = bin().arg("--help").output().unwrap();
    let top = String::from_utf8(top.stdout).unwrap();
    assert!(
        top.contains("Utan kommando startar skrivbordsprogrammet"),
        "{top}"
    );
    // `generate` shows only its own options (and the language).
    let gen_help = bin().args(["generate", "--help"]).output().unwrap();
    let gen_help = String::from_utf8(gen_help.stdout).unwrap();
    assert!(
        !gen_help.contains("--rules") && !gen_help.contains("--mapping"),
        "{gen_help}"
    );
    // `calc` marks its inputs as required, and says so when they are missing.
    let calc = bin().args(["calc", "--help"]).output().unwrap();
    let calc = String::from_utf8(calc.stdout).unwrap();
    assert!(
        calc.contains("Usage: kvalitetspeng calc [OPTIONS] --rules <RULES> --results <RESULTS>"),
        "{calc}"
    );
    let missing = bin().arg("calc").output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("--rules <RULES>"));
}
