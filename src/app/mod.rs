//! The application's state and behaviour, apart from drawing: the open document (rule set),
//! the results, the latest calculation, undo history, notifications, commands and their
//! handling, exports, decisions and crash recovery. Nothing here draws or knows the toolkit;
//! `crate::ui` does.

pub mod commands;
pub mod decide;
pub mod effect;
pub mod export;
pub mod files;
pub mod install;
pub mod locked;
pub mod notifications;
pub mod recovery;
pub mod state;
pub mod undo;

/// How the UI words a rule problem: with its file and place ([`Located::text`]), or where in
/// the rules alone ([`problem_text`]).
pub use crate::io::rules_ron::locate::{Located, problem_text};
pub use commands::UiCommand;
pub use notifications::{Level, Notification};
pub use recovery::Recovery;
pub use state::AppState;
