//! CSV results import, then the calculation on what it accepts: never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(results) = kvalitetspeng::io::results_csv::parse_results(data, "fuzz.csv") {
        let rules = kvalitetspeng::generate::rules(&kvalitetspeng::generate::GenSpec { providers: 1, indicators: 4, months: 1, seed: 1 });
        let _ = kvalitetspeng::domain::calculate(&rules, &results);
        let _ = kvalitetspeng::io::results_csv::write_results_csv(&results);
    }
});
