//! Checks on the text fields of an input file: ids and names (the rules are in
//! [`crate::domain::textcheck`]), as located file errors.

pub use crate::domain::textcheck::{
    FieldKind, MAX_ID_CHARS, MAX_NAME_CHARS, TextProblem, printable,
};

use super::error::FileErrorMsg;

/// Checks an id or a name (see [`crate::domain::textcheck`]).
///
/// ```
/// use kvalitetspeng::io::fields::{check, FieldKind};
/// assert!(check("SB01", FieldKind::Id).is_ok());
/// assert!(check("SB\u{200B}01", FieldKind::Id).is_err()); // zero-width space
/// ```
pub fn check(text: &str, kind: FieldKind) -> Result<(), FileErrorMsg> {
    crate::domain::textcheck::check(text, kind).map_err(|p| match p {
        TextProblem::BadCharacter { code, position } => {
            FileErrorMsg::BadCharacter { code, position }
        }
        TextProblem::TooLong { length, limit } => FileErrorMsg::TooLong { length, limit },
    })
}
