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
/// `truth`, those whose uncorrected difference's sign... the mean uncorrected difference.
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
    // `KVP_PROVIDER_RUNS=2000` for the run docs/effect.md reports.
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
