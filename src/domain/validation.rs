//! Checking a rule set before it is used, with messages that say where and what.

use rust_decimal::Decimal;

use super::bounds;
use super::period::Period;
use super::results::ServiceType;
use super::rules::{
    Deduction, DeductionAmount, FORMAT_VERSION, Indicator, MissingDataPolicy, RuleSet, Scheme, Unit,
};
use super::textcheck;

mod messages;

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
    /// Where and by when providers send corrections (`corrections`).
    Corrections,
    /// The data sufficiency rule (k of n).
    Sufficiency,
    /// The compliance gates and caps.
    Gates,
    /// The advance rule (`advances`).
    Advances,
    /// The rule set's municipality.
    Municipality,
    /// An indicator's least number of respondents (`min_respondents`).
    MinRespondents,
    /// An indicator's contract minimum (`contract_minimum`).
    ContractMinimum,
    /// An indicator's levels from a baseline period (`standard`).
    Standard,
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
    /// The one area, deduction or gate of its scheme the problem is about, if it is about one.
    pub element: Option<Element>,
}

/// What a scheme lists besides its indicators: areas, deductions, gates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ElementKind {
    Area,
    Deduction,
    Gate,
}

/// One element of a scheme's list a problem is about (so its place can be told and found).
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub kind: ElementKind,
    /// Its index in its list.
    pub index: usize,
    /// What names it: an area's id, a deduction's indicator, a gate's kind.
    pub id: String,
    /// The element's field the problem is about, as a rule file writes it (`weight`), if one.
    pub key: Option<&'static str>,
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
            element: None,
        }
    }

    /// The problem, about the `index`-th area of its scheme, whose id is `id`.
    pub fn of_area(self, index: usize, id: &str) -> Problem {
        self.of(ElementKind::Area, index, id)
    }

    /// The problem, about the `index`-th deduction of its scheme, on the indicator `indicator`.
    pub fn of_deduction(self, index: usize, indicator: &str) -> Problem {
        self.of(ElementKind::Deduction, index, indicator)
    }

    /// The problem, about the `index`-th gate of its scheme, for findings of `kind`.
    pub fn of_gate(self, index: usize, kind: &str) -> Problem {
        self.of(ElementKind::Gate, index, kind)
    }

    fn of(self, kind: ElementKind, index: usize, id: &str) -> Problem {
        Problem {
            element: Some(Element {
                kind,
                index,
                id: id.to_string(),
                key: None,
            }),
            ..self
        }
    }

    /// The problem, about the field `key` of its element (when it has one).
    pub fn at_key(mut self, key: &'static str) -> Problem {
        if let Some(e) = &mut self.element {
            e.key = Some(key);
        }
        self
    }
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemMsg {
    /// A rule module's own problem, worded from its message id.
    Module(crate::domain::payout::Msg),
    NewerFormat {
        found: u32,
    },
    BadPeriod {
        text: String,
    },
    /// `corrections.by` that is not a date `ÅÅÅÅ-MM-DD`.
    BadCorrectionsDate {
        text: String,
    },
    /// `corrections.to` that is empty.
    EmptyCorrectionsTo,
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
    /// The data sufficiency rule asks for none, or for more indicators than the scheme has.
    MinUsableOutOfRange {
        min: u32,
        indicators: usize,
    },
    /// A gate without a finding kind.
    GateEmptyKind,
    /// Two gates for one kind of finding.
    GateDuplicateKind {
        kind: String,
    },
    /// A gate's cap outside 0–100 %.
    GateCapOutOfRange {
        kind: String,
        value: Decimal,
    },
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
    Gates,
}

pub(crate) fn out_of_bounds(value: Decimal, max: Decimal) -> ProblemMsg {
    ProblemMsg::OutOfBounds { value, max }
}

/// A share's level or percentage: within 0–100.
pub(crate) fn percent_ok(d: Decimal) -> bool {
    d >= Decimal::ZERO && d <= Decimal::ONE_HUNDRED
}

/// Where the problems of one part of a rule set go: its scheme (if any) is named in each.
pub struct Checks<'a> {
    out: &'a mut Vec<Problem>,
    scheme: Option<ServiceType>,
}

