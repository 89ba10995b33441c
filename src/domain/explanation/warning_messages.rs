//! Which message each calculation warning is, and with what values (`src/words` words them).

use super::Warning;
use crate::domain::feature::{Arg, Message, Msg, Named};
use crate::domain::results::ServiceType;

/// A message id and its values.
type Parts = (&'static str, Vec<(&'static str, Arg)>);

/// A text as it is.
fn plain(s: &str) -> Arg {
    Arg::Plain(s.to_string())
}

/// A service type by its label.
fn st(s: &ServiceType) -> Arg {
    Arg::Text(Some(s.name()))
}

/// A count of things.
fn count(n: usize) -> Arg {
    Arg::Count(n as u64)
}

impl Message for Warning {
    fn msg(&self) -> Msg {
        use Warning::*;
        let (id, args) = match self {
            UnknownIndicator { .. }
            | NoResultsInPeriod { .. }
            | ValueOutOfRange { .. }
            | MissingCompensation { .. }
            | MissingPreviousPayout { .. }
            | DeductionWithoutCompensation { .. } => self.data(),
            NoScheme { .. } | PotNotFullyPaid { .. } | FallbackExceedsPot { .. } => self.pot(),
            IntervalStraddlesLevel { .. } | SmallCohort { .. } | NoCohortColumn { .. } => {
                self.levels()
            }
            UnknownFindingKind { .. } | FindingOutsidePeriod { .. } => self.finding(),
            AdvancePaidDiffers(d) => return d.msg(),
        };
        Msg::new(id, args)
    }
}

impl Warning {
    /// Data that is missing, out of range or not used.
    fn data(&self) -> Parts {
        use Warning::*;
        match self {
            UnknownIndicator {
                id,
                rows,
                first_line,
            } => (
                "warning-unknown-indicator",
                vec![
                    ("id", plain(id)),
                    ("rows", count(*rows)),
                    ("first_line", Arg::Count((*first_line).into())),
                ],
            ),
            NoResultsInPeriod { period } => (
                "warning-no-results-in-period",
                vec![("period", plain(period))],
            ),
            ValueOutOfRange {
                provider_id,
                indicator_id,
                value,
                line,
            } => (
                "warning-value-out-of-range",
                vec![
                    ("line", Arg::Count((*line).into())),
                    ("provider_id", plain(provider_id)),
                    ("indicator_id", plain(indicator_id)),
                    ("value", Arg::rounded(value, 4)),
                ],
            ),
            MissingCompensation { provider_id } => (
                "warning-missing-compensation",
                vec![("provider_id", plain(provider_id))],
            ),
            MissingPreviousPayout { provider_id } => (
                "warning-missing-previous-payout",
                vec![("provider_id", plain(provider_id))],
            ),
            DeductionWithoutCompensation { provider_id } => (
                "warning-deduction-without-compensation",
                vec![("provider_id", plain(provider_id))],
            ),
            _ => unreachable!("grouped by Warning::msg"),
        }
    }

    /// A scheme or pot that does not pay as planned.
    fn pot(&self) -> Parts {
        use Warning::*;
        match self {
            NoScheme {
                provider_id,
                service_type,
            } => (
                "warning-no-scheme",
                vec![
                    ("provider_id", plain(provider_id)),
                    ("service_type", st(service_type)),
                ],
            ),
            PotNotFullyPaid {
                service_type,
                unpaid,
            } => (
                "warning-pot-not-fully-paid",
                vec![
                    ("service_type", st(service_type)),
                    ("n2", Arg::Num2(*unpaid)),
                ],
            ),
            FallbackExceedsPot { service_type } => (
                "warning-fallback-exceeds-pot",
                vec![("service_type", st(service_type))],
            ),
            _ => unreachable!("grouped by Warning::msg"),
        }
    }

    /// Levels and cohorts: intervals that straddle a level, cohorts too small or missing.
    fn levels(&self) -> Parts {
        use Warning::*;
        match self {
            IntervalStraddlesLevel {
                service_type,
                indicator_id,
                level,
                count: n,
                providers,
            } => {
                // The providers listed, and how many more there are.
                let more = (*n > providers.len()).then(|| {
                    Msg::new(
                        "warning-interval-straddles-more",
                        vec![("count", count(n - providers.len()))],
                    )
                });
                (
                    "warning-interval-straddles-level",
                    vec![
                        ("service_type", st(service_type)),
                        ("indicator_id", plain(indicator_id)),
                        ("count", count(*n)),
                        ("l", Arg::Num(*level)),
                        ("list", Arg::Plain(providers.join(", "))),
                        ("more", more.map_or(Arg::Text(None), Arg::msg)),
                    ],
                )
            }
            SmallCohort {
                service_type,
                indicator_id,
                cohort,
                peers,
            } => (
                "warning-small-cohort",
                vec![
                    ("service_type", st(service_type)),
                    ("indicator_id", plain(indicator_id)),
                    ("cohort", plain(cohort)),
                    ("peers", count(*peers)),
                    ("min", count(crate::domain::cohort::MIN_PEERS)),
                ],
            ),
            NoCohortColumn { service_type } => (
                "warning-no-cohort-column",
                vec![("service_type", st(service_type))],
            ),
            _ => unreachable!("grouped by Warning::msg"),
        }
    }

    /// Findings that a gate does not count.
    fn finding(&self) -> Parts {
        use Warning::*;
        match self {
            UnknownFindingKind {
                provider_id,
                finding,
            } => (
                "warning-unknown-finding-kind",
                vec![
                    ("provider_id", plain(provider_id)),
                    ("kind", plain(&finding.kind)),
                    ("date", Arg::Plain(finding.date.to_string())),
                ],
            ),
            FindingOutsidePeriod {
                provider_id,
                finding,
            } => (
                "warning-finding-outside-period",
                vec![
                    ("provider_id", plain(provider_id)),
                    ("kind", plain(&finding.kind)),
                    ("date", Arg::Plain(finding.date.to_string())),
                ],
            ),
            _ => unreachable!("grouped by Warning::msg"),
        }
    }
}
