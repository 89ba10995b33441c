//! Atomic file writes: a temporary file created anew (never reused, unpredictable name) in the
//! target's folder, flushed to disk, then renamed over the target, so a crash never leaves a
//! half-written rule file or export. Built on `tempfile` (`NamedTempFile::persist`).
//!
//! Rules: an output path that is a symbolic link is refused (the link is not silently
//! replaced, nor the file it points to written behind the user's back); temporary files are
//! named `.kvalitetspeng-*.tmp`, and ones left by a killed run (older than an hour) are removed
//! at the next write into that folder.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

const TMP_PREFIX: &str = ".kvalitetspeng-";
const TMP_SUFFIX: &str = ".tmp";

fn folder(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// An output path that is a symbolic link, refused (worded by `crate::words`; a
/// [`crate::io::error::FileError::write`] of it names it as such).
#[derive(Debug)]
pub struct SymlinkRefused(pub std::path::PathBuf);

impl std::error::Error for SymlinkRefused {}

/// Refuses an output path that is a symbolic link.
pub fn check_not_symlink(path: &Path) -> std::io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            Err(std::io::Error::other(SymlinkRefused(path.to_path_buf())))
        }
        _ => Ok(()),
    }
}

/// Removes temporary files a killed run left in `dir` (older than an hour, so a concurrent
/// write is never disturbed).
fn clean_stale(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(TMP_PREFIX)
            && name.ends_with(TMP_SUFFIX)
            && e.metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t < hour_ago)
        {
            let _ = fs::remove_file(e.path());
        }
    }
}

/// Writes `bytes` to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_all_atomic(&[(path, bytes)])
}

/// Writes several files so that either all of them are replaced or none is: every temporary
/// file is written and flushed first, and only then are they renamed into place (a failure
/// before the renames leaves every target untouched).
pub fn write_all_atomic(files: &[(&Path, &[u8])]) -> std::io::Result<()> {
    let contents = files
        .iter()
        .map(|&(path, bytes)| (path, Content::Bytes(bytes)))
        .collect();
    write_all_atomic_with(contents)
}

