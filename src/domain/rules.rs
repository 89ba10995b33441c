//! A municipality's rule set: indicators, weights, levels, payout base.
//!
//! The types serialize to the human-editable RON rule file (see `docs/rule-file.md`).
//! Percentages (weights, step credits, payout percentages) are written in percent, 0–100.

mod prose;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::decimal::{serde_decimal, serde_opt_decimal};
use super::feature::{Arg, Msg, Named};
pub use super::payout::{
    PayoutBase, PayoutKind, per_volume_unit::PerVolumeUnit,
    percent_of_compensation::PercentOfCompensation, pot::Pot, withhold::Withhold,
};
use super::results::ServiceType;
pub use super::scorers::{
    Scoring, ScoringKind, achievement::AchievementOrImprovement, linear::Linear,
    relative::Relative, steps::Steps, threshold::Threshold,
};

/// The rule-file format this version reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A complete rule set for one municipality and period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// Rule-file format version; files from a newer version are refused.
    pub format_version: u32,
    /// The municipality, e.g. "Sjöviks kommun".
    pub municipality: String,
    /// Name of the rule set, e.g. "Kvalitetspeng 2025".
    pub name: String,
    /// The period the payout is for: `2025`, `2025-H1`, `2025-Q3` or `2025-03`.
    pub period: String,
    /// One scheme per service type.
    pub schemes: Vec<Scheme>,
    /// Where a provider sends corrections of its statement, and by which date (optional:
    /// a file without it means what it always did, and is written without it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrections: Option<Corrections>,
}

/// Where the providers send corrections of their statements (`kvalitetspeng statements`),
/// and the last day for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Corrections {
    /// Where to: an address, e-mail or registry, e.g. `"kvalitetspeng@sjovik.se"`.
    pub to: String,
    /// The last day, `ÅÅÅÅ-MM-DD`, e.g. `"2027-02-15"`.
    pub by: String,
}

impl RuleSet {
    /// The scheme for a service type, if the rule set has one.
    pub fn scheme(&self, st: ServiceType) -> Option<&Scheme> {
        self.schemes.iter().find(|s| s.service_type == st)
    }
}

/// How one service type is paid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scheme {
    pub service_type: ServiceType,
    /// What the providers' volume counts.
    pub volume_unit: VolumeUnit,
    /// What happens when a result is missing or has too few respondents.
    #[serde(default)]
    pub missing_data: MissingDataPolicy,
    /// How money is paid out.
    pub payout: PayoutBase,
    /// Who qualifies for any payment.
    #[serde(default)]
    pub qualification: Qualification,
    /// Highest payment to one provider, in kronor.
    #[serde(
        default,
        with = "serde_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub cap: Option<Decimal>,
    /// The budget for the scheme's total, kronor (optional): the app shows the forecast
    /// against it and can fit the rate to it; it changes no payout.
    #[serde(
        default,
        with = "serde_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub budget: Option<Decimal>,
    /// Indicator areas with their own weights (optional). With areas, every indicator names
    /// its area, the area weights sum to 100 and the indicator weights sum to 100 inside each
    /// area. Without areas the indicator weights sum to 100 over the scheme.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<Area>,
    pub indicators: Vec<Indicator>,
    /// Deductions (vite): an amount taken off when a result is on the wrong side of a level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deductions: Vec<Deduction>,
    /// Whether the net payout (after withholding and deductions) stops at zero instead of
    /// going negative.
    #[serde(default, skip_serializing_if = "is_false")]
    pub floor_at_zero: bool,
    /// Data sufficiency (k of n): a provider is scored only when at least this many of the
    /// scheme's indicators have usable results; otherwise it gets no score and no money
    /// ("otillräckligt underlag"). `None`: no such rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_usable_indicators: Option<u32>,
    /// Compliance gates and caps: what a finding of supervision of a kind (results columns
    /// `tillsyn`, `tillsyn_datum`) dated within the period does to the payment.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gates: Vec<super::gate::Gate>,
    /// Peer cohorts: among which providers relative levels are computed (default: the
    /// scheme's service type, as before).
    #[serde(default, skip_serializing_if = "super::cohort::Cohort::is_default")]
    pub cohort: super::cohort::Cohort,
    /// Advances during the year (optional): rounds totalling a percentage of each provider's
    /// previous payout, settled at year end against `utbetalt_hittills`
    /// ([`super::advances`]). `None`: no advances, as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advances: Option<super::advances::Advances>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// An indicator area (e.g. "Brukarupplevelse") with its weight in the scheme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// Identifier the indicators refer to, e.g. `"upplevelse"`.
    pub id: String,
    /// Name shown to people.
    pub name: String,
    /// Weight in percent; the areas of a scheme sum to 100.
    #[serde(with = "serde_decimal")]
    pub weight: Decimal,
}

