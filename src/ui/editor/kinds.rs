//! The kinds a rule's choice can take, as the editor's combo boxes list them: each with its
//! label and the value a new choice of it starts from.

use rust_decimal::Decimal;

use crate::domain::rules::{MissingDataPolicy, PeerLevel};
use crate::words::Label as _;
use crate::words::{Lang, Word};

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
        for &k in crate::domain::rules::PayoutKind::ALL {
            assert_eq!(k.starting().kind(), k);
        }
        for k in MissingKind::ALL {
            assert_eq!(MissingKind::of(&k.starting()), k);
        }
        for k in PeerKind::ALL {
            assert_eq!(PeerKind::of(&k.starting()), k);
        }
    }
}
