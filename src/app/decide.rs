//! The app's decision support: what the current rules change against a baseline (the rules
//! as last saved, or another rule file), the budget forecast, and a sensitivity sweep.
//! Pure state and computation; `ui::decide` draws it.

use crate::words::Label as _;
use crate::words::msg;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use rust_decimal::Decimal;

use crate::domain::decide::compare::{Comparison, compare};
use crate::domain::decide::param::{Field, Param};
use crate::domain::decide::sweep::Sweep;
use crate::domain::explanation::Calculation;
use crate::domain::rules::RuleSet;
use crate::domain::validation::Severity;
use crate::domain::{ResultSet, ServiceType};
use crate::io;
use crate::words::Text;
use crate::words::Word;

use super::notifications::Level;

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

/// A sweep's default range: the current value −20 % to +20 %, kept within 0–100 for what
/// is a percentage (a weight, the minimum score, a credit, a level of a percent indicator).
pub fn default_range(p: &Param, rules: &RuleSet) -> Option<(Decimal, Decimal)> {
    let v = p.get(rules).ok()?;
    let (mut from, mut to) = (v * Decimal::new(8, 1), v * Decimal::new(12, 1));
    let percent_indicator = || {
        let id = p.indicator.as_deref();
        rules
            .scheme(p.service_type)
            .and_then(|s| s.indicators.iter().find(|i| Some(i.id.as_str()) == id))
            .is_some_and(|i| i.unit == crate::domain::rules::Unit::Percent)
    };
    // k of n: every k from 1 to n.
    if p.field == Field::MinUsable {
        let n = rules.scheme(p.service_type)?.indicators.len();
        return Some((Decimal::ONE, Decimal::from(n.max(2))));
    }
    let percent = match p.field {
        Field::Weight
        | Field::MinScore
        | Field::Fallback
        | Field::StepCredit(_)
        | Field::GateCap(_) => true,
        Field::Rate | Field::Cap | Field::MinRespondents => false,
        _ => percent_indicator(),
    };
    if percent {
        from = from.clamp(Decimal::ZERO, Decimal::ONE_HUNDRED);
        to = to.clamp(Decimal::ZERO, Decimal::ONE_HUNDRED);
    }
    Some((from, to))
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
        if s.min_usable_indicators.is_some() {
            out.push(p(None, Field::MinUsable));
        }
        for (k, g) in s.gates.iter().enumerate() {
            if matches!(g.effect, crate::domain::gate::GateEffect::CapScore(_)) {
                out.push(p(None, Field::GateCap(k)));
            }
        }
        for i in &s.indicators {
            let id = Some(i.id.as_str());
            out.push(p(id, Field::Weight));
            for f in i.scoring.mode().params() {
                out.push(p(id, f));
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
            .is_some_and(|s| s.payout.base().fixed_total().is_none())
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

impl super::state::AppState {
    /// The comparison of the current calculation with the baseline (the rules as last saved,
    /// or another rule file), if there is one.
    pub fn comparison(
        &mut self,
    ) -> Option<std::rc::Rc<crate::domain::decide::compare::Comparison>> {
        self.calc.as_ref()?;
        // A baseline about to be calculated reads its periods: the results must answer them.
        let baseline = self
            .decide
            .baseline_to_calculate(
                &self.rules_file.saved,
                &self.rules,
                self.cache.results_generation,
            )
            .and_then(|r| crate::domain::plan::compile(r).ok());
        if let Some(plan) = baseline
            && !self.cover_plan(&plan)
        {
            return None;
        }
        let calc = self.calc.as_ref()?;
        self.decide.comparison(
            &self.rules_file.saved,
            &self.rules,
            (&self.results, self.cache.results_generation),
            (calc, self.cache.calc_version),
            self.cache.aggregated.as_ref(),
        )
    }

    /// Compares with another rule file from now on. On failure nothing changes.
    pub fn compare_with_file(&mut self, path: &Path) -> bool {
        match io::read_rules(path) {
            Ok(rules) => {
                if let Err(problems) = crate::domain::plan::compile(&rules) {
                    let n = problems
                        .iter()
                        .filter(|p| p.severity == Severity::Error)
                        .count();
                    let msg = msg!(
                        self.lang.words(),
                        "state-has-errors-and-cannot-be",
                        path = &io::display_name(path),
                        n
                    );
                    self.notify(Level::Error, msg);
                    return false;
                }
                self.file_errors.clear();
                self.decide.source = super::decide::CompareSource::File {
                    path: path.to_path_buf(),
                    label: io::display_name(path),
                    rules,
                };
                true
            }
            Err(e) => self.fail(
                vec![e],
                self.lang
                    .word(Word::CouldNotOpenTheRuleFileToCompare)
                    .into(),
            ),
        }
    }

    /// Sets the rate of `st`'s scheme to the highest within its budget (an undoable edit).
    pub fn fit_to_budget(&mut self, st: crate::domain::ServiceType) -> bool {
        let lang = self.lang;
        let Some(budget) = self.rules.scheme(st).and_then(|s| s.budget) else {
            return false;
        };
        if !self.cover_current() {
            return false;
        }
        match crate::domain::decide::solve::solve_budget(&self.rules, &self.results, st, budget) {
            Ok(s) => {
                let p = crate::domain::decide::param::Param {
                    service_type: st,
                    indicator: None,
                    field: crate::domain::decide::param::Field::Rate,
                };
                if let Ok(r) = p.apply(&self.rules, s.rate) {
                    self.rules = r;
                    self.recompute_if_changed();
                    let n = |d| crate::words::number::format_number_lang(d, Some(2), lang);
                    let unit = match s.kind {
                        crate::domain::decide::solve::RateKind::KrPerUnit => {
                            lang.word(Word::KrPerUnit)
                        }
                        crate::domain::decide::solve::RateKind::PercentOfCompensation => {
                            lang.word(Word::PercentOfCompensation)
                        }
                    };
                    let msg = msg!(
                        lang.words(),
                        "state-rate-applied",
                        service_type = &st.label(lang),
                        rate = &n(s.rate),
                        total = &n(s.total),
                        budget = &n(budget),
                        unit
                    );
                    self.notify(Level::Success, msg);
                }
                true
            }
            Err(e) => {
                let msg = e.text(lang);
                self.notify(Level::Error, msg);
                false
            }
        }
    }

    /// Runs the sweep in `decide.sweep` on the current rules.
    pub fn run_sweep(&mut self) {
        let lang = self.lang;
        if !self.cover_current() {
            self.decide.sweep.result = None;
            self.decide.sweep.error = Some(lang.word(Word::ResultsNotReadForThePeriods).into());
            return;
        }
        let f = &mut self.decide.sweep;
        f.error = None;
        let parsed = crate::domain::decide::param::Param::parse(f.param.trim())
            .map_err(|e| e.text(lang))
            .and_then(|p| {
                let from = crate::domain::decimal::parse_number(&f.from)
                    .map_err(|e| format!("{}: {}", lang.word(Word::From), e.text(lang)))?;
                let to = crate::domain::decimal::parse_number(&f.to)
                    .map_err(|e| format!("{}: {}", lang.word(Word::To), e.text(lang)))?;
                // A parameter of whole numbers (k of n) gets steps that keep it whole.
                if p.field.is_whole()
                    && let Some(n) = crate::domain::decide::sweep::whole_steps(from, to, f.steps)
                {
                    f.steps = n;
                }
                crate::domain::decide::sweep::sweep(
                    &self.rules,
                    &self.results,
                    &p,
                    from,
                    to,
                    f.steps,
                )
                .map_err(|e| e.text(lang))
            });
        match parsed {
            Ok(s) => f.result = Some(std::rc::Rc::new(s)),
            Err(e) => {
                f.result = None;
                f.error = Some(e);
            }
        }
    }
}
