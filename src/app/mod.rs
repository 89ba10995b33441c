//! The application's state and behaviour, apart from drawing: the open document (rule set),
//! the results, the latest calculation, undo history, notifications and commands.
//! Nothing here draws; `crate::ui` does.

pub mod commands;
pub mod decide;
pub mod install;
pub mod locked;
pub mod notifications;
pub mod state;
pub mod undo;

pub use commands::UiCommand;
pub use notifications::{Level, Notification};
pub use state::AppState;
