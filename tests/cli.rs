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
fn a_rule_files_problems_say_their_line_and_column_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("negativ.ron");
    let text = std::fs::read_to_string(sample("worked_example_a/rules.ron"))
        .unwrap()
        .replace(
            "weight: 50,\n                    source: \"Palliativregistret\"",
            "weight: -50,\n                    source: \"Palliativregistret\"",
        );
    std::fs::write(&bad, text).unwrap();
    let run = |lang: &str| {
        let o = bin()
            .args(["calc", "--lang", lang, "--rules"])
            .arg(&bad)
            .arg("--results")
            .arg(sample("worked_example_a/results.csv"))
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1));
        String::from_utf8(o.stderr).unwrap()
    };
    assert_eq!(
        run("sv"),
        "fel: negativ.ron, rad 29, kolumn 21: Särskilt boende › indikator ”smarta”: \
         vikten får inte vara negativ\n\
         fel: negativ.ron, rad 14, kolumn 13: Särskilt boende: \
         vikterna summerar till 0 %, ska vara 100 %\n"
    );
    let en = run("en");
    assert!(
        en.starts_with("error: negativ.ron, line 29, column 21: "),
        "{en}"
    );
    assert!(en.contains("negativ.ron, line 14, column 13: "), "{en}");
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

/// A payout table alone is calculated without keeping the indicator results; it is the
/// table made beside the explanation, byte for byte, and so is the text on the terminal.
#[test]
fn a_payout_table_alone_is_the_one_made_with_the_explanation() {
    let dir = tempfile::tempdir().unwrap();
    let run = |name: &str, explain: bool| {
        let out = dir.path().join(name);
        let mut c = bin();
        c.args(["calc", "--rules"])
            .arg(sample("sjovik/rules.ron"))
            .arg("--results")
            .arg(sample("sjovik/results.csv"))
            .arg("--out")
            .arg(&out);
        if explain {
            c.arg("--explain-out").arg(dir.path().join("e.csv"));
        }
        let o = c.output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let stdout = String::from_utf8(o.stdout).unwrap();
        // (Less the lines naming the files written.)
        let place = dir.path().to_str().unwrap();
        let table: Vec<&str> = stdout.lines().filter(|l| !l.contains(place)).collect();
        (std::fs::read(&out).unwrap(), table.join("\n"), o.stderr)
    };
    let alone = run("alone.csv", false);
    let beside = run("beside.csv", true);
    assert!(alone.0.len() > 1000 && alone.1.len() > 500);
    assert_eq!(alone, beside);
}

