//! Scoring and paying one scheme's providers: data status and credit per indicator (by the
//! indicator's scorer), weights after the missing-data policy, score, qualification, the
//! provider's own amount or its share of a pot, and the split of the payout over the
//! indicators. Everything is exact ([`Q`]) until the one rounding to öre.

use std::sync::Arc;

use rayon::prelude::*;
use rust_decimal::Decimal;

use super::aggregate::Column;
use super::share::{apply_cap, net};
use super::status::{data_status, usable};
use crate::domain::decimal::round_ore;
use crate::domain::exact::Q;
use crate::domain::explanation::STRADDLE_LISTED;
use crate::domain::explanation::*;
use crate::domain::plan::{Missing, SchemePlan};
use crate::domain::results::{Provider, ResultSet};
use crate::domain::rules::{DeductionAmount, Direction, Uncertainty, Unit};
use crate::domain::scorers::{Input, Scored, relative::PeerLevels};
use crate::domain::survey::{End, SCORED_END_DECIMALS, Survey};

/// Below this many providers the work stays on one thread.
const PAR_MIN: usize = 256;

/// Everything a scheme's calculation shares between its providers.
pub(crate) struct SchemeCalc<'a> {
    scheme: &'a SchemePlan,
    results: &'a ResultSet,
    members: &'a [u32],
    columns: &'a [Arc<Column>],
    /// Per indicator whose scorer needs them (empty for the others), per peer cohort, the
    /// peer levels (if scored); `cohort_of[ps]`: member `ps`'s cohort.
    peer_levels: Vec<Vec<Option<PeerLevels>>>,
    cohort_of: Vec<u32>,
    /// The cohorts whose levels rest on few results, or a cohort column no member has (see
    /// [`crate::domain::cohort`]).
    small_cohorts: Vec<Warning>,
}

/// What [`SchemeCalc::complete`] needs of a provider's indicator results (the warnings that
/// name providers), so that they need not be kept until it runs.
#[derive(Debug, Default)]
pub(crate) struct Notes {
    /// (Indicator, value, line) of each value outside its unit's range.
    out_of_range: Vec<(usize, Q, u32)>,
    /// (Indicator, level) of each level a survey interval straddles.
    straddled: Vec<(usize, Decimal)>,
}

impl Notes {
    pub fn of(r: &ProviderResult) -> Notes {
        let mut n = Notes::default();
        for (ii, i) in r.indicators.iter().enumerate() {
            if i.status == DataStatus::OutOfRange {
                n.out_of_range.push((
                    ii,
                    i.value.clone().unwrap_or_default(),
                    i.line.unwrap_or_default(),
                ));
            }
            n.straddled.extend(i.straddled.iter().map(|&l| (ii, l)));
        }
        n
    }
}

/// See [`SchemeCalc::names`].
pub(crate) struct Names(Vec<(Arc<str>, Arc<str>)>);

impl<'a> SchemeCalc<'a> {
    /// `scored[ii]`: whether indicator `ii` will be scored (peer levels only for those).
    pub fn new(
        scheme: &'a SchemePlan,
        results: &'a ResultSet,
        members: &'a [u32],
        columns: &'a [Arc<Column>],
        scored: &[bool],
    ) -> Self {
        let (cohorts, cohort_of) = crate::domain::cohort::group(
            scheme.cohort,
            members.iter().map(|&pi| &results.providers[pi as usize]),
        );
        let mut small_cohorts = Vec::new();
        // Per indicator, per cohort: the peers' usable results, bucketed in one pass.
        let peer_levels = scheme
            .indicators
            .iter()
            .enumerate()
            .map(|(ii, ind)| {
                // (Peers counted for every relative indicator, for the warning; levels only
                // for those scored.)
                let scorer = ind.scorer.scorer();
                if !scorer.needs_peers() {
                    return Vec::new();
                }
                let mut peers: Vec<Vec<Q>> = vec![Vec::new(); cohorts.len()];
                for (c, &k) in columns[ii].current.iter().zip(&cohort_of) {
                    if let Some(v) = usable(ind, c) {
                        peers[k as usize].push(v.clone());
                    }
                }
                peers
                    .iter()
                    .enumerate()
                    .map(|(k, peers)| {
                        if !scheme.cohort.is_default()
                            && peers.len() < crate::domain::cohort::MIN_PEERS
                        {
                            small_cohorts.push(Warning::SmallCohort {
                                service_type: scheme.service_type,
                                indicator_id: ind.id.to_string(),
                                cohort: cohorts[k].clone(),
                                peers: peers.len(),
                            });
                        }
                        scored[ii]
                            .then(|| scorer.peer_levels(peers, ind.direction))
                            .flatten()
                    })
                    .collect()
            })
            .collect::<Vec<_>>();
        // Cohorts by the column `kohort` that no member has: all are one group, as without
        // the rule; said, since the column was likely left out or misnamed.
        let needs_peers = peer_levels.iter().any(|p| !p.is_empty());
        if scheme.cohort == crate::domain::cohort::Cohort::Column
            && needs_peers
            && !members.is_empty()
            && members
                .iter()
                .all(|&pi| results.providers[pi as usize].cohort.is_none())
        {
            small_cohorts.push(Warning::NoCohortColumn {
                service_type: scheme.service_type,
            });
        }
        SchemeCalc {
            scheme,
            results,
            members,
            columns,
            peer_levels,
            cohort_of,
            small_cohorts,
        }
    }

