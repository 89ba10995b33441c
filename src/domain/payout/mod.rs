//! Payout bases: how a scheme's money is paid. Each base is one module that owns its
//! parameters (the serde type the rule file stores), their validation, its default, its
//! editable fields, its sentences (as message ids with values, worded by `words`), what the
//! budget solver and the sweep may vary, its compiled form and how that pays.
//! [`PayoutBase`] (the file format), [`PayoutKind`] and the compiled [`Payout`] are made by
//! the one registration list at the end of this file.
//!
//! # How to add a payout base
//!
//! 1. Write `src/domain/payout/<base>.rs`: a struct named as the rule file's variant
//!    (`#[serde(rename = "...")]` if the Rust name differs; no `deny_unknown_fields`, as
//!    before), implementing [`Base`]; its compiled form implementing [`Pays`] (often the
//!    struct itself). Look at `withhold_logistic.rs` for a complete one.
//! 2. Add one line to the `payout_bases!` list below (order = the editor's order).
//! 3. Add its message ids (its label, its fields, its sentences) to both
//!    `assets/locales/*/kvalitetspeng.ftl`. If a provider's amount is reached in a way no
//!    [`ProviderBasis`](crate::domain::explanation::ProviderBasis) variant records, add one,
//!    with the module's `account()` (the explanation's sentence, a `Msg`) called from its arm
//!    in `domain/explanation/account.rs`.
//! 4. Document it in `docs/rule-file.md` with a worked example, pin that example in
//!    `tests/golden.rs`, and teach the oracle in `tests/common/oracle.rs`.
//!
//! Nothing else matches on the variants: the editor, the prose, the exports, validation,
//! the solver's rate and the engine go through [`Base`] and [`Pays`].

pub mod per_volume_unit;
pub mod percent_of_compensation;
pub mod pot;
pub mod withhold;
pub mod withhold_logistic;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::decide::solve::{RateKind, SolveError};
use super::exact::Q;
use super::explanation::{PayoutStatus, ProviderResult, Warning};
use super::plan::SchemePlan;
use super::results::Provider;
use super::rules::Scheme;
use super::validation::Checks;

pub use super::feature::{Arg, Field, Msg, Value};

/// A payout base as the rule file gives it.
pub trait Base {
    /// The message id of its name in pickers.
    fn label(&self) -> &'static str;
    /// Validation of its parameters (errors at [`super::validation::Field::Payout`]).
    fn check(&self, scheme: &Scheme, c: &mut Checks<'_>);
    /// The compiled form; `None` when a value still cannot be used (validation says which).
    fn compile(&self) -> Option<Payout>;
    /// Its fields for the rule editor, in order.
    fn fields(&mut self) -> Vec<Field<'_>>;
    /// Its sentence in the rules in prose.
    fn prose(&self) -> Msg;
    /// Its short form on the rules sheet of the payout export.
    fn short(&self) -> Msg;
    /// The value the sweep's and the solver's `rate` parameter path reads and writes.
    fn rate(&mut self) -> &mut Decimal;
    /// What the budget solver varies, or why it cannot.
    fn solve_rate(&self) -> Result<(RateKind, Decimal), SolveError>;
    /// The fixed total when the base pays a fixed amount whatever the results (a pot).
    fn fixed_total(&self) -> Option<Decimal>;
}

/// A compiled payout base: how it pays.
pub trait Pays {
    /// The provider's own amount (everything but a share between providers); called for
    /// every provider not paid by the fallback rule.
    fn own(&self, r: &mut ProviderResult, p: &Provider, cap: Option<Decimal>);
    /// Whether a missing compensation deserves a warning for a provider of this status.
    fn needs_compensation(&self, status: &PayoutStatus) -> bool;
    /// What needs all providers (a pot's shares, a withhold's payback).
    fn share(&self, scheme: &SchemePlan, out: &mut [ProviderResult], warnings: &mut Vec<Warning>);
    /// Whether it withholds part of the compensation.
    fn withholds(&self) -> bool;
    /// The scheme's payout basis in words (the summary line).
    fn describe(&self) -> Msg;
}

/// The percentage `p` (0–100) as an exact fraction.
pub(crate) fn percent(p: Decimal) -> Q {
    super::plan::percent(p)
}

/// Generates, from one line per base, the rule file's enum [`PayoutBase`] (newtype variants
/// holding each module's struct), [`PayoutKind`] with `ALL`, the compiled [`Payout`], and
/// their delegation to [`Base`] and [`Pays`].
macro_rules! payout_bases {
    ($($variant:ident => $module:ident :: $params:ident),* $(,)?) => {
        /// How the money is paid (the rule file's format: `Pot(amount: …, key: …)`).
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        pub enum PayoutBase {
            $($variant($module::$params),)*
        }

        /// The kind of a [`PayoutBase`], without its parameters (for pickers).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum PayoutKind {
            $($variant,)*
        }

        /// A compiled payout base (see [`Pays`]).
        #[derive(Debug, Clone, PartialEq)]
        pub enum Payout {
            $($variant(<$module::$params as Starting>::Plan),)*
        }

        impl PayoutKind {
            pub const ALL: &[PayoutKind] = &[$(PayoutKind::$variant,)*];

            /// The payout a scheme gets when the user picks this kind.
            pub fn starting(self) -> PayoutBase {
                match self {
                    $(PayoutKind::$variant => PayoutBase::$variant(<$module::$params as Starting>::starting()),)*
                }
            }

        }

        impl $crate::domain::feature::Named for PayoutKind {
            type Name = &'static str;
            fn name(&self) -> &'static str {
                self.starting().base().label()
            }
        }

        impl PayoutBase {
            pub fn kind(&self) -> PayoutKind {
                match self {
                    $(PayoutBase::$variant(_) => PayoutKind::$variant,)*
                }
            }

            /// The base's module.
            pub fn base(&self) -> &dyn Base {
                match self {
                    $(PayoutBase::$variant(b) => b,)*
                }
            }

            /// The base's module, to edit.
            pub fn base_mut(&mut self) -> &mut dyn Base {
                match self {
                    $(PayoutBase::$variant(b) => b,)*
                }
            }
        }

        impl Payout {
            /// The compiled base's module.
            pub fn pays(&self) -> &dyn Pays {
                match self {
                    $(Payout::$variant(p) => p,)*
                }
            }
        }
    };
}

/// A base's default and compiled type (separate from [`Base`], which is object safe).
pub trait Starting: Base + Sized {
    type Plan: Pays + std::fmt::Debug + Clone + PartialEq;
    /// The parameters a scheme starts from when this base is picked.
    fn starting() -> Self;
}

payout_bases! {
    Pot => pot::Pot,
    PerVolumeUnit => per_volume_unit::PerVolumeUnit,
    PercentOfCompensation => percent_of_compensation::PercentOfCompensation,
    Withhold => withhold::Withhold,
    WithholdLogistic => withhold_logistic::WithholdLogistic,
}
