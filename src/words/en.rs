//! English: every English text of the program.

use std::fmt::Display;

use rust_decimal::Decimal;

use super::prose::{at_least, kr, level, missing_consequence, n, or_worse, peer_level};
use super::scorers::{num, pct};
use super::{Lang, Word, Words, exact_text, is_column_number, score_text};
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

/// This file's language, for the texts that word others (a label inside a message).
const LANG: Lang = Lang::En;

/// The English texts.
pub(super) struct En;

impl Words for En {
    fn lang(&self) -> Lang {
        LANG
    }

    fn number(&self, d: Decimal, dp: Option<u32>) -> String {
        // One formatting routine for both languages, with this one's signs.
        format_number_with(d, dp, Some(','), '.')
    }

    fn number_error(&self, e: &ParseNumberError) -> String {
        match e {
            ParseNumberError::Empty => "empty value".into(),
            ParseNumberError::NotANumber(s) => format!("“{s}” is not a number"),
            ParseNumberError::Ambiguous(s) => format!("“{s}” is ambiguous: both point and comma"),
            ParseNumberError::TooLarge(s) => format!("“{s}” is too large"),
        }
    }

    fn period_error(&self, e: &PeriodError) -> String {
        format!(
            "“{}” is not a period (expected YYYY, YYYY-H1, YYYY-Q1 or YYYY-MM)",
            e.0
        )
    }

