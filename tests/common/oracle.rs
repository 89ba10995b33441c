//! A deliberately slow, obviously correct reference calculation, written straight from
//! docs/rule-file.md with big rationals and no reuse of the engine's code: no plan, no
//! aggregation index, no parallelism, no fast paths. The property tests check that the engine
//! gives exactly the same payouts and statuses.

use std::collections::BTreeMap;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use rust_decimal::Decimal;

use kvalitetspeng::domain::cohort::Cohort;
use kvalitetspeng::domain::gate::{Finding, GateEffect};
use kvalitetspeng::domain::period::Period;
use kvalitetspeng::domain::results::{Provider, ResultSet};
use kvalitetspeng::domain::rules::*;

type R = BigRational;

fn r(d: Decimal) -> R {
    R::new(BigInt::from(d.mantissa()), BigInt::from(10).pow(d.scale()))
}

fn int(n: i64) -> R {
    R::from_integer(BigInt::from(n))
}

fn pct(d: Decimal) -> R {
    r(d) / int(100)
}

/// Half away from zero, to öre, as a decimal text with two decimals.
pub fn ore(x: &R) -> Decimal {
    let scaled = x * int(100);
    let a = scaled.abs();
    let fl = a.floor();
    let rounded = if &a - &fl >= R::new(BigInt::from(1), BigInt::from(2)) {
        fl + R::one()
    } else {
        fl
    };
    let n = rounded.to_integer().to_i128().expect("fits");
    let n = if scaled.is_negative() { -n } else { n };
    Decimal::from_i128_with_scale(n, 2)
}

/// Largest remainder in whole öre; ties to the lower index.
fn split(total: Decimal, weights: &[R]) -> Vec<Decimal> {
    let t = r(total) * int(100);
    let sum: R = weights.iter().fold(R::zero(), |a, w| a + w);
    if sum.is_zero() {
        return vec![Decimal::new(0, 2); weights.len()];
    }
    let exact: Vec<R> = weights.iter().map(|w| &t * w / &sum).collect();
    let mut parts: Vec<R> = exact.iter().map(|e| e.floor()).collect();
    let given: R = parts.iter().fold(R::zero(), |a, p| a + p);
    let mut left = (&t - given).to_integer().to_i64().unwrap();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| {
        let ra = &exact[a] - &parts[a];
        let rb = &exact[b] - &parts[b];
        rb.cmp(&ra).then(a.cmp(&b))
    });
    for i in order {
        if left == 0 {
            break;
        }
        parts[i] += R::one();
        left -= 1;
    }
    parts
        .iter()
        .map(|p| Decimal::from_i128_with_scale(p.to_integer().to_i128().unwrap(), 2))
        .collect()
}

fn at_least(dir: Direction, a: &R, b: &R) -> bool {
    match dir {
        Direction::HigherIsBetter => a >= b,
        Direction::LowerIsBetter => a <= b,
    }
}

fn linear(v: &R, zero: &R, full: &R, dir: Direction) -> R {
    if zero == full {
        return if at_least(dir, v, full) {
            R::one()
        } else {
            R::zero()
        };
    }
    let t = (v - zero) / (full - zero);
    t.max(R::zero()).min(R::one())
}

/// The combined result of a provider for an indicator within a period: value and respondents.
fn combined(results: &ResultSet, p: u32, id: &str, period: &Period) -> Option<(R, Option<u64>)> {
    let rows: Vec<_> = results
        .observations
        .iter()
        .filter(|o| {
            o.provider == p
                && results.indicators[o.indicator as usize] == id
                && period.contains(&o.period)
        })
        .filter(|o| o.value.is_some())
        .collect();
    if rows.is_empty() {
        return None;
    }
    let all_n = rows.iter().all(|o| o.respondents.is_some());
    let n: u64 = rows
        .iter()
        .filter_map(|o| o.respondents)
        .map(u64::from)
        .sum();
    if rows.len() == 1 {
        return Some((r(rows[0].value.unwrap()), all_n.then_some(n)));
    }
    if all_n && n > 0 {
        let s = rows.iter().fold(R::zero(), |a, o| {
            a + r(o.value.unwrap()) * int(o.respondents.unwrap() as i64)
        });
        Some((s / int(n as i64), Some(n)))
    } else {
        let s = rows.iter().fold(R::zero(), |a, o| a + r(o.value.unwrap()));
        Some((s / int(rows.len() as i64), None))
    }
}

