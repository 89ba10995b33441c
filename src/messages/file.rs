//! What can be wrong at a place in a file read, or with an output that could not be written:
//! io finds these, `src/words` words them.

use rust_decimal::Decimal;

use super::{count, plain, size};
use crate::domain::decimal::{ParseNumberError, serde_decimal};
use crate::domain::feature::{Arg, Message, Msg};

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

/// Why an output could not be written (see `io::atomic::Refusal`).
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

/// A whole number with the language's thousands separator.
fn grouped(n: u64) -> Arg {
    Arg::Num(Decimal::from(n))
}

/// A character's code point as `U+` writes it: `00AD`.
pub(crate) fn code_point(code: u32) -> Arg {
    Arg::Plain(format!("{code:04X}"))
}

/// A message id and its values.
type Parts = (&'static str, Vec<(&'static str, Arg)>);

impl Message for FileErrorMsg {
    fn msg(&self) -> Msg {
        use FileErrorMsg::*;
        let (id, args) = match self {
            Ron(e) => ron_error(e),
            NotWritten {
                problem,
                written,
                not_written,
            } => (
                "file-error-not-written",
                vec![
                    ("problem", Arg::msg(problem.msg())),
                    ("outcome", Arg::msg(write_outcome(written, not_written))),
                ],
            ),
            Io(_)
            | NotFound
            | NoPermission
            | NotText
            | MixedEncoding { .. }
            | NotRegularFile { .. }
            | LineTooLong { .. }
            | TooManyColumns { .. }
            | TooLarge { .. }
            | Empty
            | UnclosedQuote
            | NewerFormat { .. }
            | ChangedOnDisk(_) => self.reading(),
            MissingColumn { .. }
            | DuplicateColumn { .. }
            | FieldCount { .. }
            | EmptyField
            | Conflict { .. }
            | DuplicateRow { .. }
            | OverlappingPeriod { .. }
            | More { .. } => self.layout(),
            BadCharacter { .. }
            | SurroundingSpace
            | TooLong { .. }
            | Number(_)
            | WholeNumber { .. }
            | NotWholeOre { .. }
            | BadDate { .. }
            | OutOfBounds { .. }
            | Negative { .. }
            | ServiceType { .. }
            | Regi { .. }
            | Period { .. } => self.value(),
            SpreadsheetBomb { .. }
            | SpreadsheetTooLarge { .. }
            | SpreadsheetStringsLie { .. }
            | CellBeyondColumns { .. }
            | SheetTooWide { .. }
            | Spreadsheet(_)
            | Encrypted
            | FormulaWithoutValue
            | SheetNotFound { .. } => self.spreadsheet(),
            Json(_)
            | UnknownId { .. }
            | MappedTwice { .. }
            | TwoTotals
            | MunicipalityCode { .. }
            | Year { .. }
            | SamePost { .. }
            | KpiNotInFile { .. }
            | MappingNeeded => self.kolada(),
            Write(_) | OutputIsInput { .. } | OutputTwice { .. } => self.output(),
        };
        Msg::new(id, args)
    }
}

impl FileErrorMsg {
    /// The file itself: whether and how it could be read as text.
    fn reading(&self) -> Parts {
        use FileErrorMsg::*;
        match self {
            Io(e) => ("file-error-io", vec![("e", plain(e))]),
            NotFound => ("file-error-not-found", vec![]),
            NoPermission => ("file-error-no-permission", vec![]),
            NotText => ("file-is-not-text", vec![]),
            MixedEncoding { byte, column } => (
                "file-error-mixed-encoding",
                vec![
                    ("column", size(*column)),
                    ("byte", Arg::Plain(format!("{byte:02X}"))),
                ],
            ),
            NotRegularFile { kind } => (
                "file-error-not-regular-file",
                vec![("special_file", Arg::Text(Some(kind.id())))],
            ),
            LineTooLong { limit } => (
                "file-error-line-too-long",
                vec![("limit", grouped(*limit as u64))],
            ),
            TooManyColumns { found, limit } => (
                "file-error-too-many-columns",
                vec![("found", size(*found)), ("limit", size(*limit))],
            ),
            TooLarge { size, limit } => (
                "file-error-too-large",
                vec![("size", grouped(*size)), ("limit", grouped(*limit))],
            ),
            Empty => ("file-is-empty", vec![]),
            UnclosedQuote => ("quote-is-never-closed", vec![]),
            NewerFormat { found, supported } => (
                "file-error-newer-format",
                vec![("found", count(*found)), ("supported", count(*supported))],
            ),
            ChangedOnDisk(ChangedInput::Rules) => ("rule-file-changed-on", vec![]),
            ChangedOnDisk(ChangedInput::Results) => ("results-file-changed-on", vec![]),
            _ => unreachable!("grouped by <FileErrorMsg as Message>::msg"),
        }
    }

