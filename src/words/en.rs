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
    ArchiveProblem, FORMAT, Finding, LockError, MANIFEST, MAX_MANIFEST_BYTES, MAX_MEMBERS,
    MAX_RATIO, MAX_TOTAL_BYTES,
};

/// This file's language, for the texts that word others (a label inside a message).
const LANG: Lang = Lang::En;

/// The English texts.
pub(super) struct En;

impl Words for En {
    fn word(&self, w: Word) -> &'static str {
        use Word::*;
        match w {
            // app::commands
            NewRules => "New rules",
            OpenRules => "Open rules…",
            SaveRules => "Save rules",
            SaveRulesAs => "Save rules as…",
            ImportResults => "Import results…",
            ExportPayoutsCsv => "Export payouts (CSV)…",
            ExportPayoutsExcel => "Export payouts (Excel)…",
            ExportExplanationCsv => "Export explanation (CSV)…",
            OpenTheSampleMunicipality => "Open the sample municipality",
            Undo => "Undo",
            Redo => "Redo",
            RuleEditor => "Rule editor",
            ProblemsAndMessages => "Problems and messages",
            DecisionSupport => "Decision support…",
            CompareWith => "Compare with…",
            DecisionReportPdf => "Decision report (PDF)…",
            LockTheRun => "Lock the run…",
            OpenALockedRun => "Open a locked run…",
            CorrectWithNewResults => "Correct with new results…",
            LeaveTheLockedRun => "Leave the locked run",
            Quit => "Quit",
            StartFromAnEmpty => "Start from an empty rule set",
            OpenARuleFile => "Open a rule file (.ron)",
            SaveTheRulesTo => "Save the rules to the same file",
            SaveTheRulesToA => "Save the rules to a new file",
            ReadTheProvidersResults => "Read the providers' results (CSV)",
            PayoutTableAsCsv => "The payout table as CSV for Excel",
            WorkbookWithPayoutsExplanation => "Workbook with payouts, explanation, rules and audit",
            PerIndicatorExplanationAs => "The per-indicator explanation as CSV",
            SjovikMunicipalityBuiltIn => "Sjövik municipality, built-in example",
            UndoTheLastRule => "Undo the last rule edit",
            RedoTheUndoneEdit => "Redo the undone edit",
            ShowOrHideThe => "Show or hide the rule editor",
            ShowOrHideTheProblems => "Show or hide the problems panel",
            ComparisonBudgetAndSensitivity => {
                "Comparison, budget and sensitivity before the board decides"
            }
            ShowTheDifferenceAgainst => {
                "Show the difference against another rule file (e.g. last year's) in the table"
            }
            BasisForTheBoard => {
                "The basis for the board: summary, the rules in words, payouts and the explanation per provider"
            }
            SaveTheRunAs => {
                "Save the run as decided: an archive (.kvp) with inputs, outputs and checksums that can be verified years later"
            }
            OpenAnArchiveKvp => "Open an archive (.kvp) read-only; it is verified on opening",
            ProviderDisputesAValue => {
                "A provider disputes a value: calculate with corrected results and see only what changes"
            }
            RulesBecomeAnOrdinary => "The rules become an ordinary, unsaved document again",
            CloseTheProgram => "Close the program",
            // app::decide
            RulesAsLastSaved => "the rules as last saved",
            // app::locked
            RulesHaveErrorsFix => {
                "The rules have errors: fix them before making the decision report"
            }
            DecisionReportWasNot => "The decision report was not written",
            RuleFileChangedOn => "the rule file changed on disk since it was opened; open it again",
            ResultsFileChangedOn => {
                "the results file changed on disk since it was imported; import it again"
            }
            ResultsNotReadForThePeriods => {
                "The results could not be read for the new periods; the calculation shows the earlier ones"
            }
            RulesHaveErrorsFixThem => "The rules have errors: fix them before locking",
            NotLocked => "Not locked",
            CouldNotOpen => "Could not open",
            CouldNotImport => "Could not import",
            NotExported => "Not exported",
            // app::state
            NewRules2 => "new rules",
            UnsavedRuleEditsRestored => "Unsaved rule edits restored",
            RulesHaveErrorsFixThemBefore => "The rules have errors: fix them before exporting",
            Unsaved => " (unsaved)",
            ThereIsNoComparison => "there is no comparison to export",
            RunTheSweepFirst => "run the sweep first",
            KrPerUnit => "kr per unit",
            PercentOfCompensation => "% of compensation",
            From => "From",
            To => "To",
            // cli::decide
            Error => "error",
            Wrote => "Wrote",
            Id => "Id",
            Provider => "Provider",
            Status => "Status",
            CompareNeedsRulesB => "compare needs --rules-b or --results-b (what to compare with)",
            SolveNeedsSchemeHemtjanst => "solve needs --scheme hemtjanst|sabo (or --level)",
            ApplyNeedsOutNew => "--apply needs --out NEW.ron",
            Now => "now",
            Total => "total",
            WithinTheBudgetAt => "within the budget at the easiest level already",
            OverTheBudgetEven => "over the budget even at the hardest level",
            Value => "value",
            TotalKr => "total kr",
            Paid => "paid",
            // cli::locked
            FingerprintQuoteItIn => "Fingerprint (quote it in the decision)",
            LockedRun => "Locked run",
            Locked => "locked",
            Decision => "Decision",
            Corrects => "Corrects",
            Fingerprint => "Fingerprint",
            OkEveryFileMatches => {
                "OK: every file matches the manifest and every output a new calculation, byte for byte."
            }
            Mismatch => "mismatch",
            LockedRunDoesNot => "the locked run does not verify; do not correct against it",
            // cli
            BuiltWithoutTheDesktop => "Built without the desktop app: use kvalitetspeng calc",
            Rows => "rows",
            CalcNeedsRulesAnd => "calc needs --rules and --results",
            Warning => "warning",
            Service => "Service",
            Regi => "Regi",
            Volume => "Volume",
            ScorePercent => "Score %",
            Total2 => "Total",
            GrandTotal => "Grand total",
            Credit => "credit",
            Points => "points",
            // the explanation
            PayoutKr => "payout_kr",
            GrossKr => "gross_kr",
            WithheldKr => "withheld_kr",
            DeductionsKr => "deductions_kr",
            NetKr => "net_kr",
            PaidSoFarKr => "paid_so_far_kr",
            SettlementKr => "settlement_kr",
            PayoutKr2 => "Payout (kr)",
            KvalitetspengKr => "Kvalitetspeng (kr)",
            WithheldKr2 => "Withheld (kr)",
            DeductionsKr2 => "Deductions (kr)",
            NetKr2 => "Net (kr)",
            PaidSoFarKr2 => "Paid so far (kr)",
            SettlementKr2 => "Settlement (kr)",
            Score => "score",
            Qualifies => "qualifies",
            NoScore => "no score",
            NotAllIndicatorsMet => "not all indicators met",
            Fallback => "fallback",
            WithheldOrdinaryCompensationMissing => "withheld, ordinary compensation missing",
            Withheld => "withheld",
            Deduction => "deduction",
            Floor => "floor",
            FloorAtZeroThe => "floor at zero: the net does not go negative",
            OrdinaryCompensationMissing0 => "ordinary compensation missing: 0.00 kr",
            FallbackButLastPeriods => "fallback, but last period's amount is missing: 0.00 kr",
            Missing => "missing",
            ResultMissing => "result missing",
            NoPeerResults => "no peer results",
            LeftOutOtherWeights => "left out, other weights re-normalised",
            FallbackRuleApplies => "the fallback rule applies",
            Gives0Percent => "gives 0 %",
            // the rules in prose
            AtLeast => "at least",
            AtMost => "at most",
            OrLower => "or lower",
            OrHigher => "or higher",
            OfThePeersResults => "of the peers' results",
            GiveNoCreditBut => "give no credit but keep their weight",
            DoNotCountThe => "do not count; the other weights are then scaled up",
            EveryIndicatorMustBe => "Every indicator must be met (full credit) to be paid.",
            NetNeverGoesBelow => "The net never goes below zero (floor at zero).",
            // names of the results' kinds
            HomeCare => "Home care",
            NursingHome => "Nursing home",
            Municipal => "Municipal",
            Private => "Private",
            // names of the rules' kinds
            PointEstimate => "the point estimate",
            LowerBoundPayOnly => "the lower bound (pay only when clearly met)",
            UpperBoundPayOnly => "the upper bound (pay only when clearly met)",
            LowerBoundBenefitOf => "the lower bound (benefit of the doubt)",
            UpperBoundBenefitOf => "the upper bound (benefit of the doubt)",
            Percent => "percent",
            Count => "count",
            HigherIsBetter => "higher is better",
            LowerIsBetter => "lower is better",
            ThresholdPassFail => "Threshold (pass/fail)",
            Steps => "Steps",
            LinearBetweenLevels => "Linear between levels",
            RelativeToPeers => "Relative to peers",
            AchievementOrImprovement => "Achievement or improvement",
            MeanOfTopDecile => "mean of top decile",
            Mean => "the mean",
            ZeroCredit => "Zero credit",
            LeaveOutAndRe => "Leave out and re-normalise",
            PerformedHours => "performed hours",
            OccupiedBedDays => "occupied bed-days",
            Places => "places",
            H => "h",
            BedDays => "bed-days",
            Places2 => "places",
            Hour => "hour",
            BedDay => "bed-day",
            Place => "place",
            FixedPotShared => "Fixed pot shared",
            KronorPerVolumeUnit => "Kronor per volume unit",
            PercentOfOrdinaryCompensation => "Percent of ordinary compensation",
            WithholdAndPayBack => "Withhold and pay back (bonus/malus)",
            EqualParts => "equal parts",
            ByScore => "by score",
            ByVolume => "by volume",
            ByScoreVolume => "by score × volume",
            // problems in a rule set
            RuleSetHasNo => "the rule set has no scheme",
            ServiceTypeHasMore => "the service type has more than one scheme",
            SchemeHasNoIndicators => "the scheme has no indicators",
            IndicatorHasNoId => "the indicator has no id",
            IdIsUsedBy => "the id is used by more than one indicator",
            IndicatorHasNoName => "the indicator has no name",
            WeightMustNotBe => "the weight must not be negative",
            StepsScoringHasNo => "the steps scoring has no steps",
            HarderStepMustGive => "a harder step must give at least as much as an easier one",
            StartLevelMustBe => {
                "the start level must be a lower percentile than the full-credit level"
            }
            ThresholdMustBeWorse => {
                "the threshold must be worse than the benchmark in the indicator's direction"
            }
            BaselinePeriodMustNot => "the baseline period must not overlap the calculation period",
            PotMustBeMore => "the pot must be more than 0 kr",
            PotHasNoSharing => {
                "the pot has no sharing key (equal, score, volume or score × volume)"
            }
            AmountPerVolumeUnit => "the amount per volume unit must not be negative",
            PercentageMustBeBetween => "the percentage must be between 0 and 100",
            CapMustNotBe => "the cap must not be negative",
            MinimumScoreMustBe => "the minimum score must be between 0 and 100 %",
            FallbackShareMustBe => "the fallback share must be between 0 and 100 %",
            MinimumOf0Respondents => "a minimum of 0 respondents means no minimum: leave it empty",
            SchemeHasAreasGive => "the scheme has areas: give the indicator's area",
            IndicatorNamesAnArea => "the indicator names an area but the scheme has no areas",
            AreaHasNoId => "the area has no id",
            TwoAreasHaveThe => "two areas have the same id",
            AreaHasNoIndicators => "an area has no indicators",
            DeductionsPercentageMustBe => "the deduction's percentage must be between 0 and 100",
            DeductionsAmountMustBe => "the deduction's amount must be more than 0 kr",
            ShareWithheldMustBe => "the share withheld must be between 0 and 100 %",
            SharePaidBackMust => "the share paid back must be between 0 and 1 000 %",
            FallbackRuleShareOf => {
                "the fallback rule (share of last period's amount) cannot be combined with withholding; choose zero credit or re-normalised weights"
            }
            ConfidenceIntervalAppliesOnly => {
                "the confidence interval applies only to shares (the unit percent)"
            }
            RuleSet => "Rule set",
            // io::error
            FileIsNotText => "the file is not text (expected UTF-8, UTF-16 or Windows-1252)",
            TextBeginsOrEnds => {
                "the text begins or ends with spaces; remove them (an id is compared character by character)"
            }
            FileIsEmpty => "the file is empty",
            FieldMustNotBe => "the field must not be empty",
            WorkbookIsEncryptedPassword => {
                "the workbook is encrypted (password-protected); save it without a password and try again"
            }
            CellHasAFormula => {
                "the cell has a formula but no stored result (the file was saved by a program that does not recalculate); open and save it in Excel, or paste values"
            }
            PostHasMoreThan => {
                "the post has more than one total row (gender “T”); there is no telling which one counts"
            }
            QuoteIsNeverClosed => {
                "a quote (\") is never closed: the field runs past the end of the line"
            }
            KoladaDataNeedsA => {
                "Kolada data needs a mapping file (--mapping) from ou and KPI to providers and indicators"
            }
            // io::export_csv
            Calculation => "calculation",
            Ok => "ok",
            MissingInsufficient => "missing/insufficient",
            // io::export_decide
            SameStatus => "same status",
            NewlyQualified => "newly qualified",
            LostQualification => "lost qualification",
            OtherStatus => "other status",
            OnlyInA => "only in A",
            OnlyInB => "only in B",
            TotalKr2 => "total_kr",
            ProvidersPaid => "providers_paid",
            Comparison => "Comparison",
            Sweep => "Sweep",
            // io::export_xlsx
            Threshold => "threshold",
            Steps2 => "steps",
            Linear => "linear",
            Relative => "relative",
            AchievementOrImprovement2 => "achievement or improvement",
            Baseline => "baseline",
            ProviderId => "Provider id",
            ServiceType => "Service type",
            VolumeUnit => "Volume unit",
            Calculation2 => "Calculation",
            Indicator => "Indicator",
            Name => "Name",
            Value2 => "Value",
            Respondents => "Respondents",
            CreditPercent => "Credit %",
            WeightPercent => "Weight %",
            EffectiveWeightPercent => "Effective weight %",
            ContributionPoints => "Contribution (points)",
            Kronor => "Kronor",
            Reason => "Reason",
            Municipality => "Municipality",
            Period => "Period",
            Pot => "pot",
            AllMet => ", all met",
            AllMet2 => "all met",
            Payout => "Payout",
            MissingData => "Missing data",
            Requirement => "Requirement",
            Cap => "Cap",
            Areas => "Areas",
            Deductions => "Deductions",
            FloorAtZero => "Floor at zero",
            Yes => "yes",
            No => "no",
            Unit => "Unit",
            Direction => "Direction",
            MinRespondents => "Min respondents",
            Scoring => "Scoring",
            Source => "Source",
            Area => "Area",
            Uncertainty => "Uncertainty",
            // io::locked
            Total3 => "(total)",
            // io::report
            Rules => "Rules",
            Results => "Results",
            EnGb => "en-GB",
            Summary => "Summary",
            NotPaid => "Not paid:",
            Total4 => "Total",
            HowToReadThis => "How to read this document",
            RulesAreStatedIn => {
                "The rules are stated in plain words on the next page, generated from the same rule file as the calculation. Then come the payout per provider and an appendix that shows for each provider how its amount was computed, indicator by indicator; the kronor of the rows sum exactly to the provider's amount. Every amount is exact and rounded to öre once, at the last step. The footer gives the SHA-256 of the rule file and of the results file: with them and the program's version anyone can recompute and get the same amounts."
            }
            Score2 => "Score",
            ChartAmountPerProvider => "Chart: amount per provider, largest first",
            DistributionOfThePayouts => "Distribution of the payouts",
            AppendixTheExplanationPer => "Appendix: the explanation per provider",
            PerProviderHowThe => {
                "Per provider: how the amount was computed, and per indicator the result, the level reached, the credit, the weight and the kronor. The kronor of the rows sum exactly to the provider's amount."
            }
            Weight => "weight",
            // io::rules_ron
            FileEndsTooEarly => "the file ends too early (a missing bracket?)",
            // ui::decide
            New => "new",
            FitToBudget => "Fit to budget",
            SetTheHighestRate => {
                "Set the highest rate (in whole öre or hundredths of a percentage point) within the budget. Can be undone."
            }
            DecisionSupport2 => "Decision support",
            CompareWith2 => "Compare with",
            SavedRules => "Saved rules",
            ShowWhatTheEdits => "Show what the edits since the last save change",
            AnotherRuleFile => "Another rule file…",
            CompareWithEG => "Compare with e.g. last year's rules",
            NoComparison => "No comparison",
            ExportTheComparison => "Export the comparison…",
            CsvOrExcelWith => "CSV or Excel, with the audit (files and SHA-256)",
            Sensitivity => "Sensitivity",
            VaryOneParameterIn => {
                "Vary one parameter in steps and see the cost and how many are paid."
            }
            Parameter => "Parameter",
            Steps3 => "Steps",
            RunTheSweep => "Run the sweep",
            ExportTheSweep => "Export the sweep…",
            ProvidersPaid2 => "Providers paid",
            Paid2 => "paid",
            Paid3 => "Paid",
            RulesGetErrors => "the rules get errors",
            // ui::detail
            ProviderIsNoLonger => "The provider is no longer in the calculation.",
            Close => "Close",
            CloseTheExplanation => "Close the explanation",
            Level => "level",
            Lower => "lower",
            Upper => "upper",
            Benchmark => "benchmark",
            Others => "others",
            ThisProvider => "this provider",
            Payout2 => "Payout",
            Kvalitetspeng => "Kvalitetspeng",
            Net => "Net",
            PaidSoFar => "Paid so far",
            Settlement => "Settlement",
            ToReclaim => "to reclaim",
            ToPay => "to pay",
            PerArea => "Per area",
            Area2 => "area",
            CountsAs => "counts as",
            WhollyMissing => "wholly missing",
            PerIndicator => "Per indicator",
            Credit2 => "· credit",
            Weight2 => "· weight",
            Contribution => "· contribution",
            CreditPerIndicator0 => "Credit per indicator (0–100 %), thickness = weight",
            CreditPercent2 => "credit %",
            // ui::editor
            RemoveTheScheme => "Remove the scheme",
            NewIndicator => "New indicator",
            PotKr => "Pot, kr",
            Shared => "Shared",
            ChooseKey => "(choose key)",
            PercentOfCompensation2 => "Percent of compensation",
            WithheldPercentOfCompensation => "Withheld, % of compensation",
            PaidBackPercentOf => "Paid back, % of the withheld",
            N100PercentBudgetNeutral => {
                "100 % = budget-neutral: what is withheld is paid back by withheld × score"
            }
            VolumeCountedIn => "Volume counted in",
            ShareOfLastPeriods => "Share of last period's amount",
            SharePercent => "Share, %",
            MinimumScorePercent => "minimum score %",
            AllIndicatorsMet => "all indicators met",
            CapPerProvider => "Cap per provider",
            Kr => "kr",
            Budget => "Budget",
            WhatTheSchemeMay => {
                "What the scheme may cost: the forecast is shown above the table and the rate can be fitted to it. Changes no amount."
            }
            Net2 => "The net",
            FloorAtZero2 => "floor at zero",
            WithholdingAndDeductionsDo => {
                "Withholding and deductions do not make the amount negative"
            }
            WeightsCountInsideEach => "Weights count inside each area (see Areas).",
            LockedSum100Percent => "Locked sum 100 %",
            WhenAWeightChanges => {
                "When a weight changes the others are adjusted in proportion, to a hundredth of a percentage point, so the sum stays 100 %"
            }
            NormaliseWeights => "Normalise weights",
            ScaleTheWeightsTo => "Scale the weights to sum to 100 %",
            MoveUp => "⬆ Move up",
            Remove => "🗑 Remove",
            WeightPercent2 => "weight %",
            AddIndicator => "➕ Add indicator",
            ChooseArea => "(choose area)",
            WeightPercent3 => "Weight, %",
            WeightInsideTheArea => "Weight inside the area, %",
            MinimumRespondents => "Minimum respondents",
            Uncertainty95PercentCi => "Uncertainty (95 % CI)",
            WhatCountsForA => {
                "What counts for a share with respondents: the point estimate, or an end of its Wilson 95 % confidence interval"
            }
            Level2 => "Level",
            LowerLevel0Percent => "Lower level (0 %)",
            UpperLevel100Percent => "Upper level (100 %)",
            LowerLevel100Percent => "Lower level (100 %)",
            UpperLevel0Percent => "Upper level (0 %)",
            Step => "Step",
            GivesPercent => "gives %",
            RemoveTheStep => "Remove the step",
            Step2 => "➕ Step",
            N0PercentAt => "0 % at",
            N100PercentAt => "100 % at",
            Percentile => "percentile",
            Threshold0Points => "Threshold (0 points)",
            Benchmark10Points => "Benchmark (10 points)",
            BaselinePeriod => "Baseline period",
            WithoutAreasTheIndicators => {
                "Without areas the indicators weigh directly in the scheme. With areas each area has a weight and the indicators weights inside their area."
            }
            RemoveTheArea => "Remove the area",
            Area3 => "➕ Area",
            DeductWhen => "Deduct when",
            Amount => "Amount",
            FixedAmountKr => "fixed amount, kr",
            RemoveTheDeduction => "Remove the deduction",
            Deduction2 => "➕ Deduction",
            // ui::locked
            VerifiedEveryFileMatches => "· verified: every file matches byte for byte",
            DoesNotVerifySee => "· DOES NOT VERIFY: see the problems panel",
            LockTheCorrection => "Lock the correction",
            LockTheRun2 => "Lock the run",
            ArchiveKvpHoldsThe => {
                "The archive (.kvp) holds the rule file and the results file as they were read, the payouts, the explanation and checksums. It can be verified with kvalitetspeng verify years later."
            }
            DecisionsReferenceEG => "The decision's reference (e.g. ÄN 2026-03-12 §14)",
            IncludeTheDecisionReport => "Include the decision report (PDF)",
            ChooseFileAndLock => "Choose file and lock…",
            Cancel => "Cancel",
            Before => "before",
            After => "after",
            ExportTheCorrectionCsv => "Export the correction (CSV)…",
            LockTheCorrection2 => "Lock the correction…",
            NewArchiveThatNames => "A new archive that names the one it corrects",
            CorrectionCsv => "correction.csv",
            // ui
            RulesHaveErrorsCorrect => {
                "The rules have errors: correct them before exporting (the amounts shown are for older rules)"
            }
            PayoutsCsv => "payouts.csv",
            PayoutsXlsx => "payouts.xlsx",
            ExplanationCsv => "explanation.csv",
            RulesHaveErrorsCorrectThem => {
                "The rules have errors: correct them first (the amounts shown are for older rules)"
            }
            DecisionReportPdf2 => "decision-report.pdf",
            NoFileDialogCould => "No file dialog could be shown",
            DesktopHasNoFile => {
                "The desktop has no file-dialog service (Linux: install xdg-desktop-portal with a GTK or KDE backend, or zenity). Type the file's path here instead:"
            }
            Path => "Path",
            Ok2 => "OK",
            UntitledRon => "untitled.ron",
            File => "File",
            RecentRuleFiles => "Recent rule files",
            None => "(none)",
            RecentResultsFiles => "Recent results files",
            Edit => "Edit",
            Decide => "Decide",
            Help => "Help",
            AboutKvalitetspeng => "About Kvalitetspeng",
            View => "View",
            Language => "Language",
            Theme => "Theme",
            FollowTheSystem => "Follow the system",
            Light => "Light",
            Dark => "Dark",
            NewRuleSet => "New rule set",
            Period2 => "period",
            Rules2 => "Rules:",
            Results2 => "Results:",
            Providers => "providers",
            Values => "values",
            Service2 => "Service:",
            All => "All",
            Regi2 => "Regi:",
            SearchProviders => "Search providers…",
            UnsavedChanges => "Unsaved changes",
            Save => "Save",
            DontSave => "Don't save",
            ChooseASheet => "Choose a sheet",
            FileHasChanged => "The file has changed",
            Overwrite => "Overwrite",
            ExactCalculationAndExplanation => {
                "Exact calculation and explanation of kvalitetspeng for home care and nursing homes."
            }
            Graphics => "Graphics",
            Unknown => "(unknown)",
            RuleFormat => "Rule format",
            SourceCommit => "Source (commit)",
            ProgramFileSha256 => "Program file's SHA-256",
            OpenLogFolder => "Open the log folder",
            RestoreUnsavedChanges => "Restore unsaved changes?",
            File2 => "File",
            ChangesKeptAt => "Changes kept at",
            RestoreOpensThemAs => {
                "Restore opens them as unsaved changes to that file (not to the one open now)."
            }
            Restore => "Restore",
            DiscardTheChanges => "Discard the changes",
            RulesCloseTheExplanation => "Rules: close the explanation to show the rule editor",
            // ui::problems
            ShowTheProblemsPanel => "Show the problems panel",
            DropARonOr => "Drop a .ron or .csv file here to open it",
            NoProblemsTheRules => {
                "· no problems: the rules are valid and every result could be used"
            }
            ClearFileErrors => "Clear file errors",
            Hide => "Hide",
            HideThePanel => "Hide the panel",
            ChangesAmounts => "[changes amounts]",
            // ui::table
            NoCalculationYet => "No calculation yet",
            AddASchemeWith => {
                "Add a scheme with indicators in the rule editor on the left, or open a rule file (Ctrl+O)."
            }
            NoProviders => "No providers",
            ImportTheProvidersResults => {
                "Import the providers' results (File › Import results, Ctrl+I) or drop a CSV file on the window."
            }
            VsComparison => "Δ vs comparison",
            Withheld2 => "Withheld",
            Deductions2 => "Deductions",
            // ui::widgets
            EnterANumberE => "Enter a number, e.g. 12.5",
            // io::report (2)
            Net3 => "net",
            // io::locked (2)
            En2 => "en",
            CouldNotOpenTheRuleFile => "Could not open the rule file",
            CouldNotSave => "Could not save",
            CouldNotExport => "Could not export",
            CouldNotOpenTheRuleFileToCompare => "Could not open the rule file to compare with",
            SpaceInsideTheArea => " inside the area",
            // ui (file dialogs)
            RuleFileRon => "Rule file (RON)",
            ResultsCsvExcelKolada => "Results (CSV, Excel, Kolada)",
            ChooseKoladaMapping => "Choose a Kolada mapping (.ron)",
            KoladaMappingRon => "Kolada mapping (RON)",
            LockedRunKvp => "Locked run (KVP)",
            RulesRon => "rules.ron",
            LockedKvp => "locked.kvp",
        }
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
            NoSchemes => self.word(Word::RuleSetHasNo).into(),
            DuplicateScheme => self.word(Word::ServiceTypeHasMore).into(),
            NoIndicators => self.word(Word::SchemeHasNoIndicators).into(),
            EmptyId => self.word(Word::IndicatorHasNoId).into(),
            DuplicateId => self.word(Word::IdIsUsedBy).into(),
            EmptyName => self.word(Word::IndicatorHasNoName).into(),
            NegativeWeight => self.word(Word::WeightMustNotBe).into(),
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
            NoSteps => self.word(Word::StepsScoringHasNo).into(),
            StepCreditOutOfRange { credit } => {
                format!("the step credit {} % is outside 0–100 %", n(credit))
            }
            StepCreditsNotRising => self.word(Word::HarderStepMustGive).into(),
            DuplicateStepLevel { level } => {
                format!("the level {} appears in more than one step", n(level))
            }
            PercentileOutOfRange { value } => {
                format!("the percentile {} is outside 0–100", n(value))
            }
            RelativeStartNotBelowFull => self.word(Word::StartLevelMustBe).into(),
            ThresholdNotWorseThanBenchmark => self.word(Word::ThresholdMustBeWorse).into(),
            BadBaselinePeriod { text } => format!(
                "the baseline period “{text}” is not a period (YYYY, YYYY-H1, YYYY-Q1 or YYYY-MM)"
            ),
            BaselineIsPeriod => self.word(Word::BaselinePeriodMustNot).into(),
            PotNotPositive => self.word(Word::PotMustBeMore).into(),
            PotWithoutKey => self.word(Word::PotHasNoSharing).into(),
            NegativeRate => self.word(Word::AmountPerVolumeUnit).into(),
            CompensationPercentOutOfRange => self.word(Word::PercentageMustBeBetween).into(),
            NegativeCap => self.word(Word::CapMustNotBe).into(),
            MinScoreOutOfRange => self.word(Word::MinimumScoreMustBe).into(),
            FallbackOutOfRange => self.word(Word::FallbackShareMustBe).into(),
            ZeroMinRespondents => self.word(Word::MinimumOf0Respondents).into(),
            UnknownArea { id } => {
                format!("the area “{id}” is not in the scheme")
            }
            NoArea => self.word(Word::SchemeHasAreasGive).into(),
            AreaWithoutAreas => self.word(Word::IndicatorNamesAnArea).into(),
            EmptyAreaId => self.word(Word::AreaHasNoId).into(),
            DuplicateArea => self.word(Word::TwoAreasHaveThe).into(),
            AreaWithoutIndicators => self.word(Word::AreaHasNoIndicators).into(),
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
            DeductionPercentOutOfRange => self.word(Word::DeductionsPercentageMustBe).into(),
            DeductionNotPositive => self.word(Word::DeductionsAmountMustBe).into(),
            WithholdPercentOutOfRange => self.word(Word::ShareWithheldMustBe).into(),
            PaybackPercentOutOfRange => self.word(Word::SharePaidBackMust).into(),
            FallbackWithWithhold => self.word(Word::FallbackRuleShareOf).into(),
            TooMany { what, found, limit } => format!(
                "{found} {}, at most {limit} are allowed",
                match what {
                    Counted::Indicators => "indicators",
                    Counted::Steps => "steps",
                    Counted::Areas => "areas",
                    Counted::Deductions => "deductions",
                }
            ),
            UncertaintyNeedsShare => self.word(Word::ConfidenceIntervalAppliesOnly).into(),
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
            PayoutStatus::Paid => self.word(Word::Qualifies).into(),
            PayoutStatus::ZeroScore => self.word(Word::NoScore).into(),
            PayoutStatus::BelowMinimumScore { min_percent } => {
                format!("below minimum score {} %", n(min_percent))
            }
            PayoutStatus::NotAllIndicatorsMet => self.word(Word::NotAllIndicatorsMet).into(),
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
                    self.word(Word::Score)
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
                    self.word(Word::Score),
                    n(percent),
                    n2(c),
                    n2(gross)
                ),
                None => self.word(Word::OrdinaryCompensationMissing0).into(),
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
                    self.word(Word::Fallback),
                    n(percent),
                    n2(p),
                    n2(gross)
                ),
                None => self.word(Word::FallbackButLastPeriods).into(),
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

    fn respondents_missing_counts(&self, u: Uncertainty, base: &str) -> String {
        match u {
            Uncertainty::BenefitOfDoubt => {
                format!("number of respondents missing, so the point estimate counts: {base}")
            }
            _ => {
                format!("number of respondents missing, so the interval's worst end counts: {base}")
            }
        }
    }

    fn data_status(&self, status: DataStatus, respondents: Option<u32>, v: &str) -> Option<String> {
        match status {
            DataStatus::Ok => None,
            DataStatus::Missing => Some(self.word(Word::ResultMissing).to_string()),
            DataStatus::TooFewRespondents { min } => Some(format!(
                "{} respondents, at least {min} required",
                respondents.unwrap_or(0)
            )),
            DataStatus::RespondentsUnknown { min } => Some(format!(
                "number of respondents missing, at least {min} required"
            )),
            DataStatus::OutOfRange => Some(format!("the value {v} is outside the possible range")),
            DataStatus::NoPeers => Some(self.word(Word::NoPeerResults).to_string()),
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

    fn indicator_location(&self, id: &str) -> String {
        format!("indicator “{id}”")
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

    fn prose_steps(&self, s: &str) -> String {
        format!("{s} of the credit; the best step reached counts.")
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
                "The result counts at its confidence interval's {which} (Wilson, 95 %): the level must be clearly reached, not only by the point estimate."
            )),
            Uncertainty::BenefitOfDoubt => Some(format!(
                "The result counts at its confidence interval's {which} (Wilson, 95 %): the provider gets the benefit of the doubt."
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
            "Deduction: when {name} is {worse} {}, {amount} is deducted.",
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
            NotText => self.word(Word::FileIsNotText).into(),
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
            SurroundingSpace => self.word(Word::TextBeginsOrEnds).into(),
            TooLong { length, limit } => {
                format!("the text is {length} characters long; at most {limit} are allowed")
            }
            Empty => self.word(Word::FileIsEmpty).into(),
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
            EmptyField => self.word(Word::FieldMustNotBe).into(),
            Number(e) => format!("expected a number: {}", e.text(LANG)),
            WholeNumber { text } => {
                format!("expected a whole number ≥ 0, found “{text}”")
            }
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
            Encrypted => self.word(Word::WorkbookIsEncryptedPassword).into(),
            FormulaWithoutValue => self.word(Word::CellHasAFormula).into(),
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
            TwoTotals => self.word(Word::PostHasMoreThan).into(),
            UnclosedQuote => self.word(Word::QuoteIsNeverClosed).into(),
            MappingNeeded => self.word(Word::KoladaDataNeedsA).into(),
            More { count } => format!("… and {count} more errors"),
            SymlinkRefused(path) => format!(
                "could not write the file: {}; nothing was written",
                self.symlink_refused(path)
            ),
            ChangedOnDisk(what) => self.word(what.word()).into(),
            Write(e) => format!("could not write the file ({e}); nothing was written"),
            OutputIsInput { input } => format!(
                "the output is the same file as the input {input} and would overwrite it; choose another name"
            ),
            OutputTwice { other } => {
                format!("the output is the same file as the output {other}; choose different names")
            }
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

    fn at_line(&self, line: usize) -> String {
        format!(", line {line}")
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

    // ui::problems

    fn problems_notes_on_uncertainty(&self, notes: &dyn Display) -> String {
        format!(" · {notes} notes on uncertainty")
    }

    fn problems_survey_uncertainty_levels_that_confidence(&self, notes: &dyn Display) -> String {
        format!("ℹ Survey uncertainty: {notes} levels that confidence intervals straddle")
    }

    fn problems_messages(&self, notifications: &dyn Display) -> String {
        format!("Messages ({notifications})")
    }

    // ui::editor

    fn editor_errors(&self, n: &dyn Display) -> String {
        format!("{n} errors")
    }

    fn editor_rate_label(&self, unit: &dyn Display) -> String {
        format!("Kr per {unit} at full score")
    }

    fn editor_areas(&self, areas: &dyn Display) -> String {
        format!("Areas ({areas})")
    }

    fn editor_area(&self, n: &dyn Display) -> String {
        format!("Area {n}")
    }

    fn editor_deductions(&self, deductions: &dyn Display) -> String {
        format!("Deductions ({deductions})")
    }

    // ui::decide

    fn ui_decide_compared_with(&self, label: &dyn Display) -> String {
        format!("Compared with {label}:")
    }

    fn ui_decide_over_the_budget_by(&self, budget: &dyn Display, over: &dyn Display) -> String {
        format!("⚠ over the budget {budget} by {over}")
    }

    fn ui_decide_within_budget(&self, budget: &dyn Display, left: &dyn Display) -> String {
        format!("within the budget {budget} ({left} left)")
    }

    fn ui_decide_total_kr_against(&self, param: &dyn Display) -> String {
        format!("Total (kr) against {param}")
    }

    // ui

    fn ui_unknown_file_type_expected_ron(&self, p: &dyn Display) -> String {
        format!("{p}: unknown file type (expected .ron, .csv or .kvp)")
    }

    fn ui_rules_in_have_changes_that(&self, rules_label: &dyn Display) -> String {
        format!("The rules in {rules_label} have changes that are not saved. Save them first?")
    }

    fn ui_has_several_sheets_which_one(&self, path: &dyn Display) -> String {
        format!("{path} has several sheets. Which one has the results?")
    }

    fn ui_was_saved_by_someone_else(&self, path: &dyn Display) -> String {
        format!(
            "{path} was saved by someone else after you opened it. Overwrite it with your rules?"
        )
    }

    fn ui_no_file_never_saved(&self, rules_label: &dyn Display) -> String {
        format!("{rules_label} (no file, never saved)")
    }

    fn ui_program_ended_with_unsaved_changes(&self, name: &dyn Display) -> String {
        format!("The program ended with unsaved changes in the rule set “{name}”.")
    }

    // ui::detail

    fn detail_all_providers_results_against_the(&self, values: &dyn Display) -> String {
        format!("All {values} providers' results against the levels")
    }

    // ui::table

    fn table_rules_have_errors_see_the(&self, n: &dyn Display) -> String {
        format!(
            "⚠ The rules have {n} errors (see the rule editor and the problems panel). The amounts below are for the last valid rules."
        )
    }

    fn table_of_providers_are_paid(
        &self,
        paid_providers: &dyn Display,
        providers: &dyn Display,
    ) -> String {
        format!("{paid_providers} of {providers} providers are paid")
    }

    fn table_filtered_providers(&self, rows: &dyn Display, shown: &dyn Display) -> String {
        format!("filtered: {rows} providers, {shown}")
    }

    fn table_providers(&self, providers: &dyn Display) -> String {
        format!("{providers} providers")
    }

    fn table_paid_so_far(&self, paid: &dyn Display) -> String {
        format!("paid so far {paid}")
    }

    // ui::locked

    fn ui_locked_locked_run_read_only(&self, name: &dyn Display) -> String {
        format!("🔒 Locked run {name} (read-only)")
    }

    fn ui_locked_locked(&self, locked_at: &dyn Display) -> String {
        format!("· locked {locked_at}")
    }

    fn ui_locked_amounts_below_are_the_correction(
        &self,
        name: &dyn Display,
        providers: &dyn Display,
    ) -> String {
        format!(
            "The amounts below are the correction with {name}: {providers} providers change (see the Correction window)."
        )
    }

    fn ui_locked_correction_against(&self, locked_name: &dyn Display) -> String {
        format!("Correction against {locked_name}")
    }

    fn ui_locked_providers_change_in_total_kr(
        &self,
        providers: &dyn Display,
        total_delta: &dyn Display,
        name: &dyn Display,
    ) -> String {
        format!("{providers} providers change, in total {total_delta} kr. Results: {name}.")
    }

    // app::state

    fn state_opened(&self, path: &dyn Display) -> String {
        format!("Opened {path}")
    }

    fn state_imported_providers_results(
        &self,
        path: &dyn Display,
        n: &dyn Display,
        rows: &dyn Display,
    ) -> String {
        format!("Imported {path}: {n} providers, {rows} results")
    }

    fn state_saved(&self, path: &dyn Display) -> String {
        format!("Saved {path}")
    }

    fn state_exported(&self, path: &dyn Display) -> String {
        format!("Exported {path}")
    }

    fn state_has_errors_and_cannot_be(&self, path: &dyn Display, n: &dyn Display) -> String {
        format!("{path} has {n} errors and cannot be compared with")
    }

    fn state_rate_applied(
        &self,
        service_type: &dyn Display,
        rate: &dyn Display,
        total: &dyn Display,
        budget: &dyn Display,
        unit: &dyn Display,
    ) -> String {
        format!(
            "{service_type}: the rate is now {rate} {unit} (total {total} kr within the budget {budget} kr)"
        )
    }

    // app::locked

    fn app_locked_writing_the_decision_report(&self, name: &dyn Display) -> String {
        format!("Writing the decision report {name}")
    }

    fn app_locked_wrote_the_decision_report(&self, name: &dyn Display) -> String {
        format!("Wrote the decision report {name}")
    }

    fn app_locked_locking(&self, name: &dyn Display) -> String {
        format!("Locking {name}")
    }

    fn app_locked_corrected_results_providers_change_against(
        &self,
        providers: &dyn Display,
        name: &dyn Display,
    ) -> String {
        format!("Corrected results: {providers} providers change against {name}")
    }

    fn app_locked_exported(&self, path: &dyn Display) -> String {
        format!("Exported {path}")
    }

    // cli::decide

    fn cli_decide_command_needs(&self, what: &dyn Display) -> String {
        format!("the command needs {what}")
    }

    fn cli_decide_gain_lose_unchanged_only_in(
        &self,
        gains: &dyn Display,
        loses: &dyn Display,
        unchanged: &dyn Display,
        only_in_a: &dyn Display,
        only_in_b: &dyn Display,
    ) -> String {
        format!(
            "{gains} gain, {loses} lose, {unchanged} unchanged; {only_in_a} only in A, {only_in_b} only in B"
        )
    }

    fn cli_decide_and_share_no_provider_the(
        &self,
        results_a: &dyn Display,
        results_b: &dyn Display,
    ) -> String {
        format!(
            "{results_a} and {results_b} share no provider; the comparison would only show everyone as new"
        )
    }

    fn cli_decide_unknown_scheme_write_hemtjanst_or(&self, s: &dyn Display) -> String {
        format!("unknown scheme “{s}”; write hemtjanst or sabo")
    }

    fn cli_bad_number(&self, problem: &dyn Display, option: &dyn Display) -> String {
        format!("{option}: {problem}")
    }

    fn cli_decide_over_the_budget_up_to(&self, l: &dyn Display, t: &dyn Display) -> String {
        format!("over the budget up to level {l}: total {t} kr")
    }

    // cli::locked

    fn cli_locked_other_version(
        &self,
        program_version: &dyn Display,
        this_version: &dyn Display,
    ) -> String {
        format!(
            "note: the run was locked with Kvalitetspeng {program_version}, this is {this_version}; another version may compute or write differently"
        )
    }

    fn cli_locked_providers_change_in_total_kr(
        &self,
        providers: &dyn Display,
        total_delta: &dyn Display,
    ) -> String {
        format!("{providers} providers change, in total {total_delta} kr")
    }

    // io::report

    fn report_document_title(&self, period: &dyn Display) -> String {
        format!("Decision basis kvalitetspeng {period}")
    }

    fn report_page_of_kvalitetspeng(
        &self,
        municipality: &dyn Display,
        rule_set_name: &dyn Display,
        app_version: &dyn Display,
        k: &dyn Display,
        n: &dyn Display,
    ) -> String {
        format!("Page {k} of {n} · {municipality} · {rule_set_name} · Kvalitetspeng {app_version}")
    }

    fn report_title(&self, period: &dyn Display) -> String {
        format!("Decision basis: kvalitetspeng {period}")
    }

    fn report_calculated_with_kvalitetspeng_from_and(
        &self,
        calculated_at: &dyn Display,
        app_version: &dyn Display,
        rules_file: &dyn Display,
        results_file: &dyn Display,
    ) -> String {
        format!(
            "Calculated {calculated_at} with Kvalitetspeng {app_version} from {rules_file} and {results_file}."
        )
    }

    fn report_of_providers_are_paid(
        &self,
        paid_providers: &dyn Display,
        providers: &dyn Display,
        text: &dyn Display,
    ) -> String {
        format!("{paid_providers} of {providers} providers are paid. {text}.")
    }

    fn report_providers(&self, n: &dyn Display, w: &dyn Display) -> String {
        format!("{n} providers {w}")
    }

    fn report_settlement_against_advances_paid_so(
        &self,
        paid: &dyn Display,
        settle: &dyn Display,
    ) -> String {
        format!(
            "Settlement against advances: paid so far {paid}, to settle {settle} (+ to pay, − to reclaim)."
        )
    }

    fn report_compared_with(&self, label: &dyn Display) -> String {
        format!("Compared with {label}")
    }

    fn report_total_providers_gain_lose_unchanged(
        &self,
        a: &dyn Display,
        b: &dyn Display,
        delta: &dyn Display,
        gains: &dyn Display,
        loses: &dyn Display,
        unchanged: &dyn Display,
    ) -> String {
        format!(
            "Total {a} → {b} ({delta}). {gains} providers gain, {loses} lose, {unchanged} unchanged."
        )
    }

    fn report_rules(&self, name: &dyn Display) -> String {
        format!("The rules: {name}")
    }

    fn report_payout_per_provider_kr(&self, period: &dyn Display) -> String {
        format!("Payout per provider (kr), {period}")
    }

    fn report_number_of_providers_per_amount(&self, providers: &dyn Display) -> String {
        format!("Number of providers per amount band ({providers} providers).")
    }

    fn report_correction_of_the_locked_run(&self, locked_name: &dyn Display) -> String {
        format!("Correction of the locked run {locked_name}")
    }

    fn report_only_the_providers_and_indicators(
        &self,
        total_delta: &dyn Display,
        providers: &dyn Display,
    ) -> String {
        format!(
            "Only the providers and indicators that changed are shown. Total change {total_delta}; {providers} providers are affected."
        )
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
            E::Eof => self.word(Word::FileEndsTooEarly).into(),
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

    fn import_failed(&self, errors: usize) -> String {
        format!("The import failed ({errors} errors), nothing changed")
    }

    fn problems_summary(&self, errors: usize, warnings: usize, file_errors: usize) -> String {
        format!("{errors} rule errors · {warnings} warnings · {file_errors} file errors")
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

    fn locked_notice(&self, name: &dyn Display, fp: &dyn Display) -> String {
        format!("Locked {name}; fingerprint (quote it in the decision): {fp}")
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

    // cli::decide

    fn cli_solve_summary(
        &self,
        service_type: &dyn Display,
        budget: &dyn Display,
        current_rate: &dyn Display,
        current_total: &dyn Display,
        rate: &dyn Display,
        total: &dyn Display,
        next_rate: &dyn Display,
        next_total: &dyn Display,
        unit: &dyn Display,
        exact: &dyn Display,
    ) -> String {
        format!(
            "{service_type}: budget {budget} kr\nnow: {current_rate} {unit}, total {current_total} kr\nexact rate: {exact} {unit}\nhighest rate within budget: {rate} {unit}, total {total} kr ({next_rate} {unit} would cost {next_total} kr)"
        )
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

    fn at_post(&self, post: usize) -> String {
        format!(", record {post}")
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

    fn window_failed(&self, e: &dyn Display) -> String {
        format!("The window ended with an error: {e}")
    }

    fn renderer_failed(&self, renderer: &dyn Display, e: &dyn Display) -> String {
        format!("The graphics ({renderer}) could not start: {e}; trying the next")
    }

    fn window_could_not_start(&self, failures: &str) -> String {
        format!("Could not start the window: {failures}")
    }

    fn log_folder_not_opened(&self, dir: &dyn Display, e: &dyn Display) -> String {
        format!("The log folder {dir} could not be opened in the file manager: {e}")
    }

    fn no_log_folder(&self) -> String {
        "There is no folder for the user's data here (no home folder), so no log is written".into()
    }

    fn symlink_refused(&self, path: &str) -> String {
        format!("{path} is a symbolic link; write to the file it points to instead")
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
