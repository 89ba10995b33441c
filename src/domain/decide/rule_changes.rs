//! What differs between two rule sets, field by field with the old and the new value: the
//! rule changes a comparison report states beside what they do to each provider. Computed
//! once here; each change and place says its message ([`Message`]), which `words` words.

use rust_decimal::Decimal;

use crate::domain::feature::{Arg, Message, Msg, Named};
use crate::domain::results::ServiceType;
use crate::domain::rules::{
    Area, Deduction, Indicator, MissingDataPolicy, RuleSet, Scheme, Uncertainty, Unit, VolumeUnit,
};

/// Where a change is: the rule set, a scheme, or an indicator of a scheme.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    RuleSet,
    Scheme(ServiceType),
    /// The indicator's name (in the new rules when it is in both).
    Indicator(ServiceType, String),
}

/// One changed field: its old value (A) and its new one (B).
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Name {
        old: String,
        new: String,
    },
    Municipality {
        old: String,
        new: String,
    },
    Period {
        old: String,
        new: String,
    },
    /// A scheme only in B (the whole scheme, as it is).
    SchemeAdded(Box<Scheme>),
    SchemeRemoved,
    /// A field of the payout base (the same base in both): its label, the message id of
    /// its change (see [`crate::domain::feature::Field::change`]), its old and new value.
    PayoutField {
        label: Msg,
        change: Option<&'static str>,
        old: Arg,
        new: Arg,
        unit: VolumeUnit,
    },
    /// Another payout base (the whole payout, as it is in each).
    Payout {
        old: Box<Scheme>,
        new: Box<Scheme>,
    },
    MinScore {
        old: Option<Decimal>,
        new: Option<Decimal>,
    },
    AllIndicatorsMet {
        old: bool,
        new: bool,
    },
    Cap {
        old: Option<Decimal>,
        new: Option<Decimal>,
    },
    Budget {
        old: Option<Decimal>,
        new: Option<Decimal>,
    },
    MissingData {
        old: MissingDataPolicy,
        new: MissingDataPolicy,
    },
    Areas {
        old: Vec<Area>,
        new: Vec<Area>,
    },
    Deductions {
        old: Vec<Deduction>,
        new: Vec<Deduction>,
    },
    FloorAtZero {
        old: bool,
        new: bool,
    },
    /// An indicator only in B (as it is).
    IndicatorAdded(Box<Indicator>),
    IndicatorRemoved,
    Weight {
        old: Decimal,
        new: Decimal,
    },
    /// How it is scored (mode, levels, unit or direction).
    Scoring {
        old: Box<Indicator>,
        new: Box<Indicator>,
    },
    MinRespondents {
        old: Option<u32>,
        new: Option<u32>,
    },
    Uncertainty {
        old: Uncertainty,
        new: Uncertainty,
        indicator: Box<Indicator>,
    },
    /// A change of a rule a feature's module words itself (k of n, a gate, the peer cohort,
    /// a contract minimum, a standard from a baseline period, the advance rule).
    Module(Msg),
}

impl Message for Place {
    /// `Regeluppsättning`, `Hemtjänst`, `Hemtjänst › Bemötande`.
    fn msg(&self) -> Msg {
        match self {
            Place::RuleSet => Msg::new("rule-set", vec![]),
            Place::Scheme(st) => Msg::new(st.name(), vec![]),
            Place::Indicator(st, name) => Msg::new(
                "rule-change-place-indicator",
                vec![
                    ("scheme", Arg::Text(Some(st.name()))),
                    ("name", Arg::Plain(name.clone())),
                ],
            ),
        }
    }
}

/// A change's message with its old and new value.
fn old_new(id: &'static str, old: Arg, new: Arg) -> Msg {
    Msg::new(id, vec![("old", old), ("new", new)])
}

/// A value, or a dash where there is none (the same in every language).
fn or_dash(v: Option<Arg>) -> Arg {
    v.unwrap_or_else(|| Arg::Plain("–".into()))
}

fn yes_no(b: bool) -> Arg {
    Arg::Text(Some(if b {
        "rule-change-yes"
    } else {
        "rule-change-no"
    }))
}

/// How a scheme pays, said for its volume unit.
fn payout(s: &Scheme) -> Arg {
    Arg::ForUnit(Box::new(s.payout.base().prose()), s.volume_unit)
}

/// Areas with their weights (`Bemötande 40 %, Hälsa 60 %`), or a dash for none.
fn areas(areas: &[Area]) -> Arg {
    if areas.is_empty() {
        return or_dash(None);
    }
    let items = areas
        .iter()
        .map(|a| {
            let name = ("name", Arg::Plain(a.name.clone()));
            Msg::new("prose-area", vec![name, ("weight", Arg::Trimmed(a.weight))])
        })
        .collect();
    Arg::List {
        items,
        sep: ", ",
        capital: false,
    }
}

