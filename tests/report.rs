//! The decision report (PDF) and locked runs: the report's text read back from the PDF, its
//! bytes deterministic; an archive verifies, and every member tampered with in turn is caught.

mod common;
use common::*;

use kvalitetspeng::io::audit::Audit;
use kvalitetspeng::io::locked::{self, Finding, InputFile, LockInput};
use kvalitetspeng::io::report::{ReportInput, report_pdf};
use kvalitetspeng::words::Lang;

fn audit(rules: &str, results: &str) -> Audit {
    let bytes = |p: &str| std::fs::read(sample(p)).unwrap();
    Audit {
        app_version: env!("CARGO_PKG_VERSION").into(),
        rules_file: "rules.ron".into(),
        rules_sha256: kvalitetspeng::io::audit::sha256_hex(&bytes(rules)),
        results_file: "results.csv".into(),
        results_sha256: kvalitetspeng::io::audit::sha256_hex(&bytes(results)),
        calculated_at: "2026-03-01T09:00:00Z".into(),
    }
}

fn report(rules_rel: &str, results_rel: &str, lang: Lang) -> Vec<u8> {
    let r = rules(rules_rel);
    let c = calc(rules_rel, results_rel);
    report_pdf(
        &ReportInput {
            calc: &c,
            rules: &r,
            audit: &audit(rules_rel, results_rel),
            compared: None,
            decision: Some("ÄN 2026-03-12 §14"),
            correction: None,
        },
        lang,
    )
    .unwrap()
}

/// The PDF's text, with runs of white space made one space (line breaks vary with layout).
fn text(pdf: &[u8]) -> String {
    let t = pdf_extract::extract_text_from_mem(pdf).unwrap();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_report_of_worked_example_a_says_what_was_decided() {
    let pdf = report(
        "worked_example_a/rules.ron",
        "worked_example_a/results.csv",
        Lang::Sv,
    );
    let t = text(&pdf);
    for want in [
        "Beslutsunderlag: kvalitetspeng 2025",
        "Beslut: ÄN 2026-03-12 §14",
        // The totals and who is paid.
        "3 av 4 utförare får kvalitetspeng",
        "Utan kvalitetspeng: 1 utförare ingen poäng",
        "1 000 000,00 kr",
        // Every provider, with its amount.
        "Almgården",
        "571 428,57",
        "Björkhagen",
        "190 476,19",
        "Cederlund",
        "238 095,24",
        "Dalgården",
        // The rules in words.
        "En pott på 1 000 000,00 kr delas mellan de utförare som kvalificerar sig, efter poäng × volym (platser).",
        "Full poäng vid minst 80 %, annars ingen poäng.",
        "Full poäng vid minst 70 %, annars ingen poäng.",
        // The appendix: the explanation per provider.
        "Bilaga: förklaring per utförare",
        "86 ≥ 80: uppnått",
    ] {
        assert!(t.contains(want), "missing “{want}” in:\n{t}");
    }
    // The footer on every page: page x of y, both hashes, the program version.
    let a = audit("worked_example_a/rules.ron", "worked_example_a/results.csv");
    let pages = t.matches("Sida ").count();
    assert!(pages >= 4, "{pages} pages");
    for k in 1..=pages {
        assert!(t.contains(&format!("Sida {k} av {pages}")), "page {k}");
    }
    assert_eq!(t.matches(&a.rules_sha256).count(), pages);
    assert_eq!(t.matches(&a.results_sha256).count(), pages);
    assert!(t.contains(&format!("Kvalitetspeng {}", env!("CARGO_PKG_VERSION"))));
}

#[test]
fn the_report_is_deterministic_and_in_english_on_request() {
    let a = report(
        "worked_example_g/rules.ron",
        "worked_example_g/results.csv",
        Lang::En,
    );
    let b = report(
        "worked_example_g/rules.ron",
        "worked_example_g/results.csv",
        Lang::En,
    );
    assert_eq!(a, b, "the same inputs give the same bytes");
    let t = text(&a);
    assert!(t.contains("Decision basis: kvalitetspeng 2025"), "{t}");
    assert!(t.contains("budget-neutral"), "{t}");
    assert!(t.contains("-12,000.00"), "{t}");
    assert!(t.contains("Page 1 of"), "{t}");
}

fn lock_input(rules_rel: &str, results_rel: &str, with_report: bool) -> LockInput {
    let file = |p: &str, name: &str| InputFile {
        name: name.into(),
        bytes: std::fs::read(sample(p)).unwrap(),
    };
    LockInput {
        rules: file(rules_rel, "rules.ron"),
        results: file(results_rel, "results.csv"),
        mapping: None,
        sheet: None,
        decision_reference: Some("ÄN 2026-03-12 §14".into()),
        locked_at: "2026-03-12T10:00:00Z".into(),
        lang: Lang::Sv,
        with_report,
        corrects: None,
    }
}

/// The archive with one member's bytes replaced (and everything else as it was).
fn replace_member(archive: &[u8], name: &str, f: impl Fn(&mut Vec<u8>)) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(archive)).unwrap();
    let mut zout = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zin.len() {
        let mut m = zin.by_index(i).unwrap();
        let n = m.name().unwrap().to_string();
        let mut b = Vec::new();
        m.read_to_end(&mut b).unwrap();
        if n == name {
            f(&mut b);
        }
        zout.start_file(n.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        zout.write_all(&b).unwrap();
    }
    zout.finish().unwrap().into_inner()
}

