//! The Effekt window's state and logic (issue 37), apart from drawing: the Kolada file, KPI,
//! municipality, first year and exclusions as typed; the estimate in words (the same lines
//! as `kvalitetspeng effect`) with the treated municipality's path and its comparison for the
//! chart; and the providers' paths and response when the loaded results have several periods.

use crate::words::Text;
use crate::words::msg;
use std::path::Path;

use crate::domain::effect::providers::{DEFAULT_BAND, paths, response};
use crate::domain::effect::{Effect, Method, Question, estimate_with};
use crate::domain::{ResultSet, RuleSet};
use crate::io;
use crate::words::Lang;

/// What the window holds between frames.
#[derive(Debug, Clone, PartialEq)]
pub struct EffectForm {
    pub open: bool,
    /// The Kolada file's path, as typed or picked.
    pub kolada: String,
    pub kpi: String,
    pub municipality: String,
    pub introduced: String,
    /// Codes to leave out, separated by commas or spaces.
    pub exclude: String,
    pub method: Method,
    /// The latest estimate, or why it could not be made (in words).
    pub outcome: Option<Result<EffectView, String>>,
    /// The providers' lines ([`provider_lines`]) of the loaded results, made when the window
    /// opens, the results change or an estimate is made: a bootstrap is too much work for
    /// every frame.
    pub providers: Option<ProviderLines>,
    /// The results generation and language `providers` were made for: other results (or
    /// another language) make them again.
    pub providers_for: Option<(u64, Lang)>,
}

/// The providers' part in lines: whether they respond to the levels (the answer), and each
/// provider's path (the evidence, long: two lines a provider).
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderLines {
    pub response: Vec<String>,
    pub paths: Vec<String>,
}

impl Default for EffectForm {
    fn default() -> Self {
        Self {
            open: false,
            kolada: String::new(),
            kpi: String::new(),
            municipality: String::new(),
            introduced: String::new(),
            exclude: String::new(),
            method: Method::DifferenceInDifferences,
            outcome: None,
            providers: None,
            providers_for: None,
        }
    }
}

/// An estimate as the window shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct EffectView {
    pub effect: Effect,
    /// The KPI estimated (as typed when estimated, for the decision report's section).
    pub kpi: String,
    /// The report's lines, as the command prints them.
    pub lines: Vec<String>,
    /// Per year: the treated municipality's value and its comparison's (the comparison mean,
    /// or the synthetic control moved to the treated municipality's pre-period level).
    pub treated: Vec<[f64; 2]>,
    pub comparison: Vec<[f64; 2]>,
}

impl EffectForm {
    /// Reads the file and estimates; the outcome replaces the previous one.
    pub fn estimate(&mut self, lang: Lang) {
        self.outcome = Some(self.run(lang));
    }

    fn run(&self, lang: Lang) -> Result<EffectView, String> {
        let words = lang.words();
        let text = self.introduced.trim();
        let introduced = text
            .parse::<i32>()
            .ok()
            .filter(|y| text.len() == 4 && (1900..=2200).contains(y))
            .ok_or_else(|| msg!(words, "effect-not-a-year", text = &self.introduced))?;
        let kpi = self.kpi.trim();
        let read =
            io::effect::read_panel(Path::new(self.kolada.trim()), kpi).map_err(|e| e.text(lang))?;
        let question = Question {
            treated: self.municipality.trim().to_string(),
            introduced,
            exclude: self
                .exclude
                .split([',', ' ', ';'])
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(String::from)
                .collect(),
        };
        let effect = estimate_with(&read.panel, &question, self.method).map_err(|e| {
            let file = io::display_name(Path::new(self.kolada.trim()));
            format!("{file}: {}", e.text(words.lang()))
        })?;
        let mut treated = Vec::new();
        let mut comparison = Vec::new();
        for &(year, gap) in &effect.gap {
            if let Some(y) = read.panel.get(&effect.treated, year) {
                treated.push([f64::from(year), y]);
                comparison.push([f64::from(year), y - gap]);
            }
        }
        let lines = words.effect_report(&effect, kpi);
        Ok(EffectView {
            effect,
            kpi: kpi.to_string(),
            lines,
            treated,
            comparison,
        })
    }
}

impl crate::app::AppState {
    /// Opens the Effekt window (with the providers' lines of the loaded results) or closes it.
    pub fn toggle_effect(&mut self) {
        self.effect.open = !self.effect.open;
        self.effect.providers_for = None;
        self.refresh_effect_providers();
    }

