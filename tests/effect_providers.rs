//! Providers within the municipality (issue 37, item 2): simulations that the response
//! estimate's bootstrap interval covers 0 about 95 % of the time when providers do not respond
//! (with regression to the mean, which the uncorrected difference mistakes for a response),
//! and finds a planted response.

#[path = "common/panels.rs"]
#[allow(dead_code)]
mod panels;

use kvalitetspeng::domain::effect::providers::{
    IndicatorLevels, Paths, ProviderPath, Response, response,
};
use kvalitetspeng::domain::exact::Q;
use kvalitetspeng::domain::period::Period;
use kvalitetspeng::domain::results::ServiceType;
use kvalitetspeng::domain::rules::{Direction, Unit};
use panels::Rng;
use rust_decimal::Decimal;

/// What to generate: providers with a lasting quality (spread `spread` around the level 80)
/// measured each period with noise `noise`, so that results far from the level tend back
/// towards the mean; those within 5 of the level below it improve by `response` from the
/// next period on (their quality rises).
#[derive(Debug, Clone, Copy)]
struct Spec {
    providers: usize,
    periods: usize,
    spread: f64,
    noise: f64,
    response: f64,
    seed: u64,
}

const SPEC: Spec = Spec {
    providers: 80,
    periods: 4,
    spread: 6.0,
    noise: 3.0,
    response: 0.0,
    seed: 0,
};

const LEVEL: f64 = 80.0;

/// The generated paths: one indicator (a share, higher is better, level 80), results to two
/// decimals as files give them.
fn generate(spec: &Spec) -> Paths {
    let mut rng = Rng(spec.seed);
    let year_effect: Vec<f64> = (0..spec.periods).map(|_| rng.normal()).collect();
    let providers = (0..spec.providers)
        .map(|i| {
            let mut quality = LEVEL + spec.spread * rng.normal();
            let values = (0..spec.periods)
                .map(|t| {
                    let v = quality + year_effect[t] + spec.noise * rng.normal();
                    if (LEVEL - 5.0..LEVEL).contains(&v) {
                        quality += spec.response;
                    }
                    let d = Decimal::from_f64_retain(v).unwrap().round_dp(2);
                    Some(Q::from(d))
                })
                .collect();
            ProviderPath {
                id: format!("U{i:03}"),
                name: String::new(),
                service_type: ServiceType::Hemtjanst,
                payouts: vec![None; spec.periods],
                values: vec![values],
            }
        })
        .collect();
    Paths {
        periods: (0..spec.periods)
            .map(|t| Period::year(2020 + t as u16))
            .collect(),
        indicators: vec![IndicatorLevels {
            service_type: ServiceType::Hemtjanst,
            id: "helhet".into(),
            name: String::new(),
            unit: Unit::Percent,
            direction: Direction::HigherIsBetter,
            levels: vec![Decimal::from(80)],
        }],
        providers,
    }
}

/// Over `runs` generated data sets: those with an estimate, those whose interval misses
/// `truth`, and the mean uncorrected difference.
fn simulate(spec: Spec, runs: u64, seed: u64, truth: f64) -> (u64, u64, f64) {
    let (mut estimated, mut missed, mut raw) = (0, 0, 0.0);
    for r in 0..runs {
        let paths = generate(&Spec {
            seed: seed + r,
            ..spec
        });
        let Response { estimate, .. } = response(&paths, Decimal::from(5));
        if let Some(e) = estimate {
            estimated += 1;
            raw += e.difference;
            if !(e.low <= truth && truth <= e.high) {
                missed += 1;
            }
        }
    }
    (estimated, missed, raw / estimated.max(1) as f64)
}

/// Within ±3 binomial standard deviations of 5 % of `n`.
fn about_five_percent(k: u64, n: u64) -> bool {
    let sd = (n as f64 * 0.05 * 0.95).sqrt();
    (k as f64 - 0.05 * n as f64).abs() <= 3.0 * sd
}

#[test]
fn without_a_response_the_interval_covers_zero_about_95_percent_of_the_time() {
    // 400 data sets (the run docs/effect.md reports); `KVP_PROVIDER_RUNS` for more.
    let runs: u64 = std::env::var("KVP_PROVIDER_RUNS").map_or(400, |v| v.parse().unwrap());
    let (estimated, missed, raw) = simulate(SPEC, runs, 1_000_000, 0.0);
    eprintln!(
        "no response: {missed} of {estimated} intervals miss 0; mean raw difference {raw:.3}"
    );
    assert_eq!(estimated, runs, "every data set has groups large enough");
    assert!(
        about_five_percent(missed, estimated),
        "{missed} of {estimated}"
    );
    // Regression to the mean: the uncorrected difference is far from 0 (those below were
    // unlucky and come back), which is why the estimate corrects it.
    assert!(raw > 0.5, "{raw}");
}

#[test]
fn a_planted_response_is_found() {
    let runs: u64 = std::env::var("KVP_PROVIDER_RUNS").map_or(400, |v| v.parse().unwrap());
    let planted = Spec {
        response: 4.0,
        ..SPEC
    };
    let (estimated, missed, _) = simulate(planted, runs, 2_000_000, 4.0);
    eprintln!("response 4 planted: {missed} of {estimated} intervals miss 4");
    assert!(
        about_five_percent(missed, estimated),
        "{missed} of {estimated}"
    );
    let (_, missed_zero, _) = simulate(planted, runs, 2_000_000, 0.0);
    eprintln!("response 4 planted: {missed_zero} of {estimated} intervals exclude 0 (power)");
    assert!(missed_zero * 2 > estimated, "{missed_zero} of {estimated}");
}

