//! Providers within the municipality (issue 37, item 2): with results of several periods, each
//! provider's path per indicator against the rule's levels and the money the rules pay it each
//! period ([`paths`], the engine run once per period), and whether providers respond to the
//! incentive ([`response`]): do those just below a level improve more by the next period than
//! those just above? The contrast is the difference of the two groups' mean changes, corrected
//! for regression to the mean by a slope in the distance to the level common to both groups,
//! with a 95 % interval by a bootstrap over providers. Statistics in `f64` (no money); the
//! levels and which side of them a result lies are compared exactly. See `docs/effect.md`.

use crate::domain::splitmix::SplitMix;
use rust_decimal::Decimal;

use crate::domain::calculate;
use crate::domain::exact::Q;
use crate::domain::period::Period;
use crate::domain::results::{ResultSet, ServiceType};
use crate::domain::rules::{Direction, RuleSet, Unit};
use crate::domain::validation::Problem;

/// The band's default width, in the indicator's unit (percentage points for a share).
pub const DEFAULT_BAND: Decimal = Decimal::from_parts(5, 0, 0, false, 0);
/// The fewest providers each group needs for an estimate (see `docs/effect.md`).
pub const MIN_PROVIDERS: usize = 10;
/// Bootstrap resamples: the 2.5 % and 97.5 % points are the 50th and 1 950th of them.
pub const RESAMPLES: usize = 1999;
/// The seed of the bootstrap: the same data give the same interval every time.
const SEED: u64 = 37;

/// An indicator of the rules and the levels its scoring names.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorLevels {
    pub service_type: ServiceType,
    pub id: String,
    pub name: String,
    pub unit: Unit,
    pub direction: Direction,
    /// The levels (threshold, steps, linear ends, achievement threshold and benchmark),
    /// ascending, without repeats; empty for a scoring with levels from the peers.
    pub levels: Vec<Decimal>,
}

/// One provider's results and payouts over the periods.
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderPath {
    pub id: String,
    pub name: String,
    pub service_type: ServiceType,
    /// The payout per period (as [`Paths::periods`]); `None` when the calculation of that
    /// period has no such provider.
    pub payouts: Vec<Option<Decimal>>,
    /// Per indicator (as [`Paths::indicators`]) the result per period; `None` when missing.
    pub values: Vec<Vec<Option<Q>>>,
}

/// Every provider's path through the periods of the results.
#[derive(Debug, Clone, PartialEq)]
pub struct Paths {
    /// The periods of the results, in order.
    pub periods: Vec<Period>,
    pub indicators: Vec<IndicatorLevels>,
    /// By service type, then id.
    pub providers: Vec<ProviderPath>,
}

/// Why the paths cannot be made.
#[derive(Debug, Clone, PartialEq)]
pub enum PathsError {
    /// The results have no period.
    NoPeriods,
    /// The rules, set to this period, have errors.
    Rules {
        period: Period,
        problems: Vec<Problem>,
    },
}

impl crate::domain::feature::Message for PathsError {
    fn msg(&self) -> crate::domain::feature::Msg {
        use crate::domain::feature::{Arg, Msg};
        match self {
            PathsError::NoPeriods => Msg::new("effect-providers-no-periods", vec![]),
            PathsError::Rules { period, problems } => {
                // Each problem with its place, as everywhere: "where: what".
                let items = problems
                    .iter()
                    .map(|p| {
                        Msg::new(
                            "rule-problem",
                            vec![
                                ("at", Arg::msg(p.location().msg())),
                                ("text", Arg::msg(p.msg())),
                            ],
                        )
                    })
                    .collect();
                Msg::new(
                    "effect-providers-rules",
                    vec![
                        ("period", Arg::Plain(period.to_string())),
                        (
                            "problems",
                            Arg::List {
                                items,
                                sep: "; ",
                                capital: false,
                            },
                        ),
                    ],
                )
            }
        }
    }
}

