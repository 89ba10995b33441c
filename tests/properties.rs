//! Property tests for the invariants of the calculation.

// Amounts in öre are grouped as kronor_öre (10_000_000_00 = 10 000 000,00 kr).
#![allow(clippy::inconsistent_digit_grouping)]

use proptest::prelude::*;
use rust_decimal::Decimal;

use kvalitetspeng::domain::allocate::allocate;
use kvalitetspeng::domain::exact::Q;
use kvalitetspeng::domain::gate::{Date, Finding, Gate, GateEffect};
use kvalitetspeng::domain::period::Period;
use kvalitetspeng::domain::results::{Observation, Provider, Regi, ResultSet, ServiceType};
use kvalitetspeng::domain::rules::*;

/// The credit of a fixed (non-peer) scoring, through the compiled scorer.
fn score_fixed(scoring: &Scoring, dir: Direction, value: Decimal, base: Option<Decimal>) -> Q {
    let plan = kvalitetspeng::domain::plan::compile_scoring(scoring, dir).expect("valid scoring");
    let (value, base) = (Q::from(value), base.map(Q::from));
    let input = kvalitetspeng::domain::scorers::Input {
        value: &value,
        baseline: base.as_ref(),
        direction: dir,
        peers: None,
        bound: None,
    };
    plan.scorer()
        .score(&input)
        .expect("fixed scorings need no peers")
        .credit
}
use kvalitetspeng::domain::{calculate, explanation::PayoutStatus};
use kvalitetspeng::io::rules_ron::{parse_rules, to_ron_string};

fn dec(max: i64, scale: u32) -> impl Strategy<Value = Decimal> {
    (0..=max, 0..=scale).prop_map(|(m, s)| Decimal::new(m, s))
}

fn weights(k: usize) -> impl Strategy<Value = Vec<Decimal>> {
    proptest::collection::vec(0u32..=100, k.saturating_sub(1)).prop_map(move |mut cuts| {
        cuts.sort();
        let mut prev = 0;
        let mut out = Vec::new();
        for c in cuts.iter().chain(std::iter::once(&100)) {
            out.push(Decimal::from(c - prev));
            prev = *c;
        }
        out
    })
}

fn direction() -> impl Strategy<Value = Direction> {
    prop_oneof![
        Just(Direction::HigherIsBetter),
        Just(Direction::LowerIsBetter)
    ]
}

/// Fixed (non-peer) scorings with valid levels in 0–100.
fn fixed_scoring(dir: Direction) -> impl Strategy<Value = Scoring> {
    let lin = (0i64..=9900, 1i64..=100).prop_map(|(a, w)| {
        let lower = Decimal::new(a, 2);
        Scoring::Linear(Linear {
            lower,
            upper: (lower + Decimal::from(w))
                .min(Decimal::ONE_HUNDRED)
                .max(lower + Decimal::new(1, 2)),
        })
    });
    let thr = dec(10000, 2).prop_map(|l| {
        Scoring::Threshold(Threshold {
            level: l.min(Decimal::ONE_HUNDRED),
        })
    });
    let steps = proptest::collection::btree_set(0i64..=100, 1..4).prop_flat_map(move |levels| {
        let n = levels.len();
        proptest::collection::btree_set(0i64..=100, n..=n).prop_map(move |credits| {
            let mut lv: Vec<i64> = levels.iter().copied().collect();
            if dir == Direction::LowerIsBetter {
                lv.reverse();
            }
            // easiest level first, credits rising
            Scoring::Steps(Steps {
                steps: lv
                    .iter()
                    .zip(credits.iter())
                    .map(|(l, c)| Step {
                        level: Decimal::from(*l),
                        credit_percent: Decimal::from(*c),
                    })
                    .collect(),
            })
        })
    });
    let ai = (0i64..=80, 1i64..=20).prop_map(move |(t, w)| {
        let (threshold, benchmark) = match dir {
            Direction::HigherIsBetter => (Decimal::from(t), Decimal::from(t + w)),
            Direction::LowerIsBetter => (Decimal::from(t + w), Decimal::from(t)),
        };
        Scoring::AchievementOrImprovement(AchievementOrImprovement {
            threshold,
            benchmark,
            baseline_period: "2024".into(),
        })
    });
    prop_oneof![lin, thr, steps, ai]
}

fn uncertainty() -> impl Strategy<Value = Uncertainty> {
    prop_oneof![
        3 => Just(Uncertainty::Estimate),
        1 => Just(Uncertainty::Cautious),
        1 => Just(Uncertainty::BenefitOfDoubt)
    ]
}

fn indicator(id: String, weight: Decimal) -> impl Strategy<Value = Indicator> {
    (direction(), proptest::option::of(1u32..20), uncertainty()).prop_flat_map(
        move |(dir, min, unc)| {
            let id = id.clone();
            let relative = (0i64..=50, 51i64..=100).prop_map(|(a, b)| {
                Scoring::Relative(Relative {
                    start: PeerLevel::Percentile(Decimal::from(a)),
                    full: if b % 2 == 0 {
                        PeerLevel::TopDecileMean
                    } else {
                        PeerLevel::Percentile(Decimal::from(b))
                    },
                })
            });
            prop_oneof![4 => fixed_scoring(dir), 1 => relative].prop_map(move |scoring| Indicator {
                id: id.clone(),
                name: format!("Indikator {id}"),
                unit: Unit::Percent,
                direction: dir,
                weight,
                source: "test".into(),
                min_respondents: min,
                contract_minimum: None,
                area: None,
                standard: None,
                uncertainty: unc,
                scoring,
            })
        },
    )
}

/// Deductions on the scheme's indicators `i0..ik`: level and amount (percent or fixed).
fn deductions(k: usize) -> impl Strategy<Value = Vec<Deduction>> {
    proptest::collection::vec(
        (
            0..k,
            dec(10000, 2),
            prop_oneof![
                dec(1000, 2).prop_map(|p| DeductionAmount::PercentOfCompensation(
                    p.clamp(Decimal::new(1, 2), Decimal::TEN)
                )),
                dec(5_000_000, 2).prop_map(|a| DeductionAmount::Fixed(a.max(Decimal::new(1, 2)))),
            ],
        )
            .prop_map(|(i, level, amount)| Deduction {
                indicator: format!("i{i}"),
                level: level.min(Decimal::ONE_HUNDRED),
                amount,
            }),
        0..3,
    )
}

/// Puts the indicators in `n` areas (indicator i in area i mod n) with area weights `aw`;
/// the weights inside each area are made to sum to 100 from the indicators' own weights
/// (largest remainder, to 0,01).
fn into_areas(s: &mut Scheme, n: usize, aw: &[Decimal]) {
    let n = n.min(s.indicators.len()).max(1);
    s.areas = (0..n)
        .map(|a| Area {
            id: format!("o{a}"),
            name: format!("Område {a}"),
            weight: aw.get(a).copied().unwrap_or_default(),
        })
        .collect();
    let fix: Decimal = s.areas.iter().map(|a| a.weight).sum();
    if fix != Decimal::ONE_HUNDRED {
        s.areas[0].weight += Decimal::ONE_HUNDRED - fix;
    }
    for a in 0..n {
        let members: Vec<usize> = (a..s.indicators.len()).step_by(n).collect();
        let raw: Vec<Decimal> = members
            .iter()
            .map(|&i| s.indicators[i].weight + Decimal::ONE)
            .collect();
        let parts = kvalitetspeng::domain::allocate::allocate(Decimal::new(10000, 2), &raw);
        for (&i, w) in members.iter().zip(parts) {
            s.indicators[i].weight = w.normalize();
            s.indicators[i].area = Some(format!("o{a}"));
        }
    }
}

fn payout_base() -> impl Strategy<Value = PayoutBase> {
    prop_oneof![
        (
            dec(10_000_000_00, 2),
            prop_oneof![
                Just(PotKey::Equal),
                Just(PotKey::Credit),
                Just(PotKey::Volume),
                Just(PotKey::CreditTimesVolume)
            ]
        )
            .prop_map(|(a, k)| PayoutBase::Pot(kvalitetspeng::domain::rules::Pot {
                amount: a + Decimal::ONE,
                key: Some(k)
            })),
        dec(5000, 2).prop_map(|k| PayoutBase::PerVolumeUnit(
            kvalitetspeng::domain::rules::PerVolumeUnit { kr_per_unit: k }
        )),
        dec(10000, 2).prop_map(|p| PayoutBase::PercentOfCompensation(
            kvalitetspeng::domain::rules::PercentOfCompensation {
                percent: p.min(Decimal::ONE_HUNDRED)
            }
        )),
        (dec(1000, 2), dec(15000, 2)).prop_map(|(w, b)| PayoutBase::Withhold(
            kvalitetspeng::domain::rules::Withhold {
                withhold_percent: w.min(Decimal::TEN),
                payback_percent: b.min(Decimal::from(150)),
            }
        )),
        (dec(1000, 2), dec(15000, 2), 0u32..=100, 1u32..=50, 0u32..=6).prop_map(
            |(w, b, m, s, decimals)| PayoutBase::WithholdLogistic(
                kvalitetspeng::domain::payout::withhold_logistic::WithholdLogistic {
                    withhold_percent: w.min(Decimal::TEN),
                    payback_percent: b.min(Decimal::from(150)),
                    midpoint: Decimal::from(m),
                    steepness: Decimal::new(i64::from(s), 2),
                    decimals,
                }
            )
        ),
    ]
}

