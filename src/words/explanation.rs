//! The explanation of every krona in words: statuses, reasons, money rows, warnings. Every
//! view and export words a [`Calculation`] through these, so they cannot drift apart.

use rust_decimal::Decimal;

use super::number::format_number_lang;
use super::{Lang, Word};
use crate::domain::exact::Q;
use crate::domain::explanation::*;
use crate::domain::rules::{Direction, MissingDataPolicy, Uncertainty, Unit, VolumeUnit};

impl MoneyColumn {
    /// The CSV header (machine-readable).
    pub fn csv_header(self, lang: Lang) -> &'static str {
        match self {
            MoneyColumn::Payout => lang.word(Word::PayoutKr),
            MoneyColumn::Gross => lang.word(Word::GrossKr),
            MoneyColumn::Withheld => lang.word(Word::WithheldKr),
            MoneyColumn::Deducted => lang.word(Word::DeductionsKr),
            MoneyColumn::Net => lang.word(Word::NetKr),
            MoneyColumn::PaidSoFar => lang.word(Word::PaidSoFarKr),
            MoneyColumn::Settlement => lang.word(Word::SettlementKr),
        }
    }

    /// The header for people (workbook, report, terminal).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            MoneyColumn::Payout => lang.word(Word::PayoutKr2),
            MoneyColumn::Gross => lang.word(Word::KvalitetspengKr),
            MoneyColumn::Withheld => lang.word(Word::WithheldKr2),
            MoneyColumn::Deducted => lang.word(Word::DeductionsKr2),
            MoneyColumn::Net => lang.word(Word::NetKr2),
            MoneyColumn::PaidSoFar => lang.word(Word::PaidSoFarKr2),
            MoneyColumn::Settlement => lang.word(Word::SettlementKr2),
        }
    }
}

impl SchemeSummary {
    /// `kvalitetspeng … − innehållet … − avdrag …` when withholding or deductions make the net
    /// differ from the kvalitetspeng (the table and the report say it alike).
    pub fn adjustments_text(&self, lang: Lang) -> Option<String> {
        (self.gross_total != self.total).then(|| lang.words().adjustments(self))
    }
}

impl SchemeBasis {
    pub fn text(&self, unit: VolumeUnit, lang: Lang) -> String {
        lang.words().scheme_basis(self, unit)
    }
}

impl PayoutStatus {
    pub fn text(&self, lang: Lang) -> String {
        lang.words().payout_status(self)
    }
}

impl ProviderResult {
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
        if let ProviderBasis::Withhold {
            withhold_percent,
            compensation,
            ..
        } = &self.basis
        {
            let text = lang.words().withheld_row(withhold_percent, compensation);
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
        let mut s = lang.words().payout_basis(self);
        if let Some(cap) = self.capped_at {
            s.push_str(&lang.words().capped(&cap));
        }
        let rows = self.money_rows(lang);
        if !rows.is_empty() {
            for (_, text, kr) in &rows {
                s.push_str(&format!("; {text}: {} kr", n2(kr)));
            }
            s.push_str(&lang.words().net_note(&self.payout));
        }
        s
    }
}

impl DeductionResult {
    /// The deduction in words, e.g. `vite: dokumentation 85 < 90: 1 % av ersättningen`.
    pub fn text(&self, lang: Lang) -> String {
        lang.words().deduction(self)
    }
}

impl IndicatorResult {
    /// The Wilson 95 % interval in percent, ends rounded to two decimals, with n: e.g.
    /// `95 % KI 69,90–97,21 %, n = 20`.
    pub fn interval_text(&self, lang: Lang) -> Option<String> {
        let s = self.survey()?;
        let (lo, hi) = s.interval_percent(2);
        let f = |d: Decimal| format_number_lang(d, Some(2), lang);
        Some(match lang {
            Lang::Sv => format!("95 % KI {}–{} %, n = {}", f(lo), f(hi), s.respondents()),
            Lang::En => format!("95 % CI {}–{} %, n = {}", f(lo), f(hi), s.respondents()),
        })
    }