fn usable(ind: &Indicator, c: &Option<(R, Option<u64>)>) -> Option<R> {
    let (v, n) = c.as_ref()?;
    let impossible = match ind.unit {
        Unit::Percent => v.is_negative() || *v > int(100),
        Unit::Count => v.is_negative(),
        Unit::Score => false,
    };
    if impossible {
        return None;
    }
    if let Some(min) = ind.min_respondents.filter(|m| *m > 0) {
        match n {
            Some(n) if *n >= u64::from(min) => {}
            _ => return None,
        }
    }
    // An interval rule on a share needs respondents (docs/rule-file.md: a result without
    // respondents under `Cautious`/`BenefitOfDoubt` counts as missing).
    if ind.uncertainty != Uncertainty::Estimate
        && ind.unit == Unit::Percent
        && n.is_none_or(|n| n == 0)
    {
        return None;
    }
    Some(v.clone())
}

fn peer_level(level: &PeerLevel, worst_to_best: &[R]) -> R {
    let n = worst_to_best.len();
    let mean = |xs: &[R]| xs.iter().fold(R::zero(), |a, x| a + x) / int(xs.len() as i64);
    match level {
        PeerLevel::Mean => mean(worst_to_best),
        PeerLevel::TopDecileMean => {
            let k = n.div_ceil(10).max(1);
            mean(&worst_to_best[n - k..])
        }
        PeerLevel::Percentile(p) => {
            let pos = pct(*p).max(R::zero()).min(R::one()) * int(n as i64 - 1);
            let lo = pos.floor();
            let i = lo.to_integer().to_usize().unwrap().min(n - 1);
            let j = (i + 1).min(n - 1);
            &worst_to_best[i] + (&worst_to_best[j] - &worst_to_best[i]) * (pos - lo)
        }
    }
}

/// z² = 1,96².
fn z2() -> R {
    R::new(BigInt::from(2401), BigInt::from(625))
}

/// The Wilson interval's ends are the roots of A x² − B x + C = 0 with A = n + z²,
/// B = 2n·p + z², C = n·p² (from n(p − x)² = z²x(1 − x)); D = B² − 4AC. Here through the
/// quadratic formula, L = (B − √D)/2A and U = (B + √D)/2A, without taking the root:
/// `lower_at_least(t)` is L ≥ t ⇔ B − 2At ≥ √D ⇔ B − 2At ≥ 0 and (B − 2At)² ≥ D.
struct Wilson {
    a: R,
    b: R,
    d: R,
}

