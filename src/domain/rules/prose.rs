//! The rules in prose as messages: each rule of this module (qualification, cap, missing
//! data, areas, deductions, floor, budget, an indicator's weight, minimum of respondents and
//! interval rule) says its sentence here as a [`Msg`]; the rules of other modules (payout
//! base, scoring mode, cohort, gates, standards, contract minimum, advances) say theirs in
//! their own module. [`Scheme::prose`] and [`Indicator::prose`] list them in the report's
//! order; `words` only says them.

use rust_decimal::Decimal;

use super::{
    Area, Deduction, DeductionAmount, Direction, Indicator, MissingDataPolicy, Qualification,
    Scheme, Uncertainty, Unit,
};
use crate::domain::feature::{Arg, Msg};

impl Qualification {
    /// Who qualifies: the minimum score and whether every indicator must be met.
    pub fn prose(&self) -> impl Iterator<Item = Msg> {
        let min = self
            .min_score_percent
            .map(|m| Msg::new("prose-min-score", vec![("m", Arg::Trimmed(m))]));
        let all = self
            .all_indicators_met
            .then(|| Msg::new("every-indicator-must-be", vec![]));
        min.into_iter().chain(all)
    }
}

impl MissingDataPolicy {
    /// What missing or too thin data does (the end of [`Self::prose`] and of an indicator's
    /// minimum of respondents).
    pub fn consequence(&self) -> Msg {
        match self {
            MissingDataPolicy::ZeroCredit => Msg::new("give-no-credit-but", vec![]),
            MissingDataPolicy::Renormalize => Msg::new("do-not-count-the", vec![]),
            MissingDataPolicy::FallbackShare(p) => {
                Msg::new("prose-fallback-share", vec![("p", Arg::Trimmed(*p))])
            }
        }
    }

    /// The scheme's sentence on missing or implausible results.
    pub fn prose(&self) -> Msg {
        Msg::new("prose-missing", vec![("s", Arg::msg(self.consequence()))])
    }
}

/// The sentence on the scheme's areas and their weights.
fn areas_prose(areas: &[Area], policy: &MissingDataPolicy) -> Msg {
    let items = areas
        .iter()
        .map(|a| {
            Msg::new(
                "prose-area",
                vec![
                    ("name", Arg::Plain(a.name.clone())),
                    ("weight", Arg::Trimmed(a.weight)),
                ],
            )
        })
        .collect();
    let renormalized = *policy == MissingDataPolicy::Renormalize;
    Msg::new(
        "prose-areas",
        vec![
            (
                "list",
                Arg::List {
                    items,
                    sep: ", ",
                    capital: false,
                },
            ),
            (
                "s",
                Arg::Text(renormalized.then_some("prose-areas-missing")),
            ),
        ],
    )
}

impl DeductionAmount {
    /// How much the deduction takes, as the rules in prose say it.
    fn prose(&self) -> Arg {
        match self {
            DeductionAmount::PercentOfCompensation(p) => Arg::msg(Msg::new(
                "prose-deduction-amount-percent-of-compensation",
                vec![("p", Arg::Trimmed(*p))],
            )),
            DeductionAmount::Fixed(a) => Arg::Kr(*a),
        }
    }

    /// How much the deduction takes, as a provider's explanation says it.
    pub fn account(&self) -> Msg {
        match self {
            DeductionAmount::PercentOfCompensation(p) => Msg::new(
                "deduction-amount-percent-of-compensation",
                vec![("p", Arg::Num(*p))],
            ),
            DeductionAmount::Fixed(a) => {
                Msg::new("deduction-amount-fixed", vec![("a", Arg::Num2(*a))])
            }
        }
    }
}

