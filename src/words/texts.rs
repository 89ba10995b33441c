//! The wording of every message with logic (which text in which case, which values in it, how
//! its numbers are written), written once for every language: the texts are messages in the
//! language files (`assets/locales/`), filled here with values already written.

use std::fmt::Display;

use rust_decimal::Decimal;

use super::prose::{kr, level, missing_consequence, n};
use super::scorers::{num, pct};
use super::{Word, Words, is_column_number, score_text};
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
use crate::messages::archive::{
    ArchiveProblem, FORMAT, Finding, LockError, MANIFEST, MAX_MANIFEST_BYTES,
    MAX_MEMBER_NAME_CHARS, MAX_MEMBERS, MAX_RATIO, MAX_TOTAL_BYTES, NameProblem,
};
use crate::messages::file::{ChangedInput, FileErrorMsg, OutputProblem, SpecialFile};

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
            ParseNumberError::NotANumber(s) => msg!(self, "number-error-not-a-number", s),
            ParseNumberError::Ambiguous(s) => msg!(self, "number-error-ambiguous", s),
            ParseNumberError::TooLarge(s) => msg!(self, "number-error-too-large", s),
        }
    }

    /// Why a text is not a period.
    pub fn period_error(&self, e: &PeriodError) -> String {
        msg!(self, "period-error", e = e.0)
    }

    /// A problem found in a rule set.
    pub fn problem(&self, m: &ProblemMsg) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        use ProblemMsg::*;
        match m {
            // Problems name no volume unit.
            Module(m) => self.lang().say(m, VolumeUnit::Hour),
            NewerFormat { found } => msg!(self, "problem-newer-format", found, FORMAT_VERSION),
            BadPeriod { text } => msg!(self, "problem-bad-period", text),
            BadCorrectionsDate { text } => msg!(self, "problem-bad-corrections-date", text),
            EmptyCorrectionsTo => self.lang().text("problem-empty-corrections-to").into(),
            NoSchemes => self.lang().word(Word::RuleSetHasNo).into(),
            DuplicateScheme => self.lang().word(Word::ServiceTypeHasMore).into(),
            NoIndicators => self.lang().word(Word::SchemeHasNoIndicators).into(),
            EmptyId => self.lang().word(Word::IndicatorHasNoId).into(),
            DuplicateId => self.lang().word(Word::IdIsUsedBy).into(),
            EmptyName => self.lang().word(Word::IndicatorHasNoName).into(),
            NegativeWeight => self.lang().word(Word::WeightMustNotBe).into(),
            WeightsNotHundred { sum } => msg!(self, "problem-weights-not-hundred", sum = n(sum)),
            LowerAboveUpper { lower, upper } => msg!(
                self,
                "problem-lower-above-upper",
                lower = n(lower),
                upper = n(upper)
            ),
            BadText(TextProblem::BadCharacter { code, position }) => msg!(
                self,
                "problem-bad-character",
                code = format!("{:04X}", code),
                position
            ),
            BadText(TextProblem::TooLong { length, limit }) => {
                msg!(self, "problem-too-long", length, limit)
            }
            NotWholeOre { value } => msg!(self, "problem-not-whole-ore", value = n(value)),
            OutOfBounds { value, max } => msg!(
                self,
                "problem-out-of-bounds",
                value = n(value),
                max = n(max)
            ),
            PercentOutOfRange { value } => {
                msg!(self, "problem-percent-out-of-range", value = n(value))
            }
            NoSteps => self.lang().word(Word::StepsScoringHasNo).into(),
            StepCreditOutOfRange { credit } => {
                msg!(self, "problem-step-credit-out-of-range", credit = n(credit))
            }
            StepCreditsNotRising => self.lang().word(Word::HarderStepMustGive).into(),
            DuplicateStepLevel { level } => {
                msg!(self, "problem-duplicate-step-level", value = n(level))
            }
            PercentileOutOfRange { value } => {
                msg!(self, "problem-percentile-out-of-range", value = n(value))
            }
            RelativeStartNotBelowFull => self.lang().word(Word::StartLevelMustBe).into(),
            ThresholdNotWorseThanBenchmark => self.lang().word(Word::ThresholdMustBeWorse).into(),
            BadBaselinePeriod { text } => msg!(self, "problem-bad-baseline-period", text),
            BaselineIsPeriod => self.lang().word(Word::BaselinePeriodMustNot).into(),
            PotNotPositive => self.lang().word(Word::PotMustBeMore).into(),
            PotWithoutKey => self.lang().word(Word::PotHasNoSharing).into(),
            NegativeRate => self.lang().word(Word::AmountPerVolumeUnit).into(),
            CompensationPercentOutOfRange => self.lang().word(Word::PercentageMustBeBetween).into(),
            NegativeCap => self.lang().word(Word::CapMustNotBe).into(),
            MinScoreOutOfRange => self.lang().word(Word::MinimumScoreMustBe).into(),
            FallbackOutOfRange => self.lang().word(Word::FallbackShareMustBe).into(),
            ZeroMinRespondents => self.lang().word(Word::MinimumOf0Respondents).into(),
            UnknownArea { id } => msg!(self, "problem-unknown-area", id),
            NoArea => self.lang().word(Word::SchemeHasAreasGive).into(),
            AreaWithoutAreas => self.lang().word(Word::IndicatorNamesAnArea).into(),
            EmptyAreaId => self.lang().word(Word::AreaHasNoId).into(),
            DuplicateArea => self.lang().word(Word::TwoAreasHaveThe).into(),
            AreaWithoutIndicators => self.lang().word(Word::AreaHasNoIndicators).into(),
            AreaWeightsNotHundred { sum } => {
                msg!(self, "problem-area-weights-not-hundred", sum = n(sum))
            }
            WeightsInAreaNotHundred { area, sum } => msg!(
                self,
                "problem-weights-in-area-not-hundred",
                area,
                sum = n(sum)
            ),
            DeductionUnknownIndicator { id } => {
                msg!(self, "problem-deduction-unknown-indicator", id)
            }
            DeductionPercentOutOfRange => self.lang().word(Word::DeductionsPercentageMustBe).into(),
            DeductionNotPositive => self.lang().word(Word::DeductionsAmountMustBe).into(),
            WithholdPercentOutOfRange => self.lang().word(Word::ShareWithheldMustBe).into(),
            PaybackPercentOutOfRange => self.lang().word(Word::SharePaidBackMust).into(),
            FallbackWithWithhold => self.lang().word(Word::FallbackRuleShareOf).into(),
            TooMany { what, found, limit } => msg!(
                self,
                "problem-too-many",
                found,
                what = match what {
                    Counted::Indicators => self.lang().text("problem-indicators"),
                    Counted::Steps => self.lang().text("problem-steps"),
                    Counted::Areas => self.lang().text("problem-areas"),
                    Counted::Deductions => self.lang().text("problem-deductions"),
                },
                limit
            ),
            UncertaintyNeedsShare => self.lang().word(Word::ConfidenceIntervalAppliesOnly).into(),
        }
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
        }
    }

    /// [`PayoutStatus::text`] in this language.
    pub fn payout_status(&self, e: &PayoutStatus) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        match e {
            PayoutStatus::Paid => self.lang().word(Word::Qualifies).into(),
            PayoutStatus::ZeroScore => self.lang().word(Word::NoScore).into(),
            PayoutStatus::BelowMinimumScore { min_percent } => msg!(
                self,
                "payout-status-below-minimum-score",
                min_percent = n(min_percent)
            ),
            PayoutStatus::NotAllIndicatorsMet => self.lang().word(Word::NotAllIndicatorsMet).into(),
            PayoutStatus::Fallback { percent, .. } => {
                msg!(self, "payout-status-fallback", percent = n(percent))
            }
        }
    }

    /// [`SchemeBasis::text`] in this language.
    pub fn scheme_basis(&self, e: &SchemeBasis, unit: VolumeUnit) -> String {
        self.lang().say(&e.pays().describe(), unit)
    }

    /// [`SchemeSummary::adjustments_text`], when the net differs from the kvalitetspeng.
    pub fn adjustments(&self, e: &SchemeSummary) -> String {
        let kr = |d: &Decimal| msg!(self, "adjustments", d = self.number(*d, Some(2)));
        msg!(
            self,
            "adjustments-by-row",
            gross = kr(&e.gross_total),
            withheld = kr(&e.withheld_total),
            deducted = kr(&e.deducted_total)
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
            Some(c) => msg!(
                self,
                "withheld-row-some-c",
                withhold_percent = n(withhold_percent),
                n2 = n2(c)
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
            ProviderBasis::None => msg!(
                self,
                "payout-basis-provider-basis",
                e = e.status.text(self.lang()),
                n2 = n2(&Decimal::ZERO)
            ),
            ProviderBasis::Withhold {
                payback,
                weight,
                total_weight,
                factor: Some(f),
                ..
            } => msg!(
                self,
                "payout-basis-withhold-logistic",
                f = self.number(*f, None),
                weight = self.rounded(weight),
                total_weight = self.rounded(total_weight),
                share = self.share_percent(weight, total_weight),
                n2 = n2(payback),
                n2_2 = n2(gross)
            ),
            ProviderBasis::Withhold {
                payback,
                weight,
                total_weight,
                ..
            } => msg!(
                self,
                "payout-basis-withhold",
                weight = self.rounded(weight),
                total_weight = self.rounded(total_weight),
                share = self.share_percent(weight, total_weight),
                n2 = n2(payback),
                n2_2 = n2(gross)
            ),
            ProviderBasis::PerVolumeUnit { kr_per_unit } => msg!(
                self,
                "payout-basis-per-volume-unit",
                score,
                n2 = n2(kr_per_unit),
                unit,
                e = n(&e.volume),
                n2_2 = n2(gross)
            ),
            ProviderBasis::PercentOfCompensation {
                percent,
                compensation,
            } => match compensation {
                Some(c) => msg!(
                    self,
                    "payout-basis-some-c",
                    word = self.lang().word(Word::Score),
                    score,
                    percent = n(percent),
                    n2 = n2(c),
                    n2_2 = n2(gross)
                ),
                None => self
                    .lang()
                    .word(Word::OrdinaryCompensationMissingZero)
                    .into(),
            },
            ProviderBasis::Pot {
                shared,
                key,
                weight,
                total_weight,
                ..
            } => msg!(
                self,
                "payout-basis-pot",
                weight = self.rounded(weight),
                total_weight = self.rounded(total_weight),
                key = key.code(),
                unit = e.volume_unit.code(),
                share = self.share_percent(weight, total_weight),
                n2 = n2(shared),
                n2_2 = n2(gross)
            ),
            ProviderBasis::Fallback {
                percent,
                previous_payout,
            } => match previous_payout {
                Some(p) => msg!(
                    self,
                    "payout-basis-some-p",
                    word = self.lang().word(Word::Fallback),
                    percent = n(percent),
                    n2 = n2(p),
                    n2_2 = n2(gross)
                ),
                None => self.lang().word(Word::FallbackButLastPeriods).into(),
            },
        }
    }

    /// The note that the cap limited a payout.
    pub fn capped(&self, cap: &Decimal) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        msg!(self, "capped", n2 = n2(cap))
    }

    /// The net payout at the end of a reason with money rows.
    pub fn net_note(&self, net: &Decimal) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        msg!(self, "net-note", n2 = n2(net))
    }

    /// A deduction's amount rule, e.g. "1 % av ordinarie ersättning".
    pub fn deduction_amount(&self, rule: &DeductionAmount) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        match rule {
            DeductionAmount::PercentOfCompensation(p) => {
                msg!(self, "deduction-amount-percent-of-compensation", p = n(p))
            }
            DeductionAmount::Fixed(a) => {
                msg!(self, "deduction-amount-fixed", a = self.number(*a, Some(2)))
            }
        }
    }

    /// [`DeductionResult::text`] in this language.
    pub fn deduction(&self, e: &DeductionResult, value: &str) -> String {
        let level = self.number(e.level, None);
        let rule = self.deduction_amount(&e.amount_rule);
        if e.applied {
            msg!(
                self,
                "deduction-applied",
                indicator_name = e.indicator_name,
                value,
                worse = e.direction.worse_sign(),
                level,
                rule
            )
        } else if let Some(status) = e.missing {
            let why = match self.data_status(status, e.respondents, value) {
                Some(why) if status != DataStatus::Missing => msg!(self, "deduction-missing", why),
                _ => format!(" {}", self.lang().word(Word::Missing)),
            };
            let shown = if status == DataStatus::Missing {
                ""
            } else {
                value
            };
            msg!(
                self,
                "deduction-not-applied-missing",
                indicator_name = e.indicator_name,
                shown,
                why
            )
        } else {
            msg!(
                self,
                "deduction-not-applied",
                indicator_name = e.indicator_name,
                value,
                level
            )
        }
    }

    /// A survey's 95 % interval (ends in percent) and its number of respondents.
    pub fn interval(&self, lo: Decimal, hi: Decimal, respondents: u32) -> String {
        let f = |d: Decimal| self.number(d, Some(2));
        msg!(self, "interval", f = f(lo), f_2 = f(hi), respondents)
    }

    /// An interval rule's end that counts instead of the point estimate.
    pub fn interval_end_counts(&self, e: super::IntervalEnd<'_>) -> String {
        let which = if e.lower {
            self.lang().text("interval-end-lower")
        } else {
            self.lang().text("interval-end-upper")
        };
        let exactness = if e.exact {
            self.lang()
                .text("interval-end-compared-exactly")
                .to_string()
        } else {
            msg!(
                self,
                "interval-end-computed-to",
                decimals = crate::domain::survey::SCORED_END_DECIMALS
            )
        };
        msg!(
            self,
            "interval-end-counts",
            point = e.point,
            interval = e.interval,
            which,
            end = self.number(e.end, Some(2)),
            exactness,
            base = e.base
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
            DataStatus::TooFewRespondents { min } => Some(msg!(
                self,
                "data-status-too-few-respondents",
                respondents = respondents.unwrap_or(0),
                min
            )),
            DataStatus::RespondentsUnknown { min } => {
                Some(msg!(self, "data-status-respondents-unknown", min))
            }
            DataStatus::OutOfRange => Some(msg!(self, "data-status-out-of-range", v)),
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
                    msg!(self, "how-threshold", v, sign, l)
                } else {
                    msg!(self, "how-threshold-not-met", v, dir = dir.worse_sign(), l)
                }
            }
            scorers::How::Steps(h) => {
                let mut s = match &h.reached {
                    Some(r) => msg!(
                        self,
                        "how-steps-reached",
                        v,
                        sign,
                        level = d(&r.level),
                        credit = d(&r.credit_percent)
                    ),
                    None => msg!(self, "how-steps-none", v),
                };
                if let Some(nx) = &h.next {
                    s.push_str(&msg!(
                        self,
                        "how-steps-next",
                        level = d(&nx.level),
                        credit = d(&nx.credit_percent)
                    ));
                }
                s
            }
            scorers::How::Linear(h) => {
                self.between(v, &h.zero_at.into(), &h.full_at.into(), credit, dir)
            }
            scorers::How::Relative(h) => msg!(
                self,
                "how-relative",
                between = self.between(v, &h.zero_at, &h.full_at, credit, dir),
                peers = h.peers
            ),
            scorers::How::AchievementOrImprovement(h) => {
                let pts = |q: &Q| self.number(q.round_dp(2), Some(2));
                let a = pts(&h.achievement_points);
                match (&h.improvement_points, &h.baseline) {
                    (Some(i), Some(b)) => msg!(
                        self,
                        "how-achievement-improvement",
                        a,
                        pts = pts(i),
                        b = n(b)
                    ),
                    (None, Some(b)) => msg!(self, "how-achievement-baseline-met", a, b = n(b)),
                    (_, None) => msg!(self, "how-achievement-no-baseline", a),
                }
            }
        }
    }

    /// A percentile as a peer level, e.g. "75:e percentilen".
    pub fn percentile(&self, p: Decimal) -> String {
        msg!(self, "percentile-as-text", p = self.number(p, None))
    }

    /// The missing-data policy that pays a share of last period's amount.
    pub fn fallback_share(&self, percent: Decimal) -> String {
        msg!(self, "fallback-share", percent = self.number(percent, None))
    }

    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_min_score(&self, m: Decimal) -> String {
        msg!(self, "prose-min-score", m = n(m, self.lang()))
    }

    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_fallback_share(&self, p: &Decimal) -> String {
        msg!(self, "prose-fallback-share", p = n(*p, self.lang()))
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
            Uncertainty::Cautious => Some(msg!(self, "prose-uncertainty-cautious", which)),
            Uncertainty::BenefitOfDoubt => {
                Some(msg!(self, "prose-uncertainty-benefit-of-doubt", which))
            }
        }
    }

    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_weight(&self, ind: &Indicator, area: Option<&Area>) -> String {
        match area {
            None => msg!(
                self,
                "prose-weight-none",
                name = ind.name,
                ind = n(ind.weight, self.lang())
            ),
            Some(a) => msg!(
                self,
                "prose-weight-some-a",
                name = ind.name,
                ind = n(ind.weight, self.lang()),
                name_2 = a.name
            ),
        }
    }

    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_min_respondents(&self, min: u32, policy: &MissingDataPolicy) -> String {
        msg!(
            self,
            "prose-min-respondents",
            min,
            policy = missing_consequence(policy, self.lang())
        )
    }

    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_payout(&self, s: &Scheme, unit: VolumeUnit) -> String {
        self.lang().say(&s.payout.base().prose(), unit)
    }

    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_cap(&self, c: Decimal) -> String {
        msg!(self, "prose-cap", c = kr(c, self.lang()))
    }

    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_missing(&self, s: &Scheme) -> String {
        msg!(
            self,
            "prose-missing",
            s = missing_consequence(&s.missing_data, self.lang())
        )
    }

    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_areas(&self, list: &[String], s: &Scheme) -> String {
        msg!(
            self,
            "prose-areas",
            list = list.join(", "),
            s = if s.missing_data == MissingDataPolicy::Renormalize {
                self.lang().text("prose-areas-missing")
            } else {
                ""
            }
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
            DeductionAmount::PercentOfCompensation(p) => msg!(
                self,
                "prose-deduction-amount-percent-of-compensation",
                p = n(*p, self.lang())
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
        msg!(
            self,
            "prose-deduction",
            name,
            worse,
            d = level(d.level, unit, self.lang()),
            amount
        )
    }

    /// A sentence of the rules in plain words (see [`prose`]).
    pub fn prose_budget(&self, b: Decimal) -> String {
        msg!(self, "prose-budget", b = kr(b, self.lang()))
    }

    /// [`FileErrorMsg::text`] in this language.
    pub fn file_error(&self, e: &FileErrorMsg) -> String {
        use FileErrorMsg::*;
        match e {
            Io(e) => msg!(self, "file-error-io", e),
            NotFound => self.lang().text("file-error-not-found").into(),
            NoPermission => self.lang().text("file-error-no-permission").into(),
            NotText => self.lang().word(Word::FileIsNotText).into(),
            MixedEncoding { byte, column } => msg!(
                self,
                "file-error-mixed-encoding",
                column,
                byte = format!("{:02X}", byte)
            ),
            NotRegularFile { kind } => msg!(
                self,
                "file-error-not-regular-file",
                special_file = self.special_file(*kind)
            ),
            LineTooLong { limit } => msg!(
                self,
                "file-error-line-too-long",
                crate = crate::words::number::group_thousands(*limit as u64, self.lang())
            ),
            TooManyColumns { found, limit } => {
                msg!(self, "file-error-too-many-columns", found, limit)
            }
            TooLarge { size, limit } => msg!(
                self,
                "file-error-too-large",
                crate = crate::words::number::group_thousands(*size, self.lang()),
                crate_2 = crate::words::number::group_thousands(*limit, self.lang())
            ),
            BadCharacter { code, position } => msg!(
                self,
                "file-error-bad-character",
                code = format!("{:04X}", code),
                position
            ),
            SurroundingSpace => self.lang().word(Word::TextBeginsOrEnds).into(),
            TooLong { length, limit } => msg!(self, "file-error-too-long", length, limit),
            Empty => self.lang().word(Word::FileIsEmpty).into(),
            MissingColumn { column, accepted } => msg!(
                self,
                "file-error-missing-column",
                column,
                accepted = accepted.join(", ")
            ),
            DuplicateColumn { column } => msg!(self, "file-error-duplicate-column", column),
            FieldCount { expected, found } => msg!(self, "file-error-field-count", expected, found),
            EmptyField => self.lang().word(Word::FieldMustNotBe).into(),
            Number(e) => msg!(self, "file-error-number", e = e.text(self.lang())),
            WholeNumber { text } => msg!(self, "file-error-whole-number", text),
            NotWholeOre { text } => msg!(self, "file-error-not-whole-ore", text),
            OutOfBounds { text, max } => msg!(
                self,
                "file-error-out-of-bounds",
                text,
                max = self.number(*max, None)
            ),
            Negative { text } => msg!(self, "file-error-negative", text),
            ServiceType { text } => msg!(self, "file-error-service-type", text),
            Regi { text } => msg!(self, "file-error-regi", text),
            Period { text } => msg!(self, "file-error-period", text),
            Conflict {
                first_line,
                first,
                found,
            } => msg!(self, "file-error-conflict", first, first_line, found),
            DuplicateRow { first_line } => msg!(self, "file-error-duplicate-row", first_line),
            OverlappingPeriod { first_line } => {
                msg!(self, "file-error-overlapping-period", first_line)
            }
            Ron(e) => self.ron_error(e),
            NewerFormat { found, supported } => {
                msg!(self, "file-error-newer-format", found, supported)
            }
            SpreadsheetBomb {
                part,
                size,
                packed,
                limit,
            } => msg!(
                self,
                "file-error-spreadsheet-bomb",
                part,
                size,
                packed,
                size_2 = size / packed,
                limit
            ),
            SpreadsheetTooLarge { total, limit } => {
                msg!(self, "file-error-spreadsheet-too-large", total, limit)
            }
            SpreadsheetStringsLie { claimed, size } => {
                msg!(self, "file-error-spreadsheet-strings-lie", claimed, size)
            }
            CellBeyondColumns { last, limit } => {
                msg!(self, "file-error-cell-beyond-columns", last, limit)
            }
            SheetTooWide { width, limit } => msg!(self, "file-error-sheet-too-wide", width, limit),
            Spreadsheet(m) => msg!(self, "file-error-spreadsheet", m),
            Encrypted => self.lang().word(Word::WorkbookIsEncryptedPassword).into(),
            FormulaWithoutValue => self.lang().word(Word::CellHasAFormula).into(),
            SheetNotFound { sheet, available } => msg!(
                self,
                "file-error-sheet-not-found",
                sheet,
                available = available.join(", ")
            ),
            Json(m) => msg!(self, "file-error-json", m),
            UnknownId { kind, id } => msg!(self, "file-error-unknown-id", kind, id),
            MappedTwice { key } => msg!(self, "file-error-mapped-twice", key),
            TwoTotals => self.lang().word(Word::PostHasMoreThan).into(),
            MunicipalityCode { text } => msg!(self, "file-error-municipality-code", text),
            Year { text } => msg!(self, "file-error-year", text),
            SamePost { first } => msg!(self, "file-error-same-post", first),
            KpiNotInFile { kpi, found } => msg!(self, "file-error-kpi-not-in-file", kpi, found),
            UnclosedQuote => self.lang().word(Word::QuoteIsNeverClosed).into(),
            MappingNeeded => self.lang().word(Word::KoladaDataNeedsA).into(),
            More { count } => msg!(self, "file-error-more", count),
            ChangedOnDisk(what) => self
                .lang()
                .word(match what {
                    ChangedInput::Rules => Word::RuleFileChangedOn,
                    ChangedInput::Results => Word::ResultsFileChangedOn,
                })
                .into(),
            Write(e) => msg!(self, "file-error-write", e),
            OutputIsInput { input } => msg!(self, "file-error-output-is-input", input),
            OutputTwice { other } => msg!(self, "file-error-output-twice", other),
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
            msg!(self, "at-column-number", c)
        } else {
            msg!(self, "at-column-name", c)
        }
    }

    /// [`LockError::text`] in this language.
    pub fn lock_error(&self, e: &LockError) -> String {
        match e {
            LockError::Input(m) => m.clone(),
            LockError::Rules(p) => msg!(self, "lock-error-rules", p = p.join("; ")),
            LockError::NotAnArchive(p) => {
                msg!(self, "lock-error-not-an-archive", p = p.text(self.lang()))
            }
            LockError::Refused(p) => msg!(self, "lock-error-refused", p = p.text(self.lang())),
            LockError::Write(m) => msg!(self, "lock-error-write", m),
        }
    }

    /// [`ArchiveProblem::text`] in this language.
    pub fn archive_problem(&self, e: &ArchiveProblem) -> String {
        use ArchiveProblem::*;
        match e {
            NotZip(e) => msg!(self, "archive-problem-not-zip", e),
            TooManyMembers { found } => {
                msg!(self, "archive-problem-too-many-members", found, MAX_MEMBERS)
            }
            TooLarge { total } => msg!(self, "archive-problem-too-large", total, MAX_TOTAL_BYTES),
            Packed { name, size, packed } => msg!(
                self,
                "archive-problem-packed",
                name,
                size,
                packed,
                MAX_RATIO
            ),
            ManifestTooLarge { size } => msg!(
                self,
                "archive-problem-manifest-too-large",
                MANIFEST,
                size,
                MAX_MANIFEST_BYTES
            ),
            Unreadable { name, why } => msg!(self, "archive-problem-unreadable", name, why),
            LargerThanDeclared { name } => msg!(self, "archive-problem-larger-than-declared", name),
            Twice { name } => msg!(self, "archive-problem-twice", name),
            NoManifest => msg!(self, "archive-problem-no-manifest", MANIFEST),
            BadManifest(e) => msg!(self, "archive-problem-bad-manifest", MANIFEST, e),
            WrongFormat { found } => msg!(
                self,
                "archive-problem-wrong-format",
                MANIFEST,
                found,
                FORMAT
            ),
            NewerFormat { found } => {
                msg!(self, "archive-problem-newer-format", found, FORMAT_VERSION)
            }
            NoInputs => msg!(self, "archive-problem-no-inputs", MANIFEST),
            UnsafeName { name, why } => {
                let why = match why {
                    NameProblem::NotUtf8 => {
                        self.lang().text("archive-problem-not-utf8").to_string()
                    }
                    NameProblem::BadCharacter { code, position } => msg!(
                        self,
                        "archive-problem-bad-character",
                        code = format!("{:04X}", code),
                        position
                    ),
                    NameProblem::TooLong { length } => msg!(
                        self,
                        "archive-problem-too-long",
                        length,
                        MAX_MEMBER_NAME_CHARS
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
                msg!(self, "archive-problem-name-with-reason", name, why)
            }
            SameName { name, other } => msg!(self, "archive-problem-same-name", name, other),
            NotAFile { name } => msg!(self, "archive-problem-not-a-file", name),
            MemberTooLarge { name, size, limit } => {
                msg!(self, "archive-problem-member-too-large", name, size, limit)
            }
            BadLanguage { found } => msg!(self, "archive-problem-bad-language", MANIFEST, found),
            BadText { field, why } => match why {
                TextProblem::BadCharacter { code, position } => msg!(
                    self,
                    "archive-problem-manifest-bad-character",
                    field,
                    MANIFEST,
                    code = format!("{:04X}", code),
                    position
                ),
                TextProblem::TooLong { length, limit } => msg!(
                    self,
                    "archive-problem-manifest-too-long",
                    field,
                    MANIFEST,
                    length,
                    limit
                ),
            },
            Inconsistent(why) => msg!(self, "archive-problem-inconsistent", why),
            ListedTwice { name } => msg!(self, "archive-problem-listed-twice", name),
            RoleTwice { name, other } => {
                msg!(self, "archive-problem-role-twice", name, other, MANIFEST)
            }
        }
    }

    /// [`Finding::text`] in this language.
    pub fn finding(&self, e: &Finding) -> String {
        match e {
            Finding::Missing { name } => msg!(self, "finding-missing", name),
            Finding::NotListed { name } => msg!(self, "finding-not-listed", name),
            Finding::Changed { name } => msg!(self, "finding-changed", name),
            Finding::Differs { name } => msg!(self, "finding-differs", name),
            Finding::Unusable { message } => message.clone(),
        }
    }

    /// The header of the correction CSV (see `io::locked::correction_csv`).
    pub fn correction_csv_header(&self) -> [&'static str; 8] {
        columns(self.lang().text("correction-csv-header"))
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
            msg!(self, "cli-decide-rules-share-no-provider", rules_a, rules_b)
        } else {
            msg!(
                self,
                "cli-decide-rules-share-no-service-type",
                rules_a,
                rules_b,
                a,
                b
            )
        }
    }

    /// Why a rule file is not valid RON (custom messages of our own types are bilingual).
    pub fn ron_error(&self, e: &ron::Error) -> String {
        use ron::Error as E;
        let list = |v: &[&str]| {
            v.iter()
                .map(|s| msg!(self, "ron-error-quoted", s))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match e {
            E::MissingStructField { field, outer } => msg!(
                self,
                "ron-error-missing-struct-field",
                field,
                outer = outer
                    .as_deref()
                    .unwrap_or(self.lang().text("ron-error-outer-missing-field"))
            ),
            E::NoSuchStructField {
                expected,
                found,
                outer,
            } => msg!(
                self,
                "ron-error-no-such-struct-field",
                found,
                outer = outer
                    .as_deref()
                    .unwrap_or(self.lang().text("ron-error-outer-unknown-field")),
                list = list(expected)
            ),
            E::NoSuchEnumVariant {
                expected,
                found,
                outer,
            } => msg!(
                self,
                "ron-error-no-such-enum-variant",
                found,
                outer = outer
                    .as_deref()
                    .unwrap_or(self.lang().text("ron-error-outer-unknown-variant")),
                list = list(expected)
            ),
            E::DuplicateStructField { field, .. } => {
                msg!(self, "ron-error-duplicate-struct-field", field)
            }
            E::Eof => self.lang().word(Word::FileEndsTooEarly).into(),
            E::InvalidValueForType { expected, found } if expected == serde_decimal::EXPECTING => {
                msg!(self, "ron-error-expecting", found)
            }
            E::Message(m) if m == serde_decimal::TOO_LARGE => {
                self.lang().text("ron-error-too-large").into()
            }
            E::Message(m) if m == serde_decimal::NOT_FINITE => {
                self.lang().text("ron-error-not-finite").into()
            }
            E::Message(m) => m.clone(),
            other => match ron_expected(other) {
                Some(what) => msg!(self, "ron-error-expected", what),
                None => msg!(self, "ron-error-other", other),
            },
        }
    }

    /// The header of the comparison export.
    pub fn compare_csv_header(&self) -> [&'static str; 9] {
        columns(self.lang().text("compare-csv-header"))
    }

    /// The report's line on a scheme's budget: what is left, or how far over it the kvalitetspeng goes.
    pub fn report_budget(&self, budget: &str, gross: &str, left: &str, over: bool) -> String {
        msg!(
            self,
            "report-budget",
            budget,
            gross,
            left,
            over = if over {
                self.lang().text("report-budget-over")
            } else {
                self.lang().text("report-budget-left")
            }
        )
    }

    /// The button that adds a scheme for a service type.
    pub fn editor_add_scheme(&self, st: ServiceType) -> String {
        msg!(
            self,
            "editor-add-scheme",
            st = st.label(self.lang()).to_lowercase()
        )
    }

    /// The sum of an editor's weights.
    pub fn editor_weight_sum(&self, sum: Decimal) -> String {
        msg!(
            self,
            "editor-weight-sum",
            sum = self.number(sum.normalize(), None)
        )
    }

    /// The sum of the weights inside an area.
    pub fn editor_weight_sum_inside(&self, inside: Decimal) -> String {
        msg!(
            self,
            "editor-weight-sum-inside",
            inside = self.number(inside.normalize(), None)
        )
    }

    /// How many providers gain, lose or keep their amount in a comparison.
    pub fn decide_gains_and_losses(&self, c: &Comparison) -> String {
        msg!(
            self,
            "decide-gains-and-losses",
            gains = c.gains,
            loses = c.loses,
            unchanged = c.unchanged,
            only_in = if c.only_in_a + c.only_in_b > 0 {
                msg!(
                    self,
                    "decide-gains-and-losses-only-in",
                    only_in_a = c.only_in_a,
                    only_in_b = c.only_in_b
                )
            } else {
                String::new()
            }
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
            Some(o) => msg!(self, "cli-within-budget-some-o", o, level, total),
            None => msg!(self, "cli-within-budget-none", level, total),
        }
    }

    /// The notice that a locked run was opened: verified, or with what does not match.
    pub fn opened_locked_run(&self, name: &str, findings: Option<&str>) -> String {
        match findings {
            None => msg!(self, "opened-locked-run-none", name),
            Some(f) => msg!(self, "opened-locked-run-some-f", name, f),
        }
    }

    /// An import warning (without its place).
    pub fn import_warning(&self, k: &ImportWarningKind) -> String {
        match k {
            ImportWarningKind::NoTotal { ou, kpi } => {
                msg!(self, "import-warning-no-total", ou, kpi)
            }
            ImportWarningKind::Status { ou, kpi, status } => {
                msg!(self, "import-warning-status", ou, kpi, status)
            }
            ImportWarningKind::NullValue { ou, kpi } => {
                msg!(self, "import-warning-null-value", ou, kpi)
            }
            ImportWarningKind::UnknownKpi { kpi, posts } => {
                msg!(self, "import-warning-unknown-kpi", kpi, posts)
            }
        }
    }

    /// Why an output could not be written, without what became of the outputs.
    pub fn output_problem(&self, p: &OutputProblem) -> String {
        use OutputProblem::*;
        match p {
            Symlink(path) => msg!(
                self,
                "output-problem-symlink",
                words = self.lang().words().symlink_refused(path)
            ),
            NotRegular(kind) => msg!(
                self,
                "output-problem-not-regular",
                special_file = self.special_file(*kind)
            ),
            NameTooLong { length, limit } => {
                msg!(self, "output-problem-name-too-long", length, limit)
            }
            NoFolder(dir) => msg!(self, "output-problem-no-folder", dir),
            FolderNotWritable(dir) => msg!(self, "output-problem-folder-not-writable", dir),
            Io(e) => msg!(self, "output-problem-io", e),
        }
    }

    /// What a failed write of `written` + `not_written` (file names) left: nothing written,
    /// or which files hold their new contents and which are as they were.
    pub fn write_outcome(&self, written: &[String], not_written: &[String]) -> String {
        match (written, not_written) {
            ([], [_]) | ([], []) => self.lang().text("write-outcome").into(),
            ([], all) => msg!(self, "write-outcome-all", all = all.join(", ")),
            (done, []) => msg!(self, "write-outcome-done", done = done.join(", ")),
            (done, left) => msg!(
                self,
                "write-outcome-done-left",
                done = done.join(", "),
                left = left.join(", ")
            ),
        }
    }

    /// Where `v` lies between the two levels (linear and relative scoring).
    fn between(&self, v: &str, zero_at: &Q, full_at: &Q, credit: &Q, dir: Direction) -> String {
        let n = |q: &Q| num(q, 2, self.lang());
        if *credit == Q::ONE {
            msg!(
                self,
                "between",
                v,
                dir = dir.at_or_beyond_sign(),
                full_at = n(full_at)
            )
        } else if credit.is_zero() {
            msg!(
                self,
                "between-none",
                v,
                zero_at = n(zero_at),
                full_at = n(full_at)
            )
        } else {
            msg!(
                self,
                "between-part",
                v,
                zero_at = n(zero_at),
                full_at = n(full_at),
                credit = pct(credit, self.lang())
            )
        }
    }
}

/// The columns of a header message, separated by `;`; a language file with another number of
/// columns is a slip the tests catch (missing columns are empty).
fn columns<const N: usize>(header: &'static str) -> [&'static str; N] {
    let mut out = [""; N];
    let mut names = header.split(';');
    for column in &mut out {
        *column = names.next().unwrap_or_default();
    }
    debug_assert!(names.next().is_none(), "more columns than {N}: {header}");
    out
}

/// The kind of a RON syntax error that expected a mark or a kind of value, as the language
/// files' `ron-error-expected` chooses by it (its English text must not reach the reader).
fn ron_expected(e: &ron::Error) -> Option<&'static str> {
    use ron::Error as E;
    Some(match e {
        E::ExpectedComma => "comma",
        E::ExpectedArray => "array",
        E::ExpectedArrayEnd => "array-end",
        E::ExpectedBoolean => "boolean",
        E::ExpectedFloat => "float",
        E::ExpectedInteger => "integer",
        E::ExpectedMap => "map",
        E::ExpectedMapColon => "map-colon",
        E::ExpectedMapEnd => "map-end",
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => "struct",
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => "paren-end",
        E::ExpectedString => "string",
        E::ExpectedStringEnd => "string-end",
        E::ExpectedIdentifier => "identifier",
        E::ExpectedOption => "option",
        E::ExpectedUnit => "unit",
        E::ExpectedChar => "char",
        _ => return None,
    })
}
