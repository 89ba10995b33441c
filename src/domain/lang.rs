//! The two languages of the user interface and of every generated text.

use serde::{Deserialize, Serialize};

/// Language of texts shown to the user. Swedish is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// Svenska
    #[default]
    Sv,
    /// English
    En,
}

impl Lang {
    /// Picks the Swedish or the English text.
    pub fn pick<'a>(self, sv: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Sv => sv,
            Lang::En => en,
        }
    }

    /// Name of the language in itself.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Sv => "Svenska",
            Lang::En => "English",
        }
    }
}
