//! The wording of what io reports of files and locked runs (the enums of `crate::messages`),
//! and of RON syntax errors: located file errors, outputs not written, an archive's problems,
//! what verification found.

use super::{Word, Words, is_column_number};
use crate::domain::decimal::serde_decimal;
use crate::domain::textcheck::TextProblem;
use crate::messages::archive::{
    ArchiveProblem, FORMAT, FORMAT_VERSION, Finding, LockError, MANIFEST, MAX_MANIFEST_BYTES,
    MAX_MEMBER_NAME_CHARS, MAX_MEMBERS, MAX_RATIO, MAX_TOTAL_BYTES, NameProblem,
};
use crate::messages::file::{ChangedInput, FileErrorMsg, OutputProblem, SpecialFile};

impl Words {
    /// [`FileErrorMsg::text`] in this language.
    pub fn file_error(&self, e: &FileErrorMsg) -> String {
        use FileErrorMsg::*;
        match e {
            Io(e) => msg!(self, "file-error-io", e),
            NotFound => self.lang().text("file-error-not-found").into(),
            NoPermission => self.lang().text("file-error-no-permission").into(),
            NotText => self.lang().word(Word::FileIsNotText).into(),
            MixedEncoding { byte, column } => {
                let byte = format!("{byte:02X}");
                msg!(self, "file-error-mixed-encoding", column, byte)
            }
            NotRegularFile { kind } => msg!(
                self,
                "file-error-not-regular-file",
                special_file = self.special_file(*kind)
            ),
            LineTooLong { limit } => msg!(
                self,
                "file-error-line-too-long",
                crate = crate::words::number::group_thousands(*limit as u64, self.lang())
            ),
            TooManyColumns { found, limit } => {
                msg!(self, "file-error-too-many-columns", found, limit)
            }
            TooLarge { size, limit } => msg!(
                self,
                "file-error-too-large",
                crate = crate::words::number::group_thousands(*size, self.lang()),
                crate_2 = crate::words::number::group_thousands(*limit, self.lang())
            ),
            BadCharacter { code, position } => msg!(
                self,
                "file-error-bad-character",
                code = format!("{:04X}", code),
                position
            ),
            SurroundingSpace => self.lang().word(Word::TextBeginsOrEnds).into(),
            TooLong { length, limit } => msg!(self, "file-error-too-long", length, limit),
            Empty => self.lang().word(Word::FileIsEmpty).into(),
            MissingColumn { column, accepted } => msg!(
                self,
                "file-error-missing-column",
                column,
                accepted = accepted.join(", ")
            ),
            DuplicateColumn { column } => msg!(self, "file-error-duplicate-column", column),
            FieldCount { expected, found } => msg!(self, "file-error-field-count", expected, found),
            EmptyField => self.lang().word(Word::FieldMustNotBe).into(),
            Number(e) => msg!(self, "file-error-number", e = e.text(self.lang())),
            WholeNumber { text } => msg!(self, "file-error-whole-number", text),
            NotWholeOre { text } => msg!(self, "file-error-not-whole-ore", text),
            BadDate { text } => msg!(self, "file-error-bad-date", text),
            OutOfBounds { text, max } => msg!(
                self,
                "file-error-out-of-bounds",
                text,
                max = self.number(*max, None)
            ),
            Negative { text } => msg!(self, "file-error-negative", text),
            ServiceType { text } => msg!(self, "file-error-service-type", text),
            Regi { text } => msg!(self, "file-error-regi", text),
            Period { text } => msg!(self, "file-error-period", text),
            Conflict {
                first_line,
                first,
                found,
            } => msg!(self, "file-error-conflict", first, first_line, found),
            DuplicateRow { first_line } => msg!(self, "file-error-duplicate-row", first_line),
            OverlappingPeriod { first_line } => {
                msg!(self, "file-error-overlapping-period", first_line)
            }
            Ron(e) => self.ron_error(e),
            NewerFormat { found, supported } => {
                msg!(self, "file-error-newer-format", found, supported)
            }
            SpreadsheetBomb {
                part,
                size,
                packed,
                limit,
            } => self.spreadsheet_bomb(part, *size, *packed, *limit),
            SpreadsheetTooLarge { total, limit } => {
                msg!(self, "file-error-spreadsheet-too-large", total, limit)
            }
            SpreadsheetStringsLie { claimed, size } => {
                msg!(self, "file-error-spreadsheet-strings-lie", claimed, size)
            }
            CellBeyondColumns { last, limit } => {
                msg!(self, "file-error-cell-beyond-columns", last, limit)
            }
            SheetTooWide { width, limit } => msg!(self, "file-error-sheet-too-wide", width, limit),
            Spreadsheet(m) => msg!(self, "file-error-spreadsheet", m),
            Encrypted => self.lang().word(Word::WorkbookIsEncryptedPassword).into(),
            FormulaWithoutValue => self.lang().word(Word::CellHasAFormula).into(),
            SheetNotFound { sheet, available } => {
                let available = available.join(", ");
                msg!(self, "file-error-sheet-not-found", sheet, available)
            }
            Json(m) => msg!(self, "file-error-json", m),
            UnknownId { kind, id } => msg!(self, "file-error-unknown-id", kind, id),
            MappedTwice { key } => msg!(self, "file-error-mapped-twice", key),
            TwoTotals => self.lang().word(Word::PostHasMoreThan).into(),
            MunicipalityCode { text } => msg!(self, "file-error-municipality-code", text),
            Year { text } => msg!(self, "file-error-year", text),
            SamePost { first } => msg!(self, "file-error-same-post", first),
            KpiNotInFile { kpi, found } => msg!(self, "file-error-kpi-not-in-file", kpi, found),
            UnclosedQuote => self.lang().word(Word::QuoteIsNeverClosed).into(),
            MappingNeeded => self.lang().word(Word::KoladaDataNeedsA).into(),
            More { count } => msg!(self, "file-error-more", count),
            ChangedOnDisk(what) => self.lang().word(changed_on_disk(*what)).into(),
            Write(e) => msg!(self, "file-error-write", e),
            OutputIsInput { input } => msg!(self, "file-error-output-is-input", input),
            OutputTwice { other } => msg!(self, "file-error-output-twice", other),
            NotWritten {
                problem,
                written,
                not_written,
            } => self.not_written(problem, written, not_written),
        }
    }

