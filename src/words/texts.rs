//! The wording of every message with logic (which text in which case, which values in it, how
//! its numbers are written), written once for every language: the texts are messages in the
//! language files (`assets/locales/`), filled here with values already written.

use std::fmt::Display;

use rust_decimal::Decimal;

use super::prose::{at_least, kr, level, missing_consequence, n, or_worse, peer_level};
use super::scorers::{num, pct};
use super::{Word, Words, exact_text, is_column_number, score_text};
use crate::domain::decide::compare::Comparison;
use crate::domain::decide::param::ParamError;
use crate::domain::decide::solve::SolveError;
use crate::domain::decide::sweep::{MAX_STEPS, SweepError};
use crate::domain::decimal::{ParseNumberError, format_number_with, round_display, serde_decimal};
use crate::domain::exact::Q;
use crate::domain::explanation::*;
use crate::domain::period::PeriodError;
use crate::domain::results::{ImportWarningKind, ServiceType};
use crate::domain::rules::*;
use crate::domain::scorers;
use crate::domain::textcheck::TextProblem;
use crate::domain::validation::{Counted, ProblemMsg};
use crate::io::error::{FileErrorMsg, SpecialFile};
use crate::io::locked::{
    ArchiveProblem, FORMAT, Finding, LockError, MANIFEST, MAX_MANIFEST_BYTES,
    MAX_MEMBER_NAME_CHARS, MAX_MEMBERS, MAX_RATIO, MAX_TOTAL_BYTES, NameProblem,
};

impl Words {
    /// A number with this language's decimal sign and thousands separator; `dp` decimals, or
    /// as many as it has.
    pub fn number(&self, d: Decimal, dp: Option<u32>) -> String {
        let f = self.lang().number_format();
        format_number_with(d, dp, f.group, f.decimal)
    }

    /// A decimal as an edit field shows it, so that it reads back exactly.
    pub fn edit_number(&self, d: Decimal) -> String {
        let f = self.lang().number_format();
        format_number_with(d.normalize(), None, f.edit_group, f.decimal)
    }

    /// A number with `dp` decimals and no thousands separator, for columns a spreadsheet reads back.
    pub fn plain_number(&self, d: Decimal, dp: u32) -> String {
        format_number_with(d, Some(dp), None, self.lang().number_format().decimal)
    }

