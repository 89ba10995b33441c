//! Locked runs (`.kvp`, fastställd körning): one zip archive holding the inputs exactly as
//! read (rule file, results file, a Kolada mapping if any), the outputs made from them
//! (payout table, its audit file, the explanation, the decision report) and a manifest with
//! every member's SHA-256, the time, the program version and the decision's reference.
//! [`verify`] recomputes the outputs from the archived inputs and compares them byte for
//! byte; it names every member that was changed, added or removed. See `docs/formats.md`.
//!
//! Corrections: [`correction_diff`] lists what changes against a locked run when its results
//! are corrected — only the changed providers and indicators — and a corrected run is locked
//! as a new archive that names the one it corrects ([`Corrects`]).

use std::io::{Cursor, Read, Write};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::audit::{Audit, sha256_hex};
use crate::domain::RuleSet;
use crate::domain::explanation::Calculation;
use crate::words::{Lang, Word};

/// The manifest's `format` value.
pub const FORMAT: &str = "kvalitetspeng-fastställd-körning";
/// The archive format version this program writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// The manifest's name in the archive.
pub const MANIFEST: &str = "manifest.json";
/// Limits when an archive is opened, checked from the zip's directory before anything is
/// unpacked: the members' total declared size, their number, and the ratio of a member's
/// size to its compressed size (a zip bomb is thousands to one; the payout and explanation
/// tables compress 5–20 to one).
pub const MAX_TOTAL_BYTES: u64 = 4 << 30;
pub const MAX_MEMBERS: usize = 64;
pub const MAX_RATIO: u64 = 200;
/// The manifest is small; a larger one is refused before it is read.
pub const MAX_MANIFEST_BYTES: u64 = 1 << 20;

/// What a member is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Rules,
    Results,
    KoladaMapping,
    Payout,
    PayoutAudit,
    Explanation,
    Report,
}

/// One member of the archive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub name: String,
    pub role: Role,
    pub sha256: String,
    pub bytes: u64,
}

/// The locked run this one corrects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corrects {
    /// The corrected archive's file name.
    pub archive: String,
    /// Its fingerprint (the SHA-256 of its manifest).
    pub fingerprint: String,
}

/// The manifest (`manifest.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub program_version: String,
    /// When the run was locked, `YYYY-MM-DDTHH:MM:SSZ`; also the calculation time in the
    /// outputs' audit data.
    pub locked_at: String,
    /// The decision's reference, e.g. `ÄN 2026-03-12 §14`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_reference: Option<String>,
    /// The language of the outputs: `sv` or `en`.
    pub lang: String,
    /// The sheet of a results workbook, if not the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrects: Option<Corrects>,
    pub files: Vec<Member>,
}

impl Manifest {
    pub fn lang(&self) -> Lang {
        if self.lang == "en" {
            Lang::En
        } else {
            Lang::Sv
        }
    }

    fn member(&self, role: Role) -> Option<&Member> {
        self.files.iter().find(|m| m.role == role)
    }
}

/// An input file: its name and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What a run is locked from.
#[derive(Debug, Clone)]
pub struct LockInput {
    pub rules: InputFile,
    pub results: InputFile,
    pub mapping: Option<InputFile>,
    pub sheet: Option<String>,
    pub decision_reference: Option<String>,
    pub locked_at: String,
    pub lang: Lang,
    /// Whether the archive holds the decision report (PDF).
    pub with_report: bool,
    pub corrects: Option<Corrects>,
}

/// Why a run cannot be locked or an archive not read.
#[derive(Debug, Clone, PartialEq)]
pub enum LockError {
    /// An input could not be read (the file's own located message).
    Input(String),
    /// The rules have errors.
    Rules(Vec<String>),
    /// The archive is not a locked run, or not one this program can read.
    NotAnArchive(ArchiveProblem),
    Write(String),
}

impl LockError {
    pub fn text(&self, lang: Lang) -> String {
        lang.words().lock_error(self)
    }
}