/// A deduction (vite): when the result of `indicator` is worse than `level` (strictly, in the
/// indicator's direction), `amount` is deducted from the provider's payout. A missing result
/// deducts nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deduction {
    /// The indicator's id (one of the scheme's indicators).
    pub indicator: String,
    #[serde(with = "serde_decimal")]
    pub level: Decimal,
    pub amount: DeductionAmount,
}

/// How much a deduction takes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum DeductionAmount {
    /// A percentage of the provider's ordinary compensation.
    PercentOfCompensation(#[serde(with = "serde_decimal")] Decimal),
    /// A fixed amount in kronor.
    Fixed(#[serde(with = "serde_decimal")] Decimal),
}

/// How survey uncertainty counts for a share with respondents: the point estimate, or one end
/// of its Wilson 95 % interval.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, strum::VariantArray,
)]
pub enum Uncertainty {
    /// The result as reported (the point estimate).
    #[default]
    Estimate,
    /// The interval's worse end must reach the level: the lower bound when higher is better
    /// (pay only when clearly there).
    Cautious,
    /// The interval's better end is enough: the upper bound when higher is better (benefit of
    /// the doubt).
    BenefitOfDoubt,
}

impl Uncertainty {
    pub const ALL: [Uncertainty; 3] = [
        Uncertainty::Estimate,
        Uncertainty::Cautious,
        Uncertainty::BenefitOfDoubt,
    ];

    pub fn is_estimate(&self) -> bool {
        *self == Uncertainty::Estimate
    }

    /// Whether the rule counts the interval's lower end (else its upper end), for a direction.
    pub fn uses_lower(self, dir: Direction) -> bool {
        (self == Uncertainty::Cautious) == (dir == Direction::HigherIsBetter)
    }
}

/// One quality indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Identifier used in the results files, e.g. `"helhet"`.
    pub id: String,
    /// Name shown to people.
    pub name: String,
    pub unit: Unit,
    pub direction: Direction,
    /// Weight in percent; the weights of a scheme sum to 100.
    #[serde(with = "serde_decimal")]
    pub weight: Decimal,
    /// Where the result comes from (survey, register, own follow-up …).
    #[serde(default)]
    pub source: String,
    /// Results with fewer respondents/cases than this count as missing data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_respondents: Option<u32>,
    /// The area the indicator belongs to (the id of one of the scheme's areas), when the
    /// scheme has areas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// For a share with respondents: whether the point estimate or an end of its Wilson 95 %
    /// interval is scored.
    #[serde(default, skip_serializing_if = "Uncertainty::is_estimate")]
    pub uncertainty: Uncertainty,
    pub scoring: Scoring,
    /// The contract's minimum requirement for the result (optional): the level every provider
    /// must reach anyway; validation warns when a level that pays is at or worse than it.
    #[serde(
        default,
        with = "serde_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub contract_minimum: Option<Decimal>,
    /// The levels set before the year from a baseline period (optional; `docs/rule-file.md`,
    /// "Standards from a baseline period").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard: Option<super::standards::Standard>,
}

/// Unit of an indicator's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, strum::VariantArray)]
pub enum Unit {
    /// A share, 0–100.
    Percent,
    /// A count (e.g. number of staff met in 14 days).
    Count,
    /// A score on some scale.
    Score,
}

impl Unit {
    pub const ALL: [Unit; 3] = [Unit::Percent, Unit::Count, Unit::Score];