    /// The level reached, in words (without the weight or kronor).
    pub fn reason(&self, lang: Lang) -> String {
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
                let shown = format_number_lang(s.round_percent(end, 2), Some(2), lang);
                let which = match (lower, lang) {
                    (true, Lang::Sv) => "nedre gränsen",
                    (false, Lang::Sv) => "övre gränsen",
                    (true, Lang::En) => "the lower bound",
                    (false, Lang::En) => "the upper bound",
                };
                let exactness = match (&self.how, lang) {
                    (
                        Some(
                            crate::domain::scorers::How::Threshold(_)
                            | crate::domain::scorers::How::Steps(_),
                        ),
                        Lang::Sv,
                    ) => "jämförd exakt".to_string(),
                    (
                        Some(
                            crate::domain::scorers::How::Threshold(_)
                            | crate::domain::scorers::How::Steps(_),
                        ),
                        Lang::En,
                    ) => "compared exactly".to_string(),
                    (_, Lang::Sv) => {
                        format!(
                            "räknad på {} decimaler",
                            crate::domain::survey::SCORED_END_DECIMALS
                        )
                    }
                    (_, Lang::En) => format!(
                        "computed to {} decimals",
                        crate::domain::survey::SCORED_END_DECIMALS
                    ),
                };
                let f = |d: Decimal| format_number_lang(d, Some(2), lang);
                let pt = self
                    .value
                    .as_ref()
                    .map(|v| super::scorers::num(v, 2, lang))
                    .unwrap_or_default();
                match lang {
                    Lang::Sv => format!(
                        "{pt} % (95 % KI {}–{} %, n = {}); {which} {shown} % räknas ({exactness}): {base}",
                        f(lo),
                        f(hi),
                        s.respondents()
                    ),
                    Lang::En => format!(
                        "{pt} % (95 % CI {}–{} %, n = {}); {which} {shown} % counts ({exactness}): {base}",
                        f(lo),
                        f(hi),
                        s.respondents()
                    ),
                }
            }
            (Uncertainty::Cautious, None, true) if self.unit == Unit::Percent => match lang {
                Lang::Sv => {
                    format!("antal svarande saknas, så intervallets sämsta gräns räknas: {base}")
                }
                Lang::En => format!(
                    "number of respondents missing, so the interval's worst end counts: {base}"
                ),
            },
            (Uncertainty::BenefitOfDoubt, None, true) if self.unit == Unit::Percent => match lang {
                Lang::Sv => format!("antal svarande saknas, så punktskattningen räknas: {base}"),
                Lang::En => {
                    format!("number of respondents missing, so the point estimate counts: {base}")
                }
            },
            _ => base,
        }
    }

    /// The level reached (of the value that counts), in words.
    fn reason_of_level(&self, lang: Lang) -> String {
        let v = match (self.uncertainty, self.survey()) {
            (Uncertainty::Cautious, None) if self.value.is_some() => match self.direction {
                Direction::HigherIsBetter => "0",
                Direction::LowerIsBetter => "100",
            }
            .to_string(),
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
        let data = match (self.status, lang) {
            (DataStatus::Ok, _) => None,
            (DataStatus::Missing, _) => Some(lang.word(Word::ResultMissing).to_string()),
            (DataStatus::TooFewRespondents { min }, Lang::Sv) => Some(format!(
                "{} svarande, minst {min} krävs",
                self.respondents.unwrap_or(0)
            )),
            (DataStatus::TooFewRespondents { min }, Lang::En) => Some(format!(
                "{} respondents, at least {min} required",
                self.respondents.unwrap_or(0)
            )),
            (DataStatus::RespondentsUnknown { min }, Lang::Sv) => {
                Some(format!("antal svarande saknas, minst {min} krävs"))
            }
            (DataStatus::RespondentsUnknown { min }, Lang::En) => Some(format!(
                "number of respondents missing, at least {min} required"
            )),
            (DataStatus::OutOfRange, Lang::Sv) => {
                Some(format!("värdet {v} ligger utanför det möjliga intervallet"))
            }
            (DataStatus::OutOfRange, Lang::En) => {
                Some(format!("the value {v} is outside the possible range"))
            }
            (DataStatus::NoPeers, _) => Some(lang.word(Word::NoPeerResults).to_string()),
        };
        if let Some(data) = data {
            let consequence = match (&self.policy, lang) {
                (Some(MissingDataPolicy::Renormalize), _) => {
                    lang.word(Word::LeftOutOtherWeights).to_string()
                }
                (Some(MissingDataPolicy::FallbackShare(_)), _) => {
                    lang.word(Word::FallbackRuleApplies).to_string()
                }
                _ => lang.word(Word::Gives0Percent).to_string(),
            };
            return format!("{data}: {consequence}");
        }
        match &self.how {
            Some(how) => how.describe(&v, &self.credit, self.direction, lang),
            None => String::new(),
        }
    }
}

impl Warning {
    pub fn text(&self, lang: Lang) -> String {
        lang.words().warning(self)
    }
}

/// A score (0–1) as a percentage, exactly: with two decimals when that is exact (or more
/// decimals, up to ten, when they end), otherwise as the exact fraction with a rounded
/// percentage beside it — so that the formula line reproduces the amount by hand.
///
/// ```
/// use kvalitetspeng::domain::exact::Q;
/// use kvalitetspeng::words::score_text;
/// use kvalitetspeng::words::Lang;
/// assert_eq!(score_text(&Q::ratio(37, 50), Lang::Sv), "74,00 %");
/// assert_eq!(score_text(&Q::ratio(1, 8), Lang::Sv), "12,50 %");
/// assert_eq!(score_text(&Q::ratio(1, 64), Lang::Sv), "1,5625 %");
/// assert_eq!(score_text(&Q::ratio(1403, 2100), Lang::Sv), "1403/2100 (≈ 66,81 %)");
/// ```
pub fn score_text(score: &Q, lang: Lang) -> String {
    let pct = score * &Q::from(100u32);
    match pct.to_decimal_exact(10) {
        Some(d) => {
            let dp = d.scale().max(2);
            format!("{} %", format_number_lang(d, Some(dp), lang))
        }
        None => {
            let (n, d) = score.parts();
            format!(
                "{n}/{d} (≈ {} %)",
                format_number_lang(pct.round_dp(2), Some(2), lang)
            )
        }
    }
}

/// An exact number: its decimals when they end within ten places, else the fraction.
pub fn exact_text(q: &Q, lang: Lang) -> String {
    match q.to_decimal_exact(10) {
        Some(d) => format_number_lang(d, None, lang),
        None => {
            let (n, d) = q.parts();
            format!("{n}/{d}")
        }
    }
}
