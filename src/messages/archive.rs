//! What can be wrong with a locked run (an archive opened, a run that cannot be locked, what
//! verification found), and the limits of the archive format those messages quote: io finds
//! them, `src/words` words them.

use crate::domain::textcheck::TextProblem;

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
