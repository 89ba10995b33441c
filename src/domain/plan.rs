//! The compiled rule plan: what the engine reads.
//!
//! A [`RuleSet`] is the document (what the file stores and the editor edits); it may be
//! half-valid while someone types. [`compile`] validates it once and, only if it has no
//! errors, turns it into a [`Plan`]: the period parsed, every required key present, weights
//! and percentages as exact fractions, one compiled scorer per indicator. Nothing in a plan can
//! be invalid, so the engine has no "validated" assumptions to `expect`.
//!
//! Plans compare with `==`. The incremental recalculation compares the parts of two plans that
//! each stage depends on ([`SchemePlan`] for a scheme, [`IndicatorPlan::scoring_input`] for an
//! indicator's scoring, [`IndicatorPlan::column`] for its aggregation) rather than keeping a list
//! of fields that trigger work.

use std::sync::Arc;

use rust_decimal::Decimal;

use super::exact::Q;
use super::period::Period;
use super::results::ServiceType;
use super::rules::{
    DeductionAmount, Direction, Indicator, MissingDataPolicy, PayoutBase, RuleSet, Scheme, Scoring,
    Uncertainty, Unit, VolumeUnit,
};
pub use super::scorers::ScorerPlan;
use super::validation::{Field, Problem, ProblemMsg, Severity, validate};

/// A validated, compiled rule set.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub municipality: String,
    pub name: String,
    /// The period as written (for display), and parsed.
    pub period_text: String,
    pub period: Period,
    pub schemes: Vec<SchemePlan>,
    /// The validation warnings (which do not stop the calculation).
    pub warnings: Vec<Problem>,
}

/// How one service type is paid, compiled.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemePlan {
    pub service_type: ServiceType,
    pub volume_unit: VolumeUnit,
    pub missing: Missing,
    pub payout: Payout,
    /// Minimum score: the percentage as written, and as an exact fraction 0–1.
    pub min_score: Option<(Decimal, Q)>,
    pub all_indicators_met: bool,
    pub cap: Option<Decimal>,
    /// The indicator areas (empty: the scheme has none).
    pub areas: Vec<AreaPlan>,
    pub indicators: Vec<IndicatorPlan>,
    pub deductions: Vec<DeductionPlan>,
    pub floor_at_zero: bool,
    /// Data sufficiency: the fewest indicators with usable results a provider needs to be
    /// scored (see [`super::engine`]'s `sufficiency`).
    pub min_usable: Option<u32>,
    /// Compliance gates and caps, and the period whose findings count.
    pub gates: Vec<super::gate::GatePlan>,
    pub period: Period,
    /// Among which providers relative levels are computed.
    pub cohort: super::cohort::Cohort,
    /// The advance rule: what the paid-so-far amounts are checked against.
    pub advances: Option<super::advances::Advances>,
}

/// An indicator area, compiled.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaPlan {
    pub id: Arc<str>,
    pub name: Arc<str>,
    /// The weight as written, in percent.
    pub weight_percent: Decimal,
    /// The weight as an exact fraction of the scheme (areas sum to 1).
    pub weight: Q,
}

/// A deduction (vite), compiled.
#[derive(Debug, Clone, PartialEq)]
pub struct DeductionPlan {
    /// Index of the indicator in the scheme.
    pub indicator: usize,
    /// The level as written, and exactly.
    pub level: Decimal,
    pub level_exact: Q,
    pub amount: DeductionAmount,
}

/// The missing-data policy, compiled.
#[derive(Debug, Clone, PartialEq)]
pub enum Missing {
    ZeroCredit,
    Renormalize,
    /// The percentage as written, and the exact fraction.
    FallbackShare(Decimal, Q),
}

impl Missing {
    /// The policy as in the rule file (for the explanation).
    pub fn policy(&self) -> MissingDataPolicy {
        match self {
            Missing::ZeroCredit => MissingDataPolicy::ZeroCredit,
            Missing::Renormalize => MissingDataPolicy::Renormalize,
            Missing::FallbackShare(p, _) => MissingDataPolicy::FallbackShare(*p),
        }
    }
}

pub use super::payout::Payout;

