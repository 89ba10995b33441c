//! Kolada oudata import with the sample mapping.
#![no_main]
use libfuzzer_sys::fuzz_target;

const MAPPING: &str = include_str!("../../sample_data/kolada/mapping.ron");

fuzz_target!(|data: &[u8]| {
    let mapping = kvalitetspeng::io::kolada::parse_mapping(MAPPING, "mapping.ron").expect("sample mapping");
    if let Ok(results) = kvalitetspeng::io::kolada::parse_kolada(data, "fuzz.json", &mapping, "mapping.ron") {
        let rules = kvalitetspeng::io::rules_ron::parse_rules(include_str!("../../sample_data/kolada/rules.ron"), "rules.ron").expect("sample rules");
        let _ = kvalitetspeng::domain::calculate(&rules, &results);
    }
});
