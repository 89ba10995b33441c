//! Data sufficiency (k of n): a provider is scored only when at least k of its scheme's n
//! indicators have usable results — usable in the one meaning of [`super::status`] (a result
//! whose data status was `Ok`, scored or not: a relative indicator without peers still had
//! usable data). Otherwise it gets no score and no money, with a status of its own
//! ("otillräckligt underlag"), kept apart from a low score.

use crate::domain::explanation::{IndicatorResult, PayoutStatus};

/// How many of a provider's indicator results are usable.
pub(super) fn usable_count(inds: &[IndicatorResult]) -> u32 {
    inds.iter().filter(|i| i.status.is_usable()).count() as u32
}

/// The status of a provider with fewer usable results than `min` requires, if it has.
pub(super) fn insufficient(min: Option<u32>, inds: &[IndicatorResult]) -> Option<PayoutStatus> {
    let required = min?;
    let usable = usable_count(inds);
    (usable < required).then_some(PayoutStatus::InsufficientData {
        usable,
        indicators: inds.len() as u32,
        required,
    })
}

/// The change of a scheme's k of n between two rule sets, worded ("k av n: 2 → 3"), if any.
pub(crate) fn change(old: Option<u32>, new: Option<u32>) -> Option<crate::domain::feature::Msg> {
    use crate::domain::feature::{Arg, Msg};
    let side = |k: Option<u32>| k.map_or(Arg::Plain("–".into()), |k| Arg::Num(k.into()));
    (old != new).then(|| {
        Msg::new(
            "rule-change-min-usable",
            vec![("old", side(old)), ("new", side(new))],
        )
    })
}