    /// Short suffix after a value, e.g. `%`.
    pub fn suffix(self) -> &'static str {
        match self {
            Unit::Percent => " %",
            Unit::Count | Unit::Score => "",
        }
    }
}

/// Which direction of the result is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, strum::VariantArray)]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
}

impl Direction {
    pub const ALL: [Direction; 2] = [Direction::HigherIsBetter, Direction::LowerIsBetter];

    /// True if `a` is at least as good as `b`.
    pub fn at_least_as_good(self, a: Decimal, b: Decimal) -> bool {
        match self {
            Direction::HigherIsBetter => a >= b,
            Direction::LowerIsBetter => a <= b,
        }
    }

    /// `≥` or `≤`: the comparison that means "at or beyond" in this direction.
    pub fn at_or_beyond_sign(self) -> &'static str {
        match self {
            Direction::HigherIsBetter => "≥",
            Direction::LowerIsBetter => "≤",
        }
    }

    /// `<` or `>`: the comparison that means "worse than" in this direction.
    pub fn worse_sign(self) -> &'static str {
        match self {
            Direction::HigherIsBetter => "<",
            Direction::LowerIsBetter => ">",
        }
    }

    /// "at least" / "at most": at or beyond a level in this direction, as a message value.
    pub fn at_least(self) -> super::feature::Arg {
        super::feature::Arg::Text(Some(match self {
            Direction::HigherIsBetter => "at-least",
            Direction::LowerIsBetter => "at-most",
        }))
    }

    /// "or lower" / "or higher": the worse side of a level in this direction, as a message
    /// value.
    pub fn or_worse(self) -> super::feature::Arg {
        super::feature::Arg::Text(Some(match self {
            Direction::HigherIsBetter => "or-lower",
            Direction::LowerIsBetter => "or-higher",
        }))
    }
}

/// One level of a [`Scoring::Steps`] scoring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    #[serde(with = "serde_decimal")]
    pub level: Decimal,
    /// Credit in percent (0–100) for reaching this level.
    #[serde(with = "serde_decimal")]
    pub credit_percent: Decimal,
}

/// A level derived from the peers' results (providers of the same service type).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, strum::EnumIter)]
pub enum PeerLevel {
    /// The value that this percentage of the peers is worse than (0–100), linear interpolation.
    Percentile(#[serde(with = "serde_decimal")] Decimal),
    /// The mean of the best tenth of the peers (at least one).
    TopDecileMean,
    /// The mean of all peers.
    Mean,
}

/// What to do with a result that is missing or has too few respondents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default, strum::EnumIter)]
pub enum MissingDataPolicy {
    /// The indicator gives no credit but keeps its weight.
    #[default]
    ZeroCredit,
    /// The indicator is left out and the other weights are scaled up to 100 %.
    Renormalize,
    /// The provider gets this percentage of its payout last period instead.
    FallbackShare(#[serde(with = "serde_decimal")] Decimal),
}

/// The unit providers' volume is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, strum::VariantArray)]
pub enum VolumeUnit {
    /// Performed hours (hemtjänst).
    Hour,
    /// Occupied bed-days (SÄBO).
    BedDay,
    /// Places (SÄBO).
    Place,
}

impl VolumeUnit {
    pub const ALL: [VolumeUnit; 3] = [VolumeUnit::Hour, VolumeUnit::BedDay, VolumeUnit::Place];

    /// The unit as a language file's selector chooses by it (not shown).
    pub fn code(self) -> &'static str {
        match self {
            VolumeUnit::Hour => "hour",
            VolumeUnit::BedDay => "bed-day",
            VolumeUnit::Place => "place",
        }
    }
}

/// How a pot is shared among the providers that qualify.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, strum::VariantArray)]
pub enum PotKey {
    /// Equal parts.
    Equal,
    /// In proportion to the score.
    Credit,
    /// In proportion to the volume.
    Volume,
    /// In proportion to score × volume.
    CreditTimesVolume,
}

impl PotKey {
    pub const ALL: [PotKey; 4] = [
        PotKey::Equal,
        PotKey::Credit,
        PotKey::Volume,
        PotKey::CreditTimesVolume,
    ];