/// The explanations `calc` writes make the indicator results again, a run of providers at a
/// time: they are those of the whole calculation, byte for byte (file and terminal).
#[test]
fn the_explanations_written_are_those_of_the_whole_calculation() {
    use kvalitetspeng::words::Lang;
    let dir = tempfile::tempdir().unwrap();
    let rules_path = sample("sjovik/rules.ron");
    let results_path = sample("sjovik/results.csv");
    let explained = dir.path().join("förklaring.csv");
    let o = bin()
        .args(["calc", "--explain", "--rules"])
        .arg(&rules_path)
        .arg("--results")
        .arg(&results_path)
        .arg("--explain-out")
        .arg(&explained)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rules = kvalitetspeng::io::read_rules(&rules_path).unwrap();
    let results = kvalitetspeng::io::read_results(&results_path).unwrap();
    let calc = kvalitetspeng::domain::calculate(&rules, &results).unwrap();
    let csv = kvalitetspeng::io::export_csv::explanation_csv(&calc, Lang::Sv);
    assert!(csv.len() > 2000);
    assert_eq!(std::fs::read(&explained).unwrap(), csv);
    let text = kvalitetspeng::cli::explanation_text(&calc, None, Lang::Sv);
    assert!(text.lines().count() > 20);
    assert!(String::from_utf8(o.stdout).unwrap().contains(&text));
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

/// A locked run with its report verifies on a computer set to another time zone: the report,
/// made again from the archived inputs, dates its calculation in Swedish time, not the
/// computer's.
#[test]
fn a_locked_run_verifies_in_any_time_zone() {
    let dir = tempfile::tempdir().unwrap();
    let kvp = dir.path().join("2025.kvp");
    let o = bin()
        .env("TZ", "Asia/Tokyo")
        .args(["lock", "--rules"])
        .arg(sample("worked_example_b/rules.ron"))
        .arg("--results")
        .arg(sample("worked_example_b/results.csv"))
        .args(["--decision", "ÄN 2026-03-12 §14", "--report", "--out"])
        .arg(&kvp)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for tz in ["UTC", "America/New_York", "Europe/Stockholm"] {
        let o = bin()
            .env("TZ", tz)
            .arg("verify")
            .arg(&kvp)
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "TZ={tz}: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
    }
}

#[test]
fn report_lock_verify_and_correct_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("beslut.pdf");
    let o = bin()
        .args(["report", "--rules"])
        .arg(sample("worked_example_b/rules.ron"))
        .arg("--results")
        .arg(sample("worked_example_b/results.csv"))
        .arg("--compare-rules")
        .arg(sample("worked_example_b/rules_zero_credit.ron"))
        .args(["--decision", "ÄN 2026-03-12 §14", "--out"])
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = pdf_extract::extract_text_from_mem(&std::fs::read(&pdf).unwrap()).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // The comparison on the first page: the new rules against the zero-credit ones.
    assert!(text.contains("Jämfört med rules_zero_credit.ron"), "{text}");
    assert!(text.contains("(+48 000,00 kr)"), "{text}");
    // Lock, verify, tamper, verify again.
    let kvp = dir.path().join("2025.kvp");
    let o = bin()
        .args(["lock", "--rules"])
        .arg(sample("worked_example_b/rules.ron"))
        .arg("--results")
        .arg(sample("worked_example_b/results.csv"))
        .args(["--decision", "ÄN 2026-03-12 §14", "--report", "--out"])
        .arg(&kvp)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8(o.stdout).unwrap();
    assert!(
        stdout.contains("Fingeravtryck (ange i beslutet): "),
        "{stdout}"
    );
    let o = bin().arg("verify").arg(&kvp).output().unwrap();
    let stdout = String::from_utf8(o.stdout).unwrap();
    assert!(
        o.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(stdout.contains("Beslut: ÄN 2026-03-12 §14"), "{stdout}");
    assert!(stdout.contains("OK: varje fil stämmer"), "{stdout}");
    // A byte of the archive changed where the payout table is stored: named, exit code 3.
    let mut bytes = std::fs::read(&kvp).unwrap();
    let tampered = dir.path().join("ändrad.kvp");
    {
        use std::io::{Read, Write};
        let mut zin = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
        let mut zout = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for i in 0..zin.len() {
            let mut m = zin.by_index(i).unwrap();
            let n = m.name().unwrap().to_string();
            let mut b = Vec::new();
            m.read_to_end(&mut b).unwrap();
            if n == "indata/results.csv" {
                let s = String::from_utf8(b).unwrap().replacen(";82;", ";92;", 1);
                b = s.into_bytes();
            }
            zout.start_file(n.as_str(), zip::write::SimpleFileOptions::default())
                .unwrap();
            zout.write_all(&b).unwrap();
        }
        bytes = zout.finish().unwrap().into_inner();
    }
    std::fs::write(&tampered, &bytes).unwrap();
    let o = bin().arg("verify").arg(&tampered).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(
        stderr.contains(
            "avvikelse: indata/results.csv har ändrats: SHA-256 stämmer inte med manifestet"
        ),
        "{stderr}"
    );
    // A correction: Öst's rating now has enough respondents.
    let corrected = dir.path().join("rättad.csv");
    let text = std::fs::read_to_string(sample("worked_example_b/results.csv")).unwrap();
    std::fs::write(&corrected, text.replacen(";95;7", ";95;17", 1)).unwrap();
    let diff = dir.path().join("rättelse.csv");
    let new_kvp = dir.path().join("2025-rättad.kvp");
    let o = bin()
        .args(["correct", "--locked"])
        .arg(&kvp)
        .arg("--results")
        .arg(&corrected)
        .arg("--out")
        .arg(&diff)
        .arg("--lock")
        .arg(&new_kvp)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let csv = std::fs::read_to_string(&diff).unwrap();
    // Öst's amount stays (its rating was left out and re-normalised before, and now counts
    // in full), but the kronor move between its indicators: only Öst is listed.
    assert!(
        csv.contains("HT03;Öst;helhet;95 % (n = 7);95 % (n = 17);0,00;48000,00;48000,00"),
        "{csv}"
    );
    assert!(
        csv.contains("HT03;Öst;(summa);;;120000,00;120000,00;0,00"),
        "{csv}"
    );
    assert!(!csv.contains("HT01"), "{csv}");
    let o = bin().arg("verify").arg(&new_kvp).output().unwrap();
    let stdout = String::from_utf8(o.stdout).unwrap();
    assert!(o.status.success(), "{stdout}");
    assert!(stdout.contains("Rättar: 2025.kvp ("), "{stdout}");
    // Outputs never replace inputs.
    let o = bin()
        .args(["lock", "--rules"])
        .arg(sample("worked_example_b/rules.ron"))
        .arg("--results")
        .arg(&corrected)
        .arg("--out")
        .arg(&corrected)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("skulle skriva över den"));
}

