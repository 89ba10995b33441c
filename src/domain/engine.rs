//! The calculation: rule set + results → every provider's payout with its explanation.
//!
//! Pure and exact: no I/O, no floating point. Amounts are rounded to öre only at the end
//! ([`round_ore`]), pots are split by [`allocate`] so the parts sum exactly to the pot.

use std::collections::HashMap;
use std::sync::Arc;

use rust_decimal::Decimal;

use super::allocate::allocate;
use super::decimal::round_ore;
use super::explanation::*;
use super::period::Period;
use super::results::{ResultSet, ServiceType};
use super::rules::{MissingDataPolicy, PayoutBase, PotKey, RuleSet, Scheme, Scoring, Unit};
use super::scoring::{self, Scored};
use super::validation::{Problem, Severity, validate};

/// Accumulates the observations of one provider × indicator within a period.
#[derive(Debug, Clone, Default)]
struct Agg {
    rows: u32,
    values: u32,
    sum_v: Decimal,
    sum_vn: Decimal,
    sum_n: u64,
    all_have_n: bool,
    first_line: u32,
}

/// A provider × indicator result for a period, aggregated once.
#[derive(Debug, Clone, Copy, Default)]
struct Cell {
    value: Option<Decimal>,
    respondents: Option<u32>,
    rows: u32,
    values: u32,
    first_line: u32,
    /// Where `value` lies, classified once here rather than at every rule edit.
    range: Range,
}

/// Where a value lies relative to the limits of the indicator units (0 and 100).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Range {
    Negative,
    #[default]
    ZeroToHundred,
    AboveHundred,
}

impl Range {
    fn of(v: Option<Decimal>) -> Range {
        match v {
            Some(v) if v.is_sign_negative() && !v.is_zero() => Range::Negative,
            Some(v) if v > Decimal::ONE_HUNDRED => Range::AboveHundred,
            _ => Range::ZeroToHundred,
        }
    }
}

impl Agg {
    fn cell(&self) -> Cell {
        let (value, respondents) = self.value();
        Cell {
            value,
            respondents,
            rows: self.rows,
            values: self.values,
            first_line: self.first_line,
            range: Range::of(value),
        }
    }

    fn add(&mut self, value: Option<Decimal>, n: Option<u32>, line: u32) {
        if self.rows == 0 {
            self.all_have_n = true;
            self.first_line = line;
        }
        self.rows += 1;
        self.first_line = self.first_line.min(line);
        if let Some(v) = value {
            self.values += 1;
            self.sum_v += v;
            match n {
                Some(n) => {
                    self.sum_n += u64::from(n);
                    self.sum_vn += v * Decimal::from(n);
                }
                None => self.all_have_n = false,
            }
        }
    }

    /// The period's value (respondent-weighted mean when every row has respondents) and respondents.
    fn value(&self) -> (Option<Decimal>, Option<u32>) {
        if self.values == 0 {
            return (None, None);
        }
        if self.values == 1 {
            let n = if self.all_have_n {
                Some(self.sum_n as u32)
            } else {
                None
            };
            return (Some(self.sum_v), n);
        }
        if self.all_have_n && self.sum_n > 0 {
            (
                Some(self.sum_vn / Decimal::from(self.sum_n)),
                Some(u32::try_from(self.sum_n).unwrap_or(u32::MAX)),
            )
        } else {
            (Some(self.sum_v / Decimal::from(self.values)), None)
        }
    }
}

/// The baseline period an indicator's scoring compares with (achievement or improvement).
fn baseline_period(i: &super::rules::Indicator) -> Option<String> {
    match &i.scoring {
        Scoring::AchievementOrImprovement {
            baseline_period, ..
        } => Some(baseline_period.clone()),
        _ => None,
    }
}

/// A scheme's service type and its indicators (id, baseline period if any).
type SchemeIndicators = (ServiceType, Vec<(String, Option<String>)>);

/// The parts of a rule set the aggregation of results depends on. Edits that change only
/// weights, levels, scoring or payout keep it, so the aggregation can be reused.
#[derive(Debug, Clone, PartialEq)]
struct AggKey {
    period: String,
    /// Per scheme: service type and (indicator id, baseline period if any).
    schemes: Vec<SchemeIndicators>,
    results_sha256: String,
    observations: usize,
    providers: usize,
}

impl AggKey {
    fn of(rules: &RuleSet, results: &ResultSet) -> Self {
        AggKey {
            period: rules.period.clone(),
            schemes: rules
                .schemes
                .iter()
                .map(|s| {
                    let inds = s
                        .indicators
                        .iter()
                        .map(|i| (i.id.clone(), baseline_period(i)))
                        .collect();
                    (s.service_type, inds)
                })
                .collect(),
            results_sha256: results.source_sha256.clone(),
            observations: results.observations.len(),
            providers: results.providers.len(),
        }
    }
}

/// The observations of a result set indexed by indicator, so that an indicator's results can be
/// aggregated without reading all the others. Made on the first edit that needs it.
#[derive(Debug)]
struct ObservationIndex {
    /// Per result indicator: its observations' indices, in file order.
    by_indicator: Vec<Vec<u32>>,
    ids: HashMap<String, u32>,
}

impl ObservationIndex {
    fn of(results: &ResultSet) -> Self {
        let mut counts = vec![0usize; results.indicators.len()];
        for o in &results.observations {
            counts[o.indicator as usize] += 1;
        }
        let mut by_indicator: Vec<Vec<u32>> =
            counts.iter().map(|&n| Vec::with_capacity(n)).collect();
        for (k, o) in results.observations.iter().enumerate() {
            by_indicator[o.indicator as usize].push(k as u32);
        }
        ObservationIndex {
            by_indicator,
            ids: results
                .indicators
                .iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), i as u32))
                .collect(),
        }
    }
}

