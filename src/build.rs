//! Build script: the commit the program is built from (`KVP_COMMIT`, shown in Hjälp › Om and
//! `--version`), so a municipality can match a binary with its source. Taken from the
//! `KVP_COMMIT` variable when set (e.g. a source archive without `.git`), else from git, else
//! empty (Hjälp › Om then says it is unknown).
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .filter(|s| !s.is_empty())
}

fn main() {
    println!("cargo:rerun-if-env-changed=KVP_COMMIT");
    let commit = std::env::var("KVP_COMMIT")
        .ok()
        .filter(|s| !s.is_empty())
        .or_else(|| git(&["rev-parse", "HEAD"]));
    // Built again when HEAD moves: HEAD itself, the branch it names, and the packed refs.
    for path in ["HEAD", "packed-refs"] {
        if let Some(p) = git(&["rev-parse", "--git-path", path]) {
            rerun_if_changed(&p);
        }
    }
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"])
        && let Some(p) = git(&["rev-parse", "--git-path", &branch])
    {
        rerun_if_changed(&p);
    }
    println!("cargo:rustc-env=KVP_COMMIT={}", commit.unwrap_or_default());
}

/// Only a file that exists: Cargo runs the script on every build for one that does not.
fn rerun_if_changed(path: &str) {
    if std::path::Path::new(path).exists() {
        println!("cargo:rerun-if-changed={path}");
    }
}
