//! The synthetic control: the treated municipality against a weighted mean of the comparison
//! municipalities, the weights (≥ 0, summing to 1) fitted so that the weighted mean follows
//! the treated municipality's path in the pre years. Fitted on each municipality's deviations
//! from its own pre-period mean (the "demeaned" synthetic control): the weights match the
//! path, not the level, so a municipality above every other can still be matched, and equal
//! weights give back the difference in differences. The effect is the treated change minus
//! the weighted changes, `d_treated − Σ w_j d_j`; the placebos refit the weights for each
//! comparison municipality against the others, and the inference is the same as
//! [`super::did`]'s (the weights depend on the pre years only, so removing τ from the post
//! years moves the estimate by τ and the interval's ends stay exact).

use super::did::{Estimated, Rows, infer, mean};
use super::{Effect, EffectError, Method, Panel, Question};

/// The fit stops when its objective is within this (relative) of the minimum.
const TOLERANCE: f64 = 1e-8;
/// The most steps of the fit (it converges in far fewer on panels of a few hundred).
const MAX_STEPS: usize = 500;
/// The steps between two checks of the fit.
const CHECK_EVERY: usize = 20;

/// The weights `w ≥ 0`, `Σw = 1` that minimise `‖target − Σ_j w_j donors_j‖²`, by
/// accelerated projected gradient (FISTA) from equal weights. Hand-written: a least-squares
/// problem on the simplex of a few hundred weights, 40 lines, where a conic solver crate would
/// be a large dependency for it.
pub fn simplex_weights(target: &[f64], donors: &[Vec<f64>]) -> Vec<f64> {
    let n = donors.len();
    let residual = |w: &[f64]| -> Vec<f64> {
        (0..target.len())
            .map(|t| donors.iter().zip(w).map(|(d, wj)| d[t] * wj).sum::<f64>() - target[t])
            .collect()
    };
    let gradient = |w: &[f64]| -> Vec<f64> {
        let r = residual(w);
        donors
            .iter()
            .map(|d| 2.0 * d.iter().zip(&r).map(|(a, b)| a * b).sum::<f64>())
            .collect()
    };
    let lipschitz = 2.0 * largest_eigenvalue(donors) * 1.000_001 + f64::MIN_POSITIVE;
    let mut w = vec![1.0 / n as f64; n];
    let mut y = w.clone();
    let mut momentum = 1.0_f64;
    for step in 0..MAX_STEPS {
        // The duality gap `gᵀw − min g` bounds how far the objective is from its minimum:
        // stop when it is negligible (the weights need not be unique; the fit is). Checked
        // every few steps: it costs as much as a step.
        if step % CHECK_EVERY == 0 {
            let gw = gradient(&w);
            let objective: f64 = residual(&w).iter().map(|r| r * r).sum();
            let duality_gap = gw.iter().zip(&w).map(|(g, x)| g * x).sum::<f64>()
                - gw.iter().copied().fold(f64::INFINITY, f64::min);
            if duality_gap <= TOLERANCE * (1.0 + objective) {
                break;
            }
        }
        let g = gradient(&y);
        let stepped: Vec<f64> = y.iter().zip(&g).map(|(a, b)| a - b / lipschitz).collect();
        let next = project_to_simplex(&stepped);
        let next_momentum = (1.0 + (1.0 + 4.0 * momentum * momentum).sqrt()) / 2.0;
        let beta = (momentum - 1.0) / next_momentum;
        y = next
            .iter()
            .zip(&w)
            .map(|(a, b)| a + beta * (a - b))
            .collect();
        w = next;
        momentum = next_momentum;
    }
    w
}

/// The largest eigenvalue of `DᵀD` (`D`'s columns the donors), by power iteration.
fn largest_eigenvalue(donors: &[Vec<f64>]) -> f64 {
    let n = donors.len();
    let mut v = vec![1.0 / (n as f64).sqrt(); n];
    let mut lambda = 0.0;
    for _ in 0..100 {
        let dv: Vec<f64> = (0..donors.first().map_or(0, Vec::len))
            .map(|t| donors.iter().zip(&v).map(|(d, x)| d[t] * x).sum())
            .collect();
        let next: Vec<f64> = donors
            .iter()
            .map(|d| d.iter().zip(&dv).map(|(a, b)| a * b).sum())
            .collect();
        let norm = next.iter().map(|x| x * x).sum::<f64>().sqrt();
        if norm == 0.0 {
            return 0.0;
        }
        lambda = norm;
        v = next.iter().map(|x| x / norm).collect();
    }
    lambda
}

/// The Euclidean projection onto `{w ≥ 0, Σw = 1}` (sort and threshold).
fn project_to_simplex(x: &[f64]) -> Vec<f64> {
    let mut sorted = x.to_vec();
    sorted.sort_by(|a, b| b.total_cmp(a));
    let mut sum = 0.0;
    let mut theta = 0.0;
    for (i, v) in sorted.iter().enumerate() {
        sum += v;
        let t = (sum - 1.0) / (i + 1) as f64;
        if v - t > 0.0 {
            theta = t;
        }
    }
    x.iter().map(|v| (v - theta).max(0.0)).collect()
}

/// A row's deviations from its own pre-period mean, in every year.
fn demeaned(r: &[f64], pre: usize) -> Vec<f64> {
    let m = mean(r[..pre].iter().copied());
    r.iter().map(|x| x - m).collect()
}

/// The weights for `target` from `donors` (demeaned rows) and the gap per year.
fn fit(target: &[f64], donors: &[&Vec<f64>], pre: usize) -> (Vec<f64>, Vec<f64>) {
    let pre_donors: Vec<Vec<f64>> = donors.iter().map(|d| d[..pre].to_vec()).collect();
    let w = simplex_weights(&target[..pre], &pre_donors);
    let gap = (0..target.len())
        .map(|t| target[t] - donors.iter().zip(&w).map(|(d, wj)| d[t] * wj).sum::<f64>())
        .collect();
    (w, gap)
}

/// Estimates the effect on the treated municipality of `q` against a synthetic control, with
/// the same placebo inference as [`super::estimate`]. Its weights are in `Effect::weights`;
/// the gap is of the demeaned paths.
pub fn estimate_synthetic(panel: &Panel, q: &Question) -> Result<Effect, EffectError> {
    let rows = Rows::of(panel, q)?;
    let pre = rows.b.pre;
    let post_mean = |g: &[f64]| mean(g[pre..].iter().copied());
    let demeaned_rows: Vec<Vec<f64>> = rows.rows.iter().map(|r| demeaned(r, pre)).collect();
    let all: Vec<&Vec<f64>> = demeaned_rows.iter().collect();
    let (weights, gap) = fit(&demeaned(&rows.treated, pre), &all, pre);
    let (placebos, placebo_pre_gaps) = (0..all.len())
        .map(|j| {
            let others: Vec<&Vec<f64>> = all
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != j)
                .map(|(_, r)| *r)
                .collect();
            let (_, g) = fit(all[j], &others, pre);
            (post_mean(&g), g[..pre].to_vec())
        })
        .unzip();
    let estimated = Estimated {
        method: Method::SyntheticControl,
        effect: post_mean(&gap),
        placebos,
        gap,
        placebo_pre_gaps,
        weights,
    };
    Ok(infer(q, rows, estimated))
}