    /// The data status and scoring of member `ps`'s result for indicator `ii`, with the
    /// result's survey interval (if it has respondents and is a share: made once here for
    /// the scoring and the levels it straddles).
    fn score(&self, ps: usize, ii: usize) -> (DataStatus, Option<Scored>, Option<Survey>) {
        let ind = &self.scheme.indicators[ii];
        let col = &self.columns[ii];
        let cell = &col.current[ps];
        let status = data_status(ind, cell);
        let (DataStatus::Ok, Some(value)) = (status, cell.value.as_ref()) else {
            return (status, None, None);
        };
        let made = cell.respondents.and_then(|n| Survey::new(value.clone(), n));
        // An end of the survey interval instead of the point estimate: compared exactly by
        // threshold and steps; for the other scorings found to a stated number of decimals,
        // rounded to the worse side and never past the point estimate.
        let survey;
        let counted;
        let (value, bound) = match (ind.uncertainty, made.as_ref()) {
            // (An interval rule without respondents made the result missing above.)
            (Uncertainty::Estimate, _) | (_, None) => (value, None),
            (rule, Some(s)) => {
                survey = s;
                let end = if rule.uses_lower(ind.direction) {
                    End::Lower
                } else {
                    End::Upper
                };
                let approx = Q::from(match ind.direction {
                    Direction::HigherIsBetter => survey.floor_percent(end, SCORED_END_DECIMALS),
                    Direction::LowerIsBetter => survey.ceil_percent(end, SCORED_END_DECIMALS),
                });
                let cautious = rule == Uncertainty::Cautious;
                let better =
                    crate::domain::scorers::at_least_as_good(ind.direction, &approx, value);
                counted = if cautious == better && approx != *value {
                    value.clone()
                } else {
                    approx
                };
                (&counted, Some((survey, end)))
            }
        };
        // Only columns with a baseline period have baseline cells.
        let baseline = col.baseline.get(ps).and_then(|b| usable(ind, b));
        let input = Input {
            value,
            baseline,
            direction: ind.direction,
            peers: self.peer_levels[ii]
                .get(self.cohort_of[ps] as usize)
                .and_then(Option::as_ref),
            bound,
        };
        let scored = ind.scorer.scorer().score(&input);
        let status = if scored.is_some() {
            status
        } else {
            DataStatus::NoPeers
        };
        (status, scored, made)
    }

    /// Member `ps`'s result for indicator `ii`, scored from scratch (weights still to do).
    /// The scheme's indicator ids and names as strings of their own, for one thread's share
    /// of the providers: its results share them (one string per indicator and thread rather
    /// than two allocations per result, 100 MB at national scale), and no other thread
    /// touches their reference counts (sharing the scheme's own made the threads contend).
    pub fn names(&self) -> Names {
        Names(
            self.scheme
                .indicators
                .iter()
                .map(|i| (Arc::from(&*i.id), Arc::from(&*i.name)))
                .collect(),
        )
    }

