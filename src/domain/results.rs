//! Providers and their indicator results, as imported from files.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::lang::Lang;
use super::period::Period;

/// Home care or nursing home.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ServiceType {
    /// Hemtjänst: home care, volume in performed hours.
    Hemtjanst,
    /// Särskilt boende (SÄBO): nursing home, volume in places or bed-days.
    Sabo,
}

impl ServiceType {
    pub const ALL: [ServiceType; 2] = [ServiceType::Hemtjanst, ServiceType::Sabo];

    /// The scheme's name in a parameter path and on the command line: `hemtjanst` or `sabo`.
    pub fn path_name(self) -> &'static str {
        match self {
            ServiceType::Hemtjanst => "hemtjanst",
            ServiceType::Sabo => "sabo",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ServiceType::Hemtjanst => lang.pick("Hemtjänst", "Home care"),
            ServiceType::Sabo => lang.pick("Särskilt boende", "Nursing home"),
        }
    }

    /// The short code used in files: `hemtjänst` / `säbo`.
    pub fn code(self) -> &'static str {
        match self {
            ServiceType::Hemtjanst => "hemtjänst",
            ServiceType::Sabo => "säbo",
        }
    }

    /// Reads the many ways people write the service type.
    pub fn parse(s: &str) -> Option<Self> {
        let l = s.trim().to_lowercase();
        match l.as_str() {
            "hemtjänst" | "hemtjanst" | "ht" | "home care" | "homecare" | "home_care"
            | "hemtjänsten" => Some(ServiceType::Hemtjanst),
            "säbo" | "sabo" | "sä bo" | "särskilt boende" | "sarskilt boende" | "sb"
            | "nursing home" | "nursing_home" | "nursinghome" => Some(ServiceType::Sabo),
            _ => None,
        }
    }
}

/// Who runs the provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Regi {
    /// Run by the municipality.
    EgenRegi,
    /// A private company (LOV or LOU contract).
    Privat,
}

impl Regi {
    pub const ALL: [Regi; 2] = [Regi::EgenRegi, Regi::Privat];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Regi::EgenRegi => lang.pick("Egen regi", "Municipal"),
            Regi::Privat => lang.pick("Privat", "Private"),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Regi::EgenRegi => "egen regi",
            Regi::Privat => "privat",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let l = s.trim().to_lowercase();
        match l.as_str() {
            "egen regi" | "egenregi" | "egen" | "kommunal" | "er" | "municipal" | "own"
            | "public" => Some(Regi::EgenRegi),
            "privat" | "privat regi" | "lov" | "lou" | "private" | "enskild" | "extern" => {
                Some(Regi::Privat)
            }
            _ => None,
        }
    }
}

/// A provider (utförare).
#[derive(Debug, Clone, PartialEq)]
pub struct Provider {
    pub id: String,
    pub name: String,
    pub service_type: ServiceType,
    pub regi: Regi,
    /// Performed hours, bed-days or places in the period, per the scheme's volume unit.
    pub volume: Decimal,
    /// Ordinary compensation in kronor (for percent-of-compensation schemes).
    pub compensation: Option<Decimal>,
    /// Kvalitetspeng paid last period (for the fallback policy).
    pub previous_payout: Option<Decimal>,
    /// Already paid for this period in advances (for the reconciliation at year end).
    pub paid_so_far: Option<Decimal>,
}

/// One result: provider × indicator × period.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    /// Index into [`ResultSet::providers`].
    pub provider: u32,
    /// Index into [`ResultSet::indicators`].
    pub indicator: u32,
    pub period: Period,
    /// `None` when the result is missing.
    pub value: Option<Decimal>,
    /// Number of respondents or cases behind the value, when known.
    pub respondents: Option<u32>,
    /// Where it was read from.
    pub line: u32,
}

/// All providers and results read from one or more files.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResultSet {
    /// Sorted by id, unique.
    pub providers: Vec<Provider>,
    /// Distinct indicator ids as written in the file (interned; observations refer by index).
    pub indicators: Vec<String>,
    pub observations: Vec<Observation>,
    /// The file the results came from (for messages and audit).
    pub source_file: String,
    /// SHA-256 of the file's bytes, hex (for the audit trail; empty if not from a file).
    pub source_sha256: String,
    /// Problems the importer noticed that did not stop the import (e.g. Kolada values with a
    /// status), as located texts.
    pub import_warnings: Vec<String>,
}

impl ResultSet {
    /// The provider with this id.
    pub fn provider(&self, id: &str) -> Option<&Provider> {
        self.providers
            .binary_search_by(|p| p.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.providers[i])
    }

    /// The indicator id of an observation.
    pub fn indicator_id(&self, o: &Observation) -> &str {
        &self.indicators[o.indicator as usize]
    }
}
