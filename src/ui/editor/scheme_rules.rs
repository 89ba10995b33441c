//! The scheme editor's fields for the scheme-level rules of issue 35: data sufficiency
//! (k of n), compliance gates and caps, peer cohorts (grid rows of the scheme's grid).

use crate::domain::rules::Scheme;
use crate::words::{Lang, Word};

/// The least number of indicators with usable data (grid row).
pub(super) fn scheme_rules_ui(ui: &mut egui::Ui, scheme: &mut Scheme, lang: Lang) {
    let lbl = ui.label(lang.word(Word::MinUsableIndicators));
    ui.horizontal(|ui| {
        let n = scheme.indicators.len().max(1) as u32;
        let mut on = scheme.min_usable_indicators.is_some();
        if ui.checkbox(&mut on, "").labelled_by(lbl.id).changed() {
            scheme.min_usable_indicators = on.then_some(n.min(2));
        }
        if let Some(k) = &mut scheme.min_usable_indicators {
            ui.add(egui::DragValue::new(k).range(1..=n))
                .labelled_by(lbl.id);
            ui.label(format!("/ {n}"));
        }
    });
    ui.end_row();
}
