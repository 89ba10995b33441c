//! Per-provider statements (`kvalitetspeng statements`), run as a real process: one PDF per
//! provider with its numbers read back, the rule file's `corrections` field, and failures that
//! leave nothing written.

mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kvalitetspeng"))
}

/// The PDF's text, with runs of white space made one space.
fn text(pdf: &Path) -> String {
    let t = pdf_extract::extract_text_from_mem(&std::fs::read(pdf).unwrap()).unwrap();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A folder with worked example A's results and its rules with `corrections` added.
fn example_a_with_corrections() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let rules = std::fs::read_to_string(sample("worked_example_a/rules.ron")).unwrap();
    let rules = rules.replace(
        "    period: \"2025\",\n",
        "    period: \"2025\",\n    corrections: (to: \"kvalitetspeng@raknexempel.se\", by: \"2027-02-15\"),\n",
    );
    let (r, x) = (dir.path().join("rules.ron"), dir.path().join("results.csv"));
    std::fs::write(&r, rules).unwrap();
    std::fs::copy(sample("worked_example_a/results.csv"), &x).unwrap();
    (dir, r, x)
}

fn statements(rules: &Path, results: &Path, out: &Path) -> std::process::Output {
    bin()
        .args(["statements", "--decision", "ÄN 2026-03-12 §14", "--rules"])
        .arg(rules)
        .arg("--results")
        .arg(results)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

/// The files in `dir`, by name.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn statements_of_example_a_give_each_provider_its_numbers() {
    let (dir, rules, results) = example_a_with_corrections();
    // A folder that is not there is made.
    let out = dir.path().join("utskick").join("2025");
    let o = statements(&rules, &results, &out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        listing(&out),
        ["SB01.pdf", "SB02.pdf", "SB03.pdf", "SB04.pdf"]
    );
    let sha = |p: &Path| kvalitetspeng::io::audit::sha256_hex(&std::fs::read(p).unwrap());
    // (id, name, score, payout, helhet's kronor, smärta's kronor, values)
    let expected = [
        (
            "SB01",
            "Almgården",
            "100,00 %",
            "571 428,57 kr",
            "285 714,29 kr",
            "285 714,28 kr",
            ["värde 86 %", "värde 75 %"],
        ),
        (
            "SB02",
            "Björkhagen",
            "50,00 %",
            "190 476,19 kr",
            "190 476,19 kr",
            "0,00 kr",
            ["värde 82 %", "värde 60 %"],
        ),
        (
            "SB03",
            "Cederlund",
            "50,00 %",
            "238 095,24 kr",
            "0,00 kr",
            "238 095,24 kr",
            ["värde 78 %", "värde 90 %"],
        ),
        (
            "SB04",
            "Dalgården",
            "0,00 %",
            "0,00 kr",
            "0,00 kr",
            "0,00 kr",
            ["värde 79 %", "värde 55 %"],
        ),
    ];
    for (id, name, score, payout, helhet, smarta, values) in expected {
        let t = text(&out.join(format!("{id}.pdf")));
        for want in [
            format!("Utfall kvalitetspeng 2025: {name}"),
            format!("Utförare {id} {name} (Särskilt boende)"),
            format!("Poäng {score}"),
            format!("Utbetalning {payout}"),
            format!("Helhetsbedömning, andel nöjda {helhet}"),
            format!("Smärtskattning sista levnadsveckan {smarta}"),
            values[0].to_string(),
            values[1].to_string(),
            "Beslut: ÄN 2026-03-12 §14".to_string(),
            "Reglerna för särskilt boende".to_string(),
            "Full poäng vid minst 80 %".to_string(),
            "Skicka rättelser till kvalitetspeng@raknexempel.se senast 2027-02-15.".to_string(),
            format!("rules.ron: SHA-256 {}", sha(&rules)),
            format!("results.csv: SHA-256 {}", sha(&results)),
        ] {
            assert!(t.contains(&want), "{id}: «{want}» not in «{t}»");
        }
        // Only its own provider.
        for (other, other_name, ..) in expected {
            if other != id {
                assert!(!t.contains(other_name), "{id} names {other}");
            }
        }
    }
}