    /// Makes the providers' lines again while the window is open, when the results were
    /// replaced or the language changed since they were made (once, not every frame).
    pub fn refresh_effect_providers(&mut self) {
        let now = (self.cache.results_generation, self.lang);
        if self.effect.open && self.effect.providers_for != Some(now) {
            self.effect.providers = self.effect_provider_lines();
            self.effect.providers_for = Some(now);
        }
    }

    /// Estimates the effect from the form, and the providers' lines again (the results may
    /// have been replaced since the window was opened).
    pub fn estimate_effect(&mut self) {
        self.effect.estimate(self.lang);
        self.effect.providers = self.effect_provider_lines();
        self.effect.providers_for = Some((self.cache.results_generation, self.lang));
    }

    /// [`provider_lines`] of every period of the loaded results. A CSV file is kept folded
    /// into the periods the rules read, so it is read whole again here (the same file: the
    /// same SHA-256, or no lines).
    fn effect_provider_lines(&self) -> Option<ProviderLines> {
        if self.results.folded.is_none() {
            return provider_lines(&self.rules, &self.results, self.lang);
        }
        let path = self.results_file.path.as_deref()?;
        let whole = io::read_results_with(path, &self.results_file.opts).ok()?;
        if whole.source_sha256 != self.results.source_sha256 {
            return None;
        }
        provider_lines(&self.rules, &whole, self.lang)
    }
}

/// The providers' paths and their response to the levels in lines, when `results` has more
/// than one period (`None` otherwise, or when the rules cannot be calculated for a period).
pub fn provider_lines(rules: &RuleSet, results: &ResultSet, lang: Lang) -> Option<ProviderLines> {
    let p = paths(rules, results).ok()?;
    if p.periods.len() < 2 {
        return None;
    }
    let words = lang.words();
    let r = response(&p, DEFAULT_BAND);
    Some(ProviderLines {
        response: words.providers_response(&r, p.periods.len()),
        paths: words.providers_paths(&p),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(path: &str) -> String {
        format!("{}/sample_data/{path}", env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn the_worked_example_is_estimated_with_its_chart() {
        let mut f = EffectForm {
            kolada: sample("effect/kolada_example.json"),
            kpi: "U21468".into(),
            municipality: "2999".into(),
            introduced: "2019".into(),
            exclude: "2920".into(),
            ..EffectForm::default()
        };
        f.estimate(Lang::Sv);
        let v = f.outcome.clone().unwrap().unwrap();
        assert!(
            v.lines
                .iter()
                .any(|l| l.starts_with("Skattad effekt: 4,00 ("))
        );
        // docs/effect.md: the treated 76.75, 78, 79.25, 82, 83 against the mean 79, 80, 81,
        // 80 and 81 (mean L is 80, the s sum to 0).
        assert_eq!(v.treated[0], [2016.0, 76.75]);
        let comparison: Vec<f64> = v.comparison.iter().map(|c| c[1]).collect();
        for (c, want) in comparison.iter().zip([79.0, 80.0, 81.0, 80.0, 81.0]) {
            assert!((c - want).abs() < 1e-9, "{comparison:?}");
        }
    }

    #[test]
    fn a_bad_year_is_said_in_words_and_changes_nothing_else() {
        let mut f = EffectForm {
            introduced: "19".into(),
            ..EffectForm::default()
        };
        f.estimate(Lang::Sv);
        let e = f.outcome.clone().unwrap().unwrap_err();
        assert!(e.contains("förväntade ett år"), "{e}");
        assert_eq!(f.kpi, "");
    }

    #[test]
    fn the_providers_show_when_the_results_have_two_periods() {
        let rules = io::read_rules(Path::new(&sample("effect_providers/rules.ron"))).unwrap();
        let results = io::read_results(Path::new(&sample("effect_providers/results.csv"))).unwrap();
        let lines = provider_lines(&rules, &results, Lang::Sv).unwrap();
        assert!(lines.paths.iter().any(|l| l.contains("76 → 80,5")));
        assert!(
            lines
                .response
                .iter()
                .any(|l| l.contains("rättad för återgång mot medelvärdet"))
        );
        let one = io::read_results(Path::new(&sample("worked_example_a/results.csv"))).unwrap();
        let rules_a = io::read_rules(Path::new(&sample("worked_example_a/rules.ron"))).unwrap();
        assert_eq!(provider_lines(&rules_a, &one, Lang::Sv), None);
    }
}
