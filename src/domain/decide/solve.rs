//! The budget solver: the rate (kronor per unit, or percent of compensation) that makes a
//! scheme's total meet a budget.
//!
//! Whether a provider is paid does not depend on the rate (qualification looks at the score
//! only), so a scheme's total at rate r is
//! `Σ fixed + Σ round_öre(min(cap, kᵢ · r))`, where `kᵢ` is the provider's score × volume
//! (or score × compensation / 100) and `fixed` the amounts paid by the fallback rule **as
//! paid** (each capped and rounded to öre: they do not depend on the rate, so they are what the
//! budget must cover whatever the rate). The **exact** rate solves
//! `Σ fixed + Σ min(cap, kᵢ · r) = budget`, the rate-paid amounts unrounded (piecewise
//! linear, solved exactly over the caps' breakpoints). The **highest rate at the stated
//! precision** (one öre per unit, or 0,01 percentage point) whose rounded total does not exceed
//! the budget is found by an exact integer search over that model, and then confirmed by the
//! engine itself: its totals at that rate and one step above are the ones reported.

use rust_decimal::Decimal;

use super::Evaluator;
use super::param::{Field, Param};
use crate::domain::exact::Q;
use crate::domain::explanation::Detail;
use crate::domain::explanation::{Calculation, PayoutStatus};
use crate::domain::feature::{Arg, Message, Msg, Named};
use crate::domain::results::{ResultSet, ServiceType};
use crate::domain::rules::RuleSet;
use crate::domain::validation::Problem;

/// What the solver varies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateKind {
    KrPerUnit,
    PercentOfCompensation,
}

/// The answer for one scheme and budget.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetSolution {
    pub service_type: ServiceType,
    pub kind: RateKind,
    pub budget: Decimal,
    /// The rate in the rules now, and the scheme's total with it.
    pub current_rate: Decimal,
    pub current_total: Decimal,
    /// The rate at which the unrounded total equals the budget.
    pub exact_rate: Q,
    /// The highest rate at `step` whose total does not exceed the budget, and that total.
    pub rate: Decimal,
    pub total: Decimal,
    /// One step higher, and its total (over the budget).
    pub next_rate: Decimal,
    pub next_total: Decimal,
    /// The precision: 0,01 (kronor, or percentage points).
    pub step: Decimal,
}

/// Why there is no answer.
#[derive(Debug, Clone, PartialEq)]
pub enum SolveError {
    NoScheme(ServiceType),
    /// The rules have errors.
    Invalid(Vec<Problem>),
    /// A pot's total is the pot: there is no rate to solve for.
    Pot,
    /// A withhold pays back a share of what it withholds: there is no rate to solve for.
    Withhold,
    NegativeBudget(Decimal),
    /// What is paid regardless of the rate (the fallback rule) is already over the budget.
    BelowFixed {
        fixed: Decimal,
    },
    /// No provider's payout depends on the rate (nobody qualifies, or all volumes are zero).
    NothingToScale,
    /// Every provider reaches the cap and the total stays within the budget at any rate.
    Unbounded {
        total: Decimal,
    },
    /// The parameter does not exist or cannot be solved for.
    Param(super::param::ParamError),
    /// Even the highest rate the rules allow (100 % of compensation, or 10⁶ kr per unit)
    /// stays within the budget.
    AboveHighestRate {
        rate: Decimal,
        total: Decimal,
    },
}

impl Message for SolveError {
    fn msg(&self) -> Msg {
        let kr = |d: &Decimal| Arg::Num2(*d);
        let (id, args) = match self {
            SolveError::NoScheme(st) => (
                "solve-error-no-scheme",
                vec![("st", Arg::Text(Some(st.name())))],
            ),
            SolveError::Invalid(p) => (
                "solve-error-invalid",
                vec![(
                    "p",
                    Arg::List {
                        items: p.iter().map(|p| p.msg.msg()).collect(),
                        sep: "; ",
                        capital: false,
                    },
                )],
            ),
            SolveError::Param(p) => return p.msg(),
            SolveError::Pot => ("solve-error-pot", vec![]),
            SolveError::Withhold => ("solve-error-withhold", vec![]),
            SolveError::NegativeBudget(b) => ("solve-error-negative-budget", vec![("b", kr(b))]),
            SolveError::BelowFixed { fixed } => {
                ("solve-error-below-fixed", vec![("fixed", kr(fixed))])
            }
            SolveError::NothingToScale => ("solve-error-nothing-to-scale", vec![]),
            SolveError::AboveHighestRate { rate, total } => (
                "solve-error-above-highest-rate",
                vec![("rate", Arg::Num(*rate)), ("total", kr(total))],
            ),
            SolveError::Unbounded { total } => {
                ("solve-error-unbounded", vec![("total", kr(total))])
            }
        };
        Msg::new(id, args)
    }
}

