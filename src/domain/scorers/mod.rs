//! Scoring modes: how an indicator's result becomes a credit between 0 and 1. Each mode is one
//! module that owns its parameters (the serde type the rule file stores), their validation,
//! its default, its editable fields, its sentences (as message ids with values, worded by
//! `words`), the parameter paths the sweep and the solver may vary, its compiled form and how
//! that scores, with a serialisable account of how ([`How`]), which the explanation words.
//! [`Scoring`] (the file format), [`ScoringKind`] and the compiled [`ScorerPlan`] are made by
//! the one registration list at the end of this file.
//!
//! Every scorer is exact ([`Q`]) and monotone: a result that is better in the indicator's
//! direction never gets a lower credit.
//!
//! # How to add a scoring mode
//!
//! 1. Write `src/domain/scorers/<mode>.rs`: a struct named as the rule file's variant
//!    (`#[serde(rename = "...")]` if the Rust name differs; no `deny_unknown_fields`, as
//!    before), implementing [`Mode`] and [`Starting`]; its compiled form implementing
//!    [`Scorer`]; its account of how it scored, implementing [`Trace`] (a message id and
//!    values). Look at `linear.rs` for a small one.
//! 2. Declare the module (`pub mod <mode>;`) and add one line to the `scoring_modes!` list
//!    below (order = the editor's order): its variant, parameters and account; the
//!    [`How`] variant that holds the account is made from that line.
//! 3. Add its message ids (its label, its fields, its sentences, its account) to both
//!    `assets/locales/*/kvalitetspeng.ftl`.
//! 4. Document it in `docs/rule-file.md` with a worked example, pin that example in
//!    `tests/golden.rs`, and teach the oracle in `tests/common/oracle.rs`.
//!
//! Nothing else matches on the variants: the editor, the prose, the exports, validation,
//! the sweep's and the solver's parameter paths, the detail view and the engine go through
//! [`Mode`] and [`Scorer`].

pub mod achievement;
pub mod linear;
pub mod relative;
pub mod steps;
pub mod threshold;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::bounds;
use super::decide::param::Field as Param;
use super::exact::Q;
use super::feature::{Arg, Field, Msg};
use super::period::Period;
use super::rules::{Direction, Indicator, Unit};
use super::survey::{End, Survey};
use super::validation::{ProblemMsg, out_of_bounds, percent_ok};

/// Checks an indicator's scoring parameters as the rule file gives them (each mode's module
/// checks its own), for a rule set of `period` (if it could be read). Every problem is an
/// error of the indicator's levels.
pub fn check(ind: &Indicator, period: Option<Period>, add: &mut dyn FnMut(ProblemMsg)) {
    ind.scoring.mode().check(ind, period, add);
}

/// Checks a level of an indicator: within the bounds, and 0–100 for a share.
fn check_level(v: Decimal, ind: &Indicator, add: &mut dyn FnMut(ProblemMsg)) {
    if !bounds::level_ok(v) {
        add(out_of_bounds(v, bounds::MAX_LEVEL));
    } else if ind.unit == Unit::Percent && !percent_ok(v) {
        add(ProblemMsg::PercentOutOfRange { value: v });
    }
}

/// What a scorer is given for one provider's result.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The provider's result for the period (exact).
    pub value: &'a Q,
    /// The provider's own result in the baseline period, if usable.
    pub baseline: Option<&'a Q>,
    pub direction: Direction,
    /// The scheme's peer levels for this indicator, when the scorer needs them.
    pub peers: Option<&'a relative::PeerLevels>,
    /// When an end of the survey interval is scored instead of the point estimate: the
    /// survey and the end. Then [`Input::reaches`] compares that end exactly, and `value` is
    /// the end found to [`crate::domain::survey::SCORED_END_DECIMALS`] decimals (rounded to the
    /// worse side, never past the point estimate) for the scorings that need a number.
    pub bound: Option<(&'a Survey, End)>,
}

impl Input<'_> {
    /// Whether the result that counts is at or beyond `level` in the indicator's direction,
    /// exactly (an interval end is compared without computing it).
    pub fn reaches(&self, level: &Q) -> bool {
        match self.bound {
            None => at_least_as_good(self.direction, self.value, level),
            Some((survey, end)) => {
                let c = survey.cmp_end(end, level);
                match self.direction {
                    Direction::HigherIsBetter => c != std::cmp::Ordering::Less,
                    Direction::LowerIsBetter => c != std::cmp::Ordering::Greater,
                }
            }
        }
    }
}

