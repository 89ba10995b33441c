//! Contract minimums (issue 35, item 5): an indicator may state the level the contract already
//! demands of every provider; a level of its scoring that pays at or below it is warned of
//! (paying for less than the contract demands), and the rules in prose name it.

use super::bounds;
use super::feature::{Arg, Msg};
use super::rules::Indicator;
use super::validation::{ProblemMsg, Severity, out_of_bounds, percent_ok};

/// Checks an indicator's contract minimum: an error when it is no level the indicator can
/// have, a warning for each level of its scoring that is at or worse than it.
pub fn check(ind: &Indicator, add: &mut dyn FnMut(Severity, ProblemMsg)) {
    let Some(min) = ind.contract_minimum else {
        return;
    };
    if !bounds::level_ok(min) {
        return add(Severity::Error, out_of_bounds(min, bounds::MAX_LEVEL));
    }
    if ind.unit == super::rules::Unit::Percent && !percent_ok(min) {
        return add(
            Severity::Error,
            ProblemMsg::PercentOutOfRange { value: min },
        );
    }
    for (name, level) in ind.scoring.mode().marks() {
        if ind.direction.at_least_as_good(min, level) {
            let msg = Msg::new(
                "contract-minimum-not-above",
                vec![
                    (
                        "name",
                        Arg::List {
                            items: vec![name],
                            sep: "",
                            capital: false,
                        },
                    ),
                    ("level", Arg::Level(level, ind.unit)),
                    ("min", Arg::Level(min, ind.unit)),
                ],
            );
            add(Severity::Warning, ProblemMsg::Module(msg));
        }
    }
}

/// The sentence in the rules in prose naming the contract's minimum, if the indicator has one.
pub fn prose(ind: &Indicator) -> Option<Msg> {
    let min = ind.contract_minimum?;
    Some(Msg::new(
        "prose-contract-minimum",
        vec![
            ("dir", Arg::AtLeast(ind.direction)),
            ("min", Arg::Level(min, ind.unit)),
        ],
    ))
}
