//! A generator of synthetic Kolada panels for the effect follow-up (issue 37): one KPI for a
//! treated municipality and comparison municipalities over some years, with a planted effect
//! (or none). Every municipality follows the same process (exchangeable units), so the
//! placebo test's promises hold exactly and the simulations can check them:
//! `y = level + year effect + noise (AR(1) across years) + effect × (treated, from the start)`.

use kvalitetspeng::domain::effect::{Panel, Question};

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct PanelSpec {
    pub comparisons: usize,
    pub pre_years: usize,
    pub post_years: usize,
    /// The planted effect on the treated municipality from the start year on.
    pub effect: f64,
    /// The noise's standard deviation (0: noise-free).
    pub noise: f64,
    /// The noise's correlation from one year to the next.
    pub rho: f64,
    pub seed: u64,
}

/// The first year of every panel.
pub const FIRST_YEAR: i32 = 2010;
/// The treated municipality's code (the comparisons are [`comparison_code`]s).
pub const TREATED: &str = "9999";

/// The code of comparison municipality `c` (1, 2, …): 0101, 0102, … (codes 00xx are the
/// country and the regions, which the reader leaves out).
pub fn comparison_code(c: usize) -> String {
    format!("{:04}", 100 + c)
}

impl PanelSpec {
    pub fn introduced(&self) -> i32 {
        FIRST_YEAR + self.pre_years as i32
    }

    pub fn question(&self) -> Question {
        Question {
            treated: TREATED.into(),
            introduced: self.introduced(),
            exclude: Vec::new(),
        }
    }
}

/// SplitMix64 (as `src/generate.rs`): small, fast, deterministic.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in (0, 1).
    pub fn uniform(&mut self) -> f64 {
        ((self.next() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }

    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let (u, v) = (self.uniform(), self.uniform());
        (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
    }
}

/// The municipalities' codes and values per year (treated last), as generated.
pub fn values(spec: &PanelSpec) -> Vec<(String, Vec<(i32, f64)>)> {
    let mut rng = Rng(spec.seed);
    let years = spec.pre_years + spec.post_years;
    let mut year_effect = Vec::with_capacity(years);
    let mut walk = 0.0;
    for _ in 0..years {
        walk += rng.normal();
        year_effect.push(walk);
    }
    let codes = (1..=spec.comparisons)
        .map(comparison_code)
        .chain([TREATED.to_string()]);
    codes
        .map(|code| {
            let level = 60.0 + 30.0 * rng.uniform();
            let innovation = (1.0 - spec.rho * spec.rho).sqrt();
            let mut noise = rng.normal();
            let row = (0..years)
                .map(|t| {
                    if t > 0 {
                        noise = spec.rho * noise + innovation * rng.normal();
                    }
                    let planted = if code == TREATED && t >= spec.pre_years {
                        spec.effect
                    } else {
                        0.0
                    };
                    let y = level + year_effect[t] + spec.noise * noise + planted;
                    (FIRST_YEAR + t as i32, y)
                })
                .collect();
            (code, row)
        })
        .collect()
}

/// The generated panel.
pub fn panel(spec: &PanelSpec) -> Panel {
    let mut p = Panel::new();
    for (code, row) in values(spec) {
        for (year, y) in row {
            p.insert(&code, year, y).unwrap();
        }
    }
    p
}

/// The generated panel as Kolada's v3 municipality `data` answer for KPI `kpi`: totals and,
/// for every other municipality, women and men too; values written so that they read back
/// exactly (Rust's shortest round-trip form).
pub fn kolada_json(spec: &PanelSpec, kpi: &str) -> String {
    let mut posts = Vec::new();
    for (i, (code, row)) in values(spec).into_iter().enumerate() {
        for (year, y) in row {
            let genders = if i % 2 == 0 {
                format!(
                    r#"{{"gender":"K","value":{},"count":1,"status":""}},{{"gender":"M","value":{},"count":1,"status":""}},"#,
                    y + 1.0,
                    y - 1.0
                )
            } else {
                String::new()
            };
            posts.push(format!(
                r#"{{"kpi":"{kpi}","municipality":"{code}","period":{year},"values":[{genders}{{"gender":"T","value":{y:?},"count":1,"status":""}}]}}"#
            ));
        }
    }
    format!(
        "{{\"count\":{},\"values\":[\n{}\n],\"next_page\":null}}\n",
        posts.len(),
        posts.join(",\n")
    )
}
