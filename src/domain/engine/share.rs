//! Sharing money between providers: a pot split by its key, the payback of a withhold, a
//! cap applied with the rest shared again, and the net after withholding and deductions.
//! Exact until the one rounding to öre; parts split by largest remainder so they sum exactly.

use rust_decimal::Decimal;

use crate::domain::allocate::{allocate_exact, allocate_marked};
use crate::domain::decimal::round_ore;
use crate::domain::exact::Q;
use crate::domain::explanation::{PayoutStatus, ProviderBasis, ProviderResult, Warning};
use crate::domain::plan::SchemePlan;
use crate::domain::rules::PotKey;

/// The amount (not below zero) limited by the cap, rounded to öre: the one rounding.
pub(crate) fn apply_cap(
    amount: Q,
    cap: Option<Decimal>,
    capped_at: &mut Option<Decimal>,
) -> Decimal {
    let amount = amount.max_of(Q::ZERO);
    match cap {
        Some(c) if amount > Q::from(c) => {
            *capped_at = Some(c);
            Q::from(c).round_ore()
        }
        _ => amount.round_ore(),
    }
}

/// Shares a pot among the providers that are paid, with fallback amounts set aside first and
/// shares above the cap fixed at the cap and the rest shared again among the others.
pub(crate) fn share_pot(
    scheme: &SchemePlan,
    pot: Decimal,
    key: PotKey,
    out: &mut [ProviderResult],
    warnings: &mut Vec<Warning>,
) {
    let pot = Q::from(pot).round_ore();
    let st = scheme.service_type;
    let fallback_idx: Vec<usize> = (0..out.len())
        .filter(|&i| matches!(out[i].status, PayoutStatus::Fallback { .. }))
        .collect();
    let set_aside: Decimal = fallback_idx.iter().map(|&i| out[i].gross).sum();
    if set_aside > pot {
        warnings.push(Warning::FallbackExceedsPot { service_type: st });
        let weights: Vec<Q> = fallback_idx
            .iter()
            .map(|&i| Q::from(out[i].gross))
            .collect();
        for (&i, part) in fallback_idx.iter().zip(allocate_exact(pot, &weights)) {
            out[i].gross = part;
        }
        return;
    }
    let nonneg = |d: Decimal| Q::from(d.max(Decimal::ZERO));
    let weight_of = |r: &ProviderResult| match key {
        PotKey::Equal => Q::ONE,
        PotKey::Credit => r.score.clone(),
        PotKey::Volume => nonneg(r.volume),
        PotKey::CreditTimesVolume => &r.score * &nonneg(r.volume),
    };
    let weight: Vec<Q> = out.iter().map(weight_of).collect();
    let open: Vec<usize> = (0..out.len())
        .filter(|&i| out[i].status == PayoutStatus::Paid && weight[i].is_positive())
        .collect();
    for s in share_capped(pot - set_aside, open, &weight, scheme.cap) {
        let r = &mut out[s.index];
        r.gross = s.part;
        if s.capped {
            r.capped_at = Some(s.part);
        }
        r.basis = ProviderBasis::Pot {
            pot,
            shared: s.round_amount,
            key,
            weight: weight[s.index].clone(),
            total_weight: s.round_weight,
            remainder_ore: s.remainder_ore,
        };
    }
    let paid: Decimal = out.iter().map(|r| r.gross).sum();
    if paid < pot {
        warnings.push(Warning::PotNotFullyPaid {
            service_type: st,
            unpaid: pot - paid,
        });
    }
}

/// One provider's part of an amount shared by [`share_capped`].
struct Settled {
    index: usize,
    part: Decimal,
    /// The part is the cap.
    capped: bool,
    /// The amount shared and the total weight in the round that settled it.
    round_amount: Decimal,
    round_weight: Q,
    /// The part got one of the öre left over by the split in whole öre.
    remainder_ore: bool,
}

