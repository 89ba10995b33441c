//! Difference in differences of one treated municipality against comparison municipalities,
//! with placebo (permutation) inference valid for one treated unit.
//!
//! Each municipality's change `d = mean(post years) − mean(pre years)`; the treated one's
//! estimate is its change minus the comparison municipalities' mean change. Each comparison
//! municipality in turn is estimated as if it were treated, against the other comparison
//! municipalities (the treated one left out): the placebo estimates. The p-value is the
//! treated estimate's rank by size among them, `(1 + #{|placebo| ≥ |treated|}) / (N + 1)`;
//! the 95 % interval is every effect τ whose removal from the treated post-years leaves
//! p > 0.05. The placebos do not depend on τ and p falls as `|estimate − τ|` grows, so the
//! interval's ends are found exactly: the estimate ± the k-th largest |placebo|,
//! k = ⌊(N + 1)/20⌋ (no bisection is needed; `p_value_at` checks the ends in the tests).

use super::{EffectError, Method, Panel, Question};

/// The 5 % level as a fraction 1/20: the interval is 95 %, a p-value ≤ 1/20 is significant.
const LEVEL_DENOMINATOR: usize = 20;

/// The 95 % interval of an effect.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Interval {
    /// Every effect between `low` and `high` (inclusive) is compatible with the data.
    Bounded { low: f64, high: f64 },
    /// With N comparison municipalities the smallest possible p-value is 1/(N + 1) > 0.05:
    /// no effect can be ruled out. `needed`: the comparisons a bounded interval needs (19).
    Unbounded { needed: usize },
}

/// The pre-period trend of the gap (treated minus comparison mean), in KPI units per year,
/// with its placebo p-value (the same rank as the estimate's). A trend before the start
/// questions the parallel-trends assumption.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PreTrend {
    pub slope: f64,
    pub p_value: f64,
}

/// A difference-in-differences estimate and its inference. Values in the KPI's units.
#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    /// How the comparison was made.
    pub method: Method,
    /// The treated municipality's code.
    pub treated: String,
    /// The first year kvalitetspeng was paid.
    pub introduced: i32,
    /// The estimated effect.
    pub effect: f64,
    pub interval: Interval,
    /// The permutation p-value, `(1 + as_large) / (N + 1)`.
    pub p_value: f64,
    /// The placebo estimates at least as large (in absolute value) as the treated one.
    pub as_large: usize,
    /// The years before the start and from the start on that the estimate uses.
    pub pre_years: Vec<i32>,
    pub post_years: Vec<i32>,
    /// Root mean square of the gap's deviation from its pre-period mean: how far from
    /// parallel the treated municipality ran before the start (`None` with one pre year).
    pub pre_rmse: Option<f64>,
    /// The gap's trend before the start (`None` with fewer than three pre years).
    pub pre_trend: Option<PreTrend>,
    /// The smallest estimate the test could call significant at 5 %: the k-th largest
    /// |placebo| (`None` when the interval is unbounded). See `docs/effect.md`.
    pub detectable: Option<f64>,
    /// Each comparison municipality's code and its weight in the comparison (1/N each in a
    /// difference in differences), in code order.
    pub weights: Vec<(String, f64)>,
    /// Each comparison municipality's code and its placebo estimate, in code order.
    pub placebos: Vec<(String, f64)>,
    /// Municipalities left out of the comparison for missing years: code and years missing.
    pub dropped: Vec<(String, usize)>,
    /// Years of the treated municipality left unused: fewer than half the candidate
    /// comparison municipalities have a value.
    pub unused_years: Vec<i32>,
    /// Codes to exclude that the panel does not have.
    pub unknown_excluded: Vec<String>,
    /// The gap per year used: the treated municipality minus the comparison mean (difference
    /// in differences), or minus the weighted mean of the paths demeaned by their pre-period
    /// means (synthetic control).
    pub gap: Vec<(i32, f64)>,
}

impl Effect {
    /// The number of comparison municipalities, N.
    pub fn comparisons(&self) -> usize {
        self.placebos.len()
    }

    /// The smallest p-value N comparison municipalities allow, 1/(N + 1).
    pub fn smallest_p(&self) -> f64 {
        1.0 / (self.comparisons() + 1) as f64
    }

    /// The p-value of the hypothesis that the effect is `tau`: the test on the data with `tau`
    /// removed from the treated municipality's post years.
    pub fn p_value_at(&self, tau: f64) -> f64 {
        let stat = (self.effect - tau).abs();
        rank_p(stat, self.placebos.iter().map(|(_, e)| *e))
    }
}

