//! What a locked run may hold: the problems of an archive, the names of its members and
//! the texts of its manifest, checked the same way when a run is locked and when it is
//! opened (so that what is written is never refused).

use super::{
    ArchiveProblem, MANIFEST, MAX_MEMBER_NAME_CHARS, MAX_MEMBERS, MAX_TOTAL_BYTES, Manifest,
    NameProblem, Role,
};
use crate::domain::textcheck::{self, FieldKind, is_invisible};

/// Checks a member's name: `manifest.json`, or a file directly in `indata/` or `utdata/`, with
/// nothing a zip tool could extract elsewhere or show as something else.
///
/// ```
/// use kvalitetspeng::io::locked::{check_name, NameProblem};
/// assert!(check_name("indata/resultat 2025.csv").is_ok());
/// assert_eq!(check_name("indata/../x"), Err(NameProblem::BadComponent));
/// assert_eq!(check_name("C:x"), Err(NameProblem::Colon));
/// assert_eq!(check_name("annat/x.csv"), Err(NameProblem::OutsideFolders));
/// ```
pub fn check_name(name: &str) -> Result<(), NameProblem> {
    use NameProblem as N;
    if let Some((i, c)) = name.chars().enumerate().find(|&(_, c)| is_invisible(c)) {
        return Err(N::BadCharacter {
            code: c as u32,
            position: i + 1,
        });
    }
    let length = name.chars().count();
    if length > MAX_MEMBER_NAME_CHARS {
        return Err(N::TooLong { length });
    }
    if name.starts_with('/') {
        return Err(N::Absolute);
    }
    if name.contains('\\') {
        return Err(N::Backslash);
    }
    if name.contains(':') {
        return Err(N::Colon);
    }
    if name
        .split('/')
        .any(|c| c.is_empty() || c == "." || c == "..")
    {
        return Err(N::BadComponent);
    }
    let file = match name.split_once('/') {
        None if name == MANIFEST => return Ok(()),
        Some(("indata" | "utdata", file)) if !file.contains('/') => file,
        _ => return Err(N::OutsideFolders),
    };
    if !windows_name(file) {
        return Err(N::NotWindowsName);
    }
    Ok(())
}

/// Whether Windows makes a file of exactly this name: not a device name (whatever the
/// extension and case), no trailing dot or space (Windows drops them), none of `< > " | ? *`.
pub(crate) fn windows_name(file: &str) -> bool {
    const DEVICES: [&str; 4] = ["con", "prn", "aux", "nul"];
    let stem = file
        .split('.')
        .next()
        .unwrap_or_default()
        .trim_end()
        .to_lowercase();
    let numbered = ["com", "lpt"].iter().any(|d| {
        stem.strip_prefix(d).is_some_and(|n| {
            let mut c = n.chars();
            matches!(
                (c.next(), c.next()),
                (Some('0'..='9' | '¹' | '²' | '³'), None)
            )
        })
    });
    !(DEVICES.contains(&stem.as_str())
        || numbered
        || file.ends_with(['.', ' '])
        || file.contains(['<', '>', '"', '|', '?', '*']))
}

/// A name as a case-insensitive, normalising file system sees it (Windows, macOS): two names
/// with the same fold are one file, whatever their case or Unicode normal form (å as one
/// character or as a + ring).
pub(crate) fn folded(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfc().collect::<String>().to_lowercase()
}

/// The largest a member of `role` may unpack to (`None`: not in the manifest): an input as
/// large as the command line reads it, the manifest [`MAX_MANIFEST_BYTES`]; an output or an
/// unlisted member is only hashed, through a fixed buffer, within the archive's total.
pub fn member_limit(role: Option<Role>) -> u64 {
    match role {
        Some(Role::Rules | Role::KoladaMapping) => crate::io::MAX_RULES_BYTES,
        Some(Role::Results) => crate::io::MAX_RESULTS_BYTES,
        _ => MAX_TOTAL_BYTES,
    }
}

/// Checks texts (manifest key, text) like names: no control or format character, at most
/// [`textcheck::MAX_NAME_CHARS`] characters.
pub(super) fn check_texts<'a>(
    texts: impl IntoIterator<Item = (&'static str, Option<&'a str>)>,
) -> Result<(), ArchiveProblem> {
    for (field, text) in texts {
        if let Some(t) = text {
            textcheck::check(t, FieldKind::Name)
                .map_err(|why| ArchiveProblem::BadText { field, why })?;
        }
    }
    Ok(())
}

/// Checks the names a manifest lists: each a safe name in `indata/` or `utdata/`, none twice
/// (case-folded).
pub(super) fn check_listed<'a>(
    names: impl IntoIterator<Item = &'a str>,
) -> Result<(), ArchiveProblem> {
    let mut seen: Vec<String> = Vec::new();
    for name in names {
        let why = match check_name(name) {
            Ok(()) if name == MANIFEST => Some(NameProblem::OutsideFolders),
            Ok(()) => None,
            Err(why) => Some(why),
        };
        if let Some(why) = why {
            return Err(ArchiveProblem::UnsafeName {
                name: name.to_string(),
                why,
            });
        }
        let f = folded(name);
        if seen.contains(&f) {
            return Err(ArchiveProblem::ListedTwice {
                name: name.to_string(),
            });
        }
        seen.push(f);
    }
    Ok(())
}

/// Checks what a manifest says beyond its JSON form: the language, every text, the names.
pub(super) fn check_manifest(m: &Manifest) -> Result<(), ArchiveProblem> {
    if m.lang != "sv" && m.lang != "en" {
        return Err(ArchiveProblem::BadLanguage {
            found: m.lang.clone(),
        });
    }
    check_texts([
        ("program_version", Some(m.program_version.as_str())),
        ("locked_at", Some(m.locked_at.as_str())),
        ("decision_reference", m.decision_reference.as_deref()),
        ("sheet", m.sheet.as_deref()),
        (
            "corrects.archive",
            m.corrects.as_ref().map(|c| c.archive.as_str()),
        ),
        (
            "corrects.fingerprint",
            m.corrects.as_ref().map(|c| c.fingerprint.as_str()),
        ),
    ])?;
    if m.files.len() > MAX_MEMBERS {
        return Err(ArchiveProblem::TooManyMembers {
            found: m.files.len(),
        });
    }
    check_texts(
        m.files
            .iter()
            .map(|f| ("files.sha256", Some(f.sha256.as_str()))),
    )?;
    check_listed(m.files.iter().map(|f| f.name.as_str()))?;
    for (k, f) in m.files.iter().enumerate() {
        if let Some(other) = m.files[..k].iter().find(|o| o.role == f.role) {
            return Err(ArchiveProblem::RoleTwice {
                name: f.name.clone(),
                other: other.name.clone(),
            });
        }
    }
    Ok(())
}
