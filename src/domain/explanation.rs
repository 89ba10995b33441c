//! The explanation of every krona: one object per provider and indicator, used by the table,
//! the detail view and every export, so "what is paid" and "why" cannot drift apart.

use rust_decimal::Decimal;

use super::exact::Q;
use super::feature::{Arg, Message, Msg, Named};
use super::results::{Regi, ServiceType};
use super::rules::{
    DeductionAmount, Direction, MissingDataPolicy, PotKey, Uncertainty, Unit, VolumeUnit,
};
use super::scorers::How;

mod account;
mod warning_messages;

/// The whole calculation: every provider's payout with its explanation.
#[derive(Debug, Clone, PartialEq)]
pub struct Calculation {
    pub municipality: String,
    pub rule_set_name: String,
    pub period: String,
    /// Sorted by service type, then provider id.
    pub providers: Vec<ProviderResult>,
    /// One per scheme in the rule set, in the rule set's order.
    pub schemes: Vec<SchemeSummary>,
    pub warnings: Vec<Warning>,
    /// Whether the providers' indicator results were kept.
    pub detail: Detail,
}

/// How much of the explanation a calculation keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Detail {
    /// Every provider's indicator results: what the app, the explanation exports and the
    /// report show.
    #[default]
    Indicators,
    /// The providers' results only: score, status, basis, amounts, deductions and areas.
    /// Each provider's indicator results are made, used and dropped with it, so they never
    /// all exist at once (a million of them at national scale, some 450 MB). Enough for a
    /// payout table; [`ProviderResult::indicators`] is empty.
    Providers,
}

impl Calculation {
    /// How many providers' indicator results an output makes again at a time (see
    /// [`Self::with_indicators`]): few enough that a run per core is a small part of memory.
    pub const RUN: usize = 256;

    /// A run of this calculation's providers with their indicator results: as they are, when
    /// they were kept, else made again by `again`, which must then be given.
    ///
    /// # Panics
    /// When the indicator results were not kept and `again` is `None` (a programming error:
    /// the output would show none, silently).
    pub fn with_indicators<'c>(
        &self,
        run: &'c [ProviderResult],
        again: Option<&super::engine::Explainer<'_>>,
    ) -> std::borrow::Cow<'c, [ProviderResult]> {
        match (self.detail, again) {
            (Detail::Indicators, _) => std::borrow::Cow::Borrowed(run),
            (Detail::Providers, Some(e)) => std::borrow::Cow::Owned(e.providers(run)),
            (Detail::Providers, None) => {
                panic!("this output needs the indicator results, made again or kept")
            }
        }
    }

    /// Stops an output that shows the indicator results from reading a calculation that did
    /// not keep them (a programming error: it would show none, silently).
    #[track_caller]
    pub fn expect_indicators(&self) {
        assert_eq!(
            self.detail,
            Detail::Indicators,
            "this output needs the indicator results"
        );
    }

    /// Total payout over all providers.
    pub fn total(&self) -> Decimal {
        self.providers.iter().map(|p| p.payout).sum()
    }

    /// Total payout for one service type.
    pub fn total_for(&self, st: ServiceType) -> Decimal {
        self.providers
            .iter()
            .filter(|p| p.service_type == st)
            .map(|p| p.payout)
            .sum()
    }

    /// The kvalitetspeng of one service type before withholding and deductions: what a
    /// budget is compared with.
    pub fn gross_total_for(&self, st: ServiceType) -> Decimal {
        self.providers
            .iter()
            .filter(|p| p.service_type == st)
            .map(|p| p.gross)
            .sum()
    }

    /// The provider with this id.
    pub fn provider(&self, id: &str) -> Option<&ProviderResult> {
        self.providers.iter().find(|p| p.id == id)
    }

    /// Whether any provider's net differs from its kvalitetspeng (a withhold, a deduction
    /// or a floor): then tables and exports show kvalitetspeng, withheld, deductions and net.
    pub fn has_adjustments(&self) -> bool {
        self.schemes.iter().any(|s| s.basis.pays().withholds())
            || self
                .providers
                .iter()
                .any(|p| !p.deductions.is_empty() || !p.floor_added.is_zero())
    }

    /// Whether the results gave what was already paid for any provider: then tables and
    /// exports show the settlement.
    pub fn has_reconciliation(&self) -> bool {
        self.providers.iter().any(|p| p.paid_so_far.is_some())
    }

    /// The money columns of a payout table, after the provider's facts: the kvalitetspeng
    /// alone, or with withholding and deductions the kvalitetspeng, withheld, deductions and
    /// net; with what was paid so far also that and the settlement. The same columns in every
    /// table and export.
    pub fn money_columns(&self) -> Vec<MoneyColumn> {
        let mut cols = Vec::new();
        if self.has_adjustments() {
            cols.extend([
                MoneyColumn::Gross,
                MoneyColumn::Withheld,
                MoneyColumn::Deducted,
                MoneyColumn::Net,
            ]);
        } else {
            cols.push(MoneyColumn::Payout);
        }
        if self.has_reconciliation() {
            cols.extend([MoneyColumn::PaidSoFar, MoneyColumn::Settlement]);
        }
        cols
    }

    /// (Paid so far, settlement) over every provider with a paid-so-far amount.
    pub fn settlement_totals(&self) -> (Decimal, Decimal) {
        let paid = self.providers.iter().filter_map(|p| p.paid_so_far).sum();
        let settle = self.providers.iter().filter_map(|p| p.settlement()).sum();
        (paid, settle)
    }
}

