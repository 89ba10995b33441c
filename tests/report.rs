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

/// A calculation of `rules_rel` (a sample rule file) with the results in `results` (a text).
fn calc_of(rules_rel: &str, results: &str) -> kvalitetspeng::domain::Calculation {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("results.csv");
    std::fs::write(&path, results).unwrap();
    let set = kvalitetspeng::io::read_results(&path).unwrap_or_else(|e| panic!("{e}"));
    kvalitetspeng::domain::calculate(&rules(rules_rel), &set).unwrap_or_else(|p| panic!("{p:?}"))
}

fn input<'a>(
    c: &'a kvalitetspeng::domain::Calculation,
    r: &'a kvalitetspeng::domain::RuleSet,
    a: &'a Audit,
) -> ReportInput<'a> {
    ReportInput {
        calc: c,
        rules: r,
        audit: a,
        compared: None,
        decision: None,
        correction: None,
    }
}

/// Worked example A with the providers' names replaced, in turn, by `names`.
fn example_a_named(names: &[&str]) -> kvalitetspeng::domain::Calculation {
    let text = std::fs::read_to_string(sample("worked_example_a/results.csv")).unwrap();
    let mut out = text.clone();
    for (old, new) in ["Almgården", "Björkhagen", "Cederlund", "Dalgården"]
        .iter()
        .zip(names)
    {
        out = out.replace(old, new);
    }
    calc_of("worked_example_a/rules.ron", &out)
}

#[test]
fn right_to_left_names_are_drawn_right_to_left_shaped_and_read_in_logical_order() {
    use kvalitetspeng::io::report::layout::{Face, Metrics};
    let hebrew = "בית אבות שלום";
    let arabic = "دار الرعاية";
    let c = example_a_named(&[hebrew, arabic]);
    let r = rules("worked_example_a/rules.ron");
    let a = audit("worked_example_a/rules.ron", "worked_example_a/results.csv");
    let rep = kvalitetspeng::io::report::report(&input(&c, &r, &a), Lang::Sv).unwrap();
    // The bundled font has Hebrew and Arabic: nothing is an empty box.
    assert_eq!(rep.missing, vec![]);
    // The text layer reads in logical order (as typed), in the table and the appendix.
    let t = text(&rep.pdf);
    assert!(t.matches(hebrew).count() >= 2, "{t}");
    assert!(t.matches(arabic).count() >= 2, "{t}");
    assert!(
        t.contains(&format!("SB01 {hebrew} (Särskilt boende)")),
        "{t}"
    );
    // Long right-to-left names are cut to their columns like any other, by their shaped width.
    let long_he = [hebrew; 12].join(" ");
    let long_ar = [arabic; 12].join(" ");
    let c_long = example_a_named(&[&long_he, &long_ar]);
    let texts = texts_fitting(&input(&c_long, &r, &a), Lang::Sv, "long names");
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with(hebrew) && t.ends_with('…')),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with(arabic) && t.ends_with('…')),
        "{texts:?}"
    );
    // On the page (the glyphs the PDF draws, where it places them), right to left: the
    // first letter is the rightmost, the last the leftmost.
    let (reg, bold) = (
        include_bytes!("../assets/fonts/DejaVuSansCondensed.ttf"),
        include_bytes!("../assets/fonts/DejaVuSansCondensed-Bold.ttf"),
    );
    let mut m = Metrics::new(reg, bold).unwrap();
    let mut missing = Default::default();
    // (glyph id, x in em, text range) of each glyph drawn, in the order written.
    let mut drawn = |m: &mut Metrics, text: &str, face| {
        let (mut x, gs) = kvalitetspeng::io::report::pdf::glyphs(m, text, face, &mut missing);
        gs.iter()
            .map(|g| {
                let at = x + g.x_offset;
                x += g.x_advance;
                (g.glyph_id.to_u32() as u16, at, g.text_range.clone())
            })
            .collect::<Vec<_>>()
    };
    for face in [Face::Regular, Face::Bold] {
        for name in [hebrew, arabic] {
            let g = drawn(&mut m, name, face);
            let width = m.width(name, face, 1.0);
            assert_eq!(g[0].2.start, 0, "written in logical order");
            assert!(g[0].1 > g[g.len() - 1].1, "{name}: {g:?}");
            assert!(
                g.iter().all(|p| p.1 > -1e-4 && p.1 < width),
                "{name}: {g:?}"
            );
            assert!(
                g.iter().any(|p| p.1.abs() < 1e-4),
                "{name} starts at the left edge"
            );
        }
        // Arabic letters joined: "بيت" has its initial, medial and final forms, not the
        // isolated letters' glyphs.
        let shaped: Vec<u16> = drawn(&mut m, "بيت", face).iter().map(|p| p.0).collect();
        let isolated: Vec<u16> = "بيت".chars().map(|ch| m.glyph(ch, face).0).collect();
        assert_eq!(shaped.len(), 3, "{shaped:?}");
        for k in 0..3 {
            assert_ne!(
                shaped[k], isolated[k],
                "letter {k} joined: {shaped:?} {isolated:?}"
            );
        }
        // A Swedish line with a Hebrew name: the Latin runs stay left to right around it.
        let line = format!("SB01 {hebrew} (Särskilt boende)");
        let g = drawn(&mut m, &line, face);
        let x_of = |byte: usize| g.iter().find(|p| p.2.start == byte).unwrap().1;
        let he_start = line.find('ב').unwrap();
        let paren = line.find('(').unwrap();
        assert!(x_of(0) < x_of(he_start) && x_of(he_start) < x_of(paren));
        // What is measured is what is drawn: the shaped width.
        let s = m.shaped(&line, face);
        assert!((s.width - m.width(&line, face, 1.0)).abs() < 1e-4);
    }
    assert_eq!(missing, Default::default());
}

