//! The Swedish `Display` of why a period or a number could not be read (every message enum is
//! worded by [`Text`]).

use super::{Lang, Text};
use crate::domain::decimal::ParseNumberError;
use crate::domain::period::PeriodError;

impl std::fmt::Display for PeriodError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::fmt::Display for ParseNumberError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::decide::param::ParamError;
    use crate::domain::decide::solve::SolveError;
    use crate::domain::explanation::Warning;
    use crate::domain::results::ServiceType;
    use crate::domain::validation::{Problem, ProblemMsg};
    use crate::words::Word;

    #[test]
    fn a_straddled_level_lists_the_first_providers_and_counts_the_rest() {
        let w = |count, providers: &[&str]| Warning::IntervalStraddlesLevel {
            service_type: ServiceType::Hemtjanst,
            indicator_id: "nöjd".into(),
            level: "90.5".parse().unwrap(),
            count,
            providers: providers.iter().map(|p| p.to_string()).collect(),
        };
        let start = "Hemtjänst / nöjd: ";
        let end = "95 % konfidensintervall som omsluter nivån 90,5, så slumpen i urvalet avgör \
                   vilken sida de hamnar på: ";
        assert_eq!(
            w(14, &["A", "B"]).text(Lang::Sv),
            format!("{start}14 utförare har ett {end}A, B och 12 till")
        );
        assert_eq!(
            w(2, &["A", "B"]).text(Lang::Sv),
            format!("{start}2 utförare har ett {end}A, B")
        );
        assert!(w(3, &["A"]).text(Lang::En).ends_with(": A and 2 more"));
    }

    #[test]
    fn a_bad_parameter_value_is_written_as_given_and_problems_are_joined() {
        let e = ParamError::BadValue {
            path: "p".into(),
            value: "1.5".parse().unwrap(),
        };
        assert!(e.text(Lang::Sv).contains("1.5"), "{}", e.text(Lang::Sv));
        let p = |msg| Problem {
            severity: crate::domain::validation::Severity::Error,
            scheme: None,
            indicator: None,
            field: crate::domain::validation::Field::Schemes,
            msg,
        };
        let e = SolveError::Invalid(vec![p(ProblemMsg::NoSchemes), p(ProblemMsg::EmptyId)]);
        assert_eq!(
            e.text(Lang::Sv),
            format!(
                "reglerna har fel: {}; {}",
                Lang::Sv.word(Word::RuleSetHasNo),
                Lang::Sv.word(Word::IndicatorHasNoId)
            )
        );
    }
}