/// `calc` streams a clean CSV (folding its rows as they are read) and reads any other file
/// whole: the payouts are the same for the file in Windows-1252, with a quoted field, with
/// CR line ends and as plain UTF-8; a file with errors gets the located messages of the
/// whole reading, every one of them, in line order.
/// `--decision` and the texts of an archive never reach the terminal raw: a control character
/// in `--decision` is refused (by `report`, `lock` and `correct`, before anything is written),
/// and one that an archive's manifest makes the JSON reader quote is printed escaped.
#[test]
fn text_from_the_command_line_or_an_archive_never_reaches_the_terminal_raw() {
    let dir = tempfile::tempdir().unwrap();
    let kvp = dir.path().join("2025.kvp");
    let lock = |out: &std::path::Path, decision: &str| {
        bin()
            .args(["lock", "--rules"])
            .arg(sample("worked_example_b/rules.ron"))
            .arg("--results")
            .arg(sample("worked_example_b/results.csv"))
            .args(["--decision", decision, "--out"])
            .arg(out)
            .output()
            .unwrap()
    };
    let o = lock(&kvp, "ÄN 2026-03-12 §14");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let raw = |o: &std::process::Output| o.stdout.contains(&0x1b) || o.stderr.contains(&0x1b);
    let escape = "ÄN\u{1b}[2J §14";
    let refused = dir.path().join("vägrad.kvp");
    let correct = |locked: &std::path::Path, decision: &str| {
        bin()
            .args(["correct", "--locked"])
            .arg(locked)
            .arg("--results")
            .arg(sample("worked_example_b/results.csv"))
            .args(["--decision", decision, "--lock"])
            .arg(&refused)
            .output()
            .unwrap()
    };
    let report = bin()
        .args(["report", "--rules"])
        .arg(sample("worked_example_b/rules.ron"))
        .arg("--results")
        .arg(sample("worked_example_b/results.csv"))
        .args(["--decision", escape, "--out"])
        .arg(dir.path().join("beslut.pdf"))
        .output()
        .unwrap();
    for (what, o) in [
        ("lock", lock(&refused, escape)),
        ("correct", correct(&kvp, escape)),
        ("report", report),
    ] {
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{what}: {stderr}");
        assert!(
            stderr.contains("--decision: otillåtet tecken U+001B på plats 3"),
            "{what}: {stderr}"
        );
        assert!(!raw(&o), "{what}");
    }
    assert!(!refused.exists() && !dir.path().join("beslut.pdf").exists());
    // An archive whose manifest gives an escape sequence as a role: the JSON reader's message
    // quotes it, and `verify` and `correct` print it escaped.
    let forged = dir.path().join("förfalskad.kvp");
    {
        use std::io::{Read, Write};
        let bytes = std::fs::read(&kvp).unwrap();
        let mut zin = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
        let mut zout = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for i in 0..zin.len() {
            let mut m = zin.by_index(i).unwrap();
            let n = m.name().unwrap().to_string();
            let mut b = Vec::new();
            m.read_to_end(&mut b).unwrap();
            if n == "manifest.json" {
                let s = String::from_utf8(b).unwrap().replacen(
                    "\"role\": \"rules\"",
                    "\"role\": \"\\u001b[2Jrules\"",
                    1,
                );
                b = s.into_bytes();
            }
            zout.start_file(n.as_str(), zip::write::SimpleFileOptions::default())
                .unwrap();
            zout.write_all(&b).unwrap();
        }
        std::fs::write(&forged, zout.finish().unwrap().into_inner()).unwrap();
    }
    let verify = bin().arg("verify").arg(&forged).output().unwrap();
    for (what, o) in [("verify", verify), ("correct", correct(&forged, "§14"))] {
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{what}: {stderr}");
        assert!(
            stderr.contains("manifest.json kan inte läsas: "),
            "{what}: {stderr}"
        );
        assert!(stderr.contains("\\u{1b}[2Jrules"), "{what}: {stderr}");
        assert!(!raw(&o), "{what}");
    }
}