/// What a file written by [`write_all_atomic_with`] holds.
pub enum Content<'a> {
    Bytes(&'a [u8]),
    /// Written into the temporary file as it is made (through a buffer), for a large output
    /// that need not be in memory whole; an error it returns leaves every target untouched.
    Stream(Writes<'a>),
}

/// What writes a [`Content::Stream`] into its temporary file.
pub type Writes<'a> = Box<dyn FnOnce(&mut dyn Write) -> std::io::Result<()> + 'a>;

/// [`write_all_atomic`] with contents that may be written as they are made.
pub fn write_all_atomic_with(files: Vec<(&Path, Content<'_>)>) -> std::io::Result<()> {
    let mut staged = Vec::with_capacity(files.len());
    let mut folders: Vec<&Path> = Vec::new();
    for (path, content) in files {
        check_not_symlink(path)?;
        let dir = folder(path);
        if !folders.contains(&dir) {
            clean_stale(dir);
            folders.push(dir);
        }
        let mut builder = tempfile::Builder::new();
        builder.prefix(TMP_PREFIX).suffix(TMP_SUFFIX);
        // tempfile makes private (0600) files; an export or rule file gets the permissions of
        // the file it replaces, or an ordinary new file's (0666 less the umask).
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(fs::Permissions::from_mode(0o666));
        }
        let mut tmp = builder.tempfile_in(dir)?;
        if let Ok(m) = fs::metadata(path) {
            tmp.as_file().set_permissions(m.permissions())?;
        }
        match content {
            Content::Bytes(bytes) => tmp.write_all(bytes)?,
            Content::Stream(write) => {
                let mut w = std::io::BufWriter::with_capacity(1 << 20, tmp.as_file_mut());
                write(&mut w)?;
                w.flush()?;
            }
        }
        staged.push((tmp, path));
    }
    // Every file on disk before any is renamed, flushed side by side: the file system can
    // commit them together (one after the other, a payout table and its companion waited for
    // two commits).
    std::thread::scope(|s| {
        let syncs: Vec<_> = staged
            .iter()
            .skip(1)
            .map(|(tmp, _)| s.spawn(|| tmp.as_file().sync_all()))
            .collect();
        let first = staged
            .first()
            .map_or(Ok(()), |(tmp, _)| tmp.as_file().sync_all());
        syncs
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .fold(first, Result::and)
    })?;
    for (tmp, path) in staged {
        tmp.persist(path).map_err(|e| e.error)?;
    }
    // The renames on disk: each folder once, after all of its renames.
    #[cfg(unix)]
    for dir in folders {
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

/// Writes `bytes` to `path` atomically, first copying an existing file to `path.bak`.
pub fn write_atomic_with_backup(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    check_not_symlink(path)?;
    if path.exists() {
        let mut bak = path.as_os_str().to_owned();
        bak.push(".bak");
        fs::copy(path, PathBuf::from(bak))?;
    }
    write_atomic(path, bytes)
}

#[cfg(test)]
mod tests {
    #[cfg(unix)]
    #[test]
    fn outputs_get_ordinary_permissions_and_keep_existing_ones() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("utbetalning.csv");
        super::write_atomic(&p, b"a").unwrap();
        let mode = fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        // The same as a file made the ordinary way (0666 less the umask).
        let plain = dir.path().join("vanlig.csv");
        fs::write(&plain, b"a").unwrap();
        let expected = fs::metadata(&plain).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, expected, "{mode:o} vs {expected:o}");
        fs::set_permissions(&p, fs::Permissions::from_mode(0o640)).unwrap();
        super::write_atomic(&p, b"b").unwrap();
        assert_eq!(
            fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o640
        );
    }

    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn writes_replaces_and_backs_up() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("regler.ron");
        write_atomic_with_backup(&p, b"first").unwrap();
        write_atomic_with_backup(&p, b"second").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"second");
        assert_eq!(
            fs::read(dir.path().join("regler.ron.bak")).unwrap(),
            b"first"
        );
        // No temporary files left behind.
        assert_eq!(names(dir.path()), ["regler.ron", "regler.ron.bak"]);
    }

    #[test]
    fn failed_write_leaves_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("missing-dir").join("x.ron");
        assert!(write_atomic(&p, b"x").is_err());
        // Two files, the second cannot be written: the first is not replaced either.
        let a = dir.path().join("a.csv");
        fs::write(&a, b"old").unwrap();
        assert!(write_all_atomic(&[(&a, b"new"), (&p, b"x")]).is_err());
        assert_eq!(fs::read(&a).unwrap(), b"old");
        assert_eq!(names(dir.path()), ["a.csv"]);
    }

    /// A file written as it is made is written with the others, all or none: a stream that
    /// fails part-way (after writing more than its buffer) replaces nothing and leaves no
    /// temporary file.
    #[test]
    fn a_streamed_file_is_written_with_the_others_or_none() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.csv"), dir.path().join("b.csv"));
        fs::write(&a, b"old a").unwrap();
        fs::write(&b, b"old b").unwrap();
        let failing = |w: &mut dyn Write| {
            w.write_all(&vec![b'x'; 3 << 20])?;
            Err(std::io::Error::other("stopped part-way"))
        };
        let err = write_all_atomic_with(vec![
            (a.as_path(), Content::Bytes(b"new a")),
            (b.as_path(), Content::Stream(Box::new(failing))),
        ])
        .unwrap_err();
        assert_eq!(err.to_string(), "stopped part-way");
        assert_eq!(fs::read(&a).unwrap(), b"old a");
        assert_eq!(fs::read(&b).unwrap(), b"old b");
        assert_eq!(names(dir.path()), ["a.csv", "b.csv"]);
        let streamed = |w: &mut dyn Write| {
            for k in 0..100_000u32 {
                writeln!(w, "{k}")?;
            }
            Ok(())
        };
        write_all_atomic_with(vec![
            (a.as_path(), Content::Bytes(b"new a")),
            (b.as_path(), Content::Stream(Box::new(streamed))),
        ])
        .unwrap();
        assert_eq!(fs::read(&a).unwrap(), b"new a");
        let text = fs::read_to_string(&b).unwrap();
        assert_eq!(text.lines().count(), 100_000);
        assert!(text.ends_with("99999\n"));
        assert_eq!(names(dir.path()), ["a.csv", "b.csv"]);
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_refused_and_stale_temporaries_cleaned() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target.csv");
        fs::write(&target, b"keep").unwrap();
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let e = write_atomic(&link, b"x").unwrap_err();
        assert!(e.to_string().contains("symbolisk länk"), "{e}");
        let located = crate::io::error::FileError::write("link.csv", &e);
        assert!(
            located
                .text(crate::words::Lang::En)
                .contains("is a symbolic link; write to the file it points to instead"),
            "{located:?}"
        );
        assert_eq!(fs::read(&target).unwrap(), b"keep");
        // A temporary file a killed run left two hours ago is removed by the next write.
        let stale = dir.path().join(".kvalitetspeng-abc.tmp");
        let f = fs::File::create(&stale).unwrap();
        f.set_modified(SystemTime::now() - Duration::from_secs(7200))
            .unwrap();
        drop(f);
        write_atomic(&dir.path().join("ut.csv"), b"x").unwrap();
        assert_eq!(names(dir.path()), ["link.csv", "target.csv", "ut.csv"]);
    }
}
