//! Exports of the current calculation (payouts, explanation) and of a decision (comparison,
//! sweep), each with its audit trail, written atomically and never over an input.

use crate::words::msg;
use std::path::{Path, PathBuf};

use crate::io::{self, FileError, usecase};
use crate::words::Word;

use super::notifications::Level;
use super::state::AppState;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// The payout table: `.xlsx` as a workbook, otherwise CSV with an audit companion.
    Payouts,
    ExplanationCsv,
    /// The advance plan (`.xlsx` as a workbook, otherwise CSV).
    AdvancePlan,
}

impl AppState {
    /// Writes an export of the current calculation atomically.
    pub fn export(&mut self, path: &Path, what: Export) -> bool {
        let Some(calc) = self.calc.as_ref().filter(|_| !self.calc_is_stale) else {
            let msg = self.refusal(Word::RulesHaveErrorsFixThemBefore);
            self.notify(Level::Error, msg);
            return false;
        };
        // An export never replaces the rules or results it was computed from.
        let inputs: Vec<&Path> = [
            self.rules_file.path.as_deref(),
            self.results_file.path.as_deref(),
        ]
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
            Export::AdvancePlan => self.advance_plan_files(path),
        };
        let result = files.and_then(|files| usecase::write_outputs(&inputs, &files, Vec::new()));
        self.exported(path, result)
    }

    /// The advance plan of the current rules and results, for `path`; refused (nothing
    /// written) when no scheme has an advance rule.
    fn advance_plan_files(&self, path: &Path) -> Result<Vec<(PathBuf, Vec<u8>)>, FileError> {
        let refused = |m: String| {
            FileError::new(
                &io::display_name(path),
                None,
                None,
                io::FileErrorMsg::Write(m),
            )
        };
        if self.rules.schemes.iter().all(|s| s.advances.is_none()) {
            return Err(refused(self.lang.word(Word::AdvancesNoRule).into()));
        }
        let plan = crate::domain::advances::plan_all(&self.rules, &self.results);
        let rows: Vec<(String, String)> = (self.audit().rows().into_iter())
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        io::advances::plan_bytes(&plan, path, &rows, self.lang)
            .map(|b| vec![(path.to_path_buf(), b)])
            .map_err(refused)
    }

    /// What the current calculation was made from. Rules that are not saved exist as no file:
    /// the export says plainly that it is a draft of unsaved rules, with no checksum (a hash
    /// of rules that exist nowhere could be checked against nothing). The decision documents
    /// (report, statements, lock) are made only from saved rules.
    pub fn audit(&self) -> io::audit::Audit {
        let (rules_file, rules_sha256) = match (&self.rules_file.sha256, self.is_dirty()) {
            (Some(sha), false) => (self.rules_label.clone(), sha.clone()),
            _ => (
                format!(
                    "{} ({})",
                    self.lang.word(Word::DraftOfUnsavedRules),
                    self.rules_label
                ),
                self.lang.word(Word::NoRuleFileNoChecksum).into(),
            ),
        };
        io::audit::Audit::new(
            (rules_file, rules_sha256),
            (self.results_label(), self.results.source_sha256.clone()),
            io::audit::now_utc(),
        )
    }

    /// Whether an export now is a draft (of rules that are not saved), see [`Self::audit`].
    pub fn exports_a_draft(&self) -> bool {
        self.rules_file.sha256.is_none() || self.is_dirty()
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
        let mut inputs: Vec<PathBuf> =
            [self.rules_file.path.clone(), self.results_file.path.clone()]
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
                            io::rules_ron::to_ron_string(&self.rules_file.saved).as_bytes(),
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
                usecase::write_outputs(&inputs, &files, Vec::new())
            });
        self.exported(path, result)
    }

    /// Tells the user how an export went; returns whether it was written.
    fn exported(&mut self, path: &Path, result: Result<(), FileError>) -> bool {
        match result {
            Ok(()) if self.exports_a_draft() => {
                let msg = format!(
                    "{} · {}",
                    msg!(
                        self.lang.words(),
                        "state-exported",
                        path = &io::display_name(path)
                    ),
                    self.lang.word(Word::ExportedAsDraft)
                );
                self.notify(Level::Warning, msg);
                true
            }
            Ok(()) => {
                let msg = msg!(
                    self.lang.words(),
                    "state-exported",
                    path = &io::display_name(path)
                );
                self.notify(Level::Success, msg);
                true
            }
            Err(e) => self.fail(vec![e], self.lang.word(Word::CouldNotExport).into()),
        }
    }
}
