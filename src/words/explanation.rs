//! The explanation of every krona in words: statuses, reasons, money rows, warnings. Every
//! view and export words a [`Calculation`] through these, so they cannot drift apart.

use rust_decimal::Decimal;

use super::number::format_number_lang;
use super::{Lang, Word};
use crate::domain::decimal::round_display;
use crate::domain::exact::Q;
use crate::domain::explanation::*;
use crate::domain::rules::{
    DeductionAmount, Direction, MissingDataPolicy, Uncertainty, Unit, VolumeUnit,
};

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
        let kr = |d: &Decimal| format!("{} kr", format_number_lang(*d, Some(2), lang));
        (self.gross_total != self.total).then(|| match lang {
            Lang::Sv => format!(
                "kvalitetspeng {} − innehållet {} − avdrag {}",
                kr(&self.gross_total),
                kr(&self.withheld_total),
                kr(&self.deducted_total)
            ),
            Lang::En => format!(
                "kvalitetspeng {} − withheld {} − deductions {}",
                kr(&self.gross_total),
                kr(&self.withheld_total),
                kr(&self.deducted_total)
            ),
        })
    }
}

impl SchemeBasis {
    pub fn text(&self, unit: VolumeUnit, lang: Lang) -> String {
        let n2 = |d: &Decimal| format_number_lang(*d, Some(2), lang);
        let n = |d: &Decimal| format_number_lang(*d, None, lang);
        match (self, lang) {
            (SchemeBasis::Pot { amount, key }, Lang::Sv) => {
                format!("pott {} kr, {}", n2(amount), key.label(lang))
            }
            (SchemeBasis::Pot { amount, key }, Lang::En) => {
                format!("pot {} kr, {}", n2(amount), key.label(lang))
            }
            (SchemeBasis::PerVolumeUnit { kr_per_unit }, _) => {
                format!(
                    "{} kr per {} × {}",
                    n2(kr_per_unit),
                    unit.singular(lang),
                    lang.word(Word::Score)
                )
            }
            (SchemeBasis::PercentOfCompensation { percent }, Lang::Sv) => {
                format!("{} % av ordinarie ersättning × poäng", n(percent))
            }
            (SchemeBasis::PercentOfCompensation { percent }, Lang::En) => {
                format!("{} % of ordinary compensation × score", n(percent))
            }
            (
                SchemeBasis::Withhold {
                    withhold_percent,
                    payback_percent,
                },
                Lang::Sv,
            ) => format!(
                "{} % av ordinarie ersättning innehålls, {} % betalas tillbaka efter innehållet × poäng",
                n(withhold_percent),
                n(payback_percent)
            ),
            (
                SchemeBasis::Withhold {
                    withhold_percent,
                    payback_percent,
                },
                Lang::En,
            ) => format!(
                "{} % of ordinary compensation withheld, {} % paid back by withheld × score",
                n(withhold_percent),
                n(payback_percent)
            ),
        }
    }
}

