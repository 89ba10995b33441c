//! Levels each giving a credit; the best level reached counts.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Input, Mode, Param, Scored, Scorer, ScorerPlan, Starting, Trace, at_least_as_good};
use crate::domain::bounds;
use crate::domain::exact::Q;
use crate::domain::feature::{Arg, Field, Msg, Value};
use crate::domain::period::Period;
use crate::domain::rules::Step;
use crate::domain::rules::{Direction, Indicator, Unit};
use crate::domain::validation::{Counted, ProblemMsg, percent_ok};

/// `Steps(steps: [(level: 80, credit_percent: 50), …])`: levels each giving a credit; the
/// best level reached counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Steps {
    pub steps: Vec<Step>,
}

impl Starting for Steps {
    type Plan = StepsPlan;
    fn starting(level: Decimal, _: &str) -> Self {
        Steps {
            steps: vec![
                Step {
                    level: level - Decimal::TEN,
                    credit_percent: Decimal::from(50),
                },
                Step {
                    level,
                    credit_percent: Decimal::ONE_HUNDRED,
                },
            ],
        }
    }
}

impl Mode for Steps {
    fn label(&self) -> &'static str {
        "steps"
    }

    fn check(&self, ind: &Indicator, _: Option<Period>, add: &mut dyn FnMut(ProblemMsg)) {
        check(&self.steps, ind, add);
    }

    fn compile(&self, _: Direction) -> Result<ScorerPlan, ProblemMsg> {
        Ok(ScorerPlan::Steps(StepsPlan::new(&self.steps)))
    }

    fn fields(&mut self, dir: Direction) -> Vec<Field<'_>> {
        vec![Field {
            label: Msg::new("steps", vec![]),
            hover: None,
            key: "steps",
            change: None,
            value: Value::Steps(&mut self.steps, dir),
        }]
    }

    /// The steps from the easiest, e.g. "Minst 80 % ger 50 %, minst 90 % ger 100 % av
    /// poängen; …".
    fn prose(&self, unit: Unit, dir: Direction) -> Msg {
        let mut sorted = self.steps.clone();
        sorted.sort_by_key(|s| s.level);
        if dir == Direction::LowerIsBetter {
            sorted.reverse();
        }
        let items = sorted
            .iter()
            .map(|s| {
                Msg::new(
                    "prose-step",
                    vec![
                        ("dir", dir.at_least()),
                        ("s", Arg::Level(s.level, unit)),
                        ("s_2", Arg::Trimmed(s.credit_percent)),
                    ],
                )
            })
            .collect();
        let list = Arg::List {
            items,
            sep: ", ",
            capital: true,
        };
        Msg::new("prose-steps", vec![("s", list)])
    }

    fn short(&self) -> Msg {
        let items = self
            .steps
            .iter()
            .map(|st| {
                Msg::new(
                    "scoring-short-step",
                    vec![
                        ("level", Arg::Num(st.level)),
                        ("credit", Arg::Num(st.credit_percent)),
                    ],
                )
            })
            .collect();
        let list = Arg::List {
            items,
            sep: ", ",
            capital: false,
        };
        Msg::new("scoring-short-steps", vec![("steps", list)])
    }

    fn marks(&self) -> Vec<(Msg, Decimal)> {
        self.steps
            .iter()
            .map(|s| {
                let credit = vec![("credit", Arg::Fixed(s.credit_percent, 0))];
                (Msg::new("mark-step-credit", credit), s.level)
            })
            .collect()
    }

    fn headline(&self) -> Option<Decimal> {
        self.steps.iter().map(|s| s.level).max()
    }

    fn params(&self) -> Vec<Param> {
        (0..self.steps.len()).map(Param::StepLevel).collect()
    }

    fn param(&mut self, p: Param) -> Option<&mut Decimal> {
        match p {
            Param::StepLevel(k) => self.steps.get_mut(k).map(|s| &mut s.level),
            Param::StepCredit(k) => self.steps.get_mut(k).map(|s| &mut s.credit_percent),
            _ => None,
        }
    }

    fn searchable(&self, p: Param) -> bool {
        matches!(p, Param::StepLevel(_))
    }
}

