//! The document (rule set), the results, the latest calculation and what the user was told.
//! Every action that can fail leaves the state as it was and records a located error.

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

/// The sample municipality's rule set and results.
pub fn sample() -> (RuleSet, ResultSet) {
    let rules = io::rules_ron::parse_rules(SAMPLE_RULES, "sjovik/rules.ron")
        .expect("bundled sample rules are valid");
    let results = io::results_csv::parse_results(SAMPLE_RESULTS, "sjovik/results.csv")
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
    }
}

/// All state of an open session, apart from how it is drawn.
pub struct AppState {
    /// The rule set being edited.
    pub rules: RuleSet,
    /// Where the rules were opened from or last saved to (`None`: the sample or a new set).
    pub rules_path: Option<PathBuf>,
    /// Name shown for the rules when there is no path.
    pub rules_label: String,
    /// The rules as last opened or saved; the document is dirty when `rules` differs.
    saved_rules: RuleSet,
    /// SHA-256 of the rule file as last opened or saved (for the audit trail).
    pub(crate) rules_sha256: Option<String>,
    /// Modification time of the rule file when it was last opened or saved here.
    rules_mtime: Option<std::time::SystemTime>,
    /// The results calculated from. Read from a CSV file, they are kept folded into the cells
    /// of the periods the app calculates (see [`io::read_results_for_periods`]), not as rows;
    /// an edit that reads another period folds the file again (see [`Self::cover`]).
    pub results: ResultSet,
    pub results_path: Option<PathBuf>,
    /// How `results_path` was read (a sheet, a Kolada mapping), to read it again.
    results_opts: io::ResultsOptions,
    /// Periods the results file could not be read again for, at a results generation: not
    /// tried again (each frame) until the results or the periods asked for change.
    cover_failed: Option<(u64, Vec<Period>)>,
    /// The latest successful calculation.
    pub calc: Option<Calculation>,
    /// True when the current rules have errors, so `calc` belongs to earlier rules.
    pub calc_is_stale: bool,
    /// Validation of the current rules.
    pub problems: Vec<Problem>,
    /// Errors from the last failed open or import (with file, line, column).
    pub file_errors: Vec<FileError>,
    /// Messages, newest last.
    pub notifications: Vec<Notification>,
    pub undo: UndoStack,
    /// The rules `calc` and `problems` were computed from.
    calculated_rules: RuleSet,
    /// The compiled plan `calc` was last calculated from.
    calculated_plan: Option<crate::domain::plan::Plan>,
    /// The results aggregated for the current rules' period and indicators (reused by edits
    /// that only change weights, levels or payout).
    aggregated: Option<crate::domain::engine::Aggregated>,
    /// Counts replacements of `results`; `calc` was made at `calc_results_generation`.
    results_generation: u64,
    calc_results_generation: u64,
    /// Counts changes of `calc` (views cache what they derive from it by this).
    calc_version: u64,
    /// Seconds since start, set by the UI each frame (for notification times).
    pub now_s: f64,
    pub lang: Lang,
    /// Compare, budget forecast and sweep.
    pub decide: super::decide::DecideState,
    /// The locked run open read-only, if any.
    pub locked: Option<super::locked::LockedView>,
    /// Corrected results against the open locked run.
    pub correction: Option<super::locked::CorrectionView>,
    /// The "Fastställ" form.
    pub lock_form: super::locked::LockForm,
    /// Work running on its own thread (the report, a lock).
    pub jobs: Vec<super::locked::Job>,
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
            saved_rules: rules.clone(),
            rules_sha256: None,
            rules_mtime: None,
            undo: UndoStack::new(&rules),
            calculated_rules: rules.clone(),
            calculated_plan: None,
            aggregated: None,
            results_generation: 0,
            calc_results_generation: 0,
            calc_version: 0,
            rules,
            rules_path,
            results,
            results_path,
            results_opts: io::ResultsOptions::default(),
            cover_failed: None,
            calc: None,
            calc_is_stale: false,
            problems: Vec::new(),
            file_errors: Vec::new(),
            notifications: Vec::new(),
            now_s: 0.0,
            lang,
            decide: super::decide::DecideState::default(),
            locked: None,
            correction: None,
            lock_form: super::locked::LockForm::default(),
            jobs: Vec::new(),
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
            if !s.open_locked(r) {
                errors.append(&mut s.file_errors);
            }
            s.file_errors = errors;
            return s;
        }
        if let Some(r) = rules
            && !s.open_rules(r)
        {
            errors.append(&mut s.file_errors);
        }
        if let Some(r) = results
            && !s.import_results(r)
        {
            errors.append(&mut s.file_errors);
        }
        s.file_errors = errors;
        s
    }

    /// The app's default: the bundled sample municipality.
    pub fn with_sample(lang: Lang) -> Self {
        let (rules, results) = sample();
        AppState::new(rules, None, results, None, lang)
    }

    /// True if `path` is the open rule file and it changed on disk after we opened or saved it
    /// (another program or person saved it): saving would overwrite a newer file.
    pub fn newer_on_disk(&self, path: &Path) -> bool {
        self.rules_path.as_deref() == Some(path)
            && match (self.rules_mtime, mtime(path)) {
                (Some(ours), Some(theirs)) => theirs > ours,
                _ => false,
            }
    }

    /// Restores unsaved rules recovered after a crash: the document is the file at `path` (if
    /// any) with the recovered rules as unsaved edits on top.
    pub fn restore_unsaved(&mut self, rules: RuleSet, path: Option<PathBuf>, label: String) {
        let saved = path.as_deref().and_then(|p| io::read_rules_hashed(p).ok());
        match saved {
            Some((on_disk, sha)) => {
                self.replace_rules(on_disk, path.clone(), label);
                self.rules_sha256 = Some(sha);
                self.rules_mtime = path.as_deref().and_then(mtime);
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
        self.aggregated = None;
        self.results_generation += 1;
    }

    /// True when the rules have edits that are not saved.
    pub fn is_dirty(&self) -> bool {
        self.rules != self.saved_rules
    }

    /// The name of the results shown to the user.
    pub fn results_label(&self) -> String {
        match &self.results_path {
            Some(p) => io::display_name(p),
            None => self.results.source_file.clone(),
        }
    }

    pub fn notify(&mut self, level: Level, text: impl Into<String>) {
        self.notifications.push(Notification {
            level,
            text: text.into(),
            time_s: self.now_s,
        });
        if self.notifications.len() > 200 {
            self.notifications.remove(0);
        }
    }

    /// Recomputes if the rules changed since the last calculation. Returns true if it did.
    pub fn recompute_if_changed(&mut self) -> bool {
        if self.rules != self.calculated_rules {
            self.recompute();
            true
        } else {
            false
        }
    }

    /// Compiles the rules (validating them once) and calculates. On errors the previous
    /// calculation stays, marked stale.
    pub fn recompute(&mut self) {
        self.calculated_rules = self.rules.clone();
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
            .aggregated
            .as_ref()
            .is_some_and(|a| a.fits(&plan, &self.results))
        {
            // Columns the edit did not touch (and the index of the results) are taken over.
            let fresh = self.aggregated.is_none();
            let agg = crate::domain::engine::aggregate_reusing(
                &plan,
                &self.results,
                self.aggregated.as_ref(),
            );
            if fresh {
                // Newly loaded results: index them now (≈ 25 ms at 1.2 M rows, beside the
                // import) so that the first edit of the indicator set is as fast as the rest.
                agg.prepare_index(&self.results);
            }
            self.aggregated = Some(agg);
        }
        let Some(agg) = self.aggregated.as_ref() else {
            return;
        };
        // The previous calculation is brought up to date in place when it was made from the
        // same results: what the edit did not touch is not computed again.
        match (&mut self.calc, &self.calculated_plan) {
            (Some(c), Some(before))
                if !self.calc_is_stale
                    && self.calc_results_generation == self.results_generation =>
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
        self.calc_version += 1;
        self.calc_is_stale = false;
        self.calc_results_generation = self.results_generation;
        self.calculated_plan = Some(plan);
    }

    /// Changes whenever `calc` does.
    pub fn calc_version(&self) -> u64 {
        self.calc_version
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

    pub fn error_count(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }

    /// Replaces the rules by a new document (after the caller asked about unsaved edits).
    pub fn replace_rules(&mut self, rules: RuleSet, path: Option<PathBuf>, label: String) {
        self.rules = rules;
        self.saved_rules = self.rules.clone();
        self.rules_path = path;
        self.rules_label = label;
        self.rules_sha256 = None;
        self.rules_mtime = None;
        self.undo.reset(&self.rules);
        self.recompute();
    }

    /// Opens a rule file. On failure nothing changes and the located error is recorded.
    pub fn open_rules(&mut self, path: &Path) -> bool {
        match io::read_rules_hashed(path) {
            Ok((rules, sha)) => {
                self.file_errors.clear();
                self.replace_rules(rules, Some(path.to_path_buf()), io::display_name(path));
                self.rules_sha256 = Some(sha);
                self.rules_mtime = mtime(path);
                let msg = self.lang.words().state_opened(&io::display_name(path));
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
            self.results_opts = opts.clone();
        }
        ok
    }

    /// The periods the app's calculations read now: those of the current rules and of the
    /// baseline they are compared with (the saved rules or another rule file), when they
    /// compile.
    fn periods_calculated(&self) -> Vec<Period> {
        let baseline = self.decide.baseline_rules(&self.saved_rules, &self.rules);
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
        if let Some((generation, failed)) = &self.cover_failed
            && *generation == self.results_generation
            && periods.iter().all(|p| failed.contains(p))
        {
            return false;
        }
        // A folded set is only ever read from a file (`import_results_with`).
        let Some(path) = self.results_path.clone() else {
            return false;
        };
        let mut want = self.periods_calculated();
        want.extend_from_slice(periods);
        let read = io::read_results_for_periods(&path, &self.results_opts, want);
        let errors = match read {
            Ok(set) if set.source_sha256 == self.results.source_sha256 => {
                self.results = set;
                self.forget_aggregation();
                self.cover_failed = None;
                return true;
            }
            Ok(_) => vec![super::locked::changed_on_disk(
                &path,
                io::error::ChangedInput::Results,
            )],
            Err(e) => e.errors,
        };
        self.cover_failed = Some((self.results_generation, periods.to_vec()));
        self.fail(
            errors,
            self.lang.word(Word::ResultsNotReadForThePeriods).into(),
        )
    }

    /// [`Self::cover`] for the periods `plan` reads.
    fn cover_plan(&mut self, plan: &crate::domain::plan::Plan) -> bool {
        let periods: Vec<Period> = plan.periods_read().collect();
        self.cover(&periods)
    }

    /// [`Self::cover`] for the current rules' periods (true when they do not compile: the
    /// caller then reports their errors).
    fn cover_current(&mut self) -> bool {
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
                let n = results.providers.len();
                let rows = results.rows();
                self.results = results;
                self.aggregated = None;
                self.results_generation += 1;
                self.results_path = Some(path.to_path_buf());
                self.recompute();
                let msg = self.lang.words().state_imported_providers_results(
                    &io::display_name(path),
                    &crate::words::number::group_thousands(n as u64, self.lang),
                    &crate::words::number::group_thousands(rows as u64, self.lang),
                );
                self.notify(Level::Success, msg);
                true
            }
            Err(e) => {
                let n = e.errors.len();
                self.fail(e.errors, self.lang.words().import_failed(n))
            }
        }
    }

    /// Saves the rules atomically (with a `.bak` of the previous file).
    pub fn save_rules(&mut self, path: &Path) -> bool {
        let text = io::rules_ron::to_ron_string(&self.rules);
        match io::atomic::write_atomic_with_backup(path, text.as_bytes()) {
            Ok(()) => {
                self.saved_rules = self.rules.clone();
                self.rules_sha256 = Some(io::audit::sha256_hex(text.as_bytes()));
                self.rules_mtime = mtime(path);
                self.rules_path = Some(path.to_path_buf());
                self.rules_label = io::display_name(path);
                let msg = self.lang.words().state_saved(&io::display_name(path));
                self.notify(Level::Success, msg);
                true
            }
            Err(e) => self.fail(
                vec![FileError::write(&io::display_name(path), &e)],
                self.lang.word(Word::CouldNotSave).into(),
            ),
        }
    }

    /// Writes an export of the current calculation atomically.
    pub fn export(&mut self, path: &Path, what: Export) -> bool {
        let Some(calc) = self.calc.as_ref().filter(|_| !self.calc_is_stale) else {
            let msg = self.refusal(Word::RulesHaveErrorsFixThemBefore);
            self.notify(Level::Error, msg);
            return false;
        };
        // An export never replaces the rules or results it was computed from.
        let inputs: Vec<&Path> = [self.rules_path.as_deref(), self.results_path.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        let files = match what {
            Export::Payouts => {
                io::payout_files(path, calc, None, &self.rules, &self.audit(), self.lang)
            }
            Export::ExplanationCsv => Ok(vec![(
                path.to_path_buf(),
                io::export_csv::explanation_csv(calc, self.lang),
            )]),
        };
        let result = files.and_then(|files| {
            let outputs: Vec<&Path> = files.iter().map(|(p, _)| p.as_path()).collect();
            io::check_outputs(&inputs, &outputs)?;
            io::write_files(&files)
        });
        self.exported(path, result)
    }

    /// What the current calculation was made from. Unsaved rules are hashed as they would be saved.
    pub fn audit(&self) -> io::audit::Audit {
        let (rules_file, rules_sha256) = match (&self.rules_sha256, self.is_dirty()) {
            (Some(sha), false) => (self.rules_label.clone(), sha.clone()),
            _ => (
                format!("{}{}", self.rules_label, self.lang.word(Word::Unsaved)),
                io::audit::sha256_hex(io::rules_ron::to_ron_string(&self.rules).as_bytes()),
            ),
        };
        io::audit::Audit {
            app_version: env!("CARGO_PKG_VERSION").to_string(),
            rules_file,
            rules_sha256,
            results_file: self.results_label(),
            results_sha256: self.results.source_sha256.clone(),
            calculated_at: io::audit::now_utc(),
        }
    }

    /// Exports the comparison (`Some(true)`) or the last sweep (`Some(false)`) as CSV with its
    /// `.verifikation.csv` or as XLSX (by extension), with the audit rows of every input. Never
    /// over an input; on failure nothing is written.
    pub fn export_decision(&mut self, path: &Path, comparison: bool) -> bool {
        use crate::io::export_decide as ed;
        let lang = self.lang;
        let audit = self.audit();
        let mut rows: ed::AuditRows = vec![
            (
                "program".into(),
                format!("Kvalitetspeng {}", audit.app_version),
            ),
            ("regelfil".into(), audit.rules_file.clone()),
            ("regelfil_sha256".into(), audit.rules_sha256.clone()),
            ("resultatfil".into(), audit.results_file.clone()),
            ("resultatfil_sha256".into(), audit.results_sha256.clone()),
        ];
        let mut inputs: Vec<PathBuf> = [self.rules_path.clone(), self.results_path.clone()]
            .into_iter()
            .flatten()
            .collect();
        let is_xlsx = io::is_xlsx(path);
        let files: Result<Vec<(PathBuf, Vec<u8>)>, String> = if comparison {
            match &self.decide.source {
                super::decide::CompareSource::File { path: p, rules, .. } => {
                    inputs.push(p.clone());
                    rows.push(("jämförd_med".into(), io::display_name(p)));
                    rows.push((
                        "jämförd_med_sha256".into(),
                        std::fs::read(p)
                            .map(|b| io::audit::sha256_hex(&b))
                            .unwrap_or_else(|_| {
                                io::audit::sha256_hex(
                                    io::rules_ron::to_ron_string(rules).as_bytes(),
                                )
                            }),
                    ));
                }
                _ => {
                    rows.push(("jämförd_med".into(), self.decide.source_label(lang)));
                    rows.push((
                        "jämförd_med_sha256".into(),
                        io::audit::sha256_hex(
                            io::rules_ron::to_ron_string(&self.saved_rules).as_bytes(),
                        ),
                    ));
                }
            }
            match self.comparison() {
                Some(c) if is_xlsx => ed::compare_xlsx(&c, &rows, lang)
                    .map(|b| vec![(path.to_path_buf(), b)])
                    .map_err(|e| e.to_string()),
                Some(c) => Ok(vec![
                    (path.to_path_buf(), ed::compare_csv(&c, lang)),
                    (io::audit::companion_path(path), Vec::new()),
                ]),
                None => Err(lang.word(Word::ThereIsNoComparison).into()),
            }
        } else {
            match self.decide.sweep.result.clone() {
                Some(s) if is_xlsx => ed::sweep_xlsx(&s, &rows, lang)
                    .map(|b| vec![(path.to_path_buf(), b)])
                    .map_err(|e| e.to_string()),
                Some(s) => Ok(vec![
                    (path.to_path_buf(), ed::sweep_csv(&s, lang)),
                    (io::audit::companion_path(path), Vec::new()),
                ]),
                None => Err(lang.word(Word::RunTheSweepFirst).into()),
            }
        };
        rows.push(("beräknad".into(), audit.calculated_at.clone()));
        let result = files
            .map_err(|m| {
                FileError::new(
                    &io::display_name(path),
                    None,
                    None,
                    io::FileErrorMsg::Write(m),
                )
            })
            .and_then(|mut files| {
                // The CSV's audit companion, now that the rows are complete.
                for (p, b) in files.iter_mut().skip(1) {
                    if p.as_os_str()
                        .to_string_lossy()
                        .ends_with(".verifikation.csv")
                    {
                        *b = ed::audit_csv(&rows);
                    }
                }
                let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
                let outputs: Vec<&Path> = files.iter().map(|(p, _)| p.as_path()).collect();
                io::check_outputs(&inputs, &outputs)?;
                io::write_files(&files)
            });
        self.exported(path, result)
    }

    /// Tells the user how an export went; returns whether it was written.
    fn exported(&mut self, path: &Path, result: Result<(), FileError>) -> bool {
        match result {
            Ok(()) => {
                let msg = self.lang.words().state_exported(&io::display_name(path));
                self.notify(Level::Success, msg);
                true
            }
            Err(e) => self.fail(vec![e], self.lang.word(Word::CouldNotExport).into()),
        }
    }

    /// Records located file errors for the problems panel and tells the user; returns false.
    fn fail(&mut self, errors: Vec<FileError>, prefix: String) -> bool {
        let first = errors
            .first()
            .map(|f| f.text(self.lang))
            .unwrap_or_default();
        self.file_errors = errors;
        self.notify(Level::Error, format!("{prefix}: {first}"));
        false
    }

    /// The comparison of the current calculation with the baseline (the rules as last saved,
    /// or another rule file), if there is one.
    pub fn comparison(
        &mut self,
    ) -> Option<std::rc::Rc<crate::domain::decide::compare::Comparison>> {
        self.calc.as_ref()?;
        // A baseline about to be calculated reads its periods: the results must answer them.
        let baseline = self
            .decide
            .baseline_to_calculate(&self.saved_rules, &self.rules, self.results_generation)
            .and_then(|r| crate::domain::plan::compile(r).ok());
        if let Some(plan) = baseline
            && !self.cover_plan(&plan)
        {
            return None;
        }
        let calc = self.calc.as_ref()?;
        self.decide.comparison(
            &self.saved_rules,
            &self.rules,
            (&self.results, self.results_generation),
            (calc, self.calc_version),
            self.aggregated.as_ref(),
        )
    }

    /// Compares with another rule file from now on. On failure nothing changes.
    pub fn compare_with_file(&mut self, path: &Path) -> bool {
        match io::read_rules(path) {
            Ok(rules) => {
                if let Err(problems) = crate::domain::plan::compile(&rules) {
                    let n = problems
                        .iter()
                        .filter(|p| p.severity == Severity::Error)
                        .count();
                    let msg = self
                        .lang
                        .words()
                        .state_has_errors_and_cannot_be(&io::display_name(path), &n);
                    self.notify(Level::Error, msg);
                    return false;
                }
                self.file_errors.clear();
                self.decide.source = super::decide::CompareSource::File {
                    path: path.to_path_buf(),
                    label: io::display_name(path),
                    rules,
                };
                true
            }
            Err(e) => self.fail(
                vec![e],
                self.lang
                    .word(Word::CouldNotOpenTheRuleFileToCompare)
                    .into(),
            ),
        }
    }

    /// Sets the rate of `st`'s scheme to the highest within its budget (an undoable edit).
    pub fn fit_to_budget(&mut self, st: crate::domain::ServiceType) -> bool {
        let lang = self.lang;
        let Some(budget) = self.rules.scheme(st).and_then(|s| s.budget) else {
            return false;
        };
        if !self.cover_current() {
            return false;
        }
        match crate::domain::decide::solve::solve_budget(&self.rules, &self.results, st, budget) {
            Ok(s) => {
                let p = crate::domain::decide::param::Param {
                    service_type: st,
                    indicator: None,
                    field: crate::domain::decide::param::Field::Rate,
                };
                if let Ok(r) = p.apply(&self.rules, s.rate) {
                    self.rules = r;
                    self.recompute_if_changed();
                    let n = |d| crate::words::number::format_number_lang(d, Some(2), lang);
                    let unit = match s.kind {
                        crate::domain::decide::solve::RateKind::KrPerUnit => {
                            lang.word(Word::KrPerUnit)
                        }
                        crate::domain::decide::solve::RateKind::PercentOfCompensation => {
                            lang.word(Word::PercentOfCompensation)
                        }
                    };
                    let msg = lang.words().state_rate_applied(
                        &st.label(lang),
                        &n(s.rate),
                        &n(s.total),
                        &n(budget),
                        &unit,
                    );
                    self.notify(Level::Success, msg);
                }
                true
            }
            Err(e) => {
                let msg = e.text(lang);
                self.notify(Level::Error, msg);
                false
            }
        }
    }

    /// Runs the sweep in `decide.sweep` on the current rules.
    pub fn run_sweep(&mut self) {
        let lang = self.lang;
        if !self.cover_current() {
            self.decide.sweep.result = None;
            self.decide.sweep.error = Some(lang.word(Word::ResultsNotReadForThePeriods).into());
            return;
        }
        let f = &mut self.decide.sweep;
        f.error = None;
        let parsed = crate::domain::decide::param::Param::parse(f.param.trim())
            .map_err(|e| e.text(lang))
            .and_then(|p| {
                let from = crate::domain::decimal::parse_number(&f.from)
                    .map_err(|e| format!("{}: {}", lang.word(Word::From), e.text(lang)))?;
                let to = crate::domain::decimal::parse_number(&f.to)
                    .map_err(|e| format!("{}: {}", lang.word(Word::To), e.text(lang)))?;
                crate::domain::decide::sweep::sweep(
                    &self.rules,
                    &self.results,
                    &p,
                    from,
                    to,
                    f.steps,
                )
                .map_err(|e| e.text(lang))
            });
        match parsed {
            Ok(s) => f.result = Some(std::rc::Rc::new(s)),
            Err(e) => {
                f.result = None;
                f.error = Some(e);
            }
        }
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

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// The payout table: `.xlsx` as a workbook, otherwise CSV with an audit companion.
    Payouts,
    ExplanationCsv,
}
