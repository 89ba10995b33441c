//! The scheme editor's fields for the scheme-level rules of issue 35: data sufficiency
//! (k of n), compliance gates and caps, peer cohorts, advances during the year (grid rows of
//! the scheme's grid).

use rust_decimal::Decimal;

use crate::domain::advances::Advances;
use crate::domain::cohort::Cohort;
use crate::domain::gate::{Gate, GateEffect};
use crate::domain::rules::Scheme;
use crate::ui::widgets::decimal_edit;
use crate::words::Label as _;
use crate::words::{Lang, Word};

/// The least number of indicators with usable data, the peer cohort, the gates and the
/// advances (grid rows).
pub(super) fn scheme_rules_ui(ui: &mut egui::Ui, scheme: &mut Scheme, si: usize, lang: Lang) {
    sufficiency_ui(ui, scheme, lang);
    cohort_ui(ui, scheme, si, lang);
    gates_ui(ui, scheme, si, lang);
    advances_ui(ui, scheme, si, lang);
}

/// Whether the scheme pays advances during the year, and the fields its advance rule
/// declares (grid rows).
fn advances_ui(ui: &mut egui::Ui, scheme: &mut Scheme, si: usize, lang: Lang) {
    let lbl = ui.label(lang.word(Word::AdvancesOn));
    let mut on = scheme.advances.is_some();
    if ui.checkbox(&mut on, "").labelled_by(lbl.id).changed() {
        scheme.advances = on.then(Advances::starting);
    }
    ui.end_row();
    if let Some(a) = &mut scheme.advances {
        for field in a.fields() {
            super::indicator::field_ui(ui, field, (si, usize::MAX), &|m| lang.say_plain(m), lang);
        }
    }
}

/// Among which providers relative levels are computed (a grid row).
fn cohort_ui(ui: &mut egui::Ui, scheme: &mut Scheme, si: usize, lang: Lang) {
    let lbl = ui.label(lang.word(Word::PeerCohort));
    egui::ComboBox::from_id_salt(("cohort", si))
        .selected_text(scheme.cohort.label(lang))
        .show_ui(ui, |ui| {
            for c in Cohort::ALL {
                ui.selectable_value(&mut scheme.cohort, c, c.label(lang));
            }
        })
        .response
        .labelled_by(lbl.id);
    ui.end_row();
}

/// The least number of indicators with usable data (a grid row).
fn sufficiency_ui(ui: &mut egui::Ui, scheme: &mut Scheme, lang: Lang) {
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

/// The rules for findings of supervision: per gate its kind, and whether it bars payment or
/// caps the score at a percentage (grid rows).
fn gates_ui(ui: &mut egui::Ui, scheme: &mut Scheme, si: usize, lang: Lang) {
    let mut remove = None;
    for (k, g) in scheme.gates.iter_mut().enumerate() {
        let lbl = ui.label(lang.word(Word::FindingKind));
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(&mut g.kind).desired_width(140.0))
                .labelled_by(lbl.id);
            let mut bars = g.effect == GateEffect::BarsPayment;
            if ui
                .radio_value(&mut bars, true, lang.word(Word::BarsPayment))
                .changed()
                | ui.radio_value(&mut bars, false, lang.word(Word::CapsScorePercent))
                    .changed()
            {
                g.effect = if bars {
                    GateEffect::BarsPayment
                } else {
                    GateEffect::CapScore(Decimal::from(50))
                };
            }
            if let GateEffect::CapScore(p) = &mut g.effect {
                decimal_edit(ui, p, ("gate_cap", si, k), 60.0, lang, lbl.id);
            }
            if ui.small_button("✕").clicked() {
                remove = Some(k);
            }
        });
        ui.end_row();
    }
    if let Some(k) = remove {
        scheme.gates.remove(k);
    }
    ui.label("");
    if ui.button(lang.word(Word::AddFindingRule)).clicked() {
        scheme.gates.push(Gate {
            kind: String::new(),
            effect: GateEffect::BarsPayment,
        });
    }
    ui.end_row();
}
