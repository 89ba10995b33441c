//! The one definition of a missing result: whether an aggregated result is usable for an
//! indicator, and if not why (docs/rule-file.md, "Missing data"). Everything that reads a
//! result reads it through here or through the [`DataStatus`] it gave.

use super::aggregate::{Cell, Range};
use crate::domain::exact::Q;
use crate::domain::explanation::DataStatus;
use crate::domain::plan::IndicatorPlan;
use crate::domain::rules::Unit;

/// Whether an aggregated result is usable for an indicator, and if not why: the one
/// definition of a missing result (docs/rule-file.md, "Missing data"). Scoring, peers of
/// relative levels, baselines, areas, re-normalisation, deductions and straddle notes all read
/// it (through this function or the [`DataStatus`] it gave), and so do the solver, compare
/// and sweep, which read the calculation.
#[inline]
pub(crate) fn data_status(ind: &IndicatorPlan, cell: &Cell) -> DataStatus {
    if cell.value.is_none() {
        return DataStatus::Missing;
    }
    let out_of_range = match ind.unit {
        Unit::Percent => cell.range != Range::ZeroToHundred,
        Unit::Count => cell.range == Range::Negative,
        Unit::Score => false,
    };
    if out_of_range {
        return DataStatus::OutOfRange;
    }
    if let Some(min) = ind.min_respondents {
        match cell.respondents {
            None => return DataStatus::RespondentsUnknown { min },
            Some(n) if n < min => return DataStatus::TooFewRespondents { min },
            _ => {}
        }
    }
    // An interval rule needs respondents: without them nothing is known of the interval.
    if !ind.uncertainty.is_estimate()
        && ind.unit == Unit::Percent
        && cell.respondents.is_none_or(|n| n == 0)
    {
        return DataStatus::NoRespondents;
    }
    DataStatus::Ok
}

/// The usable value of an aggregated result (see [`data_status`]), if it is usable.
#[inline]
pub(crate) fn usable<'c>(ind: &IndicatorPlan, cell: &'c Cell) -> Option<&'c Q> {
    data_status(ind, cell)
        .is_ok()
        .then_some(cell.value.as_ref())
        .flatten()
}
