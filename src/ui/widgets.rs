//! Small widgets: exact decimal fields, right-aligned numbers, Swedish number text.

use egui::{Align, Layout, RichText, Ui};
use rust_decimal::Decimal;

use crate::domain::decimal::parse_number;
use crate::words::number::format_number_lang;
use crate::words::{Lang, Word};

/// A number formatted for the UI language: `1 234 567,89` / `1,234,567.89`.
pub fn num(d: Decimal, dp: u32, lang: Lang) -> String {
    format_number_lang(d, Some(dp), lang)
}

/// Kronor for the UI: `1 234 567,89 kr`.
pub fn kr(d: Decimal, lang: Lang) -> String {
    format!("{} kr", num(d, 2, lang))
}

/// A label right-aligned in its cell (numbers).
pub fn right_label(ui: &mut Ui, text: impl Into<RichText>) {
    let text: RichText = text.into();
    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
        ui.label(text);
    });
}

/// The text of a decimal in an edit field: Swedish with a space between thousands
/// (`3 600 000`, read back exactly), English plain (`3600000`: a comma there would read as a
/// decimal sign).
fn edit_text(d: Decimal, lang: Lang) -> String {
    lang.words().edit_number(d)
}

/// An exact decimal field: accepts decimal comma or point; invalid text is shown in red and
/// does not change the value. Returns true when the value changed.
pub fn decimal_edit(
    ui: &mut Ui,
    value: &mut Decimal,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    width: f32,
    lang: Lang,
    label: egui::Id,
) -> bool {
    let id = ui.make_persistent_id(id_salt);
    let canonical = edit_text(*value, lang);
    // While typing, the field keeps the typed text (e.g. "12," on the way to "12,5").
    let mut text = ui
        .data_mut(|d| d.get_temp::<(String, String)>(id))
        .filter(|(c, _)| *c == canonical)
        .map(|(_, t)| t)
        .unwrap_or_else(|| canonical.clone());
    let invalid = parse_number(&text).is_err();
    let mut edit = egui::TextEdit::singleline(&mut text)
        .id(id.with("edit"))
        .desired_width(width);
    if invalid {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let resp = ui.add(edit).labelled_by(label);
    let mut changed = false;
    if resp.changed()
        && let Ok(v) = parse_number(&text)
        && v != *value
    {
        *value = v;
        changed = true;
    }
    if resp.has_focus() {
        let now = edit_text(*value, lang);
        ui.data_mut(|d| d.insert_temp(id, (now, text)));
    } else {
        ui.data_mut(|d| d.remove::<(String, String)>(id));
    }
    if invalid {
        resp.on_hover_text(lang.word(Word::EnterANumberE));
    }
    changed
}

/// An optional decimal: a checkbox to turn it on and a field for the value.
pub fn optional_decimal_edit(
    ui: &mut Ui,
    value: &mut Option<Decimal>,
    label: &str,
    default: Decimal,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    lang: Lang,
) {
    let mut on = value.is_some();
    let check = ui.checkbox(&mut on, label);
    if check.changed() {
        *value = if on { Some(default) } else { None };
    }
    if let Some(v) = value {
        decimal_edit(ui, v, id_salt, 90.0, lang, check.id);
    }
}

/// A combo box's width: `want`, or what the panel has left when that is less (a narrow
/// window), so that it is cut with an ellipsis inside the panel rather than at its edge.
pub fn combo_width(ui: &Ui, want: f32) -> f32 {
    want.min(ui.available_width() - ui.spacing().item_spacing.x)
        .max(80.0)
}