/// What one indicator column of a scheme is aggregated for.
#[derive(Debug, Clone, PartialEq)]
struct ColumnKey {
    service_type: ServiceType,
    indicator_id: String,
    period: String,
    baseline_period: Option<String>,
}

/// One indicator's results for every provider of a scheme (in member order), aggregated over
/// the period and, for achievement-or-improvement, the baseline period.
#[derive(Debug)]
struct Column {
    key: ColumnKey,
    current: Vec<Cell>,
    baseline: Vec<Cell>,
}

/// The results aggregated per scheme, indicator and provider for a rule set's period. Reusable
/// across rule edits that keep its key (see [`Aggregated::fits`]); the app keeps one so a weight
/// or level edit recomputes in milliseconds, and [`aggregate_reusing`] makes the next one from it
/// aggregating only the indicator columns that are new.
#[derive(Debug, Clone)]
pub struct Aggregated {
    key: AggKey,
    /// Shared by the aggregations of the same results; filled on first use.
    index: Arc<std::sync::OnceLock<ObservationIndex>>,
    members: Vec<Vec<u32>>,
    /// Per scheme, per indicator.
    columns: Vec<Vec<Arc<Column>>>,
    /// Whether any observation of a provider with a scheme lies in the period.
    any_in_period: bool,
    warnings: Vec<Warning>,
}

impl Aggregated {
    /// True if this aggregation is valid for these rules and results.
    pub fn fits(&self, rules: &RuleSet, results: &ResultSet) -> bool {
        self.key == AggKey::of(rules, results)
    }

    /// Indexes the observations by indicator now (made from these results), so that the first
    /// edit of the indicator set does not have to (see [`aggregate_reusing`]). Idempotent.
    pub fn prepare_for_edits(&self, results: &ResultSet) {
        if self.same_results(results) {
            self.index.get_or_init(|| ObservationIndex::of(results));
        }
    }

    /// True if this was made from the same results (as far as the key can tell).
    fn same_results(&self, results: &ResultSet) -> bool {
        self.key.results_sha256 == results.source_sha256
            && self.key.observations == results.observations.len()
            && self.key.providers == results.providers.len()
    }
}

/// Adds member `ps`'s observation to a column being aggregated: to the period, or else to the
/// baseline period if it lies there.
#[inline]
fn add_to_column(
    (current, baseline): &mut (Vec<Agg>, Vec<Agg>),
    ps: u32,
    o: &super::results::Observation,
    in_period: bool,
    base: Option<Period>,
) {
    if in_period {
        current[ps as usize].add(o.value, o.respondents, o.line);
    } else if base.is_some_and(|b| b.contains(&o.period)) {
        baseline[ps as usize].add(o.value, o.respondents, o.line);
    }
}

/// Aggregates the results for a rule set (its period, schemes and indicators): one pass over
/// all observations. The rule set's period must be valid (see [`validate`]); an invalid one
/// aggregates nothing.
pub fn aggregate(rules: &RuleSet, results: &ResultSet) -> Aggregated {
    aggregate_reusing(rules, results, None)
}

