//! What can be wrong at a place in a file read, or with an output that could not be written:
//! io finds these, `src/words` words them.

use crate::domain::decimal::ParseNumberError;

/// What is wrong at a place in a file.
#[derive(Debug, Clone, PartialEq)]
pub enum FileErrorMsg {
    /// The file could not be read or written.
    Io(String),
    /// The file (or a folder on its path) is not there.
    NotFound,
    /// The file may not be read by this user.
    NoPermission,
    /// Not text in UTF-8, UTF-16 or Windows-1252.
    NotText,
    /// Valid UTF-8 mixed with bytes that are not (`column`: 1-based byte in the line).
    MixedEncoding {
        byte: u8,
        column: usize,
    },
    /// Not a regular file (a directory, a FIFO, a device …): refused before reading.
    NotRegularFile {
        kind: SpecialFile,
    },
    /// A control, format or invisible character in an id or name (`position` 1-based).
    BadCharacter {
        code: u32,
        position: usize,
    },
    /// An id or name that begins or ends with spaces (in a mapping, where it is taken as is).
    SurroundingSpace,
    /// An id or name longer than its limit (in characters).
    TooLong {
        length: usize,
        limit: usize,
    },
    /// A line longer than the stated limit, in bytes.
    LineTooLong {
        limit: usize,
    },
    /// A header with more columns than the stated limit.
    TooManyColumns {
        found: usize,
        limit: usize,
    },
    /// Larger than the stated limit: refused before reading.
    TooLarge {
        size: u64,
        limit: u64,
    },
    /// The file is empty.
    Empty,
    /// A column the format needs is not in the header.
    MissingColumn {
        column: String,
        accepted: Vec<String>,
    },
    /// The same column twice in the header.
    DuplicateColumn {
        column: String,
    },
    /// A row with another number of fields than the header.
    FieldCount {
        expected: usize,
        found: usize,
    },
    /// A required field is empty.
    EmptyField,
    /// Not a number.
    Number(ParseNumberError),
    /// Not a non-negative whole number.
    WholeNumber {
        text: String,
    },
    /// A number beyond the domain's bounds (`crate::domain::bounds`).
    OutOfBounds {
        text: String,
        max: rust_decimal::Decimal,
    },
    /// A number that must not be negative is.
    Negative {
        text: String,
    },
    /// An amount of money with fractions of an öre (more than two decimals), refused as a rule
    /// file refuses one.
    NotWholeOre {
        text: String,
    },
    /// A date (of a finding) that is not `YYYY-MM-DD` or not in the calendar.
    BadDate {
        text: String,
    },
    ServiceType {
        text: String,
    },
    Regi {
        text: String,
    },
    Period {
        text: String,
    },
    /// A provider's attribute differs from an earlier row.
    Conflict {
        first_line: usize,
        first: String,
        found: String,
    },
    /// The same provider × indicator × period twice.
    DuplicateRow {
        first_line: usize,
    },
    /// Two rows of one provider × indicator whose periods overlap (a year and one of its months).
    OverlappingPeriod {
        first_line: usize,
    },
    /// Syntax or structure error in a RON rule file.
    /// The rule file (or a mapping) is not valid RON; worded per language.
    Ron(ron::Error),
    /// A rule file from a newer version of the program.
    NewerFormat {
        found: u32,
        supported: u32,
    },
    /// Spreadsheet problem (the reading library's own message).
    Spreadsheet(String),
    /// A part of a workbook unpacks to far more than it is packed: a zip bomb, not read.
    SpreadsheetBomb {
        part: String,
        size: u64,
        packed: u64,
        limit: u64,
    },
    /// The workbook unpacks to more than the limit.
    SpreadsheetTooLarge {
        total: u64,
        limit: u64,
    },
    /// The shared-strings table claims more entries than its size can hold.
    SpreadsheetStringsLie {
        claimed: String,
        size: u64,
    },
    /// A cell beyond the last column the program reads.
    CellBeyondColumns {
        last: String,
        limit: u32,
    },
    /// A sheet wider than the program reads.
    SheetTooWide {
        width: usize,
        limit: u32,
    },
    /// An encrypted (password-protected) workbook.
    Encrypted,
    /// A formula cell whose result was never stored.
    FormulaWithoutValue,
    /// A sheet that is not in the workbook.
    SheetNotFound {
        sheet: String,
        available: Vec<String>,
    },
    /// JSON syntax or structure.
    Json(String),
    /// An id in a data file that the mapping does not know.
    UnknownId {
        kind: String,
        id: String,
    },
    /// A key that a mapping gives twice (the second would silently win).
    MappedTwice {
        key: String,
    },
    /// A Kolada post with more than one total row (`gender: "T"`).
    TwoTotals,
    /// A Kolada municipality code that is not four digits.
    MunicipalityCode {
        text: String,
    },
    /// A Kolada period that is not a year.
    Year {
        text: String,
    },
    /// A second Kolada post of the same municipality and year (`first`: the first's path).
    SamePost {
        first: String,
    },
    /// Kolada data without any post of the KPI asked for (`found`: some that it has).
    KpiNotInFile {
        kpi: String,
        found: String,
    },
    /// A quoted field that is never closed.
    UnclosedQuote,
    /// Kolada data without a mapping file.
    MappingNeeded,
    /// More errors than are shown.
    More {
        count: usize,
    },
    /// The file could not be written.
    Write(String),
    /// An input changed on disk since it was read (its SHA-256 is no longer the one read): it
    /// is not read again in its place.
    ChangedOnDisk(ChangedInput),
    /// An output would replace one of the inputs.
    OutputIsInput {
        input: String,
    },
    /// Two outputs would go to the same file.
    OutputTwice {
        other: String,
    },
    /// An output that could not be written, and what became of the command's outputs (file
    /// names): those `written` hold their new contents (a failed write could not put them
    /// back), those `not_written` are as they were.
    NotWritten {
        problem: OutputProblem,
        written: Vec<String>,
        not_written: Vec<String>,
    },
}

/// Why an output could not be written (see [`super::atomic::Refusal`]).
#[derive(Debug, Clone, PartialEq)]
pub enum OutputProblem {
    /// The path (as given) is a symbolic link.
    Symlink(String),
    /// The path is a folder, device, FIFO or socket.
    NotRegular(SpecialFile),
    /// The file name is longer than the file system allows.
    NameTooLong { length: usize, limit: usize },
    /// The folder does not exist.
    NoFolder(String),
    /// The folder cannot be written in.
    FolderNotWritable(String),
    /// Writing, flushing or renaming failed.
    Io(String),
}

/// Which input of the app changed on disk (see [`FileErrorMsg::ChangedOnDisk`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangedInput {
    Rules,
    Results,
}

/// What a path that is not a regular file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecialFile {
    Directory,
    Fifo,
    Device,
    Socket,
    Other,
}
