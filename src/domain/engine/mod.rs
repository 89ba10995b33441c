//! The calculation: compiled plan + results → every provider's payout with its explanation.
//!
//! Pure and exact: no I/O, no floating point; every credit, weight, score and amount is an
//! exact rational ([`crate::domain::exact::Q`]) until the one rounding to öre, and pots and
//! payouts are split by [`crate::domain::allocate`] so the parts sum exactly.
//!
//! * [`aggregate`](mod@aggregate): results → one exact value per provider × indicator;
//! * `pay`: scoring, weights, score, qualification, payouts, pot shares, splits;
//! * this module: whole calculations, and [`recalculate`], which brings one up to date after
//!   a rule edit by comparing the compiled inputs of each stage.

pub mod aggregate;
mod gates;
mod pay;
pub(crate) mod share;
pub(crate) mod status;
pub(crate) mod sufficiency;

pub use aggregate::{Aggregated, aggregate, aggregate_reusing};

use rayon::prelude::*;

use pay::{Names, SchemeCalc};

use super::explanation::{Calculation, Detail, ProviderResult};
use super::plan::{Plan, SchemePlan, compile};
use super::results::{ResultSet, ServiceType};
use super::rules::RuleSet;
use super::validation::{Problem, Severity};

/// Computes every provider's kvalitetspeng from a rule set: compiles it (see
/// [`compile`]) and calculates.
///
/// Returns the validation errors instead when the rule set has any (warnings do not stop it).
pub fn calculate(rules: &RuleSet, results: &ResultSet) -> Result<Calculation, Vec<Problem>> {
    let plan = compile(rules).map_err(|problems| {
        problems
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .collect::<Vec<_>>()
    })?;
    Ok(calculate_plan(&plan, results))
}

/// Computes every provider's kvalitetspeng from a compiled plan.
pub fn calculate_plan(plan: &Plan, results: &ResultSet) -> Calculation {
    calculate_with(plan, results, &aggregate(plan, results))
}

/// [`calculate_plan`] with an aggregation made earlier (used if it [`Aggregated::fits`];
/// otherwise one is made, taking over what it can).
pub fn calculate_with(plan: &Plan, results: &ResultSet, agg: &Aggregated) -> Calculation {
    calculate_detail(plan, results, agg, Detail::Indicators)
}

/// [`calculate_with`] keeping as much of the explanation as `detail` says: with
/// [`Detail::Providers`] everything but the indicator results, which are then never all in
/// memory at once (for outputs that show providers only, such as the payout table).
pub fn calculate_detail(
    plan: &Plan,
    results: &ResultSet,
    agg: &Aggregated,
    detail: Detail,
) -> Calculation {
    if !agg.fits(plan, results) {
        let agg = aggregate_reusing(plan, results, Some(agg));
        return calculate_detail(plan, results, &agg, detail);
    }
    let mut warnings = agg.warnings.clone();
    let mut providers = Vec::new();
    let mut schemes = Vec::with_capacity(plan.schemes.len());
    // The schemes side by side: each spreads its providers over the cores, but its peer
    // levels, pot and summary are made on one, and another scheme's providers fill the other
    // cores meanwhile.
    let calculated: Vec<_> = plan
        .schemes
        .par_iter()
        .enumerate()
        .map(|(si, scheme)| {
            let sc = every_indicator(scheme, si, results, agg);
            let (mut out, notes) = sc.all_providers(detail);
            let mut w = Vec::new();
            sc.complete(&mut out, &notes, &mut w);
            let summary = sc.summary(&out, w);
            (out, summary)
        })
        .collect();
    // The providers in the order of their service types and ids: each scheme's are in the
    // order of the result set's (its ids), so in the order of the schemes' service types the
    // first scheme's list is kept and the others' appended (a fresh list of them all was a
    // millisecond of copying into new memory at 1,2 M rows, on one core), and the sort only
    // checks the order (the same sort as before: any order of the schemes gives this one).
    let mut outs = Vec::with_capacity(calculated.len());
    for (out, summary) in calculated {
        warnings.extend(summary.warnings.iter().cloned());
        schemes.push(summary);
        outs.push(out);
    }
    let mut order: Vec<usize> = (0..outs.len()).collect();
    order.sort_by_key(|&si| schemes[si].service_type);
    for si in order {
        let out = std::mem::take(&mut outs[si]);
        if providers.is_empty() {
            providers = out;
        } else {
            providers.extend(out);
        }
    }
    providers.sort_by(|a, b| {
        a.service_type
            .cmp(&b.service_type)
            .then_with(|| a.id.cmp(&b.id))
    });
    Calculation {
        municipality: plan.municipality.clone(),
        rule_set_name: plan.name.clone(),
        period: plan.period_text.clone(),
        providers,
        schemes,
        warnings,
        detail,
    }
}

/// The calculation of scheme `si` (`scheme`) with every indicator scored.
fn every_indicator<'a>(
    scheme: &'a SchemePlan,
    si: usize,
    results: &'a ResultSet,
    agg: &'a Aggregated,
) -> SchemeCalc<'a> {
    let all = vec![true; scheme.indicators.len()];
    SchemeCalc::new(scheme, results, &agg.members[si], &agg.columns[si], &all)
}

/// Makes a calculation's indicator results again, provider by provider, for an output that
/// shows them from a calculation that did not keep them ([`Detail::Providers`]). Each is the
/// one [`Detail::Indicators`] keeps (the property
/// `indicator_results_made_again_are_those_kept` checks it), and they need never all be in
/// memory at once.
pub struct Explainer<'a> {
    results: &'a ResultSet,
    members: &'a [Vec<u32>],
    schemes: Vec<(ServiceType, SchemeCalc<'a>)>,
}

