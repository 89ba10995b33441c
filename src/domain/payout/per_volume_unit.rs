//! Kronor per volume unit at full score, times the provider's score.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Arg, Base, Field, Msg, Payout, Pays, Starting, Value};
use crate::domain::bounds;
use crate::domain::decide::solve::{RateKind, SolveError};
use crate::domain::decimal::serde_decimal;
use crate::domain::engine::share::apply_cap;
use crate::domain::exact::Q;
use crate::domain::explanation::{PayoutStatus, ProviderBasis, ProviderResult, Warning};
use crate::domain::plan::SchemePlan;
use crate::domain::results::Provider;
use crate::domain::rules::Scheme;
use crate::domain::validation::{Checks, Field as At, ProblemMsg, out_of_bounds};

/// `PerVolumeUnit(kr_per_unit: 8.5)`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PerVolumeUnit {
    #[serde(with = "serde_decimal")]
    pub kr_per_unit: Decimal,
}

impl Starting for PerVolumeUnit {
    type Plan = PerVolumeUnit;
    fn starting() -> Self {
        PerVolumeUnit {
            kr_per_unit: Decimal::TEN,
        }
    }
}

impl Base for PerVolumeUnit {
    fn label(&self) -> &'static str {
        "kronor-per-volume-unit"
    }

    fn check(&self, _: &Scheme, c: &mut Checks<'_>) {
        let k = self.kr_per_unit;
        if k.abs() > bounds::MAX_RATE {
            c.error(At::Payout, out_of_bounds(k, bounds::MAX_RATE));
        } else if k < Decimal::ZERO {
            c.error(At::Payout, ProblemMsg::NegativeRate);
        }
    }

    fn compile(&self) -> Option<Payout> {
        Some(Payout::PerVolumeUnit(self.clone()))
    }

    fn fields(&mut self) -> Vec<Field<'_>> {
        vec![Field {
            label: Msg::new("editor-rate-label", vec![("unit", Arg::UnitSingular)]),
            hover: None,
            key: "rate",
            change: Some("rule-change-rate"),
            value: Value::Rate(&mut self.kr_per_unit),
        }]
    }

    fn prose(&self) -> Msg {
        Msg::new(
            "prose-payout-per-volume-unit",
            vec![
                ("kr_per_unit", Arg::Kr(self.kr_per_unit)),
                ("unit", Arg::UnitSingular),
                ("unit_2", Arg::UnitLabel),
            ],
        )
    }

    fn short(&self) -> Msg {
        Msg::new(
            "payout-short-per-volume-unit",
            vec![
                ("kr_per_unit", Arg::Num2(self.kr_per_unit)),
                ("unit", Arg::UnitSingular),
            ],
        )
    }

    fn rate(&mut self) -> &mut Decimal {
        &mut self.kr_per_unit
    }

    fn solve_rate(&self) -> Result<(RateKind, Decimal), SolveError> {
        Ok((RateKind::KrPerUnit, self.kr_per_unit))
    }

    fn fixed_total(&self) -> Option<Decimal> {
        None
    }
}

impl Pays for PerVolumeUnit {
    fn own(&self, r: &mut ProviderResult, p: &Provider, cap: Option<Decimal>) {
        if r.status != PayoutStatus::Paid {
            return;
        }
        let volume = Q::from(p.volume.max(Decimal::ZERO));
        let amount = &(&r.score * &Q::from(self.kr_per_unit)) * &volume;
        r.gross = apply_cap(amount, cap, &mut r.capped_at);
        r.basis = ProviderBasis::PerVolumeUnit {
            kr_per_unit: self.kr_per_unit,
        };
    }

    fn needs_compensation(&self, _: &PayoutStatus) -> bool {
        false
    }

    fn share(&self, _: &SchemePlan, _: &mut [ProviderResult], _: &mut Vec<Warning>) {}

    fn withholds(&self) -> bool {
        false
    }

    fn describe(&self) -> Msg {
        Msg::new(
            "scheme-basis-per-volume-unit",
            vec![
                ("n2", Arg::Num2(self.kr_per_unit)),
                ("unit", Arg::UnitSingular),
                ("word", Arg::Text(Some("score"))),
            ],
        )
    }
}

/// How a provider's amount was computed, for its explanation: score × rate × volume.
pub(crate) fn account(r: &ProviderResult, kr_per_unit: Decimal) -> Msg {
    use crate::domain::decimal::round_display;
    Msg::new(
        "payout-basis-per-volume-unit",
        vec![
            ("score", Arg::score(&r.score)),
            ("n2", Arg::Num2(kr_per_unit)),
            ("unit", Arg::UnitSingular),
            ("e", Arg::Num(round_display(r.volume, 4).normalize())),
            ("n2_2", Arg::Num2(r.gross)),
        ],
    )
}
