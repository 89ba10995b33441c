//! The wording of every message with logic (which text in which case, which values in it, how
//! its numbers are written), written once for every language: the texts are messages in the
//! language files (`assets/locales/`), filled here with values already written.

use rust_decimal::Decimal;

use super::{Word, Words, score_text};
use crate::domain::decide::compare::Comparison;
use crate::domain::decimal::{ParseNumberError, format_number_with, round_display};
use crate::domain::exact::Q;
use crate::domain::explanation::*;
use crate::domain::results::ServiceType;
use crate::domain::rules::*;
use crate::domain::scorers;

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

    /// Why a text is not a number.
    pub fn number_error(&self, e: &ParseNumberError) -> String {
        self.lang().tell(e)
    }

    /// [`SchemeBasis::text`] in this language.
    pub fn scheme_basis(&self, e: &SchemeBasis, unit: VolumeUnit) -> String {
        self.lang().say(&e.pays().describe(), unit)
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

    /// The text of the withheld row of the explanation.
    pub fn withheld_row(
        &self,
        withhold_percent: &Decimal,
        compensation: &Option<Decimal>,
    ) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        let n = |d: &Decimal| self.number(*d, None);
        match compensation {
            Some(c) => msg!(
                self,
                "withheld-row-some-c",
                withhold_percent = n(withhold_percent),
                n2 = n2(c)
            ),
            None => self
                .lang()
                .word(Word::WithheldOrdinaryCompensationMissing)
                .to_string(),
        }
    }

    /// How a provider's gross amount was computed: the start of [`ProviderResult::reason`].
    pub fn payout_basis(&self, e: &ProviderResult) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        let n = |d: &Decimal| self.number(round_display(*d, 4).normalize(), None);
        let score = score_text(&e.score, self.lang());
        let unit = e.volume_unit.singular(self.lang());
        let gross = &e.gross;
        match &e.basis {
            ProviderBasis::None => msg!(
                self,
                "payout-basis-provider-basis",
                e = e.status.text(self.lang()),
                n2 = n2(&Decimal::ZERO)
            ),
            ProviderBasis::Withhold {
                payback,
                weight,
                total_weight,
                factor: Some(f),
                ..
            } => msg!(
                self,
                "payout-basis-withhold-logistic",
                f = self.number(*f, None),
                weight = self.rounded(weight),
                total_weight = self.rounded(total_weight),
                share = self.share_percent(weight, total_weight),
                n2 = n2(payback),
                n2_2 = n2(gross)
            ),
            ProviderBasis::Withhold {
                payback,
                weight,
                total_weight,
                ..
            } => msg!(
                self,
                "payout-basis-withhold",
                weight = self.rounded(weight),
                total_weight = self.rounded(total_weight),
                share = self.share_percent(weight, total_weight),
                n2 = n2(payback),
                n2_2 = n2(gross)
            ),
            ProviderBasis::PerVolumeUnit { kr_per_unit } => msg!(
                self,
                "payout-basis-per-volume-unit",
                score,
                n2 = n2(kr_per_unit),
                unit,
                e = n(&e.volume),
                n2_2 = n2(gross)
            ),
            ProviderBasis::PercentOfCompensation {
                percent,
                compensation,
            } => match compensation {
                Some(c) => msg!(
                    self,
                    "payout-basis-some-c",
                    word = self.lang().word(Word::Score),
                    score,
                    percent = n(percent),
                    n2 = n2(c),
                    n2_2 = n2(gross)
                ),
                None => self
                    .lang()
                    .word(Word::OrdinaryCompensationMissingZero)
                    .into(),
            },
            ProviderBasis::Pot {
                shared,
                key,
                weight,
                total_weight,
                ..
            } => msg!(
                self,
                "payout-basis-pot",
                weight = self.rounded(weight),
                total_weight = self.rounded(total_weight),
                key = key.code(),
                unit = e.volume_unit.code(),
                share = self.share_percent(weight, total_weight),
                n2 = n2(shared),
                n2_2 = n2(gross)
            ),
            ProviderBasis::Fallback {
                percent,
                previous_payout,
            } => match previous_payout {
                Some(p) => msg!(
                    self,
                    "payout-basis-some-p",
                    word = self.lang().word(Word::Fallback),
                    percent = n(percent),
                    n2 = n2(p),
                    n2_2 = n2(gross)
                ),
                None => self.lang().word(Word::FallbackButLastPeriods).into(),
            },
        }
    }

    /// The note that the cap limited a payout.
    pub fn capped(&self, cap: &Decimal) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        msg!(self, "capped", n2 = n2(cap))
    }

    /// The net payout at the end of a reason with money rows.
    pub fn net_note(&self, net: &Decimal) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        msg!(self, "net-note", n2 = n2(net))
    }

    /// A deduction's amount rule, e.g. "1 % av ordinarie ersättning".
    pub fn deduction_amount(&self, rule: &DeductionAmount) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        match rule {
            DeductionAmount::PercentOfCompensation(p) => {
                msg!(self, "deduction-amount-percent-of-compensation", p = n(p))
            }
            DeductionAmount::Fixed(a) => {
                msg!(self, "deduction-amount-fixed", a = self.number(*a, Some(2)))
            }
        }
    }

    /// [`DeductionResult::text`] in this language.
    pub fn deduction(&self, e: &DeductionResult, value: &str) -> String {
        let level = self.number(e.level, None);
        let rule = self.deduction_amount(&e.amount_rule);
        if e.applied {
            msg!(
                self,
                "deduction-applied",
                indicator_name = e.indicator_name,
                value,
                worse = e.direction.worse_sign(),
                level,
                rule
            )
        } else if let Some(status) = e.missing {
            let why = match self.data_status(status, e.respondents, value) {
                Some(why) if status != DataStatus::Missing => msg!(self, "deduction-missing", why),
                _ => format!(" {}", self.lang().word(Word::Missing)),
            };
            let shown = if status == DataStatus::Missing {
                ""
            } else {
                value
            };
            msg!(
                self,
                "deduction-not-applied-missing",
                indicator_name = e.indicator_name,
                shown,
                why
            )
        } else {
            msg!(
                self,
                "deduction-not-applied",
                indicator_name = e.indicator_name,
                value,
                level
            )
        }
    }

    /// A survey's 95 % interval (ends in percent) and its number of respondents.
    pub fn interval(&self, lo: Decimal, hi: Decimal, respondents: u32) -> String {
        let f = |d: Decimal| self.number(d, Some(2));
        msg!(self, "interval", f = f(lo), f_2 = f(hi), respondents)
    }

    /// An interval rule's end that counts instead of the point estimate.
    pub fn interval_end_counts(&self, e: super::IntervalEnd<'_>) -> String {
        let which = if e.lower {
            self.lang().text("interval-end-lower")
        } else {
            self.lang().text("interval-end-upper")
        };
        let exactness = if e.exact {
            self.lang()
                .text("interval-end-compared-exactly")
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

    /// Why an indicator's data cannot be scored as it is, or `None` when it can.
    pub fn data_status(
        &self,
        status: DataStatus,
        respondents: Option<u32>,
        v: &str,
    ) -> Option<String> {
        match status {
            DataStatus::Ok => None,
            DataStatus::Missing => Some(self.lang().word(Word::ResultMissing).to_string()),
            DataStatus::TooFewRespondents { min } => Some(msg!(
                self,
                "data-status-too-few-respondents",
                respondents = respondents.unwrap_or(0),
                min
            )),
            DataStatus::RespondentsUnknown { min } => {
                Some(msg!(self, "data-status-respondents-unknown", min))
            }
            DataStatus::OutOfRange => Some(msg!(self, "data-status-out-of-range", v)),
            DataStatus::NoRespondents => {
                Some(self.lang().text("data-status-no-respondents").into())
            }
            DataStatus::NoPeers => Some(self.lang().word(Word::NoPeerResults).to_string()),
        }
    }

    /// How a scoring mode reached `credit` for the result `v` (as displayed): the mode's
    /// [`scorers::Trace`] in words.
    pub fn how(&self, how: &scorers::How, v: &str, credit: &Q, dir: Direction) -> String {
        self.lang().say_result(&how.trace().trace(credit, dir), v)
    }

    /// A percentile as a peer level, e.g. "75:e percentilen".
    pub fn percentile(&self, p: Decimal) -> String {
        msg!(self, "percentile-as-text", p = self.number(p, None))
    }

    /// The missing-data policy that pays a share of last period's amount.
    pub fn fallback_share(&self, percent: Decimal) -> String {
        msg!(self, "fallback-share", percent = self.number(percent, None))
    }

    /// The header of the correction CSV (see `io::locked::correction_csv`).
    pub fn correction_csv_header(&self) -> [&'static str; 8] {
        columns(self.lang().text("correction-csv-header"))
    }

    /// The header of the comparison export.
    pub fn compare_csv_header(&self) -> [&'static str; 9] {
        columns(self.lang().text("compare-csv-header"))
    }

    /// The button that adds a scheme for a service type.
    pub fn editor_add_scheme(&self, st: ServiceType) -> String {
        msg!(
            self,
            "editor-add-scheme",
            st = st.label(self.lang()).to_lowercase()
        )
    }

    /// The sum of an editor's weights.
    pub fn editor_weight_sum(&self, sum: Decimal) -> String {
        msg!(
            self,
            "editor-weight-sum",
            sum = self.number(sum.normalize(), None)
        )
    }

    /// The sum of the weights inside an area.
    pub fn editor_weight_sum_inside(&self, inside: Decimal) -> String {
        msg!(
            self,
            "editor-weight-sum-inside",
            inside = self.number(inside.normalize(), None)
        )
    }

    /// How many providers gain, lose or keep their amount in a comparison.
    pub fn decide_gains_and_losses(&self, c: &Comparison) -> String {
        msg!(
            self,
            "decide-gains-and-losses",
            gains = c.gains,
            loses = c.loses,
            unchanged = c.unchanged,
            only_in = if c.only_in_a + c.only_in_b > 0 {
                msg!(
                    self,
                    "decide-gains-and-losses-only-in",
                    only_in_a = c.only_in_a,
                    only_in_b = c.only_in_b
                )
            } else {
                String::new()
            }
        )
    }

    /// The suggested file name of a comparison or sweep export.
    pub fn decide_export_file_name(&self, comparison: bool) -> &'static str {
        match comparison {
            true => self.lang().text("decide-export-file-name-true"),
            false => self.lang().text("decide-export-file-name-false"),
        }
    }

    /// The fixed start of the payout CSV's header.
    pub fn payout_csv_header(&self) -> &'static str {
        self.lang().text("payout-csv-header")
    }

    /// The header of the explanation CSV.
    pub fn explanation_csv_header(&self) -> &'static str {
        self.lang().text("explanation-csv-header")
    }

    /// The notice that a locked run was opened: verified, or with what does not match.
    pub fn opened_locked_run(&self, name: &str, findings: Option<&str>) -> String {
        match findings {
            None => msg!(self, "opened-locked-run-none", name),
            Some(f) => msg!(self, "opened-locked-run-some-f", name, f),
        }
    }
}

/// The columns of a header message, separated by `;`; a language file with another number of
/// columns is a slip the tests catch (missing columns are empty).
fn columns<const N: usize>(header: &'static str) -> [&'static str; N] {
    let mut out = [""; N];
    let mut names = header.split(';');
    for column in &mut out {
        *column = names.next().unwrap_or_default();
    }
    debug_assert!(names.next().is_none(), "more columns than {N}: {header}");
    out
}
