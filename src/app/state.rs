//! The document (rule set), the results, the latest calculation and what the user was told.
//! Every action that can fail leaves the state as it was and records a located error.

use crate::words::msg;
use std::path::{Path, PathBuf};

use crate::domain::explanation::Calculation;
use crate::domain::period::Period;
use crate::domain::validation::{Problem, Severity};
use crate::domain::{ResultSet, RuleSet};
use crate::io::{self, FileError};
use crate::words::{Lang, Word};

use super::notifications::{Level, Notification};
use super::undo::UndoStack;

/// The bundled sample municipality (also the app's default view).
pub const SAMPLE_RULES: &str = include_str!("../../sample_data/sjovik/rules.ron");
/// The bundled sample results.
pub const SAMPLE_RESULTS: &[u8] = include_bytes!("../../sample_data/sjovik/results.csv");

/// The name the bundled sample results are shown under.
const SAMPLE_RESULTS_NAME: &str = "sjovik/results.csv";

/// The sample municipality's rule set and results.
pub fn sample() -> (RuleSet, ResultSet) {
    let rules = io::rules_ron::parse_rules(SAMPLE_RULES, "sjovik/rules.ron")
        .expect("bundled sample rules are valid");
    let results = io::results_csv::parse_results(SAMPLE_RESULTS, SAMPLE_RESULTS_NAME)
        .expect("bundled sample results are valid");
    (rules, results)
}

/// An empty rule set to start from.
pub fn empty_rules() -> RuleSet {
    RuleSet {
        format_version: crate::domain::rules::FORMAT_VERSION,
        municipality: String::new(),
        name: String::new(),
        period: String::new(),
        schemes: Vec::new(),
        corrections: None,
    }
}

/// The rule file the document was opened from or last saved to.
#[derive(Debug, Clone)]
pub struct RulesFile {
    /// Where the rules were opened from or last saved to (`None`: the sample or a new set).
    pub path: Option<PathBuf>,
    /// The rules as last opened or saved; the document is dirty when `rules` differs.
    pub(crate) saved: RuleSet,
    /// SHA-256 of the rule file as last opened or saved (for the audit trail).
    pub(crate) sha256: Option<String>,
    /// Modification time of the rule file when it was last opened or saved here.
    pub(crate) mtime: Option<std::time::SystemTime>,
    /// The file's comments as opened: its leading ones are written again on saving.
    pub comments: Option<io::rules_ron::Comments>,
    /// The file's text as opened or saved: the rules' problems are located in it (not in the
    /// file, which may have changed since).
    pub(crate) text: Option<String>,
}

/// A file given at start-up that could not be opened (the rules, the results, or a locked
/// run): instead of an empty table, the window says which file (the full path) and what is
/// wrong, and offers another file (or the sample, or to go on without it).
#[derive(Debug, Clone)]
pub struct StartFailure {
    pub path: PathBuf,
    pub error: FileError,
    pub kind: StartFile,
}

/// Which file of the start-up a [`StartFailure`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartFile {
    Rules,
    Results,
    Locked,
}

/// The file the results were read from, and how, to read it again.
#[derive(Debug, Clone, Default)]
pub struct ResultsFile {
    pub path: Option<PathBuf>,
    /// How `path` was read (a sheet, a Kolada mapping).
    pub(crate) opts: io::ResultsOptions,
    /// Periods the file could not be read again for, at a results generation: not tried
    /// again (each frame) until the results or the periods asked for change.
    pub(crate) cover_failed: Option<(u64, Vec<Period>)>,
}

/// What the latest calculation was made from, so that an edit recomputes only what it touched.
pub(crate) struct CalcCache {
    /// The rules `calc` and `problems` were computed from.
    pub(crate) rules: RuleSet,
    /// The compiled plan `calc` was last calculated from.
    pub(crate) plan: Option<crate::domain::plan::Plan>,
    /// The results aggregated for the current rules' period and indicators (reused by edits
    /// that only change weights, levels or payout).
    pub(crate) aggregated: Option<crate::domain::engine::Aggregated>,
    /// Counts replacements of `results`; `calc` was made at `calc_results_generation`.
    pub(crate) results_generation: u64,
    pub(crate) calc_results_generation: u64,
    /// Counts changes of `calc` (views cache what they derive from it by this).
    pub(crate) calc_version: u64,
}