    /// The header and rows: columns, field counts, rows that clash, errors not shown.
    fn layout(&self) -> Parts {
        use FileErrorMsg::*;
        match self {
            MissingColumn { column, accepted } => (
                "file-error-missing-column",
                vec![
                    ("column", plain(column)),
                    ("accepted", Arg::Plain(accepted.join(", "))),
                ],
            ),
            DuplicateColumn { column } => (
                "file-error-duplicate-column",
                vec![("column", plain(column))],
            ),
            FieldCount { expected, found } => (
                "file-error-field-count",
                vec![("expected", size(*expected)), ("found", size(*found))],
            ),
            EmptyField => ("field-must-not-be", vec![]),
            Conflict {
                first_line,
                first,
                found,
            } => (
                "file-error-conflict",
                vec![
                    ("first", plain(first)),
                    ("first_line", size(*first_line)),
                    ("found", plain(found)),
                ],
            ),
            DuplicateRow { first_line } => (
                "file-error-duplicate-row",
                vec![("first_line", size(*first_line))],
            ),
            OverlappingPeriod { first_line } => (
                "file-error-overlapping-period",
                vec![("first_line", size(*first_line))],
            ),
            More { count } => ("file-error-more", vec![("count", size(*count))]),
            _ => unreachable!("grouped by <FileErrorMsg as Message>::msg"),
        }
    }

    /// One field's value: text, number, date, or a code the format knows.
    fn value(&self) -> Parts {
        use FileErrorMsg::*;
        match self {
            BadCharacter { code, position } => (
                "file-error-bad-character",
                vec![("code", code_point(*code)), ("position", size(*position))],
            ),
            SurroundingSpace => ("text-begins-or-ends", vec![]),
            TooLong { length, limit } => (
                "file-error-too-long",
                vec![("length", size(*length)), ("limit", size(*limit))],
            ),
            Number(e) => ("file-error-number", vec![("e", Arg::msg(e.msg()))]),
            WholeNumber { text } => ("file-error-whole-number", vec![("text", plain(text))]),
            NotWholeOre { text } => ("file-error-not-whole-ore", vec![("text", plain(text))]),
            BadDate { text } => ("file-error-bad-date", vec![("text", plain(text))]),
            OutOfBounds { text, max } => (
                "file-error-out-of-bounds",
                vec![("text", plain(text)), ("max", Arg::Num(*max))],
            ),
            Negative { text } => ("file-error-negative", vec![("text", plain(text))]),
            ServiceType { text } => ("file-error-service-type", vec![("text", plain(text))]),
            Regi { text } => ("file-error-regi", vec![("text", plain(text))]),
            Period { text } => ("file-error-period", vec![("text", plain(text))]),
            _ => unreachable!("grouped by <FileErrorMsg as Message>::msg"),
        }
    }

    /// A workbook: its size, its sheets and cells.
    fn spreadsheet(&self) -> Parts {
        use FileErrorMsg::*;
        match self {
            SpreadsheetBomb {
                part,
                size,
                packed,
                limit,
            } => (
                "file-error-spreadsheet-bomb",
                vec![
                    ("part", plain(part)),
                    ("size", count(*size)),
                    ("packed", count(*packed)),
                    ("size_2", count(size / packed)),
                    ("limit", count(*limit)),
                ],
            ),
            SpreadsheetTooLarge { total, limit } => (
                "file-error-spreadsheet-too-large",
                vec![("total", count(*total)), ("limit", count(*limit))],
            ),
            SpreadsheetStringsLie { claimed, size } => (
                "file-error-spreadsheet-strings-lie",
                vec![("claimed", plain(claimed)), ("size", count(*size))],
            ),
            CellBeyondColumns { last, limit } => (
                "file-error-cell-beyond-columns",
                vec![("last", plain(last)), ("limit", count(*limit))],
            ),
            SheetTooWide { width, limit } => (
                "file-error-sheet-too-wide",
                vec![("width", size(*width)), ("limit", count(*limit))],
            ),
            Spreadsheet(m) => ("file-error-spreadsheet", vec![("m", plain(m))]),
            Encrypted => ("workbook-is-encrypted-password", vec![]),
            FormulaWithoutValue => ("cell-has-a-formula", vec![]),
            SheetNotFound { sheet, available } => (
                "file-error-sheet-not-found",
                vec![
                    ("sheet", plain(sheet)),
                    ("available", Arg::Plain(available.join(", "))),
                ],
            ),
            _ => unreachable!("grouped by <FileErrorMsg as Message>::msg"),
        }
    }

