//! A provider's account in the explanation as messages: how its amount was computed (each
//! payout base words its own, in its module), the withheld row, the cap, the net, each
//! deduction, why an indicator's data could not be scored, and the exact numbers that the
//! account rounds. `words` only says them.

use rust_decimal::Decimal;

use super::{
    DataStatus, DeductionResult, IndicatorResult, PayoutStatus, ProviderBasis, ProviderResult,
};
use crate::domain::decimal::round_display;
use crate::domain::exact::Q;
use crate::domain::feature::{Arg, Message, Msg};
use crate::domain::payout::withhold_logistic;
use crate::domain::payout::{per_volume_unit, percent_of_compensation, pot, withhold};

/// Whether a number is written exactly with `dp` decimals.
fn ends_within(q: &Q, dp: u32) -> bool {
    q.terminates_within(dp)
}

impl ProviderResult {
    /// How the provider's gross amount was computed: the start of its reason. Said for its
    /// volume unit.
    pub fn basis_account(&self) -> Msg {
        let gross = self.gross;
        match &self.basis {
            ProviderBasis::None => Msg::new(
                "payout-basis-provider-basis",
                vec![
                    ("e", Arg::msg(self.status.msg())),
                    ("n2", Arg::Num2(Decimal::ZERO)),
                ],
            ),
            ProviderBasis::Withhold {
                payback,
                weight,
                total_weight,
                factor,
                ..
            } => match factor {
                Some(f) => withhold_logistic::account(gross, *payback, *f, weight, total_weight),
                None => withhold::account(gross, *payback, weight, total_weight),
            },
            ProviderBasis::PerVolumeUnit { kr_per_unit } => {
                per_volume_unit::account(self, *kr_per_unit)
            }
            ProviderBasis::PercentOfCompensation {
                percent,
                compensation,
            } => percent_of_compensation::account(self, *percent, *compensation),
            ProviderBasis::Pot {
                shared,
                key,
                weight,
                total_weight,
                ..
            } => pot::account(self, *key, *shared, weight, total_weight),
            ProviderBasis::Fallback {
                percent,
                previous_payout: Some(p),
            } => Msg::new(
                "payout-basis-some-p",
                vec![
                    ("word", Arg::Text(Some("fallback"))),
                    ("percent", Arg::Num(round_display(*percent, 4).normalize())),
                    ("n2", Arg::Num2(*p)),
                    ("n2_2", Arg::Num2(gross)),
                ],
            ),
            ProviderBasis::Fallback {
                previous_payout: None,
                ..
            } => Msg::new("fallback-but-last-periods", vec![]),
        }
    }

    /// The text of the withheld row, when the payout base withholds.
    pub fn withheld_account(&self) -> Option<Msg> {
        match &self.basis {
            ProviderBasis::Withhold {
                withhold_percent,
                compensation,
                ..
            } => Some(withhold::withheld_row(*withhold_percent, *compensation)),
            ProviderBasis::PerVolumeUnit { .. }
            | ProviderBasis::PercentOfCompensation { .. }
            | ProviderBasis::Pot { .. }
            | ProviderBasis::Fallback { .. }
            | ProviderBasis::None => None,
        }
    }

    /// The note that the cap limited the payout.
    pub fn cap_note(&self) -> Option<Msg> {
        let cap = self.capped_at?;
        Some(Msg::new("capped", vec![("n2", Arg::Num2(cap))]))
    }

    /// The net payout at the end of a reason with money rows.
    pub fn net_note(&self) -> Msg {
        Msg::new("net-note", vec![("n2", Arg::Num2(self.payout))])
    }

    /// The exact values of the numbers that the reason rounds (the score, a share's weights),
    /// for whoever re-computes; empty when it rounds none.
    pub fn exact_account(&self) -> Vec<Msg> {
        let mut parts = Vec::new();
        if self.basis.uses_score() && !ends_within(&self.score, 4) {
            parts.push(Msg::new(
                "exact-score",
                vec![("score", Arg::Exact(self.score.clone()))],
            ));
        }
        if let Some((weight, total_weight)) = self.basis.share()
            && !(ends_within(weight, 2) && ends_within(total_weight, 2))
        {
            parts.push(Msg::new(
                "exact-share",
                vec![
                    ("weight", Arg::Exact(weight.clone())),
                    ("total_weight", Arg::Exact(total_weight.clone())),
                ],
            ));
        }
        parts
    }
}

impl ProviderBasis {
    /// Whether the amount follows from the provider's score (so that the exact score is part of
    /// its account).
    pub fn uses_score(&self) -> bool {
        match self {
            ProviderBasis::PerVolumeUnit { .. } | ProviderBasis::PercentOfCompensation { .. } => {
                true
            }
            ProviderBasis::Pot { .. }
            | ProviderBasis::Withhold { .. }
            | ProviderBasis::Fallback { .. }
            | ProviderBasis::None => false,
        }
    }

