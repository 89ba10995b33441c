//! Checking a rule set before it is used, with messages that say where and what.

use rust_decimal::Decimal;

use super::bounds;
use super::period::Period;
use super::results::ServiceType;
use super::rules::{
    FORMAT_VERSION, MissingDataPolicy, PayoutBase, PeerLevel, RuleSet, Scoring, Unit,
};
use super::textcheck;

/// How serious a problem is. Errors stop the calculation; warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// The field of the rule set a problem is about (so the editor can mark it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    FormatVersion,
    Period,
    Schemes,
    Indicators,
    Id,
    Name,
    Weight,
    Levels,
    Payout,
    Cap,
    Budget,
    Qualification,
    MissingData,
    Area,
    Deductions,
    Uncertainty,
}

/// A problem in a rule set.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub scheme: Option<ServiceType>,
    /// Index of the indicator within its scheme, and its id.
    pub indicator: Option<(usize, String)>,
    pub field: Field,
    pub msg: ProblemMsg,
}

impl Problem {
    /// An error about `field`.
    pub fn error(
        scheme: Option<ServiceType>,
        indicator: Option<(usize, String)>,
        field: Field,
        msg: ProblemMsg,
    ) -> Problem {
        Problem {
            severity: Severity::Error,
            scheme,
            indicator,
            field,
            msg,
        }
    }
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemMsg {
    NewerFormat {
        found: u32,
    },
    BadPeriod {
        text: String,
    },
    NoSchemes,
    DuplicateScheme,
    NoIndicators,
    EmptyId,
    DuplicateId,
    EmptyName,
    NegativeWeight,
    WeightsNotHundred {
        sum: Decimal,
    },
    LowerAboveUpper {
        lower: Decimal,
        upper: Decimal,
    },
    PercentOutOfRange {
        value: Decimal,
    },
    /// An id or name with a control, format or look-alike space character, or too long.
    BadText(super::textcheck::TextProblem),
    /// A pot or cap with fractions of an öre (it could not be paid out exactly).
    NotWholeOre {
        value: Decimal,
    },
    /// Beyond the domain's bounds (see [`super::bounds`]).
    OutOfBounds {
        value: Decimal,
        max: Decimal,
    },
    NoSteps,
    StepCreditOutOfRange {
        credit: Decimal,
    },
    StepCreditsNotRising,
    DuplicateStepLevel {
        level: Decimal,
    },
    PercentileOutOfRange {
        value: Decimal,
    },
    RelativeStartNotBelowFull,
    ThresholdNotWorseThanBenchmark,
    BadBaselinePeriod {
        text: String,
    },
    BaselineIsPeriod,
    PotNotPositive,
    PotWithoutKey,
    NegativeRate,
    CompensationPercentOutOfRange,
    NegativeCap,
    MinScoreOutOfRange,
    FallbackOutOfRange,
    ZeroMinRespondents,
    /// The indicator names an area the scheme does not have.
    UnknownArea {
        id: String,
    },
    /// The scheme has areas but the indicator names none.
    NoArea,
    /// The indicator names an area but the scheme has no areas.
    AreaWithoutAreas,
    EmptyAreaId,
    DuplicateArea,
    /// An area no indicator belongs to.
    AreaWithoutIndicators,
    AreaWeightsNotHundred {
        sum: Decimal,
    },
    /// The indicator weights inside an area do not sum to 100.
    WeightsInAreaNotHundred {
        area: String,
        sum: Decimal,
    },
    DeductionUnknownIndicator {
        id: String,
    },
    DeductionPercentOutOfRange,
    DeductionNotPositive,
    WithholdPercentOutOfRange,
    PaybackPercentOutOfRange,
    /// The fallback share of last period's amount cannot be combined with withholding.
    FallbackWithWithhold,
    /// An interval rule on an indicator that is not a share.
    UncertaintyNeedsShare,
    /// More indicators, steps, areas or deductions than a scheme may have (see
    /// [`super::bounds`]): the calculation's time grows with them.
    TooMany {
        what: Counted,
        found: usize,
        limit: usize,
    },
}

/// What [`ProblemMsg::TooMany`] counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Indicators,
    Steps,
    Areas,
    Deductions,
}

fn out_of_bounds(value: Decimal, max: Decimal) -> ProblemMsg {
    ProblemMsg::OutOfBounds { value, max }
}