impl Checks<'_> {
    fn push(
        &mut self,
        severity: Severity,
        indicator: Option<(usize, &str)>,
        field: Field,
        msg: ProblemMsg,
    ) {
        self.out.push(Problem {
            severity,
            scheme: self.scheme,
            indicator: indicator.map(|(i, s)| (i, s.to_string())),
            field,
            msg,
            element: None,
        });
    }

    /// An error about the field `key` (if any) of one area, deduction or gate of the scheme.
    fn element_error(
        &mut self,
        field: Field,
        (kind, index, id): (ElementKind, usize, &str),
        key: Option<&'static str>,
        msg: ProblemMsg,
    ) {
        let p = Problem::error(self.scheme, None, field, msg).of(kind, index, id);
        self.out.push(match key {
            Some(k) => p.at_key(k),
            None => p,
        });
    }

    pub fn error(&mut self, field: Field, msg: ProblemMsg) {
        self.push(Severity::Error, None, field, msg);
    }

    /// An error of an amount in kronor: within the bounds, positive when `positive`, whole öre.
    pub fn amount(&mut self, field: Field, a: Decimal, positive: Option<ProblemMsg>) {
        if !bounds::amount_ok(a) {
            self.error(field, out_of_bounds(a, bounds::MAX_AMOUNT));
        } else if let Some(msg) = positive.filter(|_| a <= Decimal::ZERO) {
            self.error(field, msg);
        } else if a.round_dp(2) != a {
            self.error(field, ProblemMsg::NotWholeOre { value: a });
        }
    }
}

/// Checks a rule set. Returns every problem found, errors first.
pub fn validate(rules: &RuleSet) -> Vec<Problem> {
    let mut out = Vec::new();
    let period = rule_set(
        rules,
        &mut Checks {
            out: &mut out,
            scheme: None,
        },
    );
    // One scheme per service type: more than there are service types repeats one, and is
    // said once (comparing thousands of schemes with each other would take long).
    if rules.schemes.len() > ServiceType::ALL.len() {
        Checks {
            out: &mut out,
            scheme: None,
        }
        .error(Field::Schemes, ProblemMsg::DuplicateScheme);
    } else {
        for (si, s) in rules.schemes.iter().enumerate() {
            let mut c = Checks {
                out: &mut out,
                scheme: Some(s.service_type),
            };
            if rules.schemes[..si]
                .iter()
                .any(|o| o.service_type == s.service_type)
            {
                c.error(Field::Schemes, ProblemMsg::DuplicateScheme);
            }
            scheme(s, period, &mut c);
        }
    }
    out.sort_by_key(|p| p.severity);
    out
}

/// The rule set's own fields; its period, if it can be read.
fn rule_set(rules: &RuleSet, c: &mut Checks<'_>) -> Option<Period> {
    if rules.format_version > FORMAT_VERSION {
        c.error(
            Field::FormatVersion,
            ProblemMsg::NewerFormat {
                found: rules.format_version,
            },
        );
    }
    let period = rules.period.parse::<Period>().ok();
    if period.is_none() {
        c.error(
            Field::Period,
            ProblemMsg::BadPeriod {
                text: rules.period.clone(),
            },
        );
    }
    if rules.schemes.is_empty() {
        c.error(Field::Schemes, ProblemMsg::NoSchemes);
    }
    for (field, text) in [
        (Field::Municipality, &rules.municipality),
        (Field::Name, &rules.name),
    ] {
        if let Err(p) = textcheck::check(text, textcheck::FieldKind::Name) {
            c.error(field, ProblemMsg::BadText(p));
        }
    }
    if let Some(k) = &rules.corrections {
        corrections(k, c);
    }
    period
}

/// Where and by when corrections go: a text that can be printed, and a real calendar date
/// written `ÅÅÅÅ-MM-DD`.
fn corrections(k: &super::rules::Corrections, c: &mut Checks<'_>) {
    if k.to.trim().is_empty() {
        c.error(Field::Corrections, ProblemMsg::EmptyCorrectionsTo);
    } else if let Err(p) = textcheck::check(&k.to, textcheck::FieldKind::Name) {
        c.error(Field::Corrections, ProblemMsg::BadText(p));
    }
    if !is_date(&k.by) {
        c.error(
            Field::Corrections,
            ProblemMsg::BadCorrectionsDate {
                text: textcheck::printable(&k.by, 40),
            },
        );
    }
}

/// Whether `s` is a calendar date written `ÅÅÅÅ-MM-DD` (and no other ISO form).
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && s.parse::<jiff::civil::Date>().is_ok()
}