/// Each provider's results and payouts in every period of `results`: the rules are
/// calculated for each period in turn (their period set to it), as they would have paid.
pub fn paths(rules: &RuleSet, results: &ResultSet) -> Result<Paths, PathsError> {
    let mut periods: Vec<Period> = results.observations.iter().map(|o| o.period).collect();
    periods.sort_unstable();
    periods.dedup();
    if periods.is_empty() {
        return Err(PathsError::NoPeriods);
    }
    let indicators: Vec<IndicatorLevels> = rules
        .schemes
        .iter()
        .flat_map(|s| {
            s.indicators.iter().map(|i| {
                let mut levels: Vec<Decimal> = i
                    .scoring
                    .mode()
                    .marks()
                    .into_iter()
                    .map(|(_, l)| l.normalize())
                    .collect();
                levels.sort_unstable();
                levels.dedup();
                IndicatorLevels {
                    service_type: s.service_type,
                    id: i.id.clone(),
                    name: i.name.clone(),
                    unit: i.unit,
                    direction: i.direction,
                    levels,
                }
            })
        })
        .collect();
    let mut providers: Vec<ProviderPath> = Vec::new();
    for (k, period) in periods.iter().enumerate() {
        let mut r = rules.clone();
        r.period = period.to_string();
        let calc = calculate(&r, results).map_err(|problems| PathsError::Rules {
            period: *period,
            problems,
        })?;
        for p in &calc.providers {
            let at = match providers
                .binary_search_by(|q| (q.service_type, q.id.as_str()).cmp(&(p.service_type, &p.id)))
            {
                Ok(at) => at,
                Err(at) => {
                    let values = vec![vec![None; periods.len()]; indicators.len()];
                    let path = ProviderPath {
                        id: p.id.clone(),
                        name: p.name.clone(),
                        service_type: p.service_type,
                        payouts: vec![None; periods.len()],
                        values,
                    };
                    providers.insert(at, path);
                    at
                }
            };
            let path = &mut providers[at];
            path.payouts[k] = Some(p.payout);
            for ir in &p.indicators {
                let i = indicators
                    .iter()
                    .position(|i| i.service_type == p.service_type && *i.id == *ir.indicator_id);
                if let (Some(i), Some(v)) = (i, &ir.value) {
                    path.values[i][k] = Some(v.clone());
                }
            }
        }
    }
    Ok(Paths {
        periods,
        indicators,
        providers,
    })
}

/// One provider's result on one indicator near a level, and its change by the next period.
/// Signs are in the indicator's direction: a positive distance is at or beyond the level, a
/// positive change an improvement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    /// Index into [`Paths::providers`].
    pub provider: usize,
    pub indicator: usize,
    /// Index into [`Paths::periods`] of the first period.
    pub period: usize,
    /// The level nearest the result.
    pub level: Decimal,
    /// The distance to it: below the level when negative.
    pub distance: f64,
    pub change: f64,
}

impl Pair {
    /// Whether the result was below (short of) its level.
    pub fn below(&self) -> bool {
        self.distance < 0.0
    }
}

/// The results within `band` of a level, with their change by the next period: each provider
/// and indicator with a result in two periods that follow each other (of the same length).
/// The level is the one nearest the result (of two as near, the one not reached); below the
/// level is `−band ≤ distance < 0`, above it `0 ≤ distance < band`.
pub fn pairs(paths: &Paths, band: Decimal) -> Vec<Pair> {
    let band = Q::from(band);
    let len = |p: &Period| p.last_month - p.first_month;
    let mut out = Vec::new();
    for (pi, p) in paths.providers.iter().enumerate() {
        for (ii, ind) in paths.indicators.iter().enumerate() {
            let sign = match ind.direction {
                Direction::HigherIsBetter => Q::from(1),
                Direction::LowerIsBetter => Q::from(-1),
            };
            for k in 0..paths.periods.len().saturating_sub(1) {
                if len(&paths.periods[k]) != len(&paths.periods[k + 1]) {
                    continue;
                }
                let (Some(now), Some(next)) = (&p.values[ii][k], &p.values[ii][k + 1]) else {
                    continue;
                };
                let Some((level, distance)) = ind
                    .levels
                    .iter()
                    .map(|l| (*l, &sign * &(now - &Q::from(*l))))
                    .min_by(|a, b| {
                        let (da, db) = (abs(&a.1), abs(&b.1));
                        da.cmp(&db).then(a.1.cmp(&b.1))
                    })
                else {
                    continue;
                };
                let inside = if distance.is_negative() {
                    abs(&distance) <= band
                } else {
                    distance < band
                };
                if inside {
                    out.push(Pair {
                        provider: pi,
                        indicator: ii,
                        period: k,
                        level,
                        distance: distance.to_f64(),
                        change: (&sign * &(next - now)).to_f64(),
                    });
                }
            }
        }
    }
    out
}

fn abs(q: &Q) -> Q {
    if q.is_negative() {
        &Q::from(0) - q
    } else {
        q.clone()
    }
}

/// One side of the level.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Group {
    /// The distinct providers with a result in the group.
    pub providers: usize,
    /// Their results (provider × indicator × period).
    pub results: usize,
    /// The mean distance to the level and the mean change by the next period.
    pub mean_distance: f64,
    pub mean_change: f64,
}

/// The estimate of the providers' response, when both groups are large enough.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    /// Mean change below minus mean change above, uncorrected.
    pub difference: f64,
    /// The common slope of the change in the distance (regression to the mean: negative
    /// when results far from the level come back towards it).
    pub slope: f64,
    /// The difference corrected by the slope: `difference − slope × (mean distance below −
    /// mean distance above)`. Positive: those below improve more than the distance explains.
    pub effect: f64,
    /// The 95 % bootstrap interval of `effect`.
    pub low: f64,
    pub high: f64,
}

