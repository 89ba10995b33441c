//! The app's side of decisions: the decision report (PDF), locking a run (Fastställ), opening
//! a locked run read-only (verified on opening), and correcting it with corrected results.
//! The archive format and verification are `io::locked`'s; this is state and messages.

use crate::words::Text;
use crate::words::msg;
use std::path::{Path, PathBuf};

use crate::domain::explanation::Calculation;
use crate::io::locked::{self, CorrectionDiff, Finding, InputFile, LockInput, Manifest, Role};
use crate::io::{self, FileError, usecase};
use crate::words::Word;

use super::notifications::Level;
use super::state::AppState;

/// A locked run open in the app (read-only).
#[derive(Debug, Clone)]
pub struct LockedView {
    pub path: PathBuf,
    pub manifest: Manifest,
    pub fingerprint: String,
    /// What verification found when it was opened (empty: everything matched).
    pub findings: Vec<Finding>,
    pub other_version: bool,
    /// The calculation as locked.
    pub calc: Calculation,
    /// The archived inputs (for locking a correction).
    pub rules: InputFile,
    pub results: InputFile,
    pub mapping: Option<InputFile>,
}

/// A correction in progress: corrected results against the locked run.
#[derive(Debug, Clone)]
pub struct CorrectionView {
    pub diff: CorrectionDiff,
    pub results: InputFile,
    /// The Kolada mapping the corrected results were read with, if any.
    pub mapping: Option<InputFile>,
    /// The correction window is open.
    pub open: bool,
}

/// Work that takes seconds at national scale (the report, a lock), done on its own thread so
/// the window stays responsive; its outcome is shown when it is done.
pub struct Job {
    /// What is being done, for the status bar.
    pub what: String,
    rx: std::sync::mpsc::Receiver<JobResult>,
}

/// A job's outcome: the message to show, or the error with what failed.
type JobResult = Result<String, Box<(FileError, String)>>;

/// What "Fastställ" and the decision report ask before the file dialog: the decision's
/// reference (the CLI's `--decision`), and the rules saved first if they are not.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LockForm {
    pub open: bool,
    pub reference: String,
    pub with_report: bool,
    /// What the form is for: a lock, the decision report, or the providers' statements.
    pub purpose: FormPurpose,
}

/// What the decision form leads to; all three need saved rules and take the reference.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum FormPurpose {
    /// Fastställ: the archive (`.kvp`).
    #[default]
    Lock,
    /// Arkiv › Beslutsunderlag: the decision report alone.
    Report,
    /// Arkiv › Utskick: one statement per provider, into a folder.
    Statements,
}

impl LockForm {
    /// The reference as written, or none when the field is blank.
    pub fn decision(&self) -> Option<String> {
        Some(self.reference.trim().to_string()).filter(|s| !s.is_empty())
    }
}

/// A lock's input files: rules, results and a Kolada mapping.
type LockSources = (InputFile, InputFile, Option<InputFile>);

/// An input whose bytes are no longer those the calculation was made from.
pub(crate) fn changed_on_disk(p: &Path, what: io::error::ChangedInput) -> FileError {
    FileError::new(
        &io::display_name(p),
        None,
        None,
        io::FileErrorMsg::ChangedOnDisk(what),
    )
}

impl AppState {
    /// Whether the rules are read-only (a locked run is open).
    pub fn read_only(&self) -> bool {
        self.locked.is_some()
    }

    /// Whether the rules exist only in the app (never saved, the bundled sample, or edited
    /// since): a report or a lock would name a rule file and a hash that exist nowhere.
    pub fn rules_unsaved(&self) -> bool {
        !self.read_only()
            && (self.rules_file.path.is_none()
                || self.rules_file.sha256.is_none()
                || self.is_dirty())
    }

    /// The saved rule file, checked unchanged on disk since it was read or saved; `None`
    /// (with the reason told) when the rules are unsaved or the file changed.
    fn saved_rules_checked(&mut self, what: &str) -> Option<InputFile> {
        let Some(p) = self
            .rules_file
            .path
            .clone()
            .filter(|_| !self.rules_unsaved())
        else {
            let msg = format!("{what}: {}", self.lang.word(Word::SaveTheRulesFirst));
            self.notify(Level::Error, msg);
            return None;
        };
        let read = io::read_input(&p, io::MAX_RULES_BYTES).and_then(|bytes| {
            if Some(io::audit::sha256_hex(&bytes)) == self.rules_file.sha256 {
                Ok(InputFile {
                    name: io::display_name(&p),
                    bytes,
                })
            } else {
                Err(changed_on_disk(&p, io::error::ChangedInput::Rules))
            }
        });
        match read {
            Ok(f) => Some(f),
            Err(e) => {
                self.file_errors = vec![e];
                let msg = format!("{what}: {}", self.file_errors[0].text(self.lang));
                self.notify(Level::Error, msg);
                None
            }
        }
    }

