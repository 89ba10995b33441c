//! Problems in a rule set, and why a period, a number or a decision parameter could not be read.

use super::{Lang, Word};
use crate::domain::decide::param::ParamError;
use crate::domain::decide::solve::SolveError;
use crate::domain::decide::sweep::SweepError;
use crate::domain::decimal::ParseNumberError;
use crate::domain::period::PeriodError;
use crate::domain::validation::Problem;

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
            parts.push(lang.words().indicator_location(id));
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