/// All state of an open session, apart from how it is drawn: the document, the results, the
/// calculation, what the user was told, and decisions (compare, locked runs).
pub struct AppState {
    /// The rule set being edited.
    pub rules: RuleSet,
    /// Name shown for the rules (the file's, or the sample's or a new set's).
    pub rules_label: String,
    pub rules_file: RulesFile,
    /// The results calculated from. Read from a CSV file, they are kept folded into the cells
    /// of the periods the app calculates (see [`io::read_results_for_periods`]), not as rows;
    /// an edit that reads another period folds the file again (see [`Self::cover`]).
    pub results: ResultSet,
    pub results_file: ResultsFile,
    /// The latest successful calculation.
    pub calc: Option<Calculation>,
    /// True when the current rules have errors, so `calc` belongs to earlier rules.
    pub calc_is_stale: bool,
    pub(crate) cache: CalcCache,
    /// Validation of the current rules.
    pub problems: Vec<Problem>,
    /// Errors from the last failed open or import (with file, line, column).
    pub file_errors: Vec<FileError>,
    /// Messages, newest last.
    pub notifications: Vec<Notification>,
    pub undo: UndoStack,
    /// Seconds since start, set by the UI each frame (for notification times).
    pub now_s: f64,
    pub lang: Lang,
    /// Compare, budget forecast and sweep.
    pub decide: super::decide::DecideState,
    /// The Effekt window (issue 37).
    pub effect: super::effect::EffectForm,
    /// The locked run open read-only, if any.
    pub locked: Option<super::locked::LockedView>,
    /// Corrected results against the open locked run.
    pub correction: Option<super::locked::CorrectionView>,
    /// The "Fastställ" form.
    pub lock_form: super::locked::LockForm,
    /// Work running on its own thread (the report, a lock).
    pub jobs: Vec<super::locked::Job>,
    /// The rule file given at start-up could not be opened (until other rules replace it).
    pub start_failure: Option<StartFailure>,
}

impl AppState {
    pub fn new(
        rules: RuleSet,
        rules_path: Option<PathBuf>,
        results: ResultSet,
        results_path: Option<PathBuf>,
        lang: Lang,
    ) -> Self {
        let mut s = AppState {
            rules_label: rules_path
                .as_deref()
                .map(io::display_name)
                .unwrap_or_else(|| "sjovik/rules.ron".into()),
            rules_file: RulesFile {
                path: rules_path,
                saved: rules.clone(),
                sha256: None,
                mtime: None,
                comments: None,
                text: None,
            },
            undo: UndoStack::new(&rules),
            cache: CalcCache {
                rules: rules.clone(),
                plan: None,
                aggregated: None,
                results_generation: 0,
                calc_results_generation: 0,
                calc_version: 0,
            },
            rules,
            results,
            results_file: ResultsFile {
                path: results_path,
                ..Default::default()
            },
            calc: None,
            calc_is_stale: false,
            problems: Vec::new(),
            file_errors: Vec::new(),
            notifications: Vec::new(),
            now_s: 0.0,
            lang,
            decide: super::decide::DecideState::default(),
            effect: super::effect::EffectForm::default(),
            locked: None,
            correction: None,
            lock_form: super::locked::LockForm::default(),
            jobs: Vec::new(),
            start_failure: None,
        };
        s.recompute();
        s
    }

