//! Problems in a rule set, and why a period, a number or a decision parameter could not be read.

use rust_decimal::Decimal;

use super::scorers::num;
use super::{Lang, Word, Words};
use crate::domain::decide::param::ParamError;
use crate::domain::decide::solve::SolveError;
use crate::domain::decide::sweep::MAX_STEPS;
use crate::domain::decide::sweep::SweepError;
use crate::domain::decimal::ParseNumberError;
use crate::domain::explanation::Warning;
use crate::domain::feature::Message;
use crate::domain::period::PeriodError;
use crate::domain::rules::*;
use crate::domain::validation::Problem;
use crate::domain::validation::ProblemMsg;

impl Problem {
    /// The message in words.
    pub fn text(&self, lang: Lang) -> String {
        lang.words().problem(&self.msg)
    }

    /// Where the problem is, e.g. `Hemtjänst › indikator ”helhet”`.
    pub fn location(&self, lang: Lang) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(st) = self.scheme {
            parts.push(st.label(lang).to_string());
        }
        if let Some((_, id)) = &self.indicator {
            parts.push(lang.words().indicator_location(id));
        }
        if parts.is_empty() {
            parts.push(lang.word(Word::RuleSet).to_string());
        }
        parts.join(" › ")
    }
}

impl PeriodError {
    /// The message in the chosen language.
    pub fn text(&self, lang: Lang) -> String {
        lang.words().period_error(self)
    }
}

impl std::fmt::Display for PeriodError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl ParseNumberError {
    /// The message in the chosen language.
    pub fn text(&self, lang: Lang) -> String {
        lang.words().number_error(self)
    }
}

impl std::fmt::Display for ParseNumberError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl ParamError {
    pub fn text(&self, lang: Lang) -> String {
        lang.words().param_error(self)
    }
}

impl SolveError {
    pub fn text(&self, lang: Lang) -> String {
        lang.words().solve_error(self)
    }
}

impl SweepError {
    pub fn text(&self, lang: Lang) -> String {
        lang.words().sweep_error(self)
    }
}

impl Words {
    /// Why a text is not a period.
    pub fn period_error(&self, e: &PeriodError) -> String {
        msg!(self, "period-error", e = e.0)
    }

    /// A problem found in a rule set.
    pub fn problem(&self, m: &ProblemMsg) -> String {
        // Problems name no volume unit.
        self.lang().say(&m.msg(), VolumeUnit::Hour)
    }

    /// The message of a [`ParamError`].
    pub fn param_error(&self, e: &ParamError) -> String {
        match e {
            ParamError::Syntax { path } => msg!(self, "param-error-syntax", path),
            ParamError::NoScheme { path } => msg!(self, "param-error-no-scheme", path),
            ParamError::NoIndicator { path, id } => {
                msg!(self, "param-error-no-indicator", path, id)
            }
            ParamError::NotForScoring { path } => msg!(self, "param-error-not-for-scoring", path),
            ParamError::BadValue { path, value } => {
                msg!(self, "param-error-bad-value", value, path)
            }
            ParamError::GateBars { path, kind } => msg!(self, "param-error-gate-bars", path, kind),
            ParamError::NoGate { path, k, gates } => {
                msg!(self, "param-error-no-gate", path, k, gates)
            }
        }
    }