/// A money column of the payout table (see [`Calculation::money_columns`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
pub enum MoneyColumn {
    /// The payout, when nothing is withheld or deducted.
    Payout,
    /// The kvalitetspeng before withholding and deductions.
    Gross,
    /// Withheld (negative).
    Withheld,
    /// The deductions (negative).
    Deducted,
    /// The net payout.
    Net,
    PaidSoFar,
    Settlement,
}

/// The header for people (workbook, report, terminal).
impl Named for MoneyColumn {
    type Name = &'static str;
    fn name(&self) -> &'static str {
        match self {
            MoneyColumn::Payout => "payout-kr-label",
            MoneyColumn::Gross => "kvalitetspeng-kr",
            MoneyColumn::Withheld => "withheld-kr-label",
            MoneyColumn::Deducted => "deductions-kr-label",
            MoneyColumn::Net => "net-kr-label",
            MoneyColumn::PaidSoFar => "paid-so-far-kr-label",
            MoneyColumn::Settlement => "settlement-kr-label",
        }
    }
}

impl MoneyColumn {
    /// The message id of its CSV header (machine-readable).
    pub fn csv_header(self) -> &'static str {
        match self {
            MoneyColumn::Payout => "payout-kr",
            MoneyColumn::Gross => "gross-kr",
            MoneyColumn::Withheld => "withheld-kr",
            MoneyColumn::Deducted => "deductions-kr",
            MoneyColumn::Net => "net-kr",
            MoneyColumn::PaidSoFar => "paid-so-far-kr",
            MoneyColumn::Settlement => "settlement-kr",
        }
    }

    /// The value for a provider (`None`: blank).
    pub fn value(self, p: &ProviderResult) -> Option<Decimal> {
        match self {
            MoneyColumn::Payout | MoneyColumn::Net => Some(p.payout),
            MoneyColumn::Gross => Some(p.gross),
            MoneyColumn::Withheld => Some(-p.withheld),
            MoneyColumn::Deducted => Some(-p.deductions.iter().map(|d| d.amount).sum::<Decimal>()),
            MoneyColumn::PaidSoFar => p.paid_so_far,
            MoneyColumn::Settlement => p.settlement(),
        }
    }
}

