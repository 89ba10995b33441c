//! What can be wrong with a locked run (an archive opened, a run that cannot be locked, what
//! verification found), and the limits of the archive format those messages quote: io finds
//! them, `src/words` words them.

use super::file::code_point;
use super::{count, size};
use crate::domain::feature::{Arg, Message, Msg};
use crate::domain::textcheck::{TextProblem, printable};

/// A value of an archive's message, which may come from the archive (a member's name, a
/// manifest field, a file's text): any control or format character is shown as `\u{…}`, so
/// that an archive cannot drive a terminal, however the message is worded.
fn plain(s: &str) -> Arg {
    Arg::Plain(printable(s, usize::MAX))
}

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
/// The longest member name, in characters (a file name is at most 255 bytes on most systems).
pub const MAX_MEMBER_NAME_CHARS: usize = 255;

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
    /// A member's name is not one a locked run holds (see [`check_name`]).
    UnsafeName {
        name: String,
        why: NameProblem,
    },
    /// Two members whose names differ only in case (`A.csv`, `a.csv`): one file on Windows
    /// and macOS.
    SameName {
        name: String,
        other: String,
    },
    /// A member that is not a regular file (a symbolic link, a folder, a device).
    NotAFile {
        name: String,
    },
    /// A member larger than its role allows (see [`member_limit`]), from the zip's directory.
    MemberTooLarge {
        name: String,
        size: u64,
        limit: u64,
    },
    /// The manifest's language is not `sv` or `en`.
    BadLanguage {
        found: String,
    },
    /// A text of the manifest (`field` is its key) with a control or format character, or too
    /// long.
    BadText {
        field: &'static str,
        why: TextProblem,
    },
    /// The manifest lists two files of the same name (case-folded).
    ListedTwice {
        name: String,
    },
    /// The manifest lists two files in the same role (a run has one of each).
    RoleTwice {
        name: String,
        other: String,
    },
    /// Bytes of the archive that its directory does not account for: a local header it does
    /// not list, or entries that overlap (the zip reader's words).
    Inconsistent(String),
}

/// Why a member's name is not one a locked run holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    /// Not ASCII, and not UTF-8 marked as such: a zip tool may read it as another name.
    NotUtf8,
    /// A control or format character (`position` 1-based, in characters).
    BadCharacter {
        code: u32,
        position: usize,
    },
    TooLong {
        length: usize,
    },
    /// Begins with `/`.
    Absolute,
    /// A backslash (a folder separator on Windows).
    Backslash,
    /// A colon: a drive letter (`C:x`) or, on Windows, a hidden stream (`a.csv:x`).
    Colon,
    /// An empty, `.` or `..` component (`utdata/../x`, `a//b`, a folder `utdata/`).
    BadComponent,
    /// Neither `manifest.json` nor a file directly in `indata/` or `utdata/`.
    OutsideFolders,
    /// A name Windows cannot make as given: a device name (`CON`, `NUL`, `COM1`, … with any
    /// extension), a name ending in a dot or space, or one of `< > " | ? *`.
    NotWindowsName,
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
    /// The run cannot be locked as asked: an input's name or a text (the decision's reference,
    /// the sheet) is one an archive may not hold.
    Refused(ArchiveProblem),
    Write(String),
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

/// The manifest's name, as a message's value `MANIFEST`.
fn manifest() -> (&'static str, Arg) {
    ("MANIFEST", plain(MANIFEST))
}