/// One scheme: its size, payout, areas, deductions, amounts and indicators.
fn scheme(scheme: &Scheme, period: Option<Period>, c: &mut Checks<'_>) {
    if scheme.indicators.is_empty() {
        c.error(Field::Indicators, ProblemMsg::NoIndicators);
    }
    let counts = [
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
        // (Gates are compared with each other, as deductions are: the same bound.)
        (
            Counted::Gates,
            scheme.gates.len(),
            bounds::MAX_DEDUCTIONS,
            Field::Gates,
        ),
    ];
    let mut too_many = false;
    for (what, found, limit, field) in counts {
        if found > limit {
            c.error(field, ProblemMsg::TooMany { what, found, limit });
            too_many = true;
        }
    }
    // The checks below compare the parts with each other: with too many they would take long,
    // and the scheme is refused anyway.
    if too_many {
        return;
    }
    payout(scheme, c);
    areas(scheme, c);
    for (k, d) in scheme.deductions.iter().enumerate() {
        deduction(scheme, k, d, c);
    }
    amounts(scheme, c);
    if let Some(min) = scheme.min_usable_indicators
        && (min == 0 || min as usize > scheme.indicators.len())
    {
        let indicators = scheme.indicators.len();
        c.error(
            Field::Sufficiency,
            ProblemMsg::MinUsableOutOfRange { min, indicators },
        );
    }
    for (k, key, problem) in super::gate::check(&scheme.gates) {
        let el = (ElementKind::Gate, k, scheme.gates[k].kind.as_str());
        c.element_error(Field::Gates, el, Some(key), problem);
    }
    for problem in scheme.advances.iter().flat_map(super::advances::check) {
        c.error(Field::Advances, problem);
    }
    let mut sum = Decimal::ZERO;
    for (ii, ind) in scheme.indicators.iter().enumerate() {
        // Saturating: an absurd weight must give "not 100 %", not an overflow.
        sum = sum.checked_add(ind.weight).unwrap_or(Decimal::MAX);
        indicator(scheme, ii, ind, period, c);
    }
    if !scheme.indicators.is_empty() && scheme.areas.is_empty() && sum != Decimal::ONE_HUNDRED {
        c.error(Field::Weight, ProblemMsg::WeightsNotHundred { sum });
    }
}

/// The payout base's parameters: its module checks them.
fn payout(scheme: &Scheme, c: &mut Checks<'_>) {
    scheme.payout.base().check(scheme, c);
}

/// The areas: ids and names, weights summing to 100, each with indicators whose weights
/// inside it sum to 100.
fn areas(scheme: &Scheme, c: &mut Checks<'_>) {
    for (ai, area) in scheme.areas.iter().enumerate() {
        let el = (ElementKind::Area, ai, area.id.as_str());
        if let Err(p) = textcheck::check(&area.id, textcheck::FieldKind::Id) {
            c.element_error(Field::Area, el, Some("id"), ProblemMsg::BadText(p));
        }
        if let Err(p) = textcheck::check(&area.name, textcheck::FieldKind::Name) {
            c.element_error(Field::Area, el, Some("name"), ProblemMsg::BadText(p));
        }
        if area.id.trim().is_empty() {
            c.element_error(Field::Area, el, Some("id"), ProblemMsg::EmptyAreaId);
        } else if scheme.areas[..ai].iter().any(|o| o.id == area.id) {
            c.element_error(Field::Area, el, Some("id"), ProblemMsg::DuplicateArea);
        }
        if area.weight < Decimal::ZERO {
            c.element_error(Field::Area, el, Some("weight"), ProblemMsg::NegativeWeight);
        }
        if !scheme
            .indicators
            .iter()
            .any(|i| i.area.as_deref() == Some(area.id.as_str()))
        {
            c.element_error(Field::Area, el, None, ProblemMsg::AreaWithoutIndicators);
        }
    }
    if scheme.areas.is_empty() {
        return;
    }
    let sum = scheme.areas.iter().fold(Decimal::ZERO, |a, x| {
        a.checked_add(x.weight).unwrap_or(Decimal::MAX)
    });
    if sum != Decimal::ONE_HUNDRED {
        c.error(Field::Area, ProblemMsg::AreaWeightsNotHundred { sum });
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
        if !inside.is_empty() && sum != Decimal::ONE_HUNDRED {
            c.error(
                Field::Weight,
                ProblemMsg::WeightsInAreaNotHundred {
                    area: area.id.clone(),
                    sum,
                },
            );
        }
    }
}

/// The `k`-th deduction: an indicator of the scheme, a level it can have, a positive amount.
fn deduction(scheme: &Scheme, k: usize, d: &Deduction, c: &mut Checks<'_>) {
    let el = (ElementKind::Deduction, k, d.indicator.as_str());
    let Some(ind) = scheme.indicators.iter().find(|i| i.id == d.indicator) else {
        c.element_error(
            Field::Deductions,
            el,
            Some("indicator"),
            ProblemMsg::DeductionUnknownIndicator {
                id: d.indicator.clone(),
            },
        );
        return;
    };
    let level = Some("level");
    if !bounds::level_ok(d.level) {
        let msg = out_of_bounds(d.level, bounds::MAX_LEVEL);
        c.element_error(Field::Deductions, el, level, msg);
    } else if ind.unit == Unit::Percent && !percent_ok(d.level) {
        let msg = ProblemMsg::PercentOutOfRange { value: d.level };
        c.element_error(Field::Deductions, el, level, msg);
    }
    let amount = Some("amount");
    match &d.amount {
        DeductionAmount::PercentOfCompensation(p) => {
            if !percent_ok(*p) || p.is_zero() {
                let msg = ProblemMsg::DeductionPercentOutOfRange;
                c.element_error(Field::Deductions, el, amount, msg);
            }
        }
        DeductionAmount::Fixed(a) => {
            let before = c.out.len();
            c.amount(
                Field::Deductions,
                *a,
                Some(ProblemMsg::DeductionNotPositive),
            );
            // (The amount's check is shared with the scheme's own amounts: it names no element.)
            for p in &mut c.out[before..] {
                p.element = Some(Element {
                    kind: ElementKind::Deduction,
                    index: k,
                    id: d.indicator.clone(),
                    key: amount,
                });
            }
        }
    }
}

