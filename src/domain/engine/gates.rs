//! Compliance gates and caps in the calculation (rules and findings: [`crate::domain::gate`]):
//! a provider's findings dated within the period either bar payment (a status naming the
//! finding) or cap its score; findings of a kind without a gate, or dated outside the
//! period, change nothing and are reported as warnings.

use rust_decimal::Decimal;

use crate::domain::exact::Q;
use crate::domain::explanation::{PayoutStatus, Warning};
use crate::domain::gate::{Finding, GateOutcome, outcome};
use crate::domain::plan::SchemePlan;
use crate::domain::results::Provider;

/// Applies the scheme's gates to a provider's score: caps `r.score` (noting the finding in
/// `capped_by`), and returns the status of a provider barred by a finding.
pub(super) fn apply(
    scheme: &SchemePlan,
    p: &Provider,
    score: &mut Q,
    capped_by: &mut Option<(Finding, Decimal)>,
) -> Option<PayoutStatus> {
    *capped_by = None;
    match outcome(&scheme.gates, &p.findings, &scheme.period)? {
        GateOutcome::Barred(finding) => Some(PayoutStatus::Barred { finding }),
        GateOutcome::Capped {
            finding,
            percent,
            cap,
        } => {
            if *score > cap {
                *score = cap;
                *capped_by = Some((finding, percent));
            }
            None
        }
    }
}

/// The warnings of a scheme's providers' findings: of a kind without a gate, or dated outside
/// the period (in provider order).
pub(super) fn warnings<'a>(
    scheme: &SchemePlan,
    providers: impl Iterator<Item = (String, &'a Provider)>,
    out: &mut Vec<Warning>,
) {
    for (id, p) in providers {
        for f in &p.findings {
            if !scheme.gates.iter().any(|g| g.kind == f.kind) {
                out.push(Warning::UnknownFindingKind {
                    provider_id: id.clone(),
                    finding: f.clone(),
                });
            } else if !f.date.in_period(&scheme.period) {
                out.push(Warning::FindingOutsidePeriod {
                    provider_id: id.clone(),
                    finding: f.clone(),
                });
            }
        }
    }
}