/// Summary of one scheme.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemeSummary {
    pub service_type: ServiceType,
    pub volume_unit: VolumeUnit,
    pub basis: SchemeBasis,
    pub providers: usize,
    pub paid_providers: usize,
    /// The net total: what is paid (after withholding and deductions).
    pub total: Decimal,
    /// Kvalitetspeng before withholding and deductions (for a withhold: what is paid back).
    pub gross_total: Decimal,
    pub withheld_total: Decimal,
    pub deducted_total: Decimal,
    /// The warnings this scheme's calculation raised (also in [`Calculation::warnings`]).
    pub warnings: Vec<Warning>,
}

/// The payout base of a scheme, as applied: the compiled payout (one type for both, so the
/// summary cannot drift from the plan).
pub type SchemeBasis = super::plan::Payout;

/// One provider's payout and why.
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderResult {
    pub id: String,
    pub name: String,
    pub service_type: ServiceType,
    pub regi: Regi,
    pub volume: Decimal,
    pub volume_unit: VolumeUnit,
    pub indicators: Vec<IndicatorResult>,
    /// Total score 0–1, exact: the sum of the indicators' contributions.
    pub score: Q,
    pub status: PayoutStatus,
    pub basis: ProviderBasis,
    /// The cap that limited the payout, if it did.
    pub capped_at: Option<Decimal>,
    /// Kvalitetspeng in kronor before withholding and deductions, rounded to öre (for a
    /// withhold: the amount paid back).
    pub gross: Decimal,
    /// Withheld from the ordinary compensation (bonus/malus), öre.
    pub withheld: Decimal,
    /// The scheme's deductions (vite), each with whether it applied and its amount.
    pub deductions: Vec<DeductionResult>,
    /// What the floor at zero added to a negative net (zero when it did not act).
    pub floor_added: Decimal,
    /// What is paid for the period: gross − withheld − deductions + floor_added, öre. May be
    /// negative (a withhold or deductions larger than the kvalitetspeng).
    pub payout: Decimal,
    /// Already paid for the period in advances (from the results file), if given.
    pub paid_so_far: Option<Decimal>,
    /// The score per indicator area (empty when the scheme has no areas).
    pub areas: Vec<AreaResult>,
    /// The finding that capped the score, and the cap in percent (a gate's cap).
    pub score_capped_by: Option<(super::gate::Finding, Decimal)>,
}

/// One deduction (vite) for one provider.
#[derive(Debug, Clone, PartialEq)]
pub struct DeductionResult {
    pub indicator_id: std::sync::Arc<str>,
    pub indicator_name: std::sync::Arc<str>,
    pub direction: Direction,
    pub level: Decimal,
    pub amount_rule: DeductionAmount,
    /// The result (the point estimate), if any: compared with the level when usable.
    pub value: Option<Q>,
    /// Why the result is missing, when it is (then nothing is deducted).
    pub missing: Option<DataStatus>,
    /// The result's number of respondents (for the words of why it is missing).
    pub respondents: Option<u32>,
    /// Whether the result was on the wrong side of the level.
    pub applied: bool,
    /// The amount deducted, öre (zero when not applied).
    pub amount: Decimal,
}

/// One indicator area for one provider.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaResult {
    pub id: std::sync::Arc<str>,
    pub name: std::sync::Arc<str>,
    /// The area's weight as written, in percent.
    pub weight_percent: Decimal,
    /// The area's weight after any re-normalisation (0–1); zero when wholly missing.
    pub effective_weight: Q,
    /// The area's own score 0–1: its indicators' credits by their weights inside it.
    pub credit: Q,
    /// No usable result in the area (under re-normalisation its weight goes to the others).
    pub missing: bool,
}