    /// The state at start-up. Without files: the bundled sample municipality. With files: only
    /// what they hold — a rule file without results shows no providers, results without rules
    /// start an empty rule set — and a file that cannot be read leaves its part empty with the
    /// located errors recorded, never the sample's data in its place.
    pub fn for_startup(rules: Option<&Path>, results: Option<&Path>, lang: Lang) -> Self {
        if rules.is_none() && results.is_none() {
            return AppState::with_sample(lang);
        }
        let mut s = AppState::new(empty_rules(), None, ResultSet::default(), None, lang);
        s.rules_label = lang.word(Word::NewRulesName).into();
        let mut errors = Vec::new();
        // `--rules 2025.kvp` opens a locked run (read-only, verified).
        let is_locked = |p: &Path| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("kvp"));
        if let Some(r) = rules.filter(|r| is_locked(r)) {
            s.open_locked_at_start(r);
            return s;
        }
        if let Some(r) = rules
            && !s.open_rules(r)
        {
            // One message on the window (see `StartFailure`), not a notice and an empty rule
            // set's problems.
            s.failed_at_start(r, StartFile::Rules);
            errors.append(&mut s.file_errors);
        }
        if let Some(r) = results
            && !s.import_results(r)
        {
            s.failed_at_start(r, StartFile::Results);
            errors.append(&mut s.file_errors);
        }
        s.file_errors = errors;
        s
    }

    /// Opens the locked run the app was started with; if it cannot be, the window says so
    /// (see [`StartFailure`]).
    pub fn open_locked_at_start(&mut self, path: &Path) -> bool {
        let ok = self.open_locked(path);
        if !ok {
            self.failed_at_start(path, StartFile::Locked);
        }
        ok
    }

    /// The file `path` of the start-up could not be opened: its error (the latest) becomes
    /// the window's message, unless an earlier file's already is.
    fn failed_at_start(&mut self, path: &Path, kind: StartFile) {
        if self.start_failure.is_none()
            && let Some(error) = self.file_errors.last().cloned()
        {
            let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
            self.start_failure = Some(StartFailure { path, error, kind });
            self.notifications.clear();
        }
    }

    /// "Fortsätt utan den": the start-up's message is put away with its error.
    pub fn continue_without_start_file(&mut self) {
        if let Some(f) = self.start_failure.take() {
            self.file_errors.retain(|e| *e != f.error);
        }
    }

    /// The app's default: the bundled sample municipality.
    pub fn with_sample(lang: Lang) -> Self {
        let (rules, results) = sample();
        AppState::new(rules, None, results, None, lang)
    }

    /// True if `path` is the open rule file and it changed on disk after we opened or saved it
    /// (another program or person saved it): saving would overwrite a newer file.
    pub fn newer_on_disk(&self, path: &Path) -> bool {
        self.rules_file.path.as_deref() == Some(path)
            && match (self.rules_file.mtime, mtime(path)) {
                (Some(ours), Some(theirs)) => theirs > ours,
                _ => false,
            }
    }

    /// Restores unsaved rules recovered after a crash: the document is the file at `path` (if
    /// any) with the recovered rules as unsaved edits on top.
    pub fn restore_unsaved(&mut self, rules: RuleSet, path: Option<PathBuf>, label: String) {
        let saved = path
            .as_deref()
            .and_then(|p| io::read_rules_with_comments(p).ok());
        match saved {
            Some((on_disk, comments)) => {
                self.replace_rules(on_disk.rules, path.clone(), label);
                self.rules_file.sha256 = Some(on_disk.sha256);
                self.rules_file.comments = Some(comments);
                self.rules_file.text = Some(on_disk.text);
                self.rules_file.mtime = path.as_deref().and_then(mtime);
            }
            None => self.replace_rules(empty_rules(), None, label),
        }
        self.rules = rules;
        self.recompute();
        let msg = self.lang.word(Word::UnsavedRuleEditsRestored);
        self.notify(Level::Success, msg);
    }

    /// Drops the cached aggregation (after `results` was replaced directly).
    pub fn forget_aggregation(&mut self) {
        self.cache.aggregated = None;
        self.cache.results_generation += 1;
    }

    /// True when the rules have edits that are not saved.
    pub fn is_dirty(&self) -> bool {
        self.rules != self.rules_file.saved
    }

    /// True while the results shown are the bundled sample's (a fictional municipality).
    pub fn showing_sample(&self) -> bool {
        self.results_file.path.is_none()
            && self.locked.is_none()
            && self.results.source_file == SAMPLE_RESULTS_NAME
    }

    /// The name of the results shown to the user.
    pub fn results_label(&self) -> String {
        match &self.results_file.path {
            Some(p) => io::display_name(p),
            None => self.results.source_file.clone(),
        }
    }

    pub fn notify(&mut self, level: Level, text: impl Into<String>) {
        self.notifications.push(Notification {
            level,
            text: text.into(),
            time_s: self.now_s,
            undo_at: None,
        });
        if self.notifications.len() > 200 {
            self.notifications.remove(0);
        }
    }

    /// Tells of an edit just made (settled as its own undo step) with "Ångra" on the notice.
    pub fn notify_undoable(&mut self, text: impl Into<String>) {
        self.undo.settle(&self.rules);
        self.notify(Level::Info, text);
        if let Some(n) = self.notifications.last_mut() {
            n.undo_at = Some(self.undo.depth());
        }
    }

    /// Recomputes if the rules changed since the last calculation. Returns true if it did.
    pub fn recompute_if_changed(&mut self) -> bool {
        if self.rules != self.cache.rules {
            self.recompute();
            true
        } else {
            false
        }
    }

    /// Compiles the rules (validating them once) and calculates. On errors the previous
    /// calculation stays, marked stale.
    pub fn recompute(&mut self) {
        self.cache.rules = self.rules.clone();
        let plan = match crate::domain::plan::compile(&self.rules) {
            Ok(plan) => plan,
            Err(problems) => {
                self.problems = problems;
                self.calc_is_stale = true;
                return;
            }
        };
        self.problems = plan.warnings.clone();
        if !self.cover_plan(&plan) {
            self.calc_is_stale = true;
            return;
        }
        if !self
            .cache
            .aggregated
            .as_ref()
            .is_some_and(|a| a.fits(&plan, &self.results))
        {
            // Columns the edit did not touch (and the index of the results) are taken over.
            let fresh = self.cache.aggregated.is_none();
            let agg = crate::domain::engine::aggregate_reusing(
                &plan,
                &self.results,
                self.cache.aggregated.as_ref(),
            );
            if fresh {
                // Newly loaded results: index them now (≈ 25 ms at 1.2 M rows, beside the
                // import) so that the first edit of the indicator set is as fast as the rest.
                agg.prepare_index(&self.results);
            }
            self.cache.aggregated = Some(agg);
        }
        let Some(agg) = self.cache.aggregated.as_ref() else {
            return;
        };
        // The previous calculation is brought up to date in place when it was made from the
        // same results: what the edit did not touch is not computed again.
        match (&mut self.calc, &self.cache.plan) {
            (Some(c), Some(before))
                if !self.calc_is_stale
                    && self.cache.calc_results_generation == self.cache.results_generation =>
            {
                crate::domain::engine::recalculate(c, before, &plan, &self.results, agg)
            }
            _ => {
                self.calc = Some(crate::domain::engine::calculate_with(
                    &plan,
                    &self.results,
                    agg,
                ))
            }
        }
        self.cache.calc_version += 1;
        self.calc_is_stale = false;
        self.cache.calc_results_generation = self.cache.results_generation;
        self.cache.plan = Some(plan);
    }

    /// Changes whenever `calc` does.
    pub fn calc_version(&self) -> u64 {
        self.cache.calc_version
    }

    /// True when `calc` belongs to earlier rules because the results could not be read for
    /// the current rules' periods (see [`Self::cover`]), not because the rules have errors.
    pub fn stale_for_results(&self) -> bool {
        self.calc_is_stale && self.error_count() == 0
    }

    /// What an action that needs an up-to-date calculation tells the user when there is none:
    /// `rules` (the rules have errors), or that the results could not be read for the periods.
    pub fn refusal(&self, rules: Word) -> &'static str {
        if self.stale_for_results() {
            self.lang.word(Word::ResultsNotReadForThePeriods)
        } else {
            self.lang.word(rules)
        }
    }

    /// The rules' problems, each with its line and column in the rule file's text as opened or
    /// saved while the rules are still that text's (not edited since); without a place
    /// otherwise (edited rules, the sample, a new set, a locked run's rules).
    pub fn located_problems(&self) -> Vec<io::rules_ron::locate::Located> {
        match &self.rules_file.text {
            Some(text) if !self.is_dirty() => {
                io::rules_ron::locate::locate_all(text, &self.problems)
            }
            _ => self
                .problems
                .iter()
                .map(|p| io::rules_ron::locate::Located {
                    problem: p.clone(),
                    at: None,
                })
                .collect(),
        }
    }

    pub fn error_count(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }

    /// Replaces the rules by a new document (after the caller asked about unsaved edits).
    pub fn replace_rules(&mut self, rules: RuleSet, path: Option<PathBuf>, label: String) {
        if let Some(f) = self.start_failure.take() {
            self.file_errors.retain(|e| *e != f.error);
        }
        self.rules = rules;
        self.rules_file.saved = self.rules.clone();
        self.rules_file.path = path;
        self.rules_label = label;
        self.rules_file.sha256 = None;
        self.rules_file.mtime = None;
        self.rules_file.comments = None;
        self.rules_file.text = None;
        self.undo.reset(&self.rules);
        self.recompute();
    }

    /// Opens a rule file. On failure nothing changes and the located error is recorded.
    pub fn open_rules(&mut self, path: &Path) -> bool {
        match io::read_rules_with_comments(path) {
            Ok((read, comments)) => {
                self.file_errors.clear();
                self.replace_rules(read.rules, Some(path.to_path_buf()), io::display_name(path));
                self.rules_file.sha256 = Some(read.sha256);
                self.rules_file.comments = Some(comments);
                self.rules_file.text = Some(read.text);
                self.rules_file.mtime = mtime(path);
                let msg = msg!(
                    self.lang.words(),
                    "state-opened",
                    path = &io::display_name(path)
                );
                self.notify(Level::Success, msg);
                true
            }
            Err(e) => self.fail(
                vec![e],
                self.lang.word(Word::CouldNotOpenTheRuleFile).into(),
            ),
        }
    }

    /// Imports a results file. On failure nothing changes and every located error is recorded.
    pub fn import_results(&mut self, path: &Path) -> bool {
        self.import_results_with(path, &io::ResultsOptions::default())
    }

    /// [`Self::import_results`] with a sheet or a Kolada mapping.
    ///
    /// A CSV file is read streamed and kept folded into the periods the app calculates now
    /// (the current rules' and the baseline's): cells, not rows.
    pub fn import_results_with(&mut self, path: &Path, opts: &io::ResultsOptions) -> bool {
        let read = io::read_results_for_periods(path, opts, self.periods_calculated());
        let ok = self.accept_results(path, read);
        if ok {
            self.results_file.opts = opts.clone();
        }
        ok
    }

    /// The periods the app's calculations read now: those of the current rules and of the
    /// baseline they are compared with (the saved rules or another rule file), when they
    /// compile.
    fn periods_calculated(&self) -> Vec<Period> {
        let baseline = self
            .decide
            .baseline_rules(&self.rules_file.saved, &self.rules);
        [Some(&self.rules), baseline]
            .into_iter()
            .flatten()
            .filter_map(|r| crate::domain::plan::compile(r).ok())
            .flat_map(|plan| plan.periods_read().collect::<Vec<_>>())
            .collect()
    }

    /// Makes the results answer `periods` (those a calculation is about to read): results kept
    /// whole answer every period; results folded for other periods are read again from their
    /// file, folded for these and for every period the app calculates now. The file must still
    /// be the one imported (the same SHA-256); if it is not, or it cannot be read, nothing
    /// changes, the user is told why (import it again), and false is returned.
    fn cover(&mut self, periods: &[Period]) -> bool {
        let Some(folded) = &self.results.folded else {
            return true;
        };
        if folded.covers(periods.iter().copied()) {
            return true;
        }
        if let Some((generation, failed)) = &self.results_file.cover_failed
            && *generation == self.cache.results_generation
            && periods.iter().all(|p| failed.contains(p))
        {
            return false;
        }
        // A folded set is only ever read from a file (`import_results_with`).
        let Some(path) = self.results_file.path.clone() else {
            return false;
        };
        let mut want = self.periods_calculated();
        want.extend_from_slice(periods);
        let read = io::read_results_for_periods(&path, &self.results_file.opts, want);
        let errors = match read {
            Ok(set) if set.source_sha256 == self.results.source_sha256 => {
                self.results = set;
                self.forget_aggregation();
                self.results_file.cover_failed = None;
                return true;
            }
            Ok(_) => vec![super::locked::changed_on_disk(
                &path,
                io::error::ChangedInput::Results,
            )],
            Err(e) => e.errors,
        };
        self.results_file.cover_failed = Some((self.cache.results_generation, periods.to_vec()));
        self.fail(
            errors,
            self.lang.word(Word::ResultsNotReadForThePeriods).into(),
        )
    }

    /// [`Self::cover`] for the periods `plan` reads.
    pub(super) fn cover_plan(&mut self, plan: &crate::domain::plan::Plan) -> bool {
        let periods: Vec<Period> = plan.periods_read().collect();
        self.cover(&periods)
    }

    /// [`Self::cover`] for the current rules' periods (true when they do not compile: the
    /// caller then reports their errors).
    pub(super) fn cover_current(&mut self) -> bool {
        match crate::domain::plan::compile(&self.rules) {
            Ok(plan) => self.cover_plan(&plan),
            Err(_) => true,
        }
    }

    /// Takes results read from `path` (or records the reading's errors and changes nothing).
    pub(crate) fn accept_results(
        &mut self,
        path: &Path,
        read: Result<ResultSet, io::ImportError>,
    ) -> bool {
        match read {
            Ok(results) => {
                self.file_errors.clear();
                if self
                    .start_failure
                    .as_ref()
                    .is_some_and(|f| f.kind == StartFile::Results)
                {
                    self.start_failure = None;
                }
                let n = results.providers.len();
                let rows = results.rows();
                self.results = results;
                self.cache.aggregated = None;
                self.cache.results_generation += 1;
                self.results_file.path = Some(path.to_path_buf());
                self.recompute();
                let msg = msg!(
                    self.lang.words(),
                    "state-imported-providers-results",
                    path = &io::display_name(path),
                    n = &crate::words::number::group_thousands(n as u64, self.lang),
                    rows = &crate::words::number::group_thousands(rows as u64, self.lang)
                );
                self.notify(Level::Success, msg);
                true
            }
            Err(e) => {
                let n = e.errors.len();
                self.fail(
                    e.errors,
                    msg!(self.lang.words(), "import-failed", errors = n),
                )
            }
        }
    }

    /// Saves the rules atomically (with a `.bak` of the previous file).
    pub fn save_rules(&mut self, path: &Path) -> bool {
        // Under the comments the file began with; comments inside it are lost (the UI asks
        // first, see `comments_would_be_lost`).
        let text =
            io::rules_ron::to_ron_string_keeping(&self.rules, self.rules_file.comments.as_ref());
        match io::atomic::write_atomic_with_backup(path, text.as_bytes()) {
            Ok(()) => {
                self.rules_file.comments = Some(io::rules_ron::comments(&text));
                self.rules_file.saved = self.rules.clone();
                self.rules_file.sha256 = Some(io::audit::sha256_hex(text.as_bytes()));
                self.rules_file.mtime = mtime(path);
                self.rules_file.path = Some(path.to_path_buf());
                self.rules_label = io::display_name(path);
                self.rules_file.text = Some(text);
                let msg = msg!(
                    self.lang.words(),
                    "state-saved",
                    path = &io::display_name(path)
                );
                self.notify(Level::Success, msg);
                true
            }
            Err(e) => self.fail(
                vec![FileError::write(&io::display_name(path), &e)],
                self.lang.word(Word::CouldNotSave).into(),
            ),
        }
    }

    /// True when saving would lose comments the rule file has inside its rules.
    pub fn comments_would_be_lost(&self) -> bool {
        self.rules_file.comments.as_ref().is_some_and(|c| c.inner)
    }

    /// Records located file errors for the problems panel and tells the user; returns false.
    pub(super) fn fail(&mut self, errors: Vec<FileError>, prefix: String) -> bool {
        let first = errors
            .first()
            .map(|f| f.text(self.lang))
            .unwrap_or_default();
        self.file_errors = errors;
        self.notify(Level::Error, format!("{prefix}: {first}"));
        false
    }

    pub fn undo(&mut self) {
        if self.undo.undo(&mut self.rules) {
            self.recompute_if_changed();
        }
    }

    pub fn redo(&mut self) {
        if self.undo.redo(&mut self.rules) {
            self.recompute_if_changed();
        }
    }
}

fn mtime(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

pub use super::export::Export;
