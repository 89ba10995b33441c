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

mod en;
mod explanation;
mod labels;
pub mod number;
mod problems;
pub mod prose;
mod scorers;
mod sv;

pub use explanation::{IntervalEnd, exact_text, score_text};

use std::fmt::Display;

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
    Step, Uncertainty, Unit, VolumeUnit,
};
use crate::domain::validation::ProblemMsg;
use crate::io::error::{FileErrorMsg, SpecialFile};
use crate::io::locked::{ArchiveProblem, Finding, LockError};

/// Language of texts shown to the user. Swedish is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// Svenska
    #[default]
    Sv,
    /// English
    En,
}

impl Lang {
    /// Every language, in the order of the language menu.
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    /// The texts of this language.
    pub fn words(self) -> &'static dyn Words {
        match self {
            Lang::Sv => &sv::Sv,
            Lang::En => &en::En,
        }
    }

    /// A fixed text in this language.
    pub fn word(self, w: Word) -> &'static str {
        self.words().word(w)
    }

    /// Name of the language in itself.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Sv => "Svenska",
            Lang::En => "English",
        }
    }
}

/// Whether a located error's column is a number (a spreadsheet or headerless column) rather
/// than a name, which the languages quote.
fn is_column_number(c: &str) -> bool {
    !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit())
}

/// The texts of one language.
pub trait Words: Sync {
    /// A fixed text.
    fn word(&self, w: Word) -> &'static str;

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

    /// What counts for an interval rule `u` when the number of respondents is missing.
    fn respondents_missing_counts(&self, u: Uncertainty, base: &str) -> String;

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

    /// An indicator as the place of a problem, e.g. `indikator ”helhet”`.
    fn indicator_location(&self, id: &str) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_threshold(&self, l: &Decimal, u: Unit, dir: Direction) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_step(&self, s: &Step, u: Unit, dir: Direction) -> String;

    /// A sentence of the rules in plain words (see [`prose`]).
    fn prose_steps(&self, s: &str) -> String;

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

    /// The line (or spreadsheet row) of a located error: `, rad 5`.
    fn at_line(&self, line: usize) -> String;

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

    /// A text of `ui::problems`.
    fn problems_notes_on_uncertainty(&self, notes: &dyn Display) -> String;

    /// A text of `ui::problems`.
    fn problems_survey_uncertainty_levels_that_confidence(&self, notes: &dyn Display) -> String;

    /// A text of `ui::problems`.
    fn problems_messages(&self, notifications: &dyn Display) -> String;

    // ui::editor

    /// A text of `ui::editor`.
    fn editor_errors(&self, n: &dyn Display) -> String;

    /// A text of `ui::editor`.
    fn editor_rate_label(&self, unit: &dyn Display) -> String;

    /// A text of `ui::editor`.
    fn editor_areas(&self, areas: &dyn Display) -> String;

    /// A text of `ui::editor`.
    fn editor_area(&self, n: &dyn Display) -> String;

    /// A text of `ui::editor`.
    fn editor_deductions(&self, deductions: &dyn Display) -> String;

    // ui::decide

    /// A text of `ui::decide`.
    fn ui_decide_compared_with(&self, label: &dyn Display) -> String;

    /// A text of `ui::decide`.
    fn ui_decide_over_the_budget_by(&self, budget: &dyn Display, over: &dyn Display) -> String;

    /// A text of `ui::decide`.
    fn ui_decide_within_budget(&self, budget: &dyn Display, left: &dyn Display) -> String;

    /// A text of `ui::decide`.
    fn ui_decide_total_kr_against(&self, param: &dyn Display) -> String;

    // ui

    /// A text of `ui`.
    fn ui_unknown_file_type_expected_ron(&self, p: &dyn Display) -> String;

    /// A text of `ui`.
    fn ui_rules_in_have_changes_that(&self, rules_label: &dyn Display) -> String;

    /// A text of `ui`.
    fn ui_has_several_sheets_which_one(&self, path: &dyn Display) -> String;

    /// A text of `ui`.
    fn ui_was_saved_by_someone_else(&self, path: &dyn Display) -> String;

    /// A text of `ui`.
    fn ui_no_file_never_saved(&self, rules_label: &dyn Display) -> String;

    /// A text of `ui`.
    fn ui_program_ended_with_unsaved_changes(&self, name: &dyn Display) -> String;

    // ui::detail

    /// A text of `ui::detail`.
    fn detail_all_providers_results_against_the(&self, values: &dyn Display) -> String;

    // ui::table

    /// A text of `ui::table`.
    fn table_rules_have_errors_see_the(&self, n: &dyn Display) -> String;

