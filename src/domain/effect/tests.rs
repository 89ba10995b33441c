//! The estimate on small panels whose answers are known.

use super::*;

/// A panel of `n` comparison municipalities ("c00", …) and the treated "t": unit level
/// `u`, year effect `y`, and `tau` added to the treated from `introduced` on.
fn parallel(n: usize, years: std::ops::Range<i32>, introduced: i32, tau: f64) -> Panel {
    let mut p = Panel::new();
    for y in years {
        let year_effect = f64::from((y * 7) % 5);
        for u in 0..n {
            p.insert(&format!("c{u:02}"), y, u as f64 + year_effect)
                .unwrap();
        }
        let planted = if y >= introduced { tau } else { 0.0 };
        p.insert("t", y, 10.0 + year_effect + planted).unwrap();
    }
    p
}

fn question(introduced: i32) -> Question {
    Question {
        treated: "t".into(),
        introduced,
        exclude: Vec::new(),
    }
}

#[test]
fn a_planted_effect_is_recovered_exactly_without_noise() {
    // Four pre and four post years, 32 comparisons: every mean is exact in binary.
    let e = estimate(&parallel(32, 2010..2018, 2014, 2.5), &question(2014)).unwrap();
    assert_eq!(e.effect, 2.5);
    assert!(e.placebos.iter().all(|(_, x)| *x == 0.0));
    assert_eq!(e.p_value, 1.0 / 33.0);
    assert_eq!(e.as_large, 0);
    assert_eq!(
        e.interval,
        Interval::Bounded {
            low: 2.5,
            high: 2.5
        }
    );
    assert_eq!(e.pre_rmse, Some(0.0));
    assert_eq!(e.pre_trend.unwrap().slope, 0.0);
    assert_eq!(e.pre_years, vec![2010, 2011, 2012, 2013]);
    assert_eq!(e.post_years, vec![2014, 2015, 2016, 2017]);
}

#[test]
fn no_planted_effect_gives_zero_and_p_one() {
    let e = estimate(&parallel(8, 2010..2018, 2014, 0.0), &question(2014)).unwrap();
    assert_eq!(e.effect, 0.0);
    assert_eq!(e.p_value, 1.0);
    assert_eq!(e.interval, Interval::Unbounded { needed: 19 });
    assert_eq!(e.detectable, None);
    assert_eq!(e.smallest_p(), 1.0 / 9.0);
}

/// A panel with noise: the treated's and each comparison's change known by construction.
fn noisy(n: usize) -> Panel {
    let mut p = Panel::new();
    for u in 0..n {
        let code = format!("c{u:02}");
        p.insert(&code, 2000, 0.0).unwrap();
        // Changes −n/2 … n/2, spread so that none is tied.
        p.insert(&code, 2001, u as f64 - n as f64 / 2.0 + 0.25)
            .unwrap();
    }
    p.insert("t", 2000, 0.0).unwrap();
    p.insert("t", 2001, 7.0).unwrap();
    p
}

#[test]
fn the_interval_is_the_set_the_test_does_not_reject() {
    for n in [19, 20, 39, 40, 59, 100] {
        let e = estimate(&noisy(n), &question(2001)).unwrap();
        let Interval::Bounded { low, high } = e.interval else {
            panic!("bounded with {n}")
        };
        let step = 1e-9;
        assert!(e.p_value_at(low) > 0.05 && e.p_value_at(high) > 0.05, "{n}");
        assert!(e.p_value_at(low - step) <= 0.05, "{n}");
        assert!(e.p_value_at(high + step) <= 0.05, "{n}");
        assert!(e.p_value_at(e.effect) == 1.0);
        // A bisection on the monotone p-value finds the same end.
        let (mut inside, mut outside) = (e.effect, e.effect + 1e6);
        for _ in 0..200 {
            let mid = (inside + outside) / 2.0;
            if e.p_value_at(mid) > 0.05 {
                inside = mid
            } else {
                outside = mid
            }
        }
        assert!((inside - high).abs() < 1e-9, "{n}: {inside} vs {high}");
        assert!((e.detectable.unwrap() - (high - e.effect)).abs() < 1e-9);
    }
}

