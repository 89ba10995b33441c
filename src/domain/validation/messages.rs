//! Which message each rule-set problem is, and with what values (`src/words` words them).

use super::{Counted, Element, ElementKind, Problem, ProblemMsg};
use crate::domain::feature::{Arg, Message, Msg, Named};
use crate::domain::rules::FORMAT_VERSION;
use crate::domain::textcheck::TextProblem;

/// A message id and its values.
type Parts = (&'static str, Vec<(&'static str, Arg)>);

impl Message for Problem {
    fn msg(&self) -> Msg {
        self.msg.msg()
    }
}

/// Where a [`Problem`] is, e.g. `Hemtjänst › indikator ”helhet”` or `Hemtjänst › område ”a”`,
/// or the rule set as a whole.
pub struct Location<'a>(pub &'a Problem);

impl Problem {
    /// Where the problem is, as a message.
    pub fn location(&self) -> Location<'_> {
        Location(self)
    }
}

impl Message for Location<'_> {
    fn msg(&self) -> Msg {
        let mut parts = Vec::new();
        if let Some(st) = self.0.scheme {
            parts.push(Msg::new(st.name(), vec![]));
        }
        if let Some((_, id)) = &self.0.indicator {
            let id = Arg::Plain(id.clone());
            parts.push(Msg::new("indicator-location", vec![("id", id)]));
        }
        if let Some(e) = &self.0.element {
            parts.push(element(e));
        }
        if parts.is_empty() {
            parts.push(Msg::new("rule-set", vec![]));
        }
        let items = Arg::List {
            items: parts,
            sep: " › ",
            capital: false,
        };
        Msg::new("worded", vec![("text", items)])
    }
}

/// `område ”a”`, `avdrag för ”helhet”`, `tillsyn ”ivo”`; by its number when it has no id.
fn element(e: &Element) -> Msg {
    let (named, nth) = match e.kind {
        ElementKind::Area => ("area-location", "area-location-nth"),
        ElementKind::Deduction => ("deduction-location", "deduction-location-nth"),
        ElementKind::Gate => ("gate-location", "gate-location-nth"),
    };
    if e.id.trim().is_empty() {
        Msg::new(nth, vec![("n", Arg::Count(e.index as u64 + 1))])
    } else {
        Msg::new(named, vec![("id", Arg::Plain(e.id.clone()))])
    }
}

impl Message for ProblemMsg {
    fn msg(&self) -> Msg {
        use ProblemMsg::*;
        let (id, args) = match self {
            Module(m) => return m.clone(),
            NewerFormat { .. }
            | BadPeriod { .. }
            | BadCorrectionsDate { .. }
            | BadBaselinePeriod { .. }
            | BadText(_) => self.text(),
            WeightsNotHundred { .. }
            | LowerAboveUpper { .. }
            | NotWholeOre { .. }
            | OutOfBounds { .. }
            | PercentOutOfRange { .. }
            | StepCreditOutOfRange { .. }
            | DuplicateStepLevel { .. }
            | PercentileOutOfRange { .. }
            | MinUsableOutOfRange { .. } => self.number(),
            UnknownArea { .. }
            | AreaWeightsNotHundred { .. }
            | WeightsInAreaNotHundred { .. }
            | DeductionUnknownIndicator { .. }
            | TooMany { .. }
            | GateDuplicateKind { .. }
            | GateCapOutOfRange { .. } => self.structure(),
            NoSchemes
            | DuplicateScheme
            | NoIndicators
            | EmptyId
            | DuplicateId
            | EmptyName
            | NegativeWeight
            | NoSteps
            | StepCreditsNotRising
            | RelativeStartNotBelowFull
            | ThresholdNotWorseThanBenchmark
            | BaselineIsPeriod
            | PotNotPositive
            | PotWithoutKey
            | NegativeRate
            | CompensationPercentOutOfRange
            | NegativeCap
            | MinScoreOutOfRange
            | FallbackOutOfRange
            | ZeroMinRespondents
            | NoArea
            | AreaWithoutAreas
            | EmptyAreaId
            | DuplicateArea
            | AreaWithoutIndicators
            | DeductionPercentOutOfRange
            | DeductionNotPositive
            | WithholdPercentOutOfRange
            | PaybackPercentOutOfRange
            | FallbackWithWithhold
            | UncertaintyNeedsShare
            | EmptyCorrectionsTo
            | GateEmptyKind => (self.sentence(), vec![]),
        };
        Msg::new(id, args)
    }
}

impl ProblemMsg {
    /// Problems with a text: a period, a date, a format version, an id's characters.
    fn text(&self) -> Parts {
        use ProblemMsg::*;
        match self {
            NewerFormat { found } => (
                "problem-newer-format",
                vec![
                    ("found", Arg::Count((*found).into())),
                    ("FORMAT_VERSION", Arg::Count(FORMAT_VERSION.into())),
                ],
            ),
            BadPeriod { text } => (
                "problem-bad-period",
                vec![("text", Arg::Plain(text.clone()))],
            ),
            BadCorrectionsDate { text } => (
                "problem-bad-corrections-date",
                vec![("text", Arg::Plain(text.clone()))],
            ),
            BadBaselinePeriod { text } => (
                "problem-bad-baseline-period",
                vec![("text", Arg::Plain(text.clone()))],
            ),
            BadText(TextProblem::BadCharacter { code, position }) => (
                "problem-bad-character",
                vec![
                    ("code", Arg::Plain(format!("{code:04X}"))),
                    ("position", Arg::Count(*position as u64)),
                ],
            ),
            BadText(TextProblem::TooLong { length, limit }) => (
                "problem-too-long",
                vec![
                    ("length", Arg::Count(*length as u64)),
                    ("limit", Arg::Count(*limit as u64)),
                ],
            ),
            _ => unreachable!("grouped by ProblemMsg::msg"),
        }
    }