    /// Why a text is not a number.
    pub fn number_error(&self, e: &ParseNumberError) -> String {
        match e {
            ParseNumberError::Empty => self.lang().text("number-error-empty").into(),
            ParseNumberError::NotANumber(s) => self
                .lang()
                .message("number-error-not-a-number", &[("s", &(s) as &dyn Display)]),
            ParseNumberError::Ambiguous(s) => self
                .lang()
                .message("number-error-ambiguous", &[("s", &(s) as &dyn Display)]),
            ParseNumberError::TooLarge(s) => self
                .lang()
                .message("number-error-too-large", &[("s", &(s) as &dyn Display)]),
        }
    }
    /// Why a text is not a period.
    pub fn period_error(&self, e: &PeriodError) -> String {
        self.lang()
            .message("period-error", &[("e", &(e.0) as &dyn Display)])
    }
    /// A problem found in a rule set.
    pub fn problem(&self, m: &ProblemMsg) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        use ProblemMsg::*;
        match m {
            NewerFormat { found } => self.lang().message(
                "problem-newer-format",
                &[
                    ("found", &(found) as &dyn Display),
                    ("FORMAT_VERSION", &(FORMAT_VERSION) as &dyn Display),
                ],
            ),
            BadPeriod { text } => self
                .lang()
                .message("problem-bad-period", &[("text", &(text) as &dyn Display)]),
            NoSchemes => self.lang().word(Word::RuleSetHasNo).into(),
            DuplicateScheme => self.lang().word(Word::ServiceTypeHasMore).into(),
            NoIndicators => self.lang().word(Word::SchemeHasNoIndicators).into(),
            EmptyId => self.lang().word(Word::IndicatorHasNoId).into(),
            DuplicateId => self.lang().word(Word::IdIsUsedBy).into(),
            EmptyName => self.lang().word(Word::IndicatorHasNoName).into(),
            NegativeWeight => self.lang().word(Word::WeightMustNotBe).into(),
            WeightsNotHundred { sum } => self.lang().message(
                "problem-weights-not-hundred",
                &[("sum", &(n(sum)) as &dyn Display)],
            ),
            LowerAboveUpper { lower, upper } => self.lang().message(
                "problem-lower-above-upper",
                &[
                    ("lower", &(n(lower)) as &dyn Display),
                    ("upper", &(n(upper)) as &dyn Display),
                ],
            ),
            BadText(TextProblem::BadCharacter { code, position }) => self.lang().message(
                "problem-bad-character",
                &[
                    ("code", &(format!("{:04X}", code)) as &dyn Display),
                    ("position", &(position) as &dyn Display),
                ],
            ),
            BadText(TextProblem::TooLong { length, limit }) => self.lang().message(
                "problem-too-long",
                &[
                    ("length", &(length) as &dyn Display),
                    ("limit", &(limit) as &dyn Display),
                ],
            ),
            NotWholeOre { value } => self.lang().message(
                "problem-not-whole-ore",
                &[("value", &(n(value)) as &dyn Display)],
            ),
            OutOfBounds { value, max } => self.lang().message(
                "problem-out-of-bounds",
                &[
                    ("value", &(n(value)) as &dyn Display),
                    ("max", &(n(max)) as &dyn Display),
                ],
            ),
            PercentOutOfRange { value } => self.lang().message(
                "problem-percent-out-of-range",
                &[("value", &(n(value)) as &dyn Display)],
            ),
            NoSteps => self.lang().word(Word::StepsScoringHasNo).into(),
            StepCreditOutOfRange { credit } => self.lang().message(
                "problem-step-credit-out-of-range",
                &[("credit", &(n(credit)) as &dyn Display)],
            ),
            StepCreditsNotRising => self.lang().word(Word::HarderStepMustGive).into(),
            DuplicateStepLevel { level } => self.lang().message(
                "problem-duplicate-step-level",
                &[("value", &(n(level)) as &dyn Display)],
            ),
            PercentileOutOfRange { value } => self.lang().message(
                "problem-percentile-out-of-range",
                &[("value", &(n(value)) as &dyn Display)],
            ),
            RelativeStartNotBelowFull => self.lang().word(Word::StartLevelMustBe).into(),
            ThresholdNotWorseThanBenchmark => self.lang().word(Word::ThresholdMustBeWorse).into(),
            BadBaselinePeriod { text } => self.lang().message(
                "problem-bad-baseline-period",
                &[("text", &(text) as &dyn Display)],
            ),
            BaselineIsPeriod => self.lang().word(Word::BaselinePeriodMustNot).into(),
            PotNotPositive => self.lang().word(Word::PotMustBeMore).into(),
            PotWithoutKey => self.lang().word(Word::PotHasNoSharing).into(),
            NegativeRate => self.lang().word(Word::AmountPerVolumeUnit).into(),
            CompensationPercentOutOfRange => self.lang().word(Word::PercentageMustBeBetween).into(),
            NegativeCap => self.lang().word(Word::CapMustNotBe).into(),
            MinScoreOutOfRange => self.lang().word(Word::MinimumScoreMustBe).into(),
            FallbackOutOfRange => self.lang().word(Word::FallbackShareMustBe).into(),
            ZeroMinRespondents => self.lang().word(Word::MinimumOf0Respondents).into(),
            UnknownArea { id } => self
                .lang()
                .message("problem-unknown-area", &[("id", &(id) as &dyn Display)]),
            NoArea => self.lang().word(Word::SchemeHasAreasGive).into(),
            AreaWithoutAreas => self.lang().word(Word::IndicatorNamesAnArea).into(),
            EmptyAreaId => self.lang().word(Word::AreaHasNoId).into(),
            DuplicateArea => self.lang().word(Word::TwoAreasHaveThe).into(),
            AreaWithoutIndicators => self.lang().word(Word::AreaHasNoIndicators).into(),
            AreaWeightsNotHundred { sum } => self.lang().message(
                "problem-area-weights-not-hundred",
                &[("sum", &(n(sum)) as &dyn Display)],
            ),
            WeightsInAreaNotHundred { area, sum } => self.lang().message(
                "problem-weights-in-area-not-hundred",
                &[
                    ("area", &(area) as &dyn Display),
                    ("sum", &(n(sum)) as &dyn Display),
                ],
            ),
            DeductionUnknownIndicator { id } => self.lang().message(
                "problem-deduction-unknown-indicator",
                &[("id", &(id) as &dyn Display)],
            ),
            DeductionPercentOutOfRange => self.lang().word(Word::DeductionsPercentageMustBe).into(),
            DeductionNotPositive => self.lang().word(Word::DeductionsAmountMustBe).into(),
            WithholdPercentOutOfRange => self.lang().word(Word::ShareWithheldMustBe).into(),
            PaybackPercentOutOfRange => self.lang().word(Word::SharePaidBackMust).into(),
            FallbackWithWithhold => self.lang().word(Word::FallbackRuleShareOf).into(),
            TooMany { what, found, limit } => self.lang().message(
                "problem-too-many",
                &[
                    ("found", &(found) as &dyn Display),
                    (
                        "what",
                        &(match what {
                            Counted::Indicators => self.lang().text("problem-indicators"),
                            Counted::Steps => self.lang().text("problem-steps"),
                            Counted::Areas => self.lang().text("problem-areas"),
                            Counted::Deductions => self.lang().text("problem-deductions"),
                        }) as &dyn Display,
                    ),
                    ("limit", &(limit) as &dyn Display),
                ],
            ),
            UncertaintyNeedsShare => self.lang().word(Word::ConfidenceIntervalAppliesOnly).into(),
        }
    }
    /// The message of a [`ParamError`].
    pub fn param_error(&self, e: &ParamError) -> String {
        match e {
            ParamError::Syntax { path } => self
                .lang()
                .message("param-error-syntax", &[("path", &(path) as &dyn Display)]),
            ParamError::NoScheme { path } => self.lang().message(
                "param-error-no-scheme",
                &[("path", &(path) as &dyn Display)],
            ),
            ParamError::NoIndicator { path, id } => self.lang().message(
                "param-error-no-indicator",
                &[
                    ("path", &(path) as &dyn Display),
                    ("id", &(id) as &dyn Display),
                ],
            ),
            ParamError::NotForScoring { path } => self.lang().message(
                "param-error-not-for-scoring",
                &[("path", &(path) as &dyn Display)],
            ),
            ParamError::BadValue { path, value } => self.lang().message(
                "param-error-bad-value",
                &[
                    ("value", &(value) as &dyn Display),
                    ("path", &(path) as &dyn Display),
                ],
            ),
        }
    }
    /// The message of a [`SolveError`].
    pub fn solve_error(&self, e: &SolveError) -> String {
        let kr = |d: &Decimal| self.number(*d, Some(2));
        match e {
            SolveError::NoScheme(st) => self.lang().message(
                "solve-error-no-scheme",
                &[("st", &(st.label(self.lang())) as &dyn Display)],
            ),
            SolveError::Invalid(p) => self.lang().message(
                "solve-error-invalid",
                &[(
                    "p",
                    &(p.iter()
                        .map(|p| p.text(self.lang()))
                        .collect::<Vec<_>>()
                        .join("; ")) as &dyn Display,
                )],
            ),
            SolveError::Param(p) => p.text(self.lang()),
            SolveError::Pot => self.lang().text("solve-error-pot").into(),
            SolveError::Withhold => self.lang().text("solve-error-withhold").into(),
            SolveError::NegativeBudget(b) => self.lang().message(
                "solve-error-negative-budget",
                &[("b", &(kr(b)) as &dyn Display)],
            ),
            SolveError::BelowFixed { fixed } => self.lang().message(
                "solve-error-below-fixed",
                &[("fixed", &(kr(fixed)) as &dyn Display)],
            ),
            SolveError::NothingToScale => self.lang().text("solve-error-nothing-to-scale").into(),
            SolveError::AboveHighestRate { rate, total } => self.lang().message(
                "solve-error-above-highest-rate",
                &[
                    ("rate", &(self.number(*rate, None)) as &dyn Display),
                    ("total", &(kr(total)) as &dyn Display),
                ],
            ),
            SolveError::Unbounded { total } => self.lang().message(
                "solve-error-unbounded",
                &[("total", &(kr(total)) as &dyn Display)],
            ),
        }
    }
    /// The message of a [`SweepError`].
    pub fn sweep_error(&self, e: &SweepError) -> String {
        match e {
            SweepError::Param(p) => p.text(self.lang()),
            SweepError::Steps { steps } => self.lang().message(
                "sweep-error-steps",
                &[
                    ("MAX_STEPS", &(MAX_STEPS) as &dyn Display),
                    ("steps", &(steps) as &dyn Display),
                ],
            ),
            SweepError::Range => self.lang().text("sweep-error-range").into(),
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
            } => self.lang().message(
                "warning-unknown-indicator",
                &[
                    ("id", &(id) as &dyn Display),
                    ("rows", &(rows) as &dyn Display),
                    ("first_line", &(first_line) as &dyn Display),
                ],
            ),
            Warning::NoScheme {
                provider_id,
                service_type,
            } => self.lang().message(
                "warning-no-scheme",
                &[
                    ("provider_id", &(provider_id) as &dyn Display),
                    (
                        "service_type",
                        &(service_type.label(self.lang())) as &dyn Display,
                    ),
                ],
            ),
            Warning::NoResultsInPeriod { period } => self.lang().message(
                "warning-no-results-in-period",
                &[("period", &(period) as &dyn Display)],
            ),
            Warning::MissingCompensation { provider_id } => self.lang().message(
                "warning-missing-compensation",
                &[("provider_id", &(provider_id) as &dyn Display)],
            ),
            Warning::MissingPreviousPayout { provider_id } => self.lang().message(
                "warning-missing-previous-payout",
                &[("provider_id", &(provider_id) as &dyn Display)],
            ),
            Warning::ValueOutOfRange {
                provider_id,
                indicator_id,
                value,
                line,
            } => self.lang().message(
                "warning-value-out-of-range",
                &[
                    ("line", &(line) as &dyn Display),
                    ("provider_id", &(provider_id) as &dyn Display),
                    ("indicator_id", &(indicator_id) as &dyn Display),
                    ("value", &(num(value, 4, self.lang())) as &dyn Display),
                ],
            ),
            Warning::PotNotFullyPaid {
                service_type,
                unpaid,
            } => self.lang().message(
                "warning-pot-not-fully-paid",
                &[
                    (
                        "service_type",
                        &(service_type.label(self.lang())) as &dyn Display,
                    ),
                    ("n2", &(n2(unpaid)) as &dyn Display),
                ],
            ),
            Warning::FallbackExceedsPot { service_type } => self.lang().message(
                "warning-fallback-exceeds-pot",
                &[(
                    "service_type",
                    &(service_type.label(self.lang())) as &dyn Display,
                )],
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
                    list.push_str(&self.lang().message(
                        "warning-interval-straddles-level",
                        &[("count", &(count - providers.len()) as &dyn Display)],
                    ));
                }
                let l = self.number(*level, None);
                self.lang().message(
                    "warning-interval-straddles-level-2",
                    &[
                        (
                            "service_type",
                            &(service_type.label(self.lang())) as &dyn Display,
                        ),
                        ("indicator_id", &(indicator_id) as &dyn Display),
                        ("count", &(count) as &dyn Display),
                        ("l", &(l) as &dyn Display),
                        ("list", &(list) as &dyn Display),
                    ],
                )
            }
            Warning::DeductionWithoutCompensation { provider_id } => self.lang().message(
                "warning-deduction-without-compensation",
                &[("provider_id", &(provider_id) as &dyn Display)],
            ),
        }
    }
    /// [`PayoutStatus::text`] in this language.
    pub fn payout_status(&self, e: &PayoutStatus) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        match e {
            PayoutStatus::Paid => self.lang().word(Word::Qualifies).into(),
            PayoutStatus::ZeroScore => self.lang().word(Word::NoScore).into(),
            PayoutStatus::BelowMinimumScore { min_percent } => self.lang().message(
                "payout-status-below-minimum-score",
                &[("min_percent", &(n(min_percent)) as &dyn Display)],
            ),
            PayoutStatus::NotAllIndicatorsMet => self.lang().word(Word::NotAllIndicatorsMet).into(),
            PayoutStatus::Fallback { percent, .. } => self.lang().message(
                "payout-status-fallback",
                &[("percent", &(n(percent)) as &dyn Display)],
            ),
        }
    }
    /// [`SchemeBasis::text`] in this language.
    pub fn scheme_basis(&self, e: &SchemeBasis, unit: VolumeUnit) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        let n = |d: &Decimal| self.number(*d, None);
        match e {
            SchemeBasis::Pot { amount, key } => self.lang().message(
                "scheme-basis-pot",
                &[
                    ("n2", &(n2(amount)) as &dyn Display),
                    ("key", &(key.label(self.lang())) as &dyn Display),
                ],
            ),
            SchemeBasis::PerVolumeUnit { kr_per_unit } => self.lang().message(
                "scheme-basis-per-volume-unit",
                &[
                    ("n2", &(n2(kr_per_unit)) as &dyn Display),
                    ("unit", &(unit.singular(self.lang())) as &dyn Display),
                    ("word", &(self.lang().word(Word::Score)) as &dyn Display),
                ],
            ),
            SchemeBasis::PercentOfCompensation { percent } => self.lang().message(
                "scheme-basis-percent-of-compensation",
                &[("percent", &(n(percent)) as &dyn Display)],
            ),
            SchemeBasis::Withhold {
                withhold_percent,
                payback_percent,
            } => self.lang().message(
                "scheme-basis-withhold",
                &[
                    ("withhold_percent", &(n(withhold_percent)) as &dyn Display),
                    ("payback_percent", &(n(payback_percent)) as &dyn Display),
                ],
            ),
        }
    }
    /// [`SchemeSummary::adjustments_text`], when the net differs from the kvalitetspeng.
    pub fn adjustments(&self, e: &SchemeSummary) -> String {
        let kr = |d: &Decimal| {
            self.lang().message(
                "adjustments",
                &[("d", &(self.number(*d, Some(2))) as &dyn Display)],
            )
        };
        self.lang().message(
            "adjustments-2",
            &[
                ("e", &(kr(&e.gross_total)) as &dyn Display),
                ("e_2", &(kr(&e.withheld_total)) as &dyn Display),
                ("e_3", &(kr(&e.deducted_total)) as &dyn Display),
            ],
        )
    }
    /// The text of the withheld row of the explanation.
    pub fn withheld_row(
        &self,
        withhold_percent: &Decimal,
        compensation: &Option<Decimal>,
    ) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        let n = |d: &Decimal| self.number(*d, None);
        match compensation {
            Some(c) => self.lang().message(
                "withheld-row-some-c",
                &[
                    ("withhold_percent", &(n(withhold_percent)) as &dyn Display),
                    ("n2", &(n2(c)) as &dyn Display),
                ],
            ),
            None => self
                .lang()
                .word(Word::WithheldOrdinaryCompensationMissing)
                .to_string(),
        }
    }
    /// How a provider's gross amount was computed: the start of [`ProviderResult::reason`].
    pub fn payout_basis(&self, e: &ProviderResult) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        let n = |d: &Decimal| self.number(round_display(*d, 4).normalize(), None);
        let score = score_text(&e.score, self.lang());
        let unit = e.volume_unit.singular(self.lang());
        let gross = &e.gross;
        match &e.basis {
            ProviderBasis::None => self.lang().message(
                "payout-basis-provider-basis",
                &[
                    ("e", &(e.status.text(self.lang())) as &dyn Display),
                    ("n2", &(n2(&Decimal::ZERO)) as &dyn Display),
                ],
            ),
            ProviderBasis::Withhold {
                payback,
                weight,
                total_weight,
                ..
            } => self.lang().message(
                "payout-basis-withhold",
                &[
                    ("weight", &(exact_text(weight, self.lang())) as &dyn Display),
                    (
                        "total_weight",
                        &(exact_text(total_weight, self.lang())) as &dyn Display,
                    ),
                    ("n2", &(n2(payback)) as &dyn Display),
                    ("n2_2", &(n2(gross)) as &dyn Display),
                ],
            ),
            ProviderBasis::PerVolumeUnit { kr_per_unit } => self.lang().message(
                "payout-basis-per-volume-unit",
                &[
                    ("score", &(score) as &dyn Display),
                    ("n2", &(n2(kr_per_unit)) as &dyn Display),
                    ("unit", &(unit) as &dyn Display),
                    ("e", &(n(&e.volume)) as &dyn Display),
                    ("n2_2", &(n2(gross)) as &dyn Display),
                ],
            ),
            ProviderBasis::PercentOfCompensation {
                percent,
                compensation,
            } => match compensation {
                Some(c) => self.lang().message(
                    "payout-basis-some-c",
                    &[
                        ("word", &(self.lang().word(Word::Score)) as &dyn Display),
                        ("score", &(score) as &dyn Display),
                        ("percent", &(n(percent)) as &dyn Display),
                        ("n2", &(n2(c)) as &dyn Display),
                        ("n2_2", &(n2(gross)) as &dyn Display),
                    ],
                ),
                None => self.lang().word(Word::OrdinaryCompensationMissing0).into(),
            },
            ProviderBasis::Pot {
                shared,
                key,
                weight,
                total_weight,
                ..
            } => self.lang().message(
                "payout-basis-pot",
                &[
                    ("weight", &(exact_text(weight, self.lang())) as &dyn Display),
                    (
                        "total_weight",
                        &(exact_text(total_weight, self.lang())) as &dyn Display,
                    ),
                    ("key", &(key.label(self.lang())) as &dyn Display),
                    ("n2", &(n2(shared)) as &dyn Display),
                    ("n2_2", &(n2(gross)) as &dyn Display),
                ],
            ),
            ProviderBasis::Fallback {
                percent,
                previous_payout,
            } => match previous_payout {
                Some(p) => self.lang().message(
                    "payout-basis-some-p",
                    &[
                        ("word", &(self.lang().word(Word::Fallback)) as &dyn Display),
                        ("percent", &(n(percent)) as &dyn Display),
                        ("n2", &(n2(p)) as &dyn Display),
                        ("n2_2", &(n2(gross)) as &dyn Display),
                    ],
                ),
                None => self.lang().word(Word::FallbackButLastPeriods).into(),
            },
        }
    }
    /// The note that the cap limited a payout.
    pub fn capped(&self, cap: &Decimal) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        self.lang()
            .message("capped", &[("n2", &(n2(cap)) as &dyn Display)])
    }
    /// The net payout at the end of a reason with money rows.
    pub fn net_note(&self, net: &Decimal) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        self.lang()
            .message("net-note", &[("n2", &(n2(net)) as &dyn Display)])
    }
    /// A deduction's amount rule, e.g. "1 % av ordinarie ersättning".
    pub fn deduction_amount(&self, rule: &DeductionAmount) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        match rule {
            DeductionAmount::PercentOfCompensation(p) => self.lang().message(
                "deduction-amount-percent-of-compensation",
                &[("p", &(n(p)) as &dyn Display)],
            ),
            DeductionAmount::Fixed(a) => self.lang().message(
                "deduction-amount-fixed",
                &[("a", &(self.number(*a, Some(2))) as &dyn Display)],
            ),
        }
    }
    /// [`DeductionResult::text`] in this language.
    pub fn deduction(&self, e: &DeductionResult, value: &str) -> String {
        let level = self.number(e.level, None);
        let rule = self.deduction_amount(&e.amount_rule);
        if e.applied {
            self.lang().message(
                "deduction-as-text",
                &[
                    ("indicator_name", &(e.indicator_name) as &dyn Display),
                    ("value", &(value) as &dyn Display),
                    ("e", &(e.direction.worse_sign()) as &dyn Display),
                    ("value_2", &(level) as &dyn Display),
                    ("rule", &(rule) as &dyn Display),
                ],
            )
        } else if let Some(status) = e.missing {
            let why = match self.data_status(status, e.respondents, value) {
                Some(why) if status != DataStatus::Missing => self
                    .lang()
                    .message("deduction-missing", &[("why", &(why) as &dyn Display)]),
                _ => format!(" {}", self.lang().word(Word::Missing)),
            };
            let shown = if status == DataStatus::Missing {
                ""
            } else {
                value
            };
            self.lang().message(
                "deduction-2",
                &[
                    ("indicator_name", &(e.indicator_name) as &dyn Display),
                    ("shown", &(shown) as &dyn Display),
                    ("why", &(why) as &dyn Display),
                ],
            )
        } else {
            self.lang().message(
                "deduction-3",
                &[
                    ("indicator_name", &(e.indicator_name) as &dyn Display),
                    ("value", &(value) as &dyn Display),
                    ("value_2", &(level) as &dyn Display),
                ],
            )
        }
    }
    /// A survey's 95 % interval (ends in percent) and its number of respondents.
    pub fn interval(&self, lo: Decimal, hi: Decimal, respondents: u32) -> String {
        let f = |d: Decimal| self.number(d, Some(2));
        self.lang().message(
            "interval",
            &[
                ("f", &(f(lo)) as &dyn Display),
                ("f_2", &(f(hi)) as &dyn Display),
                ("respondents", &(respondents) as &dyn Display),
            ],
        )
    }
    /// An interval rule's end that counts instead of the point estimate.
    pub fn interval_end_counts(&self, e: super::IntervalEnd<'_>) -> String {
        let which = if e.lower {
            self.lang().text("interval-end-counts")
        } else {
            self.lang().text("interval-end-counts-2")
        };
        let exactness = if e.exact {
            self.lang().text("interval-end-counts-3").to_string()
        } else {
            self.lang().message(
                "interval-end-counts-4",
                &[(
                    "crate",
                    &(crate::domain::survey::SCORED_END_DECIMALS) as &dyn Display,
                )],
            )
        };
        self.lang().message(
            "interval-end-counts-5",
            &[
                ("point", &(e.point) as &dyn Display),
                ("interval", &(e.interval) as &dyn Display),
                ("which", &(which) as &dyn Display),
                ("e", &(self.number(e.end, Some(2))) as &dyn Display),
                ("exactness", &(exactness) as &dyn Display),
                ("base", &(e.base) as &dyn Display),
            ],
        )
    }
    /// Why an indicator's data cannot be scored as it is, or `None` when it can.
    pub fn data_status(
        &self,
        status: DataStatus,
        respondents: Option<u32>,
        v: &str,
    ) -> Option<String> {
        match status {
            DataStatus::Ok => None,
            DataStatus::Missing => Some(self.lang().word(Word::ResultMissing).to_string()),
            DataStatus::TooFewRespondents { min } => Some(self.lang().message(
                "data-status-too-few-respondents",
                &[
                    ("respondents", &(respondents.unwrap_or(0)) as &dyn Display),
                    ("min", &(min) as &dyn Display),
                ],
            )),
            DataStatus::RespondentsUnknown { min } => Some(self.lang().message(
                "data-status-respondents-unknown",
                &[("min", &(min) as &dyn Display)],
            )),
            DataStatus::OutOfRange => Some(
                self.lang()
                    .message("data-status-out-of-range", &[("v", &(v) as &dyn Display)]),
            ),
            DataStatus::NoRespondents => {
                Some(self.lang().text("data-status-no-respondents").into())
            }
            DataStatus::NoPeers => Some(self.lang().word(Word::NoPeerResults).to_string()),
        }
    }
    /// How a scoring mode reached `credit` for the result `v` (as displayed).
    pub fn how(&self, how: &scorers::How, v: &str, credit: &Q, dir: Direction) -> String {
        let n = |q: &Q| num(q, 2, self.lang());
        let d = |d: &Decimal| num(&(*d).into(), 2, self.lang());
        let sign = dir.at_or_beyond_sign();
        match how {
            scorers::How::Threshold(h) => {
                let l = d(&h.level);
                if h.met {
                    self.lang().message(
                        "how-threshold",
                        &[
                            ("v", &(v) as &dyn Display),
                            ("sign", &(sign) as &dyn Display),
                            ("l", &(l) as &dyn Display),
                        ],
                    )
                } else {
                    self.lang().message(
                        "how-threshold-2",
                        &[
                            ("v", &(v) as &dyn Display),
                            ("dir", &(dir.worse_sign()) as &dyn Display),
                            ("l", &(l) as &dyn Display),
                        ],
                    )
                }
            }
            scorers::How::Steps(h) => {
                let mut s = match &h.reached {
                    Some(r) => self.lang().message(
                        "how-some-r",
                        &[
                            ("v", &(v) as &dyn Display),
                            ("sign", &(sign) as &dyn Display),
                            ("d", &(d(&r.level)) as &dyn Display),
                            ("d_2", &(d(&r.credit_percent)) as &dyn Display),
                        ],
                    ),
                    None => self
                        .lang()
                        .message("how-none", &[("v", &(v) as &dyn Display)]),
                };
                if let Some(nx) = &h.next {
                    s.push_str(&self.lang().message(
                        "how-none-2",
                        &[
                            ("d", &(d(&nx.level)) as &dyn Display),
                            ("d_2", &(d(&nx.credit_percent)) as &dyn Display),
                        ],
                    ));
                }
                s
            }
            scorers::How::Linear(h) => {
                self.between(v, &h.zero_at.into(), &h.full_at.into(), credit, dir)
            }
            scorers::How::Relative(h) => self.lang().message(
                "how-relative",
                &[
                    (
                        "between",
                        &(self.between(v, &h.zero_at, &h.full_at, credit, dir)) as &dyn Display,
                    ),
                    ("peers", &(h.peers) as &dyn Display),
                ],
            ),
            scorers::How::AchievementOrImprovement(h) => {
                let pts = |q: &Q| self.number(q.round_dp(2), Some(2));
                let a = pts(&h.achievement_points);
                match (&h.improvement_points, &h.baseline) {
                    (Some(i), Some(b)) => self.lang().message(
                        "how-some-i",
                        &[
                            ("a", &(a) as &dyn Display),
                            ("pts", &(pts(i)) as &dyn Display),
                            ("b", &(n(b)) as &dyn Display),
                        ],
                    ),
                    (None, Some(b)) => self.lang().message(
                        "how-none-some",
                        &[("a", &(a) as &dyn Display), ("b", &(n(b)) as &dyn Display)],
                    ),
                    (_, None) => self
                        .lang()
                        .message("how-none-3", &[("a", &(a) as &dyn Display)]),
                }
            }
        }
    }
    /// A percentile as a peer level, e.g. "75:e percentilen".
    pub fn percentile(&self, p: Decimal) -> String {
        self.lang().message(
            "percentile-as-text",
            &[("p", &(self.number(p, None)) as &dyn Display)],
        )
    }
    /// The missing-data policy that pays a share of last period's amount.
    pub fn fallback_share(&self, percent: Decimal) -> String {
        self.lang().message(
            "fallback-share",
            &[("percent", &(self.number(percent, None)) as &dyn Display)],
        )
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_min_score(&self, m: Decimal) -> String {
        self.lang().message(
            "prose-min-score",
            &[("m", &(n(m, self.lang())) as &dyn Display)],
        )
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_threshold(&self, l: &Decimal, u: Unit, dir: Direction) -> String {
        self.lang().message(
            "prose-threshold",
            &[
                ("dir", &(at_least(dir, self.lang())) as &dyn Display),
                ("l", &(level(*l, u, self.lang())) as &dyn Display),
            ],
        )
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_step(&self, s: &Step, u: Unit, dir: Direction) -> String {
        self.lang().message(
            "prose-step",
            &[
                ("dir", &(at_least(dir, self.lang())) as &dyn Display),
                ("s", &(level(s.level, u, self.lang())) as &dyn Display),
                ("s_2", &(n(s.credit_percent, self.lang())) as &dyn Display),
            ],
        )
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_linear(&self, full: Decimal, zero: Decimal, u: Unit, dir: Direction) -> String {
        self.lang().message(
            "prose-linear",
            &[
                ("dir", &(at_least(dir, self.lang())) as &dyn Display),
                ("full", &(level(full, u, self.lang())) as &dyn Display),
                ("zero", &(level(zero, u, self.lang())) as &dyn Display),
                ("dir_2", &(or_worse(dir, self.lang())) as &dyn Display),
            ],
        )
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_relative(&self, start: &PeerLevel, full: &PeerLevel) -> String {
        self.lang().message(
            "prose-relative",
            &[
                ("start", &(peer_level(start, self.lang())) as &dyn Display),
                ("full", &(peer_level(full, self.lang())) as &dyn Display),
            ],
        )
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_achievement(
        &self,
        threshold: &Decimal,
        benchmark: &Decimal,
        baseline_period: &str,
        u: Unit,
    ) -> String {
        self.lang().message(
            "prose-achievement",
            &[
                (
                    "threshold",
                    &(level(*threshold, u, self.lang())) as &dyn Display,
                ),
                (
                    "benchmark",
                    &(level(*benchmark, u, self.lang())) as &dyn Display,
                ),
                ("baseline_period", &(baseline_period) as &dyn Display),
                (
                    "benchmark_2",
                    &(level(*benchmark, u, self.lang())) as &dyn Display,
                ),
            ],
        )
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_fallback_share(&self, p: &Decimal) -> String {
        self.lang().message(
            "prose-fallback-share",
            &[("p", &(n(*p, self.lang())) as &dyn Display)],
        )
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_interval_end(&self, lower: bool) -> &'static str {
        match lower {
            true => self.lang().text("prose-interval-end-true"),
            false => self.lang().text("prose-interval-end-false"),
        }
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_uncertainty(&self, ind: &Indicator, which: &str) -> Option<String> {
        match ind.uncertainty {
            Uncertainty::Estimate => None,
            Uncertainty::Cautious => Some(self.lang().message(
                "prose-uncertainty-cautious",
                &[("which", &(which) as &dyn Display)],
            )),
            Uncertainty::BenefitOfDoubt => Some(self.lang().message(
                "prose-uncertainty-benefit-of-doubt",
                &[("which", &(which) as &dyn Display)],
            )),
        }
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_weight(&self, ind: &Indicator, area: Option<&Area>) -> String {
        match area {
            None => self.lang().message(
                "prose-weight-none",
                &[
                    ("name", &(ind.name) as &dyn Display),
                    ("ind", &(n(ind.weight, self.lang())) as &dyn Display),
                ],
            ),
            Some(a) => self.lang().message(
                "prose-weight-some-a",
                &[
                    ("name", &(ind.name) as &dyn Display),
                    ("ind", &(n(ind.weight, self.lang())) as &dyn Display),
                    ("name_2", &(a.name) as &dyn Display),
                ],
            ),
        }
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_min_respondents(&self, min: u32, policy: &MissingDataPolicy) -> String {
        self.lang().message(
            "prose-min-respondents",
            &[
                ("min", &(min) as &dyn Display),
                (
                    "policy",
                    &(missing_consequence(policy, self.lang())) as &dyn Display,
                ),
            ],
        )
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_payout(&self, s: &Scheme, unit: VolumeUnit) -> String {
        match &s.payout {
            PayoutBase::Pot { amount, key } => self.lang().message(
                "prose-payout-pot",
                &[
                    ("amount", &(kr(*amount, self.lang())) as &dyn Display),
                    (
                        "key",
                        &(key.map_or("", |k| k.label(self.lang()))) as &dyn Display,
                    ),
                    ("unit", &(unit.label(self.lang())) as &dyn Display),
                ],
            ),
            PayoutBase::PerVolumeUnit { kr_per_unit } => self.lang().message(
                "prose-payout-per-volume-unit",
                &[
                    (
                        "kr_per_unit",
                        &(kr(*kr_per_unit, self.lang())) as &dyn Display,
                    ),
                    ("unit", &(unit.singular(self.lang())) as &dyn Display),
                    ("unit_2", &(unit.label(self.lang())) as &dyn Display),
                ],
            ),
            PayoutBase::PercentOfCompensation { percent } => self.lang().message(
                "prose-payout-percent-of-compensation",
                &[("percent", &(n(*percent, self.lang())) as &dyn Display)],
            ),
            PayoutBase::Withhold {
                withhold_percent,
                payback_percent,
            } => self.lang().message(
                "prose-payout-withhold",
                &[
                    (
                        "withhold_percent",
                        &(n(*withhold_percent, self.lang())) as &dyn Display,
                    ),
                    (
                        "payback_percent",
                        &(n(*payback_percent, self.lang())) as &dyn Display,
                    ),
                    (
                        "payback_percent_2",
                        &(if *payback_percent == Decimal::ONE_HUNDRED {
                            self.lang().text("prose-payout")
                        } else {
                            ""
                        }) as &dyn Display,
                    ),
                ],
            ),
        }
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_cap(&self, c: Decimal) -> String {
        self.lang()
            .message("prose-cap", &[("c", &(kr(c, self.lang())) as &dyn Display)])
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_missing(&self, s: &Scheme) -> String {
        self.lang().message(
            "prose-missing",
            &[(
                "s",
                &(missing_consequence(&s.missing_data, self.lang())) as &dyn Display,
            )],
        )
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_areas(&self, list: &[String], s: &Scheme) -> String {
        self.lang().message(
            "prose-areas-2",
            &[
                ("list", &(list.join(", ")) as &dyn Display),
                (
                    "s",
                    &(if s.missing_data == MissingDataPolicy::Renormalize {
                        self.lang().text("prose-areas")
                    } else {
                        ""
                    }) as &dyn Display,
                ),
            ],
        )
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_worse(&self, dir: Direction) -> &'static str {
        match dir {
            Direction::HigherIsBetter => self.lang().text("prose-worse-higher-is-better"),
            Direction::LowerIsBetter => self.lang().text("prose-worse-lower-is-better"),
        }
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_deduction_amount(&self, d: &Deduction) -> String {
        match &d.amount {
            DeductionAmount::PercentOfCompensation(p) => self.lang().message(
                "prose-deduction-amount-percent-of-compensation",
                &[("p", &(n(*p, self.lang())) as &dyn Display)],
            ),
            DeductionAmount::Fixed(a) => kr(*a, self.lang()),
        }
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_deduction(
        &self,
        name: &str,
        worse: &str,
        amount: &str,
        d: &Deduction,
        unit: Unit,
    ) -> String {
        self.lang().message(
            "prose-deduction",
            &[
                ("name", &(name) as &dyn Display),
                ("worse", &(worse) as &dyn Display),
                ("d", &(level(d.level, unit, self.lang())) as &dyn Display),
                ("amount", &(amount) as &dyn Display),
            ],
        )
    }
    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_budget(&self, b: Decimal) -> String {
        self.lang().message(
            "prose-budget",
            &[("b", &(kr(b, self.lang())) as &dyn Display)],
        )
    }
    /// [`FileErrorMsg::text`] in this language.
    pub fn file_error(&self, e: &FileErrorMsg) -> String {
        use FileErrorMsg::*;
        match e {
            Io(e) => self
                .lang()
                .message("file-error-io", &[("e", &(e) as &dyn Display)]),
            NotText => self.lang().word(Word::FileIsNotText).into(),
            MixedEncoding { byte, column } => self.lang().message(
                "file-error-mixed-encoding",
                &[
                    ("column", &(column) as &dyn Display),
                    ("byte", &(format!("{:02X}", byte)) as &dyn Display),
                ],
            ),
            NotRegularFile { kind } => self.lang().message(
                "file-error-not-regular-file",
                &[("special_file", &(self.special_file(*kind)) as &dyn Display)],
            ),
            LineTooLong { limit } => self.lang().message(
                "file-error-line-too-long",
                &[(
                    "crate",
                    &(crate::words::number::group_thousands(*limit as u64, self.lang()))
                        as &dyn Display,
                )],
            ),
            TooManyColumns { found, limit } => self.lang().message(
                "file-error-too-many-columns",
                &[
                    ("found", &(found) as &dyn Display),
                    ("limit", &(limit) as &dyn Display),
                ],
            ),
            TooLarge { size, limit } => self.lang().message(
                "file-error-too-large",
                &[
                    (
                        "crate",
                        &(crate::words::number::group_thousands(*size, self.lang()))
                            as &dyn Display,
                    ),
                    (
                        "crate_2",
                        &(crate::words::number::group_thousands(*limit, self.lang()))
                            as &dyn Display,
                    ),
                ],
            ),
            BadCharacter { code, position } => self.lang().message(
                "file-error-bad-character",
                &[
                    ("code", &(format!("{:04X}", code)) as &dyn Display),
                    ("position", &(position) as &dyn Display),
                ],
            ),
            SurroundingSpace => self.lang().word(Word::TextBeginsOrEnds).into(),
            TooLong { length, limit } => self.lang().message(
                "file-error-too-long",
                &[
                    ("length", &(length) as &dyn Display),
                    ("limit", &(limit) as &dyn Display),
                ],
            ),
            Empty => self.lang().word(Word::FileIsEmpty).into(),
            MissingColumn { column, accepted } => self.lang().message(
                "file-error-missing-column",
                &[
                    ("column", &(column) as &dyn Display),
                    ("accepted", &(accepted.join(", ")) as &dyn Display),
                ],
            ),
            DuplicateColumn { column } => self.lang().message(
                "file-error-duplicate-column",
                &[("column", &(column) as &dyn Display)],
            ),
            FieldCount { expected, found } => self.lang().message(
                "file-error-field-count",
                &[
                    ("expected", &(expected) as &dyn Display),
                    ("found", &(found) as &dyn Display),
                ],
            ),
            EmptyField => self.lang().word(Word::FieldMustNotBe).into(),
            Number(e) => self.lang().message(
                "file-error-number",
                &[("e", &(e.text(self.lang())) as &dyn Display)],
            ),
            WholeNumber { text } => self.lang().message(
                "file-error-whole-number",
                &[("text", &(text) as &dyn Display)],
            ),
            NotWholeOre { text } => self.lang().message(
                "file-error-not-whole-ore",
                &[("text", &(text) as &dyn Display)],
            ),
            OutOfBounds { text, max } => self.lang().message(
                "file-error-out-of-bounds",
                &[
                    ("text", &(text) as &dyn Display),
                    ("max", &(self.number(*max, None)) as &dyn Display),
                ],
            ),
            Negative { text } => self
                .lang()
                .message("file-error-negative", &[("text", &(text) as &dyn Display)]),
            ServiceType { text } => self.lang().message(
                "file-error-service-type",
                &[("text", &(text) as &dyn Display)],
            ),
            Regi { text } => self
                .lang()
                .message("file-error-regi", &[("text", &(text) as &dyn Display)]),
            Period { text } => self
                .lang()
                .message("file-error-period", &[("text", &(text) as &dyn Display)]),
            Conflict {
                first_line,
                first,
                found,
            } => self.lang().message(
                "file-error-conflict",
                &[
                    ("first", &(first) as &dyn Display),
                    ("first_line", &(first_line) as &dyn Display),
                    ("found", &(found) as &dyn Display),
                ],
            ),
            DuplicateRow { first_line } => self.lang().message(
                "file-error-duplicate-row",
                &[("first_line", &(first_line) as &dyn Display)],
            ),
            OverlappingPeriod { first_line } => self.lang().message(
                "file-error-overlapping-period",
                &[("first_line", &(first_line) as &dyn Display)],
            ),
            Ron(e) => self.ron_error(e),
            NewerFormat { found, supported } => self.lang().message(
                "file-error-newer-format",
                &[
                    ("found", &(found) as &dyn Display),
                    ("supported", &(supported) as &dyn Display),
                ],
            ),
            SpreadsheetBomb {
                part,
                size,
                packed,
                limit,
            } => self.lang().message(
                "file-error-spreadsheet-bomb",
                &[
                    ("part", &(part) as &dyn Display),
                    ("size", &(size) as &dyn Display),
                    ("packed", &(packed) as &dyn Display),
                    ("size_2", &(size / packed) as &dyn Display),
                    ("limit", &(limit) as &dyn Display),
                ],
            ),
            SpreadsheetTooLarge { total, limit } => self.lang().message(
                "file-error-spreadsheet-too-large",
                &[
                    ("total", &(total) as &dyn Display),
                    ("limit", &(limit) as &dyn Display),
                ],
            ),
            SpreadsheetStringsLie { claimed, size } => self.lang().message(
                "file-error-spreadsheet-strings-lie",
                &[
                    ("claimed", &(claimed) as &dyn Display),
                    ("size", &(size) as &dyn Display),
                ],
            ),
            CellBeyondColumns { last, limit } => self.lang().message(
                "file-error-cell-beyond-columns",
                &[
                    ("last", &(last) as &dyn Display),
                    ("limit", &(limit) as &dyn Display),
                ],
            ),
            SheetTooWide { width, limit } => self.lang().message(
                "file-error-sheet-too-wide",
                &[
                    ("width", &(width) as &dyn Display),
                    ("limit", &(limit) as &dyn Display),
                ],
            ),
            Spreadsheet(m) => self
                .lang()
                .message("file-error-spreadsheet", &[("m", &(m) as &dyn Display)]),
            Encrypted => self.lang().word(Word::WorkbookIsEncryptedPassword).into(),
            FormulaWithoutValue => self.lang().word(Word::CellHasAFormula).into(),
            SheetNotFound { sheet, available } => self.lang().message(
                "file-error-sheet-not-found",
                &[
                    ("sheet", &(sheet) as &dyn Display),
                    ("available", &(available.join(", ")) as &dyn Display),
                ],
            ),
            Json(m) => self
                .lang()
                .message("file-error-json", &[("m", &(m) as &dyn Display)]),
            UnknownId { kind, id } => self.lang().message(
                "file-error-unknown-id",
                &[
                    ("kind", &(kind) as &dyn Display),
                    ("id", &(id) as &dyn Display),
                ],
            ),
            MappedTwice { key } => self.lang().message(
                "file-error-mapped-twice",
                &[("key", &(key) as &dyn Display)],
            ),
            TwoTotals => self.lang().word(Word::PostHasMoreThan).into(),
            UnclosedQuote => self.lang().word(Word::QuoteIsNeverClosed).into(),
            MappingNeeded => self.lang().word(Word::KoladaDataNeedsA).into(),
            More { count } => self
                .lang()
                .message("file-error-more", &[("count", &(count) as &dyn Display)]),
            ChangedOnDisk(what) => self.lang().word(what.word()).into(),
            Write(e) => self
                .lang()
                .message("file-error-write", &[("e", &(e) as &dyn Display)]),
            OutputIsInput { input } => self.lang().message(
                "file-error-output-is-input",
                &[("input", &(input) as &dyn Display)],
            ),
            OutputTwice { other } => self.lang().message(
                "file-error-output-twice",
                &[("other", &(other) as &dyn Display)],
            ),
            NotWritten {
                problem,
                written,
                not_written,
            } => format!(
                "{}; {}",
                self.output_problem(problem),
                self.write_outcome(written, not_written)
            ),
        }
    }
    /// What a path is when it is not a regular file: "en mapp", "en enhet" …
    pub fn special_file(&self, kind: SpecialFile) -> &'static str {
        match kind {
            SpecialFile::Directory => self.lang().text("special-file-directory"),
            SpecialFile::Fifo => self.lang().text("special-file-fifo"),
            SpecialFile::Device => self.lang().text("special-file-device"),
            SpecialFile::Socket => self.lang().text("special-file-socket"),
            SpecialFile::Other => self.lang().text("special-file-other"),
        }
    }
    /// The column of a located error: `, kolumn ”värde”`, or `, kolumn 3` when numbered.
    pub fn at_column(&self, c: &str) -> String {
        if is_column_number(c) {
            self.lang()
                .message("at-column", &[("c", &(c) as &dyn Display)])
        } else {
            self.lang()
                .message("at-column-2", &[("c", &(c) as &dyn Display)])
        }
    }
    /// [`LockError::text`] in this language.
    pub fn lock_error(&self, e: &LockError) -> String {
        match e {
            LockError::Input(m) => m.clone(),
            LockError::Rules(p) => self.lang().message(
                "lock-error-rules",
                &[("p", &(p.join("; ")) as &dyn Display)],
            ),
            LockError::NotAnArchive(p) => self.lang().message(
                "lock-error-not-an-archive",
                &[("p", &(p.text(self.lang())) as &dyn Display)],
            ),
            LockError::Refused(p) => self.lang().message(
                "lock-error-refused",
                &[("p", &(p.text(self.lang())) as &dyn Display)],
            ),
            LockError::Write(m) => self
                .lang()
                .message("lock-error-write", &[("m", &(m) as &dyn Display)]),
        }
    }
    /// [`ArchiveProblem::text`] in this language.
    pub fn archive_problem(&self, e: &ArchiveProblem) -> String {
        use ArchiveProblem::*;
        match e {
            NotZip(e) => self
                .lang()
                .message("archive-problem-not-zip", &[("e", &(e) as &dyn Display)]),
            TooManyMembers { found } => self.lang().message(
                "archive-problem-too-many-members",
                &[
                    ("found", &(found) as &dyn Display),
                    ("MAX_MEMBERS", &(MAX_MEMBERS) as &dyn Display),
                ],
            ),
            TooLarge { total } => self.lang().message(
                "archive-problem-too-large",
                &[
                    ("total", &(total) as &dyn Display),
                    ("MAX_TOTAL_BYTES", &(MAX_TOTAL_BYTES) as &dyn Display),
                ],
            ),
            Packed { name, size, packed } => self.lang().message(
                "archive-problem-packed",
                &[
                    ("name", &(name) as &dyn Display),
                    ("size", &(size) as &dyn Display),
                    ("packed", &(packed) as &dyn Display),
                    ("MAX_RATIO", &(MAX_RATIO) as &dyn Display),
                ],
            ),
            ManifestTooLarge { size } => self.lang().message(
                "archive-problem-manifest-too-large",
                &[
                    ("MANIFEST", &(MANIFEST) as &dyn Display),
                    ("size", &(size) as &dyn Display),
                    ("MAX_MANIFEST_BYTES", &(MAX_MANIFEST_BYTES) as &dyn Display),
                ],
            ),
            Unreadable { name, why } => self.lang().message(
                "archive-problem-unreadable",
                &[
                    ("name", &(name) as &dyn Display),
                    ("why", &(why) as &dyn Display),
                ],
            ),
            LargerThanDeclared { name } => self.lang().message(
                "archive-problem-larger-than-declared",
                &[("name", &(name) as &dyn Display)],
            ),
            Twice { name } => self.lang().message(
                "archive-problem-twice",
                &[("name", &(name) as &dyn Display)],
            ),
            NoManifest => self.lang().message(
                "archive-problem-no-manifest",
                &[("MANIFEST", &(MANIFEST) as &dyn Display)],
            ),
            BadManifest(e) => self.lang().message(
                "archive-problem-bad-manifest",
                &[
                    ("MANIFEST", &(MANIFEST) as &dyn Display),
                    ("e", &(e) as &dyn Display),
                ],
            ),
            WrongFormat { found } => self.lang().message(
                "archive-problem-wrong-format",
                &[
                    ("MANIFEST", &(MANIFEST) as &dyn Display),
                    ("found", &(found) as &dyn Display),
                    ("FORMAT", &(FORMAT) as &dyn Display),
                ],
            ),
            NewerFormat { found } => self.lang().message(
                "archive-problem-newer-format",
                &[
                    ("found", &(found) as &dyn Display),
                    ("FORMAT_VERSION", &(FORMAT_VERSION) as &dyn Display),
                ],
            ),
            NoInputs => self.lang().message(
                "archive-problem-no-inputs",
                &[("MANIFEST", &(MANIFEST) as &dyn Display)],
            ),
            UnsafeName { name, why } => {
                let why = match why {
                    NameProblem::NotUtf8 => {
                        self.lang().text("archive-problem-not-utf8").to_string()
                    }
                    NameProblem::BadCharacter { code, position } => self.lang().message(
                        "archive-problem-bad-character",
                        &[
                            ("code", &(format!("{:04X}", code)) as &dyn Display),
                            ("position", &(position) as &dyn Display),
                        ],
                    ),
                    NameProblem::TooLong { length } => self.lang().message(
                        "archive-problem-too-long",
                        &[
                            ("length", &(length) as &dyn Display),
                            (
                                "MAX_MEMBER_NAME_CHARS",
                                &(MAX_MEMBER_NAME_CHARS) as &dyn Display,
                            ),
                        ],
                    ),
                    NameProblem::Absolute => self.lang().text("archive-problem-absolute").into(),
                    NameProblem::Backslash => self.lang().text("archive-problem-backslash").into(),
                    NameProblem::Colon => self.lang().text("archive-problem-colon").into(),
                    NameProblem::BadComponent => {
                        self.lang().text("archive-problem-bad-component").into()
                    }
                    NameProblem::OutsideFolders => {
                        self.lang().text("archive-problem-outside-folders").into()
                    }
                    NameProblem::NotWindowsName => {
                        self.lang().text("archive-problem-not-windows-name").into()
                    }
                };
                self.lang().message(
                    "archive-problem-not-windows-name-2",
                    &[
                        ("name", &(name) as &dyn Display),
                        ("why", &(why) as &dyn Display),
                    ],
                )
            }
            SameName { name, other } => self.lang().message(
                "archive-problem-same-name",
                &[
                    ("name", &(name) as &dyn Display),
                    ("other", &(other) as &dyn Display),
                ],
            ),
            NotAFile { name } => self.lang().message(
                "archive-problem-not-a-file",
                &[("name", &(name) as &dyn Display)],
            ),
            MemberTooLarge { name, size, limit } => self.lang().message(
                "archive-problem-member-too-large",
                &[
                    ("name", &(name) as &dyn Display),
                    ("size", &(size) as &dyn Display),
                    ("limit", &(limit) as &dyn Display),
                ],
            ),
            BadLanguage { found } => self.lang().message(
                "archive-problem-bad-language",
                &[
                    ("MANIFEST", &(MANIFEST) as &dyn Display),
                    ("found", &(found) as &dyn Display),
                ],
            ),
            BadText { field, why } => match why {
                TextProblem::BadCharacter { code, position } => self.lang().message(
                    "archive-problem-bad-character-2",
                    &[
                        ("field", &(field) as &dyn Display),
                        ("MANIFEST", &(MANIFEST) as &dyn Display),
                        ("code", &(format!("{:04X}", code)) as &dyn Display),
                        ("position", &(position) as &dyn Display),
                    ],
                ),
                TextProblem::TooLong { length, limit } => self.lang().message(
                    "archive-problem-too-long-2",
                    &[
                        ("field", &(field) as &dyn Display),
                        ("MANIFEST", &(MANIFEST) as &dyn Display),
                        ("length", &(length) as &dyn Display),
                        ("limit", &(limit) as &dyn Display),
                    ],
                ),
            },
            Inconsistent(why) => self.lang().message(
                "archive-problem-inconsistent",
                &[("why", &(why) as &dyn Display)],
            ),
            ListedTwice { name } => self.lang().message(
                "archive-problem-listed-twice",
                &[("name", &(name) as &dyn Display)],
            ),
            RoleTwice { name, other } => self.lang().message(
                "archive-problem-role-twice",
                &[
                    ("name", &(name) as &dyn Display),
                    ("other", &(other) as &dyn Display),
                    ("MANIFEST", &(MANIFEST) as &dyn Display),
                ],
            ),
        }
    }
    /// [`Finding::text`] in this language.
    pub fn finding(&self, e: &Finding) -> String {
        match e {
            Finding::Missing { name } => self
                .lang()
                .message("finding-missing", &[("name", &(name) as &dyn Display)]),
            Finding::NotListed { name } => self
                .lang()
                .message("finding-not-listed", &[("name", &(name) as &dyn Display)]),
            Finding::Changed { name } => self
                .lang()
                .message("finding-changed", &[("name", &(name) as &dyn Display)]),
            Finding::Differs { name } => self
                .lang()
                .message("finding-differs", &[("name", &(name) as &dyn Display)]),
            Finding::Unusable { message } => message.clone(),
        }
    }
    /// The header of the correction CSV (see [`crate::io::locked::correction_csv`]).
    pub fn correction_csv_header(&self) -> [&'static str; 8] {
        [
            self.lang().text("correction-csv-header"),
            self.lang().text("correction-csv-header-2"),
            self.lang().text("correction-csv-header-3"),
            self.lang().text("correction-csv-header-4"),
            self.lang().text("correction-csv-header-5"),
            self.lang().text("correction-csv-header-6"),
            self.lang().text("correction-csv-header-7"),
            self.lang().text("correction-csv-header-8"),
        ]
    }
    /// `compare` of two rule files that compute no provider in common: `shared` says whether
    /// they share a service type at all; `a` and `b` are their service types, as labels.
    pub fn cli_decide_rules_share_no_provider(
        &self,
        rules_a: &dyn Display,
        rules_b: &dyn Display,
        shared: bool,
        a: &str,
        b: &str,
    ) -> String {
        if shared {
            self.lang().message(
                "cli-decide-rules-share-no-provider",
                &[
                    ("rules_a", &(rules_a) as &dyn Display),
                    ("rules_b", &(rules_b) as &dyn Display),
                ],
            )
        } else {
            self.lang().message(
                "cli-decide-rules-share-no-provider-2",
                &[
                    ("rules_a", &(rules_a) as &dyn Display),
                    ("rules_b", &(rules_b) as &dyn Display),
                    ("a", &(a) as &dyn Display),
                    ("b", &(b) as &dyn Display),
                ],
            )
        }
    }
    /// Why a rule file is not valid RON (custom messages of our own types are bilingual).
    pub fn ron_error(&self, e: &ron::Error) -> String {
        use ron::Error as E;
        let list = |v: &[&str]| {
            v.iter()
                .map(|s| {
                    self.lang()
                        .message("ron-error", &[("s", &(s) as &dyn Display)])
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        match e {
            E::MissingStructField { field, outer } => self.lang().message(
                "ron-error-missing-struct-field",
                &[
                    ("field", &(field) as &dyn Display),
                    (
                        "outer",
                        &(outer.as_deref().unwrap_or(self.lang().text("ron-error-2")))
                            as &dyn Display,
                    ),
                ],
            ),
            E::NoSuchStructField {
                expected,
                found,
                outer,
            } => self.lang().message(
                "ron-error-no-such-struct-field",
                &[
                    ("found", &(found) as &dyn Display),
                    (
                        "outer",
                        &(outer.as_deref().unwrap_or(self.lang().text("ron-error-3")))
                            as &dyn Display,
                    ),
                    ("list", &(list(expected)) as &dyn Display),
                ],
            ),
            E::NoSuchEnumVariant {
                expected,
                found,
                outer,
            } => self.lang().message(
                "ron-error-no-such-enum-variant",
                &[
                    ("found", &(found) as &dyn Display),
                    (
                        "outer",
                        &(outer.as_deref().unwrap_or(self.lang().text("ron-error-4")))
                            as &dyn Display,
                    ),
                    ("list", &(list(expected)) as &dyn Display),
                ],
            ),
            E::DuplicateStructField { field, .. } => self.lang().message(
                "ron-error-duplicate-struct-field",
                &[("field", &(field) as &dyn Display)],
            ),
            E::Eof => self.lang().word(Word::FileEndsTooEarly).into(),
            E::InvalidValueForType { expected, found } if expected == serde_decimal::EXPECTING => {
                self.lang().message(
                    "ron-error-expecting",
                    &[("found", &(found) as &dyn Display)],
                )
            }
            E::Message(m) if m == serde_decimal::TOO_LARGE => {
                self.lang().text("ron-error-too-large").into()
            }
            E::Message(m) if m == serde_decimal::NOT_FINITE => {
                self.lang().text("ron-error-not-finite").into()
            }
            E::Message(m) => m.clone(),
            other => self
                .lang()
                .message("ron-error-other", &[("other", &(other) as &dyn Display)]),
        }
    }
    /// The header of the comparison export.
    pub fn compare_csv_header(&self) -> [&'static str; 9] {
        [
            self.lang().text("compare-csv-header"),
            self.lang().text("compare-csv-header-2"),
            self.lang().text("compare-csv-header-3"),
            self.lang().text("compare-csv-header-4"),
            self.lang().text("compare-csv-header-5"),
            self.lang().text("compare-csv-header-6"),
            self.lang().text("compare-csv-header-7"),
            self.lang().text("compare-csv-header-8"),
            self.lang().text("compare-csv-header-9"),
        ]
    }
    /// The report's line on a scheme's budget: what is left, or how far over it the kvalitetspeng goes.
    pub fn report_budget(&self, budget: &str, gross: &str, left: &str, over: bool) -> String {
        self.lang().message(
            "report-budget-3",
            &[
                ("budget", &(budget) as &dyn Display),
                ("gross", &(gross) as &dyn Display),
                ("left", &(left) as &dyn Display),
                (
                    "over",
                    &(if over {
                        self.lang().text("report-budget")
                    } else {
                        self.lang().text("report-budget-2")
                    }) as &dyn Display,
                ),
            ],
        )
    }
    /// A withholding scheme in short, for the workbook's overview.
    pub fn withhold_short(&self, withhold_percent: Decimal, payback_percent: Decimal) -> String {
        self.lang().message(
            "withhold-short",
            &[
                (
                    "withhold_percent",
                    &(self.number(withhold_percent, None)) as &dyn Display,
                ),
                (
                    "payback_percent",
                    &(self.number(payback_percent, None)) as &dyn Display,
                ),
            ],
        )
    }
    /// The button that adds a scheme for a service type.
    pub fn editor_add_scheme(&self, st: ServiceType) -> String {
        self.lang().message(
            "editor-add-scheme",
            &[(
                "st",
                &(st.label(self.lang()).to_lowercase()) as &dyn Display,
            )],
        )
    }
    /// The sum of an editor's weights.
    pub fn editor_weight_sum(&self, sum: Decimal) -> String {
        self.lang().message(
            "editor-weight-sum",
            &[("sum", &(self.number(sum.normalize(), None)) as &dyn Display)],
        )
    }
    /// The sum of the weights inside an area.
    pub fn editor_weight_sum_inside(&self, inside: Decimal) -> String {
        self.lang().message(
            "editor-weight-sum-inside",
            &[(
                "inside",
                &(self.number(inside.normalize(), None)) as &dyn Display,
            )],
        )
    }
    /// How many providers gain, lose or keep their amount in a comparison.
    pub fn decide_gains_and_losses(&self, c: &Comparison) -> String {
        self.lang().message(
            "decide-gains-and-losses-2",
            &[
                ("gains", &(c.gains) as &dyn Display),
                ("loses", &(c.loses) as &dyn Display),
                ("unchanged", &(c.unchanged) as &dyn Display),
                (
                    "c",
                    &(if c.only_in_a + c.only_in_b > 0 {
                        self.lang().message(
                            "decide-gains-and-losses",
                            &[
                                ("only_in_a", &(c.only_in_a) as &dyn Display),
                                ("only_in_b", &(c.only_in_b) as &dyn Display),
                            ],
                        )
                    } else {
                        String::new()
                    }) as &dyn Display,
                ),
            ],
        )
    }
    /// The suggested file name of a comparison or sweep export.
    pub fn decide_export_file_name(&self, comparison: bool) -> &'static str {
        match comparison {
            true => self.lang().text("decide-export-file-name-true"),
            false => self.lang().text("decide-export-file-name-false"),
        }
    }
    /// The fixed start of the payout CSV's header.
    pub fn payout_csv_header(&self) -> &'static str {
        self.lang().text("payout-csv-header")
    }
    /// The header of the explanation CSV.
    pub fn explanation_csv_header(&self) -> &'static str {
        self.lang().text("explanation-csv-header")
    }
    /// Where a sweep stays within the budget: beyond a level (`over`, when the budget is exceeded somewhere), or at a level.
    pub fn cli_within_budget(&self, over: Option<&str>, level: &str, total: &str) -> String {
        match over {
            Some(o) => self.lang().message(
                "cli-within-budget-some-o",
                &[
                    ("o", &(o) as &dyn Display),
                    ("level", &(level) as &dyn Display),
                    ("total", &(total) as &dyn Display),
                ],
            ),
            None => self.lang().message(
                "cli-within-budget-none",
                &[
                    ("level", &(level) as &dyn Display),
                    ("total", &(total) as &dyn Display),
                ],
            ),
        }
    }
    /// The notice that a locked run was opened: verified, or with what does not match.
    pub fn opened_locked_run(&self, name: &str, findings: Option<&str>) -> String {
        match findings {
            None => self.lang().message(
                "opened-locked-run-none",
                &[("name", &(name) as &dyn Display)],
            ),
            Some(f) => self.lang().message(
                "opened-locked-run-some-f",
                &[
                    ("name", &(name) as &dyn Display),
                    ("f", &(f) as &dyn Display),
                ],
            ),
        }
    }
    /// An import warning (without its place).
    pub fn import_warning(&self, k: &ImportWarningKind) -> String {
        match k {
            ImportWarningKind::NoTotal { ou, kpi } => self.lang().message(
                "import-warning-no-total",
                &[
                    ("ou", &(ou) as &dyn Display),
                    ("kpi", &(kpi) as &dyn Display),
                ],
            ),
            ImportWarningKind::Status { ou, kpi, status } => self.lang().message(
                "import-warning-status",
                &[
                    ("ou", &(ou) as &dyn Display),
                    ("kpi", &(kpi) as &dyn Display),
                    ("status", &(status) as &dyn Display),
                ],
            ),
            ImportWarningKind::NullValue { ou, kpi } => self.lang().message(
                "import-warning-null-value",
                &[
                    ("ou", &(ou) as &dyn Display),
                    ("kpi", &(kpi) as &dyn Display),
                ],
            ),
            ImportWarningKind::UnknownKpi { kpi, posts } => self.lang().message(
                "import-warning-unknown-kpi",
                &[
                    ("kpi", &(kpi) as &dyn Display),
                    ("posts", &(posts) as &dyn Display),
                ],
            ),
        }
    }
    /// Why an output could not be written, without what became of the outputs.
    pub fn output_problem(&self, p: &crate::io::error::OutputProblem) -> String {
        use crate::io::error::OutputProblem::*;
        match p {
            Symlink(path) => self.lang().message(
                "output-problem-symlink",
                &[(
                    "words",
                    &(self.lang().words().symlink_refused(path)) as &dyn Display,
                )],
            ),
            NotRegular(kind) => self.lang().message(
                "output-problem-not-regular",
                &[("special_file", &(self.special_file(*kind)) as &dyn Display)],
            ),
            NameTooLong { length, limit } => self.lang().message(
                "output-problem-name-too-long",
                &[
                    ("length", &(length) as &dyn Display),
                    ("limit", &(limit) as &dyn Display),
                ],
            ),
            NoFolder(dir) => self.lang().message(
                "output-problem-no-folder",
                &[("dir", &(dir) as &dyn Display)],
            ),
            FolderNotWritable(dir) => self.lang().message(
                "output-problem-folder-not-writable",
                &[("dir", &(dir) as &dyn Display)],
            ),
            Io(e) => self
                .lang()
                .message("output-problem-io", &[("e", &(e) as &dyn Display)]),
        }
    }
    /// What a failed write of `written` + `not_written` (file names) left: nothing written,
    /// or which files hold their new contents and which are as they were.
    pub fn write_outcome(&self, written: &[String], not_written: &[String]) -> String {
        match (written, not_written) {
            ([], [_]) | ([], []) => self.lang().text("write-outcome").into(),
            ([], all) => self.lang().message(
                "write-outcome-all",
                &[("all", &(all.join(", ")) as &dyn Display)],
            ),
            (done, []) => self.lang().message(
                "write-outcome-done",
                &[("done", &(done.join(", ")) as &dyn Display)],
            ),
            (done, left) => self.lang().message(
                "write-outcome-done-left",
                &[
                    ("done", &(done.join(", ")) as &dyn Display),
                    ("left", &(left.join(", ")) as &dyn Display),
                ],
            ),
        }
    }
    /// Where `v` lies between the two levels (linear and relative scoring).
    fn between(&self, v: &str, zero_at: &Q, full_at: &Q, credit: &Q, dir: Direction) -> String {
        let n = |q: &Q| num(q, 2, self.lang());
        if *credit == Q::ONE {
            self.lang().message(
                "between",
                &[
                    ("v", &(v) as &dyn Display),
                    ("dir", &(dir.at_or_beyond_sign()) as &dyn Display),
                    ("full_at", &(n(full_at)) as &dyn Display),
                ],
            )
        } else if credit.is_zero() {
            self.lang().message(
                "between-2",
                &[
                    ("v", &(v) as &dyn Display),
                    ("zero_at", &(n(zero_at)) as &dyn Display),
                    ("full_at", &(n(full_at)) as &dyn Display),
                ],
            )
        } else {
            self.lang().message(
                "between-3",
                &[
                    ("v", &(v) as &dyn Display),
                    ("zero_at", &(n(zero_at)) as &dyn Display),
                    ("full_at", &(n(full_at)) as &dyn Display),
                    ("credit", &(pct(credit, self.lang())) as &dyn Display),
                ],
            )
        }
    }
}
