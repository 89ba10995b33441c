//! What the installed program knows about itself and where it keeps things on a user's
//! machine: the commit it was built from, its own SHA-256 (Hjälp › Om), and the folder of its
//! settings, recent files, crash recovery and log — the platform's per-user data folder, never
//! next to the program (docs/installing.md).

use std::io::Write as _;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The app's name as eframe keeps its settings under it (`eframe::run_native`'s app name).
pub const APP_NAME: &str = "Kvalitetspeng";

/// The log file's largest size; past it the file is renamed to `…log.1` (one older file kept).
const LOG_LIMIT: u64 = 1024 * 1024;

/// The git commit the program was built from (`src/build.rs`), or `None` when it was built
/// outside git without `KVP_COMMIT`.
pub fn commit() -> Option<&'static str> {
    Some(env!("KVP_COMMIT")).filter(|c| !c.is_empty())
}

/// The SHA-256 of the running program's file, in hex: what a municipality compares with the
/// published `.sha256` beside the package. Read once, when first asked.
pub fn exe_sha256() -> Option<&'static str> {
    static HASH: OnceLock<Option<String>> = OnceLock::new();
    HASH.get_or_init(|| {
        use sha2::Digest as _;
        use std::io::Read as _;
        let mut file = std::fs::File::open(std::env::current_exe().ok()?).ok()?;
        let mut hasher = sha2::Sha256::new();
        let mut block = vec![0u8; 1 << 20];
        loop {
            match file.read(&mut block) {
                Ok(0) => break,
                Ok(n) => hasher.update(&block[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => return None,
            }
        }
        Some(crate::io::audit::hex(&hasher.finalize()))
    })
    .as_deref()
}

/// The folder of settings, recent files and crash recovery, as the UI gave it at start.
static DATA_DIR: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();

/// Sets the folder of settings, recent files and crash recovery (eframe's `app.ron`, which the
/// UI knows): `%APPDATA%\Kvalitetspeng\data` on Windows, `$XDG_DATA_HOME/kvalitetspeng`
/// (`~/.local/share/kvalitetspeng`) on Linux, `~/Library/Application Support/Kvalitetspeng`
/// on macOS. Once, at start; later calls change nothing.
pub fn set_data_dir(dir: Option<PathBuf>) {
    let _ = DATA_DIR.set(dir);
}

/// The folder of settings, recent files and crash recovery (see [`set_data_dir`]); `None`
/// before the UI started, or where the platform has none.
pub fn data_dir() -> Option<PathBuf> {
    DATA_DIR.get().cloned().flatten()
}

/// The log's folder (`log` in [`data_dir`]), made when missing: what Hjälp › Öppna loggmappen
/// opens.
pub fn log_dir() -> Option<PathBuf> {
    let dir = data_dir()?.join("log");
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir)
}

/// Adds a line, with the time (UTC), to `kvalitetspeng.log` in [`log_dir`]: the start, the
/// graphics chosen, start-up failures and crashes, for support. A log that cannot be written
/// is not an error (the line still went to stderr where the caller printed it).
pub fn log(line: &str) {
    let Some(dir) = log_dir() else { return };
    let path = dir.join("kvalitetspeng.log");
    if std::fs::metadata(&path).is_ok_and(|m| m.len() > LOG_LIMIT) {
        let _ = std::fs::rename(&path, dir.join("kvalitetspeng.log.1"));
    }
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
    {
        let _ = writeln!(
            f,
            "{} {line}",
            jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ")
        );
    }
}

/// Logs a crash's message and place before the default hook prints it.
pub fn log_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        log(&format!("panic: {info}"));
        default(info);
    }));
}

/// The program's version and commit, for the log's start line.
pub fn version_line() -> String {
    format!(
        "Kvalitetspeng {} ({})",
        env!("CARGO_PKG_VERSION"),
        commit().unwrap_or("-")
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_program_file_is_hashed_as_sha256_hex() {
        let exe = std::fs::read(std::env::current_exe().unwrap()).unwrap();
        let expected = crate::io::audit::sha256_hex(&exe);
        assert_eq!(super::exe_sha256(), Some(expected.as_str()));
    }

    #[test]
    fn the_commit_is_the_source_trees_head() {
        // Built from a git checkout (as the tests are), the commit is HEAD's 40 hex digits.
        let head = std::process::Command::new("git")
            .args(["rev-parse", "HEAD"])
            .output()
            .ok()
            .filter(|o| o.status.success());
        let Some(head) = head else {
            eprintln!("git is not at hand here: the commit is not checked");
            return;
        };
        let head = String::from_utf8_lossy(&head.stdout).trim().to_string();
        assert_eq!(super::commit(), Some(head.as_str()));
    }
}