/// What is wrong with a file opened as a locked run.
#[derive(Debug, Clone, PartialEq)]
pub enum ArchiveProblem {
    /// Not a zip archive (the zip reader's words).
    NotZip(String),
    TooManyMembers {
        found: usize,
    },
    TooLarge {
        total: u64,
    },
    /// A member packed more tightly than real files are (a zip bomb).
    Packed {
        name: String,
        size: u64,
        packed: u64,
    },
    ManifestTooLarge {
        size: u64,
    },
    /// A member could not be unpacked (the zip reader's words).
    Unreadable {
        name: String,
        why: String,
    },
    /// A member unpacks to more than the archive declares.
    LargerThanDeclared {
        name: String,
    },
    Twice {
        name: String,
    },
    NoManifest,
    /// The manifest is not the JSON this program writes (serde's words, with line and column).
    BadManifest(String),
    WrongFormat {
        found: String,
    },
    NewerFormat {
        found: u32,
    },
    /// The manifest names no rule file or no results file.
    NoInputs,
}

impl ArchiveProblem {
    pub fn text(&self, lang: Lang) -> String {
        lang.words().archive_problem(self)
    }
}

/// A run recomputed from its inputs: the calculation and every output's bytes.
pub struct Run {
    pub rules: RuleSet,
    pub calc: Calculation,
    pub audit: Audit,
    /// (name, role, bytes) of every output, in archive order.
    pub outputs: Vec<(String, Role, Vec<u8>)>,
    /// The report's characters without a glyph, to warn of (none without a report).
    pub report_missing: Vec<super::report::MissingGlyphs>,
}

/// Output member names.
const PAYOUT: &str = "utdata/utbetalning.csv";
const PAYOUT_AUDIT: &str = "utdata/utbetalning.verifikation.csv";
const EXPLANATION: &str = "utdata/forklaring.csv";
const REPORT: &str = "utdata/beslutsunderlag.pdf";

fn input_name(name: &str) -> String {
    format!("indata/{name}")
}

/// The audit data of a locked run: the calculation's, then the lock's own facts (so that a
/// changed manifest shows in the recomputed audit file).
fn lock_audit_csv(audit: &Audit, m: &LockFacts<'_>) -> Vec<u8> {
    use super::export_csv::{finish, text, write, writer};
    let mut w = writer();
    write(&mut w, ["nyckel", "värde"]);
    for (k, v) in audit.rows() {
        write(&mut w, [k.to_string(), text(&v)]);
    }
    write(&mut w, ["fastställd".to_string(), text(m.locked_at)]);
    write(
        &mut w,
        [
            "beslut".to_string(),
            text(m.decision_reference.unwrap_or("")),
        ],
    );
    if let Some(c) = m.corrects {
        write(
            &mut w,
            [
                "rättar".to_string(),
                text(&format!("{} ({})", c.archive, c.fingerprint)),
            ],
        );
    }
    if let Some(s) = m.sheet {
        write(&mut w, ["blad".to_string(), text(s)]);
    }
    finish(w)
}

/// The facts of a lock that the outputs depend on.
struct LockFacts<'a> {
    locked_at: &'a str,
    decision_reference: Option<&'a str>,
    corrects: Option<&'a Corrects>,
    sheet: Option<&'a str>,
    lang: Lang,
    with_report: bool,
}

