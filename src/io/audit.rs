//! The audit trail of an export: which program, which rules, which inputs, when.

use sha2::{Digest, Sha256};

/// SHA-256 of bytes as lower-case hex.
///
/// ```
/// assert_eq!(
///     kvalitetspeng::io::audit::sha256_hex(b"abc"),
///     "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// );
/// ```
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// A digest as lower-case hex (for a SHA-256 taken in steps, e.g. of a file read in blocks).
pub fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// What an export was made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audit {
    pub app_version: String,
    /// Rule file name, or a description when the rules are not saved.
    pub rules_file: String,
    /// SHA-256 of the rule file's bytes (or of the unsaved rules as they would be saved).
    pub rules_sha256: String,
    pub results_file: String,
    pub results_sha256: String,
    /// Time of calculation, `YYYY-MM-DDTHH:MM:SSZ` (UTC).
    pub calculated_at: String,
}

impl Audit {
    /// The audit of a calculation by this program (the one place an audit is made): the
    /// rule file's and results file's names and SHA-256, and the time of calculation.
    pub fn new(
        (rules_file, rules_sha256): (String, String),
        (results_file, results_sha256): (String, String),
        calculated_at: String,
    ) -> Audit {
        Audit {
            app_version: env!("CARGO_PKG_VERSION").to_string(),
            rules_file,
            rules_sha256,
            results_file,
            results_sha256,
            calculated_at,
        }
    }

    /// Key–value rows (Swedish keys) for the audit sheet and the CSV companion file.
    pub fn rows(&self) -> Vec<(&'static str, String)> {
        vec![
            ("program", format!("Kvalitetspeng {}", self.app_version)),
            ("regelfil", self.rules_file.clone()),
            ("regelfil_sha256", self.rules_sha256.clone()),
            ("resultatfil", self.results_file.clone()),
            ("resultatfil_sha256", self.results_sha256.clone()),
            ("beräknad", self.calculated_at.clone()),
        ]
    }
}

/// The current time as `YYYY-MM-DDTHH:MM:SSZ` (UTC), without a date library.
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    format_utc(secs)
}

/// Formats seconds since 1970 as `YYYY-MM-DDTHH:MM:SSZ`.
///
/// ```
/// assert_eq!(kvalitetspeng::io::audit::format_utc(1_763_812_800), "2025-11-22T12:00:00Z");
/// ```
pub fn format_utc(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil from days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

/// The audit companion of a CSV export: `nyckel;värde` rows, UTF-8 with BOM.
pub fn audit_csv(audit: &Audit) -> Vec<u8> {
    use super::export_csv::{finish, text, write, writer};
    let mut w = writer();
    write(&mut w, ["nyckel", "värde"]);
    for (k, v) in audit.rows() {
        write(&mut w, [k.to_string(), text(&v)]);
    }
    finish(w)
}

/// The companion file's path: `utbetalning.csv` → `utbetalning.verifikation.csv`.
pub fn companion_path(path: &std::path::Path) -> std::path::PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{stem}.verifikation.csv"))
}