/// Whether providers just below a level improve more than those just above.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub band: Decimal,
    pub below: Group,
    pub above: Group,
    /// `None` when a group has fewer than [`MIN_PROVIDERS`] providers: too few to tell.
    pub estimate: Option<Estimate>,
}

/// The providers' response to the levels within `band` (see [`pairs`] and [`Estimate`]).
pub fn response(paths: &Paths, band: Decimal) -> Response {
    let pairs = pairs(paths, band);
    let group = |below: bool| {
        let g: Vec<&Pair> = pairs.iter().filter(|p| p.below() == below).collect();
        let mut ids: Vec<usize> = g.iter().map(|p| p.provider).collect();
        ids.sort_unstable();
        ids.dedup();
        let n = g.len().max(1) as f64;
        Group {
            providers: ids.len(),
            results: g.len(),
            mean_distance: g.iter().map(|p| p.distance).sum::<f64>() / n,
            mean_change: g.iter().map(|p| p.change).sum::<f64>() / n,
        }
    };
    let (below, above) = (group(true), group(false));
    let estimate = (below.providers >= MIN_PROVIDERS && above.providers >= MIN_PROVIDERS)
        .then(|| estimate(&pairs))
        .flatten();
    Response {
        band,
        below,
        above,
        estimate,
    }
}

/// The corrected difference of `pairs` and its bootstrap interval.
fn estimate(pairs: &[Pair]) -> Option<Estimate> {
    let all: Vec<&Pair> = pairs.iter().collect();
    let (difference, slope, effect) = contrast(&all)?;
    // Resample providers, each with all its results: a provider's results on several
    // indicators and periods are not independent of each other.
    let mut by_provider: Vec<Vec<Pair>> = Vec::new();
    let mut sorted = pairs.to_vec();
    sorted.sort_by_key(|p| p.provider);
    for p in sorted {
        match by_provider.last_mut() {
            Some(last) if last[0].provider == p.provider => last.push(p),
            _ => by_provider.push(vec![p]),
        }
    }
    let mut rng = Draws(SplitMix(SEED));
    let n = by_provider.len();
    let mut draws = Vec::with_capacity(RESAMPLES);
    let mut tries = 0;
    let mut sample: Vec<&Pair> = Vec::with_capacity(pairs.len() * 2);
    while draws.len() < RESAMPLES && tries < 20 * RESAMPLES {
        tries += 1;
        sample.clear();
        for _ in 0..n {
            sample.extend(by_provider[rng.below(n)].iter());
        }
        // A resample without both groups has no contrast: drawn again.
        if let Some((_, _, e)) = contrast(&sample) {
            draws.push(e);
        }
    }
    if draws.len() < RESAMPLES {
        return None;
    }
    draws.sort_by(f64::total_cmp);
    // The 2.5 % and 97.5 % points of 1 999 draws: the 50th and 1 950th.
    let k = (RESAMPLES + 1) / 40;
    Some(Estimate {
        difference,
        slope,
        effect,
        low: draws[k - 1],
        high: draws[RESAMPLES - k],
    })
}

/// The raw difference of mean changes (below − above), the common slope of change in
/// distance within the groups, and the corrected difference: least squares of
/// `change = a + slope × distance + effect × below`. `None` when a group is empty.
fn contrast(pairs: &[&Pair]) -> Option<(f64, f64, f64)> {
    let mut s = [[0.0f64; 3]; 2]; // per group: n, Σ distance, Σ change
    for p in pairs {
        let g = &mut s[usize::from(p.below())];
        g[0] += 1.0;
        g[1] += p.distance;
        g[2] += p.change;
    }
    if s[0][0] == 0.0 || s[1][0] == 0.0 {
        return None;
    }
    let mean = |g: usize, c: usize| s[g][c] / s[g][0];
    let (mut sxy, mut sxx) = (0.0, 0.0);
    for p in pairs {
        let g = usize::from(p.below());
        let dx = p.distance - mean(g, 1);
        sxy += dx * (p.change - mean(g, 2));
        sxx += dx * dx;
    }
    let slope = if sxx > 0.0 { sxy / sxx } else { 0.0 };
    let difference = mean(1, 2) - mean(0, 2);
    let effect = difference - slope * (mean(1, 1) - mean(0, 1));
    Some((difference, slope, effect))
}

/// The bootstrap's draws: indices from a seeded [`SplitMix`].
struct Draws(SplitMix);

impl Draws {
    /// An index below `n` (n ≥ 1), without the bias of a plain remainder worth noting
    /// (multiply-shift: the bias is below n/2⁶⁴).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.0.next()) * n as u128) >> 64) as usize
    }
}