/// One indicator, compiled.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorPlan {
    pub id: Arc<str>,
    pub name: Arc<str>,
    pub unit: Unit,
    pub direction: Direction,
    /// The weight as written, in percent.
    pub weight_percent: Decimal,
    /// The weight as an exact fraction of the scheme (weights sum to 1): with areas, the
    /// area's weight × the weight inside the area.
    pub weight: Q,
    /// The area (index into [`SchemePlan::areas`]) and the weight inside it (fractions of
    /// the area sum to 1); without areas `None` and the scheme weight.
    pub area: Option<usize>,
    pub inner_weight: Q,
    /// Results with fewer respondents count as missing (`None`: no minimum).
    pub min_respondents: Option<u32>,
    /// How survey uncertainty counts (a share with respondents only).
    pub uncertainty: Uncertainty,
    pub scorer: ScorerPlan,
}

/// What an indicator's aggregated results depend on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ColumnKey {
    pub service_type: ServiceType,
    pub indicator_id: Arc<str>,
    pub period: Period,
    pub baseline_period: Option<Period>,
}

/// What an indicator's data status and credit depend on (besides its aggregated column and,
/// for relative scoring, the peers' column): equal inputs give equal scoring.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoringInput<'a> {
    pub unit: Unit,
    pub direction: Direction,
    pub min_respondents: Option<u32>,
    pub uncertainty: Uncertainty,
    pub scorer: &'a ScorerPlan,
}

impl IndicatorPlan {
    pub fn scoring_input(&self) -> ScoringInput<'_> {
        ScoringInput {
            unit: self.unit,
            direction: self.direction,
            min_respondents: self.min_respondents,
            uncertainty: self.uncertainty,
            scorer: &self.scorer,
        }
    }

    /// The baseline period its scoring compares with, if any.
    pub fn baseline_period(&self) -> Option<Period> {
        self.scorer.scorer().baseline_period()
    }

    pub fn column(&self, service_type: ServiceType, period: Period) -> ColumnKey {
        ColumnKey {
            service_type,
            indicator_id: self.id.clone(),
            period,
            baseline_period: self.baseline_period(),
        }
    }
}

impl Plan {
    /// Every period the calculation reads results from: the plan's period and each
    /// indicator's baseline period (with repeats).
    pub fn periods_read(&self) -> impl Iterator<Item = Period> + '_ {
        std::iter::once(self.period).chain(
            self.schemes
                .iter()
                .flat_map(|s| s.indicators.iter().filter_map(|i| i.baseline_period())),
        )
    }

    /// The scheme for a service type, if the plan has one.
    pub fn scheme(&self, st: ServiceType) -> Option<&SchemePlan> {
        self.schemes.iter().find(|s| s.service_type == st)
    }
}

/// A percentage as an exact fraction (40 → 2/5).
pub fn percent(p: Decimal) -> Q {
    &Q::from(p) * &Q::ratio(1, 100)
}

/// Compiles one indicator's scoring for its direction; `None` if its baseline period cannot be
/// read (which validation reports).
pub fn compile_scoring(scoring: &Scoring, direction: Direction) -> Option<ScorerPlan> {
    scoring.mode().compile(direction).ok()
}

/// Validates `rules` (once) and compiles them. On errors returns every problem found (errors
/// first, then warnings), exactly as [`validate`] gives them.
pub fn compile(rules: &RuleSet) -> Result<Plan, Vec<Problem>> {
    let mut problems = validate(rules);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return Err(problems);
    }
    // Validation guarantees what follows; where a value still cannot be read, the document is
    // refused rather than assumed.
    let compiled = rules
        .period
        .parse::<Period>()
        .map_err(|_| {
            Problem::error(
                None,
                None,
                Field::Period,
                ProblemMsg::BadPeriod {
                    text: rules.period.clone(),
                },
            )
        })
        .and_then(|period| {
            let schemes = rules
                .schemes
                .iter()
                .map(|s| compile_scheme(s, period))
                .collect::<Result<Vec<_>, _>>()?;
            Ok((period, schemes))
        });
    match compiled {
        Ok((period, schemes)) => Ok(Plan {
            municipality: rules.municipality.clone(),
            name: rules.name.clone(),
            period_text: rules.period.clone(),
            period,
            schemes,
            warnings: problems,
        }),
        Err(p) => {
            problems.insert(0, p);
            Err(problems)
        }
    }
}