impl<'a> Explainer<'a> {
    /// For a calculation made from `plan`, `results` and `agg` (the aggregation it was made
    /// from).
    pub fn new(plan: &'a Plan, results: &'a ResultSet, agg: &'a Aggregated) -> Self {
        assert!(
            agg.fits(plan, results),
            "the aggregation the calculation was made from"
        );
        let schemes = plan
            .schemes
            .iter()
            .enumerate()
            .map(|(si, s)| (s.service_type, every_indicator(s, si, results, agg)))
            .collect();
        Explainer {
            results,
            members: &agg.members,
            schemes,
        }
    }

    /// Providers of the calculation, each with its indicator results.
    ///
    /// # Panics
    /// On a provider that is not one of the calculation's (a programming error).
    pub fn providers(&self, of: &[ProviderResult]) -> Vec<ProviderResult> {
        let mut names: Vec<Option<Names>> = (0..self.schemes.len()).map(|_| None).collect();
        of.iter()
            .map(|p| {
                let si = self
                    .schemes
                    .iter()
                    .position(|(st, _)| *st == p.service_type)
                    .expect("a provider of a scheme of the calculation");
                let ps = self.members[si]
                    .binary_search_by(|&pi| {
                        self.results.providers[pi as usize].id.as_str().cmp(&p.id)
                    })
                    .expect("a provider of the calculation");
                let sc = &self.schemes[si].1;
                let names = names[si].get_or_insert_with(|| sc.names());
                ProviderResult {
                    indicators: sc.provider(ps, names).indicators,
                    ..p.clone()
                }
            })
            .collect()
    }
}

/// Brings `calc`, made from the plan `before` with these results, up to date with `plan`, in
/// place — what the app does after every rule edit. The inputs of each stage are compared as
/// values: a scheme whose compiled plan is equal is left as it is; in a changed scheme, an
/// indicator whose [`scoring input`](super::plan::IndicatorPlan::scoring_input) and column are
/// equal to one under `before` (matched by id) keeps its data status and credit, the others
/// are scored again; weights, score and payout are redone. Anything else (another period or
/// set of schemes, other providers) means a full calculation. The result is identical to
/// [`calculate_plan`]`(plan, results)`.
pub fn recalculate(
    calc: &mut Calculation,
    before: &Plan,
    plan: &Plan,
    results: &ResultSet,
    agg: &Aggregated,
) {
    if !agg.fits(plan, results) {
        let agg = aggregate_reusing(plan, results, Some(agg));
        return recalculate(calc, before, plan, results, &agg);
    }
    let comparable = calc.detail == Detail::Indicators
        && before.period == plan.period
        && before.schemes.len() == plan.schemes.len()
        && before
            .schemes
            .iter()
            .zip(&plan.schemes)
            .all(|(a, b)| a.service_type == b.service_type);
    if !comparable {
        *calc = calculate_with(plan, results, agg);
        return;
    }
    // Where each scheme's providers are in `calc` (sorted by service type, then id); they
    // must be the aggregation's members, in the same order, as `before` made them.
    let mut ranges = Vec::with_capacity(plan.schemes.len());
    for (si, scheme) in before.schemes.iter().enumerate() {
        let st = scheme.service_type;
        let start = calc.providers.partition_point(|p| p.service_type < st);
        let end = calc.providers.partition_point(|p| p.service_type <= st);
        let members = &agg.members[si];
        let same = end - start == members.len()
            && calc.providers[start..end]
                .iter()
                .zip(members)
                .all(|(p, &pi)| {
                    p.id == results.providers[pi as usize].id
                        && p.indicators.len() == scheme.indicators.len()
                });
        if !same || calc.schemes.get(si).is_none_or(|s| s.service_type != st) {
            *calc = calculate_with(plan, results, agg);
            return;
        }
        ranges.push(start..end);
    }
    for (si, scheme) in plan.schemes.iter().enumerate() {
        let prev = &before.schemes[si];
        if prev == scheme {
            continue;
        }
        // For each indicator, the previous result to keep: same id, equal scoring input.
        // (Other peer cohorts: relative levels change, so everything is scored again.)
        let keep: Vec<Option<usize>> = scheme
            .indicators
            .iter()
            .map(|a| {
                prev.indicators.iter().position(|b| {
                    b.id == a.id
                        && b.scoring_input() == a.scoring_input()
                        && prev.cohort == scheme.cohort
                })
            })
            .collect();
        let scored: Vec<bool> = keep.iter().map(Option::is_none).collect();
        let sc = SchemeCalc::new(scheme, results, &agg.members[si], &agg.columns[si], &scored);
        let out = &mut calc.providers[ranges[si].clone()];
        sc.refresh_all(out, &keep);
        let notes: Vec<pay::Notes> = out.iter().map(pay::Notes::of).collect();
        let mut warnings = Vec::new();
        sc.complete(out, &notes, &mut warnings);
        calc.schemes[si] = sc.summary(out, warnings);
    }
    calc.warnings = agg.warnings.clone();
    for s in &calc.schemes {
        calc.warnings.extend(s.warnings.iter().cloned());
    }
    calc.municipality = plan.municipality.clone();
    calc.rule_set_name = plan.name.clone();
    calc.period = plan.period_text.clone();
}