    /// The key as a language file's selector chooses by it (not shown).
    pub fn code(self) -> &'static str {
        match self {
            PotKey::Equal => "equal",
            PotKey::Credit => "credit",
            PotKey::Volume => "volume",
            PotKey::CreditTimesVolume => "credit-volume",
        }
    }
}

/// Conditions for receiving any payment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Qualification {
    /// The score must be at least this many percent.
    #[serde(with = "serde_opt_decimal", skip_serializing_if = "Option::is_none")]
    pub min_score_percent: Option<Decimal>,
    /// Every indicator must give full credit.
    pub all_indicators_met: bool,
}

impl Named for Unit {
    type Name = &'static str;
    fn name(&self) -> &'static str {
        match self {
            Unit::Percent => "percent",
            Unit::Count => "count",
            Unit::Score => "score",
        }
    }
}

impl Named for Direction {
    type Name = &'static str;
    fn name(&self) -> &'static str {
        match self {
            Direction::HigherIsBetter => "higher-is-better",
            Direction::LowerIsBetter => "lower-is-better",
        }
    }
}

/// An interval rule's name says which end it counts, so it is named with the indicator's
/// direction: `(uncertainty, direction).label(lang)`.
impl Named for (Uncertainty, Direction) {
    type Name = &'static str;
    fn name(&self) -> &'static str {
        let (u, dir) = *self;
        match (u, u.uses_lower(dir)) {
            (Uncertainty::Estimate, _) => "point-estimate",
            (Uncertainty::Cautious, true) => "lower-bound-pay-only",
            (Uncertainty::Cautious, false) => "upper-bound-pay-only",
            (Uncertainty::BenefitOfDoubt, true) => "lower-bound-benefit-of",
            (Uncertainty::BenefitOfDoubt, false) => "upper-bound-benefit-of",
        }
    }
}

impl Named for PeerLevel {
    type Name = Msg;
    fn name(&self) -> Msg {
        match self {
            PeerLevel::Percentile(p) => Msg::new("percentile-as-text", vec![("p", Arg::Num(*p))]),
            PeerLevel::TopDecileMean => Msg::new("mean-of-top-decile", vec![]),
            PeerLevel::Mean => Msg::new("mean", vec![]),
        }
    }
}

impl PeerLevel {
    /// The level with "of the peers' results", as a sentence of the rules says it.
    pub fn of_peers(&self) -> Msg {
        Msg::new("peer-of-peers", vec![("peer", Arg::msg(self.name()))])
    }
}

impl Named for MissingDataPolicy {
    type Name = Msg;
    fn name(&self) -> Msg {
        match self {
            MissingDataPolicy::ZeroCredit => Msg::new("zero-credit", vec![]),
            MissingDataPolicy::Renormalize => Msg::new("leave-out-and-re", vec![]),
            MissingDataPolicy::FallbackShare(p) => {
                Msg::new("fallback-share", vec![("percent", Arg::Num(*p))])
            }
        }
    }
}

/// The unit as a column is labelled ("Utförda timmar").
impl Named for VolumeUnit {
    type Name = &'static str;
    fn name(&self) -> &'static str {
        match self {
            VolumeUnit::Hour => "performed-hours",
            VolumeUnit::BedDay => "occupied-bed-days",
            VolumeUnit::Place => "places",
        }
    }
}

impl VolumeUnit {
    /// The message id of the short unit after a number in a table: `52 750 tim`, `40 pl.`.
    pub fn short_name(self) -> &'static str {
        match self {
            VolumeUnit::Hour => "h",
            VolumeUnit::BedDay => "bed-days",
            VolumeUnit::Place => "places-short",
        }
    }

    /// The message id of the unit in the singular, for "kr per …".
    pub fn singular_name(self) -> &'static str {
        match self {
            VolumeUnit::Hour => "hour",
            VolumeUnit::BedDay => "bed-day",
            VolumeUnit::Place => "place",
        }
    }
}

impl Named for PotKey {
    type Name = &'static str;
    fn name(&self) -> &'static str {
        match self {
            PotKey::Equal => "equal-parts",
            PotKey::Credit => "by-score",
            PotKey::Volume => "by-volume",
            PotKey::CreditTimesVolume => "by-score-volume",
        }
    }
}