    pub fn indicator(&self, ps: usize, ii: usize, names: &Names) -> IndicatorResult {
        let ind = &self.scheme.indicators[ii];
        let cell = &self.columns[ii].current[ps];
        let (status, scored, survey) = self.score(ps, ii);
        let (credit, how) = match scored {
            Some(s) => (s.credit, Some(s.how)),
            None => (Q::ZERO, None),
        };
        IndicatorResult {
            indicator_id: Arc::clone(&names.0[ii].0),
            name: Arc::clone(&names.0[ii].1),
            unit: ind.unit,
            direction: ind.direction,
            value: cell.value.clone(),
            respondents: cell.respondents,
            observations: cell.values,
            line: (cell.rows > 0).then_some(cell.first_line),
            status,
            credit,
            how,
            policy: None,
            weight_percent: ind.weight_percent,
            effective_weight: Q::ZERO,
            contribution: Q::ZERO,
            uncertainty: ind.uncertainty,
            area: ind.area.map(|a| a as u16),
            straddled: match (ind.unit, survey) {
                (Unit::Percent, Some(s)) if status.is_ok() => ind
                    .scorer
                    .scorer()
                    .levels()
                    .into_iter()
                    .filter(|l| s.straddles(&Q::from(*l)))
                    .collect(),
                _ => Vec::new(),
            },
        }
    }

    /// Member `ps` calculated from scratch.
    pub fn provider(&self, ps: usize, names: &Names) -> ProviderResult {
        let p = &self.results.providers[self.members[ps] as usize];
        let indicators = (0..self.scheme.indicators.len())
            .map(|ii| self.indicator(ps, ii, names))
            .collect();
        let mut r = ProviderResult {
            id: p.id.clone(),
            name: p.name.clone(),
            service_type: p.service_type,
            regi: p.regi,
            volume: p.volume,
            volume_unit: self.scheme.volume_unit,
            indicators,
            score: Q::ZERO,
            status: PayoutStatus::ZeroScore,
            basis: ProviderBasis::None,
            capped_at: None,
            gross: Decimal::ZERO,
            withheld: Decimal::ZERO,
            deductions: Vec::new(),
            floor_added: Decimal::ZERO,
            payout: Decimal::ZERO,
            paid_so_far: p.paid_so_far,
            areas: Vec::new(),
            score_capped_by: None,
        };
        self.finish(&mut r, p);
        r
    }

    /// Member `ps` brought up to date from its result under the previous plan: `keep[ii]` is
    /// the previous indicator result to keep (its scoring input was equal), else it is scored
    /// again. Weights, score and payout are redone.
    pub fn refresh(
        &self,
        r: &mut ProviderResult,
        ps: usize,
        keep: &[Option<usize>],
        names: &Names,
    ) {
        let p = &self.results.providers[self.members[ps] as usize];
        let in_place = keep.len() == r.indicators.len()
            && keep
                .iter()
                .enumerate()
                .all(|(ii, k)| k.is_none_or(|j| j == ii));
        if in_place {
            // The same indicators in the same places (the common edit): no new list.
            for (ii, k) in keep.iter().enumerate() {
                if k.is_none() {
                    r.indicators[ii] = self.indicator(ps, ii, names);
                }
            }
        } else {
            let mut old: Vec<Option<IndicatorResult>> = std::mem::take(&mut r.indicators)
                .into_iter()
                .map(Some)
                .collect();
            r.indicators = keep
                .iter()
                .enumerate()
                .map(
                    |(ii, k)| match k.and_then(|j| old.get_mut(j).and_then(Option::take)) {
                        Some(i) => i,
                        None => self.indicator(ps, ii, names),
                    },
                )
                .collect();
        }
        for ((i, ind), (_, name)) in r
            .indicators
            .iter_mut()
            .zip(&self.scheme.indicators)
            .zip(&names.0)
        {
            if *i.name != *ind.name {
                i.name = Arc::clone(name);
            }
            i.weight_percent = ind.weight_percent;
            i.area = ind.area.map(|a| a as u16);
        }
        r.volume_unit = self.scheme.volume_unit;
        self.finish(r, p);
    }

