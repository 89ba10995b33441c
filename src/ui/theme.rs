//! The app's colours in both themes: egui's own, with text that reads at a contrast of at
//! least 4,5:1 (WCAG 2.1, 1.4.3) on every background it is drawn on, and text fields whose
//! edge shows (3:1, 1.4.11). egui's defaults fall short: weak text (zero amounts, notes) is the
//! text colour at 60 % opacity, 2,7:1 in dark mode; the light theme's field is white on
//! almost white, its warnings, errors and links below 4,5:1.

use egui::{Color32, Stroke, Theme, Visuals};

/// Sets the app's visuals for both themes (the preference picks which one is shown).
pub fn apply(ctx: &egui::Context) {
    for theme in [Theme::Dark, Theme::Light] {
        ctx.set_visuals_of(theme, visuals(theme));
    }
}

/// egui's visuals of `theme` with the app's text colours.
pub fn visuals(theme: Theme) -> Visuals {
    let mut v = theme.default_visuals();
    match theme {
        Theme::Dark => {
            v.widgets.noninteractive.fg_stroke.color = Color32::from_gray(190);
            v.weak_text_color = Some(Color32::from_gray(145));
            v.error_fg_color = Color32::from_rgb(255, 110, 100);
            // The edge of a text field (and of a button) against the window.
            v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(105));
        }
        Theme::Light => {
            v.widgets.noninteractive.fg_stroke.color = Color32::from_gray(50);
            v.weak_text_color = Some(Color32::from_gray(100));
            v.warn_fg_color = Color32::from_rgb(160, 75, 0);
            v.error_fg_color = Color32::from_rgb(180, 0, 0);
            v.hyperlink_color = Color32::from_rgb(0, 90, 180);
            v.text_edit_bg_color = Some(Color32::WHITE);
            v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(130));
        }
    }
    v
}

/// The colour of text that says something went well (a verified archive, a success).
pub fn ok_color(v: &Visuals) -> Color32 {
    if v.dark_mode {
        Color32::from_rgb(110, 200, 120)
    } else {
        Color32::from_rgb(20, 120, 40)
    }
}

/// WCAG 2.1's contrast ratio of two opaque colours (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// WCAG 2.1's relative luminance of an opaque colour.
fn luminance(c: Color32) -> f64 {
    let lin = |u: u8| {
        let s = f64::from(u) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// `fg` (premultiplied, maybe translucent) drawn over the opaque `bg`.
pub fn over(fg: Color32, bg: Color32) -> Color32 {
    let a = u16::from(fg.a());
    let mix = |f: u8, b: u8| (u16::from(f) + u16::from(b) * (255 - a) / 255).min(255) as u8;
    Color32::from_rgb(
        mix(fg.r(), bg.r()),
        mix(fg.g(), bg.g()),
        mix(fg.b(), bg.b()),
    )
}
