//! Every text the user reads. The texts are data: one Project Fluent file per language,
//! `assets/locales/<code>/kvalitetspeng.ftl`, embedded in the binary (see [`catalog`] and
//! `assets/locales/README.md`). The rest of the program names a text ([`Word`] for a fixed
//! one, a [`Words`] method for one with values in it) and never spells it out.
//!
//! The logic of a message (which text in which case, which values, how its numbers are
//! written) is written once, for every language, in [`texts`] and [`messages`]; a language
//! file only words it. A test fails when a language lacks a message or names other variables
//! than the first language does.
//!
//! The calculation core ([`crate::domain`]) has no words at all: it returns structured
//! values and messages, and the wording of those lives here. `tests/architecture.rs` keeps it
//! so: no words in the domain, no text chosen by language outside this module.
//!
//! Numbers are written by one formatter ([`Words::number`]) with the signs of the language
//! file: decimal comma and a space between thousands in Swedish, decimal point and a comma in
//! English.
//!
//! ```
//! use kvalitetspeng::words::{Lang, Word};
//! assert_eq!(Lang::Sv.word(Word::Undo), "Ångra");
//! assert_eq!(Lang::En.word(Word::Undo), "Undo");
//! assert_eq!(Lang::En.words().number(rust_decimal::Decimal::new(12345, 1), Some(2)), "1,234.50");
//! ```

/// The message `id` of `words`' language filled with values: `name` passes the variable of
/// that name, `name = value` a value.
macro_rules! msg {
    ($words:expr, $id:literal $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $words.lang().message(
            $id,
            &[$((stringify!($name), &msg!(@value $name $(, $value)?) as &dyn std::fmt::Display)),*],
        )
    };
    (@value $name:ident) => { $name };
    (@value $name:ident, $value:expr) => { $value };
}

mod catalog;
mod effect;
mod effect_providers;
mod explanation;
mod file_messages;
mod labels;
mod messages;
pub mod number;
mod params;
mod problems;
pub mod prose;
mod rule_changes;
mod scheme_rules;
mod scorers;
mod statement;
mod texts;
mod time;

pub use explanation::{IntervalEnd, exact_text, score_text};
pub use time::time_in_words;

use std::fmt::Display;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use catalog::{Catalog, NumberFormat};

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

        /// The texts of each language, in the order of [`Lang::ALL`].
        static WORDS: [Words; Lang::ALL.len()] =
            [Words { lang: Lang::$first } $(, Words { lang: Lang::$v })*];

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
    pub fn words(self) -> &'static Words {
        &WORDS[self as usize]
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

    /// The message `id` without values (a text of [`texts`] chosen by case).
    pub fn text(self, id: &'static str) -> &'static str {
        self.catalog().text(id)
    }

    /// How this language writes numbers.
    fn number_format(self) -> &'static NumberFormat {
        &self.catalog().number_format
    }

    /// Name of the language in itself.
    pub fn native_name(self) -> &'static str {
        self.word(Word::LanguageName)
    }
}

/// Whether a located error's column is a number (a spreadsheet or headerless column) rather
/// than a name, which the languages quote.
fn is_column_number(c: &str) -> bool {
    !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit())
}

/// The texts of one language: every message with values is a method (see [`texts`] and
/// [`messages`]), its wording a message of the language file.
pub struct Words {
    lang: Lang,
}