/// Shares `amount` among the providers `open` in proportion to `weight`, by largest
/// remainder in öre; a part above the cap is fixed at the cap and the rest shared again among
/// the others, until no part is above it (a pot's shares and a withhold's payback alike).
fn share_capped(
    mut amount: Decimal,
    mut open: Vec<usize>,
    weight: &[Q],
    cap: Option<Decimal>,
) -> Vec<Settled> {
    let cap = cap.map(|c| Q::from(c).round_ore());
    let mut settled = Vec::with_capacity(open.len());
    loop {
        let weights: Vec<Q> = open.iter().map(|&i| weight[i].clone()).collect();
        let total = crate::domain::allocate::sum_positive(&weights);
        let (parts, extra) = allocate_marked(amount, &weights);
        let over: Vec<usize> = match cap {
            Some(c) => open
                .iter()
                .zip(&parts)
                .filter(|(_, p)| **p > c)
                .map(|(i, _)| *i)
                .collect(),
            None => Vec::new(),
        };
        let Some(c) = cap.filter(|_| !over.is_empty()) else {
            for ((&index, part), remainder_ore) in open.iter().zip(parts).zip(extra) {
                settled.push(Settled {
                    index,
                    part,
                    remainder_ore,
                    capped: false,
                    round_amount: amount,
                    round_weight: total.clone(),
                });
            }
            return settled;
        };
        let round = amount;
        for index in over {
            settled.push(Settled {
                index,
                part: c,
                remainder_ore: false,
                capped: true,
                round_amount: round,
                round_weight: total.clone(),
            });
            amount -= c;
            open.retain(|&j| j != index);
        }
    }
}

/// The net payout: gross − withheld − deductions, raised to zero by the floor if the scheme
/// has one.
pub(super) fn net(r: &mut ProviderResult, floor_at_zero: bool) {
    let deducted: Decimal = r.deductions.iter().map(|d| d.amount).sum();
    let net = r.gross - r.withheld - deducted;
    if floor_at_zero && net < Decimal::ZERO {
        r.floor_added = -net;
        r.payout = round_ore(Decimal::ZERO);
    } else {
        r.floor_added = round_ore(Decimal::ZERO);
        r.payout = round_ore(net);
    }
}

/// Bonus/malus: pays back `payback_percent` of all that was withheld to the providers that
/// qualify, in proportion to withheld × `factor(score)` (the score itself for a straight
/// line), split by largest remainder (with the cap as for a pot: a share above it is fixed at
/// the cap and the rest shared again).
pub(crate) fn pay_back(
    scheme: &SchemePlan,
    payback_percent: Decimal,
    factor: impl Fn(&Q) -> Q,
    out: &mut [ProviderResult],
    warnings: &mut Vec<Warning>,
) {
    let withheld: Decimal = out.iter().map(|r| r.withheld).sum();
    let payback = (&Q::from(withheld) * &crate::domain::plan::percent(payback_percent)).round_ore();
    let weight: Vec<Q> = out
        .iter()
        .map(|r| &Q::from(r.withheld) * &factor(&r.score))
        .collect();
    let open: Vec<usize> = (0..out.len())
        .filter(|&i| out[i].status == PayoutStatus::Paid && weight[i].is_positive())
        .collect();
    let open_weights: Vec<Q> = open.iter().map(|&i| weight[i].clone()).collect();
    let total_weight = crate::domain::allocate::sum_positive(&open_weights);
    for r in out.iter_mut() {
        if let ProviderBasis::Withhold {
            payback: pb,
            total_weight: tw,
            ..
        } = &mut r.basis
        {
            *pb = payback;
            *tw = total_weight.clone();
        }
    }
    for s in share_capped(payback, open, &weight, scheme.cap) {
        out[s.index].gross = s.part;
        if let ProviderBasis::Withhold { remainder_ore, .. } = &mut out[s.index].basis {
            *remainder_ore = s.remainder_ore;
        }
        if s.capped {
            out[s.index].capped_at = Some(s.part);
        }
    }
    for (r, w) in out.iter_mut().zip(weight) {
        if let ProviderBasis::Withhold { weight: rw, .. } = &mut r.basis {
            *rw = if r.status == PayoutStatus::Paid {
                w
            } else {
                Q::ZERO
            };
        }
    }
    let paid: Decimal = out.iter().map(|r| r.gross).sum();
    if paid < payback {
        warnings.push(Warning::PotNotFullyPaid {
            service_type: scheme.service_type,
            unpaid: payback - paid,
        });
    }
}
