//! The explanation of every krona in words: statuses, reasons, money rows, warnings. Every
//! view and export words a [`Calculation`] through these, so they cannot drift apart.

use rust_decimal::Decimal;

use super::number::format_number_lang;
use super::{Lang, Text, Word};
use crate::domain::exact::Q;
use crate::domain::explanation::*;
use crate::domain::feature::Arg;
use crate::domain::rules::{MissingDataPolicy, VolumeUnit};

impl SchemeSummary {
    /// `kvalitetspeng … − innehållet … − avdrag …` when withholding or deductions make the net
    /// differ from the kvalitetspeng (the table and the report say it alike).
    pub fn adjustments_text(&self, lang: Lang) -> Option<String> {
        (self.gross_total != self.total).then(|| lang.words().adjustments(self))
    }
}

impl SchemeBasis {
    pub fn text(&self, unit: VolumeUnit, lang: Lang) -> String {
        lang.say(&self.pays().describe(), unit)
    }
}

impl ProviderResult {
    /// The payout status in words, with the finding that capped the score when one did
    /// (what tables, exports and the report show in their status column).
    pub fn status_text(&self, lang: Lang) -> String {
        let mut s = self.status.text(lang);
        if let Some((finding, percent)) = &self.score_capped_by {
            s.push_str("; ");
            s.push_str(&lang.words().score_capped(finding, *percent));
        }
        s
    }

    /// The explanation's own row for money paid by the fallback rule (not earned by any
    /// indicator), so that the rows always sum to the payout: (row id, text, kronor).
    pub fn fallback_row(&self, lang: Lang) -> Option<(&'static str, String, Decimal)> {
        matches!(self.status, PayoutStatus::Fallback { .. }).then(|| {
            (
                lang.word(Word::Fallback),
                self.status.text(lang),
                self.gross,
            )
        })
    }

    /// The rows after the indicators' kronor that take the gross to the net payout: the
    /// withheld amount, each deduction that applied, and what the floor at zero added
    /// (row id, text, kronor; negative rows take money off). The indicators' kronor, the
    /// fallback row and these rows sum exactly to [`Self::payout`].
    pub fn money_rows(&self, lang: Lang) -> Vec<(String, String, Decimal)> {
        let mut rows = Vec::new();
        if let Some(m) = self.withheld_account() {
            let text = lang.say_plain(&m);
            rows.push((lang.word(Word::Withheld).to_string(), text, -self.withheld));
        }
        for d in self.deductions.iter().filter(|d| d.applied) {
            rows.push((
                format!("{}:{}", lang.word(Word::Deduction), d.indicator_id),
                d.text(lang),
                -d.amount,
            ));
        }
        if !self.floor_added.is_zero() {
            rows.push((
                lang.word(Word::Floor).to_string(),
                lang.word(Word::FloorAtZeroThe).to_string(),
                self.floor_added,
            ));
        }
        rows
    }

    /// The explanation's rows after the indicators: the fallback row (if any), then the
    /// [`Self::money_rows`]. With the indicators' kronor they sum exactly to the payout; every
    /// view and export lists these.
    pub fn extra_rows(&self, lang: Lang) -> Vec<(String, String, Decimal)> {
        self.fallback_row(lang)
            .map(|(id, text, kr)| (id.to_string(), text, kr))
            .into_iter()
            .chain(self.money_rows(lang))
            .collect()
    }

    /// One sentence on how the payout was computed.
    pub fn reason(&self, lang: Lang) -> String {
        let n2 = |d: &Decimal| format_number_lang(*d, Some(2), lang);
        let mut s = lang.say(&self.basis_account(), self.volume_unit);
        if let Some(cap) = self.cap_note() {
            s.push_str(&lang.say_plain(&cap));
        }
        if let Some(ore) = self.remainder_ore_text(lang) {
            s.push_str(&format!(" ({ore})"));
        }
        let rows = self.money_rows(lang);
        if !rows.is_empty() {
            for (_, text, kr) in &rows {
                s.push_str(&format!("; {text}: {} kr", n2(kr)));
            }
            s.push_str(&lang.say_plain(&self.net_note()));
        }
        s
    }
}