#[test]
fn report_and_lock_warn_of_characters_the_report_cannot_draw() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("results.csv");
    let text = std::fs::read_to_string(sample("worked_example_a/results.csv")).unwrap();
    std::fs::write(&results, text.replace("Cederlund", "陽光 Omsorg")).unwrap();
    let want = |lang: &str| match lang {
        "sv" => {
            "varning: beslutsunderlaget har inget typsnitt med «光» (U+5149), «陽» (U+967D) \
                 i utföraren SB03 ”陽光 Omsorg”: tecknet visas som en tom ruta"
        }
        _ => {
            "warning: the decision report has no font with «光» (U+5149), «陽» (U+967D) in \
              provider SB03 “陽光 Omsorg”: the character shows as an empty box"
        }
    };
    for (lang, cmd) in [("sv", "report"), ("en", "report"), ("sv", "lock")] {
        let out = dir.path().join(format!("{lang}.{cmd}"));
        let mut c = bin();
        c.args([cmd, "--lang", lang, "--rules"])
            .arg(sample("worked_example_a/rules.ron"))
            .arg("--results")
            .arg(&results);
        if cmd == "lock" {
            c.arg("--report");
        }
        let o = c.arg("--out").arg(&out).output().unwrap();
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{stderr}");
        assert!(stderr.contains(want(lang)), "{cmd} {lang}: {stderr}");
        assert!(out.is_file());
    }
    // Without such characters, no warning.
    let out = dir.path().join("plain.pdf");
    let o = bin()
        .args(["report", "--rules"])
        .arg(sample("worked_example_a/rules.ron"))
        .arg("--results")
        .arg(sample("worked_example_a/results.csv"))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(!String::from_utf8_lossy(&o.stderr).contains("typsnitt"));
}

#[test]
fn calc_gives_the_same_payouts_and_errors_whatever_way_the_file_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let clean = std::fs::read_to_string(sample("sjovik/results.csv")).unwrap();
    let clean = clean.trim_start_matches('\u{feff}').to_string();
    let variants: Vec<(&str, Vec<u8>)> = vec![
        ("utf8.csv", clean.clone().into_bytes()),
        (
            "bom.csv",
            [b"\xEF\xBB\xBF".as_slice(), clean.as_bytes()].concat(),
        ),
        (
            "cp1252.csv",
            encoding_rs::WINDOWS_1252.encode(&clean).0.into_owned(),
        ),
        (
            "citat.csv",
            clean
                .replacen(";Hemtjänst Centrum;", ";\"Hemtjänst Centrum\";", 1)
                .into_bytes(),
        ),
        (
            "cr.csv",
            clean.replace("\r\n", "\n").replace('\n', "\r").into_bytes(),
        ),
    ];
    let mut payouts = Vec::new();
    for (name, bytes) in &variants {
        let input = dir.path().join(name);
        std::fs::write(&input, bytes).unwrap();
        let out = dir.path().join(format!("ut-{name}"));
        let o = bin()
            .args(["calc", "--rules"])
            .arg(sample("sjovik/rules.ron"))
            .arg("--results")
            .arg(&input)
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        payouts.push((name, std::fs::read(&out).unwrap()));
    }
    for (name, p) in &payouts[1..] {
        assert_eq!(p, &payouts[0].1, "{name} differs from utf8.csv");
    }

    // Errors: a repeated row and a value that is no number, far apart.
    let mut lines: Vec<&str> = clean.lines().collect();
    let repeated = lines[3].to_string();
    lines.insert(4, &repeated);
    let mut fields: Vec<&str> = lines[10].split(';').collect();
    fields[7] = "tio";
    let bad = fields.join(";");
    lines[10] = &bad;
    let input = dir.path().join("fel.csv");
    std::fs::write(&input, lines.join("\n")).unwrap();
    let o = bin()
        .args(["calc", "--rules"])
        .arg(sample("sjovik/rules.ron"))
        .arg("--results")
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    let want = [
        "fel: fel.csv, rad 11, kolumn ”värde”: förväntade ett tal: ”tio” är inte ett tal",
        "fel: fel.csv, rad 5, kolumn ”indikator”: samma utförare, indikator och period finns redan på rad 4",
    ];
    for w in want {
        assert!(err.contains(w), "missing {w:?} in\n{err}");
    }
}

/// The terminal's payout table, laid out byte for byte as it has been (cells padded to their
/// column's width in characters, so "ä" counts once; numbers right-aligned; two spaces
/// between columns; no blanks at a line's end), in both languages.
#[test]
fn the_terminal_payout_table_keeps_its_layout() {
    for (lang, expected) in [
        ("sv", include_str!("text/sjovik_table_sv.txt")),
        ("en", include_str!("text/sjovik_table_en.txt")),
    ] {
        let o = bin()
            .args(["calc", "--lang", lang, "--rules"])
            .arg(sample("sjovik/rules.ron"))
            .arg("--results")
            .arg(sample("sjovik/results.csv"))
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(String::from_utf8(o.stdout).unwrap(), expected, "{lang}");
    }
}