/// The budget, the cap, the minimum score and the fallback share.
fn amounts(scheme: &Scheme, c: &mut Checks<'_>) {
    if let Some(b) = scheme.budget {
        if b < Decimal::ZERO {
            c.error(Field::Budget, out_of_bounds(b, bounds::MAX_AMOUNT));
        } else {
            c.amount(Field::Budget, b, None);
        }
    }
    if let Some(cap) = scheme.cap {
        let problems = c.out.len();
        c.amount(Field::Cap, cap, None);
        if c.out.len() == problems && cap < Decimal::ZERO {
            c.error(Field::Cap, ProblemMsg::NegativeCap);
        }
    }
    if scheme
        .qualification
        .min_score_percent
        .is_some_and(|m| !percent_ok(m))
    {
        c.error(Field::Qualification, ProblemMsg::MinScoreOutOfRange);
    }
    if let MissingDataPolicy::FallbackShare(p) = &scheme.missing_data
        && !percent_ok(*p)
    {
        c.error(Field::MissingData, ProblemMsg::FallbackOutOfRange);
    }
}

/// One indicator: id, name, weight, area, interval rule, and its scoring's parameters (which
/// the scoring mode's own module checks, [`super::scorers::check`]).
fn indicator(
    scheme: &Scheme,
    ii: usize,
    ind: &Indicator,
    period: Option<Period>,
    c: &mut Checks<'_>,
) {
    use Severity::*;
    let at = Some((ii, ind.id.as_str()));
    if let Err(p) = textcheck::check(&ind.id, textcheck::FieldKind::Id) {
        c.push(Error, at, Field::Id, ProblemMsg::BadText(p));
    }
    if let Err(p) = textcheck::check(&ind.name, textcheck::FieldKind::Name) {
        c.push(Error, at, Field::Name, ProblemMsg::BadText(p));
    }
    if ind.id.trim().is_empty() {
        c.push(Error, at, Field::Id, ProblemMsg::EmptyId);
    } else if scheme.indicators[..ii].iter().any(|o| o.id == ind.id) {
        c.push(Error, at, Field::Id, ProblemMsg::DuplicateId);
    }
    if ind.name.trim().is_empty() {
        c.push(Warning, at, Field::Name, ProblemMsg::EmptyName);
    }
    if ind.weight < Decimal::ZERO {
        c.push(Error, at, Field::Weight, ProblemMsg::NegativeWeight);
    }
    match (&ind.area, scheme.areas.is_empty()) {
        (Some(_), true) => c.push(Error, at, Field::Area, ProblemMsg::AreaWithoutAreas),
        (None, false) => c.push(Error, at, Field::Area, ProblemMsg::NoArea),
        (Some(a), false) if !scheme.areas.iter().any(|x| x.id == *a) => c.push(
            Error,
            at,
            Field::Area,
            ProblemMsg::UnknownArea { id: a.clone() },
        ),
        _ => {}
    }
    if !ind.uncertainty.is_estimate() && ind.unit != Unit::Percent {
        c.push(
            Error,
            at,
            Field::Uncertainty,
            ProblemMsg::UncertaintyNeedsShare,
        );
    }
    if ind.min_respondents == Some(0) {
        c.push(
            Warning,
            at,
            Field::MinRespondents,
            ProblemMsg::ZeroMinRespondents,
        );
    }
    super::scorers::check(ind, period, &mut |m| c.push(Error, at, Field::Levels, m));
    super::standards::check_description(ind, period, &mut |m| {
        c.push(Error, at, Field::Standard, m)
    });
    super::standards::check_frozen(ind, &mut |sev, m| c.push(sev, at, Field::Standard, m));
    super::contract_minimum::check(ind, &mut |sev, m| {
        c.push(sev, at, Field::ContractMinimum, m)
    });
}

/// True if any problem is an error.
pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}