#[test]
fn p_value_counts_placebos_at_least_as_large() {
    let e = estimate(&noisy(9), &question(2001)).unwrap();
    // Changes −4.25 … 3.75 (+0.25 each from −4.5): placebo j = d_j − mean of the others.
    let mut larger = 0;
    for (_, x) in &e.placebos {
        if x.abs() >= e.effect.abs() {
            larger += 1;
        }
    }
    assert_eq!(e.as_large, larger);
    assert_eq!(e.p_value, (1 + larger) as f64 / 10.0);
    let mean_change: f64 = (0..9).map(|u| u as f64 - 4.5 + 0.25).sum::<f64>() / 9.0;
    assert!((e.effect - (7.0 - mean_change)).abs() < 1e-12);
}

#[test]
fn a_municipality_missing_a_year_is_left_out_and_listed() {
    let mut p = parallel(3, 2010..2014, 2012, 1.0);
    p.insert("x", 2010, 1.0).unwrap();
    p.insert("x", 2013, 1.0).unwrap();
    let e = estimate(&p, &question(2012)).unwrap();
    assert_eq!(e.dropped, vec![("x".to_string(), 2)]);
    assert_eq!(e.comparisons(), 3);
    // A year of the treated's that most comparisons lack is not used: no one is dropped for it.
    let mut p = parallel(3, 2010..2014, 2012, 1.0);
    p.insert("t", 2009, 1.0).unwrap();
    p.insert("c00", 2009, 1.0).unwrap();
    let e = estimate(&p, &question(2012)).unwrap();
    assert_eq!((e.dropped.len(), e.unused_years.clone()), (0, vec![2009]));
    // One that half have is used, and the others are dropped.
    p.insert("c01", 2009, 1.0).unwrap();
    let e = estimate(&p, &question(2012)).unwrap();
    assert_eq!(
        (e.dropped, e.unused_years),
        (vec![("c02".into(), 1)], vec![])
    );
}

#[test]
fn excluded_municipalities_are_not_compared_with() {
    let mut q = question(2012);
    q.exclude = vec!["c01".into(), "zz".into()];
    let e = estimate(&parallel(4, 2010..2014, 2012, 1.0), &q).unwrap();
    let codes: Vec<&str> = e.placebos.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(codes, ["c00", "c02", "c03"]);
    assert_eq!(e.unknown_excluded, ["zz"]);
}

#[test]
fn degenerate_panels_are_errors_not_panics() {
    let p = parallel(4, 2010..2014, 2012, 1.0);
    let err = |q: &Question, p: &Panel| estimate(p, q).unwrap_err();
    let mut q = question(2012);
    q.treated = "nope".into();
    assert_eq!(
        err(&q, &p),
        EffectError::TreatedMissing {
            code: "nope".into()
        }
    );
    let mut q = question(2012);
    q.exclude = vec!["t".into()];
    assert_eq!(
        err(&q, &p),
        EffectError::TreatedExcluded { code: "t".into() }
    );
    assert_eq!(
        err(&question(2010), &p),
        EffectError::NoPreYears {
            introduced: 2010,
            first: 2010
        }
    );
    assert_eq!(
        err(&question(2014), &p),
        EffectError::NoPostYears {
            introduced: 2014,
            last: 2013
        }
    );
    let one = parallel(1, 2010..2014, 2012, 1.0);
    assert_eq!(
        err(&question(2012), &one),
        EffectError::TooFewComparisons {
            found: 1,
            dropped: 0
        }
    );
    assert_eq!(Panel::new().insert("a", 1, f64::NAN), Err(NotFinite));
}

#[test]
fn one_pre_year_has_no_fit_and_two_no_trend() {
    let e = estimate(&parallel(4, 2011..2014, 2012, 1.0), &question(2012)).unwrap();
    assert_eq!((e.pre_rmse, e.pre_trend), (None, None));
    let e = estimate(&parallel(4, 2010..2014, 2012, 1.0), &question(2012)).unwrap();
    assert_eq!((e.pre_rmse, e.pre_trend), (Some(0.0), None));
}

