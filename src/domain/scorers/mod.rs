//! One scorer per scoring mode, each turning one result into a credit between 0 and 1 and a
//! serialisable account of how ([`How`]), which the explanation words.
//!
//! Every scorer is exact ([`Q`]) and monotone: a result that is better in the indicator's
//! direction never gets a lower credit. Each mode's module also checks the mode's parameters
//! as the rule file gives them ([`check`]). Adding a mode means: a module here (its checks,
//! its compiled form, its `score`), a variant of [`crate::domain::rules::Scoring`] (the file
//! format) and its arm in [`check`], its compilation in [`crate::domain::plan`], its wording
//! in `src/words`, its editor in `ui/editor.rs`, and a section in `docs/rule-file.md`.

pub mod achievement;
pub mod linear;
pub mod relative;
pub mod steps;
pub mod threshold;

use rust_decimal::Decimal;

use super::bounds;
use super::exact::Q;
use super::period::Period;
use super::rules::{Direction, Indicator, Scoring, Unit};
use super::survey::{End, Survey};
use super::validation::{ProblemMsg, out_of_bounds, percent_ok};

/// Checks an indicator's scoring parameters as the rule file gives them (each mode's module
/// checks its own), for a rule set of `period` (if it could be read). Every problem is an
/// error of the indicator's levels.
pub fn check(ind: &Indicator, period: Option<Period>, add: &mut dyn FnMut(ProblemMsg)) {
    match &ind.scoring {
        Scoring::Threshold { level } => threshold::check(*level, ind, add),
        Scoring::Steps { steps } => steps::check(steps, ind, add),
        Scoring::Linear { lower, upper } => linear::check(*lower, *upper, ind, add),
        Scoring::Relative { start, full } => relative::check(start, full, add),
        Scoring::AchievementOrImprovement {
            threshold,
            benchmark,
            baseline_period,
        } => achievement::check(*threshold, *benchmark, baseline_period, ind, period, add),
    }
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
}

/// What the scoring of one result found: the credit and how it was reached.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// Credit 0–1, exact.
    pub credit: Q,
    pub how: How,
}

/// How a credit was reached (worded by [`How::describe`]).
#[derive(Debug, Clone, PartialEq)]
pub enum How {
    Threshold(threshold::How),
    Steps(steps::How),
    Linear(linear::How),
    /// (Boxed, as the next: exact rationals, kept for every result of these rarer modes; the
    /// others stay in the result itself, which stays small.)
    Relative(Box<relative::How>),
    AchievementOrImprovement(Box<achievement::How>),
}

/// True if `a` is at least as good as `b` in direction `dir`.
pub fn at_least_as_good<T: Ord + ?Sized>(dir: Direction, a: &T, b: &T) -> bool {
    match dir {
        Direction::HigherIsBetter => a >= b,
        Direction::LowerIsBetter => a <= b,
    }
}
