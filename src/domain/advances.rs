//! Advances and settlement (issue 35, item 6): a scheme may pay each provider, during the
//! year, a number of rounds (instalments) totalling a percentage of its previous period's
//! payout (results column `föregående_utbetalning`), and settle at year end against what was
//! paid (results column `utbetalt_hittills`, the record). The total is rounded to öre once,
//! half away from zero, and split between the rounds by largest remainder
//! ([`super::allocate`]) so that they sum exactly; the first rounds take the öre left over.
//! This module words its sentences as message ids with values ([`Msg`]).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::decimal::serde_decimal;
use super::exact::Q;
use super::feature::{Arg, Field, Msg, Value};
use super::results::{Provider, ResultSet, ServiceType};
use super::rules::{RuleSet, Scheme};
use super::validation::{ProblemMsg, percent_ok};

/// The most rounds a year may be split into (monthly).
pub const MAX_ROUNDS: u32 = 12;

/// A scheme's advance rule: `advances: (percent_of_previous: 80, rounds: 4)`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advances {
    /// The advances' total as a percentage (0–100) of the provider's payout for the previous
    /// period (results column `föregående_utbetalning`).
    #[serde(with = "serde_decimal")]
    pub percent_of_previous: Decimal,
    /// In how many rounds (instalments) the total is paid, 1–12.
    pub rounds: u32,
}

impl Advances {
    /// The rule the editor starts from when advances are turned on: 80 % of the previous
    /// payout in 4 rounds (quarterly).
    pub fn starting() -> Advances {
        Advances {
            percent_of_previous: Decimal::from(80),
            rounds: 4,
        }
    }

    /// The rule's editable fields: the percentage of the previous payout and the rounds.
    pub fn fields(&mut self) -> Vec<Field<'_>> {
        vec![
            Field {
                label: Msg::new("advances-percent-field", vec![]),
                hover: Some("advances-percent-field-tooltip"),
                key: "adv_pct",
                change: None,
                value: Value::Percent(&mut self.percent_of_previous),
            },
            Field {
                label: Msg::new("advances-rounds-field", vec![]),
                hover: None,
                key: "adv_rounds",
                change: None,
                value: Value::Count(&mut self.rounds),
            },
        ]
    }
}

/// The problems of an advance rule: a percentage outside 0–100, rounds outside 1–12.
pub fn check(a: &Advances) -> Vec<ProblemMsg> {
    let mut out = Vec::new();
    if !percent_ok(a.percent_of_previous) {
        out.push(ProblemMsg::Module(Msg::new(
            "advances-percent-out-of-range",
            vec![("value", Arg::Trimmed(a.percent_of_previous))],
        )));
    }
    if a.rounds == 0 || a.rounds > MAX_ROUNDS {
        out.push(ProblemMsg::Module(Msg::new(
            "advances-rounds-out-of-range",
            vec![
                ("rounds", Arg::Num(a.rounds.into())),
                ("max", Arg::Num(MAX_ROUNDS.into())),
            ],
        )));
    }
    out
}

/// Why a provider gets no advance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoAdvance {
    /// The results give no previous payout.
    NoPreviousPayout,
    /// The previous payout is zero or negative (nothing to advance a share of).
    NothingPaidBefore(Decimal),
}

/// A provider's planned advances.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Planned {
    /// The total (rounded to öre once) and each round's amount (summing exactly to it).
    Rounds {
        total: Decimal,
        rounds: Vec<Decimal>,
    },
    None(NoAdvance),
}

impl Planned {
    /// What the plan pays in all (zero without an advance).
    pub fn total(&self) -> Decimal {
        match self {
            Planned::Rounds { total, .. } => *total,
            Planned::None(_) => Decimal::ZERO,
        }
    }

    /// How many of the first rounds took an öre more than the others.
    pub fn extra_ore_rounds(&self) -> usize {
        match self {
            Planned::Rounds { rounds, .. } => rounds
                .iter()
                .filter(|r| **r > rounds[rounds.len() - 1])
                .count(),
            Planned::None(_) => 0,
        }
    }
}

