//! Comparing two calculations on the same providers: two rule sets on one results file, or
//! one rule set on two results files (this year against last).
//!
//! Every figure comes from the two calculations' payouts, which are whole öre, so the Δ of
//! each provider and every Δ total are exact differences: the Δs sum to the difference of
//! the totals to the öre.

use rust_decimal::Decimal;

use crate::domain::explanation::{Calculation, PayoutStatus, ProviderResult};
use crate::domain::results::{Regi, ServiceType};

/// How a provider's status changed from A to B.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusChange {
    Unchanged,
    /// Not paid in A, paid in B.
    NewlyQualified,
    /// Paid in A, not in B.
    LostQualification,
    /// Paid in both, for another reason (e.g. the fallback rule in one of them).
    OtherStatus,
    OnlyInA,
    OnlyInB,
}

/// Whether a provider gains, loses or keeps its payout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Direction {
    Loses,
    Unchanged,
    Gains,
}

/// One provider in both calculations (or in one of them).
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderDelta {
    pub id: String,
    pub name: String,
    pub service_type: ServiceType,
    pub regi: Regi,
    /// Payout in A and B (`None`: the provider is not in that calculation).
    pub a: Option<Decimal>,
    pub b: Option<Decimal>,
    pub status_a: Option<PayoutStatus>,
    pub status_b: Option<PayoutStatus>,
    pub change: StatusChange,
}

impl ProviderDelta {
    /// B − A, a missing side counting as 0.
    pub fn delta(&self) -> Decimal {
        self.b.unwrap_or_default() - self.a.unwrap_or_default()
    }

    /// Δ as a percentage of A, rounded to one decimal (`None` when A is 0 or missing).
    pub fn delta_percent(&self) -> Option<Decimal> {
        let a = self.a.filter(|a| !a.is_zero())?;
        let q = crate::domain::exact::Q::from(self.delta())
            .checked_div(&crate::domain::exact::Q::from(a))?;
        Some(q.percent(1))
    }

    pub fn direction(&self) -> Direction {
        match self.delta().cmp(&Decimal::ZERO) {
            std::cmp::Ordering::Less => Direction::Loses,
            std::cmp::Ordering::Equal => Direction::Unchanged,
            std::cmp::Ordering::Greater => Direction::Gains,
        }
    }
}

/// A and B totals over a group of providers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub a: Decimal,
    pub b: Decimal,
    pub providers: usize,
}

impl Totals {
    pub fn delta(&self) -> Decimal {
        self.b - self.a
    }

    fn add(&mut self, d: &ProviderDelta) {
        self.a += d.a.unwrap_or_default();
        self.b += d.b.unwrap_or_default();
        self.providers += 1;
    }
}

/// The comparison of two calculations.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// By service type, then provider id (as the calculations are).
    pub providers: Vec<ProviderDelta>,
    pub by_service_type: Vec<(ServiceType, Totals)>,
    pub by_regi: Vec<(Regi, Totals)>,
    pub total: Totals,
    pub gains: usize,
    pub loses: usize,
    pub unchanged: usize,
    pub only_in_a: usize,
    pub only_in_b: usize,
}

fn change(a: Option<&ProviderResult>, b: Option<&ProviderResult>) -> StatusChange {
    match (a, b) {
        (Some(_), None) => StatusChange::OnlyInA,
        (None, Some(_)) => StatusChange::OnlyInB,
        (None, None) => StatusChange::Unchanged,
        (Some(a), Some(b)) => {
            let paid = |p: &ProviderResult| p.status.qualifies() && !p.payout.is_zero();
            match (paid(a), paid(b)) {
                (false, true) => StatusChange::NewlyQualified,
                (true, false) => StatusChange::LostQualification,
                _ if a.status == b.status => StatusChange::Unchanged,
                _ => StatusChange::OtherStatus,
            }
        }
    }
}