    /// Weights after the missing-data policy, contributions, score, payout status, and the
    /// payout when it does not depend on the others.
    fn finish(&self, r: &mut ProviderResult, p: &Provider) {
        let scheme = self.scheme;
        let inds = &mut r.indicators;
        let any_missing = inds.iter().any(|i| !i.status.is_ok());
        let renormalized = any_missing && scheme.missing == Missing::Renormalize;
        // Under re-normalisation, per area (or over the scheme without areas) the weights of
        // the usable results; an area with none is wholly missing and its weight goes to the
        // other areas.
        let mut counted_in = Vec::new();
        if renormalized {
            counted_in = vec![Q::ZERO; scheme.areas.len().max(1)];
            for (i, ind) in inds.iter().zip(&scheme.indicators) {
                if i.status.is_ok() {
                    counted_in[ind.area.unwrap_or(0)] += &ind.inner_weight;
                }
            }
        }
        let areas_counted: Q = if scheme.areas.is_empty() || !renormalized {
            Q::ONE
        } else {
            scheme
                .areas
                .iter()
                .zip(&counted_in)
                .filter(|(_, c)| c.is_positive())
                .map(|(a, _)| &a.weight)
                .sum()
        };
        let mut score = Q::ZERO;
        for (i, ind) in inds.iter_mut().zip(&scheme.indicators) {
            i.policy = (!i.status.is_ok()).then(|| scheme.missing.policy());
            i.effective_weight = if !renormalized {
                ind.weight.clone()
            } else if i.status.is_ok() {
                let a = ind.area.unwrap_or(0);
                let inner = ind
                    .inner_weight
                    .checked_div(&counted_in[a])
                    .unwrap_or_default();
                match ind.area {
                    Some(a) => {
                        let area = scheme.areas[a]
                            .weight
                            .checked_div(&areas_counted)
                            .unwrap_or_default();
                        &area * &inner
                    }
                    None => inner,
                }
            } else {
                Q::ZERO
            };
            i.contribution = if i.credit.is_zero() {
                Q::ZERO
            } else {
                &i.credit * &i.effective_weight
            };
            score += &i.contribution;
        }
        r.areas = area_results(scheme, inds);
        r.score = score.min_of(Q::ONE);
        let insufficient = super::sufficiency::insufficient(scheme.min_usable, inds);
        if insufficient.is_some() {
            // No score at all: nothing of the indicators counts.
            r.score = Q::ZERO;
            inds.iter_mut().for_each(|i| i.contribution = Q::ZERO);
        }
        let barred = if insufficient.is_none() {
            super::gates::apply(scheme, p, &mut r.score, &mut r.score_capped_by)
        } else {
            r.score_capped_by = None;
            None
        };
        let score = &r.score;

        r.status = if let Some(s) = insufficient.or(barred) {
            s
        } else if let (Missing::FallbackShare(percent, _), true) = (&scheme.missing, any_missing) {
            PayoutStatus::Fallback {
                percent: *percent,
                previous_payout: p.previous_payout,
            }
        } else if score.is_zero() {
            PayoutStatus::ZeroScore
        } else if let Some((min, _)) = scheme.min_score.as_ref().filter(|(_, m)| score < m) {
            PayoutStatus::BelowMinimumScore { min_percent: *min }
        } else if scheme.all_indicators_met
            && inds
                .iter()
                .any(|i| !i.effective_weight.is_zero() && i.credit < Q::ONE)
        {
            PayoutStatus::NotAllIndicatorsMet
        } else {
            PayoutStatus::Paid
        };
        r.basis = ProviderBasis::None;
        r.capped_at = None;
        r.gross = round_ore(Decimal::ZERO);
        r.withheld = round_ore(Decimal::ZERO);
        r.paid_so_far = p.paid_so_far;
        self.own_payout(r, p);
        self.deductions(r, p);
        net(r, scheme.floor_at_zero);
    }

