//! Problems in a rule set, and why a period, a number or a decision parameter could not be read.

use super::{Lang, Word, Words};
use crate::domain::decide::param::ParamError;
use crate::domain::decide::solve::SolveError;
use crate::domain::decide::sweep::SweepError;
use crate::domain::decimal::ParseNumberError;
use crate::domain::explanation::Warning;
use crate::domain::feature::Message;
use crate::domain::period::PeriodError;
use crate::domain::rules::*;
use crate::domain::validation::Problem;
use crate::domain::validation::ProblemMsg;

impl Problem {
    /// The message in words.
    pub fn text(&self, lang: Lang) -> String {
        lang.words().problem(&self.msg)
    }

    /// Where the problem is, e.g. `Hemtjänst › indikator ”helhet”`.
    pub fn location(&self, lang: Lang) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(st) = self.scheme {
            parts.push(st.label(lang).to_string());
        }
        if let Some((_, id)) = &self.indicator {
            parts.push(msg!(lang.words(), "indicator-location", id));
        }
        if parts.is_empty() {
            parts.push(lang.word(Word::RuleSet).to_string());
        }
        parts.join(" › ")
    }
}

impl PeriodError {
    /// The message in the chosen language.
    pub fn text(&self, lang: Lang) -> String {
        lang.words().period_error(self)
    }
}

impl std::fmt::Display for PeriodError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl ParseNumberError {
    /// The message in the chosen language.
    pub fn text(&self, lang: Lang) -> String {
        lang.words().number_error(self)
    }
}

impl std::fmt::Display for ParseNumberError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl ParamError {
    pub fn text(&self, lang: Lang) -> String {
        lang.words().param_error(self)
    }
}

impl SolveError {
    pub fn text(&self, lang: Lang) -> String {
        lang.words().solve_error(self)
    }
}

impl SweepError {
    pub fn text(&self, lang: Lang) -> String {
        lang.words().sweep_error(self)
    }
}

impl Words {
    /// Why a text is not a period.
    pub fn period_error(&self, e: &PeriodError) -> String {
        msg!(self, "period-error", e = e.0)
    }

    /// A problem found in a rule set.
    pub fn problem(&self, m: &ProblemMsg) -> String {
        // Problems name no volume unit.
        self.lang().say(&m.msg(), VolumeUnit::Hour)
    }

    /// The message of a [`ParamError`].
    pub fn param_error(&self, e: &ParamError) -> String {
        self.lang().tell(e)
    }

    /// The message of a [`SolveError`] (the rule set's problems in it name no volume unit).
    pub fn solve_error(&self, e: &SolveError) -> String {
        self.lang().say(&e.msg(), VolumeUnit::Hour)
    }

    /// The message of a [`SweepError`].
    pub fn sweep_error(&self, e: &SweepError) -> String {
        self.lang().tell(e)
    }

    /// [`Warning::text`] in this language.
    pub fn warning(&self, e: &Warning) -> String {
        self.lang().tell(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::results::ServiceType;

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
            Lang::Sv.words().warning(&w(14, &["A", "B"])),
            format!("{start}14 utförare har ett {end}A, B och 12 till")
        );
        assert_eq!(
            Lang::Sv.words().warning(&w(2, &["A", "B"])),
            format!("{start}2 utförare har ett {end}A, B")
        );
        assert!(
            Lang::En
                .words()
                .warning(&w(3, &["A"]))
                .ends_with(": A and 2 more")
        );
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