/// A compiled steps scoring: each step with its level and credit as exact fractions.
#[derive(Debug, Clone, PartialEq)]
pub struct StepsPlan {
    pub steps: Vec<(Step, Q, Q)>,
}

impl StepsPlan {
    pub fn new(steps: &[Step]) -> Self {
        StepsPlan {
            steps: steps
                .iter()
                .map(|s| {
                    let credit = (&Q::from(s.credit_percent) * &Q::ratio(1, 100)).clamp01();
                    (s.clone(), Q::from(s.level), credit)
                })
                .collect(),
        }
    }
}

/// The best step reached, and the least demanding step not reached.
#[derive(Debug, Clone, PartialEq)]
pub struct How {
    pub reached: Option<Step>,
    pub next: Option<Step>,
}

impl Trace for How {
    fn trace(&self, _: &Q, dir: Direction) -> Msg {
        let d = |d: &Decimal| Arg::rounded(&(*d).into(), 2);
        let next = Arg::List {
            items: (self.next.iter())
                .map(|nx| {
                    let level = ("level", d(&nx.level));
                    Msg::new(
                        "how-steps-next",
                        vec![level, ("credit", d(&nx.credit_percent))],
                    )
                })
                .collect(),
            sep: "",
            capital: false,
        };
        match &self.reached {
            Some(r) => Msg::new(
                "how-steps-reached",
                vec![
                    ("v", Arg::Result),
                    ("sign", Arg::AtOrBeyondSign(dir)),
                    ("level", d(&r.level)),
                    ("credit", d(&r.credit_percent)),
                    ("next", next),
                ],
            ),
            None => Msg::new("how-steps-none", vec![("v", Arg::Result), ("next", next)]),
        }
    }

    fn compares_exactly(&self) -> bool {
        true
    }
}

impl Scorer for StepsPlan {
    fn score(&self, i: &Input<'_>) -> Option<Scored> {
        let mut reached: Option<&(Step, Q, Q)> = None;
        let mut next: Option<&(Step, Q, Q)> = None;
        for s in &self.steps {
            if i.reaches(&s.1) {
                if reached.is_none_or(|r| s.2 > r.2) {
                    reached = Some(s);
                }
            } else if next.is_none_or(|n| at_least_as_good(i.direction, &n.1, &s.1)) {
                next = Some(s);
            }
        }
        Some(Scored {
            credit: reached.map_or(Q::ZERO, |s| s.2.clone()),
            how: super::How::Steps(How {
                reached: reached.map(|s| s.0.clone()),
                next: next.map(|s| s.0.clone()),
            }),
        })
    }

    fn levels(&self) -> Vec<Decimal> {
        self.steps.iter().map(|s| s.0.level).collect()
    }
}

/// Checks steps as the rule file gives them: at least one and at most
/// [`bounds::MAX_STEPS`], levels the indicator can have and each once, credits 0–100 that do
/// not fall from the easiest level to the hardest.
fn check(steps: &[Step], ind: &Indicator, add: &mut dyn FnMut(ProblemMsg)) {
    if steps.is_empty() {
        add(ProblemMsg::NoSteps);
    }
    if steps.len() > bounds::MAX_STEPS {
        add(ProblemMsg::TooMany {
            what: Counted::Steps,
            found: steps.len(),
            limit: bounds::MAX_STEPS,
        });
    }
    let steps = &steps[..steps.len().min(bounds::MAX_STEPS)];
    for (k, s) in steps.iter().enumerate() {
        super::check_level(s.level, ind, add);
        if !percent_ok(s.credit_percent) {
            add(ProblemMsg::StepCreditOutOfRange {
                credit: s.credit_percent,
            });
        }
        if steps[..k].iter().any(|o| o.level == s.level) {
            add(ProblemMsg::DuplicateStepLevel { level: s.level });
        }
    }
    let mut sorted = steps.to_vec();
    sorted.sort_by_key(|a| a.level);
    if ind.direction == Direction::LowerIsBetter {
        sorted.reverse();
    }
    // Easiest first: the credits must not fall.
    if sorted
        .windows(2)
        .any(|w| w[1].credit_percent < w[0].credit_percent)
    {
        add(ProblemMsg::StepCreditsNotRising);
    }
}
