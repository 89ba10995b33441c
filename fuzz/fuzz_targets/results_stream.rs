//! The streaming reading of `calc` against the whole reading, on any bytes: the first byte
//! picks the block size (1–256 bytes, or the default) and the windows; the rest is the file.
//! Where the whole reading accepts the file, the streaming one must fold exactly its rows
//! (the same providers, indicators and hash, and for every provider × indicator × window the
//! partial aggregate of the rows in it) or decline; where the whole reading refuses it, the
//! streaming one must decline (the caller then reports the whole reading's errors). Never a
//! panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

use kvalitetspeng::domain::engine::aggregate::Partial;
use kvalitetspeng::domain::period::Period;
use kvalitetspeng::domain::results::FoldedCell;
use kvalitetspeng::io::results_csv::{parse_results_split, read_folded_in_blocks};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else { return };
    let block = match pick & 0x0f {
        0 => None,
        k => Some(usize::from(k) * usize::from(k)),
    };
    let windows: Vec<Period> = match pick >> 6 {
        0 => vec!["2025"],
        1 => vec!["2024", "2025"],
        2 => vec!["2024", "2025-H1"],
        _ => vec!["2025-02"],
    }
    .iter()
    .map(|p| p.parse().unwrap())
    .collect();
    let path = std::env::temp_dir().join(format!("kvp-fuzz-stream-{}.csv", std::process::id()));
    if std::fs::write(&path, bytes).is_err() {
        return;
    }
    let folded = read_folded_in_blocks(&path, "fuzz.csv", &windows, block);
    let whole = parse_results_split(bytes, "fuzz.csv", None);
    match (whole, folded) {
        (Err(_), Some(_)) => panic!("folded a file the whole reading refuses"),
        (Ok(rows), Some(f)) => {
            assert_eq!(f.providers, rows.providers);
            assert_eq!(f.indicators, rows.indicators);
            assert_eq!(f.source_sha256, rows.source_sha256);
            let folded = f.folded.expect("folded");
            assert_eq!(folded.rows, rows.observations.len());
            for (p, cells) in folded.cells.iter().enumerate() {
                let mut want: Vec<FoldedCell> = Vec::new();
                for (i, _) in rows.indicators.iter().enumerate() {
                    for (w, win) in windows.iter().enumerate() {
                        let mut partial = Partial::default();
                        let mut any = false;
                        for o in rows.observations.iter().filter(|o| {
                            o.provider as usize == p && o.indicator as usize == i && win.contains(&o.period)
                        }) {
                            partial.add(o);
                            any = true;
                        }
                        if any {
                            want.push(FoldedCell { indicator: i as u32, window: w as u8, partial });
                        }
                    }
                }
                assert_eq!(cells, &want, "provider {p}");
            }
        }
        _ => {}
    }
});
