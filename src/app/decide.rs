//! The app's decision support: what the current rules change against a baseline (the rules
//! as last saved, or another rule file), the budget forecast, and a sensitivity sweep.
//! Pure state and computation; `ui::decide` draws it.

use crate::words::Word;
use std::path::PathBuf;
use std::rc::Rc;

use rust_decimal::Decimal;

use crate::domain::decide::compare::{Comparison, compare};
use crate::domain::decide::param::{Field, Param};
use crate::domain::decide::sweep::Sweep;
use crate::domain::explanation::Calculation;
use crate::domain::rules::{PayoutBase, RuleSet, Scoring};
use crate::domain::{ResultSet, ServiceType};

/// What the current calculation is compared with.
#[derive(Debug, Clone, PartialEq)]
pub enum CompareSource {
    /// The rules as last opened or saved (the default: shows what the edits change).
    SavedRules,
    /// Another rule file.
    File {
        path: PathBuf,
        label: String,
        rules: RuleSet,
    },
    /// No comparison.
    Off,
}

/// The sweep's inputs as typed, and its last result.
#[derive(Debug, Clone, Default)]
pub struct SweepForm {
    pub param: String,
    pub from: String,
    pub to: String,
    pub steps: usize,
    pub result: Option<Rc<Sweep>>,
    pub error: Option<String>,
}

/// Decision support state of a session.
pub struct DecideState {
    pub source: CompareSource,
    /// The baseline's calculation, for (its rules, the results generation).
    baseline: Option<(RuleSet, u64, Option<Rc<Calculation>>)>,
    /// The comparison for (calculation version, baseline rules).
    comparison: Option<(u64, u64, Option<Rc<Comparison>>)>,
    baseline_version: u64,
    pub sweep: SweepForm,
    /// The decision support window is open.
    pub open: bool,
}

impl Default for DecideState {
    fn default() -> Self {
        DecideState {
            source: CompareSource::SavedRules,
            baseline: None,
            comparison: None,
            baseline_version: 0,
            sweep: SweepForm {
                steps: 5,
                ..SweepForm::default()
            },
            open: false,
        }
    }
}

impl DecideState {
    /// The baseline rules, if there is something to compare with: the saved rules only when
    /// they differ from the current ones.
    pub(crate) fn baseline_rules<'a>(
        &'a self,
        saved: &'a RuleSet,
        current: &RuleSet,
    ) -> Option<&'a RuleSet> {
        match &self.source {
            CompareSource::SavedRules => (saved != current).then_some(saved),
            CompareSource::File { rules, .. } => Some(rules),
            CompareSource::Off => None,
        }
    }

    /// The baseline rules that [`Self::comparison`] would calculate now (none when it has
    /// them calculated for these results already).
    pub(crate) fn baseline_to_calculate<'a>(
        &'a self,
        saved: &'a RuleSet,
        current: &RuleSet,
        results_generation: u64,
    ) -> Option<&'a RuleSet> {
        let rules = self.baseline_rules(saved, current)?;
        let fresh =
            matches!(&self.baseline, Some((r, g, _)) if r == rules && *g == results_generation);
        (!fresh).then_some(rules)
    }

    /// The comparison of `calc` (with its version) with the baseline, recomputed only
    /// when the calculation or the baseline changed. `None` when there is nothing to compare
    /// with or the baseline rules have errors.
    pub fn comparison(
        &mut self,
        saved: &RuleSet,
        current: &RuleSet,
        (results, results_generation): (&ResultSet, u64),
        (calc, calc_version): (&Calculation, u64),
        agg: Option<&crate::domain::engine::Aggregated>,
    ) -> Option<Rc<Comparison>> {
        self.baseline_rules(saved, current)?;
        if let Some(base_rules) = self.baseline_to_calculate(saved, current, results_generation) {
            let base_rules = base_rules.clone();
            // From the app's aggregation where it fits (the saved rules usually share the
            // period and indicators): a calculation, not a new pass over every result row.
            let mut eval =
                crate::domain::decide::Evaluator::with_aggregation(results, agg.cloned());
            let c = eval.calculate(&base_rules).ok().map(Rc::new);
            self.baseline = Some((base_rules, results_generation, c));
            self.baseline_version += 1;
        }
        let base = self.baseline.as_ref().and_then(|(_, _, c)| c.clone())?;
        let against_saved = self.source == CompareSource::SavedRules;
        match &self.comparison {
            Some((v, b, c)) if *v == calc_version && *b == self.baseline_version => c.clone(),
            _ => {
                let c = compare(&base, calc);
                // Edits that change no payout (a name, a budget) need no Δ column.
                let changes = !against_saved
                    || c.gains + c.loses + c.only_in_a + c.only_in_b > 0
                    || c.providers.iter().any(|p| {
                        p.change != crate::domain::decide::compare::StatusChange::Unchanged
                    });
                let c = changes.then(|| Rc::new(c));
                self.comparison = Some((calc_version, self.baseline_version, c.clone()));
                c
            }
        }
    }

    /// A label for the baseline.
    pub fn source_label(&self, lang: crate::words::Lang) -> String {
        match &self.source {
            CompareSource::SavedRules => lang.word(Word::RulesAsLastSaved).into(),
            CompareSource::File { label, .. } => label.clone(),
            CompareSource::Off => String::new(),
        }
    }
}

