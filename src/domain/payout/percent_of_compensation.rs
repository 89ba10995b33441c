//! A percentage of the provider's ordinary compensation, times the score.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Arg, Base, Field, Msg, Payout, Pays, Starting, Value, percent};
use crate::domain::decide::solve::{RateKind, SolveError};
use crate::domain::decimal::serde_decimal;
use crate::domain::engine::share::apply_cap;
use crate::domain::exact::Q;
use crate::domain::explanation::{PayoutStatus, ProviderBasis, ProviderResult, Warning};
use crate::domain::plan::SchemePlan;
use crate::domain::results::Provider;
use crate::domain::rules::Scheme;
use crate::domain::validation::{Checks, Field as At, ProblemMsg, percent_ok};

/// `PercentOfCompensation(percent: 2)`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PercentOfCompensation {
    #[serde(with = "serde_decimal")]
    pub percent: Decimal,
}

impl Starting for PercentOfCompensation {
    type Plan = PercentOfCompensation;
    fn starting() -> Self {
        PercentOfCompensation {
            percent: Decimal::from(2),
        }
    }
}

impl Base for PercentOfCompensation {
    fn label(&self) -> &'static str {
        "percent-of-ordinary-compensation"
    }

    fn check(&self, _: &Scheme, c: &mut Checks<'_>) {
        if !percent_ok(self.percent) {
            c.error(At::Payout, ProblemMsg::CompensationPercentOutOfRange);
        }
    }

    fn compile(&self) -> Option<Payout> {
        Some(Payout::PercentOfCompensation(self.clone()))
    }

    fn fields(&mut self) -> Vec<Field<'_>> {
        vec![Field {
            label: Msg::new("percent-of-compensation-option", vec![]),
            hover: None,
            key: "pct",
            change: Some("rule-change-percent"),
            value: Value::Percent(&mut self.percent),
        }]
    }

    fn prose(&self) -> Msg {
        Msg::new(
            "prose-payout-percent-of-compensation",
            vec![("percent", Arg::Trimmed(self.percent))],
        )
    }

    fn short(&self) -> Msg {
        Msg::new(
            "payout-short-percent-of-compensation",
            vec![("percent", Arg::Num(self.percent))],
        )
    }

    fn rate(&mut self) -> &mut Decimal {
        &mut self.percent
    }

    fn solve_rate(&self) -> Result<(RateKind, Decimal), SolveError> {
        Ok((RateKind::PercentOfCompensation, self.percent))
    }

    fn fixed_total(&self) -> Option<Decimal> {
        None
    }
}

impl Pays for PercentOfCompensation {
    fn own(&self, r: &mut ProviderResult, p: &Provider, cap: Option<Decimal>) {
        if r.status != PayoutStatus::Paid {
            return;
        }
        let amount = match p.compensation {
            Some(c) => &(&r.score * &percent(self.percent)) * &Q::from(c.max(Decimal::ZERO)),
            None => Q::ZERO,
        };
        r.gross = apply_cap(amount, cap, &mut r.capped_at);
        r.basis = ProviderBasis::PercentOfCompensation {
            percent: self.percent,
            compensation: p.compensation,
        };
    }

    fn needs_compensation(&self, status: &PayoutStatus) -> bool {
        *status == PayoutStatus::Paid
    }

    fn share(&self, _: &SchemePlan, _: &mut [ProviderResult], _: &mut Vec<Warning>) {}

    fn withholds(&self) -> bool {
        false
    }

    fn describe(&self) -> Msg {
        Msg::new(
            "scheme-basis-percent-of-compensation",
            vec![("percent", Arg::Num(self.percent))],
        )
    }
}

/// How a provider's amount was computed, for its explanation: score × percent ×
/// compensation.
pub(crate) fn account(r: &ProviderResult, percent: Decimal, compensation: Option<Decimal>) -> Msg {
    use crate::domain::decimal::round_display;
    let Some(c) = compensation else {
        return Msg::new("ordinary-compensation-missing-zero", vec![]);
    };
    Msg::new(
        "payout-basis-some-c",
        vec![
            ("word", Arg::Text(Some("score"))),
            ("score", Arg::score(&r.score)),
            ("percent", Arg::Num(round_display(percent, 4).normalize())),
            ("n2", Arg::Num2(c)),
            ("n2_2", Arg::Num2(r.gross)),
        ],
    )
}