/// [`aggregate`], taking over from `previous` (made from the same results, for the same period
/// and service types) every indicator column whose indicator and baseline period are unchanged
/// and aggregating only the new ones from an index of the observations by indicator: adding,
/// removing or renaming an indicator reads only that indicator's observations.
pub fn aggregate_reusing(
    rules: &RuleSet,
    results: &ResultSet,
    previous: Option<&Aggregated>,
) -> Aggregated {
    let period: Period = rules.period.parse().unwrap_or(Period {
        year: 0,
        first_month: 1,
        last_month: 0,
    });
    let keys: Vec<Vec<ColumnKey>> = rules
        .schemes
        .iter()
        .map(|s| {
            s.indicators
                .iter()
                .map(|i| ColumnKey {
                    service_type: s.service_type,
                    indicator_id: i.id.clone(),
                    period: rules.period.clone(),
                    baseline_period: baseline_period(i),
                })
                .collect()
        })
        .collect();
    // Columns can be taken over from an aggregation of the same results, for the same period and
    // the same service types (which providers belong to which scheme).
    let sorted = |mut v: Vec<ServiceType>| {
        v.sort();
        v
    };
    let previous = previous.filter(|p| {
        p.same_results(results)
            && p.key.period == rules.period
            && sorted(p.key.schemes.iter().map(|s| s.0).collect())
                == sorted(rules.schemes.iter().map(|s| s.service_type).collect())
    });

    // Providers per scheme (results.providers is sorted by id) and each provider's position.
    let mut warnings = Vec::new();
    let scheme_of = |st: ServiceType| rules.schemes.iter().position(|s| s.service_type == st);
    let mut members: Vec<Vec<u32>> = vec![Vec::new(); rules.schemes.len()];
    let mut slot: Vec<Option<(usize, u32)>> = Vec::with_capacity(results.providers.len());
    for (pi, p) in results.providers.iter().enumerate() {
        match scheme_of(p.service_type) {
            Some(si) => {
                slot.push(Some((si, members[si].len() as u32)));
                members[si].push(pi as u32);
            }
            None => {
                slot.push(None);
                warnings.push(Warning::NoScheme {
                    provider_id: p.id.clone(),
                    service_type: p.service_type,
                });
            }
        }
    }
    let known: std::collections::HashSet<&str> = rules
        .schemes
        .iter()
        .flat_map(|s| s.indicators.iter().map(|i| i.id.as_str()))
        .collect();
    let new_aggs = |si: usize| {
        (
            vec![Agg::default(); members[si].len()],
            vec![Agg::default(); members[si].len()],
        )
    };
    let finish = |key: &ColumnKey, (current, baseline): (Vec<Agg>, Vec<Agg>)| {
        Arc::new(Column {
            key: key.clone(),
            current: current.iter().map(Agg::cell).collect(),
            baseline: baseline.iter().map(Agg::cell).collect(),
        })
    };
    let baseline_of = |key: &ColumnKey| -> Option<Period> {
        key.baseline_period.as_ref().and_then(|b| b.parse().ok())
    };

    let (index, columns, any_in_period, unknown) = match previous {
        Some(prev) => {
            // Only the new columns, each from its indicator's observations.
            let index = prev.index.clone();
            let idx = index.get_or_init(|| ObservationIndex::of(results));
            let wanted: Vec<(usize, &ColumnKey)> = keys
                .iter()
                .enumerate()
                .flat_map(|(si, ks)| ks.iter().map(move |k| (si, k)))
                .collect();
            let old = |key: &ColumnKey| {
                prev.columns
                    .iter()
                    .flatten()
                    .find(|c| c.key == *key)
                    .cloned()
            };
            let built: Vec<Arc<Column>> = par_map_with(
                &wanted,
                PAR_MIN_COLUMNS,
                || (),
                |_, _, &(si, key)| {
                    if let Some(c) = old(key) {
                        return c;
                    }
                    let mut aggs = new_aggs(si);
                    let base = baseline_of(key);
                    if let Some(&ri) = idx.ids.get(&key.indicator_id) {
                        for &oi in &idx.by_indicator[ri as usize] {
                            let o = &results.observations[oi as usize];
                            match slot[o.provider as usize] {
                                Some((osi, ps)) if osi == si => {
                                    let in_period = period.contains(&o.period);
                                    add_to_column(&mut aggs, ps, o, in_period, base);
                                }
                                _ => {}
                            }
                        }
                    }
                    finish(key, aggs)
                },
            );
            let mut columns: Vec<Vec<Arc<Column>>> = vec![Vec::new(); rules.schemes.len()];
            for (&(si, _), c) in wanted.iter().zip(built) {
                columns[si].push(c);
            }
            // In-period observations of indicators no scheme has, of providers some scheme has.
            let mut unknown: Vec<(String, usize, u32)> = Vec::new();
            for (ri, id) in results.indicators.iter().enumerate() {
                if known.contains(id.as_str()) {
                    continue;
                }
                let (mut rows, mut first_line) = (0usize, u32::MAX);
                for &oi in &idx.by_indicator[ri] {
                    let o = &results.observations[oi as usize];
                    if slot[o.provider as usize].is_some() && period.contains(&o.period) {
                        rows += 1;
                        first_line = first_line.min(o.line);
                    }
                }
                if rows > 0 {
                    unknown.push((id.clone(), rows, first_line));
                }
            }
            (index, columns, prev.any_in_period, unknown)
        }
        None => {
            // One pass over all observations.
            let ind_pos: Vec<Vec<Option<usize>>> = keys
                .iter()
                .map(|ks| {
                    results
                        .indicators
                        .iter()
                        .map(|id| ks.iter().position(|k| &k.indicator_id == id))
                        .collect()
                })
                .collect();
            let bases: Vec<Vec<Option<Period>>> = keys
                .iter()
                .map(|ks| ks.iter().map(baseline_of).collect())
                .collect();
            let mut aggs: Vec<Vec<(Vec<Agg>, Vec<Agg>)>> = keys
                .iter()
                .enumerate()
                .map(|(si, ks)| ks.iter().map(|_| new_aggs(si)).collect())
                .collect();
            let mut unknown: HashMap<u32, (usize, u32)> = HashMap::new();
            let mut any_in_period = false;
            for o in &results.observations {
                let Some((si, ps)) = slot[o.provider as usize] else {
                    continue;
                };
                let in_period = period.contains(&o.period);
                any_in_period |= in_period;
                let Some(ii) = ind_pos[si][o.indicator as usize] else {
                    if in_period
                        && !known.contains(results.indicators[o.indicator as usize].as_str())
                    {
                        let e = unknown.entry(o.indicator).or_insert((0, o.line));
                        e.0 += 1;
                        e.1 = e.1.min(o.line);
                    }
                    continue;
                };
                add_to_column(&mut aggs[si][ii], ps, o, in_period, bases[si][ii]);
            }
            let columns = aggs
                .into_iter()
                .zip(&keys)
                .map(|(cols, ks)| {
                    cols.into_iter()
                        .zip(ks)
                        .map(|(a, k)| finish(k, a))
                        .collect()
                })
                .collect();
            let unknown = unknown
                .into_iter()
                .map(|(i, (rows, line))| (results.indicators[i as usize].clone(), rows, line))
                .collect();
            (
                Arc::new(std::sync::OnceLock::new()),
                columns,
                any_in_period,
                unknown,
            )
        }
    };

    if !any_in_period {
        warnings.push(Warning::NoResultsInPeriod {
            period: rules.period.clone(),
        });
    }
    let mut unknown = unknown;
    unknown.sort();
    for (id, rows, first_line) in unknown {
        warnings.push(Warning::UnknownIndicator {
            id,
            rows,
            first_line,
        });
    }
    Aggregated {
        key: AggKey::of(rules, results),
        index,
        members,
        columns,
        any_in_period,
        warnings,
    }
}