/// Every parameter of `rules` a sweep can vary, as paths (see `docs/decide.md`).
pub fn sweepable(rules: &RuleSet) -> Vec<Param> {
    let mut out = Vec::new();
    for s in &rules.schemes {
        let st = s.service_type;
        let p = |indicator: Option<&str>, field| Param {
            service_type: st,
            indicator: indicator.map(str::to_string),
            field,
        };
        out.push(p(None, Field::Rate));
        out.push(p(None, Field::MinScore));
        if s.cap.is_some() {
            out.push(p(None, Field::Cap));
        }
        for i in &s.indicators {
            let id = Some(i.id.as_str());
            out.push(p(id, Field::Weight));
            match &i.scoring {
                Scoring::Threshold { .. } => out.push(p(id, Field::Level)),
                Scoring::Linear { .. } => {
                    out.push(p(id, Field::Lower));
                    out.push(p(id, Field::Upper));
                }
                Scoring::Steps { steps } => {
                    for k in 0..steps.len() {
                        out.push(p(id, Field::StepLevel(k)));
                    }
                }
                Scoring::AchievementOrImprovement { .. } => {
                    out.push(p(id, Field::Threshold));
                    out.push(p(id, Field::Benchmark));
                }
                Scoring::Relative { .. } => {}
            }
            if i.min_respondents.is_some() {
                out.push(p(id, Field::MinRespondents));
            }
        }
    }
    out
}

/// A scheme's budget and the forecast against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forecast {
    pub service_type: ServiceType,
    pub budget: Decimal,
    pub total: Decimal,
}

impl Forecast {
    /// Total − budget: positive when over.
    pub fn over(&self) -> Decimal {
        self.total - self.budget
    }

    /// Whether "fit to budget" can work (a scheme paid per unit or as a percent).
    pub fn can_fit(rules: &RuleSet, st: ServiceType) -> bool {
        rules
            .scheme(st)
            .is_some_and(|s| !matches!(s.payout, PayoutBase::Pot { .. }))
    }
}

/// The forecasts of every scheme with a budget.
pub fn forecasts(rules: &RuleSet, calc: &Calculation) -> Vec<Forecast> {
    rules
        .schemes
        .iter()
        .filter_map(|s| {
            s.budget.map(|budget| Forecast {
                service_type: s.service_type,
                budget,
                // The budget is for the kvalitetspeng (before withholding and deductions).
                total: calc.gross_total_for(s.service_type),
            })
        })
        .collect()
}
