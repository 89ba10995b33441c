//! Peer cohorts: which providers a relative level is computed among. By default a scheme's
//! providers are one group (its service type, as before); a scheme may compute its relative
//! levels within each regi, or within each value of the results column `kohort` (a provider
//! without one forms the cohort ""). A cohort whose levels rest on fewer than
//! [`MIN_PEERS`] usable results is warned of (the levels are defined, but unsteady): a
//! warning, not an error, because it depends on the results, not on the rule file.

use serde::{Deserialize, Serialize};

use super::results::Provider;

/// Below this many usable results a cohort's levels are warned of: the best tenth is then a
/// single provider.
pub const MIN_PEERS: usize = 10;

/// Which providers are peers for relative levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Cohort {
    /// All the scheme's providers (its service type).
    #[default]
    ServiceType,
    /// The providers of the same regi.
    Regi,
    /// The providers with the same value in the results column `kohort`.
    Column,
}

impl Cohort {
    pub const ALL: [Cohort; 3] = [Cohort::ServiceType, Cohort::Regi, Cohort::Column];

    pub fn is_default(&self) -> bool {
        *self == Cohort::ServiceType
    }

    /// The name of a provider's cohort under this rule (empty: the whole scheme).
    pub fn name_of<'p>(&self, p: &'p Provider) -> &'p str {
        match self {
            Cohort::ServiceType => "",
            Cohort::Regi => p.regi.code(),
            Cohort::Column => p.cohort.as_deref().unwrap_or(""),
        }
    }
}

/// The cohorts of a scheme's members: their names in order of first appearance, and per
/// member the index of its cohort.
pub fn group<'p>(
    rule: Cohort,
    members: impl Iterator<Item = &'p Provider>,
) -> (Vec<String>, Vec<u32>) {
    let mut names: Vec<String> = Vec::new();
    let of = members
        .map(|p| {
            let n = rule.name_of(p);
            match names.iter().position(|x| x == n) {
                Some(k) => k as u32,
                None => {
                    names.push(n.to_string());
                    (names.len() - 1) as u32
                }
            }
        })
        .collect();
    (names, of)
}

/// The change of a scheme's cohort rule between two rule sets, worded, if any.
pub fn change(old: Cohort, new: Cohort) -> Option<super::feature::Msg> {
    use super::feature::{Arg, Msg, Named};
    let side = |c: Cohort| Arg::Text(Some(c.name()));
    (old != new).then(|| {
        Msg::new(
            "rule-change-cohort",
            vec![("old", side(old)), ("new", side(new))],
        )
    })
}

/// The rule's name ("per regi").
impl super::feature::Named for Cohort {
    type Name = &'static str;
    fn name(&self) -> &'static str {
        match self {
            Cohort::ServiceType => "cohort-service-type",
            Cohort::Regi => "cohort-regi",
            Cohort::Column => "cohort-column",
        }
    }
}

impl Cohort {
    /// The rule's sentence in the rules in prose (none for the default, the service type).
    pub fn prose(self) -> Option<super::feature::Msg> {
        let id = match self {
            Cohort::ServiceType => return None,
            Cohort::Regi => "prose-cohort-regi",
            Cohort::Column => "prose-cohort-column",
        };
        Some(super::feature::Msg::new(id, vec![]))
    }
}