impl Wilson {
    fn new(p: &R, n: u64) -> Wilson {
        let n = int(n as i64);
        let a = &n + z2();
        let b = int(2) * &n * p + z2();
        let c = &n * p * p;
        let d = &b * &b - int(4) * &a * &c;
        Wilson { a, b, d }
    }
    fn lower_at_least(&self, t: &R) -> bool {
        let e = &self.b - int(2) * &self.a * t;
        !e.is_negative() && &e * &e >= self.d
    }
    fn lower_at_most(&self, t: &R) -> bool {
        let e = &self.b - int(2) * &self.a * t;
        !e.is_positive() || &e * &e <= self.d
    }
    fn upper_at_least(&self, t: &R) -> bool {
        let e = int(2) * &self.a * t - &self.b;
        !e.is_positive() || &e * &e <= self.d
    }
    fn upper_at_most(&self, t: &R) -> bool {
        let e = int(2) * &self.a * t - &self.b;
        !e.is_negative() && &e * &e >= self.d
    }
    /// The end (lower or upper) as a fraction, rounded down (`down`) or up to 10⁻¹² (10
    /// decimals of a percent), by bisection on the exact comparisons.
    fn end_rounded(&self, lower: bool, down: bool) -> R {
        let grid = int(1_000_000_000_000);
        let at_least = |k: &BigInt| {
            let t = R::new(k.clone(), grid.to_integer());
            if lower {
                self.lower_at_least(&t)
            } else {
                self.upper_at_least(&t)
            }
        };
        // Largest k with end ≥ k/grid.
        let (mut lo, mut hi) = (BigInt::from(0), grid.to_integer());
        while lo < hi {
            let mid: BigInt = (&lo + &hi + 1) / 2;
            if at_least(&mid) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        let floor = R::new(lo.clone(), grid.to_integer());
        let exact = {
            let t = floor.clone();
            if lower {
                self.lower_at_most(&t)
            } else {
                self.upper_at_most(&t)
            }
        };
        if down || exact {
            floor
        } else {
            R::new(lo + 1, grid.to_integer())
        }
    }
}

/// Shares `amount` among `open` by `w` (largest remainder); a part above the cap is fixed at
/// the cap and the rest shared again among the others. (index, part) of each.
fn share_capped(
    amount: Decimal,
    mut open: Vec<usize>,
    w: &[R],
    cap: Option<Decimal>,
) -> Vec<(usize, Decimal)> {
    let cap = cap.map(|c| ore(&r(c)));
    let mut rest = amount;
    let mut out = Vec::new();
    loop {
        let ws: Vec<R> = open.iter().map(|&i| w[i].clone()).collect();
        let parts = split(rest, &ws);
        let over: Vec<usize> = open
            .iter()
            .zip(&parts)
            .filter(|(_, p)| cap.is_some_and(|c| **p > c))
            .map(|(i, _)| *i)
            .collect();
        if over.is_empty() {
            out.extend(open.iter().copied().zip(parts));
            return out;
        }
        for i in over {
            out.push((i, cap.unwrap()));
            rest -= cap.unwrap();
            open.retain(|&j| j != i);
        }
    }
}

/// What the oracle says of one provider.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub payout: Decimal,
    pub gross: Decimal,
    pub withheld: Decimal,
    pub paid_status: &'static str,
    pub score: R,
}