#[test]
fn small_groups_are_too_few_to_tell() {
    let paths = generate(&Spec {
        providers: 12,
        ..SPEC
    });
    let r = response(&paths, Decimal::from(5));
    assert!(r.below.providers < 10 || r.above.providers < 10);
    assert_eq!(r.estimate, None);
}

fn bin() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_kvalitetspeng"))
}

fn sample(file: &str) -> String {
    format!(
        "{}/sample_data/effect_providers/{file}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// `effect providers` on the worked example of docs/effect.md, with `extra` arguments.
fn providers(extra: &[&str]) -> std::process::Output {
    let (rules, results) = (sample("rules.ron"), sample("results.csv"));
    let mut args = vec![
        "effect",
        "providers",
        "--rules",
        &rules,
        "--results",
        &results,
    ];
    args.extend(extra);
    bin().args(args).output().unwrap()
}

fn golden(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/text")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn the_worked_example_gives_the_numbers_computed_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("utforare.csv");
    let o = providers(&["--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8(o.stdout).unwrap();
    // docs/effect.md: mean changes 3.75 and −0.25 at mean distances −2.5 and 1.5; the common
    // slope −0.5; corrected 4 − (−0.5)(−2.5 − 1.5) = 2.
    for line in [
        "Strax under en nivå: 12 utförare, 12 resultat, medelavstånd till nivån −2,50, medelförändring 3,75",
        "Strax över en nivå: 12 utförare, 12 resultat, medelavstånd till nivån 1,50, medelförändring −0,25",
        "(under − över): 4,00; rättad för återgång mot medelvärdet (lutning −0,50 per enhet avstånd): 2,00",
        "H13 Hemtjänst 13: utbetalning 10 000,00 kr → 0,00 kr",
        "  helhet (nivå ≥ 80 %): 80 → 79,5",
    ] {
        assert!(stdout.contains(line), "{line} missing in\n{stdout}");
    }
    let wrote = format!("Skrev {}\n", out.display());
    assert_eq!(
        stdout.replace(&wrote, ""),
        golden("effect_providers_sv.txt")
    );
    let csv = String::from_utf8(std::fs::read(&out).unwrap()).unwrap();
    assert!(
        csv.starts_with(
            "\u{feff}utforar_id;utforare;verksamhet;period;utbetalning;indikator;varde\r\n\
             H01;Hemtjänst 01;hemtjänst;2024;0,00;helhet;76\r\n\
             H01;Hemtjänst 01;hemtjänst;2025;0,00;helhet;79,5\r\n"
        ),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 1 + 26 * 2);
}

#[test]
fn the_worked_example_in_english() {
    let o = providers(&["--lang", "en"]);
    assert!(o.status.success());
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        golden("effect_providers_en.txt")
    );
}

#[test]
fn a_narrow_band_leaves_too_few_providers_to_tell() {
    // Within 1 of the level: 79 (three below) and 80 (three above).
    let o = providers(&["--band", "1"]);
    assert!(o.status.success());
    let stdout = String::from_utf8(o.stdout).unwrap();
    assert!(
        stdout.contains(
            "För få utförare för att avgöra: 3 utförare strax under och 3 strax över en nivå; \
             det behövs minst 10 i varje grupp."
        ),
        "{stdout}"
    );
}

#[test]
fn a_band_that_is_not_a_positive_number_is_refused() {
    for band in ["0", "-1", "fem"] {
        let o = providers(&["--band", band]);
        assert_eq!(o.status.code(), Some(2), "{band}");
        let stderr = String::from_utf8(o.stderr).unwrap();
        assert!(
            stderr.contains("--band: förväntade ett positivt tal"),
            "{stderr}"
        );
    }
}

#[test]
fn the_municipality_command_still_requires_its_arguments() {
    let o = bin().args(["effect", "--kpi", "U21468"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--kolada"));
}

/// Rules that cannot be calculated for a period say which period and each problem with its
/// place, as every other list of a rule set's problems does.
#[test]
fn rules_with_errors_name_the_period_and_each_problem_with_its_place() {
    use kvalitetspeng::domain::effect::providers::paths;
    use kvalitetspeng::words::{Lang, Text};
    let mut rules =
        kvalitetspeng::io::read_rules(std::path::Path::new(&sample("rules.ron"))).unwrap();
    let results =
        kvalitetspeng::io::read_results(std::path::Path::new(&sample("results.csv"))).unwrap();
    rules.schemes[0].indicators[0].weight = (-5).into();
    let Err(e) = paths(&rules, &results) else {
        panic!("rules with errors were calculated");
    };
    let text = e.text(Lang::Sv);
    assert!(
        text.starts_with("reglerna räknade för perioden ")
            && text.contains(": Hemtjänst › indikator ”")
            && text.contains("”: vikten får inte vara negativ; "),
        "{text}"
    );
}
