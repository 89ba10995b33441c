//! The changes of one rule set to another in words (`domain::decide::rule_changes`), e.g.
//! `Hemtjänst: sats 9,00 → 8,50 kr`: each place and change says its own message.

use super::{Lang, Text};
use crate::domain::decide::rule_changes::RuleChange;

impl RuleChange {
    /// The change with its place, e.g. `Hemtjänst: sats 9,00 → 8,50 kr`.
    pub fn text(&self, lang: Lang) -> String {
        format!("{}: {}", self.place.text(lang), self.change.text(lang))
    }
}
