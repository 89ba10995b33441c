//! Crash recovery: unsaved rule edits (`app::Recovery`) kept in eframe's storage and offered
//! back at the next start.

use crate::app::Recovery;
use crate::words::Word;
use crate::words::msg;

use super::KvalitetspengApp;

/// Storage key of the recovery snapshot.
pub const RECOVERY_KEY: &str = "kvalitetspeng-recovery";

impl KvalitetspengApp {
    /// The snapshot to keep for crash recovery: the rules if they have unsaved edits.
    pub fn recovery_snapshot(&self) -> Option<Recovery> {
        (self.state.is_dirty() && !self.discard_recovery).then(|| self.state.recovery())
    }

    pub(super) fn recovery_ui(&mut self, ctx: &egui::Context) {
        let Some(rec) = self.recovery_offer.clone() else {
            return;
        };
        let lang = self.lang();
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(lang.word(Word::RestoreUnsavedChanges));
            // Say exactly which document it is: its file (full path) or that it had none, the
            // rule set's name, and when the edits were kept.
            let name = rec.rules_name();
            let file = match &rec.rules_path {
                Some(p) => p.display().to_string(),
                None => msg!(
                    lang.words(),
                    "ui-no-file-never-saved",
                    rules_label = rec.rules_label
                ),
            };
            let when = local_time(&rec.stored_at);
            ui.label(msg!(
                lang.words(),
                "ui-program-ended-with-unsaved-changes",
                name
            ));
            egui::Grid::new("recovery_facts")
                .num_columns(2)
                .show(ui, |ui| {
                    ui.weak(lang.word(Word::FileLabel));
                    ui.label(file);
                    ui.end_row();
                    ui.weak(lang.word(Word::ChangesKeptAt));
                    ui.label(when);
                    ui.end_row();
                });
            ui.label(lang.word(Word::RestoreOpensThemAs));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(lang.word(Word::Restore)).clicked() {
                    answer = Some(true);
                }
                if ui.button(lang.word(Word::DiscardTheChanges)).clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => {
                self.recovery_offer = None;
                self.state.restore(rec);
            }
            Some(false) => self.recovery_offer = None,
            None => {}
        }
    }
}

/// A stored UTC time (`2026-12-01T13:39:40Z`) in the computer's own time zone, with the zone:
/// `2026-12-01 14:39 (CET)`. Shown as UTC if the zone cannot be read.
pub fn local_time(utc: &str) -> String {
    match utc.parse::<jiff::Timestamp>() {
        Ok(t) => t
            .to_zoned(jiff::tz::TimeZone::system())
            .strftime("%Y-%m-%d %H:%M (%Z)")
            .to_string(),
        Err(_) => utc.replace('T', " ").replace('Z', " UTC"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn stored_times_are_shown_in_local_time_with_the_zone() {
        let t = super::local_time("2026-12-01T13:39:40Z");
        assert!(t.starts_with("2026-12-01 "), "{t}");
        assert!(t.ends_with(')'), "{t}");
        assert_eq!(super::local_time("inte en tid"), "inte en tid");
    }
}