impl PayoutStatus {
    pub fn text(&self, lang: Lang) -> String {
        let n = |d: &Decimal| format_number_lang(*d, None, lang);
        match (self, lang) {
            (PayoutStatus::Paid, _) => lang.word(Word::Qualifies).into(),
            (PayoutStatus::ZeroScore, _) => lang.word(Word::NoScore).into(),
            (PayoutStatus::BelowMinimumScore { min_percent }, Lang::Sv) => {
                format!("under lägsta poäng {} %", n(min_percent))
            }
            (PayoutStatus::BelowMinimumScore { min_percent }, Lang::En) => {
                format!("below minimum score {} %", n(min_percent))
            }
            (PayoutStatus::NotAllIndicatorsMet, _) => lang.word(Word::NotAllIndicatorsMet).into(),
            (PayoutStatus::Fallback { percent, .. }, Lang::Sv) => {
                format!("reservregel: {} % av förra periodens belopp", n(percent))
            }
            (PayoutStatus::Fallback { percent, .. }, Lang::En) => {
                format!("fallback: {} % of last period's amount", n(percent))
            }
        }
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
        let n2 = |d: &Decimal| format_number_lang(*d, Some(2), lang);
        let n = |d: &Decimal| format_number_lang(*d, None, lang);
        let mut rows = Vec::new();
        if let ProviderBasis::Withhold {
            withhold_percent,
            compensation,
            ..
        } = &self.basis
        {
            let text = match (compensation, lang) {
                (Some(c), Lang::Sv) => format!(
                    "innehållet, {} % av ordinarie ersättning {} kr",
                    n(withhold_percent),
                    n2(c)
                ),
                (Some(c), Lang::En) => format!(
                    "withheld, {} % of ordinary compensation {} kr",
                    n(withhold_percent),
                    n2(c)
                ),
                (None, _) => lang
                    .word(Word::WithheldOrdinaryCompensationMissing)
                    .to_string(),
            };
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
        let n = |d: &Decimal| format_number_lang(round_display(*d, 4).normalize(), None, lang);
        let score = score_text(&self.score, lang);
        let unit = self.volume_unit.singular(lang);
        let gross = &self.gross;
        let mut s = match (&self.basis, lang) {
            (ProviderBasis::None, _) => {
                format!("{}: {} kr", self.status.text(lang), n2(&Decimal::ZERO))
            }
            (
                ProviderBasis::Withhold {
                    payback,
                    weight,
                    total_weight,
                    ..
                },
                Lang::Sv,
            ) => format!(
                "återbetalning: andel {} av {} (innehållet × poäng) av {} kr = {} kr",
                exact_text(weight, lang),
                exact_text(total_weight, lang),
                n2(payback),
                n2(gross)
            ),
            (
                ProviderBasis::Withhold {
                    payback,
                    weight,
                    total_weight,
                    ..
                },
                Lang::En,
            ) => format!(
                "paid back: share {} of {} (withheld × score) of {} kr = {} kr",
                exact_text(weight, lang),
                exact_text(total_weight, lang),
                n2(payback),
                n2(gross)
            ),
            (ProviderBasis::PerVolumeUnit { kr_per_unit }, Lang::Sv) => format!(
                "poäng {score} × {} kr per {unit} × {} = {} kr",
                n2(kr_per_unit),
                n(&self.volume),
                n2(gross)
            ),
            (ProviderBasis::PerVolumeUnit { kr_per_unit }, Lang::En) => format!(
                "score {score} × {} kr per {unit} × {} = {} kr",
                n2(kr_per_unit),
                n(&self.volume),
                n2(gross)
            ),
            (
                ProviderBasis::PercentOfCompensation {
                    percent,
                    compensation,
                },
                _,
            ) => match compensation {
                Some(c) => format!(
                    "{} {score} × {} % × {} kr = {} kr",
                    lang.word(Word::Score),
                    n(percent),
                    n2(c),
                    n2(gross)
                ),
                None => lang.word(Word::OrdinaryCompensationMissing0).into(),
            },
            (
                ProviderBasis::Pot {
                    shared,
                    key,
                    weight,
                    total_weight,
                    ..
                },
                Lang::Sv,
            ) => format!(
                "andel {} av {} ({}) av {} kr = {} kr",
                exact_text(weight, lang),
                exact_text(total_weight, lang),
                key.label(lang),
                n2(shared),
                n2(gross)
            ),
            (
                ProviderBasis::Pot {
                    shared,
                    key,
                    weight,
                    total_weight,
                    ..
                },
                Lang::En,
            ) => format!(
                "share {} of {} ({}) of {} kr = {} kr",
                exact_text(weight, lang),
                exact_text(total_weight, lang),
                key.label(lang),
                n2(shared),
                n2(gross)
            ),
            (
                ProviderBasis::Fallback {
                    percent,
                    previous_payout,
                },
                _,
            ) => match previous_payout {
                Some(p) => format!(
                    "{}: {} % × {} kr = {} kr",
                    lang.word(Word::Fallback),
                    n(percent),
                    n2(p),
                    n2(gross)
                ),
                None => lang.word(Word::FallbackButLastPeriods).into(),
            },
        };
        if let Some(cap) = self.capped_at {
            s.push_str(&match lang {
                Lang::Sv => format!(" (begränsat av taket {} kr)", n2(&cap)),
                Lang::En => format!(" (limited by the cap {} kr)", n2(&cap)),
            });
        }
        let rows = self.money_rows(lang);
        if !rows.is_empty() {
            for (_, text, kr) in &rows {
                s.push_str(&format!("; {text}: {} kr", n2(kr)));
            }
            s.push_str(&match lang {
                Lang::Sv => format!("; netto {} kr", n2(&self.payout)),
                Lang::En => format!("; net {} kr", n2(&self.payout)),
            });
        }
        s
    }
}

impl DeductionResult {
    /// The deduction in words, e.g. `vite: dokumentation 85 < 90: 1 % av ersättningen`.
    pub fn text(&self, lang: Lang) -> String {
        let n = |d: &Decimal| format_number_lang(*d, None, lang);
        let v = self
            .value
            .as_ref()
            .map(|v| super::scorers::num(v, 2, lang))
            .unwrap_or_else(|| lang.word(Word::Missing).to_string());
        let worse = match self.direction {
            Direction::HigherIsBetter => "<",
            Direction::LowerIsBetter => ">",
        };
        let rule = match (&self.amount_rule, lang) {
            (DeductionAmount::PercentOfCompensation(p), Lang::Sv) => {
                format!("{} % av ordinarie ersättning", n(p))
            }
            (DeductionAmount::PercentOfCompensation(p), Lang::En) => {
                format!("{} % of ordinary compensation", n(p))
            }
            (DeductionAmount::Fixed(a), _) => {
                format!("{} kr", format_number_lang(*a, Some(2), lang))
            }
        };
        match (self.applied, lang) {
            (true, Lang::Sv) => format!(
                "avdrag (vite): {} {v} {worse} {}: {rule}",
                self.indicator_name,
                n(&self.level)
            ),
            (true, Lang::En) => format!(
                "deduction: {} {v} {worse} {}: {rule}",
                self.indicator_name,
                n(&self.level)
            ),
            (false, Lang::Sv) => format!(
                "inget avdrag: {} {v}, avdrag om sämre än {}",
                self.indicator_name,
                n(&self.level)
            ),
            (false, Lang::En) => format!(
                "no deduction: {} {v}, deducted if worse than {}",
                self.indicator_name,
                n(&self.level)
            ),
        }
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
        let n2 = |d: &Decimal| format_number_lang(*d, Some(2), lang);
        match (self, lang) {
            (
                Warning::UnknownIndicator {
                    id,
                    rows,
                    first_line,
                },
                Lang::Sv,
            ) => format!(
                "indikatorn ”{id}” finns inte i reglerna: {rows} rader ignoreras (första på rad {first_line})"
            ),
            (
                Warning::UnknownIndicator {
                    id,
                    rows,
                    first_line,
                },
                Lang::En,
            ) => format!(
                "the indicator “{id}” is not in the rules: {rows} rows ignored (first on line {first_line})"
            ),
            (
                Warning::NoScheme {
                    provider_id,
                    service_type,
                },
                Lang::Sv,
            ) => format!(
                "utföraren {provider_id} ({}) har ingen ersättningsmodell i reglerna och får inget",
                service_type.label(lang)
            ),
            (
                Warning::NoScheme {
                    provider_id,
                    service_type,
                },
                Lang::En,
            ) => format!(
                "the provider {provider_id} ({}) has no scheme in the rules and gets nothing",
                service_type.label(lang)
            ),
            (Warning::NoResultsInPeriod { period }, Lang::Sv) => {
                format!("inga resultat för perioden {period}")
            }
            (Warning::NoResultsInPeriod { period }, Lang::En) => {
                format!("no results for the period {period}")
            }
            (Warning::MissingCompensation { provider_id }, Lang::Sv) => {
                format!("utföraren {provider_id} saknar ordinarie ersättning: får 0 kr")
            }
            (Warning::MissingCompensation { provider_id }, Lang::En) => {
                format!("the provider {provider_id} has no ordinary compensation: gets 0 kr")
            }
            (Warning::MissingPreviousPayout { provider_id }, Lang::Sv) => format!(
                "utföraren {provider_id} saknar förra periodens belopp: reservregeln ger 0 kr"
            ),
            (Warning::MissingPreviousPayout { provider_id }, Lang::En) => format!(
                "the provider {provider_id} has no previous payout: the fallback gives 0 kr"
            ),
            (
                Warning::ValueOutOfRange {
                    provider_id,
                    indicator_id,
                    value,
                    line,
                },
                Lang::Sv,
            ) => format!(
                "rad {line}: {provider_id} / {indicator_id}: värdet {} är orimligt och räknas som saknat",
                super::scorers::num(value, 4, lang)
            ),
            (
                Warning::ValueOutOfRange {
                    provider_id,
                    indicator_id,
                    value,
                    line,
                },
                Lang::En,
            ) => format!(
                "line {line}: {provider_id} / {indicator_id}: the value {} is impossible and counts as missing",
                super::scorers::num(value, 4, lang)
            ),
            (
                Warning::PotNotFullyPaid {
                    service_type,
                    unpaid,
                },
                Lang::Sv,
            ) => format!(
                "{}: {} kr av potten betalas inte ut (ingen kvalificerad eller alla når taket)",
                service_type.label(lang),
                n2(unpaid)
            ),
            (
                Warning::PotNotFullyPaid {
                    service_type,
                    unpaid,
                },
                Lang::En,
            ) => format!(
                "{}: {} kr of the pot is not paid (nobody qualifies or all reach the cap)",
                service_type.label(lang),
                n2(unpaid)
            ),
            (Warning::FallbackExceedsPot { service_type }, Lang::Sv) => format!(
                "{}: reservbeloppen är större än potten och har skalats ned",
                service_type.label(lang)
            ),
            (Warning::FallbackExceedsPot { service_type }, Lang::En) => format!(
                "{}: the fallback amounts exceed the pot and were scaled down",
                service_type.label(lang)
            ),
            (
                Warning::IntervalStraddlesLevel {
                    service_type,
                    indicator_id,
                    level,
                    count,
                    providers,
                },
                _,
            ) => {
                let mut list = providers.join(", ");
                if *count > providers.len() {
                    list.push_str(&match lang {
                        Lang::Sv => format!(" och {} till", count - providers.len()),
                        Lang::En => format!(" and {} more", count - providers.len()),
                    });
                }
                let l = format_number_lang(*level, None, lang);
                match lang {
                    Lang::Sv => format!(
                        "{} / {indicator_id}: {count} utförare har ett 95 % konfidensintervall som omsluter nivån {l}, så slumpen i urvalet avgör vilken sida de hamnar på: {list}",
                        service_type.label(lang),
                    ),
                    Lang::En => format!(
                        "{} / {indicator_id}: {count} providers have a 95 % confidence interval that straddles the level {l}, so sampling noise decides which side they fall on: {list}",
                        service_type.label(lang),
                    ),
                }
            }
            (Warning::DeductionWithoutCompensation { provider_id }, Lang::Sv) => format!(
                "utföraren {provider_id} saknar ordinarie ersättning: avdraget i procent blir 0 kr"
            ),
            (Warning::DeductionWithoutCompensation { provider_id }, Lang::En) => format!(
                "the provider {provider_id} has no ordinary compensation: the percentage deduction is 0 kr"
            ),
        }
    }
}

/// A score (0–1) as a percentage, exactly: with two decimals when that is exact (or more
/// decimals, up to ten, when they end), otherwise as the exact fraction with a rounded
/// percentage beside it — so that the formula line reproduces the amount by hand.
///
/// ```
/// use kvalitetspeng::domain::exact::Q;
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
