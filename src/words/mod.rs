//! Every text the user reads. The texts are data: one Project Fluent file per language,
//! `assets/locales/<code>/kvalitetspeng.ftl`, embedded in the binary (see [`catalog`] and
//! `assets/locales/README.md`). The rest of the program names a text ([`Word`] for a fixed
//! one, a [`Words`] method for one with values in it) and never spells it out.
//!
//! The logic of a message (which text in which case, which values, how its numbers are
//! written) is written once, for every language, in [`texts`] and [`messages`]; a language
//! file only words it. A test fails when a language lacks a message or names other variables
//! than the first language does.
//!
//! The calculation core ([`crate::domain`]) has no words at all: it returns structured
//! values and messages, and the wording of those lives here. `tests/architecture.rs` keeps it
//! so: no words in the domain, no text chosen by language outside this module.
//!
//! Numbers are written by one formatter ([`Words::number`]) with the signs of the language
//! file: decimal comma and a space between thousands in Swedish, decimal point and a comma in
//! English.
//!
//! ```
//! use kvalitetspeng::words::{Lang, Word};
//! assert_eq!(Lang::Sv.word(Word::Undo), "Ångra");
//! assert_eq!(Lang::En.word(Word::Undo), "Undo");
//! assert_eq!(Lang::En.words().number(rust_decimal::Decimal::new(12345, 1), Some(2)), "1,234.50");
//! ```

/// The message `id` of `words`' language filled with values: `name` passes the variable of
/// that name, `name = value` a value.
macro_rules! msg {
    ($words:expr, $id:literal $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $words.lang().message(
            $id,
            &[$((stringify!($name), &msg!(@value $name $(, $value)?) as &dyn std::fmt::Display)),*],
        )
    };
    (@value $name:ident) => { $name };
    (@value $name:ident, $value:expr) => { $value };
}
pub(crate) use msg;

mod catalog;
mod explanation;
mod file_messages;
mod labels;
mod messages;
pub mod number;
mod params;
mod problems;
pub mod prose;
mod rule_changes;
mod scheme_rules;
mod scorers;
mod texts;
mod time;

pub use explanation::{IntervalEnd, exact_text, score_text};
pub use labels::Text;
pub use time::time_in_words;

use std::fmt::Display;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use catalog::{Catalog, NumberFormat};

/// Declares the languages: each is a variant, its code (the folder of its file under
/// `assets/locales/`) and its doc. The first is the default. A language is one line here and
/// one `.ftl` file.
macro_rules! languages {
    ($(#[$fm:meta])* $first:ident = $first_code:literal, $($(#[$m:meta])* $v:ident = $code:literal,)*) => {
        /// Language of texts shown to the user.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
        pub enum Lang {
            $(#[$fm])*
            #[default]
            $first,
            $($(#[$m])* $v,)*
        }

        /// The texts of each language, in the order of [`Lang::ALL`].
        static WORDS: [Words; Lang::ALL.len()] =
            [Words { lang: Lang::$first } $(, Words { lang: Lang::$v })*];

        impl Lang {
            /// Every language, in the order of the language menu.
            pub const ALL: [Lang; [$first_code $(, $code)*].len()] = [Lang::$first $(, Lang::$v)*];

            /// The language's code, e.g. `sv`: its folder under `assets/locales/`.
            pub fn code(self) -> &'static str {
                match self {
                    Lang::$first => $first_code,
                    $(Lang::$v => $code,)*
                }
            }

            /// The language file, embedded.
            fn source(self) -> &'static str {
                match self {
                    Lang::$first => include_str!(concat!("../../assets/locales/", $first_code, "/kvalitetspeng.ftl")),
                    $(Lang::$v => include_str!(concat!("../../assets/locales/", $code, "/kvalitetspeng.ftl")),)*
                }
            }
        }
    };
}

languages! {
    /// Svenska
    Sv = "sv",
    /// English
    En = "en",
}

impl Lang {
    /// The texts of this language.
    pub fn words(self) -> &'static Words {
        &WORDS[self as usize]
    }

    /// The messages of this language, read from its file the first time they are needed.
    fn catalog(self) -> &'static Catalog {
        static CATALOGS: [OnceLock<Catalog>; Lang::ALL.len()] =
            [const { OnceLock::new() }; Lang::ALL.len()];
        CATALOGS[self as usize].get_or_init(|| Catalog::new(self.code(), self.source()))
    }

    /// A fixed text in this language.
    pub fn word(self, w: Word) -> &'static str {
        self.catalog().word(w)
    }

    /// The message `id` of this language with its variables (text already written).
    pub(crate) fn message(self, id: &str, args: &[(&str, &dyn Display)]) -> String {
        self.catalog().message(id, args)
    }

    /// The message `id` without values (a text of [`texts`] chosen by case).
    pub fn text(self, id: &'static str) -> &'static str {
        self.catalog().text(id)
    }

    /// How this language writes numbers.
    fn number_format(self) -> &'static NumberFormat {
        &self.catalog().number_format
    }

    /// Name of the language in itself.
    pub fn native_name(self) -> &'static str {
        self.word(Word::LanguageName)
    }
}

/// Whether a located error's column is a number (a spreadsheet or headerless column) rather
/// than a name, which the languages quote.
fn is_column_number(c: &str) -> bool {
    !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit())
}

/// The texts of one language: every message with values is a method (see [`texts`] and
/// [`messages`]), its wording a message of the language file.
pub struct Words {
    lang: Lang,
}

impl Words {
    /// The language of these texts.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A fixed text.
    pub fn word(&self, w: Word) -> &'static str {
        self.lang.word(w)
    }
}

// `Word`: a variant per message of the first language file without variables (src/build.rs).
include!(concat!(env!("OUT_DIR"), "/word.rs"));
