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