/// `(1 + #{|x| ≥ stat}) / (N + 1)` over the placebo values `xs`.
fn rank_p(stat: f64, xs: impl ExactSizeIterator<Item = f64>) -> f64 {
    let n = xs.len();
    let as_large = xs.filter(|x| x.abs() >= stat).count();
    (1 + as_large) as f64 / (n + 1) as f64
}

pub(super) fn mean(xs: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = xs.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
    sum / n as f64
}

/// The years used (the treated municipality's that at least half the candidates have), the
/// comparison municipalities with a value in every one of them, and those left out.
pub(super) struct Balanced {
    pub years: Vec<i32>,
    unused_years: Vec<i32>,
    pub pre: usize,
    pub comparisons: Vec<String>,
    dropped: Vec<(String, usize)>,
    unknown_excluded: Vec<String>,
}

fn balance(panel: &Panel, q: &Question) -> Result<Balanced, EffectError> {
    if !panel.has(&q.treated) {
        return Err(EffectError::TreatedMissing {
            code: q.treated.clone(),
        });
    }
    if q.exclude.contains(&q.treated) {
        return Err(EffectError::TreatedExcluded {
            code: q.treated.clone(),
        });
    }
    let candidates: Vec<&str> = panel
        .units()
        .filter(|u| *u != q.treated && !q.exclude.iter().any(|e| e == u))
        .collect();
    // A year is used when the treated municipality and at least half the candidates have a
    // value: one municipality's gap does not cost every other its place.
    let (years, unused_years): (Vec<i32>, Vec<i32>) =
        panel.years_of(&q.treated).into_iter().partition(|y| {
            let with = candidates
                .iter()
                .filter(|u| panel.get(u, *y).is_some())
                .count();
            2 * with >= candidates.len()
        });
    let pre = years.iter().filter(|y| **y < q.introduced).count();
    let all_years = panel.years_of(&q.treated);
    if pre == 0 {
        return Err(EffectError::NoPreYears {
            introduced: q.introduced,
            first: all_years[0],
        });
    }
    if pre == years.len() {
        return Err(EffectError::NoPostYears {
            introduced: q.introduced,
            last: all_years[all_years.len() - 1],
        });
    }
    let mut comparisons = Vec::new();
    let mut dropped = Vec::new();
    for unit in candidates {
        let missing = years
            .iter()
            .filter(|y| panel.get(unit, **y).is_none())
            .count();
        if missing == 0 {
            comparisons.push(unit.to_string());
        } else {
            dropped.push((unit.to_string(), missing));
        }
    }
    if comparisons.len() < 2 {
        return Err(EffectError::TooFewComparisons {
            found: comparisons.len(),
            dropped: dropped.len(),
        });
    }
    let mut unknown_excluded: Vec<String> = q
        .exclude
        .iter()
        .filter(|e| !panel.has(e))
        .cloned()
        .collect();
    unknown_excluded.sort();
    unknown_excluded.dedup();
    Ok(Balanced {
        years,
        unused_years,
        pre,
        comparisons,
        dropped,
        unknown_excluded,
    })
}