#[test]
fn a_diverging_pre_trend_is_seen() {
    let mut p = parallel(19, 2010..2016, 2014, 0.0);
    for (i, y) in (2010..2014).enumerate() {
        let v = p.get("t", y).unwrap();
        p.insert("t", y, v + i as f64).unwrap();
    }
    let e = estimate(&p, &question(2014)).unwrap();
    let t = e.pre_trend.unwrap();
    assert!((t.slope - 1.0).abs() < 1e-12);
    assert_eq!(t.p_value, 1.0 / 20.0);
    assert!(e.pre_rmse.unwrap() > 1.0);
}

#[test]
fn simplex_weights_find_a_convex_combination() {
    let donors = vec![
        vec![1.0, 0.0, -1.0],
        vec![-1.0, 2.0, -1.0],
        vec![0.0, -3.0, 3.0],
    ];
    let target: Vec<f64> = (0..3)
        .map(|t| 0.25 * donors[0][t] + 0.75 * donors[2][t])
        .collect();
    let w = synth::simplex_weights(&target, &donors);
    for (got, want) in w.iter().zip([0.25, 0.0, 0.75]) {
        assert!((got - want).abs() < 1e-9, "{w:?}");
    }
    // A target outside the hull gets the nearest point: all weight on the nearest donor.
    let w = synth::simplex_weights(&[0.0, -6.0, 6.0], &donors);
    assert!((w[2] - 1.0).abs() < 1e-9, "{w:?}");
    assert!(w.iter().all(|x| *x >= 0.0) && (w.iter().sum::<f64>() - 1.0).abs() < 1e-12);
}

/// Comparison municipalities with their own paths, and a treated one that follows 0.25 of
/// the first and 0.75 of the third, at its own level, plus `tau` from 2014.
fn paths(tau: f64) -> Panel {
    let shapes: [[f64; 6]; 4] = [
        [0.0, 1.0, 3.0, 2.0, 4.0, 5.0],
        [2.0, 0.0, 1.0, 0.0, 1.0, 0.0],
        [0.0, 3.0, 1.0, 4.0, 2.0, 6.0],
        [5.0, 4.0, 3.0, 2.0, 1.0, 0.0],
    ];
    let mut p = Panel::new();
    for (u, s) in shapes.iter().enumerate() {
        for (t, x) in s.iter().enumerate() {
            p.insert(
                &format!("c{u}"),
                2010 + t as i32,
                50.0 + 10.0 * u as f64 + x,
            )
            .unwrap();
        }
    }
    for (t, (a, c)) in shapes[0].iter().zip(&shapes[2]).enumerate() {
        let x = 0.25 * a + 0.75 * c;
        let planted = if t >= 4 { tau } else { 0.0 };
        p.insert("t", 2010 + t as i32, 90.0 + x + planted).unwrap();
    }
    p
}

#[test]
fn the_synthetic_control_finds_the_weights_and_the_planted_effect() {
    let e = estimate_synthetic(&paths(3.0), &question(2014)).unwrap();
    assert_eq!(e.method, Method::SyntheticControl);
    let w: Vec<f64> = e.weights.iter().map(|(_, w)| *w).collect();
    for (got, want) in w.iter().zip([0.25, 0.0, 0.75, 0.0]) {
        assert!((got - want).abs() < 1e-6, "{w:?}");
    }
    assert!((e.effect - 3.0).abs() < 1e-6, "{}", e.effect);
    assert!(e.pre_rmse.unwrap() < 1e-6);
    // The difference in differences is thrown off by the paths the mean does not follow.
    let did = estimate(&paths(3.0), &question(2014)).unwrap();
    assert!((did.effect - 3.0).abs() > 0.5, "{}", did.effect);
    assert!(did.pre_rmse.unwrap() > 0.5);
}

#[test]
fn with_parallel_paths_the_synthetic_control_is_the_difference_in_differences() {
    let p = parallel(19, 2010..2018, 2014, 2.5);
    let sc = estimate_synthetic(&p, &question(2014)).unwrap();
    let did = estimate(&p, &question(2014)).unwrap();
    assert!((sc.effect - did.effect).abs() < 1e-9);
    assert_eq!(sc.comparisons(), 19);
    let Interval::Bounded { low, high } = sc.interval else {
        panic!()
    };
    let half = sc.detectable.unwrap();
    assert!((low - (sc.effect - half)).abs() < 1e-12 && (high - (sc.effect + half)).abs() < 1e-12);
}