/// The scheme's providers as the solver sees them.
struct Model {
    fixed: Decimal,
    /// kᵢ for the providers paid by rate.
    k: Vec<Q>,
    cap: Option<Q>,
    /// The rate's unit in the rule file: kronor (1) or percent (1/100 of compensation).
    per_unit: Q,
}

impl Model {
    fn of(calc: &Calculation, st: ServiceType, kind: RateKind, cap: Option<Decimal>) -> Model {
        let mut fixed = Decimal::ZERO;
        let mut k = Vec::new();
        for p in calc.providers.iter().filter(|p| p.service_type == st) {
            match &p.status {
                PayoutStatus::Fallback { .. } => fixed += p.gross,
                PayoutStatus::Paid => {
                    let base = match (kind, &p.basis) {
                        (RateKind::KrPerUnit, _) => Q::from(p.volume),
                        (
                            RateKind::PercentOfCompensation,
                            crate::domain::explanation::ProviderBasis::PercentOfCompensation {
                                compensation,
                                ..
                            },
                        ) => Q::from(compensation.unwrap_or_default()),
                        _ => Q::ZERO,
                    };
                    k.push(&p.score * &base);
                }
                _ => {}
            }
        }
        Model {
            fixed,
            k,
            cap: cap.map(Q::from),
            per_unit: match kind {
                RateKind::KrPerUnit => Q::ONE,
                RateKind::PercentOfCompensation => Q::ratio(1, 100),
            },
        }
    }

    fn amount(&self, k: &Q, rate: &Q) -> Q {
        let a = &(k * rate) * &self.per_unit;
        match &self.cap {
            Some(c) if a > *c => c.clone(),
            _ => a,
        }
    }

    /// The rounded total at `rate`, as the engine computes it.
    fn total(&self, rate: &Q) -> Decimal {
        self.fixed
            + self
                .k
                .iter()
                .map(|k| self.amount(k, rate).round_ore())
                .sum::<Decimal>()
    }

    /// The exact rate at which the unrounded total equals `budget`, or `None` when every
    /// provider is capped below it.
    fn exact_rate(&self, budget: &Q) -> Option<Q> {
        let target = budget - &Q::from(self.fixed);
        let k: Vec<Q> = self
            .k
            .iter()
            .filter(|k| k.is_positive())
            .map(|k| k * &self.per_unit)
            .collect();
        let Some(cap) = &self.cap else {
            let sum: Q = k.iter().sum();
            return target.checked_div(&sum);
        };
        // Breakpoints cap / kᵢ, ascending: past one, that provider is fixed at the cap.
        let mut order: Vec<(Q, Q)> = k
            .iter()
            .map(|k| (cap.checked_div(k).unwrap_or_default(), k.clone()))
            .collect();
        order.sort_by(|a, b| a.0.cmp(&b.0));
        let mut capped = Q::ZERO;
        let mut rest: Q = k.iter().sum();
        for (b, ki) in &order {
            // Between the previous breakpoint and b: total = capped + r · rest.
            if let Some(r) = (&target - &capped).checked_div(&rest)
                && r <= *b
            {
                return Some(r);
            }
            capped = &capped + cap;
            rest = &rest - ki;
        }
        None
    }
}

/// Solves `st`'s rate for `budget` on `results` with `rules` (every other rule as it is).
pub fn solve_budget(
    rules: &RuleSet,
    results: &ResultSet,
    st: ServiceType,
    budget: Decimal,
) -> Result<BudgetSolution, SolveError> {
    let mut eval = Evaluator::new(results);
    solve_budget_with(&mut eval, rules, st, budget)
}

