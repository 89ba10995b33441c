//! Errors in input files: which file, which line/row and column, what was expected.

use std::fmt;

use crate::domain::decimal::ParseNumberError;
use crate::words::{Lang, Word};

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
    Ron(String),
    /// A rule file from a newer version of the program.
    NewerFormat {
        found: u32,
        supported: u32,
    },
    /// Spreadsheet problem.
    Spreadsheet(String),
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
    /// An output would replace one of the inputs.
    OutputIsInput {
        input: String,
    },
    /// Two outputs would go to the same file.
    OutputTwice {
        other: String,
    },
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

    fn text(self, lang: Lang) -> &'static str {
        use SpecialFile::*;
        match (self, lang) {
            (Directory, Lang::Sv) => "en mapp",
            (Directory, Lang::En) => "a folder",
            (Fifo, Lang::Sv) => "en namngiven pipe (FIFO)",
            (Fifo, Lang::En) => "a named pipe (FIFO)",
            (Device, Lang::Sv) => "en enhet",
            (Device, Lang::En) => "a device",
            (Socket, Lang::Sv) => "en socket",
            (Socket, Lang::En) => "a socket",
            (Other, Lang::Sv) => "inte en vanlig fil",
            (Other, Lang::En) => "not a regular file",
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

    /// A write that failed (nothing was written).
    pub fn write(file: &str, e: &std::io::Error) -> Self {
        FileError::new(file, None, None, FileErrorMsg::Write(e.to_string()))
    }

    /// `fil.csv, rad 5, kolumn ”värde”: …`
    pub fn text(&self, lang: Lang) -> String {
        let mut s = self.file.clone();
        if let Some(l) = self.line {
            s.push_str(&match lang {
                Lang::Sv => format!(", rad {l}"),
                Lang::En => format!(", line {l}"),
            });
        }
        if let Some(c) = &self.column {
            let numeric = !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit());
            s.push_str(&match (lang, numeric) {
                (Lang::Sv, true) => format!(", kolumn {c}"),
                (Lang::En, true) => format!(", column {c}"),
                (Lang::Sv, false) => format!(", kolumn ”{c}”"),
                (Lang::En, false) => format!(", column “{c}”"),
            });
        }
        s.push_str(": ");
        s.push_str(&self.msg.text(lang));
        s
    }
}