fn scheme(st: ServiceType) -> impl Strategy<Value = Scheme> {
    (1usize..5).prop_flat_map(move |k| {
        (
            weights(k),
            payout_base(),
            prop_oneof![
                Just(MissingDataPolicy::ZeroCredit),
                Just(MissingDataPolicy::Renormalize),
                dec(100, 0).prop_map(MissingDataPolicy::FallbackShare)
            ],
            proptest::option::of(dec(1_000_000_00, 2)),
            proptest::option::of(dec(100, 0)),
            any::<bool>(),
            (deductions(k), any::<bool>(), 0usize..4, weights(3)),
        )
            .prop_flat_map(
                move |(w, payout, missing, cap, min_score, all_met, extra)| {
                    let inds: Vec<_> = w
                        .iter()
                        .enumerate()
                        .map(|(i, w)| indicator(format!("i{i}"), *w))
                        .collect();
                    let (deductions, floor_at_zero, n_areas, area_weights) = extra;
                    // Data sufficiency (k of n) in about half the schemes, k from the area
                    // weights' digits (one more strategy overflowed the test's stack).
                    let digits = area_weights[0].mantissa().unsigned_abs() as usize;
                    let min_usable = digits
                        .is_multiple_of(2)
                        .then_some((1 + digits / 2 % k) as u32);
                    // Gates for the kinds "ivo" and "vite" (findings: see `result_set`), from
                    // the other digits: none, a bar, a cap, or both.
                    let gate_digits = area_weights[1].mantissa().unsigned_abs() as usize;
                    let gates = |d: usize| -> Vec<Gate> {
                        let cap = Decimal::from((d / 4 % 101) as i64);
                        match d % 4 {
                            0 => Vec::new(),
                            1 => vec![Gate {
                                kind: "ivo".into(),
                                effect: GateEffect::BarsPayment,
                            }],
                            2 => vec![Gate {
                                kind: "vite".into(),
                                effect: GateEffect::CapScore(cap),
                            }],
                            _ => vec![
                                Gate {
                                    kind: "ivo".into(),
                                    effect: GateEffect::CapScore(cap),
                                },
                                Gate {
                                    kind: "vite".into(),
                                    effect: GateEffect::BarsPayment,
                                },
                            ],
                        }
                    };
                    // The fallback share cannot be combined with withholding.
                    let missing = match (&payout, missing) {
                        (
                            PayoutBase::Withhold(..) | PayoutBase::WithholdLogistic(..),
                            MissingDataPolicy::FallbackShare(_),
                        ) => MissingDataPolicy::Renormalize,
                        (_, m) => m,
                    };
                    inds.prop_map(move |indicators| {
                        let mut s = Scheme {
                            service_type: st,
                            volume_unit: VolumeUnit::Hour,
                            missing_data: missing.clone(),
                            payout: payout.clone(),
                            qualification: Qualification {
                                min_score_percent: min_score,
                                all_indicators_met: all_met,
                            },
                            cap,
                            budget: None,
                            areas: Vec::new(),
                            indicators,
                            deductions: deductions.clone(),
                            floor_at_zero,
                            min_usable_indicators: min_usable,
                            gates: gates(gate_digits),
                            // Peer cohorts from the same digits.
                            cohort: kvalitetspeng::domain::cohort::Cohort::ALL[gate_digits / 3 % 3],
                            // Advances in three of four schemes, from the third weight's digits.
                            advances: {
                                let d = area_weights[2].mantissa().unsigned_abs() as usize;
                                (!d.is_multiple_of(4)).then(|| {
                                    kvalitetspeng::domain::advances::Advances {
                                        percent_of_previous: Decimal::new(
                                            (d / 4 % 10_001) as i64,
                                            2,
                                        ),
                                        rounds: (d / 7 % 12 + 1) as u32,
                                    }
                                })
                            },
                        };
                        if n_areas > 0 {
                            into_areas(&mut s, n_areas, &area_weights);
                        }
                        s
                    })
                },
            )
    })
}

fn rule_set() -> impl Strategy<Value = RuleSet> {
    prop_oneof![
        scheme(ServiceType::Hemtjanst).prop_map(|s| vec![s]),
        scheme(ServiceType::Sabo).prop_map(|s| vec![s]),
        (scheme(ServiceType::Hemtjanst), scheme(ServiceType::Sabo)).prop_map(|(a, b)| vec![a, b]),
    ]
    .prop_map(|schemes| RuleSet {
        format_version: FORMAT_VERSION,
        municipality: "Provby kommun".into(),
        name: "Egenskapstest".into(),
        period: "2025".into(),
        schemes,
        corrections: None,
    })
}

