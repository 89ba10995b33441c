//! Compliance gates and caps: findings of supervision (an IVO decision, a sanction, a vite)
//! listed per provider in the results (columns `tillsyn` and `tillsyn_datum`), and the
//! scheme's rules that map a finding's kind to "bars payment" or "caps the score at X %".
//! Only findings dated within the rule set's period count; a kind the scheme names no rule
//! for changes nothing (the calculation warns).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::decimal::serde_decimal;
use super::exact::Q;
use super::period::Period;

/// A scheme's rule for one kind of finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gate {
    /// The finding's kind as the results write it, e.g. `"ivo_beslut"`.
    pub kind: String,
    pub effect: GateEffect,
}

impl Gate {
    /// The rule's sentence in the rules in prose.
    pub fn prose(&self) -> super::feature::Msg {
        use super::feature::{Arg, Msg};
        let kind = ("kind", Arg::Plain(self.kind.clone()));
        match self.effect {
            GateEffect::BarsPayment => Msg::new("prose-gate-bars", vec![kind]),
            GateEffect::CapScore(p) => {
                Msg::new("prose-gate-caps", vec![kind, ("percent", Arg::Trimmed(p))])
            }
        }
    }
}

/// What a finding of a kind does to the provider's payment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum GateEffect {
    /// No kvalitetspeng at all for the period.
    BarsPayment,
    /// The score is at most this percentage (0–100).
    CapScore(#[serde(with = "serde_decimal")] Decimal),
}

/// A calendar date (a finding's date), checked when read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Whether the date lies in the period.
    pub fn in_period(&self, p: &Period) -> bool {
        self.year == p.year && p.first_month <= self.month && self.month <= p.last_month
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A finding of supervision about a provider.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Finding {
    pub kind: String,
    pub date: Date,
}

/// A gate, compiled: the cap as an exact fraction.
#[derive(Debug, Clone, PartialEq)]
pub struct GatePlan {
    pub kind: String,
    /// `None`: bars payment; else the cap as written (percent) and exactly (0–1).
    pub cap: Option<(Decimal, Q)>,
}

impl GatePlan {
    pub fn of(g: &Gate) -> GatePlan {
        GatePlan {
            kind: g.kind.clone(),
            cap: match g.effect {
                GateEffect::BarsPayment => None,
                GateEffect::CapScore(p) => Some((p, super::plan::percent(p))),
            },
        }
    }
}

/// What a provider's findings in the period do: the first barring finding, else the lowest
/// cap and the finding that set it.
#[derive(Debug, Clone, PartialEq)]
pub enum GateOutcome {
    Barred(Finding),
    Capped {
        finding: Finding,
        percent: Decimal,
        cap: Q,
    },
}

/// The outcome of a provider's findings under the scheme's gates (only those dated within
/// `period` count), if any applies.
pub fn outcome(gates: &[GatePlan], findings: &[Finding], period: &Period) -> Option<GateOutcome> {
    let counted = findings.iter().filter(|f| f.date.in_period(period));
    let mut best: Option<GateOutcome> = None;
    for f in counted {
        for g in gates.iter().filter(|g| g.kind == f.kind) {
            match &g.cap {
                None => return Some(GateOutcome::Barred(f.clone())),
                Some((percent, cap)) => {
                    let lower = match &best {
                        Some(GateOutcome::Capped { cap: c, .. }) => cap < c,
                        _ => true,
                    };
                    if lower {
                        best = Some(GateOutcome::Capped {
                            finding: f.clone(),
                            percent: *percent,
                            cap: cap.clone(),
                        });
                    }
                }
            }
        }
    }
    best
}

/// The changes of a scheme's gates between two rule sets, per kind (in the order of `new`,
/// then the kinds only in `old`), worded: a cap that moves ("tak vid tillsyn ”ivo” 50 → 60
/// %"), else what a kind's finding does before and after ("–", "spärrar", "tak 50 %").
pub fn changes(old: &[Gate], new: &[Gate]) -> Vec<super::feature::Msg> {
    use super::feature::{Arg, Msg};
    let effect = |g: Option<&Gate>| match g.map(|g| &g.effect) {
        None => Arg::Plain("–".into()),
        Some(GateEffect::BarsPayment) => Arg::Text(Some("gate-effect-bars")),
        Some(GateEffect::CapScore(p)) => Arg::List {
            items: vec![Msg::new(
                "gate-effect-cap",
                vec![("percent", Arg::Trimmed(*p))],
            )],
            sep: "",
            capital: false,
        },
    };
    let find = |gates: &[Gate], kind: &str| gates.iter().find(|g| g.kind == kind).cloned();
    let kinds = new
        .iter()
        .chain(old.iter().filter(|g| find(new, &g.kind).is_none()))
        .map(|g| g.kind.clone());
    let mut out = Vec::new();
    for kind in kinds {
        let (a, b) = (find(old, &kind), find(new, &kind));
        if a == b {
            continue;
        }
        let msg = match (a.as_ref().map(|g| &g.effect), b.as_ref().map(|g| &g.effect)) {
            (Some(GateEffect::CapScore(x)), Some(GateEffect::CapScore(y))) => Msg::new(
                "rule-change-gate-cap",
                vec![
                    ("kind", Arg::Plain(kind.clone())),
                    ("old", Arg::Trimmed(*x)),
                    ("new", Arg::Trimmed(*y)),
                ],
            ),
            _ => Msg::new(
                "rule-change-gate",
                vec![
                    ("kind", Arg::Plain(kind.clone())),
                    ("old", effect(a.as_ref())),
                    ("new", effect(b.as_ref())),
                ],
            ),
        };
        out.push(msg);
    }
    out
}

/// The problems of a scheme's gates: a kind missing, bad or twice, a cap outside 0–100 %; each
/// with its gate's index and the gate's field it is about.
pub fn check(gates: &[Gate]) -> Vec<(usize, &'static str, super::validation::ProblemMsg)> {
    use super::validation::ProblemMsg;
    let mut out = Vec::new();
    for (k, g) in gates.iter().enumerate() {
        if g.kind.trim().is_empty() {
            out.push((k, "kind", ProblemMsg::GateEmptyKind));
        } else if let Err(p) = super::textcheck::check(&g.kind, super::textcheck::FieldKind::Id) {
            out.push((k, "kind", ProblemMsg::BadText(p)));
        } else if gates[..k].iter().any(|o| o.kind == g.kind) {
            let kind = g.kind.clone();
            out.push((k, "kind", ProblemMsg::GateDuplicateKind { kind }));
        }
        if let GateEffect::CapScore(p) = g.effect
            && !super::validation::percent_ok(p)
        {
            let kind = g.kind.clone();
            out.push((
                k,
                "effect",
                ProblemMsg::GateCapOutOfRange { kind, value: p },
            ));
        }
    }
    out
}