impl FileErrorMsg {
    pub fn text(&self, lang: Lang) -> String {
        use FileErrorMsg::*;
        match (self, lang) {
            (Io(e), Lang::Sv) => format!("kunde inte läsa eller skriva filen ({e})"),
            (Io(e), Lang::En) => format!("could not read or write the file ({e})"),
            (NotText, _) => lang.word(Word::FileIsNotText).into(),
            (MixedEncoding { byte, column }, Lang::Sv) => format!(
                "filen är UTF-8 men byte {column} på raden (0x{byte:02X}) är inte giltig UTF-8; filen blandar teckenkodningar – spara den på nytt som UTF-8"
            ),
            (MixedEncoding { byte, column }, Lang::En) => format!(
                "the file is UTF-8 but byte {column} of the line (0x{byte:02X}) is not valid UTF-8; the file mixes encodings – save it again as UTF-8"
            ),
            (NotRegularFile { kind }, Lang::Sv) => {
                format!(
                    "sökvägen är {}, inte en vanlig fil; ingenting lästes",
                    kind.text(lang)
                )
            }
            (NotRegularFile { kind }, Lang::En) => {
                format!(
                    "the path is {}, not a regular file; nothing was read",
                    kind.text(lang)
                )
            }
            (LineTooLong { limit }, Lang::Sv) => format!(
                "raden är längre än {} byte, programmets gräns för en rad; filen är troligen inte en resultatfil",
                crate::words::number::group_thousands(*limit as u64, lang)
            ),
            (LineTooLong { limit }, Lang::En) => format!(
                "the line is longer than {} bytes, the program's limit for a line; the file is probably not a results file",
                crate::words::number::group_thousands(*limit as u64, lang)
            ),
            (TooManyColumns { found, limit }, Lang::Sv) => {
                format!("rubrikraden har {found} kolumner; högst {limit} är tillåtna")
            }
            (TooManyColumns { found, limit }, Lang::En) => {
                format!("the header has {found} columns; at most {limit} are allowed")
            }
            (TooLarge { size, limit }, Lang::Sv) => format!(
                "filen är {} byte, mer än gränsen {} byte; ingenting lästes",
                crate::words::number::group_thousands(*size, lang),
                crate::words::number::group_thousands(*limit, lang)
            ),
            (TooLarge { size, limit }, Lang::En) => format!(
                "the file is {} bytes, more than the limit of {} bytes; nothing was read",
                crate::words::number::group_thousands(*size, lang),
                crate::words::number::group_thousands(*limit, lang)
            ),
            (BadCharacter { code, position }, Lang::Sv) => format!(
                "otillåtet tecken U+{code:04X} på plats {position}; ta bort det (id och namn får inte innehålla styrtecken, osynliga tecken som nollbredds- och riktningstecken, och id inga andra mellanslag än vanligt mellanslag)"
            ),
            (BadCharacter { code, position }, Lang::En) => format!(
                "character U+{code:04X} at position {position} is not allowed; remove it (ids and names must not hold control characters or invisible ones such as zero-width and direction marks, and ids no spaces other than the ordinary space)"
            ),
            (SurroundingSpace, _) => lang.word(Word::TextBeginsOrEnds).into(),
            (TooLong { length, limit }, Lang::Sv) => {
                format!("texten är {length} tecken lång; högst {limit} tecken är tillåtna")
            }
            (TooLong { length, limit }, Lang::En) => {
                format!("the text is {length} characters long; at most {limit} are allowed")
            }
            (Empty, _) => lang.word(Word::FileIsEmpty).into(),
            (MissingColumn { column, accepted }, Lang::Sv) => format!(
                "kolumnen ”{column}” saknas (godtagna rubriker: {})",
                accepted.join(", ")
            ),
            (MissingColumn { column, accepted }, Lang::En) => format!(
                "the column “{column}” is missing (accepted headers: {})",
                accepted.join(", ")
            ),
            (DuplicateColumn { column }, Lang::Sv) => {
                format!("kolumnen ”{column}” finns två gånger")
            }
            (DuplicateColumn { column }, Lang::En) => {
                format!("the column “{column}” appears twice")
            }
            (FieldCount { expected, found }, Lang::Sv) => {
                format!("förväntade {expected} fält som rubrikraden, fick {found}")
            }
            (FieldCount { expected, found }, Lang::En) => {
                format!("expected {expected} fields like the header, found {found}")
            }
            (EmptyField, _) => lang.word(Word::FieldMustNotBe).into(),
            (Number(e), Lang::Sv) => format!("förväntade ett tal: {}", e.text(lang)),
            (Number(e), Lang::En) => format!("expected a number: {}", e.text(lang)),
            (WholeNumber { text }, Lang::Sv) => format!("förväntade ett heltal ≥ 0, fick ”{text}”"),
            (WholeNumber { text }, Lang::En) => {
                format!("expected a whole number ≥ 0, found “{text}”")
            }
            (OutOfBounds { text, max }, Lang::Sv) => format!(
                "talet ”{text}” är större än programmets gräns {} (till beloppet)",
                crate::words::number::format_number_lang(*max, None, lang)
            ),
            (OutOfBounds { text, max }, Lang::En) => format!(
                "the number “{text}” exceeds the program's limit of {} (in size)",
                crate::words::number::format_number_lang(*max, None, lang)
            ),
            (Negative { text }, Lang::Sv) => format!("talet får inte vara negativt, fick ”{text}”"),
            (Negative { text }, Lang::En) => {
                format!("the number must not be negative, found “{text}”")
            }
            (ServiceType { text }, Lang::Sv) => {
                format!("förväntade verksamhet ”hemtjänst” eller ”säbo”, fick ”{text}”")
            }
            (ServiceType { text }, Lang::En) => {
                format!("expected service type “hemtjänst” or “säbo”, found “{text}”")
            }
            (Regi { text }, Lang::Sv) => {
                format!("förväntade regi ”egen regi” eller ”privat”, fick ”{text}”")
            }
            (Regi { text }, Lang::En) => {
                format!("expected “egen regi” or “privat”, found “{text}”")
            }
            (Period { text }, Lang::Sv) => format!(
                "förväntade en period (ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM), fick ”{text}”"
            ),
            (Period { text }, Lang::En) => {
                format!("expected a period (YYYY, YYYY-H1, YYYY-Q1 or YYYY-MM), found “{text}”")
            }
            (
                Conflict {
                    first_line,
                    first,
                    found,
                },
                Lang::Sv,
            ) => format!("utföraren har ”{first}” på rad {first_line} men ”{found}” här"),
            (
                Conflict {
                    first_line,
                    first,
                    found,
                },
                Lang::En,
            ) => format!("the provider has “{first}” on line {first_line} but “{found}” here"),
            (DuplicateRow { first_line }, Lang::Sv) => {
                format!("samma utförare, indikator och period finns redan på rad {first_line}")
            }
            (DuplicateRow { first_line }, Lang::En) => {
                format!("the same provider, indicator and period is already on line {first_line}")
            }
            (OverlappingPeriod { first_line }, Lang::Sv) => format!(
                "samma utförare och indikator har på rad {first_line} en period som överlappar den här (t.ex. ett helt år och en av dess månader); resultatet skulle räknas två gånger"
            ),
            (OverlappingPeriod { first_line }, Lang::En) => format!(
                "the same provider and indicator has a period on line {first_line} that overlaps this one (e.g. a whole year and one of its months); the result would count twice"
            ),
            (Ron(m), _) => m.clone(),
            (NewerFormat { found, supported }, Lang::Sv) => format!(
                "regelfilen har format {found} från en nyare version; den här versionen läser format {supported}"
            ),
            (NewerFormat { found, supported }, Lang::En) => format!(
                "the rule file has format {found} from a newer version; this version reads format {supported}"
            ),
            (Spreadsheet(m), Lang::Sv) => format!("kalkylbladet kunde inte läsas: {m}"),
            (Spreadsheet(m), Lang::En) => format!("the spreadsheet could not be read: {m}"),
            (Encrypted, _) => lang.word(Word::WorkbookIsEncryptedPassword).into(),
            (FormulaWithoutValue, _) => lang.word(Word::CellHasAFormula).into(),
            (SheetNotFound { sheet, available }, Lang::Sv) => format!(
                "bladet ”{sheet}” finns inte (finns: {})",
                available.join(", ")
            ),
            (SheetNotFound { sheet, available }, Lang::En) => format!(
                "the sheet “{sheet}” does not exist (available: {})",
                available.join(", ")
            ),
            (Json(m), Lang::Sv) => format!("ogiltig JSON: {m}"),
            (Json(m), Lang::En) => format!("invalid JSON: {m}"),
            (UnknownId { kind, id }, Lang::Sv) => {
                format!("okänt {kind} ”{id}” (saknas i mappningen)")
            }
            (UnknownId { kind, id }, Lang::En) => {
                format!("unknown {kind} “{id}” (not in the mapping)")
            }
            (MappedTwice { key }, Lang::Sv) => format!(
                "”{key}” finns två gånger i mappningen; varje ou, utförar-id och KPI får bara förekomma en gång"
            ),
            (MappedTwice { key }, Lang::En) => format!(
                "“{key}” appears twice in the mapping; each ou, provider id and KPI may appear only once"
            ),
            (TwoTotals, _) => lang.word(Word::PostHasMoreThan).into(),
            (UnclosedQuote, _) => lang.word(Word::QuoteIsNeverClosed).into(),
            (MappingNeeded, _) => lang.word(Word::KoladaDataNeedsA).into(),
            (More { count }, Lang::Sv) => format!("… och {count} fel till"),
            (More { count }, Lang::En) => format!("… and {count} more errors"),
            (Write(e), Lang::Sv) => format!("kunde inte skriva filen ({e}); inget skrevs"),
            (Write(e), Lang::En) => format!("could not write the file ({e}); nothing was written"),
            (OutputIsInput { input }, Lang::Sv) => format!(
                "utdatafilen är samma fil som indatafilen {input} och skulle skriva över den; välj ett annat namn"
            ),
            (OutputIsInput { input }, Lang::En) => format!(
                "the output is the same file as the input {input} and would overwrite it; choose another name"
            ),
            (OutputTwice { other }, Lang::Sv) => {
                format!("utdatafilen är samma fil som utdatafilen {other}; välj olika namn")
            }
            (OutputTwice { other }, Lang::En) => {
                format!("the output is the same file as the output {other}; choose different names")
            }
        }
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