/// The table's provider lines are made a run of providers at a time on every core: with 700
/// providers (several runs), each provider has one line, in the calculation's order, all as
/// wide as the header line (the last column is right-aligned), none ending in a blank.
#[test]
fn the_terminal_payout_table_of_many_providers_has_every_line_in_order() {
    use kvalitetspeng::generate::{GenSpec, results_csv, rules};
    use kvalitetspeng::words::Lang;
    let spec = GenSpec {
        providers: 700,
        indicators: 3,
        months: 2,
        seed: 11,
    };
    let mut csv = Vec::new();
    results_csv(&spec, &mut csv).unwrap();
    let results = kvalitetspeng::io::parse_results_bytes(&csv, "resultat.csv", None, None).unwrap();
    let calc = kvalitetspeng::domain::calculate(&rules(&spec), &results).unwrap();
    assert_eq!(calc.providers.len(), 700);
    let table = kvalitetspeng::cli::payout_table_text(&calc, Lang::Sv);
    let lines: Vec<&str> = table.lines().collect();
    // Title, header, rule, the providers, rule, a total per service type and the grand total.
    assert_eq!(lines.len(), 3 + 700 + 1 + 2 + 1);
    let width = lines[1].chars().count();
    for (p, line) in calc.providers.iter().zip(&lines[3..703]) {
        assert!(line.starts_with(&format!("{}  {}", p.id, p.name)), "{line}");
        assert_eq!(line.chars().count(), width, "{line}");
        assert!(!line.ends_with(' '));
    }
    assert!(lines[703].chars().all(|c| c == '-'));
}

/// The binary's allocator on Linux is jemalloc with the options it sets itself (see
/// `src/main.rs`): freed pages go back within half a second, which keeps the peak at 12 M rows
/// where glibc's was. Asked to print its statistics at exit, it names the options in force
/// (fails when the binary's `malloc_conf` is not the one jemalloc reads, or the allocator is
/// not jemalloc).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn the_binary_allocates_with_jemalloc_and_its_own_options() {
    let o = bin()
        .arg("--version")
        .env("_RJEM_MALLOC_CONF", "stats_print:true")
        .output()
        .unwrap();
    assert!(o.status.success());
    let stats = String::from_utf8_lossy(&o.stderr);
    assert!(
        stats.contains("opt.dirty_decay_ms: 500"),
        "jemalloc's options not in force: {}",
        stats.lines().take(40).collect::<Vec<_>>().join("\n")
    );
}

/// `generate` writes its three files all or none: with `results.csv` a folder, the rule files
/// are not written either (they were, one by one, before the results failed).
#[test]
fn generate_writes_its_files_all_or_none() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("results.csv")).unwrap();
    let o = bin()
        .args([
            "generate",
            "--providers",
            "3",
            "--indicators",
            "2",
            "--months",
            "1",
        ])
        .arg("--out-dir")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(
        stderr.trim_end(),
        "fel: results.csv: sökvägen är en mapp, inte en vanlig fil, och skrivs inte över; ingen av filerna skrevs (rules.ron, rules.json, results.csv)"
    );
    assert!(!dir.path().join("rules.ron").exists());
    assert!(!dir.path().join("rules.json").exists());
}

/// `standards` fixes worked example J's levels from 2024 (77 %, 93 %), says where they came
/// from, and writes exactly the shipped frozen rule file; `calc` on it pays to the öre.
#[test]
fn standards_freezes_example_j() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rules_2025.ron");
    let o = bin()
        .args(["standards", "--rules"])
        .arg(sample("worked_example_j/rules.ron"))
        .arg("--results-baseline")
        .arg(sample("worked_example_j/baseline_2024.csv"))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8(o.stdout).unwrap();
    assert!(stdout.contains(
        "Hemtjänst / helhet: tröskel (ingen poäng) 77 % = 25:e percentilen av 2024 års resultat, 8 utförare"
    ), "{stdout}");
    assert!(
        stdout.contains("riktmärke (full poäng) 93 % = medel av bästa tiondelen"),
        "{stdout}"
    );
    assert_eq!(
        std::fs::read(&out).unwrap(),
        std::fs::read(sample("worked_example_j/rules_2025.ron")).unwrap()
    );
    let c = bin()
        .args(["calc", "--rules"])
        .arg(&out)
        .arg("--results")
        .arg(sample("worked_example_j/results.csv"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(c.stdout).unwrap();
    for amount in ["5000,00", "10000,00", "2500,00", "7750,00", "25250,00"] {
        assert!(stdout.contains(amount), "{amount} missing in {stdout}");
    }
}

/// `standards` writes nothing when the baseline has too few usable results (a located error,
/// exit 1) or when `--out` is an input (exit 2, the input unchanged).
#[test]
fn standards_refuses_too_few_results_and_an_input_as_output() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules.ron");
    let text = std::fs::read_to_string(sample("worked_example_j/rules.ron")).unwrap();
    std::fs::write(&rules, text.replace("min_providers: 5", "min_providers: 9")).unwrap();
    let out = dir.path().join("ny.ron");
    let run = |out: &std::path::Path| {
        bin()
            .args(["standards", "--rules"])
            .arg(&rules)
            .arg("--results-baseline")
            .arg(sample("worked_example_j/baseline_2024.csv"))
            .arg("--out")
            .arg(out)
            .output()
            .unwrap()
    };
    let o = run(&out);
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(stderr.contains(
        "rules.ron, rad 25, kolumn 21: Hemtjänst › indikator ”helhet”: 8 utförare har ett användbart resultat 2024 i \
         baseline_2024.csv; nivåerna ur basperioden kräver minst 9"
    ), "{stderr}");
    assert!(!out.exists());
    let before = std::fs::read(&rules).unwrap();
    let o = run(&rules);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read(&rules).unwrap(), before);
}

