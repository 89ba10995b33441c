//! Crash recovery: unsaved rule edits kept as text (by the app's storage, every 30 s and at
//! exit) and restored at the next start if the app did not get to save them.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::io;

use super::notifications::Level;
use super::state::AppState;

/// Unsaved rule edits, as kept between sessions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recovery {
    /// The rules as RON text.
    pub rules_ron: String,
    pub rules_path: Option<PathBuf>,
    pub rules_label: String,
    /// When it was stored, `YYYY-MM-DDTHH:MM:SSZ`.
    pub stored_at: String,
}

impl Recovery {
    /// The rule set's name, or nothing if the kept text cannot be read.
    pub fn rules_name(&self) -> String {
        io::rules_ron::parse_rules(&self.rules_ron, &self.rules_label)
            .map(|r| r.name)
            .unwrap_or_default()
    }
}

impl AppState {
    /// The current rules, to keep for recovery (the caller decides whether they need keeping).
    pub fn recovery(&self) -> Recovery {
        Recovery {
            rules_ron: io::rules_ron::to_ron_string(&self.rules),
            rules_path: self.rules_file.path.clone(),
            rules_label: self.rules_label.clone(),
            stored_at: io::audit::now_utc(),
        }
    }

    /// Restores kept edits as unsaved edits (see [`Self::restore_unsaved`]); if their text
    /// cannot be read, nothing changes and the user is told why.
    pub fn restore(&mut self, rec: Recovery) {
        match io::rules_ron::parse_rules(&rec.rules_ron, &rec.rules_label) {
            Ok(rules) => self.restore_unsaved(rules, rec.rules_path, rec.rules_label),
            Err(e) => {
                let msg = e.text(self.lang);
                self.notify(Level::Error, msg)
            }
        }
    }
}