/// Every provider's payout and status, by provider id.
pub fn calculate(rules: &RuleSet, results: &ResultSet) -> BTreeMap<String, Outcome> {
    let period: Period = rules.period.parse().unwrap();
    let mut out = BTreeMap::new();
    for s in &rules.schemes {
        let members: Vec<u32> = (0..results.providers.len() as u32)
            .filter(|&p| results.providers[p as usize].service_type == s.service_type)
            .collect();
        // Per indicator, per member: usable value (if any).
        let values: Vec<Vec<Option<R>>> = s
            .indicators
            .iter()
            .map(|ind| {
                members
                    .iter()
                    .map(|&p| usable(ind, &combined(results, p, &ind.id, &period)))
                    .collect()
            })
            .collect();
        let mut scored: Vec<(String, &'static str, R, R)> = Vec::new(); // id, status, score, own amount
        let mut money: Vec<(Decimal, Decimal)> = Vec::new(); // withheld, deducted
        for (k, &p) in members.iter().enumerate() {
            let prov = &results.providers[p as usize];
            let mut credit: Vec<Option<R>> = Vec::new();
            for (ii, ind) in s.indicators.iter().enumerate() {
                let Some(point) = &values[ii][k] else {
                    credit.push(None);
                    continue;
                };
                let dir = ind.direction;
                // An end of the survey interval: L when (cautious, higher better) or
                // (benefit of the doubt, lower better), else U.
                let bound = match ind.uncertainty {
                    Uncertainty::Estimate => None,
                    u => {
                        // Usable, so it has respondents (see `usable`).
                        let n = combined(results, p, &ind.id, &period)
                            .and_then(|c| c.1)
                            .unwrap();
                        let lower =
                            (u == Uncertainty::Cautious) == (dir == Direction::HigherIsBetter);
                        Some((Wilson::new(&(point / int(100)), n), lower, u))
                    }
                };
                // Reaching a level: the point estimate, or the end compared exactly.
                let reaches = |level: &R| match &bound {
                    None => at_least(dir, point, level),
                    Some((w, lower, _)) => {
                        let t = level / int(100);
                        match (dir, lower) {
                            (Direction::HigherIsBetter, true) => w.lower_at_least(&t),
                            (Direction::HigherIsBetter, false) => w.upper_at_least(&t),
                            (Direction::LowerIsBetter, true) => w.lower_at_most(&t),
                            (Direction::LowerIsBetter, false) => w.upper_at_most(&t),
                        }
                    }
                };
                // The value the other scorings use: the end to 10 decimals of a percent,
                // rounded to the worse side, never past the point estimate.
                let counted = match &bound {
                    None => point.clone(),
                    Some((w, lower, u)) => {
                        let e = w.end_rounded(*lower, dir == Direction::HigherIsBetter) * int(100);
                        let better = at_least(dir, &e, point) && &e != point;
                        if (*u == Uncertainty::Cautious) == better {
                            point.clone()
                        } else {
                            e
                        }
                    }
                };
                let v = &counted;
                let c = match &ind.scoring {
                    Scoring::Threshold(Threshold { level }) => {
                        if reaches(&r(*level)) {
                            R::one()
                        } else {
                            R::zero()
                        }
                    }
                    Scoring::Steps(Steps { steps }) => steps
                        .iter()
                        .filter(|st| reaches(&r(st.level)))
                        .map(|st| pct(st.credit_percent).max(R::zero()).min(R::one()))
                        .max()
                        .unwrap_or_else(R::zero),
                    Scoring::Linear(Linear { lower, upper }) => match dir {
                        Direction::HigherIsBetter => linear(v, &r(*lower), &r(*upper), dir),
                        Direction::LowerIsBetter => linear(v, &r(*upper), &r(*lower), dir),
                    },
                    Scoring::Relative(Relative { start, full }) => {
                        // The peers: the members of the same cohort (all, by default).
                        let cohort_of = |q: &Provider| -> String {
                            match s.cohort {
                                Cohort::ServiceType => String::new(),
                                Cohort::Regi => q.regi.code().to_string(),
                                Cohort::Column => q.cohort.clone().unwrap_or_default(),
                            }
                        };
                        let mine = cohort_of(prov);
                        let mut peers: Vec<R> = values[ii]
                            .iter()
                            .zip(&members)
                            .filter(|(_, q)| cohort_of(&results.providers[**q as usize]) == mine)
                            .filter_map(|(v, _)| v.clone())
                            .collect();
                        peers.sort();
                        if dir == Direction::LowerIsBetter {
                            peers.reverse();
                        }
                        linear(
                            v,
                            &peer_level(start, &peers),
                            &peer_level(full, &peers),
                            dir,
                        )
                    }
                    Scoring::AchievementOrImprovement(AchievementOrImprovement {
                        threshold,
                        benchmark,
                        baseline_period,
                    }) => {
                        let (at, bm) = (r(*threshold), r(*benchmark));
                        let a = int(10) * linear(v, &at, &bm, dir);
                        let bp: Period = baseline_period.parse().unwrap();
                        let base = usable(ind, &combined(results, p, &ind.id, &bp));
                        let i = match base {
                            Some(b) if !at_least(dir, &b, &bm) => {
                                if at_least(dir, &b, v) {
                                    R::zero()
                                } else {
                                    int(9) * linear(v, &b, &bm, dir)
                                }
                            }
                            _ => R::zero(),
                        };
                        a.max(i) / int(10)
                    }
                };
                credit.push(Some(c));
            }
            let any_missing = credit.iter().any(Option::is_none);
            let area_w = |i: &Indicator| -> R {
                match &i.area {
                    Some(a) => pct(s.areas.iter().find(|x| x.id == *a).unwrap().weight),
                    None => R::one(),
                }
            };
            let weights: Vec<R> = s
                .indicators
                .iter()
                .map(|i| area_w(i) * pct(i.weight))
                .collect();
            let eff: Vec<R> = match (&s.missing_data, any_missing) {
                (MissingDataPolicy::Renormalize, true) if !s.areas.is_empty() => {
                    // Inside each area the usable weights count; an area with none is
                    // wholly missing and the other areas' weights are scaled up.
                    let inside = |a: &str| -> R {
                        s.indicators
                            .iter()
                            .zip(&credit)
                            .filter(|(i, c)| c.is_some() && i.area.as_deref() == Some(a))
                            .fold(R::zero(), |acc, (i, _)| acc + pct(i.weight))
                    };
                    let present: R = s
                        .areas
                        .iter()
                        .filter(|a| inside(&a.id).is_positive())
                        .fold(R::zero(), |acc, a| acc + pct(a.weight));
                    s.indicators
                        .iter()
                        .zip(&credit)
                        .map(|(i, c)| {
                            let a = i.area.as_deref().unwrap();
                            let within = inside(a);
                            if c.is_none() || within.is_zero() || present.is_zero() {
                                R::zero()
                            } else {
                                area_w(i) / &present * pct(i.weight) / within
                            }
                        })
                        .collect()
                }
                (MissingDataPolicy::Renormalize, true) => {
                    let counted = credit
                        .iter()
                        .zip(&weights)
                        .filter(|(c, _)| c.is_some())
                        .fold(R::zero(), |a, (_, w)| a + w);
                    credit
                        .iter()
                        .zip(&weights)
                        .map(|(c, w)| {
                            if c.is_some() && !counted.is_zero() {
                                w / &counted
                            } else {
                                R::zero()
                            }
                        })
                        .collect()
                }
                _ => weights.clone(),
            };
            let score = credit
                .iter()
                .zip(&eff)
                .fold(R::zero(), |a, (c, w)| {
                    a + c.clone().unwrap_or_else(R::zero) * w
                })
                .min(R::one());
            // Data sufficiency: fewer usable results than k gives no score and no money.
            let usable_count = credit.iter().filter(|c| c.is_some()).count();
            let insufficient = s
                .min_usable_indicators
                .is_some_and(|k| usable_count < k as usize);
            let score = if insufficient { R::zero() } else { score };
            // Gates: the findings dated within the period of a kind with a gate; one that
            // bars payment bars it, else the lowest cap caps the score.
            let counted: Vec<&Finding> = prov
                .findings
                .iter()
                .filter(|f| {
                    f.date.year == period.year
                        && period.first_month <= f.date.month
                        && f.date.month <= period.last_month
                })
                .collect();
            let effects: Vec<&GateEffect> = counted
                .iter()
                .flat_map(|f| s.gates.iter().filter(move |g| g.kind == f.kind))
                .map(|g| &g.effect)
                .collect();
            let barred = !insufficient && effects.contains(&&GateEffect::BarsPayment);
            let cap = effects
                .iter()
                .filter_map(|e| match e {
                    GateEffect::CapScore(p) => Some(pct(*p)),
                    GateEffect::BarsPayment => None,
                })
                .min();
            let score = match cap {
                Some(c) if !insufficient && !barred => score.min(c),
                _ => score,
            };
            let fallback = match (&s.missing_data, any_missing) {
                (MissingDataPolicy::FallbackShare(p), true) => Some(pct(*p)),
                _ => None,
            };
            let status = if insufficient {
                "insufficient"
            } else if barred {
                "barred"
            } else if fallback.is_some() {
                "fallback"
            } else if score.is_zero() {
                "zero"
            } else if s
                .qualification
                .min_score_percent
                .is_some_and(|m| score < pct(m))
            {
                "below_min"
            } else if s.qualification.all_indicators_met
                && credit
                    .iter()
                    .zip(&eff)
                    .any(|(c, w)| !w.is_zero() && c.clone().unwrap_or_else(R::zero) < R::one())
            {
                "not_all_met"
            } else {
                "paid"
            };
            let nonneg = |d: Decimal| r(d).max(R::zero());
            let own = match (status, &s.payout) {
                ("fallback", _) => {
                    fallback.unwrap() * nonneg(prov.previous_payout.unwrap_or_default())
                }
                (
                    "paid",
                    PayoutBase::PerVolumeUnit(kvalitetspeng::domain::rules::PerVolumeUnit {
                        kr_per_unit,
                    }),
                ) => &score * r(*kr_per_unit) * nonneg(prov.volume),
                (
                    "paid",
                    PayoutBase::PercentOfCompensation(
                        kvalitetspeng::domain::rules::PercentOfCompensation { percent },
                    ),
                ) => match prov.compensation {
                    Some(c) => &score * pct(*percent) * nonneg(c),
                    None => R::zero(),
                },
                _ => R::zero(),
            };
            scored.push((prov.id.clone(), status, score, own));
            let withheld = match (withhold_percents(&s.payout), prov.compensation) {
                (Some((withhold_percent, _)), Some(c)) => ore(&(pct(withhold_percent) * nonneg(c))),
                _ => Decimal::new(0, 2),
            };
            // Deductions: the point estimate strictly worse than the level; a missing result
            // (blank, too few or unknown respondents, impossible, no respondents under an
            // interval rule) deducts nothing.
            let mut deducted = Decimal::new(0, 2);
            for d in &s.deductions {
                let ind = s.indicators.iter().find(|i| i.id == d.indicator).unwrap();
                let Some(v) = usable(ind, &combined(results, p, &ind.id, &period)) else {
                    continue;
                };
                if at_least(ind.direction, &v, &r(d.level)) {
                    continue;
                }
                deducted += match &d.amount {
                    DeductionAmount::Fixed(a) => ore(&r(*a)),
                    DeductionAmount::PercentOfCompensation(pc) => match prov.compensation {
                        Some(c) => ore(&(pct(*pc) * nonneg(c))),
                        None => Decimal::new(0, 2),
                    },
                };
            }
            money.push((withheld, deducted));
        }
        let capped = |x: R| match s.cap {
            Some(c) if x > r(c) => r(c),
            _ => x,
        };
        let mut payouts: Vec<Decimal> = scored.iter().map(|x| ore(&capped(x.3.clone()))).collect();
        if let PayoutBase::Pot(kvalitetspeng::domain::rules::Pot { amount, key }) = &s.payout {
            let pot = ore(&r(*amount));
            let fb: Vec<usize> = (0..scored.len())
                .filter(|&i| scored[i].1 == "fallback")
                .collect();
            let set_aside: Decimal = fb.iter().map(|&i| payouts[i]).sum();
            if set_aside > pot {
                let w: Vec<R> = fb.iter().map(|&i| r(payouts[i])).collect();
                for (&i, part) in fb.iter().zip(split(pot, &w)) {
                    payouts[i] = part;
                }
            } else {
                let key = key.unwrap();
                let nonneg = |d: Decimal| r(d).max(R::zero());
                let vol = |i: usize| nonneg(results.providers[members[i] as usize].volume);
                let w: Vec<R> = (0..scored.len())
                    .map(|i| match key {
                        PotKey::Equal => R::one(),
                        PotKey::Credit => scored[i].2.clone(),
                        PotKey::Volume => vol(i),
                        PotKey::CreditTimesVolume => &scored[i].2 * vol(i),
                    })
                    .collect();
                let open: Vec<usize> = (0..scored.len())
                    .filter(|&i| scored[i].1 == "paid" && w[i].is_positive())
                    .collect();
                for (i, p) in share_capped(pot - set_aside, open, &w, s.cap) {
                    payouts[i] = p;
                }
            }
        }
        if let Some((_, payback_percent)) = withhold_percents(&s.payout) {
            let all: Decimal = money.iter().map(|m| m.0).sum();
            let payback = ore(&(r(all) * pct(payback_percent)));
            let w: Vec<R> = (0..scored.len())
                .map(|i| r(money[i].0) * payback_factor(&s.payout, &scored[i].2))
                .collect();
            let open: Vec<usize> = (0..scored.len())
                .filter(|&i| scored[i].1 == "paid" && w[i].is_positive())
                .collect();
            for p in payouts.iter_mut() {
                *p = Decimal::new(0, 2);
            }
            for (i, p) in share_capped(payback, open, &w, s.cap) {
                payouts[i] = p;
            }
        }
        for (((id, status, score, _), gross), (withheld, deducted)) in
            scored.into_iter().zip(payouts).zip(money)
        {
            let mut net = gross - withheld - deducted;
            if s.floor_at_zero && net < Decimal::ZERO {
                net = Decimal::new(0, 2);
            }
            out.insert(
                id,
                Outcome {
                    payout: net,
                    gross,
                    withheld,
                    paid_status: status,
                    score,
                },
            );
        }
    }
    out
}

/// The withhold and payback percentages of a withholding payout base.
fn withhold_percents(payout: &PayoutBase) -> Option<(Decimal, Decimal)> {
    match payout {
        PayoutBase::Withhold(w) => Some((w.withhold_percent, w.payback_percent)),
        PayoutBase::WithholdLogistic(w) => Some((w.withhold_percent, w.payback_percent)),
        _ => None,
    }
}

/// What a withhold's payback weighs beside the withheld amount: the score itself, or for the
/// logistic exchange function f = 1/(1 + e^(−s·(100·score − m))) rounded to its decimals.
/// In f64 (error about 1e-15): the generator keeps to 6 decimals, where a value that close
/// to a rounding tie is not expected.
fn payback_factor(payout: &PayoutBase, score: &R) -> R {
    let PayoutBase::WithholdLogistic(w) = payout else {
        return score.clone();
    };
    let x = score.to_f64().unwrap() * 100.0;
    let s = w.steepness.to_f64().unwrap();
    let m = w.midpoint.to_f64().unwrap();
    let f = 1.0 / (1.0 + (-s * (x - m)).exp());
    let f = <Decimal as num_traits::FromPrimitive>::from_f64(f).unwrap();
    r(f.round_dp_with_strategy(
        w.decimals,
        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
    ))
}

/// The advances of a provider with previous payout `previous` under `percent` % in `rounds`
/// rounds, in öre, straight from docs/rule-file.md ("Advances and settlement"): none without a
/// positive previous payout; else the total previous × percent / 100 rounded to öre once, half
/// away from zero, and split in whole öre, the öre left over one each to the first rounds.
pub fn advance_rounds(
    percent: Decimal,
    rounds: u32,
    previous: Option<Decimal>,
) -> Option<Vec<Decimal>> {
    let prev = previous.filter(|p| p.is_sign_positive() && !p.is_zero())?;
    let exact = r(prev) * pct(percent) * int(100); // in öre
    let floor = exact.floor();
    let total = if &exact - &floor >= R::new(BigInt::from(1), BigInt::from(2)) {
        floor + int(1)
    } else {
        floor
    }
    .to_integer()
    .to_i128()
    .unwrap();
    let n = rounds as i128;
    Some(
        (0..n)
            .map(|k| {
                let ore = total / n + i128::from(k < total % n);
                Decimal::from_i128_with_scale(ore, 2)
            })
            .collect(),
    )
}