impl Words {
    /// The language of these texts.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A fixed text.
    pub fn word(&self, w: Word) -> &'static str {
        self.lang.word(w)
    }
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
    LanguageTag,
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
    StatementsMenu,
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
    StatementsTooltip,
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
    NewRulesName,
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
    TotalHeading,
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
    PayoutKrLabel,
    KvalitetspengKr,
    WithheldKrLabel,
    DeductionsKrLabel,
    NetKrLabel,
    PaidSoFarKrLabel,
    SettlementKrLabel,
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
    OrdinaryCompensationMissingZero,
    FallbackButLastPeriods,
    Missing,
    ResultMissing,
    NoPeerResults,
    LeftOutOtherWeights,
    FallbackRuleApplies,
    Gives0Percent,
    RemainderOreProvider,
    RemainderOreIndicator,
    ExactValues,
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
    PlacesShort,
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
    TotalKrColumn,
    ProvidersPaid,
    Comparison,
    Sweep,
    // io::export_xlsx
    Threshold,
    StepsShort,
    Linear,
    Relative,
    AchievementOrImprovementShort,
    Baseline,
    ProviderId,
    ServiceType,
    VolumeUnit,
    CalculationSheet,
    Indicator,
    Name,
    ValueHeading,
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
    AllMetShort,
    Payout,
    MissingData,
    Requirement,
    MinUsableIndicators,
    FindingKind,
    BarsPayment,
    CapsScorePercent,
    AddFindingRule,
    PeerCohort,
    ContractMinimum,
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
    TotalInParentheses,
    // io::report
    Rules,
    Results,
    Summary,
    NotPaid,
    TotalRow,
    HowToReadThis,
    RulesAreStatedIn,
    ScoreHeading,
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
    DecisionSupportTitle,
    CompareWithTitle,
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
    SweepSteps,
    RunTheSweep,
    ExportTheSweep,
    ProvidersPaidHeading,
    PaidNote,
    PaidHeading,
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
    PayoutHeading,
    Kvalitetspeng,
    Net,
    PaidSoFar,
    Settlement,
    ToReclaim,
    ToPay,
    PerArea,
    AreaInline,
    CountsAs,
    WhollyMissing,
    PerIndicator,
    CreditSuffix,
    WeightSuffix,
    Contribution,
    CreditPerIndicatorChart,
    CreditPercentAxis,
    // ui::editor
    RemoveTheScheme,
    NewIndicator,
    PotKr,
    Shared,
    ChooseKey,
    PercentOfCompensationOption,
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
    TheNet,
    FloorAtZeroInline,
    WithholdingAndDeductionsDo,
    WeightsCountInsideEach,
    LockedSum100Percent,
    WhenAWeightChanges,
    NormaliseWeights,
    ScaleTheWeightsTo,
    MoveUp,
    Remove,
    WeightPercentInline,
    AddIndicator,
    ChooseArea,
    WeightPercentField,
    WeightInsideTheArea,
    MinimumRespondents,
    Uncertainty95PercentCi,
    WhatCountsForA,
    LevelHeading,
    LowerLevel0Percent,
    UpperLevel100Percent,
    LowerLevel100Percent,
    UpperLevel0Percent,
    Step,
    GivesPercent,
    RemoveTheStep,
    AddStep,
    N0PercentAt,
    N100PercentAt,
    Percentile,
    Threshold0Points,
    Benchmark10Points,
    BaselinePeriod,
    WithoutAreasTheIndicators,
    RemoveTheArea,
    AddArea,
    DeductWhen,
    Amount,
    FixedAmountKr,
    RemoveTheDeduction,
    AddDeduction,
    // ui::locked
    VerifiedEveryFileMatches,
    DoesNotVerifySee,
    LockTheCorrection,
    LockTheRunTitle,
    ArchiveKvpHoldsThe,
    DecisionsReferenceEG,
    IncludeTheDecisionReport,
    ChooseFileAndLock,
    ReportFormTitle,
    ReportFormIntro,
    RulesNotSavedSavedFirst,
    SaveRulesAndChooseFile,
    ChooseFileAndWriteReport,
    SaveTheRulesFirst,
    // ui::start
    RuleFileCouldNotBeOpened,
    NothingCalculatedOpenAnother,
    OpenAnotherRuleFile,
    // ui::table
    RulesHaveAnErrorToFix,
    // ui::modals (Hjälp › Kom igång)
    GettingStarted,
    GettingStartedTitle,
    GuideWhatToLoad,
    GuideWhatToLoadText,
    GuideHowAKrona,
    GuideHowAKronaText,
    GuideShortcuts,
    GuideDocumentation,
    GuideDocumentationText,
    // ui::modals (comments a save would lose)
    CommentsWouldBeLost,
    CommentsWouldBeLostText,
    SaveAnyway,
    // ui::root
    SampleIsFictional,
    SampleIsFictionalTooltip,
    // words::params
    ParamRate,
    ParamMinScore,
    ParamCap,
    ParamFallback,
    ParamWeight,
    ParamLevel,
    ParamLower,
    ParamUpper,
    ParamThreshold,
    ParamBenchmark,
    ParamStart,
    ParamFull,
    ParamMinRespondents,
    Cancel,
    Before,
    After,
    ExportTheCorrectionCsv,
    LockTheCorrectionButton,
    NewArchiveThatNames,
    CorrectionCsv,
    // ui
    RulesHaveErrorsCorrect,
    PayoutsCsv,
    PayoutsXlsx,
    ExplanationCsv,
    RulesHaveErrorsCorrectThem,
    DecisionReportFileName,
    NoFileDialogCould,
    DesktopHasNoFile,
    Path,
    OkButton,
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
    PeriodInline,
    RulesLabel,
    ResultsLabel,
    Providers,
    Values,
    ServiceLabel,
    All,
    RegiLabel,
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
    SourceCommit,
    ProgramFileSha256,
    OpenLogFolder,
    RestoreUnsavedChanges,
    FileLabel,
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
    WithheldHeading,
    DeductionsHeading,
    // ui::widgets
    EnterANumberE,
    // io::report (2)
    NetInline,
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
    // ui::effect
    EffectFollowUp,
    EffectFollowUpTooltip,
    EffectFollowUpTitle,
    EffectMunicipalityHeading,
    EffectKoladaFile,
    EffectChooseKolada,
    EffectKoladaJson,
    EffectKpi,
    EffectMunicipality,
    EffectIntroduced,
    EffectExclude,
    EffectExcludeTooltip,
    EffectMethodLabel,
    EffectMethodDid,
    EffectMethodSc,
    EffectEstimateButton,
    EffectChartTreated,
    EffectChartComparison,
    EffectChartStart,
    EffectChartYear,
    EffectChartValue,
    EffectChartComparisonNote,
    EffectProvidersHeading,
    EffectProvidersPaths,
    EffectInTheReport,
    EffectProvidersNeedPeriods,
    // ui::locked (the statements' form), app::export (drafts)
    StatementsFormTitle,
    StatementsFormIntro,
    ChooseFolderAndWriteStatements,
    SaveRulesAndChooseFolder,
    StatementsFolderName,
    DraftOfUnsavedRules,
    NoRuleFileNoChecksum,
    ExportedAsDraft,
    // ui::dialogs
    OpenKoladaFile,
    // ui::start (a results file or a locked run at start-up)
    ResultsFileCouldNotBeOpened,
    ResultsFileOpenAnotherOrContinue,
    OpenAnotherResultsFile,
    LockedRunCouldNotBeOpened,
    LockedRunOpenAnotherOrContinue,
    OpenAnotherLockedRun,
    ContinueWithoutIt,
    // ui::decide
    SweepStepsLimit,
    // ui::detail (the peer chart)
    ProvidersByValue,
    PeersEarningCredit,
    PeersEarningNoCredit,
    PeerChartCaption,
}
