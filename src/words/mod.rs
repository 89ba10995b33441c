//! Every text the user reads, one place per language: the Swedish words in [`sv`], the
//! English in [`en`]. The rest of the program names a text ([`Word`] for a fixed one, a
//! [`Words`] method for one with values in it) and never spells it out, so a language is
//! complete when it compiles: each language's `match` over [`Word`] is exhaustive and each
//! implements every method of [`Words`].
//!
//! The calculation core ([`crate::domain`]) has no words at all: it returns structured
//! values and messages, and the wording of those lives here (see the `impl` blocks of the
//! submodules), next to the language tables. `tests/architecture.rs` keeps it so: no words
//! in the domain, no text chosen by language outside the language files.
//!
//! Numbers are written by the language too ([`Words::number`]): decimal comma and a space
//! between thousands in Swedish, decimal point and a comma in English.
//!
//! ```
//! use kvalitetspeng::words::{Lang, Word};
//! assert_eq!(Lang::Sv.word(Word::Undo), "Ångra");
//! assert_eq!(Lang::En.word(Word::Undo), "Undo");
//! assert_eq!(Lang::En.words().number(rust_decimal::Decimal::new(12345, 1), Some(2)), "1,234.50");
//! ```

mod catalog;
mod en;
mod explanation;
mod labels;
mod messages;
pub mod number;
mod problems;
pub mod prose;
mod scorers;
mod sv;

pub use explanation::{IntervalEnd, exact_text, score_text};

use std::fmt::Display;
use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::domain::decide::compare::Comparison;
use crate::domain::decide::{param::ParamError, solve::SolveError, sweep::SweepError};
use crate::domain::decimal::ParseNumberError;
use crate::domain::exact::Q;
use crate::domain::explanation::*;
use crate::domain::period::PeriodError;
use crate::domain::results::{ImportWarningKind, ServiceType};
use crate::domain::rules::{
    Area, Deduction, DeductionAmount, Direction, Indicator, MissingDataPolicy, PeerLevel, Scheme,
    Step, Unit, VolumeUnit,
};
use crate::domain::validation::ProblemMsg;
use crate::io::error::{FileErrorMsg, SpecialFile};
use crate::io::locked::{ArchiveProblem, Finding, LockError};
use catalog::Catalog;

/// Declares the languages: each is a variant, its code (the folder of its file under
/// `assets/locales/`) and its doc. The first is the default. A language is one line here and
/// one `.ftl` file.
macro_rules! languages {
    ($(#[$fm:meta])* $first:ident = $first_code:literal, $($(#[$m:meta])* $v:ident = $code:literal,)*) => {
        /// Language of texts shown to the user.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
        pub enum Lang {
            $(#[$fm])*
            #[default]
            $first,
            $($(#[$m])* $v,)*
        }

        impl Lang {
            /// Every language, in the order of the language menu.
            pub const ALL: [Lang; [$first_code $(, $code)*].len()] = [Lang::$first $(, Lang::$v)*];

            /// The language's code, e.g. `sv`: its folder under `assets/locales/`.
            pub fn code(self) -> &'static str {
                match self {
                    Lang::$first => $first_code,
                    $(Lang::$v => $code,)*
                }
            }

            /// The language file, embedded.
            fn source(self) -> &'static str {
                match self {
                    Lang::$first => include_str!(concat!("../../assets/locales/", $first_code, "/kvalitetspeng.ftl")),
                    $(Lang::$v => include_str!(concat!("../../assets/locales/", $code, "/kvalitetspeng.ftl")),)*
                }
            }
        }
    };
}

languages! {
    /// Svenska
    Sv = "sv",
    /// English
    En = "en",
}

impl Lang {
    /// The texts of this language.
    pub fn words(self) -> &'static dyn Words {
        match self {
            Lang::Sv => &sv::Sv,
            Lang::En => &en::En,
        }
    }

    /// The messages of this language, read from its file the first time they are needed.
    fn catalog(self) -> &'static Catalog {
        static CATALOGS: [OnceLock<Catalog>; Lang::ALL.len()] =
            [const { OnceLock::new() }; Lang::ALL.len()];
        CATALOGS[self as usize].get_or_init(|| Catalog::new(self.code(), self.source()))
    }

    /// A fixed text in this language.
    pub fn word(self, w: Word) -> &'static str {
        self.catalog().word(w)
    }

    /// The message `id` of this language with its variables (text already written).
    fn message(self, id: &str, args: &[(&str, &dyn Display)]) -> String {
        self.catalog().message(id, args)
    }

    /// Name of the language in itself.
    pub fn native_name(self) -> &'static str {
        self.word(Word::LanguageName)
    }
}