#[test]
fn statements_fail_whole_when_the_folder_is_a_file_or_a_target_a_folder() {
    let (dir, rules, results) = example_a_with_corrections();
    // The folder is a file: refused, the file as it was.
    let file = dir.path().join("utskick");
    std::fs::write(&file, b"en fil").unwrap();
    let o = statements(&rules, &results, &file);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("utskick"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), b"en fil");
    // Under a file: nothing made.
    let o = statements(&rules, &results, &file.join("2025"));
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read(&file).unwrap(), b"en fil");
    // A target is a folder: no statement is written, the folder left as it was.
    let out = dir.path().join("ut");
    std::fs::create_dir_all(out.join("SB03.pdf")).unwrap();
    std::fs::write(out.join("SB01.pdf"), b"old").unwrap();
    let o = statements(&rules, &results, &out);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("SB03.pdf"), "{err}");
    assert_eq!(listing(&out), ["SB01.pdf", "SB03.pdf"]);
    assert_eq!(std::fs::read(out.join("SB01.pdf")).unwrap(), b"old");
    // A statement that would replace an input: refused, nothing written.
    let inside = dir.path().join("in");
    std::fs::create_dir(&inside).unwrap();
    let rules_inside = inside.join("SB02.pdf");
    std::fs::copy(&rules, &rules_inside).unwrap();
    let o = statements(&rules_inside, &results, &inside);
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(
        std::fs::read(&rules_inside).unwrap(),
        std::fs::read(&rules).unwrap()
    );
    assert_eq!(listing(&inside), ["SB02.pdf"]);
}

#[test]
fn the_corrections_field_is_optional_checked_and_kept() {
    use kvalitetspeng::io::rules_ron::{parse_rules, to_ron_string};
    // Absent: the rule set writes as it always did.
    let a = rules("worked_example_a/rules.ron");
    assert!(a.corrections.is_none());
    assert!(!to_ron_string(&a).contains("corrections"));
    // Present: read, written and read back the same.
    let (_dir, path, results) = example_a_with_corrections();
    let text = std::fs::read_to_string(&path).unwrap();
    let r = parse_rules(&text, "rules.ron").unwrap();
    let c = r.corrections.clone().unwrap();
    assert_eq!(
        (c.to.as_str(), c.by.as_str()),
        ("kvalitetspeng@raknexempel.se", "2027-02-15")
    );
    assert_eq!(parse_rules(&to_ron_string(&r), "x.ron").unwrap(), r);
    // A date that is not one: the rules' error, located, and nothing written.
    for (bad, shown) in [
        ("2027-02-30", "2027-02-30"),
        ("15/2 2027", "15/2 2027"),
        ("20270215", "20270215"),
    ] {
        let bad_rules = text.replace("2027-02-15", bad);
        std::fs::write(&path, &bad_rules).unwrap();
        let out = path.with_file_name("ut-bad");
        let o = statements(&path, &results, &out);
        assert_eq!(o.status.code(), Some(1), "{bad}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains(&format!(
                "Regeluppsättning: corrections: ”{shown}” är inget datum"
            )),
            "{err}"
        );
        assert!(!out.exists());
    }
    // An unknown key inside: the file's line named.
    std::fs::write(&path, text.replace("by: ", "senast: ")).unwrap();
    let o = statements(&path, &results, &path.with_file_name("ut-bad"));
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("rules.ron") && err.contains("rad 8, kolumn 55"),
        "{err}"
    );
}

/// With what was paid so far in the results, each statement shows the final amount, what was
/// paid and the settlement (+ to pay, − återkrav) (issue 35, item 6).
#[test]
fn statements_show_the_settlement_against_what_was_paid() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("utskick");
    let o = statements(
        &sample("worked_example_advances/rules.ron"),
        &sample("worked_example_advances/results.csv"),
        &out,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o2 = text(&out.join("O2.pdf"));
    for want in [
        "Utbetalt hittills 40 000,00 kr",
        "Avräkning −10 000,00 kr",
        "Slutligt belopp 30 000,00 kr − utbetalt hittills 40 000,00 kr = avräkning −10 000,00 kr (återkrav)",
    ] {
        assert!(o2.contains(want), "«{want}» not in {o2}");
    }
    let o1 = text(&out.join("O1.pdf"));
    assert!(o1.contains("= avräkning +15 000,00 kr att betala"), "{o1}");
}