    /// Problems with a number: a sum, a level, a percentage, a count.
    fn number(&self) -> Parts {
        use ProblemMsg::*;
        match self {
            WeightsNotHundred { sum } => {
                ("problem-weights-not-hundred", vec![("sum", Arg::Num(*sum))])
            }
            LowerAboveUpper { lower, upper } => (
                "problem-lower-above-upper",
                vec![("lower", Arg::Num(*lower)), ("upper", Arg::Num(*upper))],
            ),
            NotWholeOre { value } => ("problem-not-whole-ore", vec![("value", Arg::Num(*value))]),
            OutOfBounds { value, max } => (
                "problem-out-of-bounds",
                vec![("value", Arg::Num(*value)), ("max", Arg::Num(*max))],
            ),
            PercentOutOfRange { value } => (
                "problem-percent-out-of-range",
                vec![("value", Arg::Num(*value))],
            ),
            StepCreditOutOfRange { credit } => (
                "problem-step-credit-out-of-range",
                vec![("credit", Arg::Num(*credit))],
            ),
            DuplicateStepLevel { level } => (
                "problem-duplicate-step-level",
                vec![("value", Arg::Num(*level))],
            ),
            PercentileOutOfRange { value } => (
                "problem-percentile-out-of-range",
                vec![("value", Arg::Num(*value))],
            ),
            MinUsableOutOfRange { min, indicators } => (
                "problem-min-usable-out-of-range",
                vec![
                    ("min", Arg::Count((*min).into())),
                    ("indicators", Arg::Count(*indicators as u64)),
                ],
            ),
            _ => unreachable!("grouped by ProblemMsg::msg"),
        }
    }

    /// Problems with what a scheme holds: areas, deductions, gates, and how many.
    fn structure(&self) -> Parts {
        use ProblemMsg::*;
        match self {
            UnknownArea { id } => ("problem-unknown-area", vec![("id", Arg::Plain(id.clone()))]),
            AreaWeightsNotHundred { sum } => (
                "problem-area-weights-not-hundred",
                vec![("sum", Arg::Num(*sum))],
            ),
            WeightsInAreaNotHundred { area, sum } => (
                "problem-weights-in-area-not-hundred",
                vec![("area", Arg::Plain(area.clone())), ("sum", Arg::Num(*sum))],
            ),
            DeductionUnknownIndicator { id } => (
                "problem-deduction-unknown-indicator",
                vec![("id", Arg::Plain(id.clone()))],
            ),
            TooMany { what, found, limit } => {
                let what = match what {
                    Counted::Indicators => "problem-indicators",
                    Counted::Steps => "problem-steps",
                    Counted::Areas => "problem-areas",
                    Counted::Deductions => "problem-deductions",
                    Counted::Gates => "problem-gates",
                };
                (
                    "problem-too-many",
                    vec![
                        ("found", Arg::Count(*found as u64)),
                        ("what", Arg::Text(Some(what))),
                        ("limit", Arg::Count(*limit as u64)),
                    ],
                )
            }
            GateDuplicateKind { kind } => (
                "problem-gate-duplicate-kind",
                vec![("kind", Arg::Plain(kind.clone()))],
            ),
            GateCapOutOfRange { kind, value } => (
                "problem-gate-cap-out-of-range",
                vec![
                    ("kind", Arg::Plain(kind.clone())),
                    ("value", Arg::Num(*value)),
                ],
            ),
            _ => unreachable!("grouped by ProblemMsg::msg"),
        }
    }

    /// The problems said in one sentence, without values.
    fn sentence(&self) -> &'static str {
        use ProblemMsg::*;
        match self {
            NoSchemes => "rule-set-has-no",
            DuplicateScheme => "service-type-has-more",
            NoIndicators => "scheme-has-no-indicators",
            EmptyId => "indicator-has-no-id",
            DuplicateId => "id-is-used-by",
            EmptyName => "indicator-has-no-name",
            NegativeWeight => "weight-must-not-be",
            NoSteps => "steps-scoring-has-no",
            StepCreditsNotRising => "harder-step-must-give",
            RelativeStartNotBelowFull => "start-level-must-be",
            ThresholdNotWorseThanBenchmark => "threshold-must-be-worse",
            BaselineIsPeriod => "baseline-period-must-not",
            PotNotPositive => "pot-must-be-more",
            PotWithoutKey => "pot-has-no-sharing",
            NegativeRate => "amount-per-volume-unit",
            CompensationPercentOutOfRange => "percentage-must-be-between",
            NegativeCap => "cap-must-not-be",
            MinScoreOutOfRange => "minimum-score-must-be",
            FallbackOutOfRange => "fallback-share-must-be",
            ZeroMinRespondents => "minimum-of0-respondents",
            NoArea => "scheme-has-areas-give",
            AreaWithoutAreas => "indicator-names-an-area",
            EmptyAreaId => "area-has-no-id",
            DuplicateArea => "two-areas-have-the",
            AreaWithoutIndicators => "area-has-no-indicators",
            DeductionPercentOutOfRange => "deductions-percentage-must-be",
            DeductionNotPositive => "deductions-amount-must-be",
            WithholdPercentOutOfRange => "share-withheld-must-be",
            PaybackPercentOutOfRange => "share-paid-back-must",
            FallbackWithWithhold => "fallback-rule-share-of",
            UncertaintyNeedsShare => "confidence-interval-applies-only",
            EmptyCorrectionsTo => "problem-empty-corrections-to",
            GateEmptyKind => "problem-gate-empty-kind",
            _ => unreachable!("grouped by ProblemMsg::msg"),
        }
    }
}