impl dyn Words {
    /// A fixed text.
    pub fn word(&self, w: Word) -> &'static str {
        self.lang().word(w)
    }
}

/// Whether a located error's column is a number (a spreadsheet or headerless column) rather
/// than a name, which the languages quote.
fn is_column_number(c: &str) -> bool {
    !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit())
}

/// The texts of one language.
pub trait Words: Sync {
    /// The language of these texts.
    fn lang(&self) -> Lang;

    /// A number with this language's decimal sign and thousands separator; `dp` decimals, or
    /// as many as it has.
    fn number(&self, d: Decimal, dp: Option<u32>) -> String;

    /// Why a text is not a number.
    fn number_error(&self, e: &ParseNumberError) -> String;

    /// Why a text is not a period.
    fn period_error(&self, e: &PeriodError) -> String;

    /// A problem found in a rule set.
    fn problem(&self, m: &ProblemMsg) -> String;

    /// The message of a [`SweepError`].
    fn sweep_error(&self, e: &SweepError) -> String;

    /// The message of a [`SolveError`].
    fn solve_error(&self, e: &SolveError) -> String;

    /// The message of a [`ParamError`].
    fn param_error(&self, e: &ParamError) -> String;

    /// [`Warning::text`] in this language.
    fn warning(&self, e: &Warning) -> String;

    /// [`PayoutStatus::text`] in this language.
    fn payout_status(&self, e: &PayoutStatus) -> String;

    /// [`SchemeBasis::text`] in this language.
    fn scheme_basis(&self, e: &SchemeBasis, unit: VolumeUnit) -> String;

    /// [`SchemeSummary::adjustments_text`], when the net differs from the kvalitetspeng.
    fn adjustments(&self, e: &SchemeSummary) -> String;

    /// The text of the withheld row of the explanation.
    fn withheld_row(&self, withhold_percent: &Decimal, compensation: &Option<Decimal>) -> String;

    /// How a provider's gross amount was computed: the start of [`ProviderResult::reason`].
    fn payout_basis(&self, e: &ProviderResult) -> String;

    /// The note that the cap limited a payout.
    fn capped(&self, cap: &Decimal) -> String;

    /// The net payout at the end of a reason with money rows.
    fn net_note(&self, net: &Decimal) -> String;

    /// A deduction's amount rule, e.g. "1 % av ordinarie ersättning".
    fn deduction_amount(&self, rule: &DeductionAmount) -> String;

    /// [`DeductionResult::text`] in this language.
    fn deduction(&self, e: &DeductionResult, value: &str) -> String;

    /// A survey's 95 % interval (ends in percent) and its number of respondents.
    fn interval(&self, lo: Decimal, hi: Decimal, respondents: u32) -> String;

