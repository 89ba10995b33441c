//! XLSX results import: arbitrary bytes as a workbook, and arbitrary cell texts in a valid one.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = kvalitetspeng::io::results_xlsx::parse_results_xlsx(data, "fuzz.xlsx", None);
    // Structured: the data's lines become the cells of a real workbook.
    let text = String::from_utf8_lossy(data);
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (r, line) in text.lines().take(50).enumerate() {
        for (c, cell) in line.split(';').take(12).enumerate() {
            let _ = ws.write_string(r as u32, c as u16, cell);
        }
    }
    if let Ok(bytes) = wb.save_to_buffer() {
        if let Ok(results) = kvalitetspeng::io::results_xlsx::parse_results_xlsx(&bytes, "fuzz.xlsx", None) {
            let rules = kvalitetspeng::generate::rules(&kvalitetspeng::generate::GenSpec { providers: 1, indicators: 4, months: 1, seed: 1 });
            let _ = kvalitetspeng::domain::calculate(&rules, &results);
        }
    }
});