    /// The scheme's deductions for this provider: each applies when the result (the point
    /// estimate) is strictly worse than its level; a missing result (see [`data_status`])
    /// deducts nothing.
    fn deductions(&self, r: &mut ProviderResult, p: &Provider) {
        let scheme = self.scheme;
        r.deductions.clear();
        for d in &scheme.deductions {
            let ind = &scheme.indicators[d.indicator];
            let i = &r.indicators[d.indicator];
            let usable = i.status.is_usable();
            let value = i.value.clone();
            let applied = usable
                && value.as_ref().is_some_and(|v| {
                    !crate::domain::scorers::at_least_as_good(ind.direction, v, &d.level_exact)
                });
            let amount = if !applied {
                round_ore(Decimal::ZERO)
            } else {
                match &d.amount {
                    DeductionAmount::Fixed(a) => round_ore(*a),
                    DeductionAmount::PercentOfCompensation(pc) => match p.compensation {
                        Some(c) => (&Q::from(c.max(Decimal::ZERO))
                            * &crate::domain::plan::percent(*pc))
                            .round_ore(),
                        None => round_ore(Decimal::ZERO),
                    },
                }
            };
            r.deductions.push(DeductionResult {
                indicator_id: ind.id.clone(),
                indicator_name: ind.name.clone(),
                direction: ind.direction,
                level: d.level,
                amount_rule: d.amount.clone(),
                value,
                missing: (!usable).then_some(i.status),
                respondents: i.respondents,
                applied,
                amount,
            });
        }
    }

    /// The amount of a provider that does not depend on the others (everything but a pot
    /// share): a fallback share of last period's payout, kronor per volume unit, or a
    /// percentage of the compensation. Exact, rounded to öre once.
    fn own_payout(&self, r: &mut ProviderResult, p: &Provider) {
        let scheme = self.scheme;
        let hundredth = Q::ratio(1, 100);
        if let PayoutStatus::Fallback {
            percent,
            previous_payout,
        } = r.status
        {
            let amount =
                &Q::from(previous_payout.unwrap_or_default()) * &(&Q::from(percent) * &hundredth);
            r.gross = apply_cap(amount, scheme.cap, &mut r.capped_at);
            r.basis = ProviderBasis::Fallback {
                percent,
                previous_payout,
            };
            return;
        }
        scheme.payout.pays().own(r, p, scheme.cap);
    }

