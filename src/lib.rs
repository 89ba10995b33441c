//! Kvalitetspeng: exact calculation and explanation of quality-based payments
//! (kvalitetspeng) to Swedish home-care (hemtjänst) and nursing-home (SÄBO) providers.
//!
//! * [`domain`] is the pure calculation core: rule sets, results, scoring, allocation,
//!   explanations and validation. It does no I/O and knows nothing of the UI.
//! * [`messages`] are what io reports of files and locked runs, as data that words word.
//! * [`io`] reads and writes files: RON rule files, CSV/XLSX/Kolada results, payout exports.
//! * [`app`] holds the desktop application's state, commands and undo history.
//! * [`ui`] draws the egui user interface.
//! * [`cli`] is the command-line front end (`kvalitetspeng calc …`).

#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod domain;
pub mod generate;
pub mod io;
pub mod messages;
#[cfg(feature = "gui")]
pub mod ui;
pub mod words;