/// Results for `n` providers on indicators i0..i4, some missing, some in the baseline year.
fn result_set() -> impl Strategy<Value = ResultSet> {
    (1usize..12).prop_flat_map(|n| {
        let provider = (
            any::<bool>(),
            any::<bool>(),
            dec(100_000, 1),
            proptest::option::of(dec(10_000_000, 0)),
            proptest::option::of(dec(1_000_000, 0)),
            proptest::option::of(dec(1_000_000_00, 2)),
        );
        let obs = (
            0u32..5,
            any::<bool>(),
            proptest::option::of(dec(10000, 2)),
            proptest::option::of(0u32..40),
        );
        (
            proptest::collection::vec(provider, n),
            proptest::collection::vec(obs, 0..n * 6),
        )
            .prop_map(move |(ps, os)| {
                let providers: Vec<Provider> = ps
                    .iter()
                    .enumerate()
                    .map(|(i, (hem, priv_, vol, comp, prev, paid))| Provider {
                        id: format!("P{i:03}"),
                        name: format!("Utförare {i}"),
                        service_type: if *hem {
                            ServiceType::Hemtjanst
                        } else {
                            ServiceType::Sabo
                        },
                        regi: if *priv_ { Regi::Privat } else { Regi::EgenRegi },
                        volume: *vol,
                        compensation: *comp,
                        previous_payout: *prev,
                        paid_so_far: *paid,
                        // Findings from the volume's digits: none, or of kind "ivo", "vite" or
                        // one without a gate, dated in the period or the year before (one
                        // more strategy overflowed the test's stack).
                        findings: {
                            let d = vol.mantissa().unsigned_abs() as usize;
                            let kind = ["ivo", "vite", "okand"][d / 3 % 3];
                            let year = if (d / 9).is_multiple_of(3) {
                                2024
                            } else {
                                2025
                            };
                            let date = Date {
                                year,
                                month: (1 + d / 27 % 12) as u8,
                                day: 15,
                            };
                            let mut f = Vec::new();
                            if !d.is_multiple_of(3) {
                                f.push(Finding {
                                    kind: kind.into(),
                                    date,
                                });
                            }
                            if d % 3 == 2 {
                                f.push(Finding {
                                    kind: "vite".into(),
                                    date: Date {
                                        year: 2025,
                                        month: 6,
                                        day: 1,
                                    },
                                });
                            }
                            f.sort();
                            f.dedup();
                            f
                        },
                        // A peer cohort "a" or "b" or none, from the volume's digits.
                        cohort: [None, Some("a".to_string()), Some("b".to_string())]
                            [vol.mantissa().unsigned_abs() as usize / 7 % 3]
                            .clone(),
                    })
                    .collect();
                let mut seen = std::collections::HashSet::new();
                let mut observations = Vec::new();
                for (k, (ind, baseline, value, resp)) in os.iter().enumerate() {
                    let provider = (k % n) as u32;
                    let period: Period = if *baseline {
                        "2024".parse().unwrap()
                    } else {
                        "2025".parse().unwrap()
                    };
                    if seen.insert((provider, *ind, *baseline)) {
                        observations.push(Observation {
                            provider,
                            indicator: *ind,
                            period,
                            value: *value,
                            respondents: *resp,
                            line: k as u32 + 2,
                        });
                    }
                }
                ResultSet {
                    providers,
                    indicators: (0..5).map(|i| format!("i{i}")).collect(),
                    observations,
                    folded: None,
                    source_file: "prop.csv".into(),
                    source_sha256: String::new(),
                    import_warnings: Vec::new(),
                }
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn allocation_sums_exactly_and_is_fair(total in dec(100_000_000_00, 2), ws in proptest::collection::vec(dec(1_000_000, 3), 1..30)) {
        let parts = allocate(total, &ws);
        let sum_w: Decimal = ws.iter().sum();
        if sum_w.is_zero() {
            prop_assert!(parts.iter().all(|p| p.is_zero()));
        } else {
            prop_assert_eq!(parts.iter().copied().sum::<Decimal>(), total);
            for (p, w) in parts.iter().zip(&ws) {
                prop_assert!(*p >= Decimal::ZERO);
                let exact = total * *w / sum_w;
                prop_assert!((*p - exact).abs() < Decimal::new(1, 2), "part {} exact {}", p, exact);
            }
        }
    }

    #[test]
    fn engine_invariants(rules in rule_set(), results in result_set()) {
        let calc = calculate(&rules, &results).expect("generated rule sets are valid");
        for p in &calc.providers {
            prop_assert!(p.gross >= Decimal::ZERO, "negative kvalitetspeng {}", p.gross);
            let scheme = rules.scheme(p.service_type).unwrap();
            let may_go_negative = (matches!(scheme.payout, PayoutBase::Withhold(..) | PayoutBase::WithholdLogistic(..)) || !scheme.deductions.is_empty()) && !scheme.floor_at_zero;
            prop_assert!(may_go_negative || p.payout >= Decimal::ZERO, "negative payout {}", p.payout);
            prop_assert!(p.score >= Q::ZERO && p.score <= Q::ONE);
            prop_assert_eq!(p.payout.scale(), 2);
            if !matches!(p.status, PayoutStatus::Fallback { .. }) && !p.gross.is_zero() {
                prop_assert_eq!(p.indicator_kronor().iter().sum::<Decimal>(), p.gross);
            }
            for (i, kronor) in p.indicators.iter().zip(p.indicator_kronor()) {
                prop_assert!(i.credit >= Q::ZERO && i.credit <= Q::ONE);
                if i.weight_percent.is_zero() {
                    prop_assert!(i.contribution.is_zero(), "zero weight, contribution {}", i.contribution);
                    prop_assert!(kronor.is_zero());
                }
            }
            if let (Some(cap), false) = (scheme.cap, matches!(scheme.payout, PayoutBase::Pot(..))) {
                prop_assert!(p.gross <= kvalitetspeng::domain::decimal::round_ore(cap));
            }
        }
        // A pot is paid out exactly when someone qualifies and no cap or fallback interferes.
        for s in &rules.schemes {
            if let PayoutBase::Pot(kvalitetspeng::domain::rules::Pot { amount, .. }) = s.payout {
                let total: Decimal = calc.providers.iter().filter(|p| p.service_type == s.service_type).map(|p| p.gross).sum();
                prop_assert!(total <= kvalitetspeng::domain::decimal::round_ore(amount));
                let unpaid = calc.warnings.iter().any(|w| matches!(w, kvalitetspeng::domain::explanation::Warning::PotNotFullyPaid { service_type, .. } if *service_type == s.service_type));
                if !unpaid {
                    prop_assert_eq!(total, kvalitetspeng::domain::decimal::round_ore(amount));
                }
            }
        }
    }

    #[test]
    fn credit_never_falls_when_result_improves(
        dir in direction(),
        a in dec(10000, 2),
        b in dec(10000, 2),
        base in proptest::option::of(dec(10000, 2)),
        scoring in direction().prop_flat_map(fixed_scoring),
    ) {
        // Make the scoring consistent with `dir` (steps and A/I levels depend on direction).
        let scoring = match scoring {
            Scoring::AchievementOrImprovement(AchievementOrImprovement { threshold, benchmark, baseline_period }) => {
                let (lo, hi) = (threshold.min(benchmark), threshold.max(benchmark));
                match dir {
                    Direction::HigherIsBetter => Scoring::AchievementOrImprovement(AchievementOrImprovement { threshold: lo, benchmark: hi, baseline_period }),
                    Direction::LowerIsBetter => Scoring::AchievementOrImprovement(AchievementOrImprovement { threshold: hi, benchmark: lo, baseline_period }),
                }
            }
            other => other,
        };
        let (worse, better) = match dir {
            Direction::HigherIsBetter => (a.min(b), a.max(b)),
            Direction::LowerIsBetter => (a.max(b), a.min(b)),
        };
        let cw = score_fixed(&scoring, dir, worse, base);
        let cb = score_fixed(&scoring, dir, better, base);
        prop_assert!(cb >= cw, "{:?}: {} → {}, {} → {}", scoring, worse, cw, better, cb);
    }

    #[test]
    fn ron_round_trip_is_identity(rules in rule_set()) {
        let text = to_ron_string(&rules);
        let back = parse_rules(&text, "rundtur.ron").map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&back, &rules);
        prop_assert_eq!(to_ron_string(&back), text);
    }
}

#[test]
fn long_decimals_survive_ron_as_strings() {
    let mut rules = kvalitetspeng::io::read_rules(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sample_data/worked_example_a/rules.ron"),
    )
    .unwrap();
    rules.schemes[0].payout = PayoutBase::Pot(kvalitetspeng::domain::rules::Pot {
        amount: "1234567.123456789012345".parse().unwrap(),
        key: Some(PotKey::Equal),
    });
    rules.schemes[0].indicators[0].weight = "12.35".parse().unwrap();
    let text = to_ron_string(&rules);
    assert!(text.contains("weight: 12.35,"), "{text}");
    assert!(
        text.contains("amount: \"1234567.123456789012345\""),
        "{text}"
    );
    let back = parse_rules(&text, "x.ron").unwrap();
    assert_eq!(back, rules);
    assert_eq!(back.schemes[0].indicators[0].weight.to_string(), "12.35");
}

#[test]
fn decimals_that_are_exact_f32_read_back_exactly() {
    // Found by the round-trip property: RON reads 1317755.75 as an f32.
    let mut rules = kvalitetspeng::io::read_rules(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sample_data/worked_example_a/rules.ron"),
    )
    .unwrap();
    for s in ["1317755.75", "0.5", "3500058.5", "16777216.5", "12.35"] {
        rules.schemes[0].payout = PayoutBase::Pot(kvalitetspeng::domain::rules::Pot {
            amount: s.parse().unwrap(),
            key: Some(PotKey::Equal),
        });
        let back = parse_rules(&to_ron_string(&rules), "x.ron").unwrap();
        assert_eq!(back, rules, "{s}");
    }
}

/// One CSV field: mostly plausible values, sometimes junk.
fn csv_field(kind: usize) -> BoxedStrategy<String> {
    let junk = prop_oneof![
        Just(String::new()),
        "[ -~]{0,6}".prop_map(|s| s.replace(['\n', '\r'], "")),
        Just("NaN".to_string()),
        Just("-0,0".into()),
        Just("1e9".into())
    ];
    let plausible: BoxedStrategy<String> = match kind {
        0 => prop_oneof![
            Just("2025".to_string()),
            Just("2024".into()),
            Just("2025-03".into()),
            Just("2025-Q2".into())
        ]
        .boxed(),
        1 => prop_oneof![Just("A".to_string()), Just("B".into()), Just("C".into())].boxed(),
        3 => prop_oneof![Just("säbo".to_string()), Just("hemtjänst".into())].boxed(),
        4 => prop_oneof![Just("privat".to_string()), Just("egen regi".into())].boxed(),
        5 => (0u32..100_000).prop_map(|v| v.to_string()).boxed(),
        6 => prop_oneof![
            Just("ht_i01".to_string()),
            Just("ht_i02".into()),
            Just("sb_i01".into()),
            Just("sb_i04".into()),
            Just("okänd".into())
        ]
        .boxed(),
        7 => (-50i64..20_000)
            .prop_map(|v| format!("{},{}", v / 100, (v % 100).abs()))
            .boxed(),
        8 => (0u32..60).prop_map(|v| v.to_string()).boxed(),
        _ => "[A-Za-zåäö ]{1,8}".boxed(),
    };
    prop_oneof![8 => plausible, 1 => junk].boxed()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// Whatever the importer accepts, the engine calculates without panicking, and every
    /// payout is non-negative with indicator kronor summing to it.
    #[test]
    fn engine_never_panics_on_what_the_importer_accepts(
        rows in proptest::collection::vec((0..9usize).map(csv_field).collect::<Vec<_>>(), 0..12),
        rules in rule_set(),
    ) {
        let mut text = String::from("period;utförar_id;utförare;verksamhet;regi;volym;indikator;värde;antal_svar\n");
        for r in &rows {
            text.push_str(&r.join(";"));
            text.push('\n');
        }
        if let Ok(results) = kvalitetspeng::io::results_csv::parse_results(text.as_bytes(), "prop.csv") {
            let generated = kvalitetspeng::generate::rules(&kvalitetspeng::generate::GenSpec { providers: 1, indicators: 4, months: 1, seed: 1 });
            for rs in [&rules, &generated] {
                let calc = calculate(rs, &results).expect("valid rules");
                for p in &calc.providers {
                    prop_assert!(p.payout >= Decimal::ZERO);
                    if !matches!(p.status, PayoutStatus::Fallback { .. }) && !p.payout.is_zero() {
                        prop_assert_eq!(p.indicator_kronor().iter().sum::<Decimal>(), p.payout);
                    }
                }
            }
        }
    }
}

/// One rule edit, as a controller would make it in the editor.
fn edit_rules(rules: &mut RuleSet, which_scheme: usize, edit: usize) {
    let si = which_scheme % rules.schemes.len();
    let s = &mut rules.schemes[si];
    let n = s.indicators.len();
    match edit {
        0 => {
            s.payout = PayoutBase::PerVolumeUnit(kvalitetspeng::domain::rules::PerVolumeUnit {
                kr_per_unit: Decimal::new(1234, 2),
            })
        }
        1 => s.qualification.min_score_percent = Some(Decimal::from(10)),
        2 => s.cap = Some(Decimal::from(1000)),
        3 => {
            // Move a weight point between two indicators (the weights still sum to 100).
            let from = (0..n).find(|&i| s.indicators[i].weight >= Decimal::ONE);
            if let (Some(from), true) = (from, n > 1) {
                let to = (from + 1) % n;
                s.indicators[from].weight -= Decimal::ONE;
                s.indicators[to].weight += Decimal::ONE;
            }
        }
        4 => {
            s.indicators[n - 1].scoring = Scoring::Threshold(Threshold {
                level: Decimal::from(50),
            })
        }
        5 => s.indicators[0].min_respondents = Some(25),
        6 => {
            s.missing_data = match s.missing_data {
                MissingDataPolicy::Renormalize => MissingDataPolicy::ZeroCredit,
                _ => MissingDataPolicy::Renormalize,
            }
        }
        7 => s.indicators[0].name = "Omdöpt indikator".into(),
        8 => s.qualification.all_indicators_met = !s.qualification.all_indicators_met,
        9 => s.indicators[0].unit = Unit::Score,
        10 => s.indicators[0].weight = Decimal::from(101), // invalid: the weights no longer sum to 100
        11 => {
            // A different indicator set: the last indicator removed, its weight to the first.
            if n > 1 {
                let last = s.indicators.pop().expect("n > 1");
                s.indicators[0].weight += last.weight;
            }
        }
        12 => {
            // Another indicator id: i4 (in the results) or, if taken, i9 (not in them).
            let taken = s.indicators.iter().any(|i| i.id == "i4");
            s.indicators[n - 1].id = if taken { "i9" } else { "i4" }.into();
        }
        13 => {
            // The first indicator removed: every other one moves up a place.
            if n > 1 {
                let first = s.indicators.remove(0);
                s.indicators[0].weight += first.weight;
            }
        }
        14 => {
            // All indicators into one area at 100 % (the same payouts), or its weight moved
            // to a second, empty area (invalid: an area without indicators).
            if s.areas.is_empty() {
                s.areas = vec![Area {
                    id: "alla".into(),
                    name: "Alla".into(),
                    weight: Decimal::ONE_HUNDRED,
                }];
                for i in &mut s.indicators {
                    i.area = Some("alla".into());
                }
            } else {
                s.areas.push(Area {
                    id: "tom".into(),
                    name: "Tom".into(),
                    weight: Decimal::ZERO,
                });
            }
        }
        15 => {
            s.indicators[0].uncertainty = match s.indicators[0].uncertainty {
                Uncertainty::Estimate => Uncertainty::Cautious,
                Uncertainty::Cautious => Uncertainty::BenefitOfDoubt,
                Uncertainty::BenefitOfDoubt => Uncertainty::Estimate,
            }
        }
        16 => {
            if s.deductions.is_empty() {
                s.deductions.push(Deduction {
                    indicator: s.indicators[0].id.clone(),
                    level: Decimal::from(60),
                    amount: DeductionAmount::Fixed(Decimal::from(500)),
                });
            } else {
                s.deductions.clear();
                s.floor_at_zero = !s.floor_at_zero;
            }
        }
        17 => {
            s.min_usable_indicators = match s.min_usable_indicators {
                None => Some(n as u32),
                Some(_) => None,
            }
        }
        18 => {
            s.gates = if s.gates.is_empty() {
                vec![Gate {
                    kind: "vite".into(),
                    effect: GateEffect::CapScore(Decimal::from(30)),
                }]
            } else {
                Vec::new()
            }
        }
        19 => {
            use kvalitetspeng::domain::cohort::Cohort;
            s.cohort = match s.cohort {
                Cohort::ServiceType => Cohort::Column,
                Cohort::Column => Cohort::Regi,
                Cohort::Regi => Cohort::ServiceType,
            }
        }
        _ => rules.period = "2024".into(), // another period: everything aggregated again
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// Bringing a calculation up to date in place after a series of edits gives exactly the full
    /// calculation of the edited rules; an edit that makes the rules invalid leaves it untouched.
    #[test]
    fn recalculating_in_place_equals_a_full_calculation(
        rules in rule_set(),
        results in result_set(),
        edits in proptest::collection::vec((0usize..2, 0usize..21), 1..5),
    ) {
        use kvalitetspeng::domain::engine::{aggregate, aggregate_reusing, recalculate};
        use kvalitetspeng::domain::plan::compile;
        let mut calc = calculate(&rules, &results).expect("valid");
        let mut calc_plan = compile(&rules).expect("valid");
        let mut calc_rules = rules.clone();
        let mut edited = rules.clone();
        // As the app does it: the aggregation is kept while it fits, otherwise made anew from
        // the previous one (unchanged indicator columns taken over); invalid rules leave the
        // calculation as it was.
        let mut agg = aggregate(&calc_plan, &results);
        for (which, edit) in edits {
            edit_rules(&mut edited, which, edit);
            match (compile(&edited), calculate(&edited, &results)) {
                (Ok(plan), Ok(full)) => {
                    if !agg.fits(&plan, &results) {
                        agg = aggregate_reusing(&plan, &results, Some(&agg));
                    }
                    recalculate(&mut calc, &calc_plan, &plan, &results, &agg);
                    prop_assert_eq!(&calc, &full);
                    calc_plan = plan;
                    calc_rules = edited.clone();
                }
                (Err(_), Err(_)) => edited = calc_rules.clone(),
                (a, b) => prop_assert!(false, "compile {:?}, calculate {:?}", a.err(), b.err()),
            }
        }
    }
}

#[path = "common/oracle.rs"]
mod oracle;

/// The engine's payouts, statuses and exact scores equal the oracle's.
fn agrees_with_oracle(rules: &RuleSet, results: &ResultSet) -> Result<(), TestCaseError> {
    let calc = calculate(rules, results).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
    let want = oracle::calculate(rules, results);
    prop_assert_eq!(calc.providers.len(), want.len());
    for p in &calc.providers {
        let o = &want[&p.id];
        let status = match p.status {
            PayoutStatus::Paid => "paid",
            PayoutStatus::ZeroScore => "zero",
            PayoutStatus::BelowMinimumScore { .. } => "below_min",
            PayoutStatus::NotAllIndicatorsMet => "not_all_met",
            PayoutStatus::Fallback { .. } => "fallback",
            PayoutStatus::InsufficientData { .. } => "insufficient",
            PayoutStatus::Barred { .. } => "barred",
        };
        prop_assert_eq!(status, o.paid_status, "status of {}", p.id);
        prop_assert_eq!(
            p.score.to_string(),
            o.score.to_string(),
            "score of {}",
            p.id
        );
        prop_assert_eq!(
            p.payout,
            o.payout,
            "payout of {}: {}",
            p.id,
            p.reason(kvalitetspeng::words::Lang::Sv)
        );
        prop_assert_eq!(p.gross, o.gross, "kvalitetspeng of {}", p.id);
        prop_assert_eq!(p.withheld, o.withheld, "withheld of {}", p.id);
        // The explanation's rows sum to the payout (a fallback has its own row; withheld,
        // deductions and the floor theirs).
        let rows: Decimal = p.indicator_kronor().iter().sum::<Decimal>()
            + p.fallback_row(kvalitetspeng::words::Lang::Sv)
                .map_or(Decimal::ZERO, |r| r.2)
            + p.money_rows(kvalitetspeng::words::Lang::Sv)
                .iter()
                .map(|r| r.2)
                .sum::<Decimal>();
        prop_assert_eq!(rows, p.payout, "rows of {}", p.id);
        prop_assert_eq!(p.settlement(), p.paid_so_far.map(|s| p.payout - s));
    }
    advances_agree_with_oracle(rules, results, &calc)
}

/// The advance plan equals the oracle's (its rounds sum exactly to the total rounded once),
/// and the calculation warns of exactly the providers whose paid-so-far amount differs from
/// it; paid exactly as planned, none is warned of.
fn advances_agree_with_oracle(
    rules: &RuleSet,
    results: &ResultSet,
    calc: &kvalitetspeng::domain::Calculation,
) -> Result<(), TestCaseError> {
    use kvalitetspeng::domain::advances::{PaidDiffers, plan_all};
    use kvalitetspeng::domain::explanation::Warning;
    let plan = plan_all(rules, results);
    let mut want_differs = Vec::new();
    let mut paid_as_planned = results.clone();
    for p in &plan {
        let rule = rules
            .scheme(p.service_type)
            .unwrap()
            .advances
            .as_ref()
            .unwrap();
        let want = oracle::advance_rounds(rule.percent_of_previous, rule.rounds, p.previous);
        let got = match &p.planned {
            kvalitetspeng::domain::advances::Planned::Rounds { total, rounds } => {
                prop_assert_eq!(rounds.iter().sum::<Decimal>(), *total, "rounds of {}", p.id);
                Some(rounds.clone())
            }
            kvalitetspeng::domain::advances::Planned::None(_) => None,
        };
        prop_assert_eq!(&got, &want, "advances of {}", p.id);
        let planned: Decimal = want.iter().flatten().sum();
        let provider = results.providers.iter().find(|x| x.id == p.id).unwrap();
        if let Some(paid) = provider.paid_so_far.filter(|paid| *paid != planned) {
            want_differs.push(PaidDiffers {
                provider_id: p.id.clone(),
                paid,
                planned,
            });
        }
        let k = results.providers.iter().position(|x| x.id == p.id).unwrap();
        paid_as_planned.providers[k].paid_so_far = Some(planned);
    }
    let differs = |c: &kvalitetspeng::domain::Calculation| -> Vec<PaidDiffers> {
        let mut v: Vec<PaidDiffers> = c
            .warnings
            .iter()
            .filter_map(|w| match w {
                Warning::AdvancePaidDiffers(d) => Some(d.clone()),
                _ => None,
            })
            .collect();
        v.sort_by(|a, b| a.provider_id.cmp(&b.provider_id));
        v
    };
    prop_assert_eq!(differs(calc), want_differs);
    if !plan.is_empty() {
        let again = calculate(rules, &paid_as_planned)
            .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(differs(&again), Vec::new());
    }
    Ok(())
}

/// A provider with results `values` (None = missing) on indicators i0.., in 2025, with `n`
/// respondents per row; `months` > 1 spreads each result over months with different
/// respondents so the period's value is a respondent-weighted mean (thirds, sevenths, …).
/// Per provider: its results (value, respondents; None = missing) and its volume.
type BoundaryProvider = (Vec<Option<(Decimal, u32)>>, Decimal);

fn boundary_results(providers: &[BoundaryProvider], months: u32) -> ResultSet {
    let mut observations = Vec::new();
    let mut line = 2;
    let k = providers.iter().map(|p| p.0.len()).max().unwrap_or(0);
    for (pi, (values, _)) in providers.iter().enumerate() {
        for (ii, v) in values.iter().enumerate() {
            let Some((v, n)) = v else { continue };
            for m in 1..=months {
                observations.push(Observation {
                    provider: pi as u32,
                    indicator: ii as u32,
                    period: format!("2025-{m:02}").parse().unwrap(),
                    value: Some(*v),
                    respondents: Some(*n + m - 1),
                    line,
                });
                line += 1;
            }
        }
    }
    ResultSet {
        providers: providers
            .iter()
            .enumerate()
            .map(|(i, (_, vol))| Provider {
                id: format!("P{i:03}"),
                name: format!("Utförare {i}"),
                service_type: ServiceType::Hemtjanst,
                regi: Regi::Privat,
                volume: *vol,
                compensation: Some(*vol * Decimal::from(300)),
                previous_payout: Some(Decimal::from(1000)),
                paid_so_far: None,
                findings: Vec::new(),
                cohort: None,
            })
            .collect(),
        indicators: (0..k).map(|i| format!("i{i}")).collect(),
        observations,
        folded: None,
        source_file: "gräns.csv".into(),
        source_sha256: String::new(),
        import_warnings: Vec::new(),
    }
}

fn one_scheme(
    indicators: Vec<Indicator>,
    payout: PayoutBase,
    missing: MissingDataPolicy,
    min: Option<Decimal>,
) -> RuleSet {
    RuleSet {
        format_version: FORMAT_VERSION,
        municipality: "Gränsby kommun".into(),
        name: "Gränsfall".into(),
        period: "2025".into(),
        schemes: vec![Scheme {
            service_type: ServiceType::Hemtjanst,
            volume_unit: VolumeUnit::Hour,
            missing_data: missing,
            payout,
            qualification: Qualification {
                min_score_percent: min,
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
        }],
        corrections: None,
    }
}

fn threshold_indicator(i: usize, weight: Decimal, level: Decimal) -> Indicator {
    Indicator {
        id: format!("i{i}"),
        name: format!("Indikator {i}"),
        unit: Unit::Percent,
        direction: Direction::HigherIsBetter,
        weight,
        source: String::new(),
        min_respondents: None,
        contract_minimum: None,
        area: None,
        standard: None,
        uncertainty: Uncertainty::Estimate,
        scoring: Scoring::Threshold(Threshold { level }),
    }
}

/// Weights (integers summing to 100) and, per provider, which indicators are met, missed or
/// missing: scores are fractions like 30/75.
fn met_missing_case() -> impl Strategy<Value = (Vec<Decimal>, Vec<Vec<u8>>)> {
    (2usize..6).prop_flat_map(|k| {
        (
            weights(k).prop_filter("no zero weights", |w| w.iter().all(|x| !x.is_zero())),
            proptest::collection::vec(proptest::collection::vec(0u8..3, k), 2..7),
        )
    })
}

/// Every kind of missing result docs/rule-file.md names, for a provider × indicator × period.
#[derive(Debug, Clone, Copy)]
enum CellKind {
    /// No row at all.
    NoRow,
    /// A row with a blank value.
    Blank,
    /// A share with enough respondents for any minimum in [`indicator`].
    Usable,
    /// A value with 0 respondents.
    ZeroRespondents,
    /// A value without a number of respondents.
    NoCount,
    /// A value with fewer respondents than some minimums (1–9).
    TooFew,
    /// A share outside 0–100 %.
    Impossible,
    /// Two rows of the period, each with 0 respondents (their mean has no count).
    TwoRowsWithoutRespondents,
}

fn cell_kind() -> impl Strategy<Value = CellKind> {
    prop_oneof![
        1 => Just(CellKind::NoRow),
        1 => Just(CellKind::Blank),
        4 => Just(CellKind::Usable),
        1 => Just(CellKind::ZeroRespondents),
        1 => Just(CellKind::NoCount),
        1 => Just(CellKind::TooFew),
        1 => Just(CellKind::Impossible),
        1 => Just(CellKind::TwoRowsWithoutRespondents),
    ]
}

/// Results for 2–10 providers where every cell (indicators i0..i4, this period and the
/// baseline year) is of a [`CellKind`], so that every kind of missing result meets every
/// interval rule, deduction, peer rule, baseline and policy of [`rule_set`].
fn results_with_every_kind_of_missing() -> impl Strategy<Value = ResultSet> {
    (2usize..11).prop_flat_map(|n| {
        let provider = (
            any::<bool>(),
            dec(100_000, 1),
            proptest::option::of(dec(10_000_000, 0)),
            proptest::option::of(dec(1_000_000, 0)),
        );
        let cell = (
            cell_kind(),
            dec(10000, 2),
            10u32..300,
            1u32..10,
            dec(10000, 2),
            any::<bool>(),
        );
        (
            proptest::collection::vec(provider, n),
            proptest::collection::vec(cell, n * 10),
        )
            .prop_map(move |(ps, cells)| {
                let providers: Vec<Provider> = ps
                    .iter()
                    .enumerate()
                    .map(|(i, (hem, vol, comp, prev))| Provider {
                        id: format!("P{i:03}"),
                        name: format!("Utförare {i}"),
                        service_type: if *hem {
                            ServiceType::Hemtjanst
                        } else {
                            ServiceType::Sabo
                        },
                        // Regi and peer cohort alternate, so that cohorts by either split.
                        regi: if i.is_multiple_of(2) {
                            Regi::Privat
                        } else {
                            Regi::EgenRegi
                        },
                        volume: *vol,
                        compensation: *comp,
                        previous_payout: *prev,
                        paid_so_far: None,
                        // Findings by the provider's place: none, one of each gated kind in
                        // the period, a kind without a gate, or one before the period; so
                        // that gates and caps meet every kind of missing result.
                        findings: finding_of(i).into_iter().collect(),
                        cohort: (!i.is_multiple_of(3)).then(|| format!("k{}", i % 3)),
                    })
                    .collect();
                let mut observations = Vec::new();
                let mut line = 2;
                for (k, (kind, value, many, few, over, negative)) in cells.iter().enumerate() {
                    let provider = (k % n) as u32;
                    let indicator = ((k / n) % 5) as u32;
                    let year = if k / n >= 5 { "2024" } else { "2025" };
                    let impossible = if *negative {
                        -*over - Decimal::new(1, 2)
                    } else {
                        Decimal::ONE_HUNDRED + *over + Decimal::new(1, 2)
                    };
                    let rows: Vec<(&str, Option<Decimal>, Option<u32>)> = match kind {
                        CellKind::NoRow => vec![],
                        CellKind::Blank => vec![("", None, Some(*many))],
                        CellKind::Usable => vec![("", Some(*value), Some(*many))],
                        CellKind::ZeroRespondents => vec![("", Some(*value), Some(0))],
                        CellKind::NoCount => vec![("", Some(*value), None)],
                        CellKind::TooFew => vec![("", Some(*value), Some(*few))],
                        CellKind::Impossible => vec![("", Some(impossible), Some(*many))],
                        CellKind::TwoRowsWithoutRespondents => vec![
                            ("-03", Some(*value), Some(0)),
                            ("-09", Some(*over % Decimal::ONE_HUNDRED), Some(0)),
                        ],
                    };
                    for (month, value, respondents) in rows {
                        observations.push(Observation {
                            provider,
                            indicator,
                            period: format!("{year}{month}").parse().unwrap(),
                            value,
                            respondents,
                            line,
                        });
                        line += 1;
                    }
                }
                ResultSet {
                    providers,
                    indicators: (0..5).map(|i| format!("i{i}")).collect(),
                    observations,
                    folded: None,
                    source_file: "saknas.csv".into(),
                    source_sha256: String::new(),
                    import_warnings: Vec::new(),
                }
            })
    })
}

/// The finding of provider `i` of [`results_with_every_kind_of_missing`], if any: `ivo` or
/// `vite` in the period (2025), `okand` (no gate names it), or `ivo` in the year before.
fn finding_of(i: usize) -> Option<Finding> {
    let (kind, year) = match i % 5 {
        0 => return None,
        1 => ("ivo", 2025),
        2 => ("vite", 2025),
        3 => ("okand", 2025),
        _ => ("ivo", 2024),
    };
    Some(Finding {
        kind: kind.into(),
        date: Date {
            year,
            month: (1 + i % 12) as u8,
            day: 28,
        },
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Random rule sets and results (every scoring mode, payout base and policy).
    #[test]
    fn engine_equals_the_oracle(rules in rule_set(), results in result_set()) {
        agrees_with_oracle(&rules, &results)?;
    }

    /// Every kind of missing result (blank, 0 respondents, no count, too few, impossible, a
    /// mean without respondents) under every interval rule, deduction, peer rule, baseline and
    /// missing-data policy: the engine treats each as the oracle's one definition does.
    #[test]
    fn engine_equals_the_oracle_on_every_kind_of_missing_result(
        rules in rule_set(),
        results in results_with_every_kind_of_missing(),
    ) {
        agrees_with_oracle(&rules, &results)?;
    }

    /// A score exactly at the minimum after re-normalisation qualifies; ties reached through
    /// different fractions share a pot as ties; every payout equals the oracle's.
    #[test]
    fn exact_boundaries_of_scores_minimums_and_pot_ties(
        (w, who) in met_missing_case(),
        pick in any::<prop::sample::Index>(),
        pot_ore in 1i64..100_000,
        key in prop_oneof![Just(PotKey::Credit), Just(PotKey::Equal), Just(PotKey::CreditTimesVolume)],
        per_unit in any::<bool>(),
    ) {
        let level = Decimal::from(80);
        let indicators: Vec<Indicator> = w.iter().enumerate().map(|(i, w)| threshold_indicator(i, *w, level)).collect();
        let providers: Vec<BoundaryProvider> = who
            .iter()
            .map(|row| {
                let vals = row.iter().map(|s| match s {
                    0 => Some((level, 20)),                       // met, exactly at the level
                    1 => Some((level - Decimal::new(1, 2), 20)),  // missed by 0,01
                    _ => None,                                    // missing
                }).collect();
                (vals, Decimal::from(1000))
            })
            .collect();
        // The minimum is one provider's exact score (re-normalised), when it has a finite
        // decimal expansion.
        let row = &who[pick.index(who.len())];
        let sum = |f: &dyn Fn(u8) -> bool| row.iter().zip(&w).filter(|(s, _)| f(**s)).map(|(_, w)| *w).sum::<Decimal>();
        let (met, present) = (sum(&|s| s == 0), sum(&|s| s != 2));
        let exact = if present.is_zero() { None } else { (Q::from(met * Decimal::ONE_HUNDRED)).checked_div(&Q::from(present)) };
        let min = exact.and_then(|q| q.to_decimal_exact(20)).filter(|m| !m.is_zero());
        let payout = if per_unit {
            PayoutBase::PerVolumeUnit(kvalitetspeng::domain::rules::PerVolumeUnit { kr_per_unit: Decimal::new(3_000_015, 6) })
        } else {
            PayoutBase::Pot(kvalitetspeng::domain::rules::Pot { amount: Decimal::new(pot_ore, 2), key: Some(key) })
        };
        let rules = one_scheme(indicators, payout, MissingDataPolicy::Renormalize, min);
        let results = boundary_results(&providers, 1);
        agrees_with_oracle(&rules, &results)?;
        if let Some(m) = min {
            let calc = calculate(&rules, &results).unwrap();
            let p = &calc.providers[pick.index(who.len())];
            prop_assert!(p.status == PayoutStatus::Paid, "score {} at the minimum {} must qualify: {:?}", p.score, m, p.status);
        }
    }

    /// Respondent-weighted means over months and linear credits in thirds and sevenths give
    /// amounts of exactly x,xx5 kr, which round up (half away from zero); all equal the oracle.
    #[test]
    fn half_ore_amounts_through_thirds_and_sevenths(
        denom in prop_oneof![Just(3i64), Just(7i64), Just(6i64), Just(21i64)],
        steps in proptest::collection::vec(0i64..=21, 1..6),
        rate_micro in 1i64..10_000_000,
        months in 1u32..4,
    ) {
        // Linear 0 → denom: a value of k gives credit k/denom exactly.
        let ind = Indicator {
            id: "i0".into(),
            name: "Linjär".into(),
            unit: Unit::Score,
            direction: Direction::HigherIsBetter,
            weight: Decimal::ONE_HUNDRED,
            source: String::new(),
            min_respondents: None,
            contract_minimum: None,
            area: None,
            standard: None,
            uncertainty: Uncertainty::Estimate,
            scoring: Scoring::Linear(Linear { lower: Decimal::ZERO, upper: Decimal::from(denom) }),
        };
        let providers: Vec<_> = steps
            .iter()
            .map(|k| (vec![Some((Decimal::from((*k).min(denom)), 7))], Decimal::from(1000 * denom)))
            .collect();
        let rules = one_scheme(
            vec![ind],
            PayoutBase::PerVolumeUnit(kvalitetspeng::domain::rules::PerVolumeUnit { kr_per_unit: Decimal::new(rate_micro, 6) }),
            MissingDataPolicy::ZeroCredit,
            None,
        );
        agrees_with_oracle(&rules, &boundary_results(&providers, months))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    /// Decision support: a threshold made harder never raises a scheme's total nor any
    /// provider's payout (schemes paid per unit or as a percent of compensation; a pot is
    /// re-shared, so there one provider's loss is another's gain).
    #[test]
    fn a_harder_threshold_never_raises_the_total_or_any_payout(
        rules in rule_set(),
        results in result_set(),
        bump in 1u32..400,
    ) {
        use kvalitetspeng::domain::calculate;
        use kvalitetspeng::domain::decide::param::{Field, Param};
        let Ok(base) = calculate(&rules, &results) else { return Ok(()) };
        for scheme in &rules.schemes {
            // A pot and a withhold's payback are re-shared: one provider's loss is another's gain.
            if matches!(scheme.payout, PayoutBase::Pot(..) | PayoutBase::Withhold(..) | PayoutBase::WithholdLogistic(..)) {
                continue;
            }
            for ind in &scheme.indicators {
                let Scoring::Threshold(Threshold { level }) = ind.scoring else { continue };
                let step = Decimal::new(i64::from(bump), 1);
                let harder = match ind.direction {
                    Direction::HigherIsBetter => level + step,
                    Direction::LowerIsBetter => level - step,
                };
                let p = Param { service_type: scheme.service_type, indicator: Some(ind.id.clone()), field: Field::Level };
                let Ok(Ok(h)) = p.apply(&rules, harder).map(|r| calculate(&r, &results)) else { continue };
                let st = scheme.service_type;
                prop_assert!(h.total_for(st) <= base.total_for(st), "{} > {}", h.total_for(st), base.total_for(st));
                for (a, b) in base.providers.iter().zip(&h.providers).filter(|(a, _)| a.service_type == st) {
                    prop_assert_eq!(&a.id, &b.id);
                    prop_assert!(b.payout <= a.payout, "{}: {} > {}", a.id, b.payout, a.payout);
                }
            }
        }
    }

    /// The budget solver's rate is the highest at 0,01 whose total (by the engine) is within
    /// the budget: its total ≤ budget < the total one step above.
    #[test]
    fn the_solved_rate_is_the_highest_within_the_budget(
        rules in rule_set(),
        results in result_set(),
        share in 0u32..=200,
    ) {
        use kvalitetspeng::domain::calculate;
        use kvalitetspeng::domain::decide::solve::solve_budget;
        let Ok(base) = calculate(&rules, &results) else { return Ok(()) };
        for scheme in &rules.schemes {
            if matches!(scheme.payout, PayoutBase::Pot(..)) {
                continue;
            }
            let st = scheme.service_type;
            let gross: Decimal = base.providers.iter().filter(|p| p.service_type == st).map(|p| p.gross).sum();
            let budget = (gross * Decimal::from(share) / Decimal::ONE_HUNDRED).round_dp(2);
            if let Ok(s) = solve_budget(&rules, &results, st, budget) {
                prop_assert!(s.total <= budget, "{} > {budget}", s.total);
                prop_assert!(s.next_total > budget, "{} ≤ {budget} at {}", s.next_total, s.next_rate);
                prop_assert_eq!(s.next_rate - s.rate, Decimal::new(1, 2));
            }
        }
    }
}

/// Every indicator of every scheme with the interval rule `u`.
fn with_uncertainty(rules: &RuleSet, u: Uncertainty) -> RuleSet {
    let mut r = rules.clone();
    for s in &mut r.schemes {
        for i in &mut s.indicators {
            i.uncertainty = u;
        }
    }
    r
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Withholding with 100 % paid back costs nothing: the nets sum to zero whenever someone
    /// qualifies with something withheld (no cap, floor or deduction in the way).
    #[test]
    fn a_withhold_with_full_payback_sums_to_zero(
        rules in rule_set(),
        results in result_set(),
        withhold in 1u32..1000,
    ) {
        let mut rules = rules;
        for s in &mut rules.schemes {
            s.payout = PayoutBase::Withhold(kvalitetspeng::domain::rules::Withhold {
                withhold_percent: Decimal::new(i64::from(withhold), 2),
                payback_percent: Decimal::ONE_HUNDRED,
            });
            if matches!(s.missing_data, MissingDataPolicy::FallbackShare(_)) {
                s.missing_data = MissingDataPolicy::ZeroCredit;
            }
            s.cap = None;
            s.deductions.clear();
            s.floor_at_zero = false;
        }
        let calc = calculate(&rules, &results).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        for s in &calc.schemes {
            let mine: Vec<_> = calc.providers.iter().filter(|p| p.service_type == s.service_type).collect();
            let paid_back = mine.iter().any(|p| p.status == PayoutStatus::Paid && !p.withheld.is_zero() && p.score.is_positive());
            let net: Decimal = mine.iter().map(|p| p.payout).sum();
            let withheld: Decimal = mine.iter().map(|p| p.withheld).sum();
            if paid_back {
                prop_assert_eq!(net, Decimal::ZERO, "withheld {}", withheld);
            } else {
                prop_assert_eq!(net, -withheld);
            }
        }
        agrees_with_oracle(&rules, &results)?;
    }

    /// The cautious rule (the interval's worse end must reach the level) never pays a
    /// provider that the point estimate refuses, never gives a higher credit, and never pays
    /// more where a provider's payout is its own (per unit or percent of compensation); the
    /// benefit of the doubt never gives less than the point estimate. For results with
    /// respondents: one without is missing under an interval rule but not under the estimate,
    /// and a missing result may raise a score by re-normalisation (the oracle checks that).
    #[test]
    fn the_cautious_rule_never_pays_where_the_estimate_refuses(
        rules in rule_set(),
        results in result_set(),
    ) {
        let mut results = results;
        for o in &mut results.observations {
            if o.respondents.is_none_or(|n| n == 0) {
                o.value = None;
            }
        }
        let est = calculate(&with_uncertainty(&rules, Uncertainty::Estimate), &results).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let low = calculate(&with_uncertainty(&rules, Uncertainty::Cautious), &results).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let high = calculate(&with_uncertainty(&rules, Uncertainty::BenefitOfDoubt), &results).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        for ((e, l), h) in est.providers.iter().zip(&low.providers).zip(&high.providers) {
            prop_assert_eq!(&e.id, &l.id);
            if l.status.qualifies() {
                prop_assert!(e.status.qualifies(), "{}: cautious {:?}, estimate {:?}", e.id, l.status, e.status);
            }
            if e.status.qualifies() {
                prop_assert!(h.status.qualifies(), "{}: estimate {:?}, benefit {:?}", e.id, e.status, h.status);
            }
            for ((ie, il), ih) in e.indicators.iter().zip(&l.indicators).zip(&h.indicators) {
                prop_assert!(il.credit <= ie.credit, "{} {}: {} > {}", e.id, ie.indicator_id, il.credit, ie.credit);
                prop_assert!(ih.credit >= ie.credit, "{} {}: {} < {}", e.id, ie.indicator_id, ih.credit, ie.credit);
            }
            let scheme = rules.scheme(e.service_type).unwrap();
            if matches!(scheme.payout, PayoutBase::PerVolumeUnit(..) | PayoutBase::PercentOfCompensation(..)) {
                prop_assert!(l.gross <= e.gross, "{}: {} > {}", e.id, l.gross, e.gross);
                prop_assert!(h.gross >= e.gross, "{}: {} < {}", e.id, h.gross, e.gross);
            }
        }
    }

    /// A scheme whose indicators all sit in one area weighing 100 % pays exactly as the flat
    /// scheme: same scores, statuses and payouts.
    #[test]
    fn one_area_equals_the_flat_layout(rules in rule_set(), results in result_set()) {
        let mut flat = rules.clone();
        for s in &mut flat.schemes {
            s.areas.clear();
            for i in &mut s.indicators {
                i.area = None;
            }
        }
        // The flat weights may be decimals after `into_areas`; fix their sum to 100 again.
        for s in &mut flat.schemes {
            let raw: Vec<Decimal> = s.indicators.iter().map(|i| i.weight + Decimal::ONE).collect();
            for (i, w) in s.indicators.iter_mut().zip(allocate(Decimal::new(10000, 2), &raw)) {
                i.weight = w.normalize();
            }
        }
        let mut one = flat.clone();
        for s in &mut one.schemes {
            s.areas = vec![Area { id: "alla".into(), name: "Alla".into(), weight: Decimal::ONE_HUNDRED }];
            for i in &mut s.indicators {
                i.area = Some("alla".into());
            }
        }
        let a = calculate(&flat, &results).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let b = calculate(&one, &results).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        for (x, y) in a.providers.iter().zip(&b.providers) {
            prop_assert_eq!(&x.score, &y.score, "{}", x.id);
            prop_assert_eq!(&x.status, &y.status, "{}", x.id);
            prop_assert_eq!(x.payout, y.payout, "{}", x.id);
        }
        prop_assert_eq!(a.total(), b.total());
    }
}

/// A results file whose providers' attributes agree between rows (so it usually reads without
/// errors), with attributes sometimes left blank after a provider's first row, blank lines,
/// LF, CRLF or lone CR line ends, padded fields, and now and then a junk field or a row a
/// field short or long (so some files have errors).
fn consistent_results_csv() -> impl Strategy<Value = String> {
    results_csv_text(false)
}

/// [`consistent_results_csv`] with (mostly) no duplicate or overlapping rows: periods that do
/// not share months, each provider × indicator × period once; a value that is no number now
/// and then.
fn clean_results_csv() -> impl Strategy<Value = String> {
    results_csv_text(true)
}

fn results_csv_text(clean: bool) -> impl Strategy<Value = String> {
    let row = (
        0usize..4,
        0usize..12,
        0usize..5,
        0i64..10_000,
        proptest::option::of(0u32..80),
        any::<bool>(),
        0usize..40,
    );
    (proptest::collection::vec(row, 0..60), 0usize..3).prop_map(move |(rows, ends)| {
        let nl = ["\n", "\r\n", "\r"][ends];
        let mut text = format!(
            "period;utförar_id;utförare;verksamhet;regi;volym;indikator;värde;antal_svar;ersättning{nl}"
        );
        let mut seen = std::collections::HashSet::new();
        let mut seen_rows = std::collections::HashSet::new();
        for (k, (period, p, ind, v, n, blank_attrs, junk)) in rows.into_iter().enumerate() {
            let id = format!("U{p:02}");
            if clean && !seen_rows.insert((period, p, ind)) {
                continue;
            }
            let first = seen.insert(id.clone());
            let attrs = if blank_attrs && !first {
                // (Five blank fields where four belong: a row with a field too many, which
                // the clean variant does not write.)
                if clean { ";;;" } else { ";;;;" }.to_string()
            } else {
                format!(
                    "Utförare {p};{};{};{}",
                    if p % 2 == 0 { "hemtjänst" } else { "säbo" },
                    if p % 3 == 0 { "privat" } else { "egen regi" },
                    1000 + p * 10
                )
            };
            let period = if clean {
                ["2025-01", "2025-02", "2025-H2", "2024"][period]
            } else {
                ["2025-01", "2025-02", "2025", "2024"][period]
            };

            let value = if junk == 0 && (!clean || k % 5 == 0) { "x1".to_string() } else { format!("{},{}", v / 100, v % 100) };
            // Padded with blanks now and then (read as without them).
            let id = if junk == 2 { format!(" {id}\t") } else { id };
            let row = format!(
                "{period};{id};{attrs};i{ind};{value};{};{}",
                n.map(|n| n.to_string()).unwrap_or_default(),
                if first { format!("{}", 100_000 + p) } else { String::new() }
            );
            // A field short (the last one and its separator), which the clean variant does
            // not write.
            let row = match row.rfind(';') {
                Some(at) if junk == 1 && !clean => &row[..at],
                _ => &row[..],
            };
            text.push_str(row);
            if junk == 3 && !clean {
                text.push_str(";x"); // a field too many, not blank
            }
            text.push_str(nl);
            if k % 7 == 3 {
                text.push_str(nl);
            }
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// Reading a file in parts on two threads gives exactly the result of reading it in order
    /// (the same result set, or the same errors), and so does one thread.
    #[test]
    fn reading_in_parts_equals_reading_in_order(text in consistent_results_csv()) {
        use kvalitetspeng::io::results_csv::parse_results_split;
        let sequential = parse_results_split(text.as_bytes(), "delar.csv", None);
        for threads in [1, 2, 3] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            let parts = pool.install(|| parse_results_split(text.as_bytes(), "delar.csv", Some(0)));
            match (&sequential, &parts) {
                (Ok(a), Ok(b)) => prop_assert_eq!(a, b, "{} threads", threads),
                (Err(a), Err(b)) => prop_assert_eq!(
                    a.text(kvalitetspeng::words::Lang::Sv),
                    b.text(kvalitetspeng::words::Lang::Sv)
                ),
                _ => prop_assert!(false, "{} threads: {:?} vs {:?}", threads, sequential.is_ok(), parts.is_ok()),
            }
        }
    }
}

/// The plans' periods a results file is folded into in the tests: the period alone, with a
/// baseline year, a half-year with a baseline, and a single month.
fn windows_case() -> impl Strategy<Value = Vec<Period>> {
    prop_oneof![
        Just(vec!["2025"]),
        Just(vec!["2024", "2025"]),
        Just(vec!["2024", "2025-H1"]),
        Just(vec!["2025-02"]),
        // Nested windows (the app's current and saved rules): a row is in each it lies in.
        Just(vec!["2025", "2025-H1"]),
        Just(vec!["2024", "2025-Q1", "2025-02", "2025"]),
    ]
    .prop_map(|w| {
        kvalitetspeng::domain::results::Folded::windows_for(w.iter().map(|p| p.parse().unwrap()))
            .unwrap()
    })
}

/// The obviously correct folding: every kept row filed by scanning all rows for each cell.
fn folded_by_scan(
    rows: &ResultSet,
    windows: &[Period],
) -> Vec<Vec<kvalitetspeng::domain::results::FoldedCell>> {
    use kvalitetspeng::domain::engine::aggregate::Partial;
    use kvalitetspeng::domain::results::FoldedCell;
    (0..rows.providers.len() as u32)
        .map(|p| {
            let mut cells = Vec::new();
            for i in 0..rows.indicators.len() as u32 {
                for (w, win) in windows.iter().enumerate() {
                    let mut partial = Partial::default();
                    let mut any = false;
                    for o in &rows.observations {
                        if o.provider == p && o.indicator == i && win.contains(&o.period) {
                            partial.add(o);
                            any = true;
                        }
                    }
                    if any {
                        cells.push(FoldedCell {
                            indicator: i,
                            window: w as u8,
                            partial,
                        });
                    }
                }
            }
            cells
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    /// The streaming reading folds exactly the rows the reading with every row kept gives, into
    /// the same cells, with any block size and any number of threads; and it declines (the
    /// caller then reads the file whole) exactly when that reading finds an error, or two rows
    /// of a provider × indicator share a month.
    #[test]
    fn streaming_reading_folds_what_the_whole_reading_reads(
        text in prop_oneof![clean_results_csv(), consistent_results_csv()],
        windows in windows_case(),
        bom in any::<bool>(),
        block in prop_oneof![Just(None), (1usize..200).prop_map(Some)],
    ) {
        use kvalitetspeng::io::results_csv::{parse_results_split, read_folded_in_blocks};
        let mut bytes = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
        bytes.extend_from_slice(text.as_bytes());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("strom.csv");
        std::fs::write(&path, &bytes).unwrap();
        let whole = parse_results_split(&bytes, "strom.csv", None);
        for threads in [1, 2] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            let folded = pool.install(|| read_folded_in_blocks(&path, "strom.csv", &windows, block));
            match (&whole, folded) {
                (Ok(rows), Some(f)) => {
                    prop_assert_eq!(&f.providers, &rows.providers);
                    prop_assert_eq!(&f.indicators, &rows.indicators);
                    prop_assert_eq!(&f.source_sha256, &rows.source_sha256);
                    prop_assert!(f.observations.is_empty());
                    let folded = f.folded.unwrap();
                    prop_assert_eq!(folded.rows, rows.observations.len());
                    prop_assert_eq!(&folded.windows, &windows);
                    prop_assert_eq!(folded.cells, folded_by_scan(rows, &windows), "{} threads", threads);
                }
                (Ok(_), None) => prop_assert!(false, "declined a file without errors ({} threads)", threads),
                (Err(_), Some(_)) => prop_assert!(false, "folded a file with errors ({} threads)", threads),
                (Err(_), None) => {}
            }
        }
    }

    /// A calculation from the folded reading is the calculation from every row, for any rules
    /// (their period and baseline periods are among the windows, with other periods nested in
    /// them or around them, as another plan of the app's reads) and results.
    #[test]
    fn calculation_from_folded_rows_equals_calculation_from_rows(
        rules in rule_set(),
        results in result_set(),
        others in prop::collection::vec(prop::sample::select(vec!["2024", "2025", "2025-H1", "2025-Q2", "2025-03", "2026"]), 0..3),
    ) {
        use kvalitetspeng::domain::engine::calculate_plan;
        use kvalitetspeng::domain::plan::compile;
        use kvalitetspeng::domain::results::Folded;
        use kvalitetspeng::io::results_csv::{parse_results, read_folded, write_results_csv};
        let Ok(plan) = compile(&rules) else { return Ok(()) };
        let bytes = write_results_csv(&results);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.csv");
        std::fs::write(&path, &bytes).unwrap();
        let rows = match parse_results(&bytes, "r.csv") { Ok(r) => r, Err(e) => panic!("{}", e.text(kvalitetspeng::words::Lang::Sv)) };
        let others = others.iter().map(|p| p.parse().unwrap());
        let windows = Folded::windows_for(plan.periods_read().chain(others)).unwrap();
        let folded = read_folded(&path, "r.csv", &windows).expect("a clean file is folded");
        prop_assert_eq!(calculate_plan(&plan, &folded), calculate_plan(&plan, &rows));
    }

    /// A calculation that keeps the providers' results only is the whole calculation without
    /// the indicator results: the same scores, statuses, amounts, deductions, areas, scheme
    /// totals and warnings (also those that name providers for an indicator's results).
    #[test]
    fn calculation_of_providers_only_is_the_whole_one_without_indicator_results(rules in rule_set(), results in result_set()) {
        use kvalitetspeng::domain::engine::{aggregate, calculate_detail, calculate_plan};
        use kvalitetspeng::domain::explanation::Detail;
        use kvalitetspeng::domain::plan::compile;
        let Ok(plan) = compile(&rules) else { return Ok(()) };
        let agg = aggregate(&plan, &results);
        let mut whole = calculate_plan(&plan, &results);
        prop_assert_eq!(whole.detail, Detail::Indicators);
        for p in &mut whole.providers {
            p.indicators.clear();
        }
        whole.detail = Detail::Providers;
        prop_assert_eq!(calculate_detail(&plan, &results, &agg, Detail::Providers), whole);
    }

    /// The indicator results an explanation makes again for a calculation that did not keep
    /// them are those a calculation keeps: the providers are the whole calculation's.
    #[test]
    fn indicator_results_made_again_are_those_kept(rules in rule_set(), results in result_set()) {
        use kvalitetspeng::domain::engine::{aggregate, calculate_detail, calculate_plan, Explainer};
        use kvalitetspeng::domain::explanation::Detail;
        use kvalitetspeng::domain::plan::compile;
        let Ok(plan) = compile(&rules) else { return Ok(()) };
        let agg = aggregate(&plan, &results);
        let whole = calculate_plan(&plan, &results);
        let lean = calculate_detail(&plan, &results, &agg, Detail::Providers);
        let again = Explainer::new(&plan, &results, &agg);
        // In runs of any length, as the outputs take them.
        for run in [1, 2, 5] {
            let made: Vec<_> = lean
                .providers
                .chunks(run)
                .flat_map(|r| lean.with_indicators(r, Some(&again)).into_owned())
                .collect();
            prop_assert_eq!(&made, &whole.providers);
        }
    }
}