/// Checks a rule set. Returns every problem found, errors first.
pub fn validate(rules: &RuleSet) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut push = |severity, scheme, indicator: Option<(usize, &str)>, field, msg| {
        out.push(Problem {
            severity,
            scheme,
            indicator: indicator.map(|(i, s)| (i, s.to_string())),
            field,
            msg,
        })
    };
    use Severity::*;
    if rules.format_version > FORMAT_VERSION {
        push(
            Error,
            None,
            None,
            Field::FormatVersion,
            ProblemMsg::NewerFormat {
                found: rules.format_version,
            },
        );
    }
    let period = rules.period.parse::<Period>().ok();
    if period.is_none() {
        push(
            Error,
            None,
            None,
            Field::Period,
            ProblemMsg::BadPeriod {
                text: rules.period.clone(),
            },
        );
    }
    if rules.schemes.is_empty() {
        push(Error, None, None, Field::Schemes, ProblemMsg::NoSchemes);
    }
    for text in [&rules.municipality, &rules.name] {
        if let Err(p) = textcheck::check(text, textcheck::FieldKind::Name) {
            push(Error, None, None, Field::Name, ProblemMsg::BadText(p));
        }
    }
    let hundred = Decimal::ONE_HUNDRED;
    let pct_ok = |d: Decimal| d >= Decimal::ZERO && d <= hundred;
    // One scheme per service type: more than there are service types repeats one, and is
    // said once (comparing thousands of schemes with each other would take long).
    if rules.schemes.len() > ServiceType::ALL.len() {
        push(
            Error,
            None,
            None,
            Field::Schemes,
            ProblemMsg::DuplicateScheme,
        );
        out.sort_by_key(|p| p.severity);
        return out;
    }
    for (si, scheme) in rules.schemes.iter().enumerate() {
        let st = Some(scheme.service_type);
        if rules.schemes[..si]
            .iter()
            .any(|s| s.service_type == scheme.service_type)
        {
            push(Error, st, None, Field::Schemes, ProblemMsg::DuplicateScheme);
        }
        if scheme.indicators.is_empty() {
            push(Error, st, None, Field::Indicators, ProblemMsg::NoIndicators);
        }
        for (what, found, limit, field) in [
            (
                Counted::Indicators,
                scheme.indicators.len(),
                bounds::MAX_INDICATORS,
                Field::Indicators,
            ),
            (
                Counted::Areas,
                scheme.areas.len(),
                bounds::MAX_AREAS,
                Field::Area,
            ),
            (
                Counted::Deductions,
                scheme.deductions.len(),
                bounds::MAX_DEDUCTIONS,
                Field::Deductions,
            ),
        ] {
            if found > limit {
                push(
                    Error,
                    st,
                    None,
                    field,
                    ProblemMsg::TooMany { what, found, limit },
                );
            }
        }
        // The checks below compare the parts with each other: with too many they would take
        // long, and the scheme is refused anyway.
        if scheme.indicators.len() > bounds::MAX_INDICATORS
            || scheme.areas.len() > bounds::MAX_AREAS
            || scheme.deductions.len() > bounds::MAX_DEDUCTIONS
        {
            continue;
        }
        match &scheme.payout {
            PayoutBase::Pot { amount, key } => {
                if !bounds::amount_ok(*amount) {
                    push(
                        Error,
                        st,
                        None,
                        Field::Payout,
                        out_of_bounds(*amount, bounds::MAX_AMOUNT),
                    );
                } else if *amount <= Decimal::ZERO {
                    push(Error, st, None, Field::Payout, ProblemMsg::PotNotPositive);
                } else if amount.round_dp(2) != *amount {
                    push(
                        Error,
                        st,
                        None,
                        Field::Payout,
                        ProblemMsg::NotWholeOre { value: *amount },
                    );
                }
                if key.is_none() {
                    push(Error, st, None, Field::Payout, ProblemMsg::PotWithoutKey);
                }
            }
            PayoutBase::PerVolumeUnit { kr_per_unit } => {
                if kr_per_unit.abs() > bounds::MAX_RATE {
                    push(
                        Error,
                        st,
                        None,
                        Field::Payout,
                        out_of_bounds(*kr_per_unit, bounds::MAX_RATE),
                    );
                } else if *kr_per_unit < Decimal::ZERO {
                    push(Error, st, None, Field::Payout, ProblemMsg::NegativeRate);
                }
            }
            PayoutBase::PercentOfCompensation { percent } => {
                if !pct_ok(*percent) {
                    push(
                        Error,
                        st,
                        None,
                        Field::Payout,
                        ProblemMsg::CompensationPercentOutOfRange,
                    );
                }
            }
            PayoutBase::Withhold {
                withhold_percent,
                payback_percent,
            } => {
                if !pct_ok(*withhold_percent) {
                    push(
                        Error,
                        st,
                        None,
                        Field::Payout,
                        ProblemMsg::WithholdPercentOutOfRange,
                    );
                }
                if *payback_percent < Decimal::ZERO || *payback_percent > Decimal::from(1000) {
                    push(
                        Error,
                        st,
                        None,
                        Field::Payout,
                        ProblemMsg::PaybackPercentOutOfRange,
                    );
                }
                if matches!(scheme.missing_data, MissingDataPolicy::FallbackShare(_)) {
                    push(
                        Error,
                        st,
                        None,
                        Field::MissingData,
                        ProblemMsg::FallbackWithWithhold,
                    );
                }
            }
        }
        for (ai, area) in scheme.areas.iter().enumerate() {
            if let Err(p) = textcheck::check(&area.id, textcheck::FieldKind::Id) {
                push(Error, st, None, Field::Area, ProblemMsg::BadText(p));
            }
            if let Err(p) = textcheck::check(&area.name, textcheck::FieldKind::Name) {
                push(Error, st, None, Field::Area, ProblemMsg::BadText(p));
            }
            if area.id.trim().is_empty() {
                push(Error, st, None, Field::Area, ProblemMsg::EmptyAreaId);
            } else if scheme.areas[..ai].iter().any(|o| o.id == area.id) {
                push(Error, st, None, Field::Area, ProblemMsg::DuplicateArea);
            }
            if area.weight < Decimal::ZERO {
                push(Error, st, None, Field::Area, ProblemMsg::NegativeWeight);
            }
            if !scheme
                .indicators
                .iter()
                .any(|i| i.area.as_deref() == Some(area.id.as_str()))
            {
                push(
                    Error,
                    st,
                    None,
                    Field::Area,
                    ProblemMsg::AreaWithoutIndicators,
                );
            }
        }
        if !scheme.areas.is_empty() {
            let sum = scheme.areas.iter().fold(Decimal::ZERO, |a, x| {
                a.checked_add(x.weight).unwrap_or(Decimal::MAX)
            });
            if sum != hundred {
                push(
                    Error,
                    st,
                    None,
                    Field::Area,
                    ProblemMsg::AreaWeightsNotHundred { sum },
                );
            }
            for area in &scheme.areas {
                let inside: Vec<_> = scheme
                    .indicators
                    .iter()
                    .filter(|i| i.area.as_deref() == Some(area.id.as_str()))
                    .collect();
                let sum = inside.iter().fold(Decimal::ZERO, |a, i| {
                    a.checked_add(i.weight).unwrap_or(Decimal::MAX)
                });
                if !inside.is_empty() && sum != hundred {
                    push(
                        Error,
                        st,
                        None,
                        Field::Weight,
                        ProblemMsg::WeightsInAreaNotHundred {
                            area: area.id.clone(),
                            sum,
                        },
                    );
                }
            }
        }
        for d in &scheme.deductions {
            let Some(ind) = scheme.indicators.iter().find(|i| i.id == d.indicator) else {
                push(
                    Error,
                    st,
                    None,
                    Field::Deductions,
                    ProblemMsg::DeductionUnknownIndicator {
                        id: d.indicator.clone(),
                    },
                );
                continue;
            };
            if !bounds::level_ok(d.level) {
                push(
                    Error,
                    st,
                    None,
                    Field::Deductions,
                    out_of_bounds(d.level, bounds::MAX_LEVEL),
                );
            } else if ind.unit == Unit::Percent && !pct_ok(d.level) {
                push(
                    Error,
                    st,
                    None,
                    Field::Deductions,
                    ProblemMsg::PercentOutOfRange { value: d.level },
                );
            }
            match &d.amount {
                super::rules::DeductionAmount::PercentOfCompensation(p) => {
                    if !pct_ok(*p) || p.is_zero() {
                        push(
                            Error,
                            st,
                            None,
                            Field::Deductions,
                            ProblemMsg::DeductionPercentOutOfRange,
                        );
                    }
                }
                super::rules::DeductionAmount::Fixed(a) => {
                    if !bounds::amount_ok(*a) {
                        push(
                            Error,
                            st,
                            None,
                            Field::Deductions,
                            out_of_bounds(*a, bounds::MAX_AMOUNT),
                        );
                    } else if *a <= Decimal::ZERO {
                        push(
                            Error,
                            st,
                            None,
                            Field::Deductions,
                            ProblemMsg::DeductionNotPositive,
                        );
                    } else if a.round_dp(2) != *a {
                        push(
                            Error,
                            st,
                            None,
                            Field::Deductions,
                            ProblemMsg::NotWholeOre { value: *a },
                        );
                    }
                }
            }
        }
        if let Some(b) = scheme.budget {
            if b < Decimal::ZERO || !bounds::amount_ok(b) {
                push(
                    Error,
                    st,
                    None,
                    Field::Budget,
                    out_of_bounds(b, bounds::MAX_AMOUNT),
                );
            } else if b.round_dp(2) != b {
                push(
                    Error,
                    st,
                    None,
                    Field::Budget,
                    ProblemMsg::NotWholeOre { value: b },
                );
            }
        }
        if let Some(c) = scheme.cap.filter(|c| !bounds::amount_ok(*c)) {
            push(
                Error,
                st,
                None,
                Field::Cap,
                out_of_bounds(c, bounds::MAX_AMOUNT),
            );
        } else if let Some(c) = scheme.cap.filter(|c| c.round_dp(2) != *c) {
            push(
                Error,
                st,
                None,
                Field::Cap,
                ProblemMsg::NotWholeOre { value: c },
            );
        } else if scheme.cap.is_some_and(|c| c < Decimal::ZERO) {
            push(Error, st, None, Field::Cap, ProblemMsg::NegativeCap);
        }
        if scheme
            .qualification
            .min_score_percent
            .is_some_and(|m| !pct_ok(m))
        {
            push(
                Error,
                st,
                None,
                Field::Qualification,
                ProblemMsg::MinScoreOutOfRange,
            );
        }
        if let MissingDataPolicy::FallbackShare(p) = &scheme.missing_data
            && !pct_ok(*p)
        {
            push(
                Error,
                st,
                None,
                Field::MissingData,
                ProblemMsg::FallbackOutOfRange,
            );
        }
        let mut sum = Decimal::ZERO;
        for (ii, ind) in scheme.indicators.iter().enumerate() {
            let at = Some((ii, ind.id.as_str()));
            // Saturating: a absurd weight must give "not 100 %", not an overflow.
            sum = sum.checked_add(ind.weight).unwrap_or(Decimal::MAX);
            if let Err(p) = textcheck::check(&ind.id, textcheck::FieldKind::Id) {
                push(Error, st, at, Field::Id, ProblemMsg::BadText(p));
            }
            if let Err(p) = textcheck::check(&ind.name, textcheck::FieldKind::Name) {
                push(Error, st, at, Field::Name, ProblemMsg::BadText(p));
            }
            if ind.id.trim().is_empty() {
                push(Error, st, at, Field::Id, ProblemMsg::EmptyId);
            } else if scheme.indicators[..ii].iter().any(|o| o.id == ind.id) {
                push(Error, st, at, Field::Id, ProblemMsg::DuplicateId);
            }
            if ind.name.trim().is_empty() {
                push(Warning, st, at, Field::Name, ProblemMsg::EmptyName);
            }
            if ind.weight < Decimal::ZERO {
                push(Error, st, at, Field::Weight, ProblemMsg::NegativeWeight);
            }
            match (&ind.area, scheme.areas.is_empty()) {
                (Some(_), true) => push(Error, st, at, Field::Area, ProblemMsg::AreaWithoutAreas),
                (None, false) => push(Error, st, at, Field::Area, ProblemMsg::NoArea),
                (Some(a), false) if !scheme.areas.iter().any(|x| x.id == *a) => push(
                    Error,
                    st,
                    at,
                    Field::Area,
                    ProblemMsg::UnknownArea { id: a.clone() },
                ),
                _ => {}
            }
            if !ind.uncertainty.is_estimate() && ind.unit != Unit::Percent {
                push(
                    Error,
                    st,
                    at,
                    Field::Uncertainty,
                    ProblemMsg::UncertaintyNeedsShare,
                );
            }
            if ind.min_respondents == Some(0) {
                push(
                    Warning,
                    st,
                    at,
                    Field::Levels,
                    ProblemMsg::ZeroMinRespondents,
                );
            }
            let check_pct_level = |v: Decimal, push: &mut dyn FnMut(ProblemMsg)| {
                if !bounds::level_ok(v) {
                    push(out_of_bounds(v, bounds::MAX_LEVEL));
                } else if ind.unit == Unit::Percent && !pct_ok(v) {
                    push(ProblemMsg::PercentOutOfRange { value: v });
                }
            };
            let mut level_errors: Vec<ProblemMsg> = Vec::new();
            let mut add = |m: ProblemMsg| level_errors.push(m);
            match &ind.scoring {
                Scoring::Threshold { level } => check_pct_level(*level, &mut add),
                Scoring::Linear { lower, upper } => {
                    if lower >= upper {
                        add(ProblemMsg::LowerAboveUpper {
                            lower: *lower,
                            upper: *upper,
                        });
                    }
                    check_pct_level(*lower, &mut add);
                    check_pct_level(*upper, &mut add);
                }
                Scoring::Steps { steps } => {
                    if steps.is_empty() {
                        add(ProblemMsg::NoSteps);
                    }
                    if steps.len() > bounds::MAX_STEPS {
                        add(ProblemMsg::TooMany {
                            what: Counted::Steps,
                            found: steps.len(),
                            limit: bounds::MAX_STEPS,
                        });
                    }
                    let steps = &steps[..steps.len().min(bounds::MAX_STEPS)];
                    for (k, s) in steps.iter().enumerate() {
                        check_pct_level(s.level, &mut add);
                        if !pct_ok(s.credit_percent) {
                            add(ProblemMsg::StepCreditOutOfRange {
                                credit: s.credit_percent,
                            });
                        }
                        if steps[..k].iter().any(|o| o.level == s.level) {
                            add(ProblemMsg::DuplicateStepLevel { level: s.level });
                        }
                    }
                    let mut sorted = steps.to_vec();
                    sorted.sort_by_key(|a| a.level);
                    if ind.direction == super::rules::Direction::LowerIsBetter {
                        sorted.reverse();
                    }
                    // easiest first: credits must not fall
                    if sorted
                        .windows(2)
                        .any(|w| w[1].credit_percent < w[0].credit_percent)
                    {
                        add(ProblemMsg::StepCreditsNotRising);
                    }
                }
                Scoring::Relative { start, full } => {
                    for l in [start, full] {
                        if let PeerLevel::Percentile(p) = l
                            && !pct_ok(*p)
                        {
                            add(ProblemMsg::PercentileOutOfRange { value: *p });
                        }
                    }
                    if let (PeerLevel::Percentile(a), PeerLevel::Percentile(b)) = (start, full)
                        && a >= b
                    {
                        add(ProblemMsg::RelativeStartNotBelowFull);
                    }
                    if matches!(start, PeerLevel::TopDecileMean) {
                        add(ProblemMsg::RelativeStartNotBelowFull);
                    }
                }
                Scoring::AchievementOrImprovement {
                    threshold,
                    benchmark,
                    baseline_period,
                } => {
                    check_pct_level(*threshold, &mut add);
                    check_pct_level(*benchmark, &mut add);
                    if ind.direction.at_least_as_good(*threshold, *benchmark) {
                        add(ProblemMsg::ThresholdNotWorseThanBenchmark);
                    }
                    match baseline_period.parse::<Period>() {
                        Err(_) => add(ProblemMsg::BadBaselinePeriod {
                            text: baseline_period.clone(),
                        }),
                        Ok(bp) => {
                            if let Some(p) = period
                                && (p.contains(&bp) || bp.contains(&p))
                            {
                                add(ProblemMsg::BaselineIsPeriod);
                            }
                        }
                    }
                }
            }
            for m in level_errors {
                push(Error, st, at, Field::Levels, m);
            }
        }
        if !scheme.indicators.is_empty() && scheme.areas.is_empty() && sum != hundred {
            push(
                Error,
                st,
                None,
                Field::Weight,
                ProblemMsg::WeightsNotHundred { sum },
            );
        }
    }
    out.sort_by_key(|p| p.severity);
    out
}

/// True if any problem is an error.
pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}
