//! Providers and their indicator results, as imported from files.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::engine::aggregate::Partial;
use super::feature::Named;
use super::period::Period;

/// Home care or nursing home.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::VariantArray,
)]
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

/// "Hemtjänst", "Särskilt boende".
impl Named for ServiceType {
    type Name = &'static str;
    fn name(&self) -> &'static str {
        match self {
            ServiceType::Hemtjanst => "home-care",
            ServiceType::Sabo => "nursing-home",
        }
    }
}

/// Who runs the provider.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::VariantArray,
)]
pub enum Regi {
    /// Run by the municipality.
    EgenRegi,
    /// A private company (LOV or LOU contract).
    Privat,
}

impl Named for Regi {
    type Name = &'static str;
    fn name(&self) -> &'static str {
        match self {
            Regi::EgenRegi => "municipal",
            Regi::Privat => "private",
        }
    }
}

impl Regi {
    pub const ALL: [Regi; 2] = [Regi::EgenRegi, Regi::Privat];

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
    /// Findings of supervision (IVO decisions, sanctions, vite), sorted, each once: what the
    /// scheme's gates read ([`super::gate`]).
    pub findings: Vec<super::gate::Finding>,
    /// The provider's peer cohort from the results column `kohort`, if given.
    pub cohort: Option<String>,
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
    /// Every row's result, in file order (empty when the rows were [`folded`](Self::folded)).
    pub observations: Vec<Observation>,
    /// The rows folded, as they were read, into the cells of one plan's periods (see
    /// [`Folded`]); `None` for a result set that keeps its rows.
    pub folded: Option<Folded>,
    /// The file the results came from (for messages and audit).
    pub source_file: String,
    /// SHA-256 of the file's bytes, hex (for the audit trail; empty if not from a file).
    pub source_sha256: String,
    /// Problems the importer noticed that did not stop the import (e.g. Kolada values with a
    /// status), located; worded by `crate::words`.
    pub import_warnings: Vec<ImportWarning>,
}

/// A problem an importer noticed that did not stop the import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportWarning {
    pub file: String,
    /// The post (record) it is about, 1-based; `None` for the file as a whole.
    pub post: Option<usize>,
    pub kind: ImportWarningKind,
}

/// What an [`ImportWarning`] is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportWarningKind {
    /// A Kolada value without a total row (gender T): counts as missing.
    NoTotal { ou: String, kpi: String },
    /// A Kolada value with a status (e.g. "Uppgift saknas"): counts as missing.
    Status {
        ou: String,
        kpi: String,
        status: String,
    },
    /// A Kolada value that is null: counts as missing.
    NullValue { ou: String, kpi: String },
    /// A KPI the mapping does not name: its posts are skipped.
    UnknownKpi { kpi: String, posts: usize },
}

impl super::feature::Message for ImportWarningKind {
    fn msg(&self) -> super::feature::Msg {
        use super::feature::{Arg, Msg};
        let ou_kpi = |ou: &String, kpi: &String| {
            vec![
                ("ou", Arg::Plain(ou.clone())),
                ("kpi", Arg::Plain(kpi.clone())),
            ]
        };
        match self {
            ImportWarningKind::NoTotal { ou, kpi } => {
                Msg::new("import-warning-no-total", ou_kpi(ou, kpi))
            }
            ImportWarningKind::Status { ou, kpi, status } => {
                let mut args = ou_kpi(ou, kpi);
                args.push(("status", Arg::Plain(status.clone())));
                Msg::new("import-warning-status", args)
            }
            ImportWarningKind::NullValue { ou, kpi } => {
                Msg::new("import-warning-null-value", ou_kpi(ou, kpi))
            }
            ImportWarningKind::UnknownKpi { kpi, posts } => Msg::new(
                "import-warning-unknown-kpi",
                vec![
                    ("kpi", Arg::Plain(kpi.clone())),
                    ("posts", Arg::Count(*posts as u64)),
                ],
            ),
        }
    }
}

