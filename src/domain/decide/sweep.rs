//! A sensitivity sweep: one parameter varied over a range in N steps, with the scheme's total
//! cost, the number of providers paid and every provider's payout at each step.

use rust_decimal::Decimal;

use super::Evaluator;
use super::param::{Param, ParamError};
use crate::domain::bounds::MAX_AMOUNT;
use crate::domain::explanation::Calculation;
use crate::domain::explanation::Detail;
use crate::domain::feature::{Arg, Message, Msg};
use crate::domain::results::{ResultSet, ServiceType};
use crate::domain::rules::RuleSet;
use crate::domain::validation::Problem;

/// The most steps a sweep takes (each is a whole calculation).
pub const MAX_STEPS: usize = 1_000;

/// One step of a sweep.
#[derive(Debug, Clone, PartialEq)]
pub struct SweepStep {
    pub value: Decimal,
    /// The rules at this value have errors (e.g. a level beyond the other): nothing computed.
    pub problems: Vec<Problem>,
    /// The scheme's total (net, after withholding and deductions) and providers paid (zero
    /// when the rules have errors).
    pub total: Decimal,
    /// The scheme's kvalitetspeng before withholding and deductions: what a budget is
    /// compared with (as [`super::solve::solve_budget`] does).
    pub gross: Decimal,
    pub paid: usize,
    /// Every provider's payout in the scheme, in the order of [`Sweep::providers`].
    pub payouts: Vec<Option<Decimal>>,
}

/// A whole sweep.
#[derive(Debug, Clone, PartialEq)]
pub struct Sweep {
    pub param: Param,
    pub current: Decimal,
    /// The scheme's providers (id, name), sorted by id.
    pub providers: Vec<(String, String)>,
    pub steps: Vec<SweepStep>,
}

impl Sweep {
    /// Whether a step's net differs from its kvalitetspeng (a withhold or a deduction): then
    /// the two totals are shown apart, the budget against the kvalitetspeng.
    pub fn has_adjustments(&self) -> bool {
        self.steps.iter().any(|s| s.total != s.gross)
    }

    /// The two neighbouring steps between which the kvalitetspeng crosses `budget` (the last
    /// within it and the first over it, or the other way round), or `None` when it does not.
    pub fn budget_crossing(&self, budget: Decimal) -> Option<(&SweepStep, &SweepStep)> {
        let ok: Vec<&SweepStep> = self
            .steps
            .iter()
            .filter(|s| s.problems.is_empty())
            .collect();
        ok.windows(2)
            .find(|w| (w[0].gross <= budget) != (w[1].gross <= budget))
            .map(|w| (w[0], w[1]))
    }
}

/// Why a sweep cannot run.
#[derive(Debug, Clone, PartialEq)]
pub enum SweepError {
    Param(ParamError),
    Steps {
        steps: usize,
    },
    Range,
    /// `from` or `to` beyond the largest amount any rule may hold ([`MAX_AMOUNT`]).
    TooLarge,
    /// A parameter that takes whole numbers (k of n, a minimum of respondents) would get a
    /// value that is not (`value`, the first); `whole` is the number of steps that gives whole
    /// values from `from` to `to` (`None`: an end is not whole).
    NotWhole {
        path: String,
        from: Decimal,
        to: Decimal,
        steps: usize,
        value: Decimal,
        whole: Option<usize>,
    },
}

/// The most steps, at most `steps` (and at least 2), that go from `from` to `to` in whole
/// numbers: the span divided by its largest divisor that fits. `None` when an end is not a
/// whole number or they are equal.
///
/// ```
/// use kvalitetspeng::domain::decide::sweep::whole_steps;
/// assert_eq!(whole_steps(1.into(), 4.into(), 5), Some(4)); // 1, 2, 3, 4
/// assert_eq!(whole_steps(1.into(), 10.into(), 5), Some(4)); // 1, 4, 7, 10
/// assert_eq!(whole_steps(4.into(), 1.into(), 2), Some(2));
/// assert_eq!(whole_steps("1.5".parse().unwrap(), 4.into(), 5), None);
/// ```
pub fn whole_steps(from: Decimal, to: Decimal, steps: usize) -> Option<usize> {
    if from.fract() != Decimal::ZERO || to.fract() != Decimal::ZERO || from == to {
        return None;
    }
    let span = rust_decimal::prelude::ToPrimitive::to_u64(&to.checked_sub(from)?.abs())?;
    let most = steps.clamp(2, MAX_STEPS) as u64 - 1;
    (1..=most.min(span))
        .rev()
        .find(|d| span % d == 0)
        .map(|d| d as usize + 1)
}