    /// The provider's weight and the total weight its share of a pot or payback is of.
    pub fn share(&self) -> Option<(&Q, &Q)> {
        match self {
            ProviderBasis::Pot {
                weight,
                total_weight,
                ..
            }
            | ProviderBasis::Withhold {
                weight,
                total_weight,
                ..
            } => Some((weight, total_weight)),
            ProviderBasis::PerVolumeUnit { .. }
            | ProviderBasis::PercentOfCompensation { .. }
            | ProviderBasis::Fallback { .. }
            | ProviderBasis::None => None,
        }
    }
}

impl IndicatorResult {
    /// Whether the explanation's row rounds its credit, effective weight or contribution
    /// (each to two decimals of a percent), so that it gives their exact values too.
    pub fn rounds_any(&self) -> bool {
        // A percentage with two decimals is the fraction with four.
        let rounded = |q: &Q| !ends_within(q, 4);
        rounded(&self.credit) || rounded(&self.effective_weight) || rounded(&self.contribution)
    }
}

impl PayoutStatus {
    /// `n` providers not paid for this reason, as the report's summary says it
    /// (`1 utförare fick ingen poäng`).
    pub fn not_paid(&self, n: usize) -> Msg {
        let (code, min) = match self {
            PayoutStatus::ZeroScore => ("zero-score", Arg::Text(None)),
            PayoutStatus::BelowMinimumScore { min_percent } => {
                ("below-minimum", Arg::Num(*min_percent))
            }
            PayoutStatus::NotAllIndicatorsMet => ("not-all-met", Arg::Text(None)),
            PayoutStatus::Paid
            | PayoutStatus::InsufficientData { .. }
            | PayoutStatus::Barred { .. }
            | PayoutStatus::Fallback { .. } => ("other", Arg::Text(None)),
        };
        Msg::new(
            "report-providers",
            vec![
                ("n", Arg::Count(n as u64)),
                ("status", Arg::Sign(code)),
                ("min", min),
                ("w", Arg::msg(self.msg())),
            ],
        )
    }
}

impl DataStatus {
    /// Why the data cannot be scored as they are, or `None` when they can; `respondents` is
    /// the result's number of respondents, `value` the result as shown.
    pub fn why(self, respondents: Option<u32>, value: Arg) -> Option<Msg> {
        let min = |min: u32| ("min", Arg::Count(min.into()));
        Some(match self {
            DataStatus::Ok => return None,
            DataStatus::Missing => Msg::new("result-missing", vec![]),
            DataStatus::TooFewRespondents { min: m } => Msg::new(
                "data-status-too-few-respondents",
                vec![
                    ("respondents", Arg::Count(respondents.unwrap_or(0).into())),
                    min(m),
                ],
            ),
            DataStatus::RespondentsUnknown { min: m } => {
                Msg::new("data-status-respondents-unknown", vec![min(m)])
            }
            DataStatus::OutOfRange => Msg::new("data-status-out-of-range", vec![("v", value)]),
            DataStatus::NoRespondents => Msg::new("data-status-no-respondents", vec![]),
            DataStatus::NoPeers => Msg::new("no-peer-results", vec![]),
        })
    }
}

impl Message for DeductionResult {
    /// The deduction in words, e.g. `vite: dokumentation 85 < 90: 1 % av ersättningen`.
    fn msg(&self) -> Msg {
        let name = || {
            (
                "indicator_name",
                Arg::Plain(self.indicator_name.to_string()),
            )
        };
        let value = self
            .value
            .as_ref()
            .map_or(Arg::Text(Some("missing")), |v| Arg::rounded(v, 2));
        if self.applied {
            return Msg::new(
                "deduction-applied",
                vec![
                    name(),
                    ("value", value),
                    ("worse", Arg::Sign(self.direction.worse_sign())),
                    ("level", Arg::Num(self.level)),
                    ("rule", Arg::msg(self.amount_rule.account())),
                ],
            );
        }
        let Some(status) = self.missing else {
            return Msg::new(
                "deduction-not-applied",
                vec![name(), ("value", value), ("level", Arg::Num(self.level))],
            );
        };
        match status.why(self.respondents, value.clone()) {
            Some(why) if status != DataStatus::Missing => {
                let why = Msg::new("deduction-missing", vec![("why", Arg::msg(why))]);
                Msg::new(
                    "deduction-not-applied-missing",
                    vec![name(), ("shown", value), ("why", Arg::msg(why))],
                )
            }
            // No result at all: nothing to show but that it is missing.
            _ => Msg::new("deduction-not-applied-no-result", vec![name()]),
        }
    }
}
