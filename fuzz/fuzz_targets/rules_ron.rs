//! RON rule parser, validation, the calculation on the sample results, and the round-trip.
#![no_main]
use libfuzzer_sys::fuzz_target;

const RESULTS: &[u8] = include_bytes!("../../sample_data/sjovik/results.csv");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(rules) = kvalitetspeng::io::rules_ron::parse_rules(text, "fuzz.ron") {
        let _ = kvalitetspeng::domain::validation::validate(&rules);
        let results = kvalitetspeng::io::results_csv::parse_results(RESULTS, "results.csv").expect("sample");
        let _ = kvalitetspeng::domain::calculate(&rules, &results);
        let again = kvalitetspeng::io::rules_ron::to_ron_string(&rules);
        let back = kvalitetspeng::io::rules_ron::parse_rules(&again, "again.ron").expect("a saved rule set reads back");
        assert_eq!(back, rules, "round-trip");
    }
});