/// Computes every provider's kvalitetspeng.
///
/// Returns the validation errors instead when the rule set has any (warnings do not stop it).
pub fn calculate(rules: &RuleSet, results: &ResultSet) -> Result<Calculation, Vec<Problem>> {
    check(rules)?;
    calculate_with(rules, results, &aggregate(rules, results))
}

fn check(rules: &RuleSet) -> Result<(), Vec<Problem>> {
    let problems = validate(rules);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return Err(problems
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .collect());
    }
    Ok(())
}

/// [`calculate`] with an aggregation made earlier by [`aggregate`] (it must [`Aggregated::fits`];
/// otherwise it is made anew). To bring an earlier calculation up to date after a rule edit,
/// use [`recalculate`].
pub fn calculate_with(
    rules: &RuleSet,
    results: &ResultSet,
    agg: &Aggregated,
) -> Result<Calculation, Vec<Problem>> {
    check(rules)?;
    if !agg.fits(rules, results) {
        return calculate_with(rules, results, &aggregate(rules, results));
    }
    let mut warnings = agg.warnings.clone();
    let mut providers = Vec::with_capacity(results.providers.len());
    let mut schemes = Vec::with_capacity(rules.schemes.len());
    for (si, scheme) in rules.schemes.iter().enumerate() {
        let (out, summary) = calculate_scheme(scheme, results, &agg.members[si], &agg.columns[si]);
        warnings.extend(summary.warnings.iter().cloned());
        schemes.push(summary);
        providers.extend(out);
    }
    providers.sort_by(|a, b| {
        a.service_type
            .cmp(&b.service_type)
            .then_with(|| a.id.cmp(&b.id))
    });
    Ok(Calculation {
        municipality: rules.municipality.clone(),
        rule_set_name: rules.name.clone(),
        period: rules.period.clone(),
        providers,
        schemes,
        warnings,
    })
}

/// Brings `calc`, made from `calc_rules` with these results, up to date with the edited
/// `rules`, in place — what the app does after every rule edit. Schemes whose rules did not
/// change are left as they are; in a changed scheme with the same indicators, those whose
/// scoring rules (scoring, direction, unit, minimum respondents) did not change keep their data
/// status and credit, so a weight, qualification or payout edit scores nothing again; a scheme
/// whose indicators were added, removed or renamed is calculated again. A new period or set of
/// schemes means a full calculation. `agg` should fit `rules` (it is made anew otherwise).
/// The result is identical to [`calculate`]`(rules, results)`; on validation errors `calc` is
/// left untouched.
pub fn recalculate(
    calc: &mut Calculation,
    calc_rules: &RuleSet,
    rules: &RuleSet,
    results: &ResultSet,
    agg: &Aggregated,
) -> Result<(), Vec<Problem>> {
    check(rules)?;
    if !agg.fits(rules, results) {
        *calc = calculate(rules, results)?;
        return Ok(());
    }
    let comparable = calc_rules.period == rules.period
        && calc_rules.schemes.len() == rules.schemes.len()
        && calc_rules
            .schemes
            .iter()
            .zip(&rules.schemes)
            .all(|(a, b)| a.service_type == b.service_type);
    if !comparable {
        *calc = calculate_with(rules, results, agg)?;
        return Ok(());
    }
    // Where each scheme's providers are in `calc` (sorted by service type, then id); they
    // must be the ones the aggregation has, in the same order, as `calc_rules` made them.
    let mut ranges = Vec::with_capacity(rules.schemes.len());
    for (si, scheme) in calc_rules.schemes.iter().enumerate() {
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
            *calc = calculate_with(rules, results, agg)?;
            return Ok(());
        }
        ranges.push(start..end);
    }
    for (si, scheme) in rules.schemes.iter().enumerate() {
        let prev = &calc_rules.schemes[si];
        if prev == scheme {
            continue;
        }
        let out = &mut calc.providers[ranges[si].clone()];
        // Each indicator's position under the previous rules (by id), and whether it must be
        // scored again: new, or its scoring rules changed.
        let was: Vec<Option<usize>> = scheme
            .indicators
            .iter()
            .map(|a| prev.indicators.iter().position(|b| b.id == a.id))
            .collect();
        let moved = (was.len() != prev.indicators.len()
            || was.iter().enumerate().any(|(i, w)| *w != Some(i)))
        .then_some(was.as_slice());
        let rescore: Vec<bool> = scheme
            .indicators
            .iter()
            .zip(&was)
            .map(|(a, w)| {
                w.is_none_or(|j| {
                    let b = &prev.indicators[j];
                    a.scoring != b.scoring
                        || a.direction != b.direction
                        || a.unit != b.unit
                        || a.min_respondents != b.min_respondents
                })
            })
            .collect();
        let sc = SchemeCalc::new(
            scheme,
            results,
            &agg.members[si],
            &agg.columns[si],
            &rescore,
        );
        par_for_each_mut(out, |ps, r| sc.refresh(r, ps, &rescore, moved));
        let mut warnings = Vec::new();
        sc.complete(out, &mut warnings);
        calc.schemes[si] = sc.summary(out, warnings);
    }
    calc.warnings = agg.warnings.clone();
    for s in &calc.schemes {
        calc.warnings.extend(s.warnings.iter().cloned());
    }
    calc.municipality = rules.municipality.clone();
    calc.rule_set_name = rules.name.clone();
    calc.period = rules.period.clone();
    Ok(())
}