/// Compares calculation `a` with `b`, provider by provider (matched by service type and id).
///
/// ```
/// use kvalitetspeng::domain::{calculate, decide::compare::compare};
/// # let rules = |f: &str| kvalitetspeng::io::read_rules(std::path::Path::new(f)).unwrap();
/// # let results = kvalitetspeng::io::read_results(std::path::Path::new("sample_data/worked_example_b/results.csv")).unwrap();
/// let a = calculate(&rules("sample_data/worked_example_b/rules.ron"), &results).unwrap();
/// let b = calculate(&rules("sample_data/worked_example_b/rules_zero_credit.ron"), &results).unwrap();
/// let c = compare(&a, &b);
/// assert_eq!(c.total.delta().to_string(), "-48000.00");
/// assert_eq!((c.gains, c.loses, c.unchanged), (0, 1, 2));
/// ```
pub fn compare(a: &Calculation, b: &Calculation) -> Comparison {
    // Both calculations list their providers by (service type, id): one merge, no sorting.
    fn key(p: &ProviderResult) -> (ServiceType, &str) {
        (p.service_type, p.id.as_str())
    }
    let mut pairs: Vec<(Option<&ProviderResult>, Option<&ProviderResult>)> =
        Vec::with_capacity(a.providers.len().max(b.providers.len()));
    let (mut i, mut j) = (0, 0);
    while i < a.providers.len() || j < b.providers.len() {
        let (pa, pb) = (a.providers.get(i), b.providers.get(j));
        match (pa, pb) {
            (Some(x), Some(y)) => match key(x).cmp(&key(y)) {
                std::cmp::Ordering::Equal => {
                    pairs.push((Some(x), Some(y)));
                    i += 1;
                    j += 1;
                }
                std::cmp::Ordering::Less => {
                    pairs.push((Some(x), None));
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    pairs.push((None, Some(y)));
                    j += 1;
                }
            },
            (Some(x), None) => {
                pairs.push((Some(x), None));
                i += 1;
            }
            (None, Some(y)) => {
                pairs.push((None, Some(y)));
                j += 1;
            }
            (None, None) => break,
        }
    }
    let mut out = Comparison {
        providers: Vec::with_capacity(pairs.len()),
        by_service_type: Vec::new(),
        by_regi: Vec::new(),
        total: Totals::default(),
        gains: 0,
        loses: 0,
        unchanged: 0,
        only_in_a: 0,
        only_in_b: 0,
    };
    for (pa, pb) in pairs {
        let Some(any) = pb.or(pa) else { continue };
        let d = ProviderDelta {
            id: any.id.clone(),
            name: any.name.clone(),
            service_type: any.service_type,
            regi: any.regi,
            a: pa.map(|p| p.payout),
            b: pb.map(|p| p.payout),
            status_a: pa.map(|p| p.status.clone()),
            status_b: pb.map(|p| p.status.clone()),
            change: change(pa, pb),
        };
        match d.change {
            StatusChange::OnlyInA => out.only_in_a += 1,
            StatusChange::OnlyInB => out.only_in_b += 1,
            _ => match d.direction() {
                Direction::Gains => out.gains += 1,
                Direction::Loses => out.loses += 1,
                Direction::Unchanged => out.unchanged += 1,
            },
        }
        out.total.add(&d);
        match out
            .by_service_type
            .iter_mut()
            .find(|(st, _)| *st == d.service_type)
        {
            Some((_, t)) => t.add(&d),
            None => {
                let mut t = Totals::default();
                t.add(&d);
                out.by_service_type.push((d.service_type, t));
            }
        }
        match out.by_regi.iter_mut().find(|(r, _)| *r == d.regi) {
            Some((_, t)) => t.add(&d),
            None => {
                let mut t = Totals::default();
                t.add(&d);
                out.by_regi.push((d.regi, t));
            }
        }
        out.providers.push(d);
    }
    out.by_regi.sort_by_key(|(r, _)| *r);
    out.by_service_type.sort_by_key(|(st, _)| *st);
    out
}

/// Whether two calculations share any provider (a comparison of files that share none is
/// almost certainly a mistake).
pub fn share_providers(a: &Calculation, b: &Calculation) -> bool {
    let in_b: rustc_hash::FxHashSet<(ServiceType, &str)> = b
        .providers
        .iter()
        .map(|p| (p.service_type, p.id.as_str()))
        .collect();
    a.providers
        .iter()
        .any(|p| in_b.contains(&(p.service_type, p.id.as_str())))
}