/// Calculates a run from its input files and makes every output.
fn compute(
    rules: &InputFile,
    results: &InputFile,
    mapping: Option<&InputFile>,
    facts: &LockFacts<'_>,
) -> Result<Run, LockError> {
    let lang = facts.lang;
    let (rule_set, rules_sha256) = super::parse_rules_bytes(&rules.bytes, &rules.name)
        .map_err(|e| LockError::Input(e.text(lang)))?;
    let set = super::parse_results_bytes(
        &results.bytes,
        &results.name,
        facts.sheet,
        mapping.map(|m| (m.bytes.as_slice(), m.name.as_str())),
    )
    .map_err(|e| LockError::Input(e.text(lang)))?;
    let calc = crate::domain::calculate(&rule_set, &set).map_err(|p| {
        LockError::Rules(
            p.iter()
                .map(|p| format!("{}: {}", p.location(lang), p.text(lang)))
                .collect(),
        )
    })?;
    let audit = Audit {
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        rules_file: rules.name.clone(),
        rules_sha256,
        results_file: results.name.clone(),
        results_sha256: set.source_sha256.clone(),
        calculated_at: facts.locked_at.to_string(),
    };
    let mut outputs = vec![
        (
            PAYOUT.to_string(),
            Role::Payout,
            super::export_csv::payout_csv(&calc, lang),
        ),
        (
            PAYOUT_AUDIT.to_string(),
            Role::PayoutAudit,
            lock_audit_csv(&audit, facts),
        ),
        (
            EXPLANATION.to_string(),
            Role::Explanation,
            super::export_csv::explanation_csv(&calc, lang),
        ),
    ];
    let mut report_missing = Vec::new();
    if facts.with_report {
        let report = super::report::report(
            &super::report::ReportInput {
                calc: &calc,
                rules: &rule_set,
                audit: &audit,
                compared: None,
                decision: facts.decision_reference,
                correction: None,
            },
            lang,
        )
        .map_err(LockError::Write)?;
        report_missing = report.missing;
        outputs.push((REPORT.to_string(), Role::Report, report.pdf));
    }
    Ok(Run {
        rules: rule_set,
        calc,
        audit,
        outputs,
        report_missing,
    })
}

/// The zip's options: stored times fixed (the archive's bytes depend only on its contents).
fn zip_options() -> zip::write::SimpleFileOptions {
    zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644)
}

/// Locks a run: calculates it, makes its outputs and writes the archive (its bytes). Returns
/// the archive and the run.
pub fn lock(input: &LockInput) -> Result<(Vec<u8>, Run), LockError> {
    let facts = LockFacts {
        locked_at: &input.locked_at,
        decision_reference: input.decision_reference.as_deref(),
        corrects: input.corrects.as_ref(),
        sheet: input.sheet.as_deref(),
        lang: input.lang,
        with_report: input.with_report,
    };
    let run = compute(&input.rules, &input.results, input.mapping.as_ref(), &facts)?;
    let mut members: Vec<(String, Role, &[u8])> = vec![
        (
            input_name(&input.rules.name),
            Role::Rules,
            &input.rules.bytes,
        ),
        (
            input_name(&input.results.name),
            Role::Results,
            &input.results.bytes,
        ),
    ];
    if let Some(m) = &input.mapping {
        members.push((input_name(&m.name), Role::KoladaMapping, &m.bytes));
    }
    for (name, role, bytes) in &run.outputs {
        members.push((name.clone(), *role, bytes));
    }
    let manifest = Manifest {
        format: FORMAT.to_string(),
        format_version: FORMAT_VERSION,
        program_version: env!("CARGO_PKG_VERSION").to_string(),
        locked_at: input.locked_at.clone(),
        decision_reference: input.decision_reference.clone(),
        lang: input.lang.word(Word::En2).to_string(),
        sheet: input.sheet.clone(),
        corrects: input.corrects.clone(),
        files: members
            .iter()
            .map(|(name, role, bytes)| Member {
                name: name.clone(),
                role: *role,
                sha256: sha256_hex(bytes),
                bytes: bytes.len() as u64,
            })
            .collect(),
    };
    let json = serde_json::to_vec_pretty(&manifest).map_err(|e| LockError::Write(e.to_string()))?;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let w = |e: zip::result::ZipError| LockError::Write(e.to_string());
    zip.start_file(MANIFEST, zip_options()).map_err(w)?;
    zip.write_all(&json)
        .map_err(|e| LockError::Write(e.to_string()))?;
    for (name, _, bytes) in &members {
        zip.start_file(name.as_str(), zip_options()).map_err(w)?;
        zip.write_all(bytes)
            .map_err(|e| LockError::Write(e.to_string()))?;
    }
    let bytes = zip.finish().map_err(w)?.into_inner();
    Ok((bytes, run))
}

