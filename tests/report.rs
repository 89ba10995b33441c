//! The decision report (PDF) and locked runs: the report's text read back from the PDF, its
//! bytes deterministic; an archive verifies, and every member tampered with in turn is caught.

mod common;
use common::*;

use kvalitetspeng::io::audit::Audit;
use kvalitetspeng::io::locked::{self, Finding, InputFile, LockInput};
use kvalitetspeng::io::report::{ReportInput, report_pdf};
use kvalitetspeng::words::Lang;
use kvalitetspeng::words::Text;

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
            effect: None,
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
        "Utan kvalitetspeng: 1 utförare fick ingen poäng.",
        // The pot share in decimals with its unit, and why Cederlund's share has one öre more.
        "20 av 105 poängplatser = 19,05 % av potten 1 000 000,00 kr = 190 476,19 kr",
        "238 095,24 kr (inkl. 1 öre som blev över",
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
    // Two pages: the sections share pages (issue 34; it was four mostly empty ones).
    assert_eq!(pages, 2, "{pages} pages");
    for k in 1..=pages {
        assert!(t.contains(&format!("Sida {k} av {pages}")), "page {k}");
    }
    assert_eq!(t.matches(&a.rules_sha256).count(), pages);
    assert_eq!(t.matches(&a.results_sha256).count(), pages);
    assert!(t.contains(&format!("Kvalitetspeng {}", env!("CARGO_PKG_VERSION"))));
}