/// The data status of an aggregated result for an indicator.
fn data_status(ind: &super::rules::Indicator, cell: &Cell) -> DataStatus {
    if cell.value.is_none() {
        return DataStatus::Missing;
    }
    let out_of_range = match ind.unit {
        Unit::Percent => cell.range != Range::ZeroToHundred,
        Unit::Count => cell.range == Range::Negative,
        Unit::Score => false,
    };
    if out_of_range {
        return DataStatus::OutOfRange;
    }
    if let Some(min) = ind.min_respondents.filter(|m| *m > 0) {
        match cell.respondents {
            None => return DataStatus::RespondentsUnknown { min },
            Some(n) if n < min => return DataStatus::TooFewRespondents { min },
            _ => {}
        }
    }
    DataStatus::Ok
}

/// Everything a scheme's calculation shares between its providers.
struct SchemeCalc<'a> {
    scheme: &'a Scheme,
    results: &'a ResultSet,
    members: &'a [u32],
    /// Per indicator, the aggregated results of every member.
    columns: &'a [Arc<Column>],
    /// Weights as fractions when every indicator counts (weights sum to 100): exact, computed once.
    full_weights: Vec<Decimal>,
    /// Peer levels (zero at, full at, peers) for relative indicators.
    peer_levels: Vec<Option<(Decimal, Decimal, usize)>>,
}

impl<'a> SchemeCalc<'a> {
    /// `scored[ii]`: whether indicator `ii` will be scored (peer levels are computed only for
    /// those).
    fn new(
        scheme: &'a Scheme,
        results: &'a ResultSet,
        members: &'a [u32],
        columns: &'a [Arc<Column>],
        scored: &[bool],
    ) -> Self {
        let peer_levels = scheme
            .indicators
            .iter()
            .enumerate()
            .map(|(ii, ind)| match &ind.scoring {
                Scoring::Relative { start, full } if scored[ii] => {
                    let peers: Vec<Decimal> = columns[ii]
                        .current
                        .iter()
                        .filter_map(|cell| {
                            if data_status(ind, cell).is_ok() {
                                cell.value
                            } else {
                                None
                            }
                        })
                        .collect();
                    scoring::peer_levels(start, full, &peers, ind.direction)
                        .map(|(a, b)| (a, b, peers.len()))
                }
                _ => None,
            })
            .collect();
        SchemeCalc {
            scheme,
            results,
            members,
            columns,
            full_weights: scheme
                .indicators
                .iter()
                .map(|i| percent_to_fraction(i.weight))
                .collect(),
            peer_levels,
        }
    }

    /// Each thread's own copies of the indicator ids and names, so the threads do not contend
    /// on one reference count.
    fn names(&self) -> Vec<(Arc<str>, Arc<str>)> {
        self.scheme
            .indicators
            .iter()
            .map(|i| (Arc::from(i.id.as_str()), Arc::from(i.name.as_str())))
            .collect()
    }

    /// The data status and scoring of provider `ps`'s result for indicator `ii`.
    fn score(&self, ps: usize, ii: usize) -> (DataStatus, Option<Scored>) {
        let ind = &self.scheme.indicators[ii];
        let cell = &self.columns[ii].current[ps];
        let status = data_status(ind, cell);
        let (DataStatus::Ok, Some(v)) = (status, cell.value) else {
            return (status, None);
        };
        match &ind.scoring {
            Scoring::Relative { .. } => match self.peer_levels[ii] {
                Some((a, b, k)) => (
                    status,
                    Some(scoring::score_relative(v, a, b, k, ind.direction)),
                ),
                None => (DataStatus::NoPeers, None),
            },
            other => {
                let b = &self.columns[ii].baseline[ps];
                let base = if data_status(ind, b).is_ok() {
                    b.value
                } else {
                    None
                };
                (
                    status,
                    Some(scoring::score_fixed(other, ind.direction, v, base)),
                )
            }
        }
    }

    /// Provider `ps` (results index `pi`) calculated from scratch.
    /// Provider `ps`'s result for indicator `ii`, scored from scratch (weights still to do).
    fn indicator(&self, id: Arc<str>, name: Arc<str>, ps: usize, ii: usize) -> IndicatorResult {
        let ind = &self.scheme.indicators[ii];
        let cell = &self.columns[ii].current[ps];
        let (status, scored) = self.score(ps, ii);
        IndicatorResult {
            indicator_id: id,
            name,
            unit: ind.unit,
            direction: ind.direction,
            value: cell.value,
            respondents: cell.respondents,
            observations: cell.values,
            line: (cell.rows > 0).then_some(cell.first_line),
            status,
            credit: scored.as_ref().map_or(Decimal::ZERO, |s| s.credit),
            how: scored.map(|s| s.how),
            policy: None,
            weight_percent: ind.weight,
            effective_weight: Decimal::ZERO,
            contribution: Decimal::ZERO,
            kronor: Decimal::ZERO,
        }
    }

    /// Provider `ps` (results index `pi`) calculated from scratch.
    fn provider(&self, names: &[(Arc<str>, Arc<str>)], ps: usize, pi: u32) -> ProviderResult {
        let p = &self.results.providers[pi as usize];
        let indicators = (0..self.scheme.indicators.len())
            .map(|ii| self.indicator(names[ii].0.clone(), names[ii].1.clone(), ps, ii))
            .collect();
        let mut r = ProviderResult {
            id: p.id.clone(),
            name: p.name.clone(),
            service_type: p.service_type,
            regi: p.regi,
            volume: p.volume,
            volume_unit: self.scheme.volume_unit,
            indicators,
            score: Decimal::ZERO,
            status: PayoutStatus::ZeroScore,
            basis: ProviderBasis::None,
            capped_at: None,
            payout: Decimal::ZERO,
        };
        self.finish(&mut r, p);
        r
    }