impl Message for ArchiveProblem {
    fn msg(&self) -> Msg {
        use ArchiveProblem::*;
        let name = |n: &str| ("name", plain(n));
        let (id, args) = match self {
            NotZip(e) => ("archive-problem-not-zip", vec![("e", plain(e))]),
            TooManyMembers { found } => (
                "archive-problem-too-many-members",
                vec![("found", size(*found)), ("MAX_MEMBERS", size(MAX_MEMBERS))],
            ),
            TooLarge { total } => (
                "archive-problem-too-large",
                vec![
                    ("total", count(*total)),
                    ("MAX_TOTAL_BYTES", count(MAX_TOTAL_BYTES)),
                ],
            ),
            Packed {
                name: n,
                size,
                packed,
            } => (
                "archive-problem-packed",
                vec![
                    name(n),
                    ("size", count(*size)),
                    ("packed", count(*packed)),
                    ("MAX_RATIO", count(MAX_RATIO)),
                ],
            ),
            ManifestTooLarge { size } => (
                "archive-problem-manifest-too-large",
                vec![
                    manifest(),
                    ("size", count(*size)),
                    ("MAX_MANIFEST_BYTES", count(MAX_MANIFEST_BYTES)),
                ],
            ),
            Unreadable { name: n, why } => (
                "archive-problem-unreadable",
                vec![name(n), ("why", plain(why))],
            ),
            LargerThanDeclared { name: n } => {
                ("archive-problem-larger-than-declared", vec![name(n)])
            }
            Twice { name: n } => ("archive-problem-twice", vec![name(n)]),
            NoManifest => ("archive-problem-no-manifest", vec![manifest()]),
            BadManifest(e) => (
                "archive-problem-bad-manifest",
                vec![manifest(), ("e", plain(e))],
            ),
            WrongFormat { found } => (
                "archive-problem-wrong-format",
                vec![
                    manifest(),
                    ("found", plain(found)),
                    ("FORMAT", plain(FORMAT)),
                ],
            ),
            NewerFormat { found } => (
                "archive-problem-newer-format",
                vec![
                    ("found", count(*found)),
                    ("FORMAT_VERSION", count(FORMAT_VERSION)),
                ],
            ),
            NoInputs => ("archive-problem-no-inputs", vec![manifest()]),
            UnsafeName { name: n, why } => (
                "archive-problem-name-with-reason",
                vec![name(n), ("why", Arg::msg(why.msg()))],
            ),
            SameName { name: n, other } => (
                "archive-problem-same-name",
                vec![name(n), ("other", plain(other))],
            ),
            NotAFile { name: n } => ("archive-problem-not-a-file", vec![name(n)]),
            MemberTooLarge {
                name: n,
                size,
                limit,
            } => (
                "archive-problem-member-too-large",
                vec![name(n), ("size", count(*size)), ("limit", count(*limit))],
            ),
            BadLanguage { found } => (
                "archive-problem-bad-language",
                vec![manifest(), ("found", plain(found))],
            ),
            BadText {
                field,
                why: TextProblem::BadCharacter { code, position },
            } => (
                "archive-problem-manifest-bad-character",
                vec![
                    ("field", plain(field)),
                    manifest(),
                    ("code", code_point(*code)),
                    ("position", size(*position)),
                ],
            ),
            BadText {
                field,
                why: TextProblem::TooLong { length, limit },
            } => (
                "archive-problem-manifest-too-long",
                vec![
                    ("field", plain(field)),
                    manifest(),
                    ("length", size(*length)),
                    ("limit", size(*limit)),
                ],
            ),
            Inconsistent(why) => ("archive-problem-inconsistent", vec![("why", plain(why))]),
            ListedTwice { name: n } => ("archive-problem-listed-twice", vec![name(n)]),
            RoleTwice { name: n, other } => (
                "archive-problem-role-twice",
                vec![name(n), ("other", plain(other)), manifest()],
            ),
        };
        Msg::new(id, args)
    }
}

impl Message for NameProblem {
    fn msg(&self) -> Msg {
        use NameProblem::*;
        let (id, args) = match self {
            NotUtf8 => ("archive-problem-not-utf8", vec![]),
            BadCharacter { code, position } => (
                "archive-problem-bad-character",
                vec![("code", code_point(*code)), ("position", size(*position))],
            ),
            TooLong { length } => (
                "archive-problem-too-long",
                vec![
                    ("length", size(*length)),
                    ("MAX_MEMBER_NAME_CHARS", size(MAX_MEMBER_NAME_CHARS)),
                ],
            ),
            Absolute => ("archive-problem-absolute", vec![]),
            Backslash => ("archive-problem-backslash", vec![]),
            Colon => ("archive-problem-colon", vec![]),
            BadComponent => ("archive-problem-bad-component", vec![]),
            OutsideFolders => ("archive-problem-outside-folders", vec![]),
            NotWindowsName => ("archive-problem-not-windows-name", vec![]),
        };
        Msg::new(id, args)
    }
}

impl Message for LockError {
    fn msg(&self) -> Msg {
        let (id, args) = match self {
            // The input's own located message, already worded.
            LockError::Input(m) => ("worded", vec![("text", plain(m))]),
            LockError::Rules(p) => ("lock-error-rules", vec![("p", plain(&p.join("; ")))]),
            LockError::NotAnArchive(p) => {
                ("lock-error-not-an-archive", vec![("p", Arg::msg(p.msg()))])
            }
            LockError::Refused(p) => ("lock-error-refused", vec![("p", Arg::msg(p.msg()))]),
            LockError::Write(m) => ("lock-error-write", vec![("m", plain(m))]),
        };
        Msg::new(id, args)
    }
}

impl Message for Finding {
    fn msg(&self) -> Msg {
        let (id, name) = match self {
            // The input's own message, already worded.
            Finding::Unusable { message } => {
                return Msg::new("worded", vec![("text", plain(message))]);
            }
            Finding::Missing { name } => ("finding-missing", name),
            Finding::NotListed { name } => ("finding-not-listed", name),
            Finding::Changed { name } => ("finding-changed", name),
            Finding::Differs { name } => ("finding-differs", name),
        };
        Msg::new(id, vec![("name", plain(name))])
    }
}