    fn file_error(&mut self, e: FileError, what: Word) -> bool {
        self.file_errors = vec![e];
        let msg = format!(
            "{}: {}",
            self.lang.word(what),
            self.file_errors[0].text(self.lang)
        );
        self.notify(Level::Error, msg);
        false
    }

    /// The files an output must never replace.
    fn inputs(&self) -> Vec<PathBuf> {
        [self.rules_file.path.clone(), self.results_file.path.clone()]
            .into_iter()
            .flatten()
            .chain(self.locked.as_ref().map(|l| l.path.clone()))
            .collect()
    }

    fn write_output(&mut self, path: &Path, bytes: &[u8]) -> Result<(), FileError> {
        write_checked(&self.inputs(), path, bytes)
    }

    /// Runs `work` on its own thread: `Ok(message)` or `Err((error, message))` is shown when
    /// it is done (see [`Self::poll_jobs`]).
    fn spawn_job(&mut self, what: String, work: impl FnOnce() -> JobResult + Send + 'static) {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(work());
        });
        self.jobs.push(Job { what, rx });
    }

    fn job_done(&mut self, result: JobResult) {
        match result {
            Ok(msg) => self.notify(Level::Success, msg),
            Err(b) => {
                let (e, msg) = *b;
                self.file_errors = vec![e];
                let text = format!("{msg}: {}", self.file_errors[0].text(self.lang));
                self.notify(Level::Error, text);
            }
        }
    }

    /// Takes the outcome of every finished job (called every frame).
    pub fn poll_jobs(&mut self) {
        let jobs = std::mem::take(&mut self.jobs);
        for job in jobs {
            match job.rx.try_recv() {
                Ok(r) => self.job_done(r),
                Err(std::sync::mpsc::TryRecvError::Empty) => self.jobs.push(job),
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    let e = FileError::new(
                        &job.what,
                        None,
                        None,
                        io::FileErrorMsg::Write("the work stopped unexpectedly".into()),
                    );
                    let what = job.what.clone();
                    self.job_done(Err(Box::new((e, what))));
                }
            }
        }
    }

    /// Waits for every job and takes its outcome (before quitting, and in tests).
    pub fn wait_for_jobs(&mut self) {
        for job in std::mem::take(&mut self.jobs) {
            if let Ok(r) = job.rx.recv() {
                self.job_done(r);
            }
        }
    }

    /// Writes the decision report of the current calculation (with the comparison shown in
    /// the table, if any) with the decision's reference `decision` (a locked run's own when
    /// one is open). Only from saved rules, unchanged on disk: the report names their file and
    /// hash.
    pub fn export_report(&mut self, path: &Path, decision: Option<String>) -> bool {
        let Some(calc) = self.calc.clone().filter(|_| !self.calc_is_stale) else {
            let msg = self.refusal(Word::RulesHaveErrorsFix);
            self.notify(Level::Error, msg);
            return false;
        };
        if !self.read_only()
            && self
                .saved_rules_checked(self.lang.word(Word::DecisionReportWasNot))
                .is_none()
        {
            return false;
        }
        let comparison = self.comparison();
        let label = self.decide.source_label(self.lang);
        // The rules compared with, when the comparison is of two rule sets.
        let baseline_rules = comparison.as_ref().and_then(|_| {
            self.decide
                .baseline_rules(&self.rules_file.saved, &self.rules)
                .cloned()
        });
        let audit = self.audit();
        let decision = match &self.locked {
            Some(l) => l.manifest.decision_reference.clone(),
            None => decision,
        };
        let correction = self.correction.as_ref().map(|c| c.diff.clone());
        // The Effekt window's estimate, when it has one, is the report's effect follow-up.
        let effect = match &self.effect.outcome {
            Some(Ok(v)) => Some((v.effect.clone(), v.kpi.clone())),
            _ => None,
        };
        let comparison = comparison.map(|c| (*c).clone());
        let rules = self.rules.clone();
        let lang = self.lang;
        let inputs = self.inputs();
        let path = path.to_path_buf();
        let name = io::display_name(&path);
        let what = msg!(lang.words(), "app-locked-writing-the-decision-report", name);
        self.spawn_job(what, move || {
            let report = io::report::report(
                &io::report::ReportInput {
                    calc: &calc,
                    rules: &rules,
                    audit: &audit,
                    compared: comparison.as_ref().map(|c| io::report::Compared {
                        label: &label,
                        comparison: c,
                        rules: baseline_rules.as_ref(),
                    }),
                    decision: decision.as_deref(),
                    correction: correction.as_ref(),
                    effect: effect
                        .as_ref()
                        .map(|(effect, kpi)| io::report::EffectFollowUp { effect, kpi }),
                },
                lang,
            );
            let failed = lang.word(Word::DecisionReportWasNot).to_string();
            report
                .map_err(|e| FileError::new(&name, None, None, io::FileErrorMsg::Write(e)))
                .and_then(|r| {
                    write_checked(&inputs, &path, &r.pdf)?;
                    Ok(with_glyph_warnings(
                        msg!(lang.words(), "app-locked-wrote-the-decision-report", name),
                        &r.missing,
                        lang,
                    ))
                })
                .map_err(|e| Box::new((e, failed)))
        });
        true
    }

    /// Writes one statement per provider of the current calculation into the folder `dir`
    /// (made if it is not there), all or none, on its own thread (see
    /// [`io::usecase::write_statements`]).
    pub fn export_statements(&mut self, dir: &Path, decision: Option<String>) -> bool {
        let Some(calc) = self.calc.clone().filter(|_| !self.calc_is_stale) else {
            let msg = self.refusal(Word::RulesHaveErrorsFix);
            self.notify(Level::Error, msg);
            return false;
        };
        // Statements go to the providers: from saved rules only, as the report.
        if !self.read_only()
            && self
                .saved_rules_checked(self.lang.words().word(Word::AppStatementsNotWritten))
                .is_none()
        {
            return false;
        }
        let audit = self.audit();
        let decision = match &self.locked {
            Some(l) => l.manifest.decision_reference.clone(),
            None => decision,
        };
        let (rules, lang, inputs) = (self.rules.clone(), self.lang, self.inputs());
        let dir = dir.to_path_buf();
        let name = io::display_name(&dir);
        let what = msg!(lang.words(), "app-writing-statements", dir = name);
        self.spawn_job(what, move || {
            let failed = lang.words().word(Word::AppStatementsNotWritten).to_string();
            let input = io::report::statement::StatementInput {
                calc: &calc,
                rules: &rules,
                audit: &audit,
                decision: decision.as_deref(),
            };
            io::report::statement::statements(&input, lang)
                .map_err(|e| FileError::new(&name, None, None, io::FileErrorMsg::Write(e)))
                .and_then(|st| {
                    let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
                    io::usecase::write_statements(&inputs, &dir, &st)?;
                    let mut missing: Vec<io::report::MissingGlyphs> = Vec::new();
                    for m in st.into_iter().flat_map(|s| s.missing) {
                        if !missing.contains(&m) {
                            missing.push(m);
                        }
                    }
                    let n = calc.providers.len();
                    Ok(with_glyph_warnings(
                        msg!(lang.words(), "app-wrote-statements", n, dir = name),
                        &missing,
                        lang,
                    ))
                })
                .map_err(|e| Box::new((e, failed)))
        });
        true
    }

    /// The inputs of a lock: the files as read, checked unchanged since (the sample's results
    /// as bundled); `None` (with the reason told) when the rules are unsaved.
    fn lock_sources(&mut self) -> Option<Result<LockSources, FileError>> {
        if let Some(l) = &self.locked {
            // A locked run's rules are read-only: its archived file, byte for byte; its
            // results, or the corrected ones.
            return Some(Ok(match &self.correction {
                Some(c) => (l.rules.clone(), c.results.clone(), c.mapping.clone()),
                None => (l.rules.clone(), l.results.clone(), l.mapping.clone()),
            }));
        }
        let rules = self.saved_rules_checked(self.lang.word(Word::NotLocked))?;
        let results = match &self.results_file.path {
            Some(p) => io::read_input(p, io::MAX_RESULTS_BYTES).and_then(|bytes| {
                if io::audit::sha256_hex(&bytes) != self.results.source_sha256 {
                    return Err(changed_on_disk(p, io::error::ChangedInput::Results));
                }
                Ok(InputFile {
                    name: io::display_name(p),
                    bytes,
                })
            }),
            None => Ok(InputFile {
                name: "results.csv".into(),
                bytes: super::state::SAMPLE_RESULTS.to_vec(),
            }),
        };
        Some(results.map(|results| (rules, results, None)))
    }

    /// Locks the current run (or the correction of the open locked run) into an archive.
    pub fn lock_to(&mut self, path: &Path, form: &LockForm) -> bool {
        if self.calc.is_none() || self.calc_is_stale {
            let msg = self.refusal(Word::RulesHaveErrorsFixThem);
            self.notify(Level::Error, msg);
            return false;
        }
        let name = io::display_name(path);
        let (rules, results, mapping) = match self.lock_sources() {
            Some(Ok(x)) => x,
            Some(Err(e)) => return self.file_error(e, Word::NotLocked),
            None => return false,
        };
        let corrects = match (&self.locked, &self.correction) {
            (Some(l), Some(_)) => Some(locked::Corrects {
                archive: io::display_name(&l.path),
                fingerprint: l.fingerprint.clone(),
            }),
            _ => None,
        };
        let input = LockInput {
            rules,
            results,
            mapping,
            sheet: self.locked.as_ref().and_then(|l| l.manifest.sheet.clone()),
            decision_reference: form.decision(),
            locked_at: io::audit::now_utc(),
            lang: self.lang,
            with_report: form.with_report,
            corrects,
        };
        let lang = self.lang;
        let inputs = self.inputs();
        let path = path.to_path_buf();
        let what = msg!(lang.words(), "app-locked-locking", name);
        self.spawn_job(what, move || {
            usecase::lock(&input)
                .map_err(|e| {
                    FileError::new(&name, None, None, io::FileErrorMsg::Write(e.text(lang)))
                })
                .and_then(|l| {
                    write_checked(&inputs, &path, &l.bytes)
                        .map(|()| (l.fingerprint, l.run.report_missing))
                })
                .map(|(fp, missing)| {
                    with_glyph_warnings(
                        msg!(lang.words(), "locked-notice", name, fp),
                        &missing,
                        lang,
                    )
                })
                .map_err(|e| Box::new((e, lang.word(Word::NotLocked).to_string())))
        });
        true
    }

    /// Opens a locked run read-only: verifies it, and shows its rules and results as locked.
    /// On failure nothing changes.
    pub fn open_locked(&mut self, path: &Path) -> bool {
        let name = io::display_name(path);
        let err = |m: String| FileError::new(&name, None, None, io::FileErrorMsg::Write(m));
        let bytes = match io::read_input(path, locked::MAX_TOTAL_BYTES) {
            Ok(b) => b,
            Err(e) => {
                return self.file_error(e, Word::CouldNotOpen);
            }
        };
        let opened = locked::open(&bytes).and_then(|a| {
            let v = locked::verify(&bytes)?;
            let run = a.run()?;
            Ok((a, v, run))
        });
        let (archive, v, run) = match opened {
            Ok(x) => x,
            Err(e) => {
                let e = err(e.text(self.lang));
                return self.file_error(e, Word::CouldNotOpen);
            }
        };
        let (Some(rules), Some(results)) =
            (archive.input(Role::Rules), archive.input(Role::Results))
        else {
            return false;
        };
        let mapping = archive.input(Role::KoladaMapping);
        let set = match io::parse_results_bytes(
            &results.bytes,
            &results.name,
            archive.manifest.sheet.as_deref(),
            mapping
                .as_ref()
                .map(|m| (m.bytes.as_slice(), m.name.as_str())),
        ) {
            Ok(s) => s,
            Err(e) => {
                let e = err(e.text(self.lang));
                return self.file_error(e, Word::CouldNotOpen);
            }
        };
        self.correction = None;
        self.results = set;
        self.results_file.path = None;
        self.forget_aggregation();
        self.replace_rules(run.rules.clone(), None, format!("{name} › {}", rules.name));
        // The audit of a report or export names the archived rule file's hash.
        self.rules_file.sha256 = Some(io::audit::sha256_hex(&rules.bytes));
        self.file_errors.clear();
        let ok = v.ok();
        let findings = v
            .findings
            .iter()
            .map(|f| f.text(self.lang))
            .collect::<Vec<_>>()
            .join("; ");
        let w = self.lang.words();
        let msg = match ok {
            true => msg!(w, "opened-locked-run-none", name),
            false => msg!(w, "opened-locked-run-some-f", name, f = findings),
        };
        self.notify(if ok { Level::Success } else { Level::Error }, msg);
        self.locked = Some(LockedView {
            path: path.to_path_buf(),
            manifest: v.manifest,
            fingerprint: v.fingerprint,
            findings: v.findings,
            other_version: v.other_version,
            calc: run.calc,
            rules,
            results,
            mapping,
        });
        true
    }

    /// Leaves the locked run (the rules become an ordinary, unsaved document).
    pub fn close_locked(&mut self) {
        self.locked = None;
        self.correction = None;
    }

    /// Corrected results for the open locked run: calculates them with the locked rules and
    /// shows what changes. On failure nothing changes.
    pub fn correct_with(&mut self, path: &Path, opts: &io::ResultsOptions) -> bool {
        let Some(l) = self.locked.as_ref() else {
            return false;
        };
        let locked_calc = l.calc.clone();
        // The locked run's sheet and Kolada mapping, unless others are given.
        let sheet = opts.sheet.clone().or_else(|| l.manifest.sheet.clone());
        let archived_mapping = l.mapping.clone();
        let bytes = match io::read_input(path, io::MAX_RESULTS_BYTES) {
            Ok(b) => b,
            Err(e) => return self.file_error(e, Word::CouldNotImport),
        };
        let mapping = match &opts.mapping {
            Some(m) => match io::read_input(m, io::MAX_RULES_BYTES) {
                Ok(b) => Some(InputFile {
                    name: io::display_name(m),
                    bytes: b,
                }),
                Err(e) => return self.file_error(e, Word::CouldNotImport),
            },
            None => archived_mapping,
        };
        // The bytes read once: what is calculated is what a lock of the correction keeps.
        let read = io::parse_results_bytes(
            &bytes,
            &io::display_name(path),
            sheet.as_deref(),
            mapping
                .as_ref()
                .map(|m| (m.bytes.as_slice(), m.name.as_str())),
        );
        let mapping =
            mapping.filter(|_| io::ResultsKind::of(path) == Some(io::ResultsKind::Kolada));
        if !self.accept_results(path, read) {
            return false;
        }
        let Some(calc) = self.calc.as_ref().filter(|_| !self.calc_is_stale) else {
            return false;
        };
        let name = self
            .locked
            .as_ref()
            .map(|l| io::display_name(&l.path))
            .unwrap_or_default();
        let diff = locked::correction_diff(&locked_calc, calc, &name, self.lang);
        let msg = msg!(
            self.lang.words(),
            "app-locked-corrected-results-providers-change-against",
            providers = &diff.providers.len(),
            name
        );
        self.notify(Level::Info, msg);
        self.correction = Some(CorrectionView {
            diff,
            results: InputFile {
                name: io::display_name(path),
                bytes,
            },
            mapping,
            open: true,
        });
        true
    }

    /// Writes the correction's difference as CSV.
    pub fn export_correction(&mut self, path: &Path) -> bool {
        let Some(c) = &self.correction else {
            return false;
        };
        let bytes = locked::correction_csv(&c.diff, self.lang);
        match self.write_output(path, &bytes) {
            Ok(()) => {
                let msg = msg!(
                    self.lang.words(),
                    "app-locked-exported",
                    path = &io::display_name(path)
                );
                self.notify(Level::Success, msg);
                true
            }
            Err(e) => self.file_error(e, Word::NotExported),
        }
    }
}

/// Writes `bytes` to `path` atomically unless it is one of `inputs`.
fn write_checked(inputs: &[PathBuf], path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
    usecase::write_outputs(&inputs, &[(path.to_path_buf(), bytes.to_vec())], Vec::new())
}

/// A notice with the report's warnings of characters drawn as empty boxes after it, one a
/// line.
fn with_glyph_warnings(
    notice: String,
    missing: &[io::report::MissingGlyphs],
    lang: crate::words::Lang,
) -> String {
    let mut out = notice;
    for m in missing {
        out.push_str(&format!("\n{}: {}", lang.word(Word::Warning), m.text(lang)));
    }
    out
}