/// Whether and why a provider is paid.
#[derive(Debug, Clone, PartialEq)]
pub enum PayoutStatus {
    Paid,
    /// Nothing: the score is zero.
    ZeroScore,
    /// Nothing: below the minimum score.
    BelowMinimumScore {
        min_percent: Decimal,
    },
    /// Nothing: not every indicator was met.
    NotAllIndicatorsMet,
    /// Nothing, and no score: fewer indicators had usable results than the scheme's data
    /// sufficiency rule requires ("otillräckligt underlag"), kept apart from a low score.
    InsufficientData {
        /// Indicators with usable results, of `indicators`.
        usable: u32,
        indicators: u32,
        required: u32,
    },
    /// Nothing: a finding of supervision in the period bars payment (a gate).
    Barred {
        finding: super::gate::Finding,
    },
    /// Paid by the fallback rule because data were missing.
    Fallback {
        percent: Decimal,
        previous_payout: Option<Decimal>,
    },
}

impl PayoutStatus {
    pub fn qualifies(&self) -> bool {
        matches!(self, PayoutStatus::Paid | PayoutStatus::Fallback { .. })
    }
}

impl Message for PayoutStatus {
    fn msg(&self) -> Msg {
        let (id, args) = match self {
            PayoutStatus::Paid => ("qualifies", vec![]),
            PayoutStatus::ZeroScore => ("no-score", vec![]),
            PayoutStatus::BelowMinimumScore { min_percent } => (
                "payout-status-below-minimum-score",
                vec![("min_percent", Arg::Num(*min_percent))],
            ),
            PayoutStatus::NotAllIndicatorsMet => ("not-all-indicators-met", vec![]),
            PayoutStatus::Fallback { percent, .. } => (
                "payout-status-fallback",
                vec![("percent", Arg::Num(*percent))],
            ),
            PayoutStatus::Barred { finding } => (
                "payout-status-barred",
                vec![
                    ("kind", Arg::Plain(finding.kind.clone())),
                    ("date", Arg::Plain(finding.date.to_string())),
                ],
            ),
            PayoutStatus::InsufficientData {
                usable,
                indicators,
                required,
            } => (
                "payout-status-insufficient-data",
                vec![
                    ("usable", Arg::Count((*usable).into())),
                    ("indicators", Arg::Count((*indicators).into())),
                    ("required", Arg::Count((*required).into())),
                ],
            ),
        };
        Msg::new(id, args)
    }
}

/// How a provider's amount was computed, before rounding.
#[derive(Debug, Clone, PartialEq)]
pub enum ProviderBasis {
    /// score × kr per unit × volume.
    PerVolumeUnit { kr_per_unit: Decimal },
    /// score × percent × compensation.
    PercentOfCompensation {
        percent: Decimal,
        compensation: Option<Decimal>,
    },
    /// pot × weight / total weight (after amounts set aside by the fallback rule or caps).
    Pot {
        pot: Decimal,
        shared: Decimal,
        key: PotKey,
        weight: Q,
        total_weight: Q,
        /// The share got one of the öre left over when the pot was split in whole öre.
        remainder_ore: bool,
    },
    /// percent × last period's payout.
    Fallback {
        percent: Decimal,
        previous_payout: Option<Decimal>,
    },
    /// Bonus/malus: the withheld part of the compensation, and the provider's share of what
    /// is paid back (payback × weight / total weight, weight = withheld × score).
    Withhold {
        withhold_percent: Decimal,
        compensation: Option<Decimal>,
        payback_percent: Decimal,
        payback: Decimal,
        weight: Q,
        total_weight: Q,
        /// The curve's value f(score) to its decimals when the payback follows a logistic
        /// exchange function (the weight is then withheld × f).
        factor: Option<Decimal>,
        /// The share got one of the öre left over when the payback was split in whole öre.
        remainder_ore: bool,
    },
    /// Not paid.
    None,
}

impl ProviderResult {
    /// The settlement against what was already paid (+ to pay, − to reclaim), when the
    /// results gave what was paid so far.
    pub fn settlement(&self) -> Option<Decimal> {
        self.paid_so_far.map(|p| self.payout - p)
    }

