//! Atomic file writes: a temporary file created anew (never reused, unpredictable name) in the
//! target's folder, flushed to disk, then renamed over the target, so a crash never leaves a
//! half-written rule file or export. Built on `tempfile` (`NamedTempFile::persist`).
//!
//! Several files are one transaction ([`write_all_atomic_with`]): every target is checked
//! first, then every temporary file is written, and the renames come last; a rename that still
//! fails puts back what the earlier ones replaced, and the error says what was and was not
//! written ([`WriteError`]).
//!
//! Rules: an output path must be a regular file or not exist (a symbolic link, folder, device,
//! FIFO or socket is refused: never replaced, nor written through); its name must be within
//! the file system's limit and its folder must exist and be writable; temporary files are
//! named `.kvalitetspeng-*.tmp`, and ones left by a killed run (older than an hour) are removed
//! at the next write into that folder.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::error::SpecialFile;

const TMP_PREFIX: &str = ".kvalitetspeng-";
const TMP_SUFFIX: &str = ".tmp";

fn folder(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Why an output path cannot be written, found before anything is written.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// A symbolic link (not replaced, nor the file it points to written behind the user's back).
    Symlink,
    /// An existing path that is not a regular file (a folder, device, FIFO, socket).
    NotRegular(SpecialFile),
    /// A file name longer than the folder's file system allows (in bytes on Unix).
    NameTooLong { length: usize, limit: usize },
    /// The folder the file would go in does not exist or is not a folder.
    NoFolder(PathBuf),
    /// The folder cannot be written in (permissions, a read-only file system).
    FolderNotWritable(PathBuf),
}

/// What stopped a file from being written.
#[derive(Debug)]
pub enum Cause {
    /// Refused before anything was written.
    Refused(Refusal),
    /// Writing, flushing or renaming failed.
    Io(std::io::Error),
}

/// A write of one or several files that failed: which file, why, and what the targets hold now.
/// Wrapped in the `std::io::Error` the writes return (worded by `crate::words`; see
/// [`crate::io::error::FileError::write`]).
#[derive(Debug)]
pub struct WriteError {
    /// The file that could not be written.
    pub file: PathBuf,
    pub cause: Cause,
    /// Targets that hold their new contents: replaced by a rename that could not be undone.
    pub written: Vec<PathBuf>,
    /// Targets left as they were (or not made), in the order given.
    pub not_written: Vec<PathBuf>,
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&super::FileError::of_write(self).text(crate::words::Lang::Sv))
    }
}

impl std::error::Error for WriteError {}

/// The longest file name the file system of `dir` takes, and the length of `name` in the same
/// unit (bytes on Unix, UTF-16 units elsewhere).
#[cfg(unix)]
fn name_length(dir: &Path, name: &std::ffi::OsStr) -> (usize, usize) {
    use std::os::unix::ffi::OsStrExt;
    // statvfs's `f_namemax` is the file system's own limit (255 bytes on ext4, XFS, btrfs,
    // APFS; fewer on some network file systems).
    let limit = rustix::fs::statvfs(dir)
        .ok()
        .and_then(|s| usize::try_from(s.f_namemax).ok())
        .filter(|&n| n > 0)
        .unwrap_or(255);
    (name.as_bytes().len(), limit)
}

#[cfg(not(unix))]
fn name_length(_dir: &Path, name: &std::ffi::OsStr) -> (usize, usize) {
    (name.to_string_lossy().encode_utf16().count(), 255)
}

/// Whether this process may make files in `dir` (its effective user; a read-only file system
/// says no too).
#[cfg(unix)]
fn folder_writable(dir: &Path) -> bool {
    use rustix::fs::{Access, AtFlags, CWD, accessat};
    accessat(
        CWD,
        dir,
        Access::WRITE_OK | Access::EXEC_OK,
        AtFlags::EACCESS,
    )
    .is_ok()
}

#[cfg(not(unix))]
fn folder_writable(dir: &Path) -> bool {
    fs::metadata(dir).is_ok_and(|m| !m.permissions().readonly())
}