#[test]
fn a_locked_run_verifies_and_every_tampered_member_is_named() {
    let (bytes, run) = locked::lock(&lock_input(
        "worked_example_a/rules.ron",
        "worked_example_a/results.csv",
        true,
    ))
    .unwrap();
    assert_eq!(run.calc.total(), d("1000000.00"));
    // Locking is deterministic too.
    let (again, _) = locked::lock(&lock_input(
        "worked_example_a/rules.ron",
        "worked_example_a/results.csv",
        true,
    ))
    .unwrap();
    assert_eq!(bytes, again);
    let v = locked::verify(&bytes).unwrap();
    assert!(v.ok(), "{:?}", v.findings);
    assert_eq!(
        v.manifest.decision_reference.as_deref(),
        Some("ÄN 2026-03-12 §14")
    );
    let names: Vec<String> = v.manifest.files.iter().map(|f| f.name.clone()).collect();
    assert_eq!(
        names,
        [
            "indata/rules.ron",
            "indata/results.csv",
            "utdata/utbetalning.csv",
            "utdata/utbetalning.verifikation.csv",
            "utdata/forklaring.csv",
            "utdata/beslutsunderlag.pdf"
        ]
    );
    // Each member changed in turn: named, and nothing else passes for it.
    for name in &names {
        let tampered = replace_member(&bytes, name, |b| {
            let k = b.len() / 2;
            b[k] ^= 0x20;
        });
        let v = locked::verify(&tampered).unwrap();
        assert!(
            v.findings
                .contains(&Finding::Changed { name: name.clone() }),
            "{name}: {:?}",
            v.findings
        );
    }
    // A consistent forgery of an output (its hash updated in the manifest too) is caught by
    // the recalculation.
    let forged_csv = {
        let a = locked::open(&bytes).unwrap();
        let mut b = a.member("utdata/utbetalning.csv").unwrap().to_vec();
        let s = String::from_utf8(b.clone())
            .unwrap()
            .replace("571428,57", "671428,57");
        b = s.into_bytes();
        b
    };
    let sha = kvalitetspeng::io::audit::sha256_hex(&forged_csv);
    let step1 = replace_member(&bytes, "utdata/utbetalning.csv", |b| {
        *b = forged_csv.clone()
    });
    let forged = replace_member(&step1, "manifest.json", |m| {
        let mut man: locked::Manifest = serde_json::from_slice(m).unwrap();
        for f in &mut man.files {
            if f.name == "utdata/utbetalning.csv" {
                f.sha256 = sha.clone();
            }
        }
        *m = serde_json::to_vec_pretty(&man).unwrap();
    });
    let v = locked::verify(&forged).unwrap();
    assert_eq!(
        v.findings,
        vec![Finding::Differs {
            name: "utdata/utbetalning.csv".into()
        }]
    );
    // The manifest changed (another decision reference): the recomputed audit file differs,
    // and the fingerprint is not the one quoted in the decision.
    let changed = replace_member(&bytes, "manifest.json", |m| {
        let s = String::from_utf8(m.clone()).unwrap().replace("§14", "§15");
        *m = s.into_bytes();
    });
    let v2 = locked::verify(&changed).unwrap();
    assert!(
        v2.findings.contains(&Finding::Differs {
            name: "utdata/utbetalning.verifikation.csv".into()
        }),
        "{:?}",
        v2.findings
    );
    assert_ne!(v2.fingerprint, locked::verify(&bytes).unwrap().fingerprint);
    // A member added, and one removed.
    let added = {
        use std::io::Write;
        let mut z = zip::ZipWriter::new_append(std::io::Cursor::new(bytes.clone())).unwrap();
        z.start_file("utdata/extra.csv", zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(b"x").unwrap();
        z.finish().unwrap().into_inner()
    };
    assert!(
        locked::verify(&added)
            .unwrap()
            .findings
            .contains(&Finding::NotListed {
                name: "utdata/extra.csv".into()
            })
    );
    // Not an archive at all.
    assert!(locked::verify(b"not a zip").is_err());
}

#[test]
fn a_correction_lists_only_what_changed_and_names_the_run_it_corrects() {
    let (bytes, _) = locked::lock(&lock_input(
        "worked_example_a/rules.ron",
        "worked_example_a/results.csv",
        false,
    ))
    .unwrap();
    let archive = locked::open(&bytes).unwrap();
    let before = archive.run().unwrap();
    // Dalgården disputes its pain-assessment result: 55 was 75.
    let text = std::fs::read_to_string(sample("worked_example_a/results.csv")).unwrap();
    assert!(text.contains(";55"), "{text}");
    let corrected = text.replacen("smarta;55;", "smarta;75;", 1);
    let mut input = lock_input(
        "worked_example_a/rules.ron",
        "worked_example_a/results.csv",
        false,
    );
    input.results.bytes = corrected.into_bytes();
    input.corrects = Some(locked::Corrects {
        archive: "2025.kvp".into(),
        fingerprint: archive.fingerprint.clone(),
    });
    let (new_bytes, after) = locked::lock(&input).unwrap();
    let diff = locked::correction_diff(&before.calc, &after.calc, "2025.kvp", Lang::Sv);
    // Dalgården now shares the pot: everyone's share changes, but only Dalgården's indicator.
    let changed_indicators: Vec<(&str, &str)> = diff
        .providers
        .iter()
        .flat_map(|p| {
            p.indicators
                .iter()
                .map(move |i| (p.name.as_str(), i.id.as_str()))
        })
        .filter(|(_, i)| *i != "helhet")
        .collect();
    assert!(
        changed_indicators.contains(&("Dalgården", "smarta")),
        "{diff:?}"
    );
    assert_eq!(diff.total_delta(), d("0.00"), "a pot is redistributed");
    let dal = diff
        .providers
        .iter()
        .find(|p| p.name == "Dalgården")
        .unwrap();
    assert_eq!(dal.before, d("0.00"));
    assert!(dal.after > d("0"));
    let csv = String::from_utf8(locked::correction_csv(&diff, Lang::Sv)).unwrap();
    assert!(csv.contains("SB04;Dalgården;smarta;55 %;75 %;"), "{csv}");
    // The new archive names the one it corrects and verifies on its own.
    let v = locked::verify(&new_bytes).unwrap();
    assert!(v.ok(), "{:?}", v.findings);
    assert_eq!(
        v.manifest.corrects.as_ref().map(|c| c.fingerprint.as_str()),
        Some(archive.fingerprint.as_str())
    );
}

/// A zip with the given members (name, bytes), stored.
fn zip_of(members: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in members {
        z.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap().into_inner()
}

#[test]
fn a_file_that_is_not_a_readable_locked_run_gets_a_clear_message() {
    let msg = |bytes: &[u8]| match locked::verify(bytes) {
        Err(e) => e.text(Lang::Sv),
        Ok(v) => panic!("read: {:?}", v.findings),
    };
    assert!(
        msg(b"PK not really")
            .starts_with("filen är ingen läsbar fastställd körning (.kvp): inget zip-arkiv ("),
        "{}",
        msg(b"PK not really")
    );
    assert_eq!(
        msg(&zip_of(&[("indata/rules.ron", b"x")])),
        "filen är ingen läsbar fastställd körning (.kvp): manifest.json saknas"
    );
    assert!(
        msg(&zip_of(&[("manifest.json", b"{\"format\": 1}")])).starts_with(
            "filen är ingen läsbar fastställd körning (.kvp): manifest.json kan inte läsas: "
        ),
    );
    // A newer format is named as such, and the manifest's own format string is checked.
    let (bytes, _) = locked::lock(&lock_input(
        "worked_example_a/rules.ron",
        "worked_example_a/results.csv",
        false,
    ))
    .unwrap();
    let newer = replace_member(&bytes, "manifest.json", |m| {
        let s = String::from_utf8(m.clone())
            .unwrap()
            .replace("\"format_version\": 1", "\"format_version\": 2");
        *m = s.into_bytes();
    });
    assert_eq!(
        msg(&newer),
        "filen är ingen läsbar fastställd körning (.kvp): arkivet har format 2, den här versionen läser format 1: uppdatera programmet"
    );
    // A zip bomb is refused from the directory, before anything is unpacked.
    let bomb = {
        use std::io::Write;
        let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        z.start_file(
            "utdata/forklaring.csv",
            zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated),
        )
        .unwrap();
        z.write_all(&vec![b'0'; 50 << 20]).unwrap();
        z.finish().unwrap().into_inner()
    };
    assert!(
        msg(&bomb).contains("utdata/forklaring.csv: 52428800 byte packade i"),
        "{}",
        msg(&bomb)
    );
    assert!(msg(&bomb).ends_with("mer än 200 till en (en zip-bomb?)"));
}