impl Message for SweepError {
    fn msg(&self) -> Msg {
        match self {
            SweepError::Param(p) => p.msg(),
            SweepError::Steps { steps } => Msg::new(
                "sweep-error-steps",
                vec![
                    ("MAX_STEPS", Arg::Count(MAX_STEPS as u64)),
                    ("steps", Arg::Count(*steps as u64)),
                ],
            ),
            SweepError::Range => Msg::new("sweep-error-range", vec![]),
            SweepError::TooLarge => Msg::new(
                "sweep-error-too-large",
                vec![("limit", Arg::Num(MAX_AMOUNT))],
            ),
            SweepError::NotWhole {
                path,
                from,
                to,
                steps,
                value,
                whole,
            } => {
                let mut args = vec![
                    ("path", Arg::Plain(path.clone())),
                    ("from", Arg::Num(*from)),
                    ("to", Arg::Num(*to)),
                    ("value", Arg::Num(*value)),
                ];
                match whole {
                    Some(whole) => {
                        args.push(("steps", Arg::Count(*steps as u64)));
                        args.push(("whole", Arg::Count(*whole as u64)));
                        Msg::new("sweep-error-not-whole-steps", args)
                    }
                    None => Msg::new("sweep-error-not-whole-ends", args),
                }
            }
        }
    }
}

/// The values of a sweep: `steps` values from `from` to `to` inclusive, evenly spaced and
/// rounded to six decimals (the ends exact).
///
/// ```
/// use kvalitetspeng::domain::decide::sweep::values;
/// let v: Vec<String> = values(70.into(), 90.into(), 5).iter().map(|d| d.to_string()).collect();
/// assert_eq!(v, ["70", "75", "80", "85", "90"]);
/// ```
pub fn values(from: Decimal, to: Decimal, steps: usize) -> Vec<Decimal> {
    let n = Decimal::from(steps.max(2) as u64 - 1);
    (0..steps.max(2))
        .map(|k| {
            if k + 1 == steps.max(2) {
                to
            } else {
                let t = from + (to - from) * Decimal::from(k as u64) / n;
                t.round_dp(6).normalize()
            }
        })
        .collect()
}

/// Sweeps `param` over `from..=to` in `steps` values on `results`.
pub fn sweep(
    rules: &RuleSet,
    results: &ResultSet,
    param: &Param,
    from: Decimal,
    to: Decimal,
    steps: usize,
) -> Result<Sweep, SweepError> {
    sweep_with(&mut Evaluator::new(results), rules, param, from, to, steps)
}

/// [`sweep`] with an evaluator kept by the caller.
pub fn sweep_with(
    eval: &mut Evaluator<'_>,
    rules: &RuleSet,
    param: &Param,
    from: Decimal,
    to: Decimal,
    steps: usize,
) -> Result<Sweep, SweepError> {
    let current = param.get(rules).map_err(SweepError::Param)?;
    if !(2..=MAX_STEPS).contains(&steps) {
        return Err(SweepError::Steps { steps });
    }
    if from == to {
        return Err(SweepError::Range);
    }
    // No parameter of a rule set may exceed the largest amount (levels, rates and counts are
    // smaller still), and within it the steps' arithmetic cannot overflow.
    if from.abs() > MAX_AMOUNT || to.abs() > MAX_AMOUNT {
        return Err(SweepError::TooLarge);
    }
    if param.field.is_whole()
        && let Some(value) = values(from, to, steps)
            .into_iter()
            .find(|v| v.fract() != Decimal::ZERO)
    {
        return Err(SweepError::NotWhole {
            path: param.to_string(),
            from,
            to,
            steps,
            value,
            whole: whole_steps(from, to, steps),
        });
    }
    let st = param.service_type;
    let mut providers: Vec<(String, String)> = Vec::new();
    let mut out = Vec::with_capacity(steps);
    for value in values(from, to, steps) {
        let r = param.apply(rules, value).map_err(SweepError::Param)?;
        match eval.calculate_detail(&r, Detail::Providers) {
            Ok(calc) => {
                if providers.is_empty() {
                    providers = scheme_providers(&calc, st);
                }
                let by_id: rustc_hash::FxHashMap<&str, Decimal> = calc
                    .providers
                    .iter()
                    .filter(|p| p.service_type == st)
                    .map(|p| (p.id.as_str(), p.payout))
                    .collect();
                let payouts = providers
                    .iter()
                    .map(|(id, _)| by_id.get(id.as_str()).copied())
                    .collect();
                out.push(SweepStep {
                    value,
                    problems: Vec::new(),
                    total: calc.total_for(st),
                    gross: calc.gross_total_for(st),
                    paid: calc
                        .providers
                        .iter()
                        .filter(|p| p.service_type == st && !p.payout.is_zero())
                        .count(),
                    payouts,
                });
            }
            Err(problems) => out.push(SweepStep {
                value,
                problems,
                total: Decimal::ZERO,
                gross: Decimal::ZERO,
                paid: 0,
                payouts: Vec::new(),
            }),
        }
    }
    for s in &mut out {
        if s.problems.is_empty() && s.payouts.len() != providers.len() {
            s.payouts.resize(providers.len(), None);
        }
    }
    Ok(Sweep {
        param: param.clone(),
        current,
        providers,
        steps: out,
    })
}

fn scheme_providers(calc: &Calculation, st: ServiceType) -> Vec<(String, String)> {
    calc.providers
        .iter()
        .filter(|p| p.service_type == st)
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect()
}