/// What [`verify`] found wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// A member listed in the manifest is not in the archive.
    Missing { name: String },
    /// A member is in the archive but not in the manifest.
    NotListed { name: String },
    /// A member's bytes do not have the SHA-256 the manifest gives.
    Changed { name: String },
    /// An output recomputed from the archived inputs differs from the archived one.
    Differs { name: String },
    /// An input could not be read or calculated.
    Unusable { message: String },
}

impl Finding {
    pub fn text(&self, lang: Lang) -> String {
        lang.words().finding(self)
    }
}

/// The outcome of [`verify`].
#[derive(Debug, Clone)]
pub struct Verification {
    pub manifest: Manifest,
    /// SHA-256 of the manifest's bytes: the archive's fingerprint, to quote in the decision.
    pub fingerprint: String,
    /// Whether this program's version differs from the one that locked the run.
    pub other_version: bool,
    pub findings: Vec<Finding>,
}

impl Verification {
    pub fn ok(&self) -> bool {
        self.findings.is_empty()
    }
}

/// An opened archive: its manifest, fingerprint and members.
pub struct Archive {
    pub manifest: Manifest,
    pub fingerprint: String,
    /// (name, bytes) in archive order, the manifest excluded.
    pub members: Vec<(String, Vec<u8>)>,
}

impl Archive {
    pub fn member(&self, name: &str) -> Option<&[u8]> {
        self.members
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, b)| b.as_slice())
    }

    /// The input of a role, as archived.
    pub fn input(&self, role: Role) -> Option<InputFile> {
        let m = self.manifest.member(role)?;
        Some(InputFile {
            name: m
                .name
                .strip_prefix("indata/")
                .unwrap_or(&m.name)
                .to_string(),
            bytes: self.member(&m.name)?.to_vec(),
        })
    }

    /// The run as locked: recalculated from the archived inputs (the archived outputs are
    /// compared by [`verify`]).
    pub fn run(&self) -> Result<Run, LockError> {
        let m = &self.manifest;
        let (Some(rules), Some(results)) = (self.input(Role::Rules), self.input(Role::Results))
        else {
            return Err(LockError::NotAnArchive(ArchiveProblem::NoInputs));
        };
        let facts = LockFacts {
            locked_at: &m.locked_at,
            decision_reference: m.decision_reference.as_deref(),
            corrects: m.corrects.as_ref(),
            sheet: m.sheet.as_deref(),
            lang: m.lang(),
            with_report: m.member(Role::Report).is_some(),
        };
        compute(
            &rules,
            &results,
            self.input(Role::KoladaMapping).as_ref(),
            &facts,
        )
    }
}

