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
            ("dir", ind.direction.at_least()),
            ("min", Arg::Level(min, ind.unit)),
        ],
    ))
}

/// The change of an indicator's contract minimum between two rule sets, worded, if any.
pub fn change(old: &Indicator, new: &Indicator) -> Option<Msg> {
    let side = |i: &Indicator| {
        i.contract_minimum
            .map_or(Arg::Plain("–".into()), |m| Arg::Level(m, i.unit))
    };
    (old.contract_minimum != new.contract_minimum).then(|| {
        Msg::new(
            "rule-change-contract-minimum",
            vec![("old", side(old)), ("new", side(new))],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::{Direction, Linear, Scoring, Unit};

    fn warnings(lower: i64, upper: i64, min: Option<i64>, dir: Direction) -> Vec<String> {
        let ind = Indicator {
            id: "kont".into(),
            name: "Kontinuitet".into(),
            unit: Unit::Percent,
            direction: dir,
            weight: 100.into(),
            source: String::new(),
            min_respondents: None,
            area: None,
            uncertainty: Default::default(),
            scoring: Scoring::Linear(Linear {
                lower: lower.into(),
                upper: upper.into(),
            }),
            contract_minimum: min.map(Into::into),
            standard: None,
        };
        let mut out = Vec::new();
        check(&ind, &mut |sev, m| {
            let ProblemMsg::Module(m) = m else {
                panic!("{m:?}")
            };
            assert_eq!(sev, Severity::Warning);
            let level = m.args.iter().find(|(k, _)| *k == "level").unwrap();
            out.push(format!("{:?}", level.1));
        });
        out
    }

    /// A level that pays at or below the contract's minimum is warned of (in the indicator's
    /// direction); a level above it, or no minimum, is not.
    #[test]
    fn a_paying_level_at_or_below_the_minimum_is_warned_of() {
        let hi = Direction::HigherIsBetter;
        assert!(warnings(70, 90, None, hi).is_empty());
        assert!(warnings(70, 90, Some(60), hi).is_empty());
        assert_eq!(warnings(70, 90, Some(70), hi), vec!["Level(70, Percent)"]);
        assert_eq!(warnings(70, 90, Some(75), hi), vec!["Level(70, Percent)"]);
        // Lower is better (e.g. staff met): the minimum 15, the zero-credit level 20 is worse.
        let lo = Direction::LowerIsBetter;
        assert_eq!(warnings(10, 20, Some(15), lo), vec!["Level(20, Percent)"]);
        assert!(warnings(10, 20, Some(25), lo).is_empty());
    }
}