/// Checks that `path` can be written as an output, without writing anything: its folder exists
/// and is writable, its name is within the file system's limit, and it is a regular file or
/// does not exist (a symbolic link, folder, device, FIFO or socket is refused, as inputs are).
pub fn check_target(path: &Path) -> Result<(), Refusal> {
    let dir = folder(path);
    if !fs::metadata(dir).is_ok_and(|m| m.is_dir()) {
        return Err(Refusal::NoFolder(dir.to_path_buf()));
    }
    if let Some(name) = path.file_name() {
        let (length, limit) = name_length(dir, name);
        if length > limit {
            return Err(Refusal::NameTooLong { length, limit });
        }
    }
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => return Err(Refusal::Symlink),
        Ok(m) if !m.is_file() => {
            return Err(Refusal::NotRegular(SpecialFile::of(&m.file_type())));
        }
        // (A path without a file name, such as `dir/..`, is a folder.)
        Err(_) if path.file_name().is_none() => {
            return Err(Refusal::NotRegular(SpecialFile::Directory));
        }
        _ => {}
    }
    if !folder_writable(dir) {
        return Err(Refusal::FolderNotWritable(dir.to_path_buf()));
    }
    Ok(())
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

/// Writes several files so that either all of them are replaced or none is (see
/// [`write_all_atomic_with`]).
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

/// A copy of an existing target under a temporary name in its folder, kept until every rename
/// succeeded, so that a failed one can put the old file back: a second hard link to the same
/// file (nothing copied), or a copy where the file system has no hard links.
fn backup_of(path: &Path, dir: &Path) -> std::io::Result<tempfile::TempPath> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TMP_PREFIX).suffix(TMP_SUFFIX);
    match builder.make_in(dir, |p| fs::hard_link(path, p)) {
        Ok(linked) => Ok(linked.into_temp_path()),
        Err(_) => {
            let copy = builder.tempfile_in(dir)?;
            std::io::copy(&mut fs::File::open(path)?, &mut copy.as_file())?;
            copy.as_file()
                .set_permissions(fs::metadata(path)?.permissions())?;
            Ok(copy.into_temp_path())
        }
    }
}

/// Writes several files as one transaction: either every target gets its new contents or
/// every target is left as it was, and an error says which. In order: every target is checked
/// ([`check_target`]) before anything is written; every temporary file is written and flushed;
/// each existing target is kept under a temporary name ([`backup_of`]); and only then are the
/// temporary files renamed into place. A rename that fails puts back what the earlier ones
/// replaced (and removes what they made); a target that could not be put back is named in
/// [`WriteError::written`].
pub fn write_all_atomic_with(files: Vec<(&Path, Content<'_>)>) -> std::io::Result<()> {
    let targets: Vec<&Path> = files.iter().map(|(p, _)| *p).collect();
    let failed = |file: &Path, cause: Cause, written: Vec<PathBuf>| {
        let not_written = targets
            .iter()
            .filter(|t| !written.iter().any(|w| w == *t))
            .map(|t| t.to_path_buf())
            .collect();
        std::io::Error::other(WriteError {
            file: file.to_path_buf(),
            cause,
            written,
            not_written,
        })
    };
    for path in &targets {
        check_target(path).map_err(|r| failed(path, Cause::Refused(r), Vec::new()))?;
    }
    let mut staged = Vec::with_capacity(files.len());
    let mut folders: Vec<&Path> = Vec::new();
    for (path, content) in files {
        let dir = folder(path);
        if !folders.contains(&dir) {
            clean_stale(dir);
            folders.push(dir);
        }
        let tmp = stage(path, dir, content).map_err(|e| failed(path, Cause::Io(e), Vec::new()))?;
        staged.push((tmp, path));
    }
    // Every file on disk before any is renamed.
    sync_all(&staged).map_err(|(path, e)| failed(path, Cause::Io(e), Vec::new()))?;
    let mut backups = Vec::with_capacity(staged.len());
    for (_, path) in &staged {
        let backup = match fs::symlink_metadata(path) {
            Ok(_) => Some(
                backup_of(path, folder(path))
                    .map_err(|e| failed(path, Cause::Io(e), Vec::new()))?,
            ),
            Err(_) => None,
        };
        backups.push(backup);
    }
    let mut renamed = 0;
    let mut failure = None;
    for (tmp, path) in staged {
        match tmp.persist(path) {
            Ok(_) => renamed += 1,
            Err(e) => {
                failure = Some((path, e.error));
                break;
            }
        }
    }
    let result = match failure {
        None => Ok(()),
        Some((path, e)) => {
            // The earlier renames undone, last first: the old file back in place, or the new
            // one removed where there was none.
            let mut written = Vec::new();
            for (k, backup) in backups.drain(..renamed).enumerate().rev() {
                let target = targets[k];
                let undone = match backup {
                    Some(b) => b.persist(target).map_err(|e| e.error),
                    None => fs::remove_file(target),
                };
                if undone.is_err() {
                    written.insert(0, target.to_path_buf());
                }
            }
            Err(failed(path, Cause::Io(e), written))
        }
    };
    // The renames on disk: each folder once, after all of its renames.
    #[cfg(unix)]
    for dir in folders {
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    // (The backups left, of the targets replaced, are removed as they are dropped.)
    drop(backups);
    result
}

/// A target's contents written and flushed into a temporary file beside it, with the
/// permissions of the file it replaces (or an ordinary new file's).
fn stage(
    path: &Path,
    dir: &Path,
    content: Content<'_>,
) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TMP_PREFIX).suffix(TMP_SUFFIX);
    // tempfile makes private (0600) files; an export or rule file gets the permissions
    // of the file it replaces, or an ordinary new file's (0666 less the umask).
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
    Ok(tmp)
}

