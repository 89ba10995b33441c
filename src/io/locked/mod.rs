//! Locked runs (`.kvp`, fastställd körning): one zip archive holding the inputs exactly as
//! read (rule file, results file, a Kolada mapping if any), the outputs made from them
//! (payout table, its audit file, the explanation, the decision report) and a manifest with
//! every member's SHA-256, the time, the program version and the decision's reference.
//! [`verify`] recomputes the outputs from the archived inputs and compares them (by SHA-256);
//! it names every member that was changed, added or removed. See `docs/formats.md`.
//!
//! What verifies must be what was decided: [`open`] reads every entry of the zip's central
//! directory and refuses a name twice (also case-folded), an unsafe name ([`check_name`]), a
//! member that is not a regular file, a member over its limit ([`member_limit`]) and a manifest
//! with another language or a control character in a text; only the inputs are held in
//! memory, every other member is hashed as it is unpacked. [`lock`] refuses the same names
//! and texts, so it never writes what `open` refuses.
//!
//! Corrections (see [`super::correction`]): a corrected run is locked as a new archive that
//! names the one it corrects ([`Corrects`]).

use crate::words::Text;
use std::io::{Cursor, Read, Write};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zip::read::ZipFileEntry;
use zip::unstable::read::ZipIterable;

use super::audit::{Audit, hex, sha256_hex};
use super::usecase::Failure;
mod checks;
pub(crate) use checks::{folded, windows_name};

pub use super::correction::{
    CorrectionDiff, IndicatorChange, ProviderChange, correction_csv, correction_diff,
};
use crate::domain::RuleSet;
use crate::domain::explanation::Calculation;
pub use crate::messages::archive::{
    ArchiveProblem, FORMAT, FORMAT_VERSION, Finding, LockError, MANIFEST, MAX_MANIFEST_BYTES,
    MAX_MEMBER_NAME_CHARS, MAX_MEMBERS, MAX_RATIO, MAX_TOTAL_BYTES, NameProblem,
};
use crate::words::Lang;
use checks::{check_listed, check_manifest, check_texts};
pub use checks::{check_name, member_limit};

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
    let loaded = super::usecase::calculate_inputs(
        &super::usecase::Inputs {
            rules,
            results,
            mapping,
            sheet: facts.sheet,
        },
        facts.locked_at,
    );
    let (rule_set, calc, audit) = match loaded {
        Ok(x) => x,
        Err(Failure::Rules(p)) => {
            return Err(LockError::Rules(
                p.problems.iter().map(|l| l.text(&p.file, lang)).collect(),
            ));
        }
        Err(Failure::File(e)) => return Err(LockError::Input(e.text(lang))),
        Err(Failure::Import(e)) => return Err(LockError::Input(e.text(lang))),
        // (Loading fails only in the ways above; no panic should another be added.)
        Err(other) => return Err(LockError::Input(format!("{other:?}"))),
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
                effect: None,
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
    // What `open` refuses is never written: the inputs' names and the texts are checked first.
    let corrects = input.corrects.as_ref();
    check_texts([
        ("decision_reference", input.decision_reference.as_deref()),
        ("sheet", input.sheet.as_deref()),
        ("corrects.archive", corrects.map(|c| c.archive.as_str())),
        (
            "corrects.fingerprint",
            corrects.map(|c| c.fingerprint.as_str()),
        ),
    ])
    .map_err(LockError::Refused)?;
    let names: Vec<String> = [
        Some(&input.rules),
        Some(&input.results),
        input.mapping.as_ref(),
    ]
    .into_iter()
    .flatten()
    .map(|f| input_name(&f.name))
    .collect();
    check_listed(names.iter().map(String::as_str)).map_err(LockError::Refused)?;
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
        lang: input.lang.code().to_string(),
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

/// A member as unpacked: its name, size and SHA-256 (taken through a fixed buffer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub name: String,
    pub bytes: u64,
    pub sha256: String,
}

/// An opened archive: its manifest, fingerprint and members.
pub struct Archive {
    pub manifest: Manifest,
    pub fingerprint: String,
    /// Every member but the manifest, in archive order.
    pub members: Vec<Stored>,
    /// The bytes of the inputs the manifest lists (rule file, results, mapping): the only
    /// members kept in memory, each within its limit.
    inputs: Vec<(String, Vec<u8>)>,
}

impl Archive {
    /// A member's size and SHA-256.
    pub fn stored(&self, name: &str) -> Option<&Stored> {
        self.members.iter().find(|m| m.name == name)
    }