/// Every `ActualText` of the PDF's pages (marked content that says what glyphs stand for).
fn actual_texts(pdf: &[u8]) -> Vec<String> {
    use pdf_extract::{Object, content::Content};
    let doc = pdf_extract::Document::load_mem(pdf).unwrap();
    let mut out = Vec::new();
    for (_, id) in doc.get_pages() {
        let content = Content::decode(&doc.get_page_content(id).unwrap()).unwrap();
        for op in content.operations.iter().filter(|o| o.operator == "BDC") {
            for o in &op.operands {
                if let Object::Dictionary(d) = o
                    && let Ok(Object::String(b, _)) = d.get(b"ActualText")
                {
                    let units: Vec<u16> = b
                        .strip_prefix(&[0xFE, 0xFF])
                        .unwrap_or(b)
                        .chunks(2)
                        .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                        .collect();
                    out.push(String::from_utf16_lossy(&units));
                }
            }
        }
    }
    out
}

#[test]
fn characters_no_bundled_font_has_are_warned_of_naming_the_provider() {
    let c = example_a_named(&["Almgården", "Björkhagen", "陽光 Omsorg 🌷"]);
    let r = rules("worked_example_a/rules.ron");
    let a = audit("worked_example_a/rules.ron", "worked_example_a/results.csv");
    let rep = kvalitetspeng::io::report::report(&input(&c, &r, &a), Lang::Sv).unwrap();
    use kvalitetspeng::io::report::{GlyphPlace, MissingGlyphs};
    assert_eq!(
        rep.missing,
        vec![MissingGlyphs {
            chars: vec!['光', '陽', '🌷'],
            place: GlyphPlace::Provider {
                id: "SB03".into(),
                name: "陽光 Omsorg 🌷".into()
            }
        }]
    );
    assert_eq!(
        rep.missing[0].text(Lang::Sv),
        "beslutsunderlaget har inget typsnitt med «光» (U+5149), «陽» (U+967D), «🌷» (U+1F337) \
         i utföraren SB03 ”陽光 Omsorg 🌷”: tecknet visas som en tom ruta (PDF:ens text har det \
         rätta tecknet)"
    );
    assert_eq!(
        rep.missing[0].text(Lang::En),
        "the decision report has no font with «光» (U+5149), «陽» (U+967D), «🌷» (U+1F337) in \
         provider SB03 “陽光 Omsorg 🌷”: the character shows as an empty box (the PDF's text has \
         the real character)"
    );
    // Another text (here the municipality) is named by the text itself.
    let mut c2 = c.clone();
    c2.municipality = "Kommun ☃ 雪".into();
    let rep2 = kvalitetspeng::io::report::report(&input(&c2, &r, &a), Lang::En).unwrap();
    assert_eq!(rep2.missing.len(), 2, "{:?}", rep2.missing);
    assert_eq!(rep2.missing[1].chars, vec!['雪']);
    assert!(matches!(&rep2.missing[1].place, GlyphPlace::Text(t) if t.contains("Kommun ☃ 雪")));
    // The report still names the provider in its text, and each run of empty boxes carries
    // its real characters as the PDF's ActualText (what viewers copy).
    assert!(text(&rep.pdf).contains("Omsorg"));
    let actual = actual_texts(&rep.pdf);
    assert!(actual.contains(&"陽光".to_string()), "{actual:?}");
    assert!(actual.contains(&"🌷".to_string()), "{actual:?}");
    // The worked examples need no warning.
    for ex in ["a", "g", "i"] {
        let (rr, res) = (
            format!("worked_example_{ex}/rules.ron"),
            format!("worked_example_{ex}/results.csv"),
        );
        let (c, r, a) = (calc(&rr, &res), rules(&rr), audit(&rr, &res));
        let rep = kvalitetspeng::io::report::report(&input(&c, &r, &a), Lang::Sv).unwrap();
        assert_eq!(rep.missing, vec![], "{ex}");
    }
}