/// One scheme of a validated rule set; the error where a value still cannot be read.
fn compile_scheme(s: &Scheme, period: Period) -> Result<SchemePlan, Problem> {
    let st = Some(s.service_type);
    let payout = compile_payout(&s.payout)
        .ok_or_else(|| Problem::error(st, None, Field::Payout, ProblemMsg::PotWithoutKey))?;
    let areas: Vec<AreaPlan> = s
        .areas
        .iter()
        .map(|a| AreaPlan {
            id: Arc::from(a.id.as_str()),
            name: Arc::from(a.name.as_str()),
            weight_percent: a.weight,
            weight: percent(a.weight),
        })
        .collect();
    let indicators = s
        .indicators
        .iter()
        .enumerate()
        .map(|(ii, i)| {
            compile_indicator(i, &areas)
                .map_err(|(field, msg)| Problem::error(st, Some((ii, i.id.clone())), field, msg))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let deductions = s
        .deductions
        .iter()
        .enumerate()
        .map(|(dk, d)| {
            let k = indicators
                .iter()
                .position(|x| *x.id == *d.indicator)
                .ok_or_else(|| {
                    Problem::error(
                        st,
                        None,
                        Field::Deductions,
                        ProblemMsg::DeductionUnknownIndicator {
                            id: d.indicator.clone(),
                        },
                    )
                    .of_deduction(dk, &d.indicator)
                    .at_key("indicator")
                })?;
            Ok(DeductionPlan {
                indicator: k,
                level: d.level,
                level_exact: Q::from(d.level),
                amount: d.amount.clone(),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(SchemePlan {
        service_type: s.service_type,
        volume_unit: s.volume_unit,
        missing: match &s.missing_data {
            MissingDataPolicy::ZeroCredit => Missing::ZeroCredit,
            MissingDataPolicy::Renormalize => Missing::Renormalize,
            MissingDataPolicy::FallbackShare(p) => Missing::FallbackShare(*p, percent(*p)),
        },
        payout,
        min_score: s.qualification.min_score_percent.map(|m| (m, percent(m))),
        all_indicators_met: s.qualification.all_indicators_met,
        cap: s.cap,
        areas,
        indicators,
        deductions,
        floor_at_zero: s.floor_at_zero,
        min_usable: s.min_usable_indicators,
        gates: s.gates.iter().map(super::gate::GatePlan::of).collect(),
        period,
        cohort: s.cohort,
        advances: s.advances.clone(),
    })
}

/// The payout base; `None` for a pot without key.
fn compile_payout(payout: &PayoutBase) -> Option<Payout> {
    payout.base().compile()
}

/// One indicator, in a scheme with `areas`; the field and problem where a value still cannot
/// be read.
fn compile_indicator(
    i: &Indicator,
    areas: &[AreaPlan],
) -> Result<IndicatorPlan, (Field, ProblemMsg)> {
    let scorer = i
        .scoring
        .mode()
        .compile(i.direction)
        .map_err(|p| (Field::Levels, p))?;
    let area = match (&i.area, areas.is_empty()) {
        (_, true) => None,
        (Some(a), false) => Some(
            areas
                .iter()
                .position(|x| *x.id == **a)
                .ok_or_else(|| (Field::Area, ProblemMsg::UnknownArea { id: a.clone() }))?,
        ),
        (None, false) => return Err((Field::Area, ProblemMsg::NoArea)),
    };
    let inner_weight = percent(i.weight);
    Ok(IndicatorPlan {
        id: Arc::from(i.id.as_str()),
        name: Arc::from(i.name.as_str()),
        unit: i.unit,
        direction: i.direction,
        weight_percent: i.weight,
        weight: match area {
            Some(k) => &areas[k].weight * &inner_weight,
            None => inner_weight.clone(),
        },
        area,
        inner_weight,
        min_respondents: i.min_respondents.filter(|m| *m > 0),
        uncertainty: i.uncertainty,
        scorer,
    })
}