/// Levels the baseline gives that the rules cannot use (every result the same, so the lower
/// level is not below the upper) are the standard's problem: placed at `standard:`, not at the
/// scoring the file has before the levels are written into it.
#[test]
fn standards_that_give_unusable_levels_point_at_the_standard() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = dir.path().join("lika.csv");
    let mut csv = String::from(
        "period;utförar_id;utförare;verksamhet;regi;volym;indikator;värde;antal_svar\n",
    );
    for k in 1..=9 {
        csv.push_str(&format!(
            "2024;J{k};Utförare {k};hemtjänst;privat;1000;helhet;80;\n"
        ));
    }
    std::fs::write(&baseline, csv).unwrap();
    let o = bin()
        .args(["standards", "--rules"])
        .arg(sample("worked_example_j/rules.ron"))
        .arg("--results-baseline")
        .arg(&baseline)
        .arg("--out")
        .arg(dir.path().join("ny.ron"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(
        stderr.contains(
            "rules.ron, rad 25, kolumn 21: Hemtjänst › indikator ”helhet”: nedre nivån 80 måste \
             vara lägre än övre nivån 80"
        ),
        "{stderr}"
    );
}

/// `report --effect-kolada …` adds "Effektuppföljning" with the same lines as `effect`
/// (docs/effect.md's worked example); an effect that cannot be estimated writes no report.
#[test]
fn report_with_an_effect_follow_up_has_its_section() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("beslut.pdf");
    let run = |municipality: &str| {
        bin()
            .args(["report", "--rules"])
            .arg(sample("worked_example_a/rules.ron"))
            .arg("--results")
            .arg(sample("worked_example_a/results.csv"))
            .arg("--effect-kolada")
            .arg(sample("effect/kolada_example.json"))
            .args(["--kpi", "U21468", "--municipality", municipality])
            .args(["--introduced", "2019", "--exclude", "2920", "--out"])
            .arg(&pdf)
            .output()
            .unwrap()
    };
    let o = run("2999");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // Without any white space: the PDF's text joins a wrapped line to the next without one.
    let bare = |t: &str| t.split_whitespace().collect::<String>();
    let text = bare(&pdf_extract::extract_text_from_mem(&std::fs::read(&pdf).unwrap()).unwrap());
    for want in [
        "Effektuppföljning Effekt av kvalitetspeng på KPI U21468 i kommun 2999 från 2019",
        "Metod: skillnad i skillnader mot 19 jämförelsekommuner",
        "Skattad effekt: 4,00",
        "95 % konfidensintervall: −0,75 till 8,75",
        "p-värde (placebotest): 0,250 (4 av 19 jämförelsekommuner",
        "Slutsats: förändringen efter start skiljer sig inte från jämförelsekommunernas mer än \
         slumpen kan förklara (p = 0,250).",
    ] {
        assert!(text.contains(&bare(want)), "«{want}» not in {text}");
    }
    std::fs::remove_file(&pdf).unwrap();
    let o = run("9999");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("kolada_example.json: kommun 9999 har inga värden för KPI:n i filen"),
        "{err}"
    );
    assert!(!pdf.exists());
}

