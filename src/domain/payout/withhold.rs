//! Bonus/malus: `withhold_percent` of every provider's ordinary compensation is withheld,
//! and `payback_percent` of all that is withheld is paid back in proportion to
//! withheld × score (100 % = budget-neutral). The net (paid back − withheld) may be negative.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Arg, Base, Field, Msg, Payout, Pays, Starting, Value, percent};
use crate::domain::decide::solve::{RateKind, SolveError};
use crate::domain::decimal::{round_ore, serde_decimal};
use crate::domain::engine::share::pay_back;
use crate::domain::exact::Q;
use crate::domain::explanation::{PayoutStatus, ProviderBasis, ProviderResult, Warning};
use crate::domain::plan::SchemePlan;
use crate::domain::results::Provider;
use crate::domain::rules::{MissingDataPolicy, Scheme};
use crate::domain::validation::{Checks, Field as At, ProblemMsg, percent_ok};

/// `Withhold(withhold_percent: 2, payback_percent: 100)`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Withhold {
    #[serde(with = "serde_decimal")]
    pub withhold_percent: Decimal,
    #[serde(with = "serde_decimal")]
    pub payback_percent: Decimal,
}

impl Starting for Withhold {
    type Plan = Withhold;
    fn starting() -> Self {
        Withhold {
            withhold_percent: Decimal::from(2),
            payback_percent: Decimal::ONE_HUNDRED,
        }
    }
}

/// The checks of a withhold's two percentages and its missing-data policy (shared with
/// the other withhold bases).
pub(crate) fn check_withhold(
    withhold_percent: Decimal,
    payback_percent: Decimal,
    scheme: &Scheme,
    c: &mut Checks<'_>,
) {
    if !percent_ok(withhold_percent) {
        c.error(At::Payout, ProblemMsg::WithholdPercentOutOfRange);
    }
    if payback_percent < Decimal::ZERO || payback_percent > Decimal::from(1000) {
        c.error(At::Payout, ProblemMsg::PaybackPercentOutOfRange);
    }
    if matches!(scheme.missing_data, MissingDataPolicy::FallbackShare(_)) {
        c.error(At::MissingData, ProblemMsg::FallbackWithWithhold);
    }
}

/// The editor's fields of a withhold's two percentages.
pub(crate) fn withhold_fields<'a>(
    withhold_percent: &'a mut Decimal,
    payback_percent: &'a mut Decimal,
) -> Vec<Field<'a>> {
    vec![
        Field {
            label: Msg::new("withheld-percent-of-compensation", vec![]),
            hover: None,
            key: "withhold",
            change: Some("rule-change-withhold"),
            value: Value::Percent(withhold_percent),
        },
        Field {
            label: Msg::new("paid-back-percent-of", vec![]),
            hover: Some("n100-percent-budget-neutral"),
            key: "payback",
            change: Some("rule-change-payback"),
            value: Value::Percent(payback_percent),
        },
    ]
}

/// A provider's withheld amount (from everyone, paid back in `share` to those who
/// qualify) and its trace before the payback is known.
pub(crate) fn withhold_own(
    withhold_percent: Decimal,
    payback_percent: Decimal,
    r: &mut ProviderResult,
    p: &Provider,
) {
    r.withheld = match p.compensation {
        Some(c) => (&Q::from(c.max(Decimal::ZERO)) * &percent(withhold_percent)).round_ore(),
        None => round_ore(Decimal::ZERO),
    };
    r.basis = ProviderBasis::Withhold {
        withhold_percent,
        compensation: p.compensation,
        payback_percent,
        payback: round_ore(Decimal::ZERO),
        weight: Q::ZERO,
        total_weight: Q::ZERO,
        factor: None,
        remainder_ore: false,
    };
}

impl Base for Withhold {
    fn label(&self) -> &'static str {
        "withhold-and-pay-back"
    }

    fn check(&self, scheme: &Scheme, c: &mut Checks<'_>) {
        check_withhold(self.withhold_percent, self.payback_percent, scheme, c);
    }

    fn compile(&self) -> Option<Payout> {
        Some(Payout::Withhold(self.clone()))
    }

    fn fields(&mut self) -> Vec<Field<'_>> {
        withhold_fields(&mut self.withhold_percent, &mut self.payback_percent)
    }

    fn prose(&self) -> Msg {
        Msg::new(
            "prose-payout-withhold",
            vec![
                ("withhold_percent", Arg::Trimmed(self.withhold_percent)),
                ("payback_percent", Arg::Trimmed(self.payback_percent)),
                (
                    "payback_percent_2",
                    Arg::Text(
                        (self.payback_percent == Decimal::ONE_HUNDRED).then_some("prose-payout"),
                    ),
                ),
            ],
        )
    }

    fn short(&self) -> Msg {
        Msg::new(
            "withhold-short",
            vec![
                ("withhold_percent", Arg::Num(self.withhold_percent)),
                ("payback_percent", Arg::Num(self.payback_percent)),
            ],
        )
    }

    fn rate(&mut self) -> &mut Decimal {
        &mut self.withhold_percent
    }

    fn solve_rate(&self) -> Result<(RateKind, Decimal), SolveError> {
        Err(SolveError::Withhold)
    }

    fn fixed_total(&self) -> Option<Decimal> {
        None
    }
}

impl Pays for Withhold {
    fn own(&self, r: &mut ProviderResult, p: &Provider, _: Option<Decimal>) {
        withhold_own(self.withhold_percent, self.payback_percent, r, p);
    }

    fn needs_compensation(&self, _: &PayoutStatus) -> bool {
        true
    }

    fn share(&self, scheme: &SchemePlan, out: &mut [ProviderResult], warnings: &mut Vec<Warning>) {
        pay_back(scheme, self.payback_percent, |s| s.clone(), out, warnings);
    }

    fn withholds(&self) -> bool {
        true
    }

    fn describe(&self) -> Msg {
        Msg::new(
            "scheme-basis-withhold",
            vec![
                ("withhold_percent", Arg::Num(self.withhold_percent)),
                ("payback_percent", Arg::Num(self.payback_percent)),
            ],
        )
    }
}

/// How a provider's amount was computed, for its explanation: its weight (withheld × score)
/// of the total, as a share of the payback.
pub(crate) fn account(gross: Decimal, payback: Decimal, weight: &Q, total: &Q) -> Msg {
    Msg::new(
        "payout-basis-withhold",
        share_of_payback(gross, payback, weight, total),
    )
}

/// The values of a provider's share of the payback.
pub(super) fn share_of_payback(
    gross: Decimal,
    payback: Decimal,
    weight: &Q,
    total: &Q,
) -> Vec<(&'static str, Arg)> {
    vec![
        ("weight", Arg::at_most_two_decimals(weight)),
        ("total_weight", Arg::at_most_two_decimals(total)),
        ("share", Arg::share(weight, total)),
        ("n2", Arg::Num2(payback)),
        ("n2_2", Arg::Num2(gross)),
    ]
}

/// The withheld row of a provider's explanation.
pub(crate) fn withheld_row(withhold_percent: Decimal, compensation: Option<Decimal>) -> Msg {
    match compensation {
        Some(c) => Msg::new(
            "withheld-row-some-c",
            vec![
                ("withhold_percent", Arg::Num(withhold_percent)),
                ("n2", Arg::Num2(c)),
            ],
        ),
        None => Msg::new("withheld-ordinary-compensation-missing", vec![]),
    }
}