    /// Each indicator's part of the kvalitetspeng (the gross), in öre, summing exactly to it
    /// (largest remainder, in proportion to the indicators' contributions to the score). A
    /// fallback payout is not earned by the indicators: their parts are zero and
    /// [`Self::fallback_row`] has it. Computed when asked for (the explanation's views and
    /// exports), not at every rule edit.
    pub fn indicator_kronor(&self) -> Vec<Decimal> {
        self.indicator_split().0
    }

    /// [`Self::indicator_kronor`] with each part's mark: whether it got one of the öre left
    /// over when the gross was split in whole öre (why two equal contributions differ by one).
    pub fn indicator_split(&self) -> (Vec<Decimal>, Vec<bool>) {
        let n = self.indicators.len();
        if matches!(self.status, PayoutStatus::Fallback { .. }) || self.gross.is_zero() {
            return (
                vec![super::decimal::round_ore(Decimal::ZERO); n],
                vec![false; n],
            );
        }
        let weights: Vec<Q> = self
            .indicators
            .iter()
            .map(|i| i.contribution.clone())
            .collect();
        super::allocate::allocate_marked(self.gross, &weights)
    }

    /// Whether the provider's share of a pot or payback got one of the öre left over when it
    /// was split between the providers in whole öre.
    pub fn got_remainder_ore(&self) -> bool {
        matches!(
            self.basis,
            ProviderBasis::Pot {
                remainder_ore: true,
                ..
            } | ProviderBasis::Withhold {
                remainder_ore: true,
                ..
            }
        )
    }
}

/// The state of an indicator's data for a provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataStatus {
    Ok,
    Missing,
    TooFewRespondents {
        min: u32,
    },
    RespondentsUnknown {
        min: u32,
    },
    OutOfRange,
    /// A share under an interval rule (`Cautious`, `BenefitOfDoubt`) without respondents
    /// (their number blank or 0): nothing is known of its interval, so it is missing.
    NoRespondents,
    /// A relative indicator with no peer results.
    NoPeers,
}

impl DataStatus {
    /// The result was scored.
    pub fn is_ok(self) -> bool {
        self == DataStatus::Ok
    }

    /// The result itself is usable (not missing), whether or not it could be scored: what a
    /// deduction compares with its level.
    pub fn is_usable(self) -> bool {
        matches!(self, DataStatus::Ok | DataStatus::NoPeers)
    }
}

/// One indicator for one provider: the result, the credit and the kronor it brings.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorResult {
    pub indicator_id: std::sync::Arc<str>,
    pub name: std::sync::Arc<str>,
    pub unit: Unit,
    pub direction: Direction,
    /// The result (aggregated over the period's observations), if any.
    pub value: Option<Q>,
    pub respondents: Option<u32>,
    /// How many observations were aggregated into `value`.
    pub observations: u32,
    /// First source line of the observations.
    pub line: Option<u32>,
    pub status: DataStatus,
    /// How the credit was reached, when the data were usable.
    pub how: Option<How>,
    /// What the missing-data policy did, when the data were not usable.
    pub policy: Option<MissingDataPolicy>,
    /// Credit 0–1, exact.
    pub credit: Q,
    /// Configured weight in percent.
    pub weight_percent: Decimal,
    /// Weight as a fraction after any re-normalisation (0–1).
    pub effective_weight: Q,
    /// credit × effective weight: this indicator's part of the score (0–1).
    pub contribution: Q,
    /// The interval rule in force for this result (the point estimate when the result is no
    /// share with respondents).
    pub uncertainty: Uncertainty,
    /// The indicator's area (index into [`ProviderResult::areas`]).
    pub area: Option<u16>,
    /// The levels of the scoring that the survey interval straddles (the point estimate
    /// decides on which side of them the result falls).
    pub straddled: Vec<Decimal>,
}

