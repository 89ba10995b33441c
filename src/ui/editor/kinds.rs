//! The kinds a rule's choice can take, as the editor's combo boxes list them: each with its
//! label and the value a new choice of it starts from.

use rust_decimal::Decimal;

use crate::domain::rules::{MissingDataPolicy, PayoutBase, PeerLevel, PotKey};
use crate::words::{Lang, Word};

/// How a scheme's money is paid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PayoutKind {
    Pot,
    PerVolumeUnit,
    PercentOfCompensation,
    Withhold,
}

impl PayoutKind {
    pub(super) const ALL: [PayoutKind; 4] = [
        PayoutKind::Pot,
        PayoutKind::PerVolumeUnit,
        PayoutKind::PercentOfCompensation,
        PayoutKind::Withhold,
    ];

    pub(super) fn of(payout: &PayoutBase) -> Self {
        match payout {
            PayoutBase::Pot { .. } => PayoutKind::Pot,
            PayoutBase::PerVolumeUnit { .. } => PayoutKind::PerVolumeUnit,
            PayoutBase::PercentOfCompensation { .. } => PayoutKind::PercentOfCompensation,
            PayoutBase::Withhold { .. } => PayoutKind::Withhold,
        }
    }

    pub(super) fn label(self, lang: Lang) -> &'static str {
        match self {
            PayoutKind::Pot => lang.word(Word::FixedPotShared),
            PayoutKind::PerVolumeUnit => lang.word(Word::KronorPerVolumeUnit),
            PayoutKind::PercentOfCompensation => lang.word(Word::PercentOfOrdinaryCompensation),
            PayoutKind::Withhold => lang.word(Word::WithholdAndPayBack),
        }
    }

    /// The payout a scheme gets when the user picks this kind.
    pub(super) fn starting(self) -> PayoutBase {
        match self {
            PayoutKind::Pot => PayoutBase::Pot {
                amount: Decimal::from(1_000_000),
                key: Some(PotKey::CreditTimesVolume),
            },
            PayoutKind::PerVolumeUnit => PayoutBase::PerVolumeUnit {
                kr_per_unit: Decimal::TEN,
            },
            PayoutKind::PercentOfCompensation => PayoutBase::PercentOfCompensation {
                percent: Decimal::from(2),
            },
            PayoutKind::Withhold => PayoutBase::Withhold {
                withhold_percent: Decimal::from(2),
                payback_percent: Decimal::ONE_HUNDRED,
            },
        }
    }
}

/// What happens to a provider's missing values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MissingKind {
    ZeroCredit,
    Renormalize,
    FallbackShare,
}

impl MissingKind {
    pub(super) const ALL: [MissingKind; 3] = [
        MissingKind::ZeroCredit,
        MissingKind::Renormalize,
        MissingKind::FallbackShare,
    ];

    pub(super) fn of(policy: &MissingDataPolicy) -> Self {
        match policy {
            MissingDataPolicy::ZeroCredit => MissingKind::ZeroCredit,
            MissingDataPolicy::Renormalize => MissingKind::Renormalize,
            MissingDataPolicy::FallbackShare(_) => MissingKind::FallbackShare,
        }
    }

    pub(super) fn label(self, lang: Lang) -> String {
        match self {
            MissingKind::ZeroCredit => MissingDataPolicy::ZeroCredit.label(lang),
            MissingKind::Renormalize => MissingDataPolicy::Renormalize.label(lang),
            MissingKind::FallbackShare => lang.word(Word::ShareOfLastPeriods).into(),
        }
    }

    /// The policy a scheme gets when the user picks this kind.
    pub(super) fn starting(self) -> MissingDataPolicy {
        match self {
            MissingKind::ZeroCredit => MissingDataPolicy::ZeroCredit,
            MissingKind::Renormalize => MissingDataPolicy::Renormalize,
            MissingKind::FallbackShare => MissingDataPolicy::FallbackShare(Decimal::from(70)),
        }
    }
}

/// Which level among the peers a relative score is measured from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PeerKind {
    Percentile,
    TopDecileMean,
    Mean,
}

impl PeerKind {
    pub(super) const ALL: [PeerKind; 3] = [
        PeerKind::Percentile,
        PeerKind::TopDecileMean,
        PeerKind::Mean,
    ];

    pub(super) fn of(level: &PeerLevel) -> Self {
        match level {
            PeerLevel::Percentile(_) => PeerKind::Percentile,
            PeerLevel::TopDecileMean => PeerKind::TopDecileMean,
            PeerLevel::Mean => PeerKind::Mean,
        }
    }

    pub(super) fn label(self, lang: Lang) -> String {
        match self {
            PeerKind::Percentile => lang.word(Word::Percentile).into(),
            PeerKind::TopDecileMean => PeerLevel::TopDecileMean.label(lang),
            PeerKind::Mean => PeerLevel::Mean.label(lang),
        }
    }

    /// The level a score gets when the user picks this kind.
    pub(super) fn starting(self) -> PeerLevel {
        match self {
            PeerKind::Percentile => PeerLevel::Percentile(Decimal::from(50)),
            PeerKind::TopDecileMean => PeerLevel::TopDecileMean,
            PeerKind::Mean => PeerLevel::Mean,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_starts_as_itself() {
        for k in PayoutKind::ALL {
            assert_eq!(PayoutKind::of(&k.starting()), k);
        }
        for k in MissingKind::ALL {
            assert_eq!(MissingKind::of(&k.starting()), k);
        }
        for k in PeerKind::ALL {
            assert_eq!(PeerKind::of(&k.starting()), k);
        }
    }
}