    /// An output not written, and what became of the command's outputs.
    fn not_written(&self, p: &OutputProblem, written: &[String], not_written: &[String]) -> String {
        format!(
            "{}; {}",
            self.output_problem(p),
            self.write_outcome(written, not_written)
        )
    }

    /// A part of a workbook that unpacks to far more than it is packed.
    fn spreadsheet_bomb(&self, part: &str, size: u64, packed: u64, limit: u64) -> String {
        msg!(
            self,
            "file-error-spreadsheet-bomb",
            part,
            size,
            packed,
            size_2 = size / packed,
            limit
        )
    }

    /// What a path is when it is not a regular file: "en mapp", "en enhet" …
    pub fn special_file(&self, kind: SpecialFile) -> &'static str {
        match kind {
            SpecialFile::Directory => self.lang().text("special-file-directory"),
            SpecialFile::Fifo => self.lang().text("special-file-fifo"),
            SpecialFile::Device => self.lang().text("special-file-device"),
            SpecialFile::Socket => self.lang().text("special-file-socket"),
            SpecialFile::Other => self.lang().text("special-file-other"),
        }
    }

    /// The column of a located error: `, kolumn ”värde”`, or `, kolumn 3` when numbered.
    pub fn at_column(&self, c: &str) -> String {
        if is_column_number(c) {
            msg!(self, "at-column-number", c)
        } else {
            msg!(self, "at-column-name", c)
        }
    }

    /// [`LockError::text`] in this language.
    pub fn lock_error(&self, e: &LockError) -> String {
        match e {
            LockError::Input(m) => m.clone(),
            LockError::Rules(p) => msg!(self, "lock-error-rules", p = p.join("; ")),
            LockError::NotAnArchive(p) => {
                msg!(self, "lock-error-not-an-archive", p = p.text(self.lang()))
            }
            LockError::Refused(p) => msg!(self, "lock-error-refused", p = p.text(self.lang())),
            LockError::Write(m) => msg!(self, "lock-error-write", m),
        }
    }

    /// [`ArchiveProblem::text`] in this language.
    pub fn archive_problem(&self, e: &ArchiveProblem) -> String {
        use ArchiveProblem::*;
        match e {
            NotZip(e) => msg!(self, "archive-problem-not-zip", e),
            TooManyMembers { found } => {
                msg!(self, "archive-problem-too-many-members", found, MAX_MEMBERS)
            }
            TooLarge { total } => msg!(self, "archive-problem-too-large", total, MAX_TOTAL_BYTES),
            Packed { name, size, packed } => msg!(
                self,
                "archive-problem-packed",
                name,
                size,
                packed,
                MAX_RATIO
            ),
            ManifestTooLarge { size } => msg!(
                self,
                "archive-problem-manifest-too-large",
                MANIFEST,
                size,
                MAX_MANIFEST_BYTES
            ),
            Unreadable { name, why } => msg!(self, "archive-problem-unreadable", name, why),
            LargerThanDeclared { name } => msg!(self, "archive-problem-larger-than-declared", name),
            Twice { name } => msg!(self, "archive-problem-twice", name),
            NoManifest => msg!(self, "archive-problem-no-manifest", MANIFEST),
            BadManifest(e) => msg!(self, "archive-problem-bad-manifest", MANIFEST, e),
            WrongFormat { found } => msg!(
                self,
                "archive-problem-wrong-format",
                MANIFEST,
                found,
                FORMAT
            ),
            NewerFormat { found } => {
                msg!(self, "archive-problem-newer-format", found, FORMAT_VERSION)
            }
            NoInputs => msg!(self, "archive-problem-no-inputs", MANIFEST),
            UnsafeName { name, why } => {
                let why = match why {
                    NameProblem::NotUtf8 => {
                        self.lang().text("archive-problem-not-utf8").to_string()
                    }
                    NameProblem::BadCharacter { code, position } => msg!(
                        self,
                        "archive-problem-bad-character",
                        code = format!("{:04X}", code),
                        position
                    ),
                    NameProblem::TooLong { length } => msg!(
                        self,
                        "archive-problem-too-long",
                        length,
                        MAX_MEMBER_NAME_CHARS
                    ),
                    NameProblem::Absolute => self.lang().text("archive-problem-absolute").into(),
                    NameProblem::Backslash => self.lang().text("archive-problem-backslash").into(),
                    NameProblem::Colon => self.lang().text("archive-problem-colon").into(),
                    NameProblem::BadComponent => {
                        self.lang().text("archive-problem-bad-component").into()
                    }
                    NameProblem::OutsideFolders => {
                        self.lang().text("archive-problem-outside-folders").into()
                    }
                    NameProblem::NotWindowsName => {
                        self.lang().text("archive-problem-not-windows-name").into()
                    }
                };
                msg!(self, "archive-problem-name-with-reason", name, why)
            }
            SameName { name, other } => msg!(self, "archive-problem-same-name", name, other),
            NotAFile { name } => msg!(self, "archive-problem-not-a-file", name),
            MemberTooLarge { name, size, limit } => {
                msg!(self, "archive-problem-member-too-large", name, size, limit)
            }
            BadLanguage { found } => msg!(self, "archive-problem-bad-language", MANIFEST, found),
            BadText { field, why } => match why {
                TextProblem::BadCharacter { code, position } => msg!(
                    self,
                    "archive-problem-manifest-bad-character",
                    field,
                    MANIFEST,
                    code = format!("{:04X}", code),
                    position
                ),
                TextProblem::TooLong { length, limit } => msg!(
                    self,
                    "archive-problem-manifest-too-long",
                    field,
                    MANIFEST,
                    length,
                    limit
                ),
            },
            Inconsistent(why) => msg!(self, "archive-problem-inconsistent", why),
            ListedTwice { name } => msg!(self, "archive-problem-listed-twice", name),
            RoleTwice { name, other } => {
                msg!(self, "archive-problem-role-twice", name, other, MANIFEST)
            }
        }
    }

    /// [`Finding::text`] in this language.
    pub fn finding(&self, e: &Finding) -> String {
        match e {
            Finding::Missing { name } => msg!(self, "finding-missing", name),
            Finding::NotListed { name } => msg!(self, "finding-not-listed", name),
            Finding::Changed { name } => msg!(self, "finding-changed", name),
            Finding::Differs { name } => msg!(self, "finding-differs", name),
            Finding::Unusable { message } => message.clone(),
        }
    }

    /// Why a rule file is not valid RON (custom messages of our own types are bilingual).
    pub fn ron_error(&self, e: &ron::Error) -> String {
        use ron::Error as E;
        let list = |v: &[&str]| {
            v.iter()
                .map(|s| msg!(self, "ron-error-quoted", s))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match e {
            E::MissingStructField { field, outer } => msg!(
                self,
                "ron-error-missing-struct-field",
                field,
                outer = outer
                    .as_deref()
                    .unwrap_or(self.lang().text("ron-error-outer-missing-field"))
            ),
            E::NoSuchStructField {
                expected,
                found,
                outer,
            } => msg!(
                self,
                "ron-error-no-such-struct-field",
                found,
                outer = outer
                    .as_deref()
                    .unwrap_or(self.lang().text("ron-error-outer-unknown-field")),
                list = list(expected)
            ),
            E::NoSuchEnumVariant {
                expected,
                found,
                outer,
            } => msg!(
                self,
                "ron-error-no-such-enum-variant",
                found,
                outer = outer
                    .as_deref()
                    .unwrap_or(self.lang().text("ron-error-outer-unknown-variant")),
                list = list(expected)
            ),
            E::DuplicateStructField { field, .. } => {
                msg!(self, "ron-error-duplicate-struct-field", field)
            }
            E::Eof => self.lang().word(Word::FileEndsTooEarly).into(),
            E::InvalidValueForType { expected, found } if expected == serde_decimal::EXPECTING => {
                msg!(self, "ron-error-expecting", found)
            }
            E::Message(m) if m == serde_decimal::TOO_LARGE => {
                self.lang().text("ron-error-too-large").into()
            }
            E::Message(m) if m == serde_decimal::NOT_FINITE => {
                self.lang().text("ron-error-not-finite").into()
            }
            E::Message(m) => m.clone(),
            E::UnexpectedChar(c) => msg!(self, "ron-error-unexpected-char", c),
            other => match (ron_expected(other), ron_problem(other)) {
                (Some(what), _) => msg!(self, "ron-error-expected", what),
                (None, Some(what)) => msg!(self, "ron-error-problem", what),
                (None, None) => msg!(self, "ron-error-other", other),
            },
        }
    }

    /// Why an output could not be written, without what became of the outputs.
    pub fn output_problem(&self, p: &OutputProblem) -> String {
        use OutputProblem::*;
        match p {
            Symlink(path) => msg!(
                self,
                "output-problem-symlink",
                words = self.lang().words().symlink_refused(path)
            ),
            NotRegular(kind) => msg!(
                self,
                "output-problem-not-regular",
                special_file = self.special_file(*kind)
            ),
            NameTooLong { length, limit } => {
                msg!(self, "output-problem-name-too-long", length, limit)
            }
            NoFolder(dir) => msg!(self, "output-problem-no-folder", dir),
            FolderNotWritable(dir) => msg!(self, "output-problem-folder-not-writable", dir),
            Io(e) => msg!(self, "output-problem-io", e),
        }
    }

    /// What a failed write of `written` + `not_written` (file names) left: nothing written,
    /// or which files hold their new contents and which are as they were.
    pub fn write_outcome(&self, written: &[String], not_written: &[String]) -> String {
        match (written, not_written) {
            ([], [_]) | ([], []) => self.lang().text("write-outcome").into(),
            ([], all) => msg!(self, "write-outcome-all", all = all.join(", ")),
            (done, []) => msg!(self, "write-outcome-done", done = done.join(", ")),
            (done, left) => msg!(
                self,
                "write-outcome-done-left",
                done = done.join(", "),
                left = left.join(", ")
            ),
        }
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

/// Which input changed on disk, as its message.
fn changed_on_disk(what: ChangedInput) -> Word {
    match what {
        ChangedInput::Rules => Word::RuleFileChangedOn,
        ChangedInput::Results => Word::ResultsFileChangedOn,
    }
}