    /// A text of `ui::table`.
    fn table_of_providers_are_paid(
        &self,
        paid_providers: &dyn Display,
        providers: &dyn Display,
    ) -> String;

    /// A text of `ui::table`.
    fn table_filtered_providers(&self, rows: &dyn Display, shown: &dyn Display) -> String;

    /// A text of `ui::table`.
    fn table_providers(&self, providers: &dyn Display) -> String;

    /// A text of `ui::table`.
    fn table_paid_so_far(&self, paid: &dyn Display) -> String;

    // ui::locked

    /// A text of `ui::locked`.
    fn ui_locked_locked_run_read_only(&self, name: &dyn Display) -> String;

    /// A text of `ui::locked`.
    fn ui_locked_locked(&self, locked_at: &dyn Display) -> String;

    /// A text of `ui::locked`.
    fn ui_locked_amounts_below_are_the_correction(
        &self,
        name: &dyn Display,
        providers: &dyn Display,
    ) -> String;

    /// A text of `ui::locked`.
    fn ui_locked_correction_against(&self, locked_name: &dyn Display) -> String;

    /// A text of `ui::locked`.
    fn ui_locked_providers_change_in_total_kr(
        &self,
        providers: &dyn Display,
        total_delta: &dyn Display,
        name: &dyn Display,
    ) -> String;

    // app::state

    /// A text of `app::state`.
    fn state_opened(&self, path: &dyn Display) -> String;

    /// A text of `app::state`.
    fn state_imported_providers_results(
        &self,
        path: &dyn Display,
        n: &dyn Display,
        rows: &dyn Display,
    ) -> String;

    /// A text of `app::state`.
    fn state_saved(&self, path: &dyn Display) -> String;

    /// A text of `app::state`.
    fn state_exported(&self, path: &dyn Display) -> String;

    /// A text of `app::state`.
    fn state_has_errors_and_cannot_be(&self, path: &dyn Display, n: &dyn Display) -> String;

    /// A text of `app::state`.
    fn state_rate_applied(
        &self,
        service_type: &dyn Display,
        rate: &dyn Display,
        total: &dyn Display,
        budget: &dyn Display,
        unit: &dyn Display,
    ) -> String;

    // app::locked

    /// A text of `app::locked`.
    fn app_locked_writing_the_decision_report(&self, name: &dyn Display) -> String;

    /// A text of `app::locked`.
    fn app_locked_wrote_the_decision_report(&self, name: &dyn Display) -> String;

    /// A text of `app::locked`.
    fn app_locked_locking(&self, name: &dyn Display) -> String;

    /// A text of `app::locked`.
    fn app_locked_corrected_results_providers_change_against(
        &self,
        providers: &dyn Display,
        name: &dyn Display,
    ) -> String;

    /// A text of `app::locked`.
    fn app_locked_exported(&self, path: &dyn Display) -> String;

    // cli::decide

    /// A text of `cli::decide`.
    fn cli_decide_command_needs(&self, what: &dyn Display) -> String;

    /// A text of `cli::decide`.
    fn cli_decide_gain_lose_unchanged_only_in(
        &self,
        gains: &dyn Display,
        loses: &dyn Display,
        unchanged: &dyn Display,
        only_in_a: &dyn Display,
        only_in_b: &dyn Display,
    ) -> String;

    /// A text of `cli::decide`.
    fn cli_decide_and_share_no_provider_the(
        &self,
        results_a: &dyn Display,
        results_b: &dyn Display,
    ) -> String;

    /// A text of `cli::decide`.
    fn cli_decide_unknown_scheme_write_hemtjanst_or(&self, s: &dyn Display) -> String;

    /// A text of `cli::decide`.
    fn cli_bad_number(&self, problem: &dyn Display, option: &dyn Display) -> String;

    /// A text of `cli::decide`.
    fn cli_decide_over_the_budget_up_to(&self, l: &dyn Display, t: &dyn Display) -> String;

    // cli::locked

    /// A text of `cli::locked`.
    fn cli_locked_other_version(
        &self,
        program_version: &dyn Display,
        this_version: &dyn Display,
    ) -> String;

    /// A text of `cli::locked`.
    fn cli_locked_providers_change_in_total_kr(
        &self,
        providers: &dyn Display,
        total_delta: &dyn Display,
    ) -> String;

    // io::report

    /// A text of `io::report`.
    fn report_document_title(&self, period: &dyn Display) -> String;

    /// A text of `io::report`.
    fn report_page_of_kvalitetspeng(
        &self,
        municipality: &dyn Display,
        rule_set_name: &dyn Display,
        app_version: &dyn Display,
        k: &dyn Display,
        n: &dyn Display,
    ) -> String;