/// Worked example I's rules (deductions, six money columns with the settlement) at the largest
/// rate, with `n` providers each paid 10¹⁸ kr (rate 10⁶ × volume 10¹², both at their bounds)
/// but the last, which gets nothing and a deduction.
fn huge_report(
    n: usize,
) -> (
    kvalitetspeng::domain::Calculation,
    kvalitetspeng::domain::RuleSet,
) {
    let rules_text = std::fs::read_to_string(sample("worked_example_i/rules.ron"))
        .unwrap()
        .replace("kr_per_unit: 10)", "kr_per_unit: 1000000)");
    let mut results = String::from(
        "period;utförar_id;utförare;verksamhet;regi;volym;indikator;värde;antal_svar;ersättning;utbetalt_hittills\n",
    );
    for k in 0..n {
        let value = if k + 1 == n { 0 } else { 100 };
        results.push_str(&format!(
            "2025;H{k};Hemtjänst {k};hemtjänst;privat;1000000000000;kvalitet;{value};;1000000000000;1000000000000\n\
             2025;H{k};;;;;dokumentation;85;;;\n"
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let rp = dir.path().join("rules.ron");
    let xp = dir.path().join("results.csv");
    std::fs::write(&rp, rules_text).unwrap();
    std::fs::write(&xp, results).unwrap();
    let r = kvalitetspeng::io::read_rules(&rp).unwrap_or_else(|e| panic!("{e}"));
    let set = kvalitetspeng::io::read_results(&xp).unwrap_or_else(|e| panic!("{e}"));
    let c = kvalitetspeng::domain::calculate(&r, &set).unwrap_or_else(|p| panic!("{p:?}"));
    (c, r)
}

/// The texts of the report's laid-out pages, after checking that each is within the margins
/// and none runs into the next on its line (as measured by the report's own metrics).
fn texts_fitting(input: &ReportInput<'_>, lang: Lang, what: &str) -> Vec<String> {
    use kvalitetspeng::io::report::layout::{MARGIN_X, PAGE_W};
    let mut l = kvalitetspeng::io::report::layout(input, lang).unwrap();
    let mut all = Vec::new();
    for (k, page) in l.pages.clone().iter().enumerate() {
        let mut placed: Vec<(f32, f32, f32, String)> = page
            .runs
            .iter()
            .map(|run| {
                let w = l.metrics.width(&run.text, run.face, run.size);
                (run.y, run.x, run.x + w, run.text.clone())
            })
            .collect();
        // Every text within the margins…
        for (_, x0, x1, t) in &placed {
            assert!(
                *x0 >= MARGIN_X - 0.01 && *x1 <= PAGE_W - MARGIN_X + 0.01,
                "{what} page {k}: “{t}” at {x0}–{x1}"
            );
        }
        for b in &page.blocks {
            assert!(b.x >= MARGIN_X - 0.01 && b.x + b.w <= PAGE_W - MARGIN_X + 0.01);
        }
        // …and no two on one line overlapping.
        placed.sort_by(|p, q| p.0.total_cmp(&q.0).then(p.1.total_cmp(&q.1)));
        for w in placed.windows(2) {
            if w[0].0 == w[1].0 {
                assert!(
                    w[0].2 <= w[1].1 + 0.01,
                    "{what} page {k}: “{}” runs into “{}”",
                    w[0].3,
                    w[1].3
                );
            }
        }
        all.extend(placed.into_iter().map(|p| p.3));
    }
    all
}

#[test]
fn the_largest_amounts_fit_their_columns_and_the_chart_labels() {
    // 3 providers: a bar each; 46: the distribution chart.
    for n in [3, 46] {
        let (c, r) = huge_report(n);
        assert_eq!(c.providers[0].gross, d("1000000000000000000"));
        let a = audit("worked_example_i/rules.ron", "worked_example_i/results.csv");
        for lang in [Lang::Sv, Lang::En] {
            let all = texts_fitting(&input(&c, &r, &a), lang, &format!("n={n}"));
            // Every amount is printed whole (never cut with an ellipsis): each provider's
            // gross (10¹⁸) in the table, its payout in kronor in the appendix (and the chart).
            let num = |x: rust_decimal::Decimal| {
                kvalitetspeng::words::number::format_number_lang(x, Some(2), lang)
            };
            for p in &c.providers {
                assert!(
                    all.contains(&num(p.gross)),
                    "n={n}: {} in the table",
                    p.gross
                );
                let label = format!("{} kr", num(p.payout));
                let times = all.iter().filter(|t| **t == label).count();
                let same = c.providers.iter().filter(|q| q.payout == p.payout).count();
                assert_eq!(times, same * if n == 3 { 2 } else { 1 }, "n={n}: {label}");
            }
            assert!(all.contains(&num(c.total())), "n={n}: the total");
            if n > 3 {
                let max = c.providers.iter().map(|p| p.payout).max().unwrap();
                let whole = kvalitetspeng::words::number::format_number_lang(max, Some(0), lang);
                assert!(
                    all.iter().any(|t| t.ends_with(&format!("– {whole} kr"))),
                    "n={n}: the distribution's top band ends at {whole}"
                );
            }
            for t in &all {
                let digits = t.chars().filter(char::is_ascii_digit).count();
                assert!(
                    !(t.ends_with('…') && digits > 3),
                    "n={n}: an amount cut: “{t}”"
                );
            }
        }
    }
}