/// `advances` writes the advance plan of the worked example (80 % of the previous payout in
/// 3 rounds) as CSV and as a workbook; it refuses a rule file without an advance rule (exit 1,
/// located) and an input as output (exit 2, the input unchanged).
#[test]
fn advances_writes_the_plan_and_refuses_what_it_cannot_plan() {
    let dir = tempfile::tempdir().unwrap();
    let run = |rules: &std::path::Path, out: &std::path::Path| {
        bin()
            .args(["advances", "--rules"])
            .arg(rules)
            .arg("--results")
            .arg(sample("worked_example_advances/results.csv"))
            .arg("--out")
            .arg(out)
            .output()
            .unwrap()
    };
    let rules = sample("worked_example_advances/rules.ron");
    let csv = dir.path().join("plan.csv");
    let o = run(&rules, &csv);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8(o.stdout).unwrap();
    assert!(
        stdout.contains("O3 Prästgården: ingen föregående utbetalning: inget förskott"),
        "{stdout}"
    );
    assert!(stdout.contains("Skrev"), "{stdout}");
    let text = std::fs::read_to_string(&csv).unwrap();
    for row in [
        "O1;Nyby;Hemtjänst;100000,00;80;2;26666,67;",
        "O1;Nyby;Hemtjänst;100000,00;80;3;26666,66;",
        "O2;Oxbacken;Hemtjänst;50000,00;80;2;13333,33;",
        ";Summa;;;;;168000,00;",
    ] {
        assert!(text.lines().any(|l| l == row), "{row} not in {text}");
    }
    let xlsx = dir.path().join("plan.xlsx");
    let o = run(&rules, &xlsx);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
    // No advance rule: nothing to plan, a located error, nothing written.
    let none = dir.path().join("none.csv");
    let o = run(&sample("worked_example_a/rules.ron"), &none);
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(
        stderr.contains(
            "rules.ron: Regeluppsättning: inget schema i regelverket har en förskottsregel"
        ),
        "{stderr}"
    );
    assert!(!none.exists());
    // At year end `calc --explain` settles against what was paid and warns of O4, paid two
    // rounds of three.
    let o = bin()
        .args(["calc", "--explain", "--rules"])
        .arg(&rules)
        .arg("--results")
        .arg(sample("worked_example_advances/results.csv"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8(o.stdout).unwrap();
    assert!(stdout.contains(
        "Slutligt belopp 95 000,00 kr − utbetalt hittills 80 000,00 kr = avräkning +15 000,00 kr att betala"
    ), "{stdout}");
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(
        stderr.contains(
            "O4: utbetalt hittills 36 000,00 kr skiljer sig från förskottsplanen 48 000,00 kr"
        ),
        "{stderr}"
    );
    // The plan never replaces an input.
    let copy = dir.path().join("rules.ron");
    std::fs::copy(&rules, &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    let o = run(&copy, &copy);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read(&copy).unwrap(), before);
}

/// Worked example A's rules with the second indicator's weight negative, written to `dir` as
/// `name`: its errors are at line 29, column 21 (the weight) and line 14, column 13.
fn negative_weight_rules(dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let text = std::fs::read_to_string(sample("worked_example_a/rules.ron"))
        .unwrap()
        .replace(
            "weight: 50,\n                    source: \"Palliativregistret\"",
            "weight: -50,\n                    source: \"Palliativregistret\"",
        );
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn report_statements_lock_and_decide_name_a_bad_rule_files_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let bad = negative_weight_rules(d, "negativ.ron");
    let good = sample("worked_example_a/rules.ron");
    let results = sample("worked_example_a/results.csv");
    let weight = |file: &str| {
        format!(
            "{file}, rad 29, kolumn 21: Särskilt boende › indikator ”smarta”: \
             vikten får inte vara negativ"
        )
    };
    let sum = "negativ.ron, rad 14, kolumn 13: Särskilt boende: \
               vikterna summerar till 0 %, ska vara 100 %";
    let lines = format!("fel: {}\nfel: {sum}\n", weight("negativ.ron"));
    let run = |args: Vec<std::ffi::OsString>| {
        let o = bin().args(args).output().unwrap();
        assert_eq!(o.status.code(), Some(1));
        String::from_utf8(o.stderr).unwrap()
    };
    let os = |s: &[&dyn AsRef<std::ffi::OsStr>]| -> Vec<std::ffi::OsString> {
        s.iter().map(|a| a.as_ref().to_os_string()).collect()
    };
    let pdf = d.join("r.pdf");
    let report = os(&[
        &"report",
        &"--rules",
        &bad,
        &"--results",
        &results,
        &"--out",
        &pdf,
    ]);
    assert_eq!(run(report), lines);
    // The other rule file of a comparison: each of its errors on a line of its own.
    let compared = os(&[
        &"report",
        &"--rules",
        &good,
        &"--compare-rules",
        &bad,
        &"--results",
        &results,
        &"--out",
        &pdf,
    ]);
    assert_eq!(run(compared), lines);
    assert!(!pdf.exists());
    let folder = d.join("utskick");
    let statements = os(&[
        &"statements",
        &"--rules",
        &bad,
        &"--results",
        &results,
        &"--out",
        &folder,
    ]);
    assert_eq!(run(statements), lines);
    let compare = os(&[
        &"compare",
        &"--rules",
        &good,
        &"--rules-b",
        &bad,
        &"--results",
        &results,
    ]);
    assert_eq!(run(compare), lines);
    let kvp = d.join("x.kvp");
    let lock = os(&[
        &"lock",
        &"--rules",
        &bad,
        &"--results",
        &results,
        &"--out",
        &kvp,
    ]);
    assert_eq!(
        run(lock),
        format!("fel: reglerna har fel: {}; {sum}\n", weight("negativ.ron"))
    );
    // solve: the rules' errors rather than one line of their texts without a place.
    let b = d.join("b.ron");
    let text = std::fs::read_to_string(sample("worked_example_b/rules.ron")).unwrap();
    std::fs::write(&b, text.replacen("weight: 40", "weight: -40", 1)).unwrap();
    let solve = os(&[
        &"solve",
        &"--rules",
        &b,
        &"--results",
        &sample("worked_example_b/results.csv"),
        &"--scheme",
        &"hemtjanst",
        &"--budget",
        &"500000",
    ]);
    let err = run(solve);
    assert!(
        err.starts_with(
            "fel: b.ron, rad 21, kolumn 21: Hemtjänst › indikator ”helhet”: \
             vikten får inte vara negativ\n"
        ),
        "{err}"
    );
}

#[test]
fn calc_and_standards_warnings_name_the_rule_files_line() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("varning.ron");
    let text = std::fs::read_to_string(sample("worked_example_a/rules.ron"))
        .unwrap()
        .replace(
            "scoring: Threshold(level: 70),\n",
            "scoring: Threshold(level: 70),\n                    min_respondents: Some(0),\n",
        );
    std::fs::write(&rules, text).unwrap();
    let o = calc_on_example_a_results(&rules);
    assert!(o.status.success());
    assert_eq!(
        String::from_utf8(o.stderr).unwrap(),
        "varning: varning.ron, rad 32, kolumn 21: Särskilt boende › indikator ”smarta”: \
         minsta antal svarande 0 betyder ingen gräns: lämna fältet tomt\n"
    );
    // standards: the new rules' warnings, at their line in the file written.
    let j = dir.path().join("j.ron");
    let text = std::fs::read_to_string(sample("worked_example_j/rules.ron")).unwrap();
    let zero = "weight: 100,\n                    min_respondents: Some(0),\n";
    std::fs::write(&j, text.replacen("weight: 100,\n", zero, 1)).unwrap();
    let out = dir.path().join("ny.ron");
    let o = bin()
        .args(["standards", "--rules"])
        .arg(&j)
        .arg("--results-baseline")
        .arg(sample("worked_example_j/baseline_2024.csv"))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success());
    assert_eq!(
        String::from_utf8(o.stderr).unwrap(),
        "varning: ny.ron, rad 28, kolumn 21: Hemtjänst › indikator ”helhet”: \
         minsta antal svarande 0 betyder ingen gräns: lämna fältet tomt\n"
    );
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(
        written
            .lines()
            .nth(27)
            .unwrap()
            .contains("min_respondents: 0"),
        "{written}"
    );
}

