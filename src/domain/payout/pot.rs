//! A fixed pot shared among the providers that qualify, by a key.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Arg, Base, Field, Msg, Payout, Pays, Starting, Value};
use crate::domain::decide::solve::{RateKind, SolveError};
use crate::domain::decimal::serde_decimal;
use crate::domain::engine::share::share_pot;
use crate::domain::exact::Q;
use crate::domain::explanation::{PayoutStatus, ProviderResult, Warning};
use crate::domain::plan::SchemePlan;
use crate::domain::results::Provider;
use crate::domain::rules::{PotKey, Scheme};
use crate::domain::validation::{Checks, Field as At, ProblemMsg};

/// `Pot(amount: 1000000, key: CreditTimesVolume)`: `amount` kronor shared by `key`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pot {
    #[serde(with = "serde_decimal")]
    pub amount: Decimal,
    pub key: Option<PotKey>,
}

/// A pot with its key chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct PotPlan {
    pub amount: Decimal,
    pub key: PotKey,
}

impl Starting for Pot {
    type Plan = PotPlan;
    fn starting() -> Self {
        Pot {
            amount: Decimal::from(1_000_000),
            key: Some(PotKey::CreditTimesVolume),
        }
    }
}

impl Base for Pot {
    fn label(&self) -> &'static str {
        "fixed-pot-shared"
    }

    fn check(&self, _: &Scheme, c: &mut Checks<'_>) {
        c.amount(At::Payout, self.amount, Some(ProblemMsg::PotNotPositive));
        if self.key.is_none() {
            c.error(At::Payout, ProblemMsg::PotWithoutKey);
        }
    }

    fn compile(&self) -> Option<Payout> {
        Some(Payout::Pot(PotPlan {
            amount: self.amount,
            key: self.key?,
        }))
    }

    fn fields(&mut self) -> Vec<Field<'_>> {
        vec![
            Field {
                label: Msg::new("pot-kr", vec![]),
                hover: None,
                key: "pot",
                change: Some("rule-change-pot"),
                value: Value::Amount(&mut self.amount),
            },
            Field {
                label: Msg::new("shared", vec![]),
                hover: None,
                key: "pot_key",
                change: None,
                value: Value::Key(&mut self.key),
            },
        ]
    }

    fn prose(&self) -> Msg {
        Msg::new(
            "prose-payout-pot",
            vec![
                ("amount", Arg::Kr(self.amount)),
                ("key", Arg::Key(self.key, "")),
                ("unit", Arg::UnitLabel),
            ],
        )
    }

    fn short(&self) -> Msg {
        Msg::new(
            "payout-short-pot",
            vec![
                ("amount", Arg::Num2(self.amount)),
                ("key", Arg::Key(self.key, "-")),
            ],
        )
    }

    fn rate(&mut self) -> &mut Decimal {
        &mut self.amount
    }

    fn solve_rate(&self) -> Result<(RateKind, Decimal), SolveError> {
        Err(SolveError::Pot)
    }

    fn fixed_total(&self) -> Option<Decimal> {
        Some(self.amount)
    }
}

impl Pays for PotPlan {
    fn own(&self, _: &mut ProviderResult, _: &Provider, _: Option<Decimal>) {}

    fn needs_compensation(&self, _: &PayoutStatus) -> bool {
        false
    }

    fn share(&self, scheme: &SchemePlan, out: &mut [ProviderResult], warnings: &mut Vec<Warning>) {
        share_pot(scheme, self.amount, self.key, out, warnings);
    }

    fn withholds(&self) -> bool {
        false
    }

    fn describe(&self) -> Msg {
        Msg::new(
            "scheme-basis-pot",
            vec![
                ("n2", Arg::Num2(self.amount)),
                ("key", Arg::Key(Some(self.key), "")),
            ],
        )
    }
}

/// How a provider's amount was computed, for its explanation: its weight of the total by
/// the key, as a share of what was shared.
pub(crate) fn account(
    r: &ProviderResult,
    key: PotKey,
    shared: Decimal,
    weight: &Q,
    total: &Q,
) -> Msg {
    Msg::new(
        "payout-basis-pot",
        vec![
            ("weight", Arg::at_most_two_decimals(weight)),
            ("total_weight", Arg::at_most_two_decimals(total)),
            ("key", Arg::Sign(key.code())),
            ("unit", Arg::Sign(r.volume_unit.code())),
            ("share", Arg::share(weight, total)),
            ("n2", Arg::Num2(shared)),
            ("n2_2", Arg::Num2(r.gross)),
        ],
    )
}