impl ResultSet {
    /// The provider with this id.
    pub fn provider(&self, id: &str) -> Option<&Provider> {
        self.providers
            .binary_search_by(|p| p.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.providers[i])
    }

    /// The number of result rows read (kept or folded).
    pub fn rows(&self) -> usize {
        self.folded
            .as_ref()
            .map_or(self.observations.len(), |f| f.rows)
    }

    /// The indicator id of an observation.
    pub fn indicator_id(&self, o: &Observation) -> &str {
        &self.indicators[o.indicator as usize]
    }
}

/// Results folded into cells as they were read: per provider × indicator × window (one of the
/// periods a plan reads, its period and its baseline periods), the exact partial aggregate of
/// the rows that lie in the window. Memory is bounded by these cells, not by the rows: the
/// streaming import of a calculation keeps this instead of every row. Rows outside every
/// window were checked like any other and counted, but not kept.
///
/// Only a plan whose periods are all among `windows` can be calculated from it (see
/// [`Folded::covers`]). Windows may nest (a year and its first half, for the app's current
/// and saved rules): a row is folded into every window it lies in. They never overlap in part
/// (no period the files can name does), so a window's cell is the rows it contains.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Folded {
    /// The periods folded into, sorted; two share months only if one contains the other.
    pub windows: Vec<Period>,
    /// Per provider (as [`ResultSet::providers`]): its cells, sorted by indicator and window.
    pub cells: Vec<Vec<FoldedCell>>,
    /// The result rows read.
    pub rows: usize,
}

/// One provider × indicator × window of [`Folded`].
#[derive(Debug, Clone, PartialEq)]
pub struct FoldedCell {
    /// Index into [`ResultSet::indicators`].
    pub indicator: u32,
    /// Index into [`Folded::windows`].
    pub window: u8,
    pub partial: Partial,
}

// The streamed import keeps one per provider × indicator × period read (a million at national
// scale, where 112 bytes each were a third of the memory).
const _: () = assert!(std::mem::size_of::<FoldedCell>() <= 80);

impl Folded {
    /// The most windows a result set is folded into (a period and its baselines).
    pub const MAX_WINDOWS: usize = 32;

    /// The windows to fold into for periods plans read: sorted and deduplicated, or `None`
    /// when two of them overlap in part (neither contains the other: a row could lie in one
    /// and not in a baseline it overlaps; the periods of files and rules never do this) or
    /// there are too many.
    ///
    /// ```
    /// use kvalitetspeng::domain::results::Folded;
    /// use kvalitetspeng::domain::period::Period;
    /// let p = |s: &str| s.parse::<Period>().unwrap();
    /// assert_eq!(Folded::windows_for([p("2025"), p("2024"), p("2025")]), Some(vec![p("2024"), p("2025")]));
    /// assert_eq!(Folded::windows_for([p("2025"), p("2025-Q1")]), Some(vec![p("2025-Q1"), p("2025")]));
    /// let spring = Period { year: 2025, first_month: 3, last_month: 5 };
    /// assert_eq!(Folded::windows_for([spring, p("2025-Q1")]), None);
    /// ```
    pub fn windows_for(periods: impl IntoIterator<Item = Period>) -> Option<Vec<Period>> {
        let mut w: Vec<Period> = periods.into_iter().collect();
        w.sort_unstable();
        w.dedup();
        let in_part = w.iter().enumerate().any(|(k, a)| {
            w[k + 1..].iter().any(|b| {
                a.year == b.year
                    && a.first_month <= b.last_month
                    && b.first_month <= a.last_month
                    && !a.contains(b)
                    && !b.contains(a)
            })
        });
        (!in_part && w.len() <= Self::MAX_WINDOWS).then_some(w)
    }

    /// The window a period is, if it is one.
    pub fn window_of(&self, p: &Period) -> Option<u8> {
        self.windows.iter().position(|w| w == p).map(|k| k as u8)
    }

    /// True if every period in `periods` is one of the windows.
    pub fn covers(&self, mut periods: impl Iterator<Item = Period>) -> bool {
        periods.all(|p| self.window_of(&p).is_some())
    }
}
