//! Preferences kept between sessions (eframe storage): language, recent files, panels, theme.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::words::Lang;

use super::KvalitetspengApp;

/// Storage key of the preferences.
pub(super) const PREFS_KEY: &str = "kvalitetspeng-prefs";

/// Preferences kept between sessions (eframe storage).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub lang: Lang,
    pub recent_rules: Vec<PathBuf>,
    pub recent_results: Vec<PathBuf>,
    pub show_editor: bool,
    pub show_problems: bool,
    pub theme: ThemePref,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            lang: Lang::Sv,
            recent_rules: Vec::new(),
            recent_results: Vec::new(),
            show_editor: true,
            show_problems: true,
            theme: ThemePref::System,
        }
    }
}

/// Light, dark or as the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemePref {
    System,
    Light,
    Dark,
}

/// Puts `p` first in a recent-files list (at most eight).
pub(super) fn push_recent(list: &mut Vec<PathBuf>, p: &std::path::Path) {
    list.retain(|q| q != p);
    list.insert(0, p.to_path_buf());
    list.truncate(8);
}

impl KvalitetspengApp {
    pub(super) fn apply_theme(&self, ctx: &egui::Context) {
        let pref = match self.prefs.theme {
            ThemePref::System => egui::ThemePreference::System,
            ThemePref::Light => egui::ThemePreference::Light,
            ThemePref::Dark => egui::ThemePreference::Dark,
        };
        ctx.set_theme(pref);
    }
}