/// [`solve_budget`] with an evaluator (and its aggregation) kept by the caller.
pub fn solve_budget_with(
    eval: &mut Evaluator<'_>,
    rules: &RuleSet,
    st: ServiceType,
    budget: Decimal,
) -> Result<BudgetSolution, SolveError> {
    let scheme = rules.scheme(st).ok_or(SolveError::NoScheme(st))?;
    let (kind, current_rate) = scheme.payout.base().solve_rate()?;
    if budget < Decimal::ZERO {
        return Err(SolveError::NegativeBudget(budget));
    }
    let calc = eval
        .calculate_detail(rules, Detail::Providers)
        .map_err(SolveError::Invalid)?;
    let model = Model::of(&calc, st, kind, scheme.cap);
    if model.fixed > budget {
        return Err(SolveError::BelowFixed { fixed: model.fixed });
    }
    if model.k.iter().all(|k| !k.is_positive()) {
        return Err(SolveError::NothingToScale);
    }
    let budget_q = Q::from(budget);
    let Some(exact_rate) = model.exact_rate(&budget_q) else {
        let capped = model.k.iter().filter(|k| k.is_positive()).count() as u64;
        let cap = model.cap.as_ref().map_or(Decimal::ZERO, |c| c.round_ore());
        let total = model.fixed + Decimal::from(capped) * cap;
        return Err(SolveError::Unbounded { total });
    };
    // Rates in steps of 0,01; the highest step n with total(n) ≤ budget. The rounded total is
    // within half an öre per provider of the exact one, so n is near ⌊exact / 0,01⌋: gallop
    // to a bracket, then bisect (exact integer arithmetic throughout).
    let step = Decimal::new(1, 2);
    // The highest rate the rules allow: 100 % of compensation, or the bound on amounts.
    let max_rate = match kind {
        RateKind::KrPerUnit => crate::domain::bounds::MAX_RATE,
        RateKind::PercentOfCompensation => Decimal::ONE_HUNDRED,
    };
    let max_n = max_rate.mantissa() * 100 / 10i128.pow(max_rate.scale());
    let rate_of = |n: i128| Decimal::from_i128_with_scale(n.clamp(0, max_n), 2);
    let fits = |n: i128| model.total(&Q::from(rate_of(n))) <= budget;
    if fits(max_n) {
        return Err(SolveError::AboveHighestRate {
            rate: max_rate,
            total: model.total(&Q::from(max_rate)),
        });
    }
    let guess = (&exact_rate * &Q::from(100u32)).floor();
    let guess: i128 = guess.round_dp(0).mantissa().clamp(0, max_n - 1);
    let (mut lo, mut hi) = (guess, guess + 1);
    let mut width = 1i128;
    while lo > 0 && !fits(lo) {
        hi = lo;
        lo = (lo - width).max(0);
        width *= 2;
    }
    width = 1;
    while fits(hi) {
        lo = hi;
        hi = (hi + width).min(max_n);
        width *= 2;
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if fits(mid) { lo = mid } else { hi = mid }
    }
    // The engine's own totals at the answer and one step above.
    let param = Param {
        service_type: st,
        indicator: None,
        field: Field::Rate,
    };
    let engine_total = |eval: &mut Evaluator<'_>, rate: Decimal| -> Result<Decimal, SolveError> {
        let r = param
            .apply(rules, rate)
            .map_err(|_| SolveError::NoScheme(st))?;
        // The budget is for the kvalitetspeng, before withholding and deductions.
        Ok(eval
            .calculate_detail(&r, Detail::Providers)
            .map_err(SolveError::Invalid)?
            .gross_total_for(st))
    };
    let (rate, next_rate) = (rate_of(lo), rate_of(lo + 1));
    let total = engine_total(eval, rate)?;
    let next_total = engine_total(eval, next_rate)?;
    debug_assert_eq!(total, model.total(&Q::from(rate)), "model and engine agree");
    Ok(BudgetSolution {
        service_type: st,
        kind,
        budget,
        current_rate,
        current_total: calc.gross_total_for(st),
        exact_rate,
        rate,
        total,
        next_rate,
        next_total,
        step,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(path: &str) -> String {
        std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    #[test]
    fn worked_example_d() {
        let rules =
            crate::io::rules_ron::parse_rules(&read("sample_data/worked_example_b/rules.ron"), "r")
                .unwrap();
        let results = crate::io::results_csv::parse_results(
            read("sample_data/worked_example_b/results.csv").as_bytes(),
            "x",
        )
        .unwrap();
        let s = solve_budget(
            &rules,
            &results,
            ServiceType::Hemtjanst,
            Decimal::from(500_000),
        )
        .unwrap();
        assert_eq!(s.exact_rate, Q::ratio(500, 53)); // 500 000 / 53 000
        assert_eq!(s.rate.to_string(), "9.43");
        assert_eq!(s.total.to_string(), "499790.00");
        assert_eq!(s.next_total.to_string(), "500320.00");
        assert_eq!(s.current_total.to_string(), "636000.00");
        assert!(matches!(
            solve_budget(&rules, &results, ServiceType::Hemtjanst, Decimal::from(-1)),
            Err(SolveError::NegativeBudget(_))
        ));
    }

    fn example(x: &str) -> (RuleSet, ResultSet) {
        let rules = crate::io::rules_ron::parse_rules(
            &read(&format!("sample_data/worked_example_{x}/rules.ron")),
            "r",
        )
        .unwrap();
        let results = crate::io::results_csv::parse_results(
            read(&format!("sample_data/worked_example_{x}/results.csv")).as_bytes(),
            "x",
        )
        .unwrap();
        (rules, results)
    }

    /// Worked example M: M2's finding bars it and M3's caps its score at 50 %, so 1 500
    /// score-hours carry the budget (not 3 000): 12 000 kr is 8,00 kr/h exactly.
    #[test]
    fn a_gated_provider_carries_none_of_the_budget() {
        let (rules, results) = example("m");
        let s = solve_budget(&rules, &results, ServiceType::Hemtjanst, 12_000.into()).unwrap();
        assert_eq!(s.exact_rate, Q::from(Decimal::from(8)));
        assert_eq!(s.rate.to_string(), "8.00");
        assert_eq!(s.total.to_string(), "12000.00");
        assert_eq!(s.next_total.to_string(), "12015.00");
    }

    /// Where k of n and a gate's cap cross a budget. Example L at 10 kr/h: k = 1, 2, 3, 4
    /// pay 20 000, 10 000, 5 000, 5 000. Example M: 10 000 + 10 000 × cap.
    #[test]
    fn k_of_n_and_a_gates_cap_cross_a_budget() {
        let (rules, results) = example("l");
        let p = Param::parse("hemtjanst.min_usable").unwrap();
        let c = solve_level(&rules, &results, &p, 9_000.into()).unwrap();
        assert_eq!(c.current, Decimal::from(2));
        assert_eq!(c.over, Some((2.into(), Decimal::new(1_000_000, 2))));
        assert_eq!(c.within, Some((3.into(), Decimal::new(500_000, 2))));
        let (rules, results) = example("m");
        let p = Param::parse("hemtjanst.gates[1].cap").unwrap();
        let c = solve_level(&rules, &results, &p, 13_000.into()).unwrap();
        assert_eq!(c.current, Decimal::from(50));
        assert_eq!(c.over, Some((31.into(), Decimal::new(1_310_000, 2))));
        assert_eq!(c.within, Some((30.into(), Decimal::new(1_300_000, 2))));
        // A gate that bars has no cap to vary.
        let p = Param::parse("hemtjanst.gates[0].cap").unwrap();
        assert!(matches!(
            solve_level(&rules, &results, &p, 13_000.into()),
            Err(SolveError::Param(
                super::super::param::ParamError::GateBars { .. }
            ))
        ));
    }
}

/// Where a scheme's total crosses a budget as a level is made harder: the total is a step
/// function of a threshold's or a step's level (it changes only where the level passes a
/// provider's result) and of the minimum score (where it passes a provider's score).
#[derive(Debug, Clone, PartialEq)]
pub struct LevelCrossing {
    pub param: Param,
    pub budget: Decimal,
    pub current: Decimal,
    pub current_total: Decimal,
    /// The hardest level still over the budget and its total (`None`: within at the easiest).
    pub over: Option<(Decimal, Decimal)>,
    /// The easiest level within the budget and its total (`None`: over even at the hardest).
    pub within: Option<(Decimal, Decimal)>,
}

/// Finds where `param` (a threshold's `level`, a step's `steps[K].level`, the scheme's
/// `min_score`, k of n `min_usable` or a gate's `gates[K].cap`) makes `param`'s scheme cross `budget`. The candidate levels are the providers'
/// own results (or scores), where the total can change; the total is monotone in them for a
/// scheme paid per unit or as a percent (a harder level never pays more), so a binary search
/// over the candidates finds the crossing with a few calculations.
pub fn solve_level(
    rules: &RuleSet,
    results: &ResultSet,
    param: &Param,
    budget: Decimal,
) -> Result<LevelCrossing, SolveError> {
    use crate::domain::rules::Direction;
    let st = param.service_type;
    let scheme = rules.scheme(st).ok_or(SolveError::NoScheme(st))?;
    if scheme.payout.base().fixed_total().is_some() {
        return Err(SolveError::Pot);
    }
    if budget < Decimal::ZERO {
        return Err(SolveError::NegativeBudget(budget));
    }
    let current = param.get(rules).map_err(SolveError::Param)?;
    let mut eval = Evaluator::new(results);
    let calc = eval.calculate(rules).map_err(SolveError::Invalid)?;
    // Candidates in order of difficulty, easiest first.
    let mut candidates: Vec<Decimal> = match (&param.field, &param.indicator) {
        (Field::MinScore, None) => calc
            .providers
            .iter()
            .filter(|p| p.service_type == st)
            .map(|p| p.score.percent(6))
            .collect(),
        (Field::Level | Field::StepLevel(_), Some(id)) => {
            let ind = scheme
                .indicators
                .iter()
                .find(|i| &i.id == id)
                .ok_or(SolveError::Param(super::param::ParamError::NoIndicator {
                    path: param.to_string(),
                    id: id.clone(),
                }))?;
            if !ind.scoring.mode().searchable(param.field) {
                return Err(SolveError::Param(super::param::ParamError::NotForScoring {
                    path: param.to_string(),
                }));
            }
            // A level at a provider's result still counts it as reached: round towards easier.
            let easier = |q: &Q| match ind.direction {
                Direction::HigherIsBetter => q.floor_dp(6),
                Direction::LowerIsBetter => q.ceil_dp(6),
            };
            let mut v: Vec<Decimal> = calc
                .providers
                .iter()
                .filter(|p| p.service_type == st)
                .filter_map(|p| {
                    p.indicators
                        .iter()
                        .find(|i| &*i.indicator_id == id.as_str())
                })
                .filter_map(|i| i.value.as_ref().map(easier))
                .collect();
            if ind.direction == Direction::LowerIsBetter {
                v.iter_mut().for_each(|x| *x = -*x);
            }
            v.sort();
            v.dedup();
            if ind.direction == Direction::LowerIsBetter {
                v.iter_mut().for_each(|x| *x = -*x);
            }
            v
        }
        // k of n: more indicators with usable data required pays no more (1 to n).
        (Field::MinUsable, None) => (1..=scheme.indicators.len() as u32)
            .map(Decimal::from)
            .collect(),
        // A gate's cap: a lower cap pays no more; the total changes with the cap continuously
        // (a capped score is paid pro rata), so the candidates are whole percents, 100 first.
        (Field::GateCap(_), None) => (0..=100).rev().map(Decimal::from).collect(),
        _ => {
            return Err(SolveError::Param(super::param::ParamError::NotForScoring {
                path: param.to_string(),
            }));
        }
    };
    if param.field == Field::MinScore {
        candidates.sort();
        candidates.dedup();
    }
    let mut total_at = |level: Decimal| -> Option<Decimal> {
        let r = param.apply(rules, level).ok()?;
        eval.calculate_detail(&r, Detail::Providers)
            .ok()
            .map(|c| c.gross_total_for(st))
    };
    // The first candidate (easiest first) whose total is within the budget; candidates whose
    // rules are invalid (e.g. a step level passing another) count as over.
    let within = |t: Option<Decimal>| t.is_some_and(|t| t <= budget);
    let (mut lo, mut hi) = (0usize, candidates.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if within(total_at(candidates[mid])) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    let at = |k: usize, total_at: &mut dyn FnMut(Decimal) -> Option<Decimal>| {
        candidates.get(k).and_then(|&c| total_at(c).map(|t| (c, t)))
    };
    let within_at = at(lo, &mut total_at);
    let over_at = lo.checked_sub(1).and_then(|k| at(k, &mut total_at));
    Ok(LevelCrossing {
        param: param.clone(),
        budget,
        current,
        current_total: calc.gross_total_for(st),
        over: over_at,
        within: within_at,
    })
}
