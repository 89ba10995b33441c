//! Structure-aware: `arbitrary` builds a rule set (every scoring mode, payout base, missing-data
//! policy, qualification and cap) and a results table whose numbers come from a list of
//! boundary values (0, the domain bounds 10⁹ and 10¹², values just inside and outside 0–100,
//! thirds, sevenths, u32::MAX respondents …). The table goes through the real CSV importer, the
//! rules through validation and the exact engine, which must never panic; whatever it pays must
//! keep the invariants: no negative payout, indicator kronor summing to each payout, a pot paid
//! out to the öre (or not at all).
#![no_main]
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;

use kvalitetspeng::domain::ServiceType;
use kvalitetspeng::domain::rules::*;

/// Numbers a person or an attacker might put in a file, weighted towards the edges.
const NUMBERS: &[&str] = &[
    "0", "1", "-1", "0.5", "50", "79.99", "80", "80.01", "99.999", "100", "100.01", "33.333333",
    "66.666667", "14.285714", "0.000001", "1000000000", "999999999.99", "-1000000000",
    "1000000000000", "999999999999.99", "12.35", "3.000015", "1e3", "8 6", "1 234,5",
];

#[derive(Arbitrary, Debug)]
struct Case {
    period_year: bool,
    schemes: Vec<FScheme>,
    rows: Vec<FRow>,
}

#[derive(Arbitrary, Debug)]
struct FScheme {
    sabo: bool,
    missing: u8,
    payout: u8,
    amount: u8,
    key: u8,
    min_score: Option<u8>,
    all_met: bool,
    cap: Option<u8>,
    indicators: Vec<FIndicator>,
}

#[derive(Arbitrary, Debug)]
struct FIndicator {
    id: u8,
    unit: u8,
    lower_is_better: bool,
    weight: u8,
    min_respondents: Option<u8>,
    scoring: u8,
    a: u8,
    b: u8,
}

#[derive(Arbitrary, Debug)]
struct FRow {
    month: u8,
    provider: u8,
    sabo: bool,
    privat: bool,
    volume: u8,
    indicator: u8,
    value: Option<u8>,
    respondents: Option<u32>,
    compensation: Option<u8>,
    previous: Option<u8>,
}

fn num(k: u8) -> &'static str {
    NUMBERS[k as usize % NUMBERS.len()]
}

fn dec(k: u8) -> Decimal {
    // The rule file's numbers are exact decimals (the importer's own forms are for the CSV).
    num(k).replace(' ', "").replace(',', ".").parse().unwrap_or(Decimal::ONE)
}

fn scoring(f: &FIndicator) -> Scoring {
    let (a, b) = (dec(f.a), dec(f.b));
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    match f.scoring % 5 {
        0 => Scoring::Threshold(Threshold { level: a }),
        1 => Scoring::Steps(Steps {
            steps: vec![
                Step { level: lo, credit_percent: Decimal::from(50) },
                Step { level: hi, credit_percent: Decimal::ONE_HUNDRED },
            ],
        }),
        2 => Scoring::Linear(Linear { lower: lo, upper: hi }),
        3 => Scoring::Relative(Relative {
            start: PeerLevel::Percentile(Decimal::from(f.a % 101)),
            full: if f.b % 2 == 0 { PeerLevel::TopDecileMean } else { PeerLevel::Mean },
        }),
        _ => Scoring::AchievementOrImprovement(AchievementOrImprovement {
            threshold: lo,
            benchmark: hi,
            baseline_period: "2024".into(),
        }),
    }
}