/// A scoring mode as the rule file gives it (its parameters).
pub trait Mode {
    /// The message id of its name in pickers.
    fn label(&self) -> &'static str;
    /// Validation of its parameters for indicator `ind` in a rule set of `period`.
    fn check(&self, ind: &Indicator, period: Option<Period>, add: &mut dyn FnMut(ProblemMsg));
    /// The compiled scorer for an indicator of `dir`, or the problem with a value that still
    /// cannot be used (validation reports it too).
    fn compile(&self, dir: Direction) -> Result<ScorerPlan, ProblemMsg>;
    /// Its fields for the rule editor, in order, for an indicator of `dir`.
    fn fields(&mut self, dir: Direction) -> Vec<Field<'_>>;
    /// Its sentence in the rules in prose, for an indicator of `unit` and `dir`.
    fn prose(&self, unit: Unit, dir: Direction) -> Msg;
    /// Its short form on the rules sheet of the payout export.
    fn short(&self) -> Msg;
    /// Its levels as marks beside the peers' results (the detail view): name and level.
    fn marks(&self) -> Vec<(Msg, Decimal)>;
    /// The level another mode starts from when the user picks it instead (`None`: a default).
    fn headline(&self) -> Option<Decimal>;
    /// The parameter paths of its levels that the sweep offers, in order.
    fn params(&self) -> Vec<Param>;
    /// The value at a parameter path, if it has that path.
    fn param(&mut self, p: Param) -> Option<&mut Decimal>;
    /// Whether the budget solver may search `p` among the providers' results (a level at
    /// which the credit jumps).
    fn searchable(&self, p: Param) -> bool {
        let _ = p;
        false
    }
}

/// A mode's default and compiled type (separate from [`Mode`], which is object safe).
pub trait Starting: Mode + Sized {
    type Plan: Scorer + std::fmt::Debug + Clone + PartialEq;
    /// The parameters an indicator starts from when this mode is picked, reusing `level`
    /// where it can, for a rule set of `period`.
    fn starting(level: Decimal, period: &str) -> Self;
}

/// A scoring mode, compiled from the rule file.
pub trait Scorer {
    /// Whether [`Input::peers`] must be given (levels from the peers' results).
    fn needs_peers(&self) -> bool {
        false
    }
    /// The credit and how it was reached; `None` when the result cannot be placed (a relative
    /// scoring without peers).
    fn score(&self, input: &Input<'_>) -> Option<Scored>;
    /// The levels at which the credit jumps (threshold and steps), for the warning about
    /// survey intervals that straddle one; a continuous scoring (linear, relative,
    /// achievement) has none: a little survey noise moves its credit a little.
    fn levels(&self) -> Vec<Decimal> {
        Vec::new()
    }
    /// The period of the provider's own earlier result it compares with, if any.
    fn baseline_period(&self) -> Option<Period> {
        None
    }
    /// The levels from the peers' usable results, for a mode that [`Scorer::needs_peers`].
    fn peer_levels(&self, peers: &[Q], dir: Direction) -> Option<relative::PeerLevels> {
        let _ = (peers, dir);
        None
    }
}

/// What the scoring of one result found: the credit and how it was reached.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// Credit 0–1, exact.
    pub credit: Q,
    pub how: How,
}

/// A mode's account of how it reached a credit, for the explanation (worded by `words`).
pub trait Trace {
    /// The account as a sentence, for `credit` reached by a result of an indicator of `dir`;
    /// [`Arg::Result`] stands for the result as the explanation shows it.
    fn trace(&self, credit: &Q, dir: Direction) -> Msg;
    /// Whether the scorer compared an interval's end exactly (a level where the credit
    /// jumps) rather than scoring it to a stated number of decimals.
    fn compares_exactly(&self) -> bool;
}

/// A boxed account is an account (the rarer modes box theirs, see `scoring_modes!`).
impl<T: Trace + ?Sized> Trace for Box<T> {
    fn trace(&self, credit: &Q, dir: Direction) -> Msg {
        (**self).trace(credit, dir)
    }

    fn compares_exactly(&self) -> bool {
        (**self).compares_exactly()
    }
}

impl How {
    /// See [`Trace::compares_exactly`].
    pub fn compares_exactly(&self) -> bool {
        self.trace().compares_exactly()
    }
}