/// Opens an archive: checks it is a zip within the limits, reads the manifest and every member.
pub fn open(bytes: &[u8]) -> Result<Archive, LockError> {
    use ArchiveProblem as P;
    let bad = LockError::NotAnArchive;
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| bad(P::NotZip(e.to_string())))?;
    if zip.len() > MAX_MEMBERS {
        return Err(bad(P::TooManyMembers { found: zip.len() }));
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let f = zip
            .by_index_raw(i)
            .map_err(|e| bad(P::NotZip(e.to_string())))?;
        let name = f.name().map(|n| n.to_string()).unwrap_or_default();
        // Small members may compress well beyond the ratio (a file of spaces): only what
        // could cost memory is checked.
        if f.size() > 1 << 20 && f.size() / f.compressed_size().max(1) > MAX_RATIO {
            return Err(bad(P::Packed {
                name,
                size: f.size(),
                packed: f.compressed_size(),
            }));
        }
        if name == MANIFEST && f.size() > MAX_MANIFEST_BYTES {
            return Err(bad(P::ManifestTooLarge { size: f.size() }));
        }
        total = total.saturating_add(f.size());
    }
    if total > MAX_TOTAL_BYTES {
        return Err(bad(P::TooLarge { total }));
    }
    let mut manifest_bytes = None;
    let mut members: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).map_err(|e| bad(P::NotZip(e.to_string())))?;
        let name = f
            .name()
            .map_err(|e| bad(P::NotZip(e.to_string())))?
            .to_string();
        let size = f.size();
        let mut buf = Vec::with_capacity(size.min(1 << 26) as usize);
        // Read no more than declared (+1 to see a lie).
        (&mut f)
            .take(size.saturating_add(1))
            .read_to_end(&mut buf)
            .map_err(|e| {
                bad(P::Unreadable {
                    name: name.clone(),
                    why: e.to_string(),
                })
            })?;
        if buf.len() as u64 > size {
            return Err(bad(P::LargerThanDeclared { name }));
        }
        if name == MANIFEST {
            if manifest_bytes.is_some() {
                return Err(bad(P::Twice { name }));
            }
            manifest_bytes = Some(buf);
        } else {
            if members.iter().any(|(n, _)| *n == name) {
                return Err(bad(P::Twice { name }));
            }
            members.push((name, buf));
        }
    }
    let Some(mb) = manifest_bytes else {
        return Err(bad(P::NoManifest));
    };
    let manifest: Manifest =
        serde_json::from_slice(&mb).map_err(|e| bad(P::BadManifest(e.to_string())))?;
    if manifest.format != FORMAT {
        return Err(bad(P::WrongFormat {
            found: manifest.format,
        }));
    }
    if manifest.format_version > FORMAT_VERSION {
        return Err(bad(P::NewerFormat {
            found: manifest.format_version,
        }));
    }
    Ok(Archive {
        fingerprint: sha256_hex(&mb),
        manifest,
        members,
    })
}

/// Verifies an archive: every member against the manifest's SHA-256, nothing added or
/// missing, and every output recomputed from the archived inputs byte for byte.
pub fn verify(bytes: &[u8]) -> Result<Verification, LockError> {
    let archive = open(bytes)?;
    let m = &archive.manifest;
    let mut findings = Vec::new();
    for member in &m.files {
        match archive.member(&member.name) {
            None => findings.push(Finding::Missing {
                name: member.name.clone(),
            }),
            Some(b) if sha256_hex(b) != member.sha256 || b.len() as u64 != member.bytes => findings
                .push(Finding::Changed {
                    name: member.name.clone(),
                }),
            Some(_) => {}
        }
    }
    for (name, _) in &archive.members {
        if !m.files.iter().any(|f| f.name == *name) {
            findings.push(Finding::NotListed { name: name.clone() });
        }
    }
    match archive.run() {
        Err(e) => findings.push(Finding::Unusable {
            message: e.text(m.lang()),
        }),
        Ok(run) => {
            for (name, _, bytes) in &run.outputs {
                match archive.member(name) {
                    Some(b) if b == bytes.as_slice() => {}
                    Some(_) => findings.push(Finding::Differs { name: name.clone() }),
                    None if !m.files.iter().any(|f| f.name == *name) => {
                        findings.push(Finding::Missing { name: name.clone() })
                    }
                    None => {}
                }
            }
        }
    }
    Ok(Verification {
        other_version: m.program_version != env!("CARGO_PKG_VERSION"),
        fingerprint: archive.fingerprint.clone(),
        manifest: archive.manifest,
        findings,
    })
}

/// One indicator that changed for a provider.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorChange {
    pub id: String,
    pub name: String,
    /// The values as shown (`–` when missing).
    pub before_value: String,
    pub after_value: String,
    pub before_kronor: Decimal,
    pub after_kronor: Decimal,
}

/// One provider whose payout or indicators changed.
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderChange {
    pub id: String,
    pub name: String,
    pub before: Decimal,
    pub after: Decimal,
    pub indicators: Vec<IndicatorChange>,
}

