use super::*;

#[test]
fn percentile_as_excel_and_best_tenth() {
    // Worked example J: 70 … 93, the 25th percentile 74 + 0,75·4 = 77, the best tenth 93.
    let v: Vec<Q> = [70i64, 74, 78, 80, 82, 85, 88, 93].map(Q::from).to_vec();
    assert_eq!(
        peer_level(&PeerLevel::Percentile(25.into()), &v),
        Q::from(77i64)
    );
    assert_eq!(peer_level(&PeerLevel::TopDecileMean, &v), Q::from(93i64));
    assert_eq!(peer_level(&PeerLevel::Mean, &v), Q::ratio(325, 4));
}

fn indicator(scoring: crate::domain::rules::Scoring, standard: Option<Standard>) -> Indicator {
    Indicator {
        id: "helhet".into(),
        name: "Helhet".into(),
        unit: crate::domain::rules::Unit::Percent,
        direction: Direction::HigherIsBetter,
        weight: 100.into(),
        source: String::new(),
        min_respondents: None,
        area: None,
        uncertainty: Default::default(),
        scoring,
        contract_minimum: None,
        standard,
    }
}

fn linear(lower: i64, upper: i64) -> crate::domain::rules::Scoring {
    crate::domain::rules::Scoring::Linear(crate::domain::rules::Linear {
        lower: lower.into(),
        upper: upper.into(),
    })
}

fn standard(threshold: Option<PeerLevel>, benchmark: Option<PeerLevel>) -> Standard {
    Standard {
        baseline_period: "2024".into(),
        threshold,
        benchmark,
        peers: Peers::SameServiceType,
        min_providers: 5,
        frozen: None,
    }
}

/// The message ids of the problems of an indicator's standard, for a rule set of 2025; a
/// warning's id with ` (warning)`.
fn problems(ind: &Indicator) -> Vec<String> {
    let id = |m: ProblemMsg| match m {
        ProblemMsg::Module(m) => m.id.to_string(),
        other => format!("{other:?}"),
    };
    let mut out = Vec::new();
    check_description(ind, Some(Period::year(2025)), &mut |m| out.push(id(m)));
    check_frozen(ind, &mut |sev, m| {
        out.push(match sev {
            Severity::Error => id(m),
            Severity::Warning => format!("{} (warning)", id(m)),
        })
    });
    out
}

#[test]
fn a_description_is_checked() {
    let p25 = || Some(PeerLevel::Percentile(25.into()));
    let top = || Some(PeerLevel::TopDecileMean);
    assert_eq!(
        problems(&indicator(linear(0, 100), Some(standard(p25(), top())))),
        vec!["standard-not-frozen"]
    );
    let mut bad = standard(Some(PeerLevel::Percentile(101.into())), None);
    bad.baseline_period = "2025-03".into();
    bad.min_providers = 0;
    assert_eq!(
        problems(&indicator(linear(0, 100), Some(bad))),
        vec![
            "standard-baseline-not-before",
            "PercentileOutOfRange { value: 101 }",
            "standard-min-providers-zero",
            "standard-needs-benchmark",
            "standard-not-frozen"
        ]
    );
    let steps = crate::domain::rules::ScoringKind::Steps.default_scoring(90.into(), "2025");
    assert_eq!(
        problems(&indicator(steps, Some(standard(p25(), top()))))[0],
        "standard-scoring-cannot"
    );
    let pass = crate::domain::rules::ScoringKind::Threshold.default_scoring(90.into(), "2025");
    assert_eq!(
        problems(&indicator(pass, Some(standard(p25(), top()))))[0],
        "standard-no-benchmark-here"
    );
}

/// A frozen level edited by hand afterwards is warned of (the nämnd may decide another number;
/// a sweep varies it); the frozen one is not.
#[test]
fn a_level_must_be_the_frozen_one() {
    let mut s = standard(
        Some(PeerLevel::Percentile(25.into())),
        Some(PeerLevel::TopDecileMean),
    );
    s.frozen = Some(Frozen {
        file: "b.csv".into(),
        sha256: "0".repeat(64),
        providers: 8,
        threshold: Some(77.into()),
        benchmark: Some(93.into()),
    });
    assert!(problems(&indicator(linear(77, 93), Some(s.clone()))).is_empty());
    assert_eq!(
        problems(&indicator(linear(75, 93), Some(s))),
        vec!["standard-level-changed (warning)"]
    );
}

/// Lower is better: the threshold is the upper level, the benchmark the lower.
#[test]
fn roles_follow_the_direction() {
    let mut ind = indicator(linear(10, 20), None);
    assert_eq!(
        roles(&ind),
        Some(vec![
            (Role::Threshold, Param::Lower),
            (Role::Benchmark, Param::Upper)
        ])
    );
    ind.direction = Direction::LowerIsBetter;
    assert_eq!(
        roles(&ind),
        Some(vec![
            (Role::Benchmark, Param::Lower),
            (Role::Threshold, Param::Upper)
        ])
    );
}
