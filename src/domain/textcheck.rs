//! Checks on ids and names, wherever they come from (results, mappings, rule files).
//!
//! An id is compared byte for byte, so characters a person cannot see would make two ids that
//! look the same ("SB01" and "SB01" with a zero-width space) count as two providers, and control
//! characters would reach the terminal (ANSI escapes) or the exports. Ids and names are
//! therefore refused when they hold:
//! - control characters (Unicode category Cc: U+0000–U+001F, U+007F–U+009F),
//! - format characters (category Cf: zero-width spaces and joiners, bidi embeddings, overrides
//!   and isolates, the BOM U+FEFF, soft hyphen, …), line and paragraph separators,
//! - in an id, any space other than the ordinary space (no-break and thin spaces look the same).
//!
//! and when they are longer than [`MAX_ID_CHARS`] / [`MAX_NAME_CHARS`] characters. The fields
//! arrive trimmed.
//!
//! The Cf list is written out here (from Unicode 16's `DerivedGeneralCategory.txt`) rather than
//! pulling in a Unicode-tables crate for twenty ranges.

/// The longest id (provider, indicator, Kolada ou/KPI), in characters.
pub const MAX_ID_CHARS: usize = 64;
/// The longest name, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// Unicode general category Cf (format), plus Zl and Zp.
const FORMAT: &[(u32, u32)] = &[
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x2028, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

/// A control or format character (category Cc or Cf, or a line or paragraph separator): never
/// allowed in an id, a name or a member name of a locked run.
pub fn is_invisible(c: char) -> bool {
    let u = c as u32;
    c.is_control() || FORMAT.iter().any(|&(a, b)| (a..=b).contains(&u))
}

/// What is wrong with an id or a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    /// A control, format or look-alike space character (`position` 1-based, in characters).
    BadCharacter { code: u32, position: usize },
    /// Longer than the limit (in characters).
    TooLong { length: usize, limit: usize },
}

/// What kind of field is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Id,
    Name,
}

/// Checks an id or a name (see the module documentation).
///
/// ```
/// use kvalitetspeng::domain::textcheck::{check, FieldKind};
/// assert!(check("SB01", FieldKind::Id).is_ok());
/// assert!(check("SB\u{200B}01", FieldKind::Id).is_err()); // zero-width space
/// assert!(check("\u{1b}[31mSB01", FieldKind::Name).is_err()); // ANSI escape
/// assert!(check("Almgården AB", FieldKind::Name).is_ok());
/// ```
pub fn check(text: &str, kind: FieldKind) -> Result<(), TextProblem> {
    let limit = match kind {
        FieldKind::Id => MAX_ID_CHARS,
        FieldKind::Name => MAX_NAME_CHARS,
    };
    for (i, c) in text.chars().enumerate() {
        if i >= limit {
            return Err(TextProblem::TooLong {
                length: text.chars().count(),
                limit,
            });
        }
        let odd_space = kind == FieldKind::Id && c != ' ' && c.is_whitespace();
        if is_invisible(c) || odd_space {
            return Err(TextProblem::BadCharacter {
                code: c as u32,
                position: i + 1,
            });
        }
    }
    Ok(())
}

/// A text for a terminal or a message: control and format characters shown as `\u{…}` and
/// cut to `max` characters with an ellipsis.
///
/// ```
/// use kvalitetspeng::domain::textcheck::printable;
/// assert_eq!(printable("a\u{1b}[2Jb", 20), "a\\u{1b}[2Jb");
/// assert_eq!(printable("abcdef", 4), "abc…");
/// ```
pub fn printable(text: &str, max: usize) -> String {
    let mut out = String::new();
    for (n, c) in text.chars().enumerate() {
        if n + 1 >= max && text.chars().count() > max {
            out.push('…');
            break;
        }
        if is_invisible(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}