    /// JSON data and its mapping (Kolada posts, ids, keys).
    fn kolada(&self) -> Parts {
        use FileErrorMsg::*;
        match self {
            Json(m) => ("file-error-json", vec![("m", plain(m))]),
            UnknownId { kind, id } => (
                "file-error-unknown-id",
                vec![("kind", plain(kind)), ("id", plain(id))],
            ),
            MappedTwice { key } => ("file-error-mapped-twice", vec![("key", plain(key))]),
            TwoTotals => ("post-has-more-than", vec![]),
            MunicipalityCode { text } => {
                ("file-error-municipality-code", vec![("text", plain(text))])
            }
            Year { text } => ("file-error-year", vec![("text", plain(text))]),
            SamePost { first } => ("file-error-same-post", vec![("first", plain(first))]),
            KpiNotInFile { kpi, found } => (
                "file-error-kpi-not-in-file",
                vec![("kpi", plain(kpi)), ("found", plain(found))],
            ),
            MappingNeeded => ("kolada-data-needs-a", vec![]),
            _ => unreachable!("grouped by <FileErrorMsg as Message>::msg"),
        }
    }

    /// An output that would go where it must not, or could not be written.
    fn output(&self) -> Parts {
        use FileErrorMsg::*;
        match self {
            Write(e) => ("file-error-write", vec![("e", plain(e))]),
            OutputIsInput { input } => {
                ("file-error-output-is-input", vec![("input", plain(input))])
            }
            OutputTwice { other } => ("file-error-output-twice", vec![("other", plain(other))]),
            _ => unreachable!("grouped by <FileErrorMsg as Message>::msg"),
        }
    }
}

impl Message for OutputProblem {
    fn msg(&self) -> Msg {
        use OutputProblem::*;
        let (id, args) = match self {
            Symlink(path) => (
                "output-problem-symlink",
                vec![(
                    "words",
                    Arg::msg(Msg::new("symlink-refused", vec![("path", plain(path))])),
                )],
            ),
            NotRegular(kind) => (
                "output-problem-not-regular",
                vec![("special_file", Arg::Text(Some(kind.id())))],
            ),
            NameTooLong { length, limit } => (
                "output-problem-name-too-long",
                vec![("length", size(*length)), ("limit", size(*limit))],
            ),
            NoFolder(dir) => ("output-problem-no-folder", vec![("dir", plain(dir))]),
            FolderNotWritable(dir) => (
                "output-problem-folder-not-writable",
                vec![("dir", plain(dir))],
            ),
            Io(e) => ("output-problem-io", vec![("e", plain(e))]),
        };
        Msg::new(id, args)
    }
}

impl SpecialFile {
    /// The message id of what the path is: "en mapp", "en enhet" …
    pub fn id(self) -> &'static str {
        match self {
            SpecialFile::Directory => "special-file-directory",
            SpecialFile::Fifo => "special-file-fifo",
            SpecialFile::Device => "special-file-device",
            SpecialFile::Socket => "special-file-socket",
            SpecialFile::Other => "special-file-other",
        }
    }
}

/// The column of a located error: `, kolumn ”värde”`, or `, kolumn 3` when it is numbered (a
/// spreadsheet's or a headerless file's column), which the languages do not quote.
pub struct AtColumn<'a>(pub &'a str);

impl Message for AtColumn<'_> {
    fn msg(&self) -> Msg {
        let numbered = !self.0.is_empty() && self.0.chars().all(|ch| ch.is_ascii_digit());
        let id = match numbered {
            true => "at-column-number",
            false => "at-column-name",
        };
        Msg::new(id, vec![("c", plain(self.0))])
    }
}

/// What a failed write of `written` + `not_written` (file names) left: nothing written, or
/// which files hold their new contents and which are as they were.
fn write_outcome(written: &[String], not_written: &[String]) -> Msg {
    let names = |v: &[String]| Arg::Plain(v.join(", "));
    let (id, args) = match (written, not_written) {
        ([], [_]) | ([], []) => ("write-outcome", vec![]),
        ([], all) => ("write-outcome-all", vec![("all", names(all))]),
        (done, []) => ("write-outcome-done", vec![("done", names(done))]),
        (done, left) => (
            "write-outcome-done-left",
            vec![("done", names(done)), ("left", names(left))],
        ),
    };
    Msg::new(id, args)
}