/// How an indicator is scored, as the rules in prose say it.
fn scoring(i: &Indicator) -> Arg {
    Arg::msg(i.scoring.mode().prose(i.unit, i.direction))
}

impl Message for Change {
    /// The change, old → new: `sats 9,00 → 8,50 kr`, `lägsta poäng 35 % → 40 %`.
    fn msg(&self) -> Msg {
        let percent = |d: &Option<Decimal>| or_dash(d.map(|d| Arg::Level(d, Unit::Percent)));
        let kr = |d: &Option<Decimal>| or_dash(d.map(Arg::Kr));
        let plain = |s: &String| Arg::Plain(s.clone());
        match self {
            Change::Name { old, new } => old_new("rule-change-name", plain(old), plain(new)),
            Change::Municipality { old, new } => {
                old_new("rule-change-municipality", plain(old), plain(new))
            }
            Change::Period { old, new } => old_new("rule-change-period", plain(old), plain(new)),
            Change::SchemeAdded(s) => {
                Msg::new("rule-change-scheme-added", vec![("new", payout(s))])
            }
            Change::SchemeRemoved => Msg::new("rule-change-scheme-removed", vec![]),
            Change::PayoutField {
                label,
                change,
                old,
                new,
                unit,
            } => match change {
                Some(id) => old_new(id, old.clone(), new.clone()),
                None => Msg::new(
                    "rule-change-field",
                    vec![
                        ("label", Arg::ForUnit(Box::new(label.clone()), *unit)),
                        ("old", old.clone()),
                        ("new", new.clone()),
                    ],
                ),
            },
            Change::Payout { old, new } => old_new("rule-change-payout", payout(old), payout(new)),
            Change::MinScore { old, new } => {
                old_new("rule-change-min-score", percent(old), percent(new))
            }
            Change::AllIndicatorsMet { old, new } => {
                old_new("rule-change-all-met", yes_no(*old), yes_no(*new))
            }
            Change::Cap { old, new } => old_new("rule-change-cap", kr(old), kr(new)),
            Change::Budget { old, new } => old_new("rule-change-budget", kr(old), kr(new)),
            Change::MissingData { old, new } => old_new(
                "rule-change-missing-data",
                Arg::msg(old.name()),
                Arg::msg(new.name()),
            ),
            Change::Areas { old, new } => old_new("rule-change-areas", areas(old), areas(new)),
            Change::Deductions { old, new } => {
                let count = |d: &Vec<Deduction>| Arg::Count(d.len() as u64);
                old_new("rule-change-deductions", count(old), count(new))
            }
            Change::FloorAtZero { old, new } => {
                old_new("rule-change-floor", yes_no(*old), yes_no(*new))
            }
            Change::IndicatorAdded(i) => Msg::new(
                "rule-change-indicator-added",
                vec![("weight", Arg::Trimmed(i.weight)), ("scoring", scoring(i))],
            ),
            Change::IndicatorRemoved => Msg::new("rule-change-indicator-removed", vec![]),
            Change::Weight { old, new } => {
                old_new("rule-change-weight", Arg::Trimmed(*old), Arg::Trimmed(*new))
            }
            Change::Scoring { old, new } => {
                old_new("rule-change-scoring", scoring(old), scoring(new))
            }
            Change::MinRespondents { old, new } => {
                let count = |m: &Option<u32>| or_dash(m.map(|m| Arg::Count(m.into())));
                old_new("rule-change-min-respondents", count(old), count(new))
            }
            Change::Uncertainty {
                old,
                new,
                indicator,
            } => {
                let name = |u: &Uncertainty| Arg::Text(Some((*u, indicator.direction).name()));
                old_new("rule-change-uncertainty", name(old), name(new))
            }
            Change::Module(m) => m.clone(),
        }
    }
}

/// A change and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleChange {
    pub place: Place,
    pub change: Change,
}

/// What changes from rule set `a` to `b`, in the order of `b` (the rule set's fields, then each
/// scheme's, then each indicator's); schemes are matched by service type, indicators by id.
/// Texts that only name things (an indicator's name or source) are not changes of the rules.
pub fn rule_changes(a: &RuleSet, b: &RuleSet) -> Vec<RuleChange> {
    let mut out = Vec::new();
    let mut push = |place: &Place, change| {
        out.push(RuleChange {
            place: place.clone(),
            change,
        })
    };
    let top = Place::RuleSet;
    if a.municipality != b.municipality {
        push(
            &top,
            Change::Municipality {
                old: a.municipality.clone(),
                new: b.municipality.clone(),
            },
        );
    }
    if a.name != b.name {
        let (old, new) = (a.name.clone(), b.name.clone());
        push(&top, Change::Name { old, new });
    }
    if a.period != b.period {
        let (old, new) = (a.period.clone(), b.period.clone());
        push(&top, Change::Period { old, new });
    }
    for sb in &b.schemes {
        let place = Place::Scheme(sb.service_type);
        match a.scheme(sb.service_type) {
            None => push(&place, Change::SchemeAdded(Box::new(sb.clone()))),
            Some(sa) => {
                scheme_changes(sa, sb, &mut |c| push(&place, c));
                indicator_changes(sa, sb, &mut |name, c| {
                    push(&Place::Indicator(sb.service_type, name.to_string()), c)
                });
            }
        }
    }
    for sa in &a.schemes {
        if b.scheme(sa.service_type).is_none() {
            push(&Place::Scheme(sa.service_type), Change::SchemeRemoved);
        }
    }
    out
}

