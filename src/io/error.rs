//! Errors in input files: which file, which line/row and column, what was expected.

use std::fmt;

use crate::domain::decimal::ParseNumberError;
use crate::words::Lang;

/// What is wrong at a place in a file.
#[derive(Debug, Clone, PartialEq)]
pub enum FileErrorMsg {
    /// The file could not be read or written.
    Io(String),
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

impl ChangedInput {
    /// What the languages say of it.
    pub fn word(self) -> crate::words::Word {
        match self {
            ChangedInput::Rules => crate::words::Word::RuleFileChangedOn,
            ChangedInput::Results => crate::words::Word::ResultsFileChangedOn,
        }
    }
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

impl SpecialFile {
    pub fn of(ft: &std::fs::FileType) -> Self {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if ft.is_fifo() {
                return SpecialFile::Fifo;
            }
            if ft.is_char_device() || ft.is_block_device() {
                return SpecialFile::Device;
            }
            if ft.is_socket() {
                return SpecialFile::Socket;
            }
        }
        if ft.is_dir() {
            SpecialFile::Directory
        } else {
            SpecialFile::Other
        }
    }
}

/// An error located in a file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileError {
    pub file: String,
    /// 1-based line (text files) or row (spreadsheets).
    pub line: Option<usize>,
    /// Column name or 1-based column number.
    pub column: Option<String>,
    pub msg: FileErrorMsg,
}

impl FileError {
    pub fn new(file: &str, line: Option<usize>, column: Option<String>, msg: FileErrorMsg) -> Self {
        FileError {
            file: file.to_string(),
            line,
            column,
            msg,
        }
    }

    pub fn io(file: &str, e: &std::io::Error) -> Self {
        FileError::new(file, None, None, FileErrorMsg::Io(e.to_string()))
    }

    /// A write that failed: the file and cause a [`super::atomic::WriteError`] names, with
    /// what was and was not written; any other error of a write of `file`, nothing written.
    pub fn write(file: &str, e: &std::io::Error) -> Self {
        match e
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<super::atomic::WriteError>())
        {
            Some(w) => FileError::of_write(w),
            None => FileError::new(file, None, None, FileErrorMsg::Write(e.to_string())),
        }
    }

    /// The located error of a failed write of one or several files.
    pub fn of_write(w: &super::atomic::WriteError) -> Self {
        use super::atomic::{Cause, Refusal};
        let problem = match &w.cause {
            Cause::Refused(Refusal::Symlink) => {
                OutputProblem::Symlink(w.file.display().to_string())
            }
            Cause::Refused(Refusal::NotRegular(kind)) => OutputProblem::NotRegular(*kind),
            Cause::Refused(Refusal::NameTooLong { length, limit }) => OutputProblem::NameTooLong {
                length: *length,
                limit: *limit,
            },
            Cause::Refused(Refusal::NoFolder(d)) => {
                OutputProblem::NoFolder(d.display().to_string())
            }
            Cause::Refused(Refusal::FolderNotWritable(d)) => {
                OutputProblem::FolderNotWritable(d.display().to_string())
            }
            Cause::Io(e) => OutputProblem::Io(e.to_string()),
        };
        let names = |v: &[std::path::PathBuf]| v.iter().map(|p| super::display_name(p)).collect();
        FileError::new(
            &super::display_name(&w.file),
            None,
            None,
            FileErrorMsg::NotWritten {
                problem,
                written: names(&w.written),
                not_written: names(&w.not_written),
            },
        )
    }

    /// `fil.csv, rad 5, kolumn ”värde”: …`
    pub fn text(&self, lang: Lang) -> String {
        let mut s = self.file.clone();
        if let Some(l) = self.line {
            s.push_str(&lang.words().at_line(l));
        }
        if let Some(c) = &self.column {
            s.push_str(&lang.words().at_column(c));
        }
        s.push_str(": ");
        s.push_str(&self.msg.text(lang));
        s
    }
}

impl FileErrorMsg {
    pub fn text(&self, lang: Lang) -> String {
        lang.words().file_error(self)
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for FileError {}

/// A failed import: every error found (up to a limit). Nothing of the file was imported.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    pub errors: Vec<FileError>,
}

impl ImportError {
    /// At most this many errors are kept; the rest are counted.
    pub const LIMIT: usize = 50;

    pub fn single(e: FileError) -> Self {
        ImportError { errors: vec![e] }
    }

    pub fn text(&self, lang: Lang) -> String {
        self.errors
            .iter()
            .map(|e| e.text(lang))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for ImportError {}

/// Collects errors up to [`ImportError::LIMIT`], counting the rest.
#[derive(Debug, Default)]
pub struct ErrorSink {
    pub errors: Vec<FileError>,
    more: usize,
    file: String,
}

impl ErrorSink {
    pub fn new(file: &str) -> Self {
        ErrorSink {
            errors: Vec::new(),
            more: 0,
            file: file.to_string(),
        }
    }

    pub fn push(&mut self, line: Option<usize>, column: Option<&str>, msg: FileErrorMsg) {
        if self.errors.len() < ImportError::LIMIT {
            self.errors.push(FileError::new(
                &self.file,
                line,
                column.map(str::to_string),
                msg,
            ));
        } else {
            self.more += 1;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn full(&self) -> bool {
        self.errors.len() >= ImportError::LIMIT
    }

    /// `Err` with every error if there was any.
    pub fn finish(mut self) -> Result<(), ImportError> {
        if self.errors.is_empty() {
            return Ok(());
        }
        if self.more > 0 {
            let more = self.more;
            self.errors.push(FileError::new(
                &self.file,
                None,
                None,
                FileErrorMsg::More { count: more },
            ));
        }
        Err(ImportError {
            errors: self.errors,
        })
    }
}