/// The ordinary least squares slope of `ys` on `xs`.
fn slope(xs: &[f64], ys: &[f64]) -> f64 {
    let mx = mean(xs.iter().copied());
    let my = mean(ys.iter().copied());
    let sxy: f64 = xs.iter().zip(ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    let sxx: f64 = xs.iter().map(|x| (x - mx) * (x - mx)).sum();
    sxy / sxx
}

/// The balanced panel as rows: the treated municipality's values and each comparison
/// municipality's, per year used.
pub(super) struct Rows {
    pub b: Balanced,
    pub treated: Vec<f64>,
    pub rows: Vec<Vec<f64>>,
}

impl Rows {
    pub(super) fn of(panel: &Panel, q: &Question) -> Result<Rows, EffectError> {
        let b = balance(panel, q)?;
        let row = |unit: &str| -> Vec<f64> {
            b.years
                .iter()
                .map(|y| panel.get(unit, *y).expect("balanced"))
                .collect()
        };
        let treated = row(&q.treated);
        let rows = b.comparisons.iter().map(|c| row(c)).collect();
        Ok(Rows { b, treated, rows })
    }

    /// A row's change: the mean of its post years minus the mean of its pre years.
    pub(super) fn change(&self, r: &[f64]) -> f64 {
        let pre = self.b.pre;
        mean(r[pre..].iter().copied()) - mean(r[..pre].iter().copied())
    }
}

/// What a method estimated: the effect, each comparison municipality's placebo estimate, the
/// gap per year, each placebo's gap in the pre years, and the comparison's weights.
pub(super) struct Estimated {
    pub method: Method,
    pub effect: f64,
    pub placebos: Vec<f64>,
    pub gap: Vec<f64>,
    pub placebo_pre_gaps: Vec<Vec<f64>>,
    pub weights: Vec<f64>,
}

/// The inference on an estimate: the p-value, the interval, the pre-period fit and trend.
pub(super) fn infer(q: &Question, rows: Rows, e: Estimated) -> Effect {
    let b = rows.b;
    let n = e.placebos.len();
    let as_large = e
        .placebos
        .iter()
        .filter(|x| x.abs() >= e.effect.abs())
        .count();
    let p_value = (1 + as_large) as f64 / (n + 1) as f64;
    // The k-th largest |placebo|: the interval's half-width and the detectable effect.
    let k = (n + 1) / LEVEL_DENOMINATOR;
    let critical = (k > 0).then(|| {
        let mut abs: Vec<f64> = e.placebos.iter().map(|x| x.abs()).collect();
        abs.sort_by(|a, b| b.total_cmp(a));
        abs[k - 1]
    });
    let interval = match critical {
        Some(c) => Interval::Bounded {
            low: e.effect - c,
            high: e.effect + c,
        },
        None => Interval::Unbounded {
            needed: LEVEL_DENOMINATOR - 1,
        },
    };
    let pre_gap = &e.gap[..b.pre];
    let pre_rmse = (b.pre >= 2).then(|| {
        let m = mean(pre_gap.iter().copied());
        mean(pre_gap.iter().map(|g| (g - m) * (g - m))).sqrt()
    });
    let pre_trend = (b.pre >= 3).then(|| {
        let xs: Vec<f64> = b.years[..b.pre].iter().map(|y| f64::from(*y)).collect();
        let s = slope(&xs, pre_gap);
        let placebo_slopes: Vec<f64> = e.placebo_pre_gaps.iter().map(|g| slope(&xs, g)).collect();
        PreTrend {
            slope: s,
            p_value: rank_p(s.abs(), placebo_slopes.into_iter()),
        }
    });
    Effect {
        method: e.method,
        treated: q.treated.clone(),
        introduced: q.introduced,
        effect: e.effect,
        interval,
        p_value,
        as_large,
        pre_years: b.years[..b.pre].to_vec(),
        post_years: b.years[b.pre..].to_vec(),
        pre_rmse,
        pre_trend,
        detectable: critical,
        weights: b.comparisons.iter().cloned().zip(e.weights).collect(),
        placebos: b.comparisons.into_iter().zip(e.placebos).collect(),
        dropped: b.dropped,
        unused_years: b.unused_years,
        unknown_excluded: b.unknown_excluded,
        gap: b.years.iter().copied().zip(e.gap).collect(),
    }
}

/// Estimates the effect on the treated municipality of `q` by difference in differences, with
/// placebo inference (see the module's doc). A comparison municipality without a value in
/// one of the treated one's years is left out and listed in `dropped`.
pub fn estimate(panel: &Panel, q: &Question) -> Result<Effect, EffectError> {
    let rows = Rows::of(panel, q)?;
    let n = rows.rows.len();
    let changes: Vec<f64> = rows.rows.iter().map(|r| rows.change(r)).collect();
    let total: f64 = changes.iter().sum();
    let effect = rows.change(&rows.treated) - total / n as f64;
    let placebos: Vec<f64> = changes
        .iter()
        .map(|d| d - (total - d) / (n - 1) as f64)
        .collect();
    // Each year's sum over the comparison municipalities: the gap of the treated one against
    // their mean, and of comparison j against the mean of the others, (sum − y_j)/(N − 1).
    let years = rows.b.years.len();
    let sums: Vec<f64> = (0..years)
        .map(|t| rows.rows.iter().map(|r| r[t]).sum())
        .collect();
    let gap: Vec<f64> = (0..years)
        .map(|t| rows.treated[t] - sums[t] / n as f64)
        .collect();
    let placebo_pre_gaps = rows
        .rows
        .iter()
        .map(|r| {
            (0..rows.b.pre)
                .map(|t| r[t] - (sums[t] - r[t]) / (n - 1) as f64)
                .collect()
        })
        .collect();
    let estimated = Estimated {
        method: Method::DifferenceInDifferences,
        effect,
        placebos,
        gap,
        placebo_pre_gaps,
        weights: vec![1.0 / n as f64; n],
    };
    Ok(infer(q, rows, estimated))
}