/// A scheme's own fields.
fn scheme_changes(a: &Scheme, b: &Scheme, push: &mut dyn FnMut(Change)) {
    if a.payout.kind() == b.payout.kind() {
        let (mut pa, mut pb) = (a.payout.clone(), b.payout.clone());
        for (fa, fb) in pa.base_mut().fields().iter().zip(pb.base_mut().fields()) {
            let (old, new) = (fa.value.arg(), fb.value.arg());
            if old != new {
                push(Change::PayoutField {
                    label: fb.label.clone(),
                    change: fb.change,
                    old,
                    new,
                    unit: b.volume_unit,
                });
            }
        }
    } else {
        push(Change::Payout {
            old: Box::new(a.clone()),
            new: Box::new(b.clone()),
        });
    }
    let (qa, qb) = (&a.qualification, &b.qualification);
    if qa.min_score_percent != qb.min_score_percent {
        push(Change::MinScore {
            old: qa.min_score_percent,
            new: qb.min_score_percent,
        });
    }
    if qa.all_indicators_met != qb.all_indicators_met {
        push(Change::AllIndicatorsMet {
            old: qa.all_indicators_met,
            new: qb.all_indicators_met,
        });
    }
    if a.cap != b.cap {
        push(Change::Cap {
            old: a.cap,
            new: b.cap,
        });
    }
    if a.budget != b.budget {
        push(Change::Budget {
            old: a.budget,
            new: b.budget,
        });
    }
    if a.missing_data != b.missing_data {
        push(Change::MissingData {
            old: a.missing_data.clone(),
            new: b.missing_data.clone(),
        });
    }
    if a.areas != b.areas {
        push(Change::Areas {
            old: a.areas.clone(),
            new: b.areas.clone(),
        });
    }
    if a.deductions != b.deductions {
        push(Change::Deductions {
            old: a.deductions.clone(),
            new: b.deductions.clone(),
        });
    }
    if a.floor_at_zero != b.floor_at_zero {
        push(Change::FloorAtZero {
            old: a.floor_at_zero,
            new: b.floor_at_zero,
        });
    }
    let modules = crate::domain::engine::sufficiency::change(
        a.min_usable_indicators,
        b.min_usable_indicators,
    )
    .into_iter()
    .chain(crate::domain::cohort::change(a.cohort, b.cohort))
    .chain(crate::domain::gate::changes(&a.gates, &b.gates))
    .chain(crate::domain::advances::change(a, b));
    for m in modules {
        push(Change::Module(m));
    }
}

/// The indicators of a scheme in both, matched by id: added, removed, and each one's fields.
fn indicator_changes(a: &Scheme, b: &Scheme, push: &mut dyn FnMut(&str, Change)) {
    for ib in &b.indicators {
        let Some(ia) = a.indicators.iter().find(|i| i.id == ib.id) else {
            push(&ib.name, Change::IndicatorAdded(Box::new(ib.clone())));
            continue;
        };
        if ia.weight != ib.weight {
            push(
                &ib.name,
                Change::Weight {
                    old: ia.weight,
                    new: ib.weight,
                },
            );
        }
        if ia.scoring != ib.scoring || ia.unit != ib.unit || ia.direction != ib.direction {
            push(
                &ib.name,
                Change::Scoring {
                    old: Box::new(ia.clone()),
                    new: Box::new(ib.clone()),
                },
            );
        }
        if ia.min_respondents != ib.min_respondents {
            push(
                &ib.name,
                Change::MinRespondents {
                    old: ia.min_respondents,
                    new: ib.min_respondents,
                },
            );
        }
        if ia.uncertainty != ib.uncertainty {
            push(
                &ib.name,
                Change::Uncertainty {
                    old: ia.uncertainty,
                    new: ib.uncertainty,
                    indicator: Box::new(ib.clone()),
                },
            );
        }
        let modules = crate::domain::contract_minimum::change(ia, ib)
            .into_iter()
            .chain(crate::domain::standards::change(ia, ib));
        for m in modules {
            push(&ib.name, Change::Module(m));
        }
    }
    for ia in &a.indicators {
        if !b.indicators.iter().any(|i| i.id == ia.id) {
            push(&ia.name, Change::IndicatorRemoved);
        }
    }
}