/// Every staged file on disk, flushed side by side: the file system can commit them together
/// (one after the other, a payout table and its companion waited for two commits).
fn sync_all<'p>(
    staged: &[(tempfile::NamedTempFile, &'p Path)],
) -> Result<(), (&'p Path, std::io::Error)> {
    std::thread::scope(|s| {
        let syncs: Vec<_> = staged
            .iter()
            .skip(1)
            .map(|(tmp, path)| s.spawn(|| tmp.as_file().sync_all().map_err(|e| (*path, e))))
            .collect();
        let first = staged.first().map_or(Ok(()), |(tmp, path)| {
            tmp.as_file().sync_all().map_err(|e| (*path, e))
        });
        syncs
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .fold(first, Result::and)
    })
}

/// Writes `bytes` to `path` atomically, keeping the file it replaces as `path.bak`: both are
/// written as one transaction (see [`write_all_atomic_with`]), so the `.bak` never holds
/// anything but the previous file.
pub fn write_atomic_with_backup(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut bak = path.as_os_str().to_owned();
    bak.push(".bak");
    let bak = PathBuf::from(bak);
    // The old file is copied only once it is known to be a regular file (a FIFO would
    // block), as it is read: not in memory whole.
    if check_target(path).is_ok() && path.exists() {
        let copy = |w: &mut dyn Write| std::io::copy(&mut fs::File::open(path)?, w).map(drop);
        write_all_atomic_with(vec![
            (bak.as_path(), Content::Stream(Box::new(copy))),
            (path, Content::Bytes(bytes)),
        ])
    } else {
        write_atomic(path, bytes)
    }
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

    /// The [`WriteError`] inside an error of the writes.
    fn write_error(e: &std::io::Error) -> &WriteError {
        e.get_ref()
            .and_then(|inner| inner.downcast_ref::<WriteError>())
            .unwrap_or_else(|| panic!("not a WriteError: {e:?}"))
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
        // A `.bak` that cannot be written: the rule file is not replaced either.
        fs::remove_file(dir.path().join("regler.ron.bak")).unwrap();
        fs::create_dir(dir.path().join("regler.ron.bak")).unwrap();
        assert!(write_atomic_with_backup(&p, b"third").is_err());
        assert_eq!(fs::read(&p).unwrap(), b"second");
    }

    #[test]
    fn failed_write_leaves_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("missing-dir").join("x.ron");
        assert!(write_atomic(&p, b"x").is_err());
        // Two files, the second cannot be written: the first is not replaced either.
        let a = dir.path().join("a.csv");
        fs::write(&a, b"old").unwrap();
        let e = write_all_atomic(&[(&a, b"new"), (&p, b"x")]).unwrap_err();
        assert_eq!(fs::read(&a).unwrap(), b"old");
        assert_eq!(names(dir.path()), ["a.csv"]);
        let e = write_error(&e);
        assert!(
            matches!(&e.cause, Cause::Refused(Refusal::NoFolder(d)) if d.ends_with("missing-dir")),
            "{e:?}"
        );
        assert_eq!((e.written.len(), e.not_written.len()), (0, 2));
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
        let e = write_error(&err);
        assert!(
            matches!(&e.cause, Cause::Io(io) if io.to_string() == "stopped part-way"),
            "{e:?}"
        );
        assert_eq!(e.file, b);
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

    /// Every target is checked before anything is written: a later target that is a folder,
    /// a FIFO, too long a name or in a folder that cannot be written leaves the earlier ones
    /// as they were (they used to be renamed into place before the later one failed).
    #[cfg(unix)]
    #[test]
    fn every_target_is_checked_before_anything_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.csv");
        let fifo = dir.path().join("rör.csv");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
        let folder = dir.path().join("mapp.csv");
        fs::create_dir(&folder).unwrap();
        let long = dir.path().join(format!("{}.csv", "l".repeat(300)));
        let cases: [(&Path, Refusal); 3] = [
            (&fifo, Refusal::NotRegular(SpecialFile::Fifo)),
            (&folder, Refusal::NotRegular(SpecialFile::Directory)),
            (
                &long,
                Refusal::NameTooLong {
                    length: 304,
                    limit: 255,
                },
            ),
        ];
        for (bad, refusal) in cases {
            fs::write(&a, b"old").unwrap();
            let e = write_all_atomic(&[(&a, b"new"), (bad, b"x")]).unwrap_err();
            let e = write_error(&e);
            assert!(
                matches!(&e.cause, Cause::Refused(r) if *r == refusal),
                "{bad:?}: {e:?}"
            );
            assert_eq!(e.file, bad);
            assert!(e.written.is_empty());
            assert_eq!(e.not_written, [a.as_path(), bad]);
            assert_eq!(fs::read(&a).unwrap(), b"old");
        }
        assert_eq!(names(dir.path()), ["a.csv", "mapp.csv", "rör.csv"]);
    }

    /// A rename that fails after the checks (here: the second target's folder disappears
    /// while the third file is made) puts back the file the first rename replaced.
    #[test]
    fn a_rename_that_fails_puts_back_what_was_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.csv");
        let new_a = dir.path().join("ny.csv");
        let sub = dir.path().join("sub");
        fs::create_dir(&sub).unwrap();
        let b = sub.join("b.csv");
        let c = dir.path().join("c.csv");
        fs::write(&a, b"old a").unwrap();
        fs::write(&c, b"old c").unwrap();
        let remove_sub = |w: &mut dyn Write| {
            fs::remove_dir_all(&sub)?;
            w.write_all(b"new c")
        };
        let err = write_all_atomic_with(vec![
            (a.as_path(), Content::Bytes(b"new a")),
            (new_a.as_path(), Content::Bytes(b"new")),
            (b.as_path(), Content::Bytes(b"new b")),
            (c.as_path(), Content::Stream(Box::new(remove_sub))),
        ])
        .unwrap_err();
        let e = write_error(&err);
        assert_eq!(e.file, b);
        assert!(matches!(e.cause, Cause::Io(_)), "{e:?}");
        assert!(e.written.is_empty(), "{e:?}");
        assert_eq!(e.not_written.len(), 4);
        assert_eq!(fs::read(&a).unwrap(), b"old a");
        assert_eq!(fs::read(&c).unwrap(), b"old c");
        // The file made where there was none is removed again; no temporary file is left.
        assert_eq!(names(dir.path()), ["a.csv", "c.csv"]);
    }

    /// What a failed write says, in both languages: nothing written (one file, several), or
    /// which files hold their new contents when a replaced one could not be put back.
    #[test]
    fn the_message_says_what_was_and_was_not_written() {
        use crate::io::error::FileError;
        use crate::words::Lang;
        let e = |written: &[&str], not_written: &[&str]| WriteError {
            file: PathBuf::from("ut/b.csv"),
            cause: Cause::Io(std::io::Error::other("disken är full")),
            written: written.iter().map(PathBuf::from).collect(),
            not_written: not_written.iter().map(PathBuf::from).collect(),
        };
        let text = |w: WriteError, lang| FileError::of_write(&w).text(lang);
        assert_eq!(
            text(e(&[], &["ut/b.csv"]), Lang::Sv),
            "b.csv: kunde inte skriva filen (disken är full); inget skrevs"
        );
        assert_eq!(
            text(e(&[], &["a.csv", "ut/b.csv"]), Lang::En),
            "b.csv: could not write the file (disken är full); none of the files was written (a.csv, b.csv)"
        );
        assert_eq!(
            text(e(&["a.csv"], &["ut/b.csv", "c.csv"]), Lang::Sv),
            "b.csv: kunde inte skriva filen (disken är full); a.csv skrevs ändå (de gamla filerna kunde inte läggas tillbaka); b.csv, c.csv skrevs inte"
        );
        assert_eq!(
            text(e(&["a.csv"], &["ut/b.csv", "c.csv"]), Lang::En),
            "b.csv: could not write the file (disken är full); a.csv written all the same (the old files could not be put back); b.csv, c.csv not written"
        );
        // Wrapped in the writes' `std::io::Error`, it reads the same (in Swedish).
        let io = std::io::Error::other(e(&[], &["ut/b.csv"]));
        assert_eq!(
            io.to_string(),
            "b.csv: kunde inte skriva filen (disken är full); inget skrevs"
        );
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