    fn problem(&self, m: &ProblemMsg) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        use ProblemMsg::*;
        match m {
            NewerFormat { found } => format!(
                "the rule file has format {found}; this version reads format {FORMAT_VERSION}: update the program"
            ),
            BadPeriod { text } => {
                format!("“{text}” is not a period (YYYY, YYYY-H1, YYYY-Q1 or YYYY-MM)")
            }
            NoSchemes => LANG.word(Word::RuleSetHasNo).into(),
            DuplicateScheme => LANG.word(Word::ServiceTypeHasMore).into(),
            NoIndicators => LANG.word(Word::SchemeHasNoIndicators).into(),
            EmptyId => LANG.word(Word::IndicatorHasNoId).into(),
            DuplicateId => LANG.word(Word::IdIsUsedBy).into(),
            EmptyName => LANG.word(Word::IndicatorHasNoName).into(),
            NegativeWeight => LANG.word(Word::WeightMustNotBe).into(),
            WeightsNotHundred { sum } => {
                format!("the weights sum to {} %, must be 100 %", n(sum))
            }
            LowerAboveUpper { lower, upper } => format!(
                "the lower level {} must be below the upper level {}",
                n(lower),
                n(upper)
            ),
            BadText(TextProblem::BadCharacter { code, position }) => {
                format!(
                    "character U+{code:04X} at position {position} is not allowed (a control or invisible character, or a space other than the ordinary one); remove it"
                )
            }
            BadText(TextProblem::TooLong { length, limit }) => {
                format!("the text is {length} characters long; at most {limit} are allowed")
            }
            NotWholeOre { value } => format!(
                "the amount {} has fractions of an öre; give it in whole öre (at most two decimals)",
                n(value)
            ),
            OutOfBounds { value, max } => format!(
                "{} is outside the allowed range (at most {} in size)",
                n(value),
                n(max)
            ),
            PercentOutOfRange { value } => {
                format!("the level {} is outside 0–100 %", n(value))
            }
            NoSteps => LANG.word(Word::StepsScoringHasNo).into(),
            StepCreditOutOfRange { credit } => {
                format!("the step credit {} % is outside 0–100 %", n(credit))
            }
            StepCreditsNotRising => LANG.word(Word::HarderStepMustGive).into(),
            DuplicateStepLevel { level } => {
                format!("the level {} appears in more than one step", n(level))
            }
            PercentileOutOfRange { value } => {
                format!("the percentile {} is outside 0–100", n(value))
            }
            RelativeStartNotBelowFull => LANG.word(Word::StartLevelMustBe).into(),
            ThresholdNotWorseThanBenchmark => LANG.word(Word::ThresholdMustBeWorse).into(),
            BadBaselinePeriod { text } => format!(
                "the baseline period “{text}” is not a period (YYYY, YYYY-H1, YYYY-Q1 or YYYY-MM)"
            ),
            BaselineIsPeriod => LANG.word(Word::BaselinePeriodMustNot).into(),
            PotNotPositive => LANG.word(Word::PotMustBeMore).into(),
            PotWithoutKey => LANG.word(Word::PotHasNoSharing).into(),
            NegativeRate => LANG.word(Word::AmountPerVolumeUnit).into(),
            CompensationPercentOutOfRange => LANG.word(Word::PercentageMustBeBetween).into(),
            NegativeCap => LANG.word(Word::CapMustNotBe).into(),
            MinScoreOutOfRange => LANG.word(Word::MinimumScoreMustBe).into(),
            FallbackOutOfRange => LANG.word(Word::FallbackShareMustBe).into(),
            ZeroMinRespondents => LANG.word(Word::MinimumOf0Respondents).into(),
            UnknownArea { id } => {
                format!("the area “{id}” is not in the scheme")
            }
            NoArea => LANG.word(Word::SchemeHasAreasGive).into(),
            AreaWithoutAreas => LANG.word(Word::IndicatorNamesAnArea).into(),
            EmptyAreaId => LANG.word(Word::AreaHasNoId).into(),
            DuplicateArea => LANG.word(Word::TwoAreasHaveThe).into(),
            AreaWithoutIndicators => LANG.word(Word::AreaHasNoIndicators).into(),
            AreaWeightsNotHundred { sum } => {
                format!("the area weights sum to {} %, must be 100 %", n(sum))
            }
            WeightsInAreaNotHundred { area, sum } => format!(
                "the weights inside the area “{area}” sum to {} %, must be 100 %",
                n(sum)
            ),
            DeductionUnknownIndicator { id } => {
                format!("the deduction is for the indicator “{id}”, which is not in the scheme")
            }
            DeductionPercentOutOfRange => LANG.word(Word::DeductionsPercentageMustBe).into(),
            DeductionNotPositive => LANG.word(Word::DeductionsAmountMustBe).into(),
            WithholdPercentOutOfRange => LANG.word(Word::ShareWithheldMustBe).into(),
            PaybackPercentOutOfRange => LANG.word(Word::SharePaidBackMust).into(),
            FallbackWithWithhold => LANG.word(Word::FallbackRuleShareOf).into(),
            TooMany { what, found, limit } => format!(
                "{found} {}, at most {limit} are allowed",
                match what {
                    Counted::Indicators => "indicators",
                    Counted::Steps => "steps",
                    Counted::Areas => "areas",
                    Counted::Deductions => "deductions",
                }
            ),
            UncertaintyNeedsShare => LANG.word(Word::ConfidenceIntervalAppliesOnly).into(),
        }
    }

    fn param_error(&self, e: &ParamError) -> String {
        match e {
            ParamError::Syntax { path } => format!(
                "the parameter “{path}” cannot be read; write e.g. hemtjanst.rate, hemtjanst.ht_helhet.level or sabo.sb_smarta.weight"
            ),
            ParamError::NoScheme { path } => {
                format!("the parameter “{path}”: the rules have no scheme for that service type")
            }
            ParamError::NoIndicator { path, id } => {
                format!("the parameter “{path}”: the scheme has no indicator “{id}”")
            }
            ParamError::NotForScoring { path } => {
                format!("the parameter “{path}” does not exist for the indicator's scoring")
            }
            ParamError::BadValue { path, value } => {
                format!("the value {value} cannot be used for “{path}”")
            }
        }
    }

    fn solve_error(&self, e: &SolveError) -> String {
        let kr = |d: &Decimal| self.number(*d, Some(2));
        match e {
                SolveError::NoScheme(st) => {
                    format!("the rules have no scheme for {}", st.label(LANG))
                }
                SolveError::Invalid(p) => format!(
                    "the rules have errors: {}",
                    p.iter().map(|p| p.text(LANG)).collect::<Vec<_>>().join("; ")
                ),
                SolveError::Param(p) => p.text(LANG),
                SolveError::Pot => "the scheme pays from a pot: its total is the pot, there is no rate to solve for (change the pot's amount instead)".into(),
                SolveError::Withhold => "the scheme withholds and pays back: its total is the share of the withheld amount paid back, there is no rate to solve for".into(),
                SolveError::NegativeBudget(b) => format!("the budget must not be negative, got {}", kr(b)),
                SolveError::BelowFixed { fixed } => format!(
                    "the fallback rule's amounts alone ({} kr) are over the budget, whatever the rate",
                    kr(fixed)
                ),
                SolveError::NothingToScale => "no provider's payout depends on the rate (nobody qualifies, or volumes/compensation are zero)".into(),
                SolveError::AboveHighestRate { rate, total } => format!(
                    "even the highest allowed rate ({}) costs only {} kr, within the budget",
                    self.number(*rate, None),
                    kr(total)
                ),
                SolveError::Unbounded { total } => format!(
                    "every provider reaches the cap: the total is at most {} kr and within the budget at any rate",
                    kr(total)
                ),
        }
    }

    fn sweep_error(&self, e: &SweepError) -> String {
        match e {
            SweepError::Param(p) => p.text(LANG),
            SweepError::Steps { steps } => {
                format!("the number of steps must be 2–{MAX_STEPS}, got {steps}")
            }
            SweepError::Range => "from and to must differ".into(),
        }
    }

    fn warning(&self, e: &Warning) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        match e {
            Warning::UnknownIndicator {
                id,
                rows,
                first_line,
            } => format!(
                "the indicator “{id}” is not in the rules: {rows} rows ignored (first on line {first_line})"
            ),

            Warning::NoScheme {
                provider_id,
                service_type,
            } => format!(
                "the provider {provider_id} ({}) has no scheme in the rules and gets nothing",
                service_type.label(LANG)
            ),
            Warning::NoResultsInPeriod { period } => {
                format!("no results for the period {period}")
            }
            Warning::MissingCompensation { provider_id } => {
                format!("the provider {provider_id} has no ordinary compensation: gets 0 kr")
            }
            Warning::MissingPreviousPayout { provider_id } => format!(
                "the provider {provider_id} has no previous payout: the fallback gives 0 kr"
            ),

            Warning::ValueOutOfRange {
                provider_id,
                indicator_id,
                value,
                line,
            } => format!(
                "line {line}: {provider_id} / {indicator_id}: the value {} is impossible and counts as missing",
                num(value, 4, LANG)
            ),

            Warning::PotNotFullyPaid {
                service_type,
                unpaid,
            } => format!(
                "{}: {} kr of the pot is not paid (nobody qualifies or all reach the cap)",
                service_type.label(LANG),
                n2(unpaid)
            ),
            Warning::FallbackExceedsPot { service_type } => format!(
                "{}: the fallback amounts exceed the pot and were scaled down",
                service_type.label(LANG)
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
                    list.push_str(&format!(" and {} more", count - providers.len()));
                }
                let l = self.number(*level, None);
                format!(
                    "{} / {indicator_id}: {count} providers have a 95 % confidence interval that straddles the level {l}, so sampling noise decides which side they fall on: {list}",
                    service_type.label(LANG),
                )
            }
            Warning::DeductionWithoutCompensation { provider_id } => format!(
                "the provider {provider_id} has no ordinary compensation: the percentage deduction is 0 kr"
            ),
        }
    }

    fn payout_status(&self, e: &PayoutStatus) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        match e {
            PayoutStatus::Paid => LANG.word(Word::Qualifies).into(),
            PayoutStatus::ZeroScore => LANG.word(Word::NoScore).into(),
            PayoutStatus::BelowMinimumScore { min_percent } => {
                format!("below minimum score {} %", n(min_percent))
            }
            PayoutStatus::NotAllIndicatorsMet => LANG.word(Word::NotAllIndicatorsMet).into(),
            PayoutStatus::Fallback { percent, .. } => {
                format!("fallback: {} % of last period's amount", n(percent))
            }
        }
    }

    fn scheme_basis(&self, e: &SchemeBasis, unit: VolumeUnit) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        let n = |d: &Decimal| self.number(*d, None);
        match e {
            SchemeBasis::Pot { amount, key } => {
                format!("pot {} kr, {}", n2(amount), key.label(LANG))
            }
            SchemeBasis::PerVolumeUnit { kr_per_unit } => {
                format!(
                    "{} kr per {} × {}",
                    n2(kr_per_unit),
                    unit.singular(LANG),
                    LANG.word(Word::Score)
                )
            }
            SchemeBasis::PercentOfCompensation { percent } => {
                format!("{} % of ordinary compensation × score", n(percent))
            }

            SchemeBasis::Withhold {
                withhold_percent,
                payback_percent,
            } => format!(
                "{} % of ordinary compensation withheld, {} % paid back by withheld × score",
                n(withhold_percent),
                n(payback_percent)
            ),
        }
    }

    fn adjustments(&self, e: &SchemeSummary) -> String {
        let kr = |d: &Decimal| format!("{} kr", self.number(*d, Some(2)));
        format!(
            "kvalitetspeng {} − withheld {} − deductions {}",
            kr(&e.gross_total),
            kr(&e.withheld_total),
            kr(&e.deducted_total)
        )
    }

    fn withheld_row(&self, withhold_percent: &Decimal, compensation: &Option<Decimal>) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        let n = |d: &Decimal| self.number(*d, None);
        match compensation {
            Some(c) => format!(
                "withheld, {} % of ordinary compensation {} kr",
                n(withhold_percent),
                n2(c)
            ),
            None => LANG
                .word(Word::WithheldOrdinaryCompensationMissing)
                .to_string(),
        }
    }

    fn payout_basis(&self, e: &ProviderResult) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        let n = |d: &Decimal| self.number(round_display(*d, 4).normalize(), None);
        let score = score_text(&e.score, LANG);
        let unit = e.volume_unit.singular(LANG);
        let gross = &e.gross;
        match &e.basis {
            ProviderBasis::None => {
                format!("{}: {} kr", e.status.text(LANG), n2(&Decimal::ZERO))
            }

            ProviderBasis::Withhold {
                payback,
                weight,
                total_weight,
                ..
            } => format!(
                "paid back: share {} of {} (withheld × score) of {} kr = {} kr",
                exact_text(weight, LANG),
                exact_text(total_weight, LANG),
                n2(payback),
                n2(gross)
            ),
            ProviderBasis::PerVolumeUnit { kr_per_unit } => format!(
                "score {score} × {} kr per {unit} × {} = {} kr",
                n2(kr_per_unit),
                n(&e.volume),
                n2(gross)
            ),

            ProviderBasis::PercentOfCompensation {
                percent,
                compensation,
            } => match compensation {
                Some(c) => format!(
                    "{} {score} × {} % × {} kr = {} kr",
                    LANG.word(Word::Score),
                    n(percent),
                    n2(c),
                    n2(gross)
                ),
                None => LANG.word(Word::OrdinaryCompensationMissing0).into(),
            },

            ProviderBasis::Pot {
                shared,
                key,
                weight,
                total_weight,
                ..
            } => format!(
                "share {} of {} ({}) of {} kr = {} kr",
                exact_text(weight, LANG),
                exact_text(total_weight, LANG),
                key.label(LANG),
                n2(shared),
                n2(gross)
            ),

            ProviderBasis::Fallback {
                percent,
                previous_payout,
            } => match previous_payout {
                Some(p) => format!(
                    "{}: {} % × {} kr = {} kr",
                    LANG.word(Word::Fallback),
                    n(percent),
                    n2(p),
                    n2(gross)
                ),
                None => LANG.word(Word::FallbackButLastPeriods).into(),
            },
        }
    }

    fn capped(&self, cap: &Decimal) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        format!(" (limited by the cap {} kr)", n2(cap))
    }

    fn net_note(&self, net: &Decimal) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        format!("; net {} kr", n2(net))
    }

    fn deduction_amount(&self, rule: &DeductionAmount) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        match rule {
            DeductionAmount::PercentOfCompensation(p) => {
                format!("{} % of ordinary compensation", n(p))
            }
            DeductionAmount::Fixed(a) => {
                format!("{} kr", self.number(*a, Some(2)))
            }
        }
    }

    fn deduction(&self, e: &DeductionResult, value: &str) -> String {
        let level = self.number(e.level, None);
        let rule = self.deduction_amount(&e.amount_rule);
        if e.applied {
            format!(
                "deduction: {} {value} {} {}: {rule}",
                e.indicator_name,
                e.direction.worse_sign(),
                level
            )
        } else if let Some(status) = e.missing {
            let why = match self.data_status(status, e.respondents, value) {
                Some(why) if status != DataStatus::Missing => format!(" counts as missing ({why})"),
                _ => format!(" {}", LANG.word(Word::Missing)),
            };
            let shown = if status == DataStatus::Missing {
                ""
            } else {
                value
            };
            format!(
                "no deduction: {} {shown}{why}; a missing result deducts nothing",
                e.indicator_name
            )
        } else {
            format!(
                "no deduction: {} {value}, deducted if worse than {}",
                e.indicator_name, level
            )
        }
    }

    fn interval(&self, lo: Decimal, hi: Decimal, respondents: u32) -> String {
        let f = |d: Decimal| self.number(d, Some(2));
        format!("95 % CI {}–{} %, n = {respondents}", f(lo), f(hi))
    }

    fn interval_end_counts(&self, e: super::IntervalEnd<'_>) -> String {
        let which = if e.lower {
            "the lower bound"
        } else {
            "the upper bound"
        };
        let exactness = if e.exact {
            "compared exactly".to_string()
        } else {
            format!(
                "computed to {} decimals",
                crate::domain::survey::SCORED_END_DECIMALS
            )
        };
        format!(
            "{} % ({}); {which} {} % counts ({exactness}): {}",
            e.point,
            e.interval,
            self.number(e.end, Some(2)),
            e.base
        )
    }

    fn data_status(&self, status: DataStatus, respondents: Option<u32>, v: &str) -> Option<String> {
        match status {
            DataStatus::Ok => None,
            DataStatus::Missing => Some(LANG.word(Word::ResultMissing).to_string()),
            DataStatus::TooFewRespondents { min } => Some(format!(
                "{} respondents, at least {min} required",
                respondents.unwrap_or(0)
            )),
            DataStatus::RespondentsUnknown { min } => Some(format!(
                "number of respondents missing, at least {min} required"
            )),
            DataStatus::OutOfRange => Some(format!("the value {v} is outside the possible range")),
            DataStatus::NoRespondents => Some(
                "number of respondents missing or 0, and the interval rule needs respondents"
                    .into(),
            ),
            DataStatus::NoPeers => Some(LANG.word(Word::NoPeerResults).to_string()),
        }
    }

    fn how(&self, how: &scorers::How, v: &str, credit: &Q, dir: Direction) -> String {
        let n = |q: &Q| num(q, 2, LANG);
        let d = |d: &Decimal| num(&(*d).into(), 2, LANG);
        let sign = dir.at_or_beyond_sign();
        match how {
            scorers::How::Threshold(h) => {
                let l = d(&h.level);
                if h.met {
                    format!("{v} {sign} {l}: met")
                } else {
                    format!("{v} {} {l}: not met", dir.worse_sign())
                }
            }
            scorers::How::Steps(h) => {
                let mut s = match &h.reached {
                    Some(r) => format!(
                        "{v} {sign} {}: the step gives {} %",
                        d(&r.level),
                        d(&r.credit_percent)
                    ),
                    None => format!("{v}: no step reached"),
                };
                if let Some(nx) = &h.next {
                    s.push_str(&format!(
                        " (next step {} gives {} %)",
                        d(&nx.level),
                        d(&nx.credit_percent)
                    ));
                }
                s
            }
            scorers::How::Linear(h) => {
                self.between(v, &h.zero_at.into(), &h.full_at.into(), credit, dir)
            }
            scorers::How::Relative(h) => format!(
                "{}; levels from {} peer providers",
                self.between(v, &h.zero_at, &h.full_at, credit, dir),
                h.peers
            ),
            scorers::How::AchievementOrImprovement(h) => {
                let pts = |q: &Q| self.number(q.round_dp(2), Some(2));
                let a = pts(&h.achievement_points);
                match (&h.improvement_points, &h.baseline) {
                    (Some(i), Some(b)) => format!(
                        "achievement {a} of 10, improvement {} of 9 (from {}); the higher counts",
                        pts(i),
                        n(b)
                    ),
                    (None, Some(b)) => format!(
                        "achievement {a} of 10; the baseline {} already meets the benchmark",
                        n(b)
                    ),
                    (_, None) => format!("achievement {a} of 10; no baseline for improvement"),
                }
            }
        }
    }

    fn percentile(&self, p: Decimal) -> String {
        format!("{}th percentile", self.number(p, None))
    }

    fn fallback_share(&self, percent: Decimal) -> String {
        format!("{} % of last period's amount", self.number(percent, None))
    }

    fn prose_min_score(&self, m: Decimal) -> String {
        format!(
            "A score of at least {} % is required to be paid.",
            n(m, LANG)
        )
    }

    fn prose_threshold(&self, l: &Decimal, u: Unit, dir: Direction) -> String {
        format!(
            "Full credit when {} {}, otherwise none.",
            at_least(dir, LANG),
            level(*l, u, LANG)
        )
    }

    fn prose_step(&self, s: &Step, u: Unit, dir: Direction) -> String {
        format!(
            "{} {} gives {} %",
            at_least(dir, LANG),
            level(s.level, u, LANG),
            n(s.credit_percent, LANG)
        )
    }

    fn prose_linear(&self, full: Decimal, zero: Decimal, u: Unit, dir: Direction) -> String {
        format!(
            "Full credit when {} {}, none at {} {}, linear in between.",
            at_least(dir, LANG),
            level(full, u, LANG),
            level(zero, u, LANG),
            or_worse(dir, LANG)
        )
    }

    fn prose_relative(&self, start: &PeerLevel, full: &PeerLevel) -> String {
        format!(
            "No credit at {}, full credit at {}, linear in between (the levels come from the period's results).",
            peer_level(start, LANG),
            peer_level(full, LANG)
        )
    }

    fn prose_achievement(
        &self,
        threshold: &Decimal,
        benchmark: &Decimal,
        baseline_period: &str,
        u: Unit,
    ) -> String {
        format!(
            "The better of achievement points (0 at {}, 10 at {}) and improvement points (0–9 from the provider's own result in {baseline_period} up to {}) counts, as a share of 10.",
            level(*threshold, u, LANG),
            level(*benchmark, u, LANG),
            level(*benchmark, u, LANG)
        )
    }

    fn prose_fallback_share(&self, p: &Decimal) -> String {
        format!(
            "mean that the provider gets {} % of last period's amount instead",
            n(*p, LANG)
        )
    }

    fn prose_interval_end(&self, lower: bool) -> &'static str {
        match lower {
            true => "lower bound",
            false => "upper bound",
        }
    }

    fn prose_uncertainty(&self, ind: &Indicator, which: &str) -> Option<String> {
        match ind.uncertainty {
            Uncertainty::Estimate => None,
            Uncertainty::Cautious => Some(format!(
                "The result counts at its confidence interval's {which} (Wilson, 95 %): the level must be clearly reached, not only by the point estimate. A result without a number of respondents (or with 0) counts as missing."
            )),
            Uncertainty::BenefitOfDoubt => Some(format!(
                "The result counts at its confidence interval's {which} (Wilson, 95 %): the provider gets the benefit of the doubt. A result without a number of respondents (or with 0) counts as missing."
            )),
        }
    }

    fn prose_weight(&self, ind: &Indicator, area: Option<&Area>) -> String {
        match area {
            None => format!("{} weighs {} %.", ind.name, n(ind.weight, LANG)),
            Some(a) => format!(
                "{} weighs {} % inside the area {}.",
                ind.name,
                n(ind.weight, LANG),
                a.name
            ),
        }
    }

    fn prose_min_respondents(&self, min: u32, policy: &MissingDataPolicy) -> String {
        format!(
            " Results with fewer than {min} respondents {}.",
            missing_consequence(policy, LANG)
        )
    }

    fn prose_payout(&self, s: &Scheme, unit: VolumeUnit) -> String {
        match &s.payout {
            PayoutBase::Pot { amount, key } => format!(
                "A pot of {} is shared among the providers that qualify, {} ({}). The parts are rounded to öre so that they sum exactly to the pot.",
                kr(*amount, LANG),
                key.map_or("", |k| k.label(LANG)),
                unit.label(LANG)
            ),
            PayoutBase::PerVolumeUnit { kr_per_unit } => format!(
                "Full score pays {} per {}; the provider gets its score × the amount × its {}.",
                kr(*kr_per_unit, LANG),
                unit.singular(LANG),
                unit.label(LANG)
            ),
            PayoutBase::PercentOfCompensation { percent } => format!(
                "Full score pays {} % of the ordinary compensation; the provider gets its score × that.",
                n(*percent, LANG)
            ),

            PayoutBase::Withhold {
                withhold_percent,
                payback_percent,
            } => format!(
                "{} % of every provider's ordinary compensation is withheld. {} % of all that is withheld is paid back to the providers that qualify, in proportion to withheld × score{}. The net may be negative.",
                n(*withhold_percent, LANG),
                n(*payback_percent, LANG),
                if *payback_percent == Decimal::ONE_HUNDRED {
                    " (budget-neutral: the nets sum to zero)"
                } else {
                    ""
                }
            ),
        }
    }

    fn prose_cap(&self, c: Decimal) -> String {
        format!("No provider gets more than {}.", kr(c, LANG))
    }

    fn prose_missing(&self, s: &Scheme) -> String {
        format!(
            "Results that are missing or impossible {}.",
            missing_consequence(&s.missing_data, LANG)
        )
    }

    fn prose_areas(&self, list: &[String], s: &Scheme) -> String {
        format!(
            "The indicators are grouped in areas with their own weights: {}. An indicator's weight applies inside its area.{}",
            list.join(", "),
            if s.missing_data == MissingDataPolicy::Renormalize {
                " If an area has no results at all, its weight goes to the other areas."
            } else {
                ""
            }
        )
    }

    fn prose_worse(&self, dir: Direction) -> &'static str {
        match dir {
            Direction::HigherIsBetter => "below",
            Direction::LowerIsBetter => "above",
        }
    }

    fn prose_deduction_amount(&self, d: &Deduction) -> String {
        match &d.amount {
            DeductionAmount::PercentOfCompensation(p) => {
                format!("{} % of the ordinary compensation", n(*p, LANG))
            }
            DeductionAmount::Fixed(a) => kr(*a, LANG),
        }
    }

    fn prose_deduction(
        &self,
        name: &str,
        worse: &str,
        amount: &str,
        d: &Deduction,
        unit: Unit,
    ) -> String {
        format!(
            "Deduction: when {name} is {worse} {}, {amount} is deducted. A missing result deducts nothing.",
            level(d.level, unit, LANG)
        )
    }

    fn prose_budget(&self, b: Decimal) -> String {
        format!(
            "Budget for the kvalitetspeng: {} (before withholding and deductions).",
            kr(b, LANG)
        )
    }

    fn file_error(&self, e: &FileErrorMsg) -> String {
        use FileErrorMsg::*;
        match e {
            Io(e) => format!("could not read or write the file ({e})"),
            NotText => LANG.word(Word::FileIsNotText).into(),
            MixedEncoding { byte, column } => format!(
                "the file is UTF-8 but byte {column} of the line (0x{byte:02X}) is not valid UTF-8; the file mixes encodings – save it again as UTF-8"
            ),
            NotRegularFile { kind } => {
                format!(
                    "the path is {}, not a regular file; nothing was read",
                    self.special_file(*kind)
                )
            }
            LineTooLong { limit } => format!(
                "the line is longer than {} bytes, the program's limit for a line; the file is probably not a results file",
                crate::words::number::group_thousands(*limit as u64, LANG)
            ),
            TooManyColumns { found, limit } => {
                format!("the header has {found} columns; at most {limit} are allowed")
            }
            TooLarge { size, limit } => format!(
                "the file is {} bytes, more than the limit of {} bytes; nothing was read",
                crate::words::number::group_thousands(*size, LANG),
                crate::words::number::group_thousands(*limit, LANG)
            ),
            BadCharacter { code, position } => format!(
                "character U+{code:04X} at position {position} is not allowed; remove it (ids and names must not hold control characters or invisible ones such as zero-width and direction marks, and ids no spaces other than the ordinary space)"
            ),
            SurroundingSpace => LANG.word(Word::TextBeginsOrEnds).into(),
            TooLong { length, limit } => {
                format!("the text is {length} characters long; at most {limit} are allowed")
            }
            Empty => LANG.word(Word::FileIsEmpty).into(),
            MissingColumn { column, accepted } => format!(
                "the column “{column}” is missing (accepted headers: {})",
                accepted.join(", ")
            ),
            DuplicateColumn { column } => {
                format!("the column “{column}” appears twice")
            }
            FieldCount { expected, found } => {
                format!("expected {expected} fields like the header, found {found}")
            }
            EmptyField => LANG.word(Word::FieldMustNotBe).into(),
            Number(e) => format!("expected a number: {}", e.text(LANG)),
            WholeNumber { text } => {
                format!("expected a whole number ≥ 0, found “{text}”")
            }
            NotWholeOre { text } => format!(
                "the amount “{text}” has fractions of an öre; give it in whole öre (at most two decimals)"
            ),
            OutOfBounds { text, max } => format!(
                "the number “{text}” exceeds the program's limit of {} (in size)",
                self.number(*max, None)
            ),
            Negative { text } => {
                format!("the number must not be negative, found “{text}”")
            }
            ServiceType { text } => {
                format!("expected service type “hemtjänst” or “säbo”, found “{text}”")
            }
            Regi { text } => {
                format!("expected “egen regi” or “privat”, found “{text}”")
            }
            Period { text } => {
                format!("expected a period (YYYY, YYYY-H1, YYYY-Q1 or YYYY-MM), found “{text}”")
            }

            Conflict {
                first_line,
                first,
                found,
            } => format!("the provider has “{first}” on line {first_line} but “{found}” here"),
            DuplicateRow { first_line } => {
                format!("the same provider, indicator and period is already on line {first_line}")
            }
            OverlappingPeriod { first_line } => format!(
                "the same provider and indicator has a period on line {first_line} that overlaps this one (e.g. a whole year and one of its months); the result would count twice"
            ),
            Ron(e) => self.ron_error(e),
            NewerFormat { found, supported } => format!(
                "the rule file has format {found} from a newer version; this version reads format {supported}"
            ),
            SpreadsheetBomb {
                part,
                size,
                packed,
                limit,
            } => format!(
                "the spreadsheet could not be read: the part {part} unpacks to {size} bytes from {packed} ({}:1), far more than a real workbook (at most {limit}:1); the file is not read",
                size / packed
            ),
            SpreadsheetTooLarge { total, limit } => format!(
                "the spreadsheet could not be read: the workbook unpacks to {total} bytes, more than the limit of {limit} bytes; the file is not read"
            ),
            SpreadsheetStringsLie { claimed, size } => format!(
                "the spreadsheet could not be read: the shared-strings table claims {claimed} entries but is only {size} bytes; the file is broken or tampered with"
            ),
            CellBeyondColumns { last, limit } => format!(
                "the spreadsheet could not be read: the cell lies beyond column {last} ({limit}), further right than the program reads"
            ),
            SheetTooWide { width, limit } => format!(
                "the spreadsheet could not be read: the sheet is {width} columns wide, more than the program reads ({limit})"
            ),
            Spreadsheet(m) => format!("the spreadsheet could not be read: {m}"),
            Encrypted => LANG.word(Word::WorkbookIsEncryptedPassword).into(),
            FormulaWithoutValue => LANG.word(Word::CellHasAFormula).into(),
            SheetNotFound { sheet, available } => format!(
                "the sheet “{sheet}” does not exist (available: {})",
                available.join(", ")
            ),
            Json(m) => format!("invalid JSON: {m}"),
            UnknownId { kind, id } => {
                format!("unknown {kind} “{id}” (not in the mapping)")
            }
            MappedTwice { key } => format!(
                "“{key}” appears twice in the mapping; each ou, provider id and KPI may appear only once"
            ),
            TwoTotals => LANG.word(Word::PostHasMoreThan).into(),
            UnclosedQuote => LANG.word(Word::QuoteIsNeverClosed).into(),
            MappingNeeded => LANG.word(Word::KoladaDataNeedsA).into(),
            More { count } => format!("… and {count} more errors"),
            ChangedOnDisk(what) => LANG.word(what.word()).into(),
            Write(e) => format!("could not write the file ({e}); nothing was written"),
            OutputIsInput { input } => format!(
                "the output is the same file as the input {input} and would overwrite it; choose another name"
            ),
            OutputTwice { other } => {
                format!("the output is the same file as the output {other}; choose different names")
            }
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

    fn special_file(&self, kind: SpecialFile) -> &'static str {
        match kind {
            SpecialFile::Directory => "a folder",
            SpecialFile::Fifo => "a named pipe (FIFO)",
            SpecialFile::Device => "a device",
            SpecialFile::Socket => "a socket",
            SpecialFile::Other => "not a regular file",
        }
    }

    fn at_column(&self, c: &str) -> String {
        if is_column_number(c) {
            format!(", column {c}")
        } else {
            format!(", column “{c}”")
        }
    }

    fn lock_error(&self, e: &LockError) -> String {
        match e {
            LockError::Input(m) => m.clone(),
            LockError::Rules(p) => format!("the rules have errors: {}", p.join("; ")),
            LockError::NotAnArchive(p) => {
                format!(
                    "the file is not a readable locked run (.kvp): {}",
                    p.text(LANG)
                )
            }
            LockError::Refused(p) => format!("the run cannot be locked: {}", p.text(LANG)),
            LockError::Write(m) => format!("the archive could not be written: {m}"),
        }
    }

    fn archive_problem(&self, e: &ArchiveProblem) -> String {
        use ArchiveProblem::*;
        match e {
            NotZip(e) => format!("not a zip archive ({e})"),
            TooManyMembers { found } => {
                format!("{found} files in the archive, at most {MAX_MEMBERS} are allowed")
            }
            TooLarge { total } => format!(
                "the files would take {total} bytes unpacked, at most {MAX_TOTAL_BYTES} are allowed"
            ),
            Packed { name, size, packed } => format!(
                "{name}: {size} bytes packed in {packed}, more than {MAX_RATIO} to one (a zip bomb?)"
            ),
            ManifestTooLarge { size } => {
                format!("{MANIFEST} is {size} bytes, at most {MAX_MANIFEST_BYTES} are allowed")
            }
            Unreadable { name, why } => format!("{name} cannot be unpacked ({why})"),
            LargerThanDeclared { name } => {
                format!("{name} unpacks to more than the archive declares")
            }
            Twice { name } => format!("{name} is in the archive twice"),
            NoManifest => format!("{MANIFEST} is missing"),
            BadManifest(e) => format!("{MANIFEST} cannot be read: {e}"),
            WrongFormat { found } => {
                format!("{MANIFEST} gives the format “{found}”, expected “{FORMAT}”")
            }
            NewerFormat { found } => format!(
                "the archive has format {found}; this version reads format {FORMAT_VERSION}: update the program"
            ),
            NoInputs => {
                format!("{MANIFEST} names no rule file or no results file")
            }
            UnsafeName { name, why } => {
                let why = match why {
                    NameProblem::NotUtf8 => "the name is not stored as UTF-8 with the zip format's mark for it, so a zip tool may show another name".to_string(),
                    NameProblem::BadCharacter { code, position } => format!(
                        "the name has the character U+{code:04X} at position {position}, which is not allowed (a control or invisible character)"
                    ),
                    NameProblem::TooLong { length } => format!(
                        "the name is {length} characters long, at most {MAX_MEMBER_NAME_CHARS} are allowed"
                    ),
                    NameProblem::Absolute => "the name is an absolute path (it begins with /)".into(),
                    NameProblem::Backslash => {
                        "the name has a backslash (\\), a folder separator on Windows".into()
                    }
                    NameProblem::Colon => "the name has a colon (a drive letter such as C: or a hidden stream on Windows)".into(),
                    NameProblem::BadComponent => "the name has an empty part, “.” or “..” (it could be unpacked outside its folder)".into(),
                    NameProblem::OutsideFolders => "the name is outside indata/ and utdata/ (allowed: manifest.json, indata/<file>, utdata/<file>)".into(),
                    NameProblem::NotWindowsName => "Windows cannot make a file of this name (a device name such as CON or NUL, a dot or space at the end, or one of < > \" | ? *)".into(),
                };
                format!("{name}: {why}")
            }
            SameName { name, other } => format!(
                "{name} and {other} become one file on Windows and macOS (the names differ only in upper and lower case or in how their characters are encoded)"
            ),
            NotAFile { name } => {
                format!("{name} is not a regular file (a symbolic link, a folder or a device)")
            }
            MemberTooLarge { name, size, limit } => {
                format!("{name} is {size} bytes unpacked, at most {limit} are allowed for it")
            }
            BadLanguage { found } => {
                format!("{MANIFEST} gives the language “{found}”, expected “sv” or “en”")
            }
            BadText { field, why } => match why {
                TextProblem::BadCharacter { code, position } => format!(
                    "{field} in {MANIFEST}: the character U+{code:04X} at position {position} is not allowed (a control or invisible character)"
                ),
                TextProblem::TooLong { length, limit } => format!(
                    "{field} in {MANIFEST}: the text is {length} characters long; at most {limit} are allowed"
                ),
            },
            Inconsistent(why) => format!(
                "the archive holds files its directory does not list, or that overlap ({why})"
            ),
            ListedTwice { name } => {
                format!("two files are named {name} (upper and lower case count as the same)")
            }
            RoleTwice { name, other } => {
                format!(
                    "{name} has the same role as {other} in {MANIFEST} (a run has one file of each kind)"
                )
            }
        }
    }

    fn finding(&self, e: &Finding) -> String {
        match e {
            Finding::Missing { name } => {
                format!("{name} is in the manifest but missing from the archive")
            }
            Finding::NotListed { name } => {
                format!("{name} is in the archive but not in the manifest")
            }
            Finding::Changed { name } => {
                format!("{name} was changed: its SHA-256 does not match the manifest")
            }
            Finding::Differs { name } => {
                format!("{name} does not match a new calculation from the archived inputs")
            }
            Finding::Unusable { message } => message.clone(),
        }
    }

    fn correction_csv_header(&self) -> [&'static str; 8] {
        [
            "provider_id",
            "provider_name",
            "indicator",
            "value_before",
            "value_after",
            "kr_before",
            "kr_after",
            "change_kr",
        ]
    }

    // ui::table

    fn cli_decide_rules_share_no_provider(
        &self,
        rules_a: &dyn Display,
        rules_b: &dyn Display,
        shared: bool,
        a: &str,
        b: &str,
    ) -> String {
        if shared {
            format!(
                "the rule files {rules_a} and {rules_b} compute no provider in common; the comparison would only show everyone as new"
            )
        } else {
            format!(
                "the rule files {rules_a} and {rules_b} share no service type ({rules_a}: {a}; {rules_b}: {b}); the comparison would only show everyone as new"
            )
        }
    }

    fn ron_error(&self, e: &ron::Error) -> String {
        use ron::Error as E;
        let list = |v: &[&str]| {
            v.iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match e {
            E::MissingStructField { field, outer } => format!(
                "the field `{field}` is missing in {}",
                outer.as_deref().unwrap_or("the structure")
            ),

            E::NoSuchStructField {
                expected,
                found,
                outer,
            } => format!(
                "unknown field `{found}` in {} (expected one of {})",
                outer.as_deref().unwrap_or("the structure"),
                list(expected)
            ),

            E::NoSuchEnumVariant {
                expected,
                found,
                outer,
            } => format!(
                "unknown value `{found}` for {} (expected one of {})",
                outer.as_deref().unwrap_or("the field"),
                list(expected)
            ),
            E::DuplicateStructField { field, .. } => {
                format!("the field `{field}` appears twice")
            }
            E::Eof => LANG.word(Word::FileEndsTooEarly).into(),
            E::InvalidValueForType { expected, found } if expected == serde_decimal::EXPECTING => {
                format!("expected a number (e.g. 12.35), found {found}")
            }
            E::Message(m) if m == serde_decimal::TOO_LARGE => "the number is too large".into(),
            E::Message(m) if m == serde_decimal::NOT_FINITE => {
                "NaN and infinity are not allowed".into()
            }
            E::Message(m) => m.clone(),
            other => format!("invalid RON: {other}"),
        }
    }

    fn edit_number(&self, d: Decimal) -> String {
        // Plain (`3600000`): a comma between thousands would read as a decimal sign.
        d.normalize().to_string()
    }

    fn compare_csv_header(&self) -> [&'static str; 9] {
        [
            "provider_id",
            "provider_name",
            "service_type",
            "regi",
            "a_kr",
            "b_kr",
            "delta_kr",
            "delta_percent",
            "status_change",
        ]
    }

    fn report_budget(&self, budget: &str, gross: &str, left: &str, over: bool) -> String {
        format!(
            "Budget {budget}: the kvalitetspeng is {gross} ({left} {}).",
            if over { "over budget" } else { "left" }
        )
    }

    fn withhold_short(&self, withhold_percent: Decimal, payback_percent: Decimal) -> String {
        format!(
            "{} % withheld, {} % paid back",
            self.number(withhold_percent, None),
            self.number(payback_percent, None)
        )
    }

    fn editor_add_scheme(&self, st: ServiceType) -> String {
        format!("➕ Scheme for {}", st.label(LANG).to_lowercase())
    }

    fn editor_weight_sum(&self, sum: Decimal) -> String {
        format!("Sum of weights: {} %", self.number(sum.normalize(), None))
    }

    fn editor_weight_sum_inside(&self, inside: Decimal) -> String {
        format!("inside: {} %", self.number(inside.normalize(), None))
    }

    fn decide_gains_and_losses(&self, c: &Comparison) -> String {
        format!(
            "· {} gain, {} lose, {} unchanged{}",
            c.gains,
            c.loses,
            c.unchanged,
            if c.only_in_a + c.only_in_b > 0 {
                format!(
                    ", {} only in the comparison, {} new",
                    c.only_in_a, c.only_in_b
                )
            } else {
                String::new()
            }
        )
    }

    fn decide_export_file_name(&self, comparison: bool) -> &'static str {
        match comparison {
            true => "comparison.xlsx",
            false => "sweep.xlsx",
        }
    }

    fn payout_csv_header(&self) -> &'static str {
        "provider_id;provider_name;service_type;regi;volume;volume_unit;score_percent;status"
    }

    fn explanation_csv_header(&self) -> &'static str {
        {
            "provider_id;provider_name;service_type;indicator_id;name;value;respondents;status;credit_percent;weight_percent;effective_weight_percent;contribution_points;kronor;reason"
        }
    }

    fn cli_within_budget(&self, over: Option<&str>, level: &str, total: &str) -> String {
        match over {
            Some(o) => {
                format!("within the budget at any level beyond {o} (at {level}: total {total} kr)")
            }
            None => format!("within the budget at level {level}: total {total} kr"),
        }
    }

    fn opened_locked_run(&self, name: &str, findings: Option<&str>) -> String {
        match findings {
            None => {
                format!("Opened the locked run {name}: verified, every file matches byte for byte")
            }
            Some(f) => format!("Opened {name}, but it does not verify: {f}"),
        }
    }

    fn plain_number(&self, d: Decimal, dp: u32) -> String {
        format_number_with(d, Some(dp), None, '.')
    }

    fn import_warning(&self, k: &ImportWarningKind) -> String {
        match k {
            ImportWarningKind::NoTotal { ou, kpi } => {
                format!("{ou} / {kpi}: no total row (gender T), counts as missing")
            }
            ImportWarningKind::Status { ou, kpi, status } => {
                format!("{ou} / {kpi}: status “{status}”, counts as missing")
            }
            ImportWarningKind::NullValue { ou, kpi } => {
                format!("{ou} / {kpi}: value missing (null), counts as missing")
            }
            ImportWarningKind::UnknownKpi { kpi, posts } => {
                format!("KPI {kpi} is not in the mapping: {posts} records skipped")
            }
        }
    }

    fn output_problem(&self, p: &crate::io::error::OutputProblem) -> String {
        use crate::io::error::OutputProblem::*;
        match p {
            Symlink(path) => format!(
                "could not write the file: {}",
                LANG.words().symlink_refused(path)
            ),
            NotRegular(kind) => format!(
                "the path is {}, not a regular file, and is not written over",
                self.special_file(*kind)
            ),
            NameTooLong { length, limit } => format!(
                "the file name is {length} bytes long; the file system allows at most {limit}"
            ),
            NoFolder(dir) => format!("the folder {dir} does not exist"),
            FolderNotWritable(dir) => format!("the folder {dir} cannot be written to"),
            Io(e) => format!("could not write the file ({e})"),
        }
    }

    fn write_outcome(&self, written: &[String], not_written: &[String]) -> String {
        match (written, not_written) {
            ([], [_]) | ([], []) => "nothing was written".into(),
            ([], all) => format!("none of the files was written ({})", all.join(", ")),
            (done, []) => format!(
                "{} written all the same (the old files could not be put back)",
                done.join(", ")
            ),
            (done, left) => format!(
                "{} written all the same (the old files could not be put back); {} not written",
                done.join(", "),
                left.join(", ")
            ),
        }
    }
}

impl En {
    /// Where `v` lies between the two levels (linear and relative scoring).
    fn between(&self, v: &str, zero_at: &Q, full_at: &Q, credit: &Q, dir: Direction) -> String {
        let n = |q: &Q| num(q, 2, LANG);
        if *credit == Q::ONE {
            format!(
                "{v} {} {}: full credit",
                dir.at_or_beyond_sign(),
                n(full_at)
            )
        } else if credit.is_zero() {
            format!(
                "{v} does not pass {}: no credit (full at {})",
                n(zero_at),
                n(full_at)
            )
        } else {
            format!(
                "{v} between {} (0 %) and {} (100 %): {}",
                n(zero_at),
                n(full_at),
                pct(credit, LANG)
            )
        }
    }
}
