//! The wording of what io reports of files and locked runs (the enums of `crate::messages`),
//! and of RON syntax errors: located file errors, outputs not written, an archive's problems,
//! what verification found.

use super::{Text, Word, Words, is_column_number};
use crate::domain::decimal::serde_decimal;
use crate::messages::file::{FileErrorMsg, SpecialFile};

impl Words {
    /// [`FileErrorMsg::text`] in this language.
    pub fn file_error(&self, e: &FileErrorMsg) -> String {
        match (e.msg(), e) {
            (Some(m), _) => self.lang().say_plain(&m),
            (None, FileErrorMsg::Ron(e)) => self.ron_error(e),
            (
                None,
                FileErrorMsg::NotWritten {
                    problem,
                    written,
                    not_written,
                },
            ) => format!(
                "{}; {}",
                problem.text(self.lang()),
                self.write_outcome(written, not_written)
            ),
            (None, _) => unreachable!("every other file error is a message"),
        }
    }

    /// What a path is when it is not a regular file: "en mapp", "en enhet" …
    pub fn special_file(&self, kind: SpecialFile) -> &'static str {
        self.lang().text(kind.id())
    }

    /// The column of a located error: `, kolumn ”värde”`, or `, kolumn 3` when numbered.
    pub fn at_column(&self, c: &str) -> String {
        if is_column_number(c) {
            msg!(self, "at-column-number", c)
        } else {
            msg!(self, "at-column-name", c)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::decimal::ParseNumberError;
    use crate::messages::archive::{ArchiveProblem, Finding, LockError, NameProblem};
    use crate::messages::file::OutputProblem;
    use crate::words::Lang;

    #[test]
    fn messages_inside_messages_and_large_numbers_are_worded() {
        let w = Lang::Sv.words();
        let e = LockError::NotAnArchive(ArchiveProblem::UnsafeName {
            name: "indata/x".into(),
            why: NameProblem::TooLong { length: 300 },
        });
        assert_eq!(
            e.text(Lang::Sv),
            "filen är ingen läsbar fastställd körning (.kvp): indata/x: namnet är 300 tecken \
             långt, högst 255 är tillåtna"
        );
        let e = FileErrorMsg::Number(ParseNumberError::Ambiguous("1.000,5".into()));
        assert_eq!(
            w.file_error(&e),
            "förväntade ett tal: ”1.000,5” är tvetydigt: både punkt och komma"
        );
        let e = FileErrorMsg::TooLarge {
            size: 2_000_000,
            limit: 1_048_576,
        };
        assert_eq!(
            w.file_error(&e),
            "filen är 2 000 000 byte, mer än gränsen 1 048 576 byte; ingenting lästes"
        );
        let e = FileErrorMsg::NotWritten {
            problem: OutputProblem::Symlink("ut.csv".into()),
            written: vec!["a.csv".into()],
            not_written: vec![],
        };
        assert_eq!(
            w.file_error(&e),
            "kunde inte skriva filen: ut.csv är en symbolisk länk; skriv till filen den pekar på \
             i stället; a.csv skrevs ändå (de gamla filerna kunde inte läggas tillbaka)"
        );
        let f = Finding::Unusable {
            message: "regler.ron, rad 3: fel".into(),
        };
        assert_eq!(f.text(Lang::Sv), "regler.ron, rad 3: fel");
    }
}