    /// An interval rule's end that counts instead of the point estimate.
    fn interval_end_counts(&self, e: explanation::IntervalEnd<'_>) -> String;

    /// Why an indicator's data cannot be scored as it is, or `None` when it can.
    fn data_status(
        &self,
        status: DataStatus,
        respondents: Option<u32>,
        value: &str,
    ) -> Option<String>;

    /// How a scoring mode reached `credit` for the result `v` (as displayed).
    fn how(&self, how: &crate::domain::scorers::How, v: &str, credit: &Q, dir: Direction)
    -> String;

    /// A percentile as a peer level, e.g. "75:e percentilen".
    fn percentile(&self, p: Decimal) -> String;

    /// The missing-data policy that pays a share of last period's amount.
    fn fallback_share(&self, percent: Decimal) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_threshold(&self, l: &Decimal, u: Unit, dir: Direction) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_step(&self, s: &Step, u: Unit, dir: Direction) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_linear(&self, full: Decimal, zero: Decimal, u: Unit, dir: Direction) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_relative(&self, start: &PeerLevel, full: &PeerLevel) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_achievement(
        &self,
        threshold: &Decimal,
        benchmark: &Decimal,
        baseline_period: &str,
        u: Unit,
    ) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_fallback_share(&self, p: &Decimal) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_interval_end(&self, lower: bool) -> &'static str;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_uncertainty(&self, ind: &Indicator, which: &str) -> Option<String>;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_weight(&self, ind: &Indicator, area: Option<&Area>) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_min_respondents(&self, min: u32, policy: &MissingDataPolicy) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_payout(&self, s: &Scheme, unit: VolumeUnit) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_cap(&self, c: Decimal) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_missing(&self, s: &Scheme) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_areas(&self, list: &[String], s: &Scheme) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_worse(&self, dir: Direction) -> &'static str;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_deduction_amount(&self, d: &Deduction) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_deduction(
        &self,
        name: &str,
        worse: &str,
        amount: &str,
        d: &Deduction,
        unit: Unit,
    ) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_budget(&self, b: Decimal) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_min_score(&self, m: Decimal) -> String;

    /// [`FileErrorMsg::text`] in this language.
    fn file_error(&self, e: &FileErrorMsg) -> String;

    /// What a path is when it is not a regular file: "en mapp", "en enhet" …
    fn special_file(&self, kind: SpecialFile) -> &'static str;

    /// The column of a located error: `, kolumn ”värde”`, or `, kolumn 3` when numbered.
    fn at_column(&self, column: &str) -> String;

    /// [`LockError::text`] in this language.
    fn lock_error(&self, e: &LockError) -> String;

    /// [`ArchiveProblem::text`] in this language.
    fn archive_problem(&self, e: &ArchiveProblem) -> String;

    /// [`Finding::text`] in this language.
    fn finding(&self, e: &Finding) -> String;

    /// The header of the correction CSV (see [`crate::io::locked::correction_csv`]).
    fn correction_csv_header(&self) -> [&'static str; 8];
    // ui::problems

    // ui::editor

    // ui::decide

    // ui

    // ui::detail

    // ui::table

    // ui::locked

    // app::state

    // app::locked

    // cli::decide

    /// `compare` of two rule files that compute no provider in common: `shared` says whether
    /// they share a service type at all; `a` and `b` are their service types, as labels.
    fn cli_decide_rules_share_no_provider(
        &self,
        rules_a: &dyn Display,
        rules_b: &dyn Display,
        shared: bool,
        a: &str,
        b: &str,
    ) -> String;

    // cli::locked

    // io::report

    /// Why a rule file is not valid RON (custom messages of our own types are bilingual).
    fn ron_error(&self, e: &ron::Error) -> String;

    /// A decimal as an edit field shows it, so that it reads back exactly.
    fn edit_number(&self, d: Decimal) -> String;

    /// The header of the comparison export.
    fn compare_csv_header(&self) -> [&'static str; 9];

    /// The report's line on a scheme's budget: what is left, or how far over it the kvalitetspeng goes.
    fn report_budget(&self, budget: &str, gross: &str, left: &str, over: bool) -> String;

    /// A withholding scheme in short, for the workbook's overview.
    fn withhold_short(&self, withhold_percent: Decimal, payback_percent: Decimal) -> String;

    /// The button that adds a scheme for a service type.
    fn editor_add_scheme(&self, st: ServiceType) -> String;

    /// The sum of an editor's weights.
    fn editor_weight_sum(&self, sum: Decimal) -> String;

    /// The sum of the weights inside an area.
    fn editor_weight_sum_inside(&self, inside: Decimal) -> String;

    /// How many providers gain, lose or keep their amount in a comparison.
    fn decide_gains_and_losses(&self, c: &Comparison) -> String;

    /// The suggested file name of a comparison or sweep export.
    fn decide_export_file_name(&self, comparison: bool) -> &'static str;

    /// The fixed start of the payout CSV's header.
    fn payout_csv_header(&self) -> &'static str;

    /// The header of the explanation CSV.
    fn explanation_csv_header(&self) -> &'static str;

    /// Where a sweep stays within the budget: beyond a level (`over`, when the budget is exceeded somewhere), or at a level.
    fn cli_within_budget(&self, over: Option<&str>, level: &str, total: &str) -> String;
    // cli::decide

    /// The notice that a locked run was opened: verified, or with what does not match.
    fn opened_locked_run(&self, name: &str, findings: Option<&str>) -> String;

    /// A number with `dp` decimals and no thousands separator, for columns a spreadsheet reads back.
    fn plain_number(&self, d: Decimal, dp: u32) -> String;

    /// An import warning (without its place).
    fn import_warning(&self, k: &ImportWarningKind) -> String;

    /// Why an output could not be written, without what became of the outputs.
    fn output_problem(&self, p: &crate::io::error::OutputProblem) -> String;

    /// What a failed write of `written` + `not_written` (file names) left: nothing written,
    /// or which files hold their new contents and which are as they were.
    fn write_outcome(&self, written: &[String], not_written: &[String]) -> String;
}

/// A fixed text: a label, a heading, a tooltip, a message without values. Grouped by the
/// module that shows it (a text used in several places is listed where it is first used).
///
/// A variant's message id in the language files is its name in kebab case (`NewRules` is
/// `new-rules`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
#[allow(missing_docs)]
pub enum Word {
    // the language itself
    LanguageName,
    // app::commands
    NewRules,
    OpenRules,
    SaveRules,
    SaveRulesAs,
    ImportResults,
    ExportPayoutsCsv,
    ExportPayoutsExcel,
    ExportExplanationCsv,
    OpenTheSampleMunicipality,
    Undo,
    Redo,
    RuleEditor,
    ProblemsAndMessages,
    DecisionSupport,
    CompareWith,
    DecisionReportPdf,
    LockTheRun,
    OpenALockedRun,
    CorrectWithNewResults,
    LeaveTheLockedRun,
    Quit,
    StartFromAnEmpty,
    OpenARuleFile,
    SaveTheRulesTo,
    SaveTheRulesToA,
    ReadTheProvidersResults,
    PayoutTableAsCsv,
    WorkbookWithPayoutsExplanation,
    PerIndicatorExplanationAs,
    SjovikMunicipalityBuiltIn,
    UndoTheLastRule,
    RedoTheUndoneEdit,
    ShowOrHideThe,
    ShowOrHideTheProblems,
    ComparisonBudgetAndSensitivity,
    ShowTheDifferenceAgainst,
    BasisForTheBoard,
    SaveTheRunAs,
    OpenAnArchiveKvp,
    ProviderDisputesAValue,
    RulesBecomeAnOrdinary,
    CloseTheProgram,
    // app::decide
    RulesAsLastSaved,
    // app::locked
    RulesHaveErrorsFix,
    DecisionReportWasNot,
    RuleFileChangedOn,
    ResultsFileChangedOn,
    ResultsNotReadForThePeriods,
    RulesHaveErrorsFixThem,
    NotLocked,
    CouldNotOpen,
    CouldNotImport,
    NotExported,
    // app::state
    NewRules2,
    UnsavedRuleEditsRestored,
    RulesHaveErrorsFixThemBefore,
    Unsaved,
    ThereIsNoComparison,
    RunTheSweepFirst,
    KrPerUnit,
    PercentOfCompensation,
    From,
    To,
    // cli::decide
    Error,
    Wrote,
    Id,
    Provider,
    Status,
    CompareNeedsRulesB,
    SolveNeedsSchemeHemtjanst,
    ApplyNeedsOutNew,
    Now,
    Total,
    WithinTheBudgetAt,
    OverTheBudgetEven,
    Value,
    TotalKr,
    Paid,
    // cli::locked
    FingerprintQuoteItIn,
    LockedRun,
    Locked,
    Decision,
    Corrects,
    Fingerprint,
    OkEveryFileMatches,
    Mismatch,
    LockedRunDoesNot,
    // cli
    BuiltWithoutTheDesktop,
    Rows,
    CalcNeedsRulesAnd,
    Warning,
    Service,
    Regi,
    Volume,
    ScorePercent,
    Total2,
    GrandTotal,
    Credit,
    Points,
    // the explanation
    PayoutKr,
    GrossKr,
    WithheldKr,
    DeductionsKr,
    NetKr,
    PaidSoFarKr,
    SettlementKr,
    PayoutKr2,
    KvalitetspengKr,
    WithheldKr2,
    DeductionsKr2,
    NetKr2,
    PaidSoFarKr2,
    SettlementKr2,
    Score,
    Qualifies,
    NoScore,
    NotAllIndicatorsMet,
    Fallback,
    WithheldOrdinaryCompensationMissing,
    Withheld,
    Deduction,
    Floor,
    FloorAtZeroThe,
    OrdinaryCompensationMissing0,
    FallbackButLastPeriods,
    Missing,
    ResultMissing,
    NoPeerResults,
    LeftOutOtherWeights,
    FallbackRuleApplies,
    Gives0Percent,
    // the rules in prose
    AtLeast,
    AtMost,
    OrLower,
    OrHigher,
    OfThePeersResults,
    GiveNoCreditBut,
    DoNotCountThe,
    EveryIndicatorMustBe,
    NetNeverGoesBelow,
    // names of the results' kinds
    HomeCare,
    NursingHome,
    Municipal,
    Private,
    // names of the rules' kinds
    PointEstimate,
    LowerBoundPayOnly,
    UpperBoundPayOnly,
    LowerBoundBenefitOf,
    UpperBoundBenefitOf,
    Percent,
    Count,
    HigherIsBetter,
    LowerIsBetter,
    ThresholdPassFail,
    Steps,
    LinearBetweenLevels,
    RelativeToPeers,
    AchievementOrImprovement,
    MeanOfTopDecile,
    Mean,
    ZeroCredit,
    LeaveOutAndRe,
    PerformedHours,
    OccupiedBedDays,
    Places,
    H,
    BedDays,
    Places2,
    Hour,
    BedDay,
    Place,
    FixedPotShared,
    KronorPerVolumeUnit,
    PercentOfOrdinaryCompensation,
    WithholdAndPayBack,
    EqualParts,
    ByScore,
    ByVolume,
    ByScoreVolume,
    // problems in a rule set
    RuleSetHasNo,
    ServiceTypeHasMore,
    SchemeHasNoIndicators,
    IndicatorHasNoId,
    IdIsUsedBy,
    IndicatorHasNoName,
    WeightMustNotBe,
    StepsScoringHasNo,
    HarderStepMustGive,
    StartLevelMustBe,
    ThresholdMustBeWorse,
    BaselinePeriodMustNot,
    PotMustBeMore,
    PotHasNoSharing,
    AmountPerVolumeUnit,
    PercentageMustBeBetween,
    CapMustNotBe,
    MinimumScoreMustBe,
    FallbackShareMustBe,
    MinimumOf0Respondents,
    SchemeHasAreasGive,
    IndicatorNamesAnArea,
    AreaHasNoId,
    TwoAreasHaveThe,
    AreaHasNoIndicators,
    DeductionsPercentageMustBe,
    DeductionsAmountMustBe,
    ShareWithheldMustBe,
    SharePaidBackMust,
    FallbackRuleShareOf,
    ConfidenceIntervalAppliesOnly,
    RuleSet,
    // io::error
    FileIsNotText,
    TextBeginsOrEnds,
    FileIsEmpty,
    FieldMustNotBe,
    WorkbookIsEncryptedPassword,
    CellHasAFormula,
    PostHasMoreThan,
    QuoteIsNeverClosed,
    KoladaDataNeedsA,
    // io::export_csv
    Calculation,
    Ok,
    MissingInsufficient,
    // io::export_decide
    SameStatus,
    NewlyQualified,
    LostQualification,
    OtherStatus,
    OnlyInA,
    OnlyInB,
    TotalKr2,
    ProvidersPaid,
    Comparison,
    Sweep,
    // io::export_xlsx
    Threshold,
    Steps2,
    Linear,
    Relative,
    AchievementOrImprovement2,
    Baseline,
    ProviderId,
    ServiceType,
    VolumeUnit,
    Calculation2,
    Indicator,
    Name,
    Value2,
    Respondents,
    CreditPercent,
    WeightPercent,
    EffectiveWeightPercent,
    ContributionPoints,
    Kronor,
    Reason,
    Municipality,
    Period,
    Pot,
    AllMet,
    AllMet2,
    Payout,
    MissingData,
    Requirement,
    Cap,
    Areas,
    Deductions,
    FloorAtZero,
    Yes,
    No,
    Unit,
    Direction,
    MinRespondents,
    Scoring,
    Source,
    Area,
    Uncertainty,
    // io::locked
    Total3,
    // io::report
    Rules,
    Results,
    EnGb,
    Summary,
    NotPaid,
    Total4,
    HowToReadThis,
    RulesAreStatedIn,
    Score2,
    ChartAmountPerProvider,
    DistributionOfThePayouts,
    AppendixTheExplanationPer,
    PerProviderHowThe,
    Weight,
    // io::rules_ron
    FileEndsTooEarly,
    // ui::decide
    New,
    FitToBudget,
    SetTheHighestRate,
    DecisionSupport2,
    CompareWith2,
    SavedRules,
    ShowWhatTheEdits,
    AnotherRuleFile,
    CompareWithEG,
    NoComparison,
    ExportTheComparison,
    CsvOrExcelWith,
    Sensitivity,
    VaryOneParameterIn,
    Parameter,
    Steps3,
    RunTheSweep,
    ExportTheSweep,
    ProvidersPaid2,
    Paid2,
    Paid3,
    RulesGetErrors,
    // ui::detail
    ProviderIsNoLonger,
    Close,
    CloseTheExplanation,
    Level,
    Lower,
    Upper,
    Benchmark,
    Others,
    ThisProvider,
    Payout2,
    Kvalitetspeng,
    Net,
    PaidSoFar,
    Settlement,
    ToReclaim,
    ToPay,
    PerArea,
    Area2,
    CountsAs,
    WhollyMissing,
    PerIndicator,
    Credit2,
    Weight2,
    Contribution,
    CreditPerIndicator0,
    CreditPercent2,
    // ui::editor
    RemoveTheScheme,
    NewIndicator,
    PotKr,
    Shared,
    ChooseKey,
    PercentOfCompensation2,
    WithheldPercentOfCompensation,
    PaidBackPercentOf,
    N100PercentBudgetNeutral,
    VolumeCountedIn,
    ShareOfLastPeriods,
    SharePercent,
    MinimumScorePercent,
    AllIndicatorsMet,
    CapPerProvider,
    Kr,
    Budget,
    WhatTheSchemeMay,
    Net2,
    FloorAtZero2,
    WithholdingAndDeductionsDo,
    WeightsCountInsideEach,
    LockedSum100Percent,
    WhenAWeightChanges,
    NormaliseWeights,
    ScaleTheWeightsTo,
    MoveUp,
    Remove,
    WeightPercent2,
    AddIndicator,
    ChooseArea,
    WeightPercent3,
    WeightInsideTheArea,
    MinimumRespondents,
    Uncertainty95PercentCi,
    WhatCountsForA,
    Level2,
    LowerLevel0Percent,
    UpperLevel100Percent,
    LowerLevel100Percent,
    UpperLevel0Percent,
    Step,
    GivesPercent,
    RemoveTheStep,
    Step2,
    N0PercentAt,
    N100PercentAt,
    Percentile,
    Threshold0Points,
    Benchmark10Points,
    BaselinePeriod,
    WithoutAreasTheIndicators,
    RemoveTheArea,
    Area3,
    DeductWhen,
    Amount,
    FixedAmountKr,
    RemoveTheDeduction,
    Deduction2,
    // ui::locked
    VerifiedEveryFileMatches,
    DoesNotVerifySee,
    LockTheCorrection,
    LockTheRun2,
    ArchiveKvpHoldsThe,
    DecisionsReferenceEG,
    IncludeTheDecisionReport,
    ChooseFileAndLock,
    Cancel,
    Before,
    After,
    ExportTheCorrectionCsv,
    LockTheCorrection2,
    NewArchiveThatNames,
    CorrectionCsv,
    // ui
    RulesHaveErrorsCorrect,
    PayoutsCsv,
    PayoutsXlsx,
    ExplanationCsv,
    RulesHaveErrorsCorrectThem,
    DecisionReportPdf2,
    NoFileDialogCould,
    DesktopHasNoFile,
    Path,
    Ok2,
    UntitledRon,
    File,
    RecentRuleFiles,
    None,
    RecentResultsFiles,
    Edit,
    Decide,
    Help,
    AboutKvalitetspeng,
    View,
    Language,
    Theme,
    FollowTheSystem,
    Light,
    Dark,
    NewRuleSet,
    Period2,
    Rules2,
    Results2,
    Providers,
    Values,
    Service2,
    All,
    Regi2,
    SearchProviders,
    UnsavedChanges,
    Save,
    DontSave,
    ChooseASheet,
    FileHasChanged,
    Overwrite,
    ExactCalculationAndExplanation,
    Graphics,
    Unknown,
    RuleFormat,
    RestoreUnsavedChanges,
    File2,
    ChangesKeptAt,
    RestoreOpensThemAs,
    Restore,
    DiscardTheChanges,
    RulesCloseTheExplanation,
    // ui::problems
    ShowTheProblemsPanel,
    DropARonOr,
    NoProblemsTheRules,
    ClearFileErrors,
    Hide,
    HideThePanel,
    ChangesAmounts,
    // ui::table
    NoCalculationYet,
    AddASchemeWith,
    NoProviders,
    ImportTheProvidersResults,
    VsComparison,
    Withheld2,
    Deductions2,
    // ui::widgets
    EnterANumberE,
    // io::report (2)
    Net3,
    // io::locked (2)
    En2,
    // more
    CouldNotOpenTheRuleFile,
    CouldNotSave,
    CouldNotExport,
    CouldNotOpenTheRuleFileToCompare,
    SpaceInsideTheArea,
    // ui (file dialogs)
    RuleFileRon,
    ResultsCsvExcelKolada,
    ChooseKoladaMapping,
    KoladaMappingRon,
    LockedRunKvp,
    RulesRon,
    LockedKvp,
}