/// The advances of a provider whose previous payout was `previous` under `rule`: the total
/// `previous × percent / 100` rounded to öre once, split equally between the rounds by
/// largest remainder (ties to the earlier round).
pub fn plan(rule: &Advances, previous: Option<Decimal>) -> Planned {
    let Some(prev) = previous else {
        return Planned::None(NoAdvance::NoPreviousPayout);
    };
    if prev <= Decimal::ZERO {
        return Planned::None(NoAdvance::NothingPaidBefore(prev));
    }
    let total = (&Q::from(prev) * &super::plan::percent(rule.percent_of_previous)).round_ore();
    let weights = vec![Decimal::ONE; rule.rounds.max(1) as usize];
    let rounds = super::allocate::allocate(total, &weights);
    Planned::Rounds { total, rounds }
}

/// One provider's line of an advance plan.
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderPlan {
    pub id: String,
    pub name: String,
    pub service_type: ServiceType,
    pub percent: Decimal,
    pub previous: Option<Decimal>,
    pub planned: Planned,
}

impl ProviderPlan {
    /// The line's note: how the total was found and which rounds took an extra öre, or why
    /// there is no advance.
    pub fn note(&self) -> Msg {
        match (&self.planned, self.previous) {
            (Planned::Rounds { total, rounds }, Some(prev)) => {
                let extra = self.planned.extra_ore_rounds();
                let mut items = vec![Msg::new(
                    "advances-note-total",
                    vec![
                        ("percent", Arg::Trimmed(self.percent)),
                        ("previous", Arg::Kr(prev)),
                        ("total", Arg::Kr(*total)),
                        ("rounds", Arg::Count(rounds.len() as u64)),
                    ],
                )];
                if extra > 0 {
                    let which = match extra {
                        1 => "1".to_string(),
                        n => format!("1–{n}"),
                    };
                    items.push(Msg::new(
                        "advances-note-extra-ore",
                        vec![
                            ("which", Arg::Plain(which)),
                            ("extra", Arg::Count(extra as u64)),
                        ],
                    ));
                }
                Msg::new(
                    "advances-note",
                    vec![(
                        "text",
                        Arg::List {
                            items,
                            sep: ", ",
                            capital: false,
                        },
                    )],
                )
            }
            (Planned::None(NoAdvance::NothingPaidBefore(prev)), _) => Msg::new(
                "advances-none-nothing-before",
                vec![("previous", Arg::Kr(*prev))],
            ),
            _ => Msg::new("advances-none-no-previous", vec![]),
        }
    }
}

/// The advance plan of a rule set for the providers of `results`: one line per provider of a
/// scheme with an advance rule, in the results' order (by id).
pub fn plan_all(rules: &RuleSet, results: &ResultSet) -> Vec<ProviderPlan> {
    results
        .providers
        .iter()
        .filter_map(|p| {
            let rule = rules.scheme(p.service_type)?.advances.as_ref()?;
            Some(ProviderPlan {
                id: p.id.clone(),
                name: p.name.clone(),
                service_type: p.service_type,
                percent: rule.percent_of_previous,
                previous: p.previous_payout,
                planned: plan(rule, p.previous_payout),
            })
        })
        .collect()
}

/// What was paid so far differs from what the advance rule plans for a provider (the record
/// is what was paid; the settlement is made against it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaidDiffers {
    pub provider_id: String,
    pub paid: Decimal,
    pub planned: Decimal,
}

impl PaidDiffers {
    /// The warning as a sentence.
    pub fn msg(&self) -> Msg {
        Msg::new(
            "warning-advance-paid-differs",
            vec![
                ("provider_id", Arg::Plain(self.provider_id.clone())),
                ("paid", Arg::Kr(self.paid)),
                ("planned", Arg::Kr(self.planned)),
            ],
        )
    }
}

/// The providers (id, results) of a scheme with advance rule `rule` whose paid-so-far amount
/// differs from the plan, in the order given.
pub fn paid_differs<'p>(
    rule: Option<&Advances>,
    providers: impl Iterator<Item = &'p Provider>,
) -> Vec<PaidDiffers> {
    let Some(rule) = rule else {
        return Vec::new();
    };
    providers
        .filter_map(|p| {
            let paid = p.paid_so_far?;
            let planned = plan(rule, p.previous_payout).total();
            (paid != planned).then(|| PaidDiffers {
                provider_id: p.id.clone(),
                paid,
                planned,
            })
        })
        .collect()
}