impl Deduction {
    /// The deduction's sentence; `ind` is its indicator (`None` when the scheme lacks it:
    /// then its id, a score, higher is better).
    pub fn prose(&self, ind: Option<&Indicator>) -> Msg {
        let name = ind.map_or(self.indicator.as_str(), |i| i.name.as_str());
        let (unit, dir) = ind.map_or((Unit::Score, Direction::HigherIsBetter), |i| {
            (i.unit, i.direction)
        });
        let worse = match dir {
            Direction::HigherIsBetter => "prose-worse-higher-is-better",
            Direction::LowerIsBetter => "prose-worse-lower-is-better",
        };
        Msg::new(
            "prose-deduction",
            vec![
                ("name", Arg::Plain(name.to_string())),
                ("worse", Arg::Text(Some(worse))),
                ("d", Arg::Level(self.level, unit)),
                ("amount", self.amount.prose()),
            ],
        )
    }
}

/// A sentence with one amount in kronor.
fn kr(id: &'static str, name: &'static str, d: Option<Decimal>) -> Option<Msg> {
    d.map(|d| Msg::new(id, vec![(name, Arg::Kr(d))]))
}

impl Scheme {
    /// How the scheme pays, who qualifies, the cap, missing data, data sufficiency, cohort,
    /// gates, areas, deductions, floor, budget and advances: one paragraph each (the
    /// indicators come separately, [`Indicator::prose`]). Said for the scheme's volume unit.
    pub fn prose(&self) -> Vec<Msg> {
        let mut out = vec![self.payout.base().prose()];
        out.extend(self.qualification.prose());
        out.extend(kr("prose-cap", "c", self.cap));
        out.push(self.missing_data.prose());
        out.extend(self.min_usable_indicators.map(|k| {
            Msg::new(
                "prose-min-usable",
                vec![
                    ("k", Arg::Count(k.into())),
                    ("n", Arg::Count(self.indicators.len() as u64)),
                ],
            )
        }));
        out.extend(self.cohort.prose());
        out.extend(self.gates.iter().map(|g| g.prose()));
        if !self.areas.is_empty() {
            out.push(areas_prose(&self.areas, &self.missing_data));
        }
        out.extend(self.deductions.iter().map(|d| {
            let ind = self.indicators.iter().find(|i| i.id == d.indicator);
            d.prose(ind)
        }));
        if self.floor_at_zero {
            out.push(Msg::new("net-never-goes-below", vec![]));
        }
        out.extend(kr("prose-budget", "b", self.budget));
        out.extend(crate::domain::advances::prose(self));
        out
    }
}

impl Uncertainty {
    /// The interval rule's sentence for an indicator of direction `dir` (none for the point
    /// estimate).
    pub fn prose(self, dir: Direction) -> Option<Msg> {
        let id = match self {
            Uncertainty::Estimate => return None,
            Uncertainty::Cautious => "prose-uncertainty-cautious",
            Uncertainty::BenefitOfDoubt => "prose-uncertainty-benefit-of-doubt",
        };
        let which = match self.uses_lower(dir) {
            true => "prose-interval-end-true",
            false => "prose-interval-end-false",
        };
        Some(Msg::new(id, vec![("which", Arg::Text(Some(which)))]))
    }
}

impl Indicator {
    /// Everything about the indicator, one sentence each: its weight (in its area, if any),
    /// its scoring, its minimum of respondents (with what `policy` does below it), its
    /// interval rule, its standard and its contract minimum.
    pub fn prose(&self, policy: &MissingDataPolicy, area: Option<&Area>) -> Vec<Msg> {
        let mut weight = vec![
            ("name", Arg::Plain(self.name.clone())),
            ("ind", Arg::Trimmed(self.weight)),
        ];
        let id = match area {
            None => "prose-weight-none",
            Some(a) => {
                weight.push(("name_2", Arg::Plain(a.name.clone())));
                "prose-weight-some-a"
            }
        };
        let mut out = vec![
            Msg::new(id, weight),
            self.scoring.mode().prose(self.unit, self.direction),
        ];
        out.extend(self.min_respondents.filter(|m| *m > 0).map(|min| {
            Msg::new(
                "prose-min-respondents",
                vec![
                    ("min", Arg::Count(min.into())),
                    ("policy", Arg::msg(policy.consequence())),
                ],
            )
        }));
        out.extend(self.uncertainty.prose(self.direction));
        out.extend(crate::domain::standards::prose(self));
        out.extend(crate::domain::contract_minimum::prose(self));
        out
    }
}