/// Where the result lies between the level of no credit and that of full credit (linear and
/// relative scoring).
pub fn between(zero_at: &Q, full_at: &Q, credit: &Q, dir: Direction) -> Msg {
    let v = ("v", Arg::Result);
    if *credit == Q::ONE {
        let dir = ("dir", Arg::AtOrBeyondSign(dir));
        Msg::new(
            "between",
            vec![v, dir, ("full_at", Arg::rounded(full_at, 2))],
        )
    } else {
        let zero = ("zero_at", Arg::rounded(zero_at, 2));
        let full = ("full_at", Arg::rounded(full_at, 2));
        if credit.is_zero() {
            Msg::new("between-none", vec![v, zero, full])
        } else {
            let pct = Arg::Percent((credit * &Q::from(100u32)).round_dp(1), 1);
            Msg::new("between-part", vec![v, zero, full, ("credit", pct)])
        }
    }
}

/// True if `a` is at least as good as `b` in direction `dir`.
pub fn at_least_as_good<T: Ord + ?Sized>(dir: Direction, a: &T, b: &T) -> bool {
    match dir {
        Direction::HigherIsBetter => a >= b,
        Direction::LowerIsBetter => a <= b,
    }
}

/// Generates, from one line per mode, the rule file's enum [`Scoring`] (newtype variants
/// holding each module's struct), [`ScoringKind`] with `ALL`, the compiled [`ScorerPlan`],
/// and their delegation to [`Mode`] and [`Scorer`].
macro_rules! scoring_modes {
    ($($variant:ident => $module:ident :: $params:ident, $how:ty;)*) => {
        /// How a result is turned into a credit between 0 and 1 (the rule file's format:
        /// `Linear(lower: 75, upper: 92)`).
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        pub enum Scoring {
            $($variant($module::$params),)*
        }

        /// The kind of a [`Scoring`], without its parameters (for pickers).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ScoringKind {
            $($variant,)*
        }

        /// How a credit was reached: each mode's [`Trace`].
        #[derive(Debug, Clone, PartialEq)]
        pub enum How {
            $($variant($how),)*
        }

        impl How {
            /// The mode's account.
            pub fn trace(&self) -> &dyn Trace {
                match self {
                    $(How::$variant(h) => h,)*
                }
            }
        }

        /// The compiled scorer of an indicator (see [`Scorer`]).
        #[derive(Debug, Clone, PartialEq)]
        pub enum ScorerPlan {
            $($variant(<$module::$params as Starting>::Plan),)*
        }

        impl ScoringKind {
            pub const ALL: &[ScoringKind] = &[$(ScoringKind::$variant,)*];

            /// A sensible scoring of this kind, reusing `level` where possible (for the
            /// editor), for a rule set of `period`.
            pub fn default_scoring(self, level: Decimal, period: &str) -> Scoring {
                match self {
                    $(ScoringKind::$variant => Scoring::$variant(
                        <$module::$params as Starting>::starting(level, period),
                    ),)*
                }
            }

        }

        impl $crate::domain::feature::Named for ScoringKind {
            type Name = &'static str;
            fn name(&self) -> &'static str {
                self.default_scoring(Decimal::ZERO, "").mode().label()
            }
        }

        impl Scoring {
            pub fn kind(&self) -> ScoringKind {
                match self {
                    $(Scoring::$variant(_) => ScoringKind::$variant,)*
                }
            }

            /// The mode's module.
            pub fn mode(&self) -> &dyn Mode {
                match self {
                    $(Scoring::$variant(m) => m,)*
                }
            }

            /// The mode's module, to edit.
            pub fn mode_mut(&mut self) -> &mut dyn Mode {
                match self {
                    $(Scoring::$variant(m) => m,)*
                }
            }
        }

        impl ScorerPlan {
            /// The compiled mode's scorer.
            #[inline]
            pub fn scorer(&self) -> &dyn Scorer {
                match self {
                    $(ScorerPlan::$variant(s) => s,)*
                }
            }
        }
    };
}

// Each mode: its variant, its parameters and its account of how it scored. The rarer modes box
// their account (exact rationals, kept for every result of theirs); the others stay in the
// result itself, which stays small.
scoring_modes! {
    Threshold => threshold::Threshold, threshold::How;
    Steps => steps::Steps, steps::How;
    Linear => linear::Linear, linear::How;
    Relative => relative::Relative, Box<relative::How>;
    AchievementOrImprovement => achievement::AchievementOrImprovement, Box<achievement::How>;
}