    /// Provider `ps` brought up to date in place from its result under the previous rules.
    /// `moved`, when the indicators were added, removed or reordered: for each indicator its
    /// position under the previous rules, if it was there. Indicators marked in `rescore` (and
    /// new ones) are scored again, the others keep their data status and credit (their scoring
    /// rules did not change); weights, score and payout are redone.
    fn refresh(
        &self,
        r: &mut ProviderResult,
        ps: usize,
        rescore: &[bool],
        moved: Option<&[Option<usize>]>,
    ) {
        let p = &self.results.providers[self.members[ps] as usize];
        if let Some(moved) = moved {
            let old = std::mem::take(&mut r.indicators);
            r.indicators = moved
                .iter()
                .enumerate()
                .map(|(ii, was)| match was {
                    Some(j) if !rescore[ii] => old[*j].clone(),
                    _ => {
                        let ind = &self.scheme.indicators[ii];
                        self.indicator(
                            Arc::from(ind.id.as_str()),
                            Arc::from(ind.name.as_str()),
                            ps,
                            ii,
                        )
                    }
                })
                .collect();
        }
        for (ii, (ind, i)) in self
            .scheme
            .indicators
            .iter()
            .zip(r.indicators.iter_mut())
            .enumerate()
        {
            if *i.name != *ind.name {
                i.name = Arc::from(ind.name.as_str());
            }
            i.unit = ind.unit;
            i.direction = ind.direction;
            i.weight_percent = ind.weight;
            if rescore[ii] && moved.is_none() {
                let (status, scored) = self.score(ps, ii);
                i.status = status;
                i.credit = scored.as_ref().map_or(Decimal::ZERO, |s| s.credit);
                i.how = scored.map(|s| s.how);
            }
        }
        r.volume_unit = self.scheme.volume_unit;
        self.finish(r, p);
    }

    /// Weights after the missing-data policy, contributions, score, payout status, the payout
    /// when it does not depend on the others, and then its split over the indicators.
    fn finish(&self, r: &mut ProviderResult, p: &super::results::Provider) {
        let scheme = self.scheme;
        let hundred = Decimal::ONE_HUNDRED;
        let inds = &mut r.indicators;
        let any_missing = inds.iter().any(|i| !i.status.is_ok());
        let renormalized =
            any_missing && matches!(scheme.missing_data, MissingDataPolicy::Renormalize);
        let counted_weight: Decimal = if renormalized {
            inds.iter()
                .filter(|i| i.status.is_ok())
                .map(|i| i.weight_percent)
                .sum()
        } else {
            hundred
        };
        let mut score = Decimal::ZERO;
        for (k, i) in inds.iter_mut().enumerate() {
            i.policy = (!i.status.is_ok()).then(|| scheme.missing_data.clone());
            i.effective_weight = if !renormalized {
                self.full_weights[k]
            } else if i.status.is_ok() && !counted_weight.is_zero() {
                i.weight_percent / counted_weight
            } else {
                Decimal::ZERO
            };
            i.contribution = if i.credit.is_zero() || i.effective_weight.is_zero() {
                Decimal::ZERO
            } else {
                i.credit * i.effective_weight
            };
            score += i.contribution;
        }
        r.score = score.min(Decimal::ONE);
        let score = r.score;

        let fallback = match scheme.missing_data {
            MissingDataPolicy::FallbackShare(pct) if any_missing => Some(pct),
            _ => None,
        };
        r.status = if let Some(percent) = fallback {
            PayoutStatus::Fallback {
                percent,
                previous_payout: p.previous_payout,
            }
        } else if score.is_zero() {
            PayoutStatus::ZeroScore
        } else if let Some(min) = scheme
            .qualification
            .min_score_percent
            .filter(|m| score * hundred < *m)
        {
            PayoutStatus::BelowMinimumScore { min_percent: min }
        } else if scheme.qualification.all_indicators_met
            && inds
                .iter()
                .any(|i| !i.effective_weight.is_zero() && i.credit < Decimal::ONE)
        {
            PayoutStatus::NotAllIndicatorsMet
        } else {
            PayoutStatus::Paid
        };
        r.basis = ProviderBasis::None;
        r.capped_at = None;
        r.payout = round_ore(Decimal::ZERO);
        self.own_payout(r, p);
        // Split while the provider's indicators are still in cache; a pot share waits for all.
        if !matches!(scheme.payout, PayoutBase::Pot { .. })
            || matches!(r.status, PayoutStatus::Fallback { .. })
        {
            split_payout(r);
        }
    }