    /// The input of a role, as archived.
    pub fn input(&self, role: Role) -> Option<InputFile> {
        let m = self.manifest.member(role)?;
        let (_, bytes) = self.inputs.iter().find(|(n, _)| *n == m.name)?;
        Some(InputFile {
            name: m
                .name
                .strip_prefix("indata/")
                .unwrap_or(&m.name)
                .to_string(),
            bytes: bytes.clone(),
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

/// Opens an archive: checks its directory (names, kinds, sizes, limits) and its manifest,
/// keeps the listed inputs and hashes every other member as a stream. See `docs/formats.md`.
pub fn open(bytes: &[u8]) -> Result<Archive, LockError> {
    open_checked(bytes).map_err(LockError::NotAnArchive)
}

fn not_zip(e: zip::result::ZipError) -> ArchiveProblem {
    ArchiveProblem::NotZip(e.to_string())
}

/// The zip's central directory, every entry in order, duplicates included (the crate's
/// `ZipArchive` keeps one entry per name, so a second member of a name would go unseen; its
/// `ZipIterable` walks the directory itself). Each entry is checked before anything is
/// unpacked: a safe name (stored as UTF-8), a regular file, no name twice (case-folded), not
/// packed like a zip bomb, and the total within [`MAX_TOTAL_BYTES`].
fn directory(
    zip: &mut ZipIterable<Cursor<&[u8]>>,
) -> Result<Vec<(String, ZipFileEntry<'static>)>, ArchiveProblem> {
    use ArchiveProblem as P;
    let mut out: Vec<(String, ZipFileEntry<'static>)> = Vec::new();
    let mut total = 0u64;
    for entry in zip.files().map_err(not_zip)? {
        let entry = entry.map_err(not_zip)?;
        // A name other than ASCII must be UTF-8 and marked so (flag bit 11); otherwise a zip
        // tool reads it in an old code page, as another name than the one checked here.
        let marked = entry.flags().as_u16() & 0x0800 != 0;
        let name = match std::str::from_utf8(entry.name_raw()) {
            Ok(n) if n.is_ascii() || marked => n.to_string(),
            _ => {
                return Err(P::UnsafeName {
                    name: String::from_utf8_lossy(entry.name_raw()).into_owned(),
                    why: NameProblem::NotUtf8,
                });
            }
        };
        if let Err(why) = check_name(&name) {
            return Err(P::UnsafeName { name, why });
        }
        // The file type in the Unix mode: a symbolic link, a folder, a device is refused.
        let kind = entry.unix_mode().map_or(0, |m| m & 0o170000);
        if entry.is_symlink() || entry.is_dir() || (kind != 0 && kind != 0o100000) {
            return Err(P::NotAFile { name });
        }
        if let Some((other, _)) = out.iter().find(|(n, _)| folded(n) == folded(&name)) {
            return Err(if *other == name {
                P::Twice { name }
            } else {
                P::SameName {
                    name,
                    other: other.clone(),
                }
            });
        }
        let (size, packed) = (entry.size(), entry.compressed_size());
        // Small members may compress well beyond the ratio (a file of spaces): only what
        // could cost memory is checked.
        if size > 1 << 20 && size / packed.max(1) > MAX_RATIO {
            return Err(P::Packed { name, size, packed });
        }
        if name == MANIFEST && size > MAX_MANIFEST_BYTES {
            return Err(P::ManifestTooLarge { size });
        }
        total = total.saturating_add(size);
        out.push((name, entry));
    }
    if total > MAX_TOTAL_BYTES {
        return Err(P::TooLarge { total });
    }
    Ok(out)
}

/// Unpacks a member through a fixed buffer: its size and SHA-256, and its bytes when `keep`
/// (an input, whose declared size was checked against its limit). Never more than the
/// directory declares is unpacked.
fn unpack(
    name: &str,
    entry: ZipFileEntry<'static>,
    body: &mut Cursor<&[u8]>,
    keep: bool,
) -> Result<(Stored, Option<Vec<u8>>), ArchiveProblem> {
    let unreadable = |e: &dyn std::fmt::Display| ArchiveProblem::Unreadable {
        name: name.to_string(),
        why: e.to_string(),
    };
    let declared = entry.size();
    let mut f = entry
        .with_reader(body, zip::ZipReadOptions::new())
        .map_err(|e| unreadable(&e))?;
    let mut kept = keep.then(|| Vec::with_capacity(declared.min(1 << 26) as usize));
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut n = 0u64;
    loop {
        let k = match f.read(&mut buf) {
            Ok(0) => break,
            Ok(k) => k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(unreadable(&e)),
        };
        n += k as u64;
        if n > declared {
            return Err(ArchiveProblem::LargerThanDeclared {
                name: name.to_string(),
            });
        }
        hasher.update(&buf[..k]);
        if let Some(v) = &mut kept {
            v.extend_from_slice(&buf[..k]);
        }
    }
    let stored = Stored {
        name: name.to_string(),
        bytes: n,
        sha256: hex(&hasher.finalize()),
    };
    Ok((stored, kept))
}

fn open_checked(bytes: &[u8]) -> Result<Archive, ArchiveProblem> {
    use ArchiveProblem as P;
    let mut zip = ZipIterable::try_new(Cursor::new(bytes), zip::read::Config::default())
        .map_err(not_zip)?
        // A local header that differs from the directory's entry (another name, another
        // size) is refused: a zip tool might read the one, this program the other.
        .enforce_header_consistency(true);
    if zip.len() > MAX_MEMBERS {
        return Err(P::TooManyMembers { found: zip.len() });
    }
    let mut entries: Vec<(String, Option<ZipFileEntry<'static>>)> = directory(&mut zip)?
        .into_iter()
        .map(|(n, e)| (n, Some(e)))
        .collect();
    // Bytes no entry of the directory accounts for: a local header the directory does not
    // list (a streaming unzip extracts it; an entry past the end record's count is one), or
    // entries that overlap. The crate's index sees the same entries now that none is twice.
    let consistent = zip::ZipArchive::new(Cursor::new(bytes)).and_then(|mut z| {
        z.validate_header_consistency()?;
        Ok(z.len())
    });
    match consistent {
        Ok(n) if n == entries.len() => {}
        // The two readers counted differently (not seen; the counts, language-neutral).
        Ok(n) => return Err(P::Inconsistent(format!("{n} ≠ {}", entries.len()))),
        Err(e) => return Err(P::Inconsistent(e.to_string())),
    }
    let mut body = Cursor::new(bytes);
    let Some(entry) = entries
        .iter_mut()
        .find(|(n, _)| n == MANIFEST)
        .and_then(|(_, e)| e.take())
    else {
        return Err(P::NoManifest);
    };
    let (_, mb) = unpack(MANIFEST, entry, &mut body, true)?;
    let mb = mb.unwrap_or_default();
    let manifest: Manifest =
        serde_json::from_slice(&mb).map_err(|e| P::BadManifest(e.to_string()))?;
    if manifest.format != FORMAT {
        return Err(P::WrongFormat {
            found: manifest.format,
        });
    }
    if manifest.format_version > FORMAT_VERSION {
        return Err(P::NewerFormat {
            found: manifest.format_version,
        });
    }
    check_manifest(&manifest)?;
    // Every member's limit by its role, from the directory, before anything more is unpacked.
    let role = |name: &str| {
        manifest
            .files
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.role)
    };
    for (name, e) in &entries {
        if let Some(e) = e {
            let limit = member_limit(role(name));
            if e.size() > limit {
                return Err(P::MemberTooLarge {
                    name: name.clone(),
                    size: e.size(),
                    limit,
                });
            }
        }
    }
    let mut members = Vec::new();
    let mut inputs = Vec::new();
    for (name, e) in entries {
        let Some(e) = e else { continue };
        let keep = matches!(
            role(&name),
            Some(Role::Rules | Role::Results | Role::KoladaMapping)
        );
        let (stored, kept) = unpack(&name, e, &mut body, keep)?;
        members.push(stored);
        if let Some(b) = kept {
            inputs.push((name, b));
        }
    }
    Ok(Archive {
        fingerprint: sha256_hex(&mb),
        manifest,
        members,
        inputs,
    })
}

/// Verifies an archive: every member against the manifest's SHA-256, nothing added or
/// missing, and every output recomputed from the archived inputs (compared by SHA-256 and
/// size, so that no archived output is held in memory).
pub fn verify(bytes: &[u8]) -> Result<Verification, LockError> {
    let archive = open(bytes)?;
    let m = &archive.manifest;
    let mut findings = Vec::new();
    for member in &m.files {
        match archive.stored(&member.name) {
            None => findings.push(Finding::Missing {
                name: member.name.clone(),
            }),
            Some(s) if s.sha256 != member.sha256 || s.bytes != member.bytes => {
                findings.push(Finding::Changed {
                    name: member.name.clone(),
                })
            }
            Some(_) => {}
        }
    }
    for s in &archive.members {
        if !m.files.iter().any(|f| f.name == s.name) {
            findings.push(Finding::NotListed {
                name: s.name.clone(),
            });
        }
    }
    match archive.run() {
        Err(e) => findings.push(Finding::Unusable {
            message: e.text(m.lang()),
        }),
        Ok(run) => {
            for (name, _, bytes) in &run.outputs {
                match archive.stored(name) {
                    Some(s) if s.bytes == bytes.len() as u64 && s.sha256 == sha256_hex(bytes) => {}
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