fn rules(c: &Case) -> RuleSet {
    let schemes = c
        .schemes
        .iter()
        .take(2)
        .map(|s| {
            let n = s.indicators.len().clamp(1, 6);
            let mut indicators: Vec<Indicator> = s
                .indicators
                .iter()
                .take(n)
                .map(|f| Indicator {
                    id: format!("i{}", f.id % 8),
                    name: format!("Indikator {}", f.id % 8),
                    unit: [Unit::Percent, Unit::Count, Unit::Score][f.unit as usize % 3],
                    direction: if f.lower_is_better { Direction::LowerIsBetter } else { Direction::HigherIsBetter },
                    weight: Decimal::from(f.weight % 60),
                    source: String::new(),
                    min_respondents: f.min_respondents.map(|m| u32::from(m % 40)),
                    contract_minimum: None,
                    area: (s.key % 3 == 0).then(|| format!("o{}", f.id % 2)),
                    standard: None,
                    uncertainty: [Uncertainty::Estimate, Uncertainty::Cautious, Uncertainty::BenefitOfDoubt]
                        [(f.scoring / 5) as usize % 3],
                    scoring: scoring(f),
                })
                .collect();
            // Usually make the weights sum to 100 so that the engine runs.
            let sum: Decimal = indicators.iter().map(|i| i.weight).sum();
            if let Some(first) = indicators.first_mut()
                && s.all_met
            {
                first.weight += Decimal::ONE_HUNDRED - sum;
            }
            Scheme {
                service_type: if s.sabo { ServiceType::Sabo } else { ServiceType::Hemtjanst },
                volume_unit: VolumeUnit::Hour,
                missing_data: match s.missing % 3 {
                    0 => MissingDataPolicy::ZeroCredit,
                    1 => MissingDataPolicy::Renormalize,
                    _ => MissingDataPolicy::FallbackShare(Decimal::from(s.amount % 101)),
                },
                payout: match s.payout % 4 {
                    3 => PayoutBase::Withhold(kvalitetspeng::domain::rules::Withhold {
                        withhold_percent: Decimal::from(s.amount % 11),
                        payback_percent: Decimal::from(s.amount % 151),
                    }),
                    0 => PayoutBase::Pot(kvalitetspeng::domain::rules::Pot {
                        amount: dec(s.amount),
                        key: Some(PotKey::ALL[s.key as usize % 4]),
                    }),
                    1 => PayoutBase::PerVolumeUnit(kvalitetspeng::domain::rules::PerVolumeUnit { kr_per_unit: dec(s.amount) }),
                    _ => PayoutBase::PercentOfCompensation(kvalitetspeng::domain::rules::PercentOfCompensation { percent: Decimal::from(s.amount % 101) }),
                },
                qualification: Qualification {
                    min_score_percent: s.min_score.map(|m| Decimal::from(m % 101)),
                    all_indicators_met: s.all_met && s.key % 2 == 0,
                },
                cap: s.cap.map(dec),
                budget: None,
                areas: if s.key % 3 == 0 {
                    vec![
                        Area { id: "o0".into(), name: "Område 0".into(), weight: Decimal::from(50) },
                        Area { id: "o1".into(), name: "Område 1".into(), weight: Decimal::from(50) },
                    ]
                } else {
                    Vec::new()
                },
                deductions: indicators
                    .first()
                    .filter(|_| s.cap.is_some())
                    .map(|i| Deduction {
                        indicator: i.id.clone(),
                        level: dec(s.amount),
                        amount: if s.key % 2 == 0 {
                            DeductionAmount::PercentOfCompensation(Decimal::from(s.amount % 11))
                        } else {
                            DeductionAmount::Fixed(dec(s.amount))
                        },
                    })
                    .into_iter()
                    .collect(),
                floor_at_zero: s.min_score.is_some_and(|m| m % 2 == 0),
                min_usable_indicators: None,
                gates: Vec::new(),
                cohort: Default::default(),
                advances: None,
                indicators,
            }
        })
        .collect();
    RuleSet {
        format_version: FORMAT_VERSION,
        municipality: "Fuzz".into(),
        name: "Fuzz".into(),
        period: "2025".into(),
        schemes,
    }
}

fn csv(c: &Case) -> String {
    let mut s = String::from(
        "period;utförar_id;utförare;verksamhet;regi;volym;indikator;värde;antal_svar;ersättning;föregående_utbetalning;utbetalt_hittills\n",
    );
    for r in c.rows.iter().take(64) {
        let period = if c.period_year {
            if r.month % 5 == 0 { "2024".to_string() } else { "2025".to_string() }
        } else {
            format!("2025-{:02}", r.month % 12 + 1)
        };
        let p = r.provider % 6;
        s.push_str(&format!(
            "{period};P{p};Utförare {p};{};{};{};i{};{};{};{};{};{}\n",
            if r.sabo { "säbo" } else { "hemtjänst" },
            if r.privat { "privat" } else { "egen regi" },
            num(r.volume),
            r.indicator % 8,
            r.value.map(num).unwrap_or(""),
            r.respondents.map(|n| n.to_string()).unwrap_or_default(),
            r.compensation.map(num).unwrap_or(""),
            r.previous.map(num).unwrap_or(""),
            r.compensation.filter(|c| c % 3 == 0).map(num).unwrap_or(""),
        ));
    }
    s
}

fuzz_target!(|c: Case| {
    let rules = rules(&c);
    let text = csv(&c);
    let Ok(results) = kvalitetspeng::io::results_csv::parse_results(text.as_bytes(), "fuzz.csv") else {
        return;
    };
    let Ok(calc) = kvalitetspeng::domain::calculate(&rules, &results) else {
        return;
    };
    for p in &calc.providers {
        assert!(p.gross >= Decimal::ZERO, "negative kvalitetspeng {p:?}");
        let lang = kvalitetspeng::words::Lang::Sv;
        let extra: Decimal = p.extra_rows(lang).iter().map(|r| r.2).sum();
        let split: Decimal = p.indicator_kronor().iter().sum::<Decimal>() + extra;
        assert_eq!(split, p.payout, "explanation rows of {}", p.id);
        // Every explanation text can be made (intervals, deductions, areas).
        let _ = p.reason(lang);
        for i in &p.indicators {
            let _ = i.reason(lang);
            let _ = i.interval_text(lang);
        }
    }
    for s in &rules.schemes {
        if let PayoutBase::Pot(kvalitetspeng::domain::rules::Pot { amount, .. }) = s.payout {
            let paid: Decimal = calc
                .providers
                .iter()
                .filter(|p| p.service_type == s.service_type)
                .map(|p| p.gross)
                .sum();
            assert!(paid == Decimal::ZERO || paid <= amount, "pot {amount} paid {paid}");
        }
    }
    let _ = kvalitetspeng::io::export_csv::explanation_csv(&calc, kvalitetspeng::words::Lang::Sv);
});