    /// What needs all providers: the warnings (in provider order: impossible values, then
    /// missing previous payouts, then missing compensation), a pot's shares and their split.
    /// `notes[k]` are `out[k]`'s ([`Notes::of`] its indicator results).
    pub fn complete(
        &self,
        out: &mut [ProviderResult],
        notes: &[Notes],
        warnings: &mut Vec<Warning>,
    ) {
        let scheme = self.scheme;
        debug_assert_eq!(out.len(), notes.len());
        for (r, n) in out.iter().zip(notes) {
            for (ii, value, line) in &n.out_of_range {
                warnings.push(Warning::ValueOutOfRange {
                    provider_id: r.id.clone(),
                    indicator_id: scheme.indicators[*ii].id.to_string(),
                    value: value.clone(),
                    line: *line,
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
        let pays = scheme.payout.pays();
        for (r, &pi) in out.iter().zip(self.members) {
            if pays.needs_compensation(&r.status)
                && self.results.providers[pi as usize].compensation.is_none()
            {
                warnings.push(Warning::MissingCompensation {
                    provider_id: r.id.clone(),
                });
            }
        }
        warnings.extend(self.small_cohorts.iter().cloned());
        super::gates::warnings(
            scheme,
            out.iter()
                .zip(self.members)
                .map(|(r, &pi)| (r.id.clone(), &self.results.providers[pi as usize])),
            warnings,
        );
        for (r, &pi) in out.iter().zip(self.members) {
            if self.results.providers[pi as usize].compensation.is_none()
                && r.deductions.iter().any(|d| {
                    d.applied && matches!(d.amount_rule, DeductionAmount::PercentOfCompensation(_))
                })
            {
                warnings.push(Warning::DeductionWithoutCompensation {
                    provider_id: r.id.clone(),
                });
            }
        }
        // One pass per indicator: per straddled level the count and the first providers
        // (the warning names a few; every provider's explanation says it for itself).
        for (ii, ind) in scheme.indicators.iter().enumerate() {
            let mut levels: Vec<(Decimal, usize, Vec<String>)> = Vec::new();
            for (r, n) in out.iter().zip(notes) {
                let of_this = n.straddled.iter().filter(|(i, _)| *i == ii);
                for &(_, level) in of_this {
                    let k = match levels.iter().position(|l| l.0 == level) {
                        Some(k) => k,
                        None => {
                            levels.push((level, 0, Vec::new()));
                            levels.len() - 1
                        }
                    };
                    let l = &mut levels[k];
                    l.1 += 1;
                    if l.2.len() < STRADDLE_LISTED {
                        l.2.push(r.id.clone());
                    }
                }
            }
            levels.sort_by_key(|l| l.0);
            for (level, count, providers) in levels {
                warnings.push(Warning::IntervalStraddlesLevel {
                    service_type: scheme.service_type,
                    indicator_id: ind.id.to_string(),
                    level,
                    count,
                    providers,
                });
            }
        }
        warnings.extend(
            crate::domain::advances::paid_differs(
                scheme.advances.as_ref(),
                self.members
                    .iter()
                    .map(|&pi| &self.results.providers[pi as usize]),
            )
            .into_iter()
            .map(Warning::AdvancePaidDiffers),
        );
        pays.share(scheme, out, warnings);
        for r in out.iter_mut() {
            net(r, scheme.floor_at_zero);
        }
    }

    /// The scheme's summary line from its calculated providers.
    pub fn summary(&self, out: &[ProviderResult], warnings: Vec<Warning>) -> SchemeSummary {
        let scheme = self.scheme;
        SchemeSummary {
            service_type: scheme.service_type,
            volume_unit: scheme.volume_unit,
            basis: scheme.payout.clone(),
            providers: out.len(),
            paid_providers: out.iter().filter(|p| p.payout > Decimal::ZERO).count(),
            total: out.iter().map(|p| p.payout).sum(),
            gross_total: out.iter().map(|p| p.gross).sum(),
            withheld_total: out.iter().map(|p| p.withheld).sum(),
            deducted_total: out
                .iter()
                .flat_map(|p| p.deductions.iter().map(|d| d.amount))
                .sum(),
            warnings,
        }
    }

    /// Every member calculated from scratch, over the cores for large schemes, with what
    /// [`Self::complete`] needs of their indicator results; with [`Detail::Providers`] those
    /// are dropped as soon as each provider is done.
    pub fn all_providers(&self, detail: Detail) -> (Vec<ProviderResult>, Vec<Notes>) {
        let one = |ps: usize, names: &Names| {
            let mut r = self.provider(ps, names);
            let notes = Notes::of(&r);
            if detail == Detail::Providers {
                r.indicators = Vec::new();
            }
            (r, notes)
        };
        if self.members.len() < PAR_MIN {
            let names = self.names();
            (0..self.members.len()).map(|ps| one(ps, &names)).unzip()
        } else {
            (0..self.members.len())
                .into_par_iter()
                .with_min_len(64)
                .map_init(|| self.names(), |names, ps| one(ps, names))
                .unzip()
        }
    }

    /// [`Self::refresh`] for every member.
    pub fn refresh_all(&self, out: &mut [ProviderResult], keep: &[Option<usize>]) {
        if out.len() < PAR_MIN {
            let names = self.names();
            out.iter_mut()
                .enumerate()
                .for_each(|(ps, r)| self.refresh(r, ps, keep, &names));
        } else {
            out.par_iter_mut()
                .enumerate()
                .with_min_len(64)
                .for_each_init(
                    || self.names(),
                    |names, (ps, r)| self.refresh(r, ps, keep, names),
                );
        }
    }
}

/// Each area's weight and credit as they counted for a provider (a wholly missing area has
/// none of its results usable).
fn area_results(scheme: &SchemePlan, inds: &[IndicatorResult]) -> Vec<AreaResult> {
    scheme
        .areas
        .iter()
        .enumerate()
        .map(|(a, area)| {
            let (mut w, mut c, mut any_ok) = (Q::ZERO, Q::ZERO, false);
            for (i, ind) in inds.iter().zip(&scheme.indicators) {
                if ind.area == Some(a) {
                    w += &i.effective_weight;
                    c += &i.contribution;
                    any_ok |= i.status.is_ok();
                }
            }
            AreaResult {
                id: area.id.clone(),
                name: area.name.clone(),
                weight_percent: area.weight_percent,
                credit: c.checked_div(&w).unwrap_or_default(),
                effective_weight: w,
                missing: !any_ok,
            }
        })
        .collect()
}
