//! The pure calculation core. Nothing in here performs I/O or depends on egui.

pub mod advances;
pub mod allocate;
pub mod bounds;
pub mod cohort;
pub mod contract_minimum;
pub mod decide;
pub mod decimal;
pub mod effect;
pub mod engine;
pub mod exact;
pub mod explanation;
pub mod feature;
pub mod gate;

pub mod payout;
pub mod period;
pub mod plan;

pub mod results;
pub mod rules;
pub mod scorers;
pub(crate) mod splitmix;
pub mod standards;
pub mod survey;
pub mod textcheck;
pub mod validation;

pub use engine::calculate;
pub use explanation::Calculation;

pub use results::{Observation, Provider, Regi, ResultSet, ServiceType};
pub use rules::RuleSet;
