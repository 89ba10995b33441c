//! A deterministic generator of realistic national-scale data: providers, a rule set and monthly
//! results, for benchmarks and load tests (`kvalitetspeng generate`).

use rust_decimal::Decimal;

use crate::domain::results::{Regi, ServiceType};
use crate::domain::rules::*;
use crate::domain::splitmix::SplitMix;

/// How much to generate.
#[derive(Debug, Clone, Copy)]
pub struct GenSpec {
    pub providers: usize,
    /// Indicators per scheme (each provider reports all of its scheme's indicators).
    pub indicators: usize,
    /// Monthly periods in 2025, 1–12.
    pub months: usize,
    pub seed: u64,
}

impl Default for GenSpec {
    fn default() -> Self {
        GenSpec {
            providers: 5000,
            indicators: 20,
            months: 12,
            seed: 2025,
        }
    }
}

impl GenSpec {
    /// Rows the results file will have.
    pub fn rows(&self) -> usize {
        self.providers * self.indicators * self.months
    }

    /// A spec with about `rows` result rows (20 indicators, 12 months).
    pub fn with_rows(rows: usize) -> Self {
        let per_provider = 20 * 12;
        GenSpec {
            providers: rows.div_ceil(per_provider).max(1),
            ..GenSpec::default()
        }
    }
}

/// The generator's numbers, from a seeded [`SplitMix`] (small, fast, deterministic).
struct Rng(SplitMix);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.next()
    }
    /// Uniform in [0, n).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    /// Uniform in [-1, 1] in thousandths.
    fn unit_milli(&mut self) -> i64 {
        self.below(2001) as i64 - 1000
    }
}

fn ind_id(st: ServiceType, k: usize) -> String {
    match st {
        ServiceType::Hemtjanst => format!("ht_i{:02}", k + 1),
        ServiceType::Sabo => format!("sb_i{:02}", k + 1),
    }
}

/// Whether indicator `k` is a count where lower is better (every fifth).
fn is_count(k: usize) -> bool {
    k % 5 == 3
}

/// The generated rule set: hemtjänst paid per hour, SÄBO from a pot by score × places.
pub fn rules(spec: &GenSpec) -> RuleSet {
    let n = spec.indicators.max(1);
    // Integer weights summing to 100.
    let base = 100 / n;
    let mut weights = vec![base; n];
    for w in weights.iter_mut().take(100 - base * n) {
        *w += 1;
    }
    let scheme = |st: ServiceType| {
        let indicators = (0..n)
            .map(|k| {
                let id = ind_id(st, k);
                let (unit, direction, scoring) = if is_count(k) {
                    (
                        Unit::Count,
                        Direction::LowerIsBetter,
                        Scoring::Linear(Linear {
                            lower: Decimal::from(10),
                            upper: Decimal::from(16),
                        }),
                    )
                } else {
                    let s = match k % 4 {
                        0 => Scoring::Linear(Linear {
                            lower: Decimal::from(70),
                            upper: Decimal::from(92),
                        }),
                        1 => Scoring::Threshold(Threshold {
                            level: Decimal::from(85),
                        }),
                        2 => Scoring::Steps(Steps {
                            steps: vec![
                                Step {
                                    level: Decimal::from(75),
                                    credit_percent: Decimal::from(50),
                                },
                                Step {
                                    level: Decimal::from(88),
                                    credit_percent: Decimal::ONE_HUNDRED,
                                },
                            ],
                        }),
                        _ => Scoring::Relative(Relative {
                            start: PeerLevel::Percentile(Decimal::from(50)),
                            full: PeerLevel::TopDecileMean,
                        }),
                    };
                    (Unit::Percent, Direction::HigherIsBetter, s)
                };
                Indicator {
                    id: id.clone(),
                    name: format!("Indikator {}", k + 1),
                    unit,
                    direction,
                    weight: Decimal::from(weights[k] as u64),
                    source: "Genererad".into(),
                    min_respondents: if k % 4 == 0 { Some(10) } else { None },
                    contract_minimum: None,
                    area: None,
                    standard: None,
                    uncertainty: Default::default(),
                    scoring,
                }
            })
            .collect();
        Scheme {
            service_type: st,
            volume_unit: if st == ServiceType::Hemtjanst {
                VolumeUnit::Hour
            } else {
                VolumeUnit::Place
            },
            missing_data: MissingDataPolicy::Renormalize,
            payout: match st {
                ServiceType::Hemtjanst => {
                    PayoutBase::PerVolumeUnit(crate::domain::rules::PerVolumeUnit {
                        kr_per_unit: Decimal::new(850, 2),
                    })
                }
                ServiceType::Sabo => PayoutBase::Pot(crate::domain::rules::Pot {
                    amount: Decimal::from(250_000_000),
                    key: Some(PotKey::CreditTimesVolume),
                }),
            },
            qualification: Qualification {
                min_score_percent: Some(Decimal::from(20)),
                all_indicators_met: false,
            },
            cap: None,
            budget: None,
            areas: Vec::new(),
            indicators,
            deductions: Vec::new(),
            floor_at_zero: false,
            min_usable_indicators: None,
            gates: Vec::new(),
            cohort: Default::default(),
            advances: None,
        }
    };
    RuleSet {
        format_version: FORMAT_VERSION,
        municipality: "Riket (genererat)".into(),
        name: format!(
            "Genererad: {} utförare × {} indikatorer × {} månader",
            spec.providers, n, spec.months
        ),
        period: "2025".into(),
        schemes: vec![scheme(ServiceType::Hemtjanst), scheme(ServiceType::Sabo)],
        corrections: None,
    }
}