/// The calculation's warnings in a short section of their own, in the problems panel's words
/// (paid so far differs from the advance plan); a calculation without any has no section.
#[test]
fn the_report_lists_the_calculations_warnings_as_the_app_words_them() {
    let (rules, results) = (
        "worked_example_advances/rules.ron",
        "worked_example_advances/results.csv",
    );
    let t = text(&report(rules, results, Lang::Sv));
    assert!(t.contains("Att observera i beräkningen"), "{t}");
    // (The PDF's text joins a wrapped line without a space: compared without white space.)
    let bare = |s: &str| s.split_whitespace().collect::<String>();
    let c = calc(rules, results);
    assert!(!c.warnings.is_empty());
    for w in &c.warnings {
        let said = w.text(Lang::Sv);
        assert!(
            bare(&t).contains(&bare(&format!("• {said}"))),
            "{said} not in {t}"
        );
    }
    assert!(
        t.contains(
            "O4: utbetalt hittills 36 000,00 kr skiljer sig från förskottsplanen 48 000,00 kr"
        ),
        "{t}"
    );
    let a = text(&report(
        "worked_example_a/rules.ron",
        "worked_example_a/results.csv",
        Lang::Sv,
    ));
    assert!(!a.contains("Att observera i beräkningen"), "{a}");
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
    assert!(t.contains("−12,000.00"), "{t}");
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

/// A member's bytes, unpacked by the zip crate.
fn member_bytes(archive: &[u8], name: &str) -> Vec<u8> {
    use std::io::Read;
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(archive)).unwrap();
    let mut b = Vec::new();
    zin.by_name(name).unwrap().read_to_end(&mut b).unwrap();
    b
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
        let mut b = member_bytes(&bytes, "utdata/utbetalning.csv");
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

// Forged archives: what no zip writer makes (a name twice, a symbolic link, `..`, a size no
// data backs), built byte by byte, each refused by `open` (the app) and `verify` with the
// member named.

/// Counts, per thread, the bytes held from the allocator and their peak, so that a test can
/// check how much memory reading an archive takes, without timing anything.
struct Counting;

thread_local! {
    static HELD: std::cell::Cell<isize> = const { std::cell::Cell::new(0) };
    static PEAK: std::cell::Cell<isize> = const { std::cell::Cell::new(0) };
}

fn count(delta: isize) {
    let _ = HELD.try_with(|h| {
        let v = h.get() + delta;
        h.set(v);
        let _ = PEAK.try_with(|p| p.set(p.get().max(v)));
    });
}

unsafe impl std::alloc::GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: std::alloc::Layout) -> *mut u8 {
        let p = unsafe { std::alloc::System.alloc(l) };
        if !p.is_null() {
            count(l.size() as isize);
        }
        p
    }
    unsafe fn alloc_zeroed(&self, l: std::alloc::Layout) -> *mut u8 {
        let p = unsafe { std::alloc::System.alloc_zeroed(l) };
        if !p.is_null() {
            count(l.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: std::alloc::Layout) {
        unsafe { std::alloc::System.dealloc(p, l) };
        count(-(l.size() as isize));
    }
    unsafe fn realloc(&self, p: *mut u8, l: std::alloc::Layout, new: usize) -> *mut u8 {
        let q = unsafe { std::alloc::System.realloc(p, l, new) };
        if !q.is_null() {
            count(new as isize - l.size() as isize);
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// What `f` returns, and the most memory it held on this thread beyond what was held before.
fn peak_memory<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let start = HELD.with(|h| h.get());
    PEAK.with(|p| p.set(start));
    let out = f();
    let peak = PEAK.with(|p| p.get());
    (out, (peak - start).max(0) as usize)
}

/// A member of a zip built byte by byte.
struct Raw {
    name: Vec<u8>,
    /// 0: stored, 8: deflated.
    method: u16,
    data: Vec<u8>,
    crc: u32,
    /// The size it declares unpacked.
    size: u32,
    /// The Unix mode (file type and permissions).
    mode: u32,
}

/// A regular file, stored.
fn raw(name: &str, bytes: &[u8]) -> Raw {
    Raw {
        name: name.as_bytes().to_vec(),
        method: 0,
        data: bytes.to_vec(),
        crc: crc32fast::hash(bytes),
        size: bytes.len() as u32,
        mode: 0o100644,
    }
}

/// A zip of exactly these members, in this order (local headers, central directory, end
/// record; a name other than ASCII marked UTF-8).
fn raw_zip(members: &[Raw]) -> Vec<u8> {
    raw_zip_counting(members, members.len() as u16)
}

/// [`raw_zip`] whose end record counts `count` entries (all are in its directory).
fn raw_zip_counting(members: &[Raw], count: u16) -> Vec<u8> {
    fn le16(v: &mut Vec<u8>, x: u16) {
        v.extend_from_slice(&x.to_le_bytes());
    }
    fn le32(v: &mut Vec<u8>, x: u32) {
        v.extend_from_slice(&x.to_le_bytes());
    }
    let (mut out, mut dir) = (Vec::new(), Vec::new());
    for m in members {
        let offset = out.len() as u32;
        let flags = if m.name.is_ascii() { 0 } else { 0x0800 };
        for (v, central) in [(&mut out, false), (&mut dir, true)] {
            le32(v, if central { 0x0201_4b50 } else { 0x0403_4b50 });
            if central {
                le16(v, (3 << 8) | 20); // made by Unix
            }
            le16(v, 20);
            le16(v, flags);
            le16(v, m.method);
            le16(v, 0); // time
            le16(v, 0x21); // 1980-01-01
            le32(v, m.crc);
            le32(v, m.data.len() as u32);
            le32(v, m.size);
            le16(v, m.name.len() as u16);
            le16(v, 0); // extra field
            if central {
                le16(v, 0); // comment
                le16(v, 0); // disk
                le16(v, 0); // internal attributes
                le32(v, m.mode << 16);
                le32(v, offset);
            }
            v.extend_from_slice(&m.name);
        }
        out.extend_from_slice(&m.data);
    }
    let start = out.len() as u32;
    out.extend_from_slice(&dir);
    le32(&mut out, 0x0605_4b50);
    le16(&mut out, 0);
    le16(&mut out, 0);
    le16(&mut out, count);
    le16(&mut out, count);
    le32(&mut out, dir.len() as u32);
    le32(&mut out, start);
    le16(&mut out, 0);
    out
}

/// The members of an archive, in order, as stored regular files.
fn raw_members(archive: &[u8]) -> Vec<Raw> {
    use std::io::Read;
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(archive)).unwrap();
    (0..zin.len())
        .map(|i| {
            let mut m = zin.by_index(i).unwrap();
            let name = m.name().unwrap().to_string();
            let mut b = Vec::new();
            m.read_to_end(&mut b).unwrap();
            raw(&name, &b)
        })
        .collect()
}

/// Worked example A locked (without the report), as raw members.
fn locked_a() -> Vec<Raw> {
    let (bytes, _) = locked::lock(&lock_input(
        "worked_example_a/rules.ron",
        "worked_example_a/results.csv",
        false,
    ))
    .unwrap();
    raw_members(&bytes)
}

/// The manifest of raw members, changed by `f`.
fn with_manifest(members: &mut [Raw], f: impl Fn(String) -> String) {
    let m = members
        .iter_mut()
        .find(|m| m.name == b"manifest.json")
        .unwrap();
    *m = raw(
        "manifest.json",
        f(String::from_utf8(m.data.clone()).unwrap()).as_bytes(),
    );
}

/// Why `open` and `verify` refuse an archive (the same text from both), without the common
/// beginning; or what they did instead.
fn refusal(bytes: &[u8]) -> String {
    let opened = locked::open(bytes).err().map(|e| e.text(Lang::Sv));
    let verified = match locked::verify(bytes) {
        Err(e) => e.text(Lang::Sv),
        Ok(v) => return format!("(verified: {:?}; opened: {opened:?})", v.findings),
    };
    assert_eq!(opened.as_deref(), Some(verified.as_str()));
    verified
        .strip_prefix("filen är ingen läsbar fastställd körning (.kvp): ")
        .unwrap_or(&verified)
        .to_string()
}

#[test]
fn an_archive_built_byte_by_byte_verifies_as_the_writer_made_it() {
    // The builder of the forgeries below makes what the zip writer makes: what they refuse is
    // the forgery.
    let v = locked::verify(&raw_zip(&locked_a())).unwrap();
    assert!(v.ok(), "{:?}", v.findings);
}

#[test]
fn a_member_twice_even_in_another_case_is_refused_and_named() {
    let forged_payout = b"utf\xc3\xb6rar_id;utf\xc3\xb6rare;belopp\nSB01;x;999999999\n";
    // A forged payout table as a second member of the same name.
    let mut m = locked_a();
    m.push(raw("utdata/utbetalning.csv", forged_payout));
    let twice = raw_zip(&m);
    assert_eq!(
        refusal(&twice),
        "utdata/utbetalning.csv finns två gånger i arkivet"
    );
    // … placed first.
    let mut m = locked_a();
    m.insert(0, raw("utdata/utbetalning.csv", forged_payout));
    assert_eq!(
        refusal(&raw_zip(&m)),
        "utdata/utbetalning.csv finns två gånger i arkivet"
    );
    // Another case: one file on Windows and macOS.
    let mut m = locked_a();
    m.push(raw("utdata/Utbetalning.csv", forged_payout));
    assert_eq!(
        refusal(&raw_zip(&m)),
        "utdata/Utbetalning.csv och utdata/utbetalning.csv blir samma fil i Windows och macOS (namnen skiljer sig bara i stora och små bokstäver eller i hur tecknen är kodade)"
    );
    // Another Unicode form (ö as o + diaeresis, as macOS writes it): one file there.
    let mut m = locked_a();
    m.push(raw("utdata/utbetalning.csv.o\u{308}", b"x"));
    m.push(raw("utdata/utbetalning.csv.\u{f6}", b"x"));
    assert_eq!(
        refusal(&raw_zip(&m)),
        "utdata/utbetalning.csv.\u{f6} och utdata/utbetalning.csv.o\u{308} blir samma fil i Windows och macOS (namnen skiljer sig bara i stora och små bokstäver eller i hur tecknen är kodade)"
    );
    // A second manifest placed first (one that lists a forged payout table).
    let mut m = locked_a();
    let forged_manifest = {
        let mut first = locked_a();
        with_manifest(&mut first, |s| s.replace("§14", "§15"));
        first.remove(0)
    };
    m.insert(0, forged_manifest);
    assert_eq!(
        refusal(&raw_zip(&m)),
        "manifest.json finns två gånger i arkivet"
    );
    // The app refuses it too, and keeps what it had.
    #[cfg(feature = "gui")]
    {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("förfalskad.kvp");
        std::fs::write(&path, &twice).unwrap();
        let mut state = kvalitetspeng::app::AppState::with_sample(Lang::Sv);
        assert!(!state.open_locked(&path));
        assert!(state.locked.is_none());
        let shown = state.file_errors[0].text(Lang::Sv);
        assert!(
            shown.contains("utdata/utbetalning.csv finns två gånger i arkivet"),
            "{shown}"
        );
    }
}

#[test]
fn a_member_the_directory_does_not_count_is_refused() {
    // A forged payout table whose directory entry lies past the end record's count: a walk of
    // the directory stops before it, a tool that reads the directory to its end or the local
    // headers in turn extracts it.
    let mut m = locked_a();
    m.push(raw("utdata/utbetalning.csv", b"forged"));
    let counted = m.len() as u16 - 1;
    assert_eq!(
        refusal(&raw_zip_counting(&m, counted)),
        "arkivet har filer som dess katalog inte listar, eller som överlappar (invalid Zip archive: header inconsistency detected: local file header missing from central directory)"
    );
}

#[test]
fn a_member_name_a_zip_tool_could_extract_elsewhere_is_refused() {
    let cases: &[(&[u8], &str)] = &[
        (
            b"../x",
            "../x: namnet har en tom del, ”.” eller ”..” (det kan packas upp utanför sin mapp)",
        ),
        (
            b"utdata/../../x",
            "utdata/../../x: namnet har en tom del, ”.” eller ”..” (det kan packas upp utanför sin mapp)",
        ),
        (b"/abs", "/abs: namnet är en absolut sökväg (börjar med /)"),
        (
            b"C:x",
            "C:x: namnet har ett kolon (en enhetsbokstav som C: eller en dold ström i Windows)",
        ),
        (
            b"utdata/a\\b.csv",
            "utdata/a\\b.csv: namnet har ett omvänt snedstreck (\\), en mappavgränsare i Windows",
        ),
        (
            b"utdata/a\x1b[2Jb.csv",
            "utdata/a\\u{1b}[2Jb.csv: namnet har det otillåtna tecknet U+001B på plats 9 (styrtecken eller osynligt tecken)",
        ),
        (
            b"utdata/nul\x00.csv",
            "utdata/nul\\u{0}.csv: namnet har det otillåtna tecknet U+0000 på plats 11 (styrtecken eller osynligt tecken)",
        ),
        (
            b"annat/x.csv",
            "annat/x.csv: namnet ligger utanför indata/ och utdata/ (tillåtna: manifest.json, indata/<fil>, utdata/<fil>)",
        ),
        (
            b"utdata/under/x.csv",
            "utdata/under/x.csv: namnet ligger utanför indata/ och utdata/ (tillåtna: manifest.json, indata/<fil>, utdata/<fil>)",
        ),
        (
            b"utdata/",
            "utdata/: namnet har en tom del, ”.” eller ”..” (det kan packas upp utanför sin mapp)",
        ),
        (
            b"utdata/CON.csv",
            "utdata/CON.csv: namnet kan inte skapas i Windows (ett enhetsnamn som CON eller NUL, en punkt eller ett blanksteg sist, eller något av < > \" | ? *)",
        ),
        (
            b"utdata/lpt1",
            "utdata/lpt1: namnet kan inte skapas i Windows (ett enhetsnamn som CON eller NUL, en punkt eller ett blanksteg sist, eller något av < > \" | ? *)",
        ),
        (
            b"utdata/utbetalning.csv.",
            "utdata/utbetalning.csv.: namnet kan inte skapas i Windows (ett enhetsnamn som CON eller NUL, en punkt eller ett blanksteg sist, eller något av < > \" | ? *)",
        ),
        (
            b"utdata/a?.csv",
            "utdata/a?.csv: namnet kan inte skapas i Windows (ett enhetsnamn som CON eller NUL, en punkt eller ett blanksteg sist, eller något av < > \" | ? *)",
        ),
        // Latin-1, not marked UTF-8: a zip tool shows another name.
        (
            b"utdata/\xf6.csv",
            "utdata/\u{fffd}.csv: namnet är inte lagrat som UTF-8 med zip-formatets märkning för det, så ett zip-verktyg kan visa ett annat namn",
        ),
    ];
    let mut failures = Vec::new();
    for (name, expected) in cases {
        let mut m = locked_a();
        let mut r = raw("utdata/x", b"x");
        r.name = name.to_vec();
        m.push(r);
        let got = refusal(&raw_zip(&m));
        if got != *expected {
            failures.push(format!(
                "{}\n  expected: {expected}\n  got:      {got}",
                String::from_utf8_lossy(name)
            ));
        }
    }
    // A symbolic link, under a good name.
    let mut m = locked_a();
    let mut link = raw("indata/rules.ron.link", b"/etc/passwd");
    link.mode = 0o120777;
    m.push(link);
    let got = refusal(&raw_zip(&m));
    let expected =
        "indata/rules.ron.link är ingen vanlig fil (en symbolisk länk, en mapp eller en enhet)";
    if got != expected {
        failures.push(format!(
            "symlink\n  expected: {expected}\n  got:      {got}"
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn limits_and_texts_hold_inside_an_archive() {
    // A rule file member declared over the rule-file limit: refused from the directory,
    // before its (lying) data is unpacked.
    let mut m = locked_a();
    let rules = m
        .iter_mut()
        .find(|m| m.name == b"indata/rules.ron")
        .unwrap();
    *rules = Raw {
        name: b"indata/rules.ron".to_vec(),
        method: 8,
        data: vec![0x55; 100_000],
        crc: 0,
        size: 17 << 20,
        mode: 0o100644,
    };
    assert_eq!(
        refusal(&raw_zip(&m)),
        "indata/rules.ron är 17825792 byte uppackad, högst 16777216 är tillåtna för den"
    );
    // A manifest language other than sv and en.
    let mut m = locked_a();
    with_manifest(&mut m, |s| {
        s.replace("\"lang\": \"sv\"", "\"lang\": \"de\"")
    });
    assert_eq!(
        refusal(&raw_zip(&m)),
        "manifest.json anger språket ”de”, förväntade ”sv” eller ”en”"
    );
    // A control character in a manifest text: refused, and escaped in the message.
    let mut m = locked_a();
    with_manifest(&mut m, |s| s.replace("ÄN 2026", "Ä\\u001b[2JN 2026"));
    assert_eq!(
        refusal(&raw_zip(&m)),
        "decision_reference i manifest.json: otillåtet tecken U+001B på plats 2 (styrtecken eller osynligt tecken)"
    );
    // A manifest that lists an unsafe name.
    let mut m = locked_a();
    with_manifest(&mut m, |s| {
        s.replace("\"indata/results.csv\"", "\"indata/../results.csv\"")
    });
    assert_eq!(
        refusal(&raw_zip(&m)),
        "indata/../results.csv: namnet har en tom del, ”.” eller ”..” (det kan packas upp utanför sin mapp)"
    );
    // A manifest that gives two files one role (a second payout table beside the real one).
    let mut m = locked_a();
    with_manifest(&mut m, |s| {
        s.replace("\"role\": \"explanation\"", "\"role\": \"payout\"")
    });
    assert!(
        refusal(&raw_zip(&m)).contains("har samma roll som utdata/utbetalning.csv i manifest.json"),
        "{}",
        refusal(&raw_zip(&m))
    );
}

/// A deflate stream (one block of fixed Huffman codes) of `n` zero bytes: a zero, then
/// copies of 258 bytes at distance 1, 13 bits each. Packed about 159 to one, under the
/// zip-bomb ratio, so only unpacking as a stream keeps its memory small.
fn deflated_zeros(n: u64) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        acc: u64,
        len: u32,
    }
    impl Bits {
        fn put(&mut self, value: u64, bits: u32) {
            self.acc |= value << self.len;
            self.len += bits;
            while self.len >= 8 {
                self.out.push(self.acc as u8);
                self.acc >>= 8;
                self.len -= 8;
            }
        }
        /// A Huffman code, from its most significant bit.
        fn code(&mut self, code: u64, bits: u32) {
            self.put(code.reverse_bits() >> (64 - bits), bits);
        }
    }
    let mut b = Bits {
        out: Vec::with_capacity((n / 150) as usize),
        acc: 0,
        len: 0,
    };
    b.put(1, 1); // the last block
    b.put(1, 2); // fixed codes
    let zero = |b: &mut Bits| b.code(0b0011_0000, 8); // literal 0
    zero(&mut b);
    for _ in 0..(n - 1) / 258 {
        b.code(0b1100_0101, 8); // length 258 (code 285)
        b.code(0, 5); // distance 1 (code 0)
    }
    for _ in 0..(n - 1) % 258 {
        zero(&mut b);
    }
    b.code(0, 7); // end of block (code 256)
    if b.len > 0 {
        b.out.push(b.acc as u8);
    }
    b.out
}

#[test]
fn an_unlisted_member_of_a_gibibyte_is_hashed_as_a_stream_in_bounded_memory() {
    let n: u64 = 1 << 30;
    let data = deflated_zeros(n);
    assert!(n / data.len() as u64 <= locked::MAX_RATIO, "{}", data.len());
    let mut crc = crc32fast::Hasher::new();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..n >> 20 {
        crc.update(&zeros);
    }
    let mut m = locked_a();
    m.push(Raw {
        name: b"utdata/nollor.bin".to_vec(),
        method: 8,
        data,
        crc: crc.finalize(),
        size: n as u32,
        mode: 0o100644,
    });
    let forged = raw_zip(&m);
    drop(m);
    assert!(forged.len() < 8 << 20, "{}", forged.len());
    let (v, peak) = peak_memory(|| locked::verify(&forged));
    let v = v.unwrap_or_else(|e| panic!("{}", e.text(Lang::Sv)));
    assert_eq!(
        v.findings,
        vec![Finding::NotListed {
            name: "utdata/nollor.bin".into()
        }]
    );
    assert!(peak < 32 << 20, "verify held {peak} bytes at most");
}

#[test]
fn lock_never_writes_a_name_or_text_that_open_refuses() {
    let refused = |f: &dyn Fn(&mut LockInput)| {
        let mut input = lock_input(
            "worked_example_a/rules.ron",
            "worked_example_a/results.csv",
            false,
        );
        f(&mut input);
        match locked::lock(&input) {
            Err(e) => e.text(Lang::Sv),
            Ok(_) => "(locked)".into(),
        }
    };
    assert_eq!(
        refused(&|i| i.rules.name = "a\\b.ron".into()),
        "körningen kan inte fastställas: indata/a\\b.ron: namnet har ett omvänt snedstreck (\\), en mappavgränsare i Windows"
    );
    assert_eq!(
        refused(&|i| i.results.name = "..".into()),
        "körningen kan inte fastställas: indata/..: namnet har en tom del, ”.” eller ”..” (det kan packas upp utanför sin mapp)"
    );
    assert_eq!(
        refused(&|i| i.results.name = "C:resultat.csv".into()),
        "körningen kan inte fastställas: indata/C:resultat.csv: namnet har ett kolon (en enhetsbokstav som C: eller en dold ström i Windows)"
    );
    assert_eq!(
        refused(&|i| i.results.name = "r\u{1b}[2J.csv".into()),
        "körningen kan inte fastställas: indata/r\\u{1b}[2J.csv: namnet har det otillåtna tecknet U+001B på plats 9 (styrtecken eller osynligt tecken)"
    );
    assert_eq!(
        refused(&|i| {
            i.mapping = Some(InputFile {
                name: "Rules.RON".into(),
                bytes: b"x".to_vec(),
            })
        }),
        "körningen kan inte fastställas: två filer heter indata/Rules.RON (stora och små bokstäver räknas lika)"
    );
    assert_eq!(
        refused(&|i| i.decision_reference = Some("ÄN\u{7} §14".into())),
        "körningen kan inte fastställas: decision_reference i manifest.json: otillåtet tecken U+0007 på plats 3 (styrtecken eller osynligt tecken)"
    );
    assert_eq!(
        refused(&|i| i.sheet = Some("Blad\u{202e}1".into())),
        "körningen kan inte fastställas: sheet i manifest.json: otillåtet tecken U+202E på plats 5 (styrtecken eller osynligt tecken)"
    );
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
        effect: None,
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
            // (The report's minus is the real one, −.)
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

/// The comparison report: per provider before, after, Δ kr, Δ % and the change of status, and
/// the rule changes in words headed by both rule sets' names.
#[test]
fn the_comparison_report_shows_each_provider_and_the_rule_changes() {
    use kvalitetspeng::io::usecase::{ReportRequest, Sources, report};
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("2024.ron");
    let text = std::fs::read_to_string(sample("sjovik/rules.ron")).unwrap();
    let text = text
        .replace("kr_per_unit: 8.5", "kr_per_unit: 9")
        .replacen("min_score_percent: 40", "min_score_percent: 35", 1)
        .replace("äldreomsorg 2025\"", "äldreomsorg 2024\"");
    std::fs::write(&old, text).unwrap();
    let opts = kvalitetspeng::io::ResultsOptions::default();
    let (rules_path, results_path) = (sample("sjovik/rules.ron"), sample("sjovik/results.csv"));
    let req = ReportRequest {
        sources: Sources {
            rules: &rules_path,
            results: &results_path,
            opts: &opts,
        },
        compare_rules: Some(&old),
        decision: None,
        effect: None,
    };
    let t = text_of(&report(&req, Lang::Sv).unwrap().pdf);
    for want in [
        "Regeländringar: Kvalitetspeng äldreomsorg 2024 → Kvalitetspeng äldreomsorg 2025",
        "• Hemtjänst: sats 9,00 → 8,50 kr",
        "• Hemtjänst: lägsta poäng 35 % → 40 %",
        "Jämfört med Kvalitetspeng äldreomsorg 2024",
        "HT04 Hemtjänst Västra 571 569,75 kr 539 815,88 kr −31 753,87 kr −5,6 %",
        "HT06 Omsorgshuset Sjövik AB 154 957,31 kr 0,00 kr −154 957,31 kr −100,0 % kvalificerad → under lägsta poäng 40 %",
        "SB01 Almgårdens äldreboende 490 914,65 kr 490 914,65 kr 0,00 kr 0,0 %",
        "Summa totalt 6 465 289,71 kr 6 159 758,40 kr −305 531,31 kr −4,7 %",
    ] {
        assert!(t.contains(want), "«{want}» not in the report");
    }
    // The same rules: said so.
    let req = ReportRequest {
        compare_rules: Some(&rules_path),
        ..req
    };
    let t = text_of(&report(&req, Lang::Sv).unwrap().pdf);
    assert!(t.contains("Reglerna är desamma; skillnaderna kommer av resultaten."));
}

fn text_of(pdf: &[u8]) -> String {
    text(pdf)
}

/// A small report is not pages of little each; a provider split by a page break has its
/// heading again ("forts."), so no page of the appendix starts with a line without a name.
#[test]
fn sections_share_pages_and_a_split_provider_repeats_its_heading() {
    use kvalitetspeng::io::report::layout::MARGIN_X;
    let (ra, rr) = ("worked_example_a/rules.ron", "worked_example_a/results.csv");
    let (c, r, a) = (calc(ra, rr), rules(ra), audit(ra, rr));
    let l = kvalitetspeng::io::report::layout(&input(&c, &r, &a), Lang::Sv).unwrap();
    assert_eq!(l.pages.len(), 2, "example A was 4 mostly empty pages");
    let (rs, xs) = ("sjovik/rules.ron", "sjovik/results.csv");
    let (c, r, a) = (calc(rs, xs), rules(rs), audit(rs, xs));
    for lang in [Lang::Sv, Lang::En] {
        let l = kvalitetspeng::io::report::layout(&input(&c, &r, &a), lang).unwrap();
        let cont = if lang == Lang::Sv {
            "(forts.)"
        } else {
            "(cont.)"
        };
        let mut continued = 0;
        for (k, page) in l.pages.iter().enumerate() {
            let first = &page.runs[0];
            assert_eq!(
                first.x,
                MARGIN_X,
                "page {}: starts with «{}»",
                k + 1,
                first.text
            );
            continued += usize::from(first.text.ends_with(cont));
        }
        assert!(continued >= 1, "{lang:?}: no provider continued");
    }
}

/// A scheme with a budget: the report says what is left of it, or how far over it the
/// kvalitetspeng goes.
#[test]
fn the_report_says_what_is_left_of_a_budget() {
    let (rel, res) = ("worked_example_a/rules.ron", "worked_example_a/results.csv");
    let c = calc(rel, res);
    let gross = c.gross_total_for(c.providers[0].service_type);
    for (budget, want) in [
        (gross + d("1000"), "(1 000,00 kr kvar)"),
        (gross - d("500"), "(500,00 kr över budget)"),
    ] {
        let mut r = rules(rel);
        r.schemes[0].budget = Some(budget);
        let pdf = report_pdf(
            &ReportInput {
                calc: &c,
                rules: &r,
                audit: &audit(rel, res),
                compared: None,
                decision: None,
                correction: None,
                effect: None,
            },
            Lang::Sv,
        )
        .unwrap();
        let t = text(&pdf);
        assert!(t.contains("Budget ") && t.contains(want), "{want}: {t}");
    }
}