impl IndicatorResult {
    /// The survey behind a share with respondents, if this is one.
    pub fn survey(&self) -> Option<super::survey::Survey> {
        match (self.unit, &self.value, self.respondents) {
            (Unit::Percent, Some(v), Some(n)) => super::survey::Survey::new(v.clone(), n),
            _ => None,
        }
    }
}

/// How many providers a warning about straddled levels names (it counts them all).
pub const STRADDLE_LISTED: usize = 12;

/// Something the calculation noticed that does not stop it.
#[derive(Debug, Clone, PartialEq)]
pub enum Warning {
    /// Results for an indicator no scheme uses; those rows are ignored.
    UnknownIndicator {
        id: String,
        rows: usize,
        first_line: u32,
    },
    /// A provider whose service type has no scheme; it is not paid.
    NoScheme {
        provider_id: String,
        service_type: ServiceType,
    },
    /// No observation falls in the rule set's period.
    NoResultsInPeriod { period: String },
    /// A percent-of-compensation provider without compensation.
    MissingCompensation { provider_id: String },
    /// A fallback provider without last period's payout.
    MissingPreviousPayout { provider_id: String },
    /// A value outside the unit's range (e.g. a percentage over 100); treated as missing.
    ValueOutOfRange {
        provider_id: String,
        indicator_id: String,
        value: Q,
        line: u32,
    },
    /// Part of a pot could not be paid (nobody qualifies, or every share reached the cap).
    PotNotFullyPaid {
        service_type: ServiceType,
        unpaid: Decimal,
    },
    /// The fallback amounts are larger than the pot and were scaled down to fit.
    FallbackExceedsPot { service_type: ServiceType },
    /// Providers whose survey interval straddles a level of the indicator: which side of
    /// the level they fall on is decided by survey noise.
    IntervalStraddlesLevel {
        service_type: ServiceType,
        indicator_id: String,
        level: Decimal,
        /// How many providers.
        count: usize,
        /// The first of them (at most [`STRADDLE_LISTED`], in provider order).
        providers: Vec<String>,
    },
    /// A deduction of a percentage of compensation for a provider without compensation.
    DeductionWithoutCompensation { provider_id: String },
    /// A finding of a kind the scheme has no gate for: it changes nothing.
    UnknownFindingKind {
        provider_id: String,
        finding: super::gate::Finding,
    },
    /// A peer cohort whose relative levels rest on fewer than
    /// [`super::cohort::MIN_PEERS`] usable results (they are computed, but unsteady).
    SmallCohort {
        service_type: ServiceType,
        indicator_id: String,
        cohort: String,
        peers: usize,
    },
    /// Relative levels within each cohort of the results column `kohort`, but no provider of
    /// the scheme has one: they are all one group.
    NoCohortColumn { service_type: ServiceType },
    /// A finding dated outside the rule set's period: it does not count.
    FindingOutsidePeriod {
        provider_id: String,
        finding: super::gate::Finding,
    },
    /// What was paid so far differs from what the scheme's advance rule plans (the record is
    /// what was paid; the settlement is made against it).
    AdvancePaidDiffers(super::advances::PaidDiffers),
}

impl Warning {
    /// Whether the warning is about money: someone is not paid, or paid differently, because
    /// of it (shown first, and marked, in the app's problems panel).
    pub fn changes_money(&self) -> bool {
        matches!(
            self,
            Warning::NoScheme { .. }
                | Warning::NoResultsInPeriod { .. }
                | Warning::MissingCompensation { .. }
                | Warning::MissingPreviousPayout { .. }
                | Warning::PotNotFullyPaid { .. }
                | Warning::FallbackExceedsPot { .. }
                | Warning::DeductionWithoutCompensation { .. }
        )
    }

    /// Whether the warning is a note about survey uncertainty (the intervals that straddle
    /// a level): information for the decision, not a problem with the data or the rules.
    pub fn is_note(&self) -> bool {
        matches!(self, Warning::IntervalStraddlesLevel { .. })
    }
}