    /// The amount a provider is paid when it does not depend on the others (everything but a
    /// pot share): a fallback share of last period's payout, kronor per volume unit, or a
    /// percentage of the compensation.
    fn own_payout(&self, r: &mut ProviderResult, p: &super::results::Provider) {
        let scheme = self.scheme;
        let hundred = Decimal::ONE_HUNDRED;
        if let PayoutStatus::Fallback {
            percent,
            previous_payout,
        } = r.status
        {
            let mut amount = previous_payout.unwrap_or_default() * percent / hundred;
            if let Some(cap) = scheme.cap.filter(|c| amount > *c) {
                amount = cap;
                r.capped_at = Some(cap);
            }
            r.payout = round_ore(amount.max(Decimal::ZERO));
            r.basis = ProviderBasis::Fallback {
                percent,
                previous_payout,
            };
            return;
        }
        if r.status != PayoutStatus::Paid {
            return;
        }
        match &scheme.payout {
            PayoutBase::PerVolumeUnit { kr_per_unit } => {
                let amount = r.score * *kr_per_unit * p.volume.max(Decimal::ZERO);
                r.payout = apply_cap(amount, scheme.cap, &mut r.capped_at);
                r.basis = ProviderBasis::PerVolumeUnit {
                    kr_per_unit: *kr_per_unit,
                };
            }
            PayoutBase::PercentOfCompensation { percent } => {
                let amount = match p.compensation {
                    Some(c) => r.score * *percent / hundred * c.max(Decimal::ZERO),
                    None => Decimal::ZERO,
                };
                r.payout = apply_cap(amount, scheme.cap, &mut r.capped_at);
                r.basis = ProviderBasis::PercentOfCompensation {
                    percent: *percent,
                    compensation: p.compensation,
                };
            }
            PayoutBase::Pot { .. } => {}
        }
    }

    /// What needs all providers: the warnings (in provider order: impossible values, then
    /// missing previous payouts, then missing compensation), a pot's shares and their split.
    fn complete(&self, out: &mut [ProviderResult], warnings: &mut Vec<Warning>) {
        let scheme = self.scheme;
        for r in out.iter() {
            for i in r
                .indicators
                .iter()
                .filter(|i| i.status == DataStatus::OutOfRange)
            {
                warnings.push(Warning::ValueOutOfRange {
                    provider_id: r.id.clone(),
                    indicator_id: i.indicator_id.to_string(),
                    value: i.value.unwrap_or_default(),
                    line: i.line.unwrap_or_default(),
                });
            }
        }
        for r in out.iter() {
            if let PayoutStatus::Fallback {
                previous_payout: None,
                ..
            } = r.status
            {
                warnings.push(Warning::MissingPreviousPayout {
                    provider_id: r.id.clone(),
                });
            }
        }
        if let PayoutBase::PercentOfCompensation { .. } = scheme.payout {
            for (r, &pi) in out.iter().zip(self.members) {
                if r.status == PayoutStatus::Paid
                    && self.results.providers[pi as usize].compensation.is_none()
                {
                    warnings.push(Warning::MissingCompensation {
                        provider_id: r.id.clone(),
                    });
                }
            }
        }
        if let PayoutBase::Pot { amount, key } = &scheme.payout {
            share_pot(scheme, *amount, key.expect("validated"), out, warnings);
            par_for_each_mut(out, |_, r| {
                if !matches!(r.status, PayoutStatus::Fallback { .. }) {
                    split_payout(r);
                }
            });
        }
    }

    /// The scheme's summary line from its calculated providers.
    fn summary(&self, out: &[ProviderResult], warnings: Vec<Warning>) -> SchemeSummary {
        let scheme = self.scheme;
        SchemeSummary {
            service_type: scheme.service_type,
            volume_unit: scheme.volume_unit,
            basis: match &scheme.payout {
                PayoutBase::Pot { amount, key } => SchemeBasis::Pot {
                    amount: *amount,
                    key: key.expect("validated"),
                },
                PayoutBase::PerVolumeUnit { kr_per_unit } => SchemeBasis::PerVolumeUnit {
                    kr_per_unit: *kr_per_unit,
                },
                PayoutBase::PercentOfCompensation { percent } => {
                    SchemeBasis::PercentOfCompensation { percent: *percent }
                }
            },
            providers: out.len(),
            paid_providers: out.iter().filter(|p| p.payout > Decimal::ZERO).count(),
            total: out.iter().map(|p| p.payout).sum(),
            warnings,
        }
    }
}

/// One scheme's providers and summary, calculated from scratch.
fn calculate_scheme(
    scheme: &Scheme,
    results: &ResultSet,
    members: &[u32],
    columns: &[Arc<Column>],
) -> (Vec<ProviderResult>, SchemeSummary) {
    let all = vec![true; scheme.indicators.len()];
    let calc = SchemeCalc::new(scheme, results, members, columns, &all);
    // Providers are independent here: share them over the cores for large schemes.
    let mut out = par_map_with(
        members,
        PAR_MIN,
        || calc.names(),
        |names, ps, &pi| calc.provider(names, ps, pi),
    );
    let mut warnings = Vec::new();
    calc.complete(&mut out, &mut warnings);
    let summary = calc.summary(&out, warnings);
    (out, summary)
}

/// Each indicator's part of a provider's payout, in öre, summing exactly to it (in proportion
/// to the indicators' contributions to the score). A fallback payout is not earned by the
/// indicators, so their parts stay zero.
fn split_payout(r: &mut ProviderResult) {
    if matches!(r.status, PayoutStatus::Fallback { .. }) || r.payout.is_zero() {
        for i in &mut r.indicators {
            i.kronor = round_ore(Decimal::ZERO);
        }
        return;
    }
    let weights: Vec<Decimal> = r.indicators.iter().map(|i| i.contribution).collect();
    for (i, k) in r.indicators.iter_mut().zip(allocate(r.payout, &weights)) {
        i.kronor = k;
    }
}

/// Below this many providers the work stays on one thread.
const PAR_MIN: usize = 512;
/// Below this many indicator columns (each a pass over one indicator's observations) likewise.
const PAR_MIN_COLUMNS: usize = 4;