    /// The message of a [`SolveError`].
    pub fn solve_error(&self, e: &SolveError) -> String {
        let kr = |d: &Decimal| self.number(*d, Some(2));
        match e {
            SolveError::NoScheme(st) => {
                msg!(self, "solve-error-no-scheme", st = st.label(self.lang()))
            }
            SolveError::Invalid(p) => msg!(
                self,
                "solve-error-invalid",
                p = p
                    .iter()
                    .map(|p| p.text(self.lang()))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            SolveError::Param(p) => p.text(self.lang()),
            SolveError::Pot => self.lang().text("solve-error-pot").into(),
            SolveError::Withhold => self.lang().text("solve-error-withhold").into(),
            SolveError::NegativeBudget(b) => msg!(self, "solve-error-negative-budget", b = kr(b)),
            SolveError::BelowFixed { fixed } => {
                msg!(self, "solve-error-below-fixed", fixed = kr(fixed))
            }
            SolveError::NothingToScale => self.lang().text("solve-error-nothing-to-scale").into(),
            SolveError::AboveHighestRate { rate, total } => msg!(
                self,
                "solve-error-above-highest-rate",
                rate = self.number(*rate, None),
                total = kr(total)
            ),
            SolveError::Unbounded { total } => {
                msg!(self, "solve-error-unbounded", total = kr(total))
            }
        }
    }

    /// The message of a [`SweepError`].
    pub fn sweep_error(&self, e: &SweepError) -> String {
        match e {
            SweepError::Param(p) => p.text(self.lang()),
            SweepError::Steps { steps } => msg!(self, "sweep-error-steps", MAX_STEPS, steps),
            SweepError::Range => self.lang().text("sweep-error-range").into(),
            SweepError::NotWhole {
                path,
                from,
                to,
                steps,
                value,
                whole,
            } => {
                let n = |d: &Decimal| self.number(*d, None);
                let (from, to, value) = (n(from), n(to), n(value));
                match whole {
                    Some(whole) => msg!(
                        self,
                        "sweep-error-not-whole-steps",
                        path,
                        steps,
                        from,
                        to,
                        value,
                        whole
                    ),
                    None => msg!(self, "sweep-error-not-whole-ends", path, from, to, value),
                }
            }
        }
    }

    /// [`Warning::text`] in this language.
    pub fn warning(&self, e: &Warning) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        match e {
            Warning::UnknownIndicator {
                id,
                rows,
                first_line,
            } => msg!(self, "warning-unknown-indicator", id, rows, first_line),
            Warning::NoScheme {
                provider_id,
                service_type,
            } => msg!(
                self,
                "warning-no-scheme",
                provider_id,
                service_type = service_type.label(self.lang())
            ),
            Warning::NoResultsInPeriod { period } => {
                msg!(self, "warning-no-results-in-period", period)
            }
            Warning::MissingCompensation { provider_id } => {
                msg!(self, "warning-missing-compensation", provider_id)
            }
            Warning::MissingPreviousPayout { provider_id } => {
                msg!(self, "warning-missing-previous-payout", provider_id)
            }
            Warning::ValueOutOfRange {
                provider_id,
                indicator_id,
                value,
                line,
            } => msg!(
                self,
                "warning-value-out-of-range",
                line,
                provider_id,
                indicator_id,
                value = num(value, 4, self.lang())
            ),
            Warning::PotNotFullyPaid {
                service_type,
                unpaid,
            } => msg!(
                self,
                "warning-pot-not-fully-paid",
                service_type = service_type.label(self.lang()),
                n2 = n2(unpaid)
            ),
            Warning::FallbackExceedsPot { service_type } => msg!(
                self,
                "warning-fallback-exceeds-pot",
                service_type = service_type.label(self.lang())
            ),
            Warning::IntervalStraddlesLevel {
                service_type,
                indicator_id,
                level,
                count,
                providers,
            } => {
                let mut list = providers.join(", ");
                if *count > providers.len() {
                    list.push_str(&msg!(
                        self,
                        "warning-interval-straddles-more",
                        count = count - providers.len()
                    ));
                }
                let l = self.number(*level, None);
                msg!(
                    self,
                    "warning-interval-straddles-level",
                    service_type = service_type.label(self.lang()),
                    indicator_id,
                    count,
                    l,
                    list
                )
            }
            Warning::DeductionWithoutCompensation { provider_id } => {
                msg!(self, "warning-deduction-without-compensation", provider_id)
            }
            Warning::UnknownFindingKind {
                provider_id,
                finding,
            } => msg!(
                self,
                "warning-unknown-finding-kind",
                provider_id,
                kind = finding.kind,
                date = finding.date
            ),
            Warning::SmallCohort {
                service_type,
                indicator_id,
                cohort,
                peers,
            } => msg!(
                self,
                "warning-small-cohort",
                service_type = service_type.label(self.lang()),
                indicator_id,
                cohort,
                peers,
                min = crate::domain::cohort::MIN_PEERS
            ),
            Warning::NoCohortColumn { service_type } => msg!(
                self,
                "warning-no-cohort-column",
                service_type = service_type.label(self.lang())
            ),
            Warning::FindingOutsidePeriod {
                provider_id,
                finding,
            } => msg!(
                self,
                "warning-finding-outside-period",
                provider_id,
                kind = finding.kind,
                date = finding.date
            ),
            Warning::AdvancePaidDiffers(d) => self.lang().say_plain(&d.msg()),
        }
    }
}