/// What [`Words::interval_end_counts`] words: an interval rule's end that counts instead of
/// the point estimate.
pub struct IntervalEnd<'a> {
    /// The point estimate, formatted.
    pub point: &'a str,
    /// The interval, as [`Words::interval`] words it.
    pub interval: &'a str,
    /// Whether the lower end counts (else the upper).
    pub lower: bool,
    /// The end that counts, in percent, rounded to two decimals.
    pub end: Decimal,
    /// Whether the end was compared exactly (else scored to
    /// [`crate::domain::survey::SCORED_END_DECIMALS`] decimals).
    pub exact: bool,
    /// The level reached with that end, in words.
    pub base: &'a str,
}

impl IndicatorResult {
    /// The Wilson 95 % interval in percent, ends rounded to two decimals, with n: e.g.
    /// `95 % KI 69,90–97,21 %, n = 20`.
    pub fn interval_text(&self, lang: Lang) -> Option<String> {
        let s = self.survey()?;
        let (lo, hi) = s.interval_percent(2);
        Some(lang.words().interval(lo, hi, s.respondents()))
    }

    /// The level reached, in words (without the weight or kronor).
    pub fn reason(&self, lang: Lang) -> String {
        let w = lang.words();
        let base = self.reason_of_level(lang);
        match (self.uncertainty, self.survey(), self.how.is_some()) {
            (u, Some(s), true) if !u.is_estimate() => {
                let lower = u.uses_lower(self.direction);
                let end = if lower {
                    crate::domain::survey::End::Lower
                } else {
                    crate::domain::survey::End::Upper
                };
                let (lo, hi) = s.interval_percent(2);
                let point = self
                    .value
                    .as_ref()
                    .map(|v| super::scorers::num(v, 2, lang))
                    .unwrap_or_default();
                // Thresholds and steps compare the interval's end exactly; the other modes score
                // it to a stated number of decimals.
                let exact = self.how.as_ref().is_some_and(|h| h.compares_exactly());
                w.interval_end_counts(IntervalEnd {
                    point: &point,
                    interval: &w.interval(lo, hi, s.respondents()),
                    lower,
                    end: s.round_percent(end, 2),
                    exact,
                    base: &base,
                })
            }
            _ => base,
        }
    }

    /// The level reached (of the value that counts), in words.
    fn reason_of_level(&self, lang: Lang) -> String {
        let v = match (self.uncertainty, self.survey()) {
            (u, Some(s)) if !u.is_estimate() => {
                let end = if u.uses_lower(self.direction) {
                    crate::domain::survey::End::Lower
                } else {
                    crate::domain::survey::End::Upper
                };
                format_number_lang(s.round_percent(end, 2).normalize(), None, lang)
            }
            _ => self
                .value
                .as_ref()
                .map(|v| super::scorers::num(v, 2, lang))
                .unwrap_or_default(),
        };
        if let Some(why) = self.status.why(self.respondents, Arg::Result) {
            let data = lang.say_result(&why, &v);
            let consequence = lang.word(match &self.policy {
                Some(MissingDataPolicy::Renormalize) => Word::LeftOutOtherWeights,
                Some(MissingDataPolicy::FallbackShare(_)) => Word::FallbackRuleApplies,
                Some(MissingDataPolicy::ZeroCredit) | None => Word::Gives0Percent,
            });
            return format!("{data}: {consequence}");
        }
        match &self.how {
            Some(how) => how.describe(&v, &self.credit, self.direction, lang),
            None => String::new(),
        }
    }
}

/// A score (0–1) as a percentage with two decimals, rounded half away from zero when it has
/// more; the exact score is one step away ([`ProviderResult::exact_numbers`]).
///
/// ```
/// use kvalitetspeng::domain::exact::Q;
/// use kvalitetspeng::words::score_text;
/// use kvalitetspeng::words::Lang;
/// assert_eq!(score_text(&Q::ratio(37, 50), Lang::Sv), "74,00 %");
/// assert_eq!(score_text(&Q::ratio(1, 8), Lang::Sv), "12,50 %");
/// assert_eq!(score_text(&Q::ratio(1, 64), Lang::Sv), "1,56 %");
/// assert_eq!(score_text(&Q::ratio(9617, 17000), Lang::Sv), "56,57 %");
/// ```
pub fn score_text(score: &Q, lang: Lang) -> String {
    format!("{} %", format_number_lang(score.percent(2), Some(2), lang))
}

