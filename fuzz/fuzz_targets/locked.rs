//! Locked runs (.kvp): arbitrary bytes as an archive, and a real archive with its manifest and
//! members replaced by the data (so the fuzzer reaches the manifest and the recalculation).
#![no_main]
use std::io::Write;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = kvalitetspeng::io::locked::verify(data);
    // Structured: the data split into a manifest, a rule file and a results file.
    let mut parts = data.splitn(3, |&b| b == 0);
    let (manifest, rules, results) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in [
        ("manifest.json", manifest),
        ("indata/rules.ron", rules),
        ("indata/results.csv", results),
    ] {
        if z.start_file(name, zip::write::SimpleFileOptions::default()).is_ok() {
            let _ = z.write_all(bytes);
        }
    }
    if let Ok(c) = z.finish() {
        let bytes = c.into_inner();
        if let Ok(v) = kvalitetspeng::io::locked::verify(&bytes) {
            for f in &v.findings {
                let _ = f.text(kvalitetspeng::words::Lang::Sv);
            }
        }
    }
});
