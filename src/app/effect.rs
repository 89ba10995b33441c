//! The Effekt window's state and logic (issue 37), apart from drawing: the Kolada file, KPI,
//! municipality, first year and exclusions as typed; the estimate in words (the same lines
//! as `kvalitetspeng effect`) with the treated municipality's path and its comparison for the
//! chart; and the providers' paths and response when the loaded results have several periods.

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
        }
    }
}

/// An estimate as the window shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct EffectView {
    pub effect: Effect,
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
            .ok_or_else(|| words.effect_not_a_year(&self.introduced))?;
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
            format!("{file}: {}", words.effect_error(&e))
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
            lines,
            treated,
            comparison,
        })
    }
}

/// The providers' paths and their response to the levels in lines, when `results` has more
/// than one period (`None` otherwise, or when the rules cannot be calculated for a period).
pub fn provider_lines(rules: &RuleSet, results: &ResultSet, lang: Lang) -> Option<Vec<String>> {
    let p = paths(rules, results).ok()?;
    if p.periods.len() < 2 {
        return None;
    }
    let words = lang.words();
    let r = response(&p, DEFAULT_BAND);
    let mut lines = words.providers_paths(&p);
    lines.extend(words.providers_response(&r, p.periods.len()));
    Some(lines)
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
        assert!(
            lines
                .iter()
                .any(|l| l.contains("rättad för återgång mot medelvärdet"))
        );
        let one = io::read_results(Path::new(&sample("worked_example_a/results.csv"))).unwrap();
        let rules_a = io::read_rules(Path::new(&sample("worked_example_a/rules.ron"))).unwrap();
        assert_eq!(provider_lines(&rules_a, &one, Lang::Sv), None);
    }
}