/// What a correction changes against a locked run.
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectionDiff {
    pub locked_name: String,
    pub providers: Vec<ProviderChange>,
}

impl CorrectionDiff {
    pub fn total_delta(&self) -> Decimal {
        self.providers.iter().map(|p| p.after - p.before).sum()
    }
}

/// A result as shown in a correction: the value, and the respondents when known.
fn value_text(i: &crate::domain::explanation::IndicatorResult, lang: Lang) -> String {
    let v = match &i.value {
        Some(v) => format!(
            "{}{}",
            crate::words::number::format_number_lang(v.round_dp(4).normalize(), None, lang),
            i.unit.suffix()
        ),
        None => "–".into(),
    };
    match i.respondents {
        Some(n) => format!("{v} (n = {n})"),
        None => v,
    }
}

/// The providers and indicators whose value, kronor or payout differ between the locked
/// calculation and the corrected one (matched by service type and id; a provider in only one
/// counts with 0 kr on the other side).
pub fn correction_diff(
    locked: &Calculation,
    corrected: &Calculation,
    locked_name: &str,
    lang: Lang,
) -> CorrectionDiff {
    let mut providers = Vec::new();
    let find = |c: &Calculation, p: &crate::domain::explanation::ProviderResult| {
        c.providers
            .iter()
            .find(|q| q.service_type == p.service_type && q.id == p.id)
            .cloned()
    };
    let mut seen = std::collections::BTreeSet::new();
    for p in locked.providers.iter().chain(&corrected.providers) {
        if !seen.insert((p.service_type, p.id.clone())) {
            continue;
        }
        let (a, b) = (find(locked, p), find(corrected, p));
        let before = a.as_ref().map_or(Decimal::ZERO, |x| x.payout);
        let after = b.as_ref().map_or(Decimal::ZERO, |x| x.payout);
        let mut indicators = Vec::new();
        if let (Some(a), Some(b)) = (&a, &b) {
            // The rules are the same on both sides, so the indicators pair up in order.
            let kronor = a.indicator_kronor().into_iter().zip(b.indicator_kronor());
            for ((ia, ib), (ka, kb)) in a.indicators.iter().zip(&b.indicators).zip(kronor) {
                if ia.value != ib.value || ia.respondents != ib.respondents || ka != kb {
                    indicators.push(IndicatorChange {
                        id: ia.indicator_id.to_string(),
                        name: ia.name.to_string(),
                        before_value: value_text(ia, lang),
                        after_value: value_text(ib, lang),
                        before_kronor: ka,
                        after_kronor: kb,
                    });
                }
            }
        }
        if before != after || !indicators.is_empty() {
            providers.push(ProviderChange {
                id: p.id.clone(),
                name: p.name.clone(),
                before,
                after,
                indicators,
            });
        }
    }
    CorrectionDiff {
        locked_name: locked_name.to_string(),
        providers,
    }
}

/// The correction as CSV: one row per changed indicator, and one per provider for its total.
pub fn correction_csv(diff: &CorrectionDiff, lang: Lang) -> Vec<u8> {
    use super::export_csv::{finish, text, write, writer};
    let num = |d: Decimal| crate::domain::decimal::format_number(d, Some(2), false);
    let mut w = writer();
    let header = lang.words().correction_csv_header();
    write(&mut w, header);
    for p in &diff.providers {
        for i in &p.indicators {
            write(
                &mut w,
                [
                    text(&p.id),
                    text(&p.name),
                    text(&i.id),
                    text(&i.before_value),
                    text(&i.after_value),
                    num(i.before_kronor),
                    num(i.after_kronor),
                    num(i.after_kronor - i.before_kronor),
                ],
            );
        }
        write(
            &mut w,
            [
                text(&p.id),
                text(&p.name),
                lang.word(Word::Total3).to_string(),
                String::new(),
                String::new(),
                num(p.before),
                num(p.after),
                num(p.after - p.before),
            ],
        );
    }
    finish(w)
}