/// The lines a failed use case carries are those of the text it read: the file changed
/// afterwards (three lines put before the rules) does not move them.
#[test]
fn a_rule_files_lines_are_those_of_the_text_that_was_read() {
    use kvalitetspeng::io::usecase::{self, Failure};
    let dir = tempfile::tempdir().unwrap();
    let bad = negative_weight_rules(dir.path(), "negativ.ron");
    let results = sample("worked_example_a/results.csv");
    let opts = kvalitetspeng::io::ResultsOptions::default();
    let sources = usecase::Sources {
        rules: &bad,
        results: &results,
        opts: &opts,
    };
    let failed = usecase::calculate(&sources, false).err().unwrap();
    let moved = format!("//\n//\n//\n{}", std::fs::read_to_string(&bad).unwrap());
    std::fs::write(&bad, moved).unwrap();
    let Failure::Rules(problems) = failed else {
        panic!("{failed:?}")
    };
    let first = problems.errors().next().unwrap();
    assert_eq!(
        first.text(&problems.file, kvalitetspeng::words::Lang::Sv),
        "negativ.ron, rad 29, kolumn 21: Särskilt boende › indikator ”smarta”: \
         vikten får inte vara negativ"
    );
    // A locked run's rules are located in the bytes kept, under the name kept.
    let file = |name: &str, path: &std::path::Path| kvalitetspeng::io::locked::InputFile {
        name: name.into(),
        bytes: std::fs::read(path).unwrap(),
    };
    let (rules, results) = (file("kept.ron", &bad), file("results.csv", &results));
    let inputs = usecase::Inputs {
        rules: &rules,
        results: &results,
        mapping: None,
        sheet: None,
    };
    let Err(Failure::Rules(kept)) = usecase::calculate_inputs(&inputs, "2026-01-01T00:00:00Z")
    else {
        panic!("the rules have errors")
    };
    let at = kept.errors().next().and_then(|l| l.at).unwrap();
    assert_eq!(
        (kept.file.as_str(), at.line, at.column),
        ("kept.ron", 32, 21)
    );
}