impl ProviderResult {
    /// The exact values of the numbers that [`Self::reason`] rounds, for whoever re-computes
    /// (`poäng 9617/17000; andel 77018/2125 av 34162973/148750`); `None` when it rounds none.
    pub fn exact_numbers(&self, lang: Lang) -> Option<String> {
        let parts: Vec<String> = self
            .exact_account()
            .iter()
            .map(|m| lang.say_plain(m))
            .collect();
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    /// Why the provider's share is one öre more than the exact share rounded down: the öre
    /// left over by the split of the pot (or payback) in whole öre; `None` when it got none.
    pub fn remainder_ore_text(&self, lang: Lang) -> Option<String> {
        self.got_remainder_ore()
            .then(|| lang.word(Word::RemainderOreProvider).to_string())
    }
}

impl IndicatorResult {
    /// The exact values of the numbers that the explanation's row rounds to two decimals
    /// (credit, effective weight, contribution), for whoever re-computes; `None` when none is
    /// rounded.
    pub fn exact_numbers(&self, lang: Lang) -> Option<String> {
        self.rounds_any().then(|| {
            msg!(
                lang.words(),
                "exact-indicator",
                credit = exact_text(&self.credit, lang),
                weight = exact_text(&self.effective_weight, lang),
                contribution = exact_text(&self.contribution, lang)
            )
        })
    }

    /// [`Self::reason`], and when the row's kronor got one of the öre left over by the split
    /// of the provider's amount in whole öre (`remainder_ore`, from
    /// [`ProviderResult::indicator_split`]), why it differs by an öre from an equal one.
    pub fn reason_with_ore(&self, remainder_ore: bool, lang: Lang) -> String {
        let reason = self.reason(lang);
        if remainder_ore {
            format!("{reason}; {}", lang.word(Word::RemainderOreIndicator))
        } else {
            reason
        }
    }
}

/// An exact number: its decimals when they end within ten places, else the fraction `n/d`.
///
/// The texts of the last two numbers written on this thread are kept: a pot's total weight is
/// the same in every provider's explanation, next to the provider's own weight, and is a
/// fraction of hundreds of digits at national scale (writing it in decimal for every provider
/// was most of a payout table's time; with one text kept, the two evicted each other).
pub fn exact_text(q: &Q, lang: Lang) -> String {
    use std::cell::RefCell;
    thread_local! {
        /// Most recent first.
        static KEPT: RefCell<Vec<(Q, Lang, String)>> = const { RefCell::new(Vec::new()) };
    }
    KEPT.with_borrow_mut(|kept| {
        if let Some(k) = kept.iter().position(|(v, l, _)| v == q && *l == lang) {
            kept[..=k].rotate_right(1);
            return kept[0].2.clone();
        }
        let text = written(q, lang);
        kept.truncate(1);
        kept.insert(0, (q.clone(), lang, text.clone()));
        text
    })
}

/// The text of [`exact_text`], written anew (none kept).
fn written(q: &Q, lang: Lang) -> String {
    match q.to_decimal_exact(10) {
        Some(d) => format_number_lang(d, None, lang),
        None => {
            let (n, d) = q.parts();
            format!("{n}/{d}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Kept texts are the numbers' own, in the language asked for, whatever came before: a
    /// pot's total weight next to each provider's weight, a third number between them, the
    /// same number in the other language, decimals that differ between the languages.
    #[test]
    fn kept_texts_are_those_of_the_number_and_language_asked_for() {
        let big = |k: i128| {
            Q::from_big_parts(
                dashu_int::IBig::from(10u8).pow(45) + dashu_int::IBig::from(k),
                dashu_int::UBig::from(7u8).pow(30),
            )
        };
        let total = big(1);
        let numbers = [
            total.clone(),
            big(2),
            total.clone(),
            big(3),
            Q::ratio(2469, 2),
            total.clone(),
            Q::ratio(1, 3),
            Q::ratio(1_234_567, 1000),
            total.clone(),
            Q::ratio(1_234_567, 1000),
        ];
        for lang in [Lang::Sv, Lang::En, Lang::Sv] {
            for q in &numbers {
                assert_eq!(exact_text(q, lang), written(q, lang));
            }
        }
        for q in &numbers {
            for lang in [Lang::Sv, Lang::En, Lang::Sv] {
                assert_eq!(exact_text(q, lang), written(q, lang));
            }
        }
        assert_ne!(
            written(&Q::ratio(1_234_567, 1000), Lang::Sv),
            written(&Q::ratio(1_234_567, 1000), Lang::En),
            "a number whose text differs between the languages"
        );
    }
}