    /// A text of `io::report`.
    fn report_title(&self, period: &dyn Display) -> String;

    /// A text of `io::report`.
    fn report_calculated_with_kvalitetspeng_from_and(
        &self,
        calculated_at: &dyn Display,
        app_version: &dyn Display,
        rules_file: &dyn Display,
        results_file: &dyn Display,
    ) -> String;

    /// A text of `io::report`.
    fn report_of_providers_are_paid(
        &self,
        paid_providers: &dyn Display,
        providers: &dyn Display,
        text: &dyn Display,
    ) -> String;

    /// A text of `io::report`.
    fn report_providers(&self, n: &dyn Display, w: &dyn Display) -> String;

    /// A text of `io::report`.
    fn report_settlement_against_advances_paid_so(
        &self,
        paid: &dyn Display,
        settle: &dyn Display,
    ) -> String;

    /// A text of `io::report`.
    fn report_compared_with(&self, label: &dyn Display) -> String;

    /// A text of `io::report`.
    fn report_total_providers_gain_lose_unchanged(
        &self,
        a: &dyn Display,
        b: &dyn Display,
        delta: &dyn Display,
        gains: &dyn Display,
        loses: &dyn Display,
        unchanged: &dyn Display,
    ) -> String;

    /// A text of `io::report`.
    fn report_rules(&self, name: &dyn Display) -> String;

    /// A text of `io::report`.
    fn report_payout_per_provider_kr(&self, period: &dyn Display) -> String;

    /// A text of `io::report`.
    fn report_number_of_providers_per_amount(&self, providers: &dyn Display) -> String;

    /// A text of `io::report`.
    fn report_correction_of_the_locked_run(&self, locked_name: &dyn Display) -> String;

    /// A text of `io::report`.
    fn report_only_the_providers_and_indicators(
        &self,
        total_delta: &dyn Display,
        providers: &dyn Display,
    ) -> String;

    /// Why a rule file is not valid RON (custom messages of our own types are bilingual).
    fn ron_error(&self, e: &ron::Error) -> String;

    /// The notice that an import failed and changed nothing.
    fn import_failed(&self, errors: usize) -> String;

    /// The problems panel's count of errors, warnings and file errors.
    fn problems_summary(&self, errors: usize, warnings: usize, file_errors: usize) -> String;

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

    /// The notice that a run was locked, with its fingerprint.
    fn locked_notice(&self, name: &dyn Display, fp: &dyn Display) -> String;

    /// The fixed start of the payout CSV's header.
    fn payout_csv_header(&self) -> &'static str;

    /// The header of the explanation CSV.
    fn explanation_csv_header(&self) -> &'static str;

    /// Where a sweep stays within the budget: beyond a level (`over`, when the budget is exceeded somewhere), or at a level.
    fn cli_within_budget(&self, over: Option<&str>, level: &str, total: &str) -> String;
    // cli::decide

    /// A text of `cli::decide`.
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
    ) -> String;

    /// The notice that a locked run was opened: verified, or with what does not match.
    fn opened_locked_run(&self, name: &str, findings: Option<&str>) -> String;

    /// A number with `dp` decimals and no thousands separator, for columns a spreadsheet reads back.
    fn plain_number(&self, d: Decimal, dp: u32) -> String;

    /// The post (record) of a located import warning: `, post 3`.
    fn at_post(&self, post: usize) -> String;

    /// An import warning (without its place).
    fn import_warning(&self, k: &ImportWarningKind) -> String;

    /// The window ran and then failed.
    fn window_failed(&self, e: &dyn Display) -> String;

    /// A graphics renderer could not start; the next is tried.
    fn renderer_failed(&self, renderer: &dyn Display, e: &dyn Display) -> String;

    /// No graphics renderer could start the window.
    fn window_could_not_start(&self, failures: &str) -> String;

    /// Hjälp › Öppna loggmappen: the file manager could not be started for the folder.
    fn log_folder_not_opened(&self, dir: &dyn Display, e: &dyn Display) -> String;

    /// Hjälp › Öppna loggmappen: the platform gives no folder for the user's data.
    fn no_log_folder(&self) -> String;

    /// An output path that is a symbolic link, refused.
    fn symlink_refused(&self, path: &str) -> String;
}

/// A fixed text: a label, a heading, a tooltip, a message without values. Grouped by the
/// module that shows it (a text used in several places is listed where it is first used).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Word {
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
    SourceCommit,
    ProgramFileSha256,
    OpenLogFolder,
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