/// Why a rule file is not valid RON. A custom message of our own types is one of ours (a
/// number's) or already worded; any other error is named by its kind, never by RON's English.
fn ron_error(e: &ron::Error) -> Parts {
    use ron::Error as E;
    let list = |v: &[&str]| Arg::List {
        items: v
            .iter()
            .map(|s| Msg::new("ron-error-quoted", vec![("s", plain(s))]))
            .collect(),
        sep: ", ",
        capital: false,
    };
    // The field or value's owner as RON names it, else a word for it.
    let outer = |o: &Option<String>, none| match o {
        Some(o) => plain(o),
        None => Arg::Text(Some(none)),
    };
    match e {
        E::MissingStructField { field, outer: o } => (
            "ron-error-missing-struct-field",
            vec![
                ("field", plain(field)),
                ("outer", outer(o, "ron-error-outer-missing-field")),
            ],
        ),
        E::NoSuchStructField {
            expected,
            found,
            outer: o,
        } => (
            "ron-error-no-such-struct-field",
            vec![
                ("found", plain(found)),
                ("outer", outer(o, "ron-error-outer-unknown-field")),
                ("list", list(expected)),
            ],
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer: o,
        } => (
            "ron-error-no-such-enum-variant",
            vec![
                ("found", plain(found)),
                ("outer", outer(o, "ron-error-outer-unknown-variant")),
                ("list", list(expected)),
            ],
        ),
        E::DuplicateStructField { field, .. } => (
            "ron-error-duplicate-struct-field",
            vec![("field", plain(field))],
        ),
        E::Eof => ("file-ends-too-early", vec![]),
        E::InvalidValueForType { expected, found } if expected == serde_decimal::EXPECTING => {
            ("ron-error-expecting", vec![("found", plain(found))])
        }
        E::Message(m) if m == serde_decimal::TOO_LARGE => ("ron-error-too-large", vec![]),
        E::Message(m) if m == serde_decimal::NOT_FINITE => ("ron-error-not-finite", vec![]),
        E::Message(m) => ("worded", vec![("text", plain(m))]),
        E::UnexpectedChar(c) => (
            "ron-error-unexpected-char",
            vec![("c", Arg::Plain(c.to_string()))],
        ),
        other => match (ron_expected(other), ron_problem(other)) {
            (Some(what), _) => ("ron-error-expected", vec![("what", Arg::Sign(what))]),
            (None, Some(what)) => ("ron-error-problem", vec![("what", Arg::Sign(what))]),
            (None, None) => (
                "ron-error-other",
                vec![("other", Arg::Plain(other.to_string()))],
            ),
        },
    }
}

/// The kind of a RON syntax error that expected a mark or a kind of value, as the language
/// files' `ron-error-expected` chooses by it (its English text must not reach the reader).
fn ron_expected(e: &ron::Error) -> Option<&'static str> {
    use ron::Error as E;
    Some(match e {
        E::ExpectedComma => "comma",
        E::ExpectedArray => "array",
        E::ExpectedArrayEnd => "array-end",
        E::ExpectedBoolean => "boolean",
        E::ExpectedFloat => "float",
        E::ExpectedInteger => "integer",
        E::ExpectedMap => "map",
        E::ExpectedMapColon => "map-colon",
        E::ExpectedMapEnd => "map-end",
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => "struct",
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => "paren-end",
        E::ExpectedString => "string",
        E::ExpectedStringEnd => "string-end",
        E::ExpectedIdentifier => "identifier",
        E::ExpectedOption => "option",
        E::ExpectedUnit => "unit",
        E::ExpectedChar => "char",
        _ => return None,
    })
}

/// The selector of a RON error that is no "expected …" but a problem in the text itself.
fn ron_problem(e: &ron::Error) -> Option<&'static str> {
    use ron::Error as E;
    Some(match e {
        E::IntegerOutOfBounds => "integer-out-of-bounds",
        E::InvalidIntegerDigit { .. } => "integer-digit",
        E::FloatUnderscore | E::UnderscoreAtBeginning => "underscore",
        E::UnclosedBlockComment | E::UnclosedLineComment => "comment",
        E::TrailingCharacters => "trailing",
        E::Utf8Error(_) => "utf8",
        E::InvalidEscape(_) => "escape",
        E::ExceededRecursionLimit => "recursion",
        _ => return None,
    })
}