/// Writes the results CSV (semicolon, decimal comma, UTF-8) into `out`.
pub fn results_csv(spec: &GenSpec, out: &mut impl std::io::Write) -> std::io::Result<()> {
    let mut rng = Rng(SplitMix(spec.seed));
    writeln!(
        out,
        "period;utförar_id;utförare;verksamhet;regi;volym;indikator;värde;antal_svar"
    )?;
    let mut line = String::with_capacity(128);
    for p in 0..spec.providers {
        let hem = p % 5 < 3;
        let st = if hem {
            ServiceType::Hemtjanst
        } else {
            ServiceType::Sabo
        };
        let (prefix, name) = if hem {
            ("HT", "Hemtjänst")
        } else {
            ("SB", "Boende")
        };
        let id = format!("{prefix}{p:05}");
        let regi = if rng.below(3) == 0 {
            Regi::EgenRegi
        } else {
            Regi::Privat
        };
        let volume = if hem {
            4000 + rng.below(90_000)
        } else {
            20 + rng.below(120)
        };
        let quality = rng.unit_milli(); // the provider's general level
        let mut first = true;
        for m in 0..spec.months {
            for k in 0..spec.indicators {
                line.clear();
                let noise = rng.unit_milli();
                // value in thousandths
                let milli: i64 = if is_count(k) {
                    13_000 - 2 * quality - noise
                } else {
                    (82_000 + 9 * quality + 4 * noise).clamp(0, 100_000)
                };
                let value = if rng.below(200) == 0 {
                    String::new()
                } else {
                    crate::domain::decimal::format_number(Decimal::new(milli / 100, 1), None, false)
                };
                let respondents = if k % 4 == 0 {
                    (3 + rng.below(30)).to_string()
                } else {
                    String::new()
                };
                use std::fmt::Write as _;
                if first {
                    let _ = write!(
                        line,
                        "2025-{:02};{id};{name} {p:05};{};{};{volume};",
                        m + 1,
                        st.code(),
                        regi.code()
                    );
                    first = false;
                } else {
                    let _ = write!(line, "2025-{:02};{id};;;;;", m + 1);
                }
                let _ = write!(line, "{};{value};{respondents}", ind_id(st, k));
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}
