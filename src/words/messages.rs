//! The messages whose only logic is their text: each passes its values, already written for
//! the reader, to the message of its name (in kebab case) in the language files.

use std::fmt::Display;

use super::Words;

/// Declares methods of [`Words`] that each fill one message with their arguments.
macro_rules! messages {
    ($($(#[$attr:meta])* $name:ident = $id:literal ($($arg:ident: $ty:ty),*);)*) => {
        impl Words {
            $(
                $(#[$attr])*
                #[allow(clippy::too_many_arguments)] // one argument per value the message names
                pub fn $name(&self, $($arg: $ty),*) -> String {
                    self.lang().message($id, &[$((stringify!($arg), &$arg as &dyn Display)),*])
                }
            )*
        }
    };
}

messages! {
    /// An indicator as the place of a problem, e.g. `indikator ”helhet”`.
    indicator_location = "indicator-location" (id: &str);
    /// A sentence of the rules in plain words (see [`prose`]).
    /// The line (or spreadsheet row) of a located error: `, rad 5`.
    at_line = "at-line" (line: usize);
    /// A text of `ui::problems`.
    problems_notes_on_uncertainty = "problems-notes-on-uncertainty" (notes: &dyn Display);
    /// A text of `ui::problems`.
    problems_survey_uncertainty_levels_that_confidence = "problems-survey-uncertainty-levels-that-confidence" (notes: &dyn Display);
    /// A text of `ui::problems`.
    problems_messages = "problems-messages" (notifications: &dyn Display);
    /// A text of `ui::editor`.
    editor_errors = "editor-errors" (n: &dyn Display);
    /// After the first change an undo makes: how many more it makes.
    undo_and_more = "undo-and-more" (n: &dyn Display);
    /// A sweep's parameter: step K's level (from 1).
    param_step_level = "param-step-level" (k: &dyn Display);
    /// A sweep's parameter: step K's credit (from 1).
    param_step_credit = "param-step-credit" (k: &dyn Display);
    /// The notice of an indicator removed in the editor (with "Ångra").
    editor_indicator_removed = "editor-indicator-removed" (name: &dyn Display);
    /// A text of `ui::editor`.
    editor_rate_label = "editor-rate-label" (unit: &dyn Display);
    /// A text of `ui::editor`.
    editor_areas = "editor-areas" (areas: &dyn Display);
    /// A text of `ui::editor`.
    editor_area = "editor-area" (n: &dyn Display);
    /// A text of `ui::editor`.
    editor_deductions = "editor-deductions" (deductions: &dyn Display);
    /// A text of `ui::decide`.
    ui_decide_compared_with = "ui-decide-compared-with" (label: &dyn Display);
    /// A text of `ui::decide`.
    ui_decide_over_the_budget_by = "ui-decide-over-the-budget-by" (budget: &dyn Display, over: &dyn Display);
    /// A text of `ui::decide`.
    ui_decide_within_budget = "ui-decide-within-budget" (budget: &dyn Display, left: &dyn Display);
    /// A text of `ui::decide`.
    ui_decide_total_kr_against = "ui-decide-total-kr-against" (param: &dyn Display);
    /// A text of `ui`.
    ui_unknown_file_type_expected_ron = "ui-unknown-file-type-expected-ron" (p: &dyn Display);
    /// A text of `ui`.
    ui_rules_in_have_changes_that = "ui-rules-in-have-changes-that" (rules_label: &dyn Display);
    /// A text of `ui`.
    ui_has_several_sheets_which_one = "ui-has-several-sheets-which-one" (path: &dyn Display);
    /// A text of `ui`.
    ui_was_saved_by_someone_else = "ui-was-saved-by-someone-else" (path: &dyn Display);
    /// A text of `ui`.
    ui_no_file_never_saved = "ui-no-file-never-saved" (rules_label: &dyn Display);
    /// A text of `ui`.
    ui_program_ended_with_unsaved_changes = "ui-program-ended-with-unsaved-changes" (name: &dyn Display);
    /// A text of `ui::detail`.
    detail_all_providers_results_against_the = "detail-all-providers-results-against-the" (values: &dyn Display);
    /// A text of `ui::table`.
    table_rules_have_errors_see_the = "table-rules-have-errors-see-the" (n: &dyn Display);
    /// A text of `ui::table`.
    table_of_providers_are_paid = "table-of-providers-are-paid" (paid_providers: &dyn Display, providers: &dyn Display);
    /// A text of `ui::table`.
    table_filtered_providers = "table-filtered-providers" (rows: &dyn Display, shown: &dyn Display);
    /// A text of `ui::table`.
    table_providers = "table-providers" (providers: &dyn Display);
    /// A text of `ui::table`.
    table_paid_so_far = "table-paid-so-far" (paid: &dyn Display);
    /// A text of `ui::locked`.
    ui_locked_locked_run_read_only = "ui-locked-locked-run-read-only" (name: &dyn Display);
    /// A text of `ui::locked`.
    ui_locked_locked = "ui-locked-locked" (locked_at: &dyn Display);
    /// A text of `ui::locked`.
    ui_locked_amounts_below_are_the_correction = "ui-locked-amounts-below-are-the-correction" (name: &dyn Display, providers: &dyn Display);
    /// A text of `ui::locked`.
    ui_locked_correction_against = "ui-locked-correction-against" (locked_name: &dyn Display);
    /// A text of `ui::locked`.
    ui_locked_providers_change_in_total_kr = "ui-locked-providers-change-in-total-kr" (providers: &dyn Display, total_delta: &dyn Display, name: &dyn Display);
    /// A text of `app::state`.
    state_opened = "state-opened" (path: &dyn Display);
    /// A text of `app::state`.
    state_imported_providers_results = "state-imported-providers-results" (path: &dyn Display, n: &dyn Display, rows: &dyn Display);
    /// A text of `app::state`.
    state_saved = "state-saved" (path: &dyn Display);
    /// A text of `app::state`.
    state_exported = "state-exported" (path: &dyn Display);
    /// A text of `app::state`.
    state_has_errors_and_cannot_be = "state-has-errors-and-cannot-be" (path: &dyn Display, n: &dyn Display);
    /// A text of `app::state`.
    state_rate_applied = "state-rate-applied" (service_type: &dyn Display, rate: &dyn Display, total: &dyn Display, budget: &dyn Display, unit: &dyn Display);
    /// A text of `app::locked`.
    app_locked_writing_the_decision_report = "app-locked-writing-the-decision-report" (name: &dyn Display);
    /// A text of `app::locked`.
    app_locked_wrote_the_decision_report = "app-locked-wrote-the-decision-report" (name: &dyn Display);
    /// A text of `app::locked`.
    app_locked_locking = "app-locked-locking" (name: &dyn Display);
    /// A text of `app::locked`.
    app_locked_corrected_results_providers_change_against = "app-locked-corrected-results-providers-change-against" (providers: &dyn Display, name: &dyn Display);
    /// A text of `app::locked`.
    app_locked_exported = "app-locked-exported" (path: &dyn Display);
    /// A text of `cli::decide`.
    cli_decide_command_needs = "cli-decide-command-needs" (what: &dyn Display);
    /// A text of `cli::decide`.
    cli_decide_gain_lose_unchanged_only_in = "cli-decide-gain-lose-unchanged-only-in" (gains: &dyn Display, loses: &dyn Display, unchanged: &dyn Display, only_in_a: &dyn Display, only_in_b: &dyn Display);
    /// `sweep --steps` that is not a whole number 2–`max`.
    cli_sweep_steps = "cli-sweep-steps" (got: &str, max: &dyn Display);
    /// A text of `cli::decide`.
    cli_decide_and_share_no_provider_the = "cli-decide-and-share-no-provider-the" (results_a: &dyn Display, results_b: &dyn Display);
    /// A text of `cli::decide`.
    cli_decide_unknown_scheme_write_hemtjanst_or = "cli-decide-unknown-scheme-write-hemtjanst-or" (s: &dyn Display);
    /// A text of `cli::decide`.
    cli_bad_number = "cli-bad-number" (problem: &dyn Display, option: &dyn Display);
    /// A text of `cli::decide`.
    cli_decide_over_the_budget_up_to = "cli-decide-over-the-budget-up-to" (l: &dyn Display, t: &dyn Display);
    /// A text of `cli::locked`.
    cli_locked_other_version = "cli-locked-other-version" (program_version: &dyn Display, this_version: &dyn Display);
    /// A text of `cli::locked`.
    cli_locked_providers_change_in_total_kr = "cli-locked-providers-change-in-total-kr" (providers: &dyn Display, total_delta: &dyn Display);
    /// A text of `io::report`.
    report_document_title = "report-document-title" (period: &dyn Display);
    /// A text of `io::report`.
    report_page_of_kvalitetspeng = "report-page-of-kvalitetspeng" (municipality: &dyn Display, rule_set_name: &dyn Display, app_version: &dyn Display, k: &dyn Display, n: &dyn Display);
    /// A text of `io::report`.
    report_title = "report-title" (period: &dyn Display);
    /// A text of `io::report`.
    report_calculated_with_kvalitetspeng_from_and = "report-calculated-with-kvalitetspeng-from-and" (calculated_at: &dyn Display, app_version: &dyn Display, rules_file: &dyn Display, results_file: &dyn Display);
    /// A text of `io::report`.
    report_of_providers_are_paid = "report-of-providers-are-paid" (paid_providers: &dyn Display, providers: &dyn Display, text: &dyn Display);
    /// A text of `io::report`.
    /// A text of `io::report`.
    report_settlement_against_advances_paid_so = "report-settlement-against-advances-paid-so" (paid: &dyn Display, settle: &dyn Display);
    /// The report's line before the notes on survey uncertainty (the problems panel's words).
    report_uncertainty_notes = "report-uncertainty-notes" (notes: &dyn Display);
    /// A text of `io::report`.
    report_compared_with = "report-compared-with" (label: &dyn Display);
    /// A text of `io::report`.
    report_total_providers_gain_lose_unchanged = "report-total-providers-gain-lose-unchanged" (a: &dyn Display, b: &dyn Display, delta: &dyn Display, gains: &dyn Display, loses: &dyn Display, unchanged: &dyn Display);
    /// A text of `io::report`.
    report_rules = "report-rules" (name: &dyn Display);
    /// A text of `io::report`.
    report_payout_per_provider_kr = "report-payout-per-provider-kr" (period: &dyn Display);
    /// A text of `io::report`.
    report_number_of_providers_per_amount = "report-number-of-providers-per-amount" (providers: &dyn Display);
    /// A text of `io::report`.
    report_correction_of_the_locked_run = "report-correction-of-the-locked-run" (locked_name: &dyn Display);
    /// A text of `io::report`.
    report_only_the_providers_and_indicators = "report-only-the-providers-and-indicators" (total_delta: &dyn Display, providers: &dyn Display);
    /// The report's warning of characters without a glyph in a provider's id or name.
    report_missing_glyphs_provider = "report-missing-glyphs-provider" (chars: &dyn Display, id: &dyn Display, name: &dyn Display);
    /// The report's warning of characters without a glyph in another text.
    report_missing_glyphs_text = "report-missing-glyphs-text" (chars: &dyn Display, text: &dyn Display);
    /// The notice that an import failed and changed nothing.
    import_failed = "import-failed" (errors: usize);
    /// The problems panel's count of errors, warnings and file errors.
    problems_summary = "problems-summary" (errors: usize, warnings: usize, file_errors: usize);
    /// The notice that a run was locked, with its fingerprint.
    locked_notice = "locked-notice" (name: &dyn Display, fp: &dyn Display);
    /// A text of `cli::decide`.
    cli_solve_summary = "cli-solve-summary" (service_type: &dyn Display, budget: &dyn Display, current_rate: &dyn Display, current_total: &dyn Display, rate: &dyn Display, total: &dyn Display, next_rate: &dyn Display, next_total: &dyn Display, unit: &dyn Display, exact: &dyn Display);
    /// The post (record) of a located import warning: `, post 3`.
    at_post = "at-post" (post: usize);
    /// The window ran and then failed.
    window_failed = "window-failed" (e: &dyn Display);
    /// A graphics renderer could not start; the next is tried.
    renderer_failed = "renderer-failed" (renderer: &dyn Display, e: &dyn Display);
    /// No graphics renderer could start the window.
    window_could_not_start = "window-could-not-start" (failures: &str);
    /// An output path that is a symbolic link, refused.
    symlink_refused = "symlink-refused" (path: &str);
    /// Hjälp › Öppna loggmappen: the file manager could not be started for the folder.
    log_folder_not_opened = "log-folder-not-opened" (dir: &dyn Display, e: &dyn Display);
    /// Hjälp › Öppna loggmappen: the platform gives no folder for the user's data.
    no_log_folder = "no-log-folder" ();
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_name = "rule-change-name" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_municipality = "rule-change-municipality" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_period = "rule-change-period" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_scheme_added = "rule-change-scheme-added" (new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_scheme_removed = "rule-change-scheme-removed" ();
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_payout = "rule-change-payout" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a payout base's field that has no wording of its own.
    rule_change_field = "rule-change-field" (label: &dyn Display, old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_min_score = "rule-change-min-score" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_all_met = "rule-change-all-met" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_cap = "rule-change-cap" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_budget = "rule-change-budget" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_missing_data = "rule-change-missing-data" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_areas = "rule-change-areas" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_deductions = "rule-change-deductions" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_floor = "rule-change-floor" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_indicator_added = "rule-change-indicator-added" (weight: &dyn Display, scoring: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_indicator_removed = "rule-change-indicator-removed" ();
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_weight = "rule-change-weight" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_scoring = "rule-change-scoring" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_min_respondents = "rule-change-min-respondents" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_uncertainty = "rule-change-uncertainty" (old: &dyn Display, new: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_yes = "rule-change-yes" ();
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    rule_change_no = "rule-change-no" ();
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    report_rule_changes = "report-rule-changes" (a: &dyn Display, b: &dyn Display);
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    report_no_rule_changes = "report-no-rule-changes" ();
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    report_per_provider = "report-per-provider" ();
    /// The comparison report: a rule change or a provider's row (`words::rule_changes`).
    report_status_change = "report-status-change" (before: &dyn Display, after: &dyn Display);
    /// The report's appendix: a provider's heading again after a page break.
    report_continued = "report-continued" (name: &dyn Display);
    /// Arkiv › Utskick…: the job's name while it writes.
    app_writing_statements = "app-writing-statements" (dir: &dyn Display);
    /// Arkiv › Utskick…: done.
    app_wrote_statements = "app-wrote-statements" (n: &dyn Display, dir: &dyn Display);
    /// Arkiv › Utskick…: failed (the error follows).
    app_statements_not_written = "app-statements-not-written" ();
    /// A provider's statement (`io::report::statement`): its title.
    statement_title = "statement-title" (period: &dyn Display, name: &dyn Display);
    /// A provider's statement: what the document is.
    statement_intro = "statement-intro" (municipality: &dyn Display);
    /// A provider's statement: the heading of its indicators.
    statement_indicators = "statement-indicators" ();
    /// A provider's statement: an indicator's value.
    statement_value = "statement-value" (value: &dyn Display);
    /// A provider's statement: an indicator's respondents.
    statement_respondents = "statement-respondents" (n: &dyn Display);
    /// A provider's statement: the level reached.
    statement_level = "statement-level" (level: &dyn Display);
    /// A provider's statement: credit × weight = points.
    statement_credit = "statement-credit" (credit: &dyn Display, weight: &dyn Display, points: &dyn Display);
    /// A provider's statement: the heading of the rules of its scheme.
    statement_rules = "statement-rules" (name: &dyn Display);
    /// A provider's statement: the heading of where corrections go.
    statement_corrections_heading = "statement-corrections-heading" ();
    /// A provider's statement: where corrections go and by which date.
    statement_corrections = "statement-corrections" (to: &dyn Display, by: &dyn Display);
    /// A provider's statement: no place or date for corrections in the rule file.
    statement_no_corrections = "statement-no-corrections" ();
}
