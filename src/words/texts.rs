//! The one number formatter of every language, and the few sentences of the explanation that
//! are filled here with numbers already written (an interval, the end that counts, the
//! adjustments), written once for every language.

use super::Word;
use rust_decimal::Decimal;

use super::Words;
use crate::domain::decimal::format_number_with;
use crate::domain::explanation::*;

impl Words {
    /// A number for a person to read, with this language's decimal sign, thousands separator
    /// and minus sign (`−`, U+2212); `dp` decimals, or as many as it has. Everything people
    /// read (app, messages, explanations, CLI text, report, statements) is written by this.
    pub fn number(&self, d: Decimal, dp: Option<u32>) -> String {
        let f = self.lang().number_format();
        format_number_with(d, dp, f.group, f.decimal, f.minus)
    }

    /// A decimal as an edit field shows it, so that it reads back exactly: the ASCII `-`, which
    /// every program the text is copied into reads (the number parser also reads `−`).
    pub fn edit_number(&self, d: Decimal) -> String {
        let f = self.lang().number_format();
        format_number_with(d.normalize(), None, f.edit_group, f.decimal, '-')
    }

    /// A number with `dp` decimals, no thousands separator and the ASCII `-`, for columns a
    /// spreadsheet reads back (it does not read U+2212 as a minus).
    pub fn plain_number(&self, d: Decimal, dp: u32) -> String {
        let f = self.lang().number_format();
        format_number_with(d, Some(dp), None, f.decimal, '-')
    }

    /// [`SchemeSummary::adjustments_text`], when the net differs from the kvalitetspeng.
    pub fn adjustments(&self, e: &SchemeSummary) -> String {
        let kr = |d: &Decimal| msg!(self, "adjustments", d = self.number(*d, Some(2)));
        msg!(
            self,
            "adjustments-by-row",
            gross = kr(&e.gross_total),
            withheld = kr(&e.withheld_total),
            deducted = kr(&e.deducted_total)
        )
    }

    /// A survey's 95 % interval (ends in percent) and its number of respondents.
    pub fn interval(&self, lo: Decimal, hi: Decimal, respondents: u32) -> String {
        let f = |d: Decimal| self.number(d, Some(2));
        msg!(self, "interval", f = f(lo), f_2 = f(hi), respondents)
    }

    /// An interval rule's end that counts instead of the point estimate.
    pub fn interval_end_counts(&self, e: super::IntervalEnd<'_>) -> String {
        let which = if e.lower {
            self.lang().word(Word::IntervalEndLower)
        } else {
            self.lang().word(Word::IntervalEndUpper)
        };
        let exactness = if e.exact {
            self.lang()
                .word(Word::IntervalEndComparedExactly)
                .to_string()
        } else {
            msg!(
                self,
                "interval-end-computed-to",
                decimals = crate::domain::survey::SCORED_END_DECIMALS
            )
        };
        msg!(
            self,
            "interval-end-counts",
            point = e.point,
            interval = e.interval,
            which,
            end = self.number(e.end, Some(2)),
            exactness,
            base = e.base
        )
    }
}