/// How many threads for `n` items when a thread should get at least `min / 2` of them.
fn threads_for(n: usize, min: usize) -> usize {
    if n < min {
        return 1;
    }
    std::thread::available_parallelism()
        .map_or(1, |p| p.get())
        .clamp(1, 8)
        .min(n / (min / 2).max(1))
}

/// Maps `items` (with their index) to results in order, over the available cores; each thread
/// first makes its own scratch state with `init`.
/// Pure computation on shared, read-only data: the result is the same as a sequential map.
fn par_map_with<T: Sync, S, R: Send>(
    items: &[T],
    min: usize,
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, usize, &T) -> R + Sync,
) -> Vec<R> {
    let threads = threads_for(items.len(), min);
    if threads <= 1 {
        let mut state = init();
        return items
            .iter()
            .enumerate()
            .map(|(i, t)| f(&mut state, i, t))
            .collect();
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .enumerate()
            .map(|(c, part)| {
                let (f, init) = (&f, &init);
                s.spawn(move || {
                    let mut state = init();
                    part.iter()
                        .enumerate()
                        .map(|(i, t)| f(&mut state, c * chunk + i, t))
                        .collect::<Vec<R>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("calculation thread"))
            .collect()
    })
}

/// Applies `f` to every item (with its index), over the available cores.
fn par_for_each_mut<T: Send>(items: &mut [T], f: impl Fn(usize, &mut T) + Sync) {
    let threads = threads_for(items.len(), PAR_MIN);
    if threads <= 1 {
        items.iter_mut().enumerate().for_each(|(i, t)| f(i, t));
        return;
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|s| {
        for (c, part) in items.chunks_mut(chunk).enumerate() {
            let f = &f;
            s.spawn(move || {
                for (i, t) in part.iter_mut().enumerate() {
                    f(c * chunk + i, t)
                }
            });
        }
    });
}

/// A percentage as a fraction (40 → 0.40), exactly, by moving the decimal point.
fn percent_to_fraction(p: Decimal) -> Decimal {
    if p.scale() <= 26 {
        let mut f = p;
        f.set_scale(p.scale() + 2).expect("scale ≤ 28");
        f
    } else {
        p / Decimal::ONE_HUNDRED
    }
}

fn apply_cap(amount: Decimal, cap: Option<Decimal>, capped_at: &mut Option<Decimal>) -> Decimal {
    let amount = amount.max(Decimal::ZERO);
    match cap {
        Some(c) if amount > c => {
            *capped_at = Some(c);
            round_ore(c)
        }
        _ => round_ore(amount),
    }
}

/// Shares a pot among the providers that are paid, with fallback amounts set aside first and
/// shares above the cap fixed at the cap and the rest shared again among the others.
fn share_pot(
    scheme: &Scheme,
    pot: Decimal,
    key: PotKey,
    out: &mut [ProviderResult],
    warnings: &mut Vec<Warning>,
) {
    let pot = round_ore(pot);
    let st = scheme.service_type;
    let fallback_idx: Vec<usize> = (0..out.len())
        .filter(|&i| matches!(out[i].status, PayoutStatus::Fallback { .. }))
        .collect();
    let set_aside: Decimal = fallback_idx.iter().map(|&i| out[i].payout).sum();
    if set_aside > pot {
        warnings.push(Warning::FallbackExceedsPot { service_type: st });
        let weights: Vec<Decimal> = fallback_idx.iter().map(|&i| out[i].payout).collect();
        for (&i, part) in fallback_idx.iter().zip(allocate(pot, &weights)) {
            out[i].payout = part;
        }
        return;
    }
    let weight_of = |r: &ProviderResult| match key {
        PotKey::Equal => Decimal::ONE,
        PotKey::Credit => r.score,
        PotKey::Volume => r.volume.max(Decimal::ZERO),
        PotKey::CreditTimesVolume => r.score * r.volume.max(Decimal::ZERO),
    };
    let weight: Vec<Decimal> = out.iter().map(weight_of).collect();
    let mut open: Vec<usize> = (0..out.len())
        .filter(|&i| out[i].status == PayoutStatus::Paid && weight[i] > Decimal::ZERO)
        .collect();
    let mut shared = pot - set_aside;
    let cap = scheme.cap.map(round_ore);
    loop {
        let weights: Vec<Decimal> = open.iter().map(|&i| weight[i]).collect();
        let total_weight: Decimal = weights.iter().copied().sum();
        let parts = allocate(shared, &weights);
        let over: Vec<usize> = match cap {
            Some(c) => open
                .iter()
                .zip(&parts)
                .filter(|(_, p)| **p > c)
                .map(|(i, _)| *i)
                .collect(),
            None => Vec::new(),
        };
        if over.is_empty() {
            for ((&i, part), w) in open.iter().zip(parts).zip(weights) {
                out[i].payout = part;
                out[i].basis = ProviderBasis::Pot {
                    pot,
                    shared,
                    key,
                    weight: w,
                    total_weight,
                };
            }
            let paid: Decimal = out.iter().map(|r| r.payout).sum();
            if paid < pot {
                warnings.push(Warning::PotNotFullyPaid {
                    service_type: st,
                    unpaid: pot - paid,
                });
            }
            return;
        }
        let c = cap.expect("over implies cap");
        for i in over {
            out[i].payout = c;
            out[i].capped_at = Some(c);
            out[i].basis = ProviderBasis::Pot {
                pot,
                shared,
                key,
                weight: weight[i],
                total_weight,
            };
            shared -= c;
            open.retain(|&j| j != i);
        }
    }
}