/// The sentence of the rules in prose on the scheme's advances, if it has a rule.
pub fn prose(s: &Scheme) -> Option<Msg> {
    let a = s.advances.as_ref()?;
    Some(Msg::new(
        "prose-advances",
        vec![
            ("percent", Arg::Trimmed(a.percent_of_previous)),
            ("rounds", Arg::Count(a.rounds.into())),
        ],
    ))
}

/// The rule's short form for a comparison ("80 % i 4 omgångar", or "inga förskott").
fn short(a: Option<&Advances>) -> Msg {
    match a {
        Some(a) => Msg::new(
            "advances-short",
            vec![
                ("percent", Arg::Trimmed(a.percent_of_previous)),
                ("rounds", Arg::Count(a.rounds.into())),
            ],
        ),
        None => Msg::new("advances-short-none", vec![]),
    }
}

/// The change of the advance rule from scheme `a` to `b`, if it changed.
pub fn change(a: &Scheme, b: &Scheme) -> Option<Msg> {
    (a.advances != b.advances).then(|| {
        Msg::new(
            "rule-change-advances",
            vec![
                ("old", one(short(a.advances.as_ref()))),
                ("new", one(short(b.advances.as_ref()))),
            ],
        )
    })
}

/// A message as a value of another.
fn one(m: Msg) -> Arg {
    Arg::List {
        items: vec![m],
        sep: "",
        capital: false,
    }
}

/// The settlement of a provider's final amount against what was paid so far, as a sentence
/// (`None` when the results gave no paid-so-far amount).
pub fn settlement(payout: Decimal, paid_so_far: Option<Decimal>) -> Option<Msg> {
    let paid = paid_so_far?;
    let settle = payout - paid;
    // The sign is the message's (a real minus sign), the amount its size.
    let id = match settle.cmp(&Decimal::ZERO) {
        std::cmp::Ordering::Less => "settlement-reclaim",
        std::cmp::Ordering::Equal => "settlement-even",
        std::cmp::Ordering::Greater => "settlement-to-pay",
    };
    Some(Msg::new(
        id,
        vec![
            ("final_amount", Arg::Kr(payout)),
            ("paid", Arg::Kr(paid)),
            ("settlement", Arg::Kr(settle.abs())),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn rule(percent: &str, rounds: u32) -> Advances {
        Advances {
            percent_of_previous: d(percent),
            rounds,
        }
    }

    /// The worked example: 80 % of 100 000,00 in 3 rounds; the first round takes the öre.
    #[test]
    fn rounds_sum_exactly_and_the_first_take_the_extra_ore() {
        let p = plan(&rule("80", 3), Some(d("100000.00")));
        assert_eq!(
            p,
            Planned::Rounds {
                total: d("80000.00"),
                rounds: vec![d("26666.67"), d("26666.67"), d("26666.66")],
            }
        );
        assert_eq!(p.extra_ore_rounds(), 2);
        // Rounded once: 33,3 % of 0,05 = 0,01665 → 0,02, split 0,01 + 0,01 + 0,00.
        let p = plan(&rule("33.3", 3), Some(d("0.05")));
        assert_eq!(
            p,
            Planned::Rounds {
                total: d("0.02"),
                rounds: vec![d("0.01"), d("0.01"), d("0.00")],
            }
        );
        assert_eq!(plan(&rule("80", 4), Some(d("1000"))).extra_ore_rounds(), 0);
    }

    #[test]
    fn no_previous_payout_no_advance() {
        assert_eq!(
            plan(&rule("80", 3), None),
            Planned::None(NoAdvance::NoPreviousPayout)
        );
        assert_eq!(
            plan(&rule("80", 3), Some(d("-5"))),
            Planned::None(NoAdvance::NothingPaidBefore(d("-5")))
        );
        assert_eq!(plan(&rule("80", 3), None).total(), Decimal::ZERO);
    }

    #[test]
    fn percent_and_rounds_are_checked() {
        assert!(check(&rule("80", 4)).is_empty());
        assert!(check(&rule("0", 1)).is_empty());
        assert!(check(&rule("100", 12)).is_empty());
        assert_eq!(check(&rule("100.5", 4)).len(), 1);
        assert_eq!(check(&rule("-1", 4)).len(), 1);
        assert_eq!(check(&rule("80", 0)).len(), 1);
        assert_eq!(check(&rule("80", 13)).len(), 1);
    }
}
