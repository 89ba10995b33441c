//! The payout table: every provider's kvalitetspeng, filterable, sortable, with totals.

use egui::{Align, Layout, RichText, Sense};
use egui_extras::{Column, TableBuilder};

use super::KvalitetspengApp;
use super::table_columns::{self, Col, Measured};
use super::widgets::{kr, num, right_label};
use crate::domain::explanation::{Calculation, ProviderResult};
use crate::domain::{Regi, ServiceType};
use crate::words::Label as _;
use crate::words::{Lang, Word, msg};
use rust_decimal::Decimal;

/// Which column the table is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortColumn {
    #[default]
    Id,
    Name,
    Service,
    Regi,
    Volume,
    Score,
    Payout,
    /// The change against the comparison's baseline.
    Delta,
}

/// Filters and sorting of the payout table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableView {
    pub service: Option<ServiceType>,
    pub regi: Option<Regi>,
    pub search: String,
    pub sort: SortColumn,
    pub descending: bool,
}

impl TableView {
    /// Indices of the providers shown, in display order.
    pub fn rows(&self, calc: &Calculation) -> Vec<usize> {
        self.rows_with(calc, None)
    }

    /// [`Self::rows`], with each provider's Δ (aligned with `calc.providers`) to sort by.
    pub fn rows_with(&self, calc: &Calculation, deltas: Option<&[Option<Decimal>]>) -> Vec<usize> {
        let needle = self.search.trim().to_lowercase();
        let mut rows: Vec<usize> = calc
            .providers
            .iter()
            .enumerate()
            .filter(|(_, p)| self.service.is_none_or(|s| p.service_type == s))
            .filter(|(_, p)| self.regi.is_none_or(|r| p.regi == r))
            .filter(|(_, p)| {
                needle.is_empty()
                    || p.name.to_lowercase().contains(&needle)
                    || p.id.to_lowercase().contains(&needle)
            })
            .map(|(i, _)| i)
            .collect();
        let key = |a: &ProviderResult, b: &ProviderResult| match self.sort {
            SortColumn::Id => a.id.cmp(&b.id),
            SortColumn::Name => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
            SortColumn::Service => a.service_type.cmp(&b.service_type),
            SortColumn::Regi => a.regi.cmp(&b.regi),
            SortColumn::Volume => a.volume.cmp(&b.volume),
            SortColumn::Score => a.score.cmp(&b.score),
            SortColumn::Payout => a.payout.cmp(&b.payout),
            SortColumn::Delta => std::cmp::Ordering::Equal,
        };
        let delta = |i: usize| deltas.and_then(|d| d.get(i).copied().flatten());
        rows.sort_by(|&a, &b| {
            let (pa, pb) = (&calc.providers[a], &calc.providers[b]);
            let by = if self.sort == SortColumn::Delta {
                delta(a).cmp(&delta(b))
            } else {
                key(pa, pb)
            };
            let o = by.then_with(|| pa.id.cmp(&pb.id));
            if self.descending { o.reverse() } else { o }
        });
        rows
    }
}

fn header_button(
    ui: &mut egui::Ui,
    view: &mut TableView,
    col: SortColumn,
    text: &str,
    right: bool,
) {
    let arrow = if view.sort == col {
        if view.descending { " ⬇" } else { " ⬆" }
    } else {
        ""
    };
    let label = format!("{text}{arrow}");
    let mut clicked = false;
    let mut add = |ui: &mut egui::Ui| {
        clicked = ui
            .add(egui::Button::new(RichText::new(label.clone()).strong()).frame(false))
            .clicked();
    };
    if right {
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| add(ui));
    } else {
        add(ui);
    }
    if clicked {
        if view.sort == col {
            view.descending = !view.descending;
        } else {
            view.sort = col;
            view.descending = matches!(
                col,
                SortColumn::Payout | SortColumn::Score | SortColumn::Volume | SortColumn::Delta
            );
        }
    }
}

/// The central payout table with totals.
/// Each provider's Δ against the comparison, by provider index.
type Deltas = std::rc::Rc<[Option<Decimal>]>;

pub fn payout_table_ui(app: &mut KvalitetspengApp, ui: &mut egui::Ui) {
    let lang = app.lang();
    // The panel's right edge in view, before any content can widen its region.
    let right = ui.max_rect().right();
    super::locked::locked_banner_ui(app, ui);
    // Only over amounts that are there (without any, the advice below says what is wrong).
    if app.state.calc_is_stale && app.state.calc.is_some() {
        stale_banner_ui(app, ui);
    }
    if nothing_to_show_ui(app, ui) {
        return;
    }
    let comparison = app.state.comparison();
    let Some((deltas, rows)) = display_rows(app, comparison.as_ref(), ui) else {
        return;
    };
    if let Some(c) = &comparison {
        super::decide::delta_summary_ui(app, c, ui);
    }
    let Some(calc) = app.state.calc.as_ref() else {
        return;
    };
    let forecasts = crate::app::decide::forecasts(&app.state.rules, calc);
    let fit = totals_ui(calc, &rows, &forecasts, &app.state.rules, app.lang(), ui);
    if let Some(st) = fit {
        app.state.fit_to_budget(st);
    }
    ui.separator();
    let selected = app.selected.clone();
    let version = app.state.calc_version();
    let Some(calc) = app.state.calc.as_ref() else {
        return;
    };
    let clicked = table_ui(
        ui,
        calc,
        &rows,
        deltas.as_deref(),
        &mut app.view,
        selected.as_deref(),
        &mut app.caches.widths,
        (version, right),
        lang,
    );
    if let Some(id) = clicked {
        app.selected = if app.selected.as_deref() == Some(id.as_str()) {
            None
        } else {
            Some(id)
        };
    }
}

/// Why the table shows an earlier calculation.
fn stale_banner_ui(app: &KvalitetspengApp, ui: &mut egui::Ui) {
    let lang = app.lang();
    let n = app.state.error_count();
    egui::Frame::new()
        .fill(ui.visuals().warn_fg_color.gamma_multiply(0.15))
        .inner_margin(6.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            let why = if app.state.stale_for_results() {
                lang.word(Word::ResultsNotReadForThePeriods).to_string()
            } else {
                msg!(lang.words(), "table-rules-have-errors-see-the", n)
            };
            ui.label(RichText::new(why).color(ui.visuals().warn_fg_color));
        });
    ui.add_space(4.0);
}

/// Says so when there is no calculation or no provider; returns true then. Without a
/// calculation it names the rules' first error (and offers "Normalisera vikter" when it is
/// weights that do not sum to 100 %); only rules without a scheme get "add a scheme".
fn nothing_to_show_ui(app: &mut KvalitetspengApp, ui: &mut egui::Ui) -> bool {
    use crate::domain::validation::{ProblemMsg, Severity};
    let lang = app.lang();
    let first_error = app
        .state
        .problems
        .iter()
        .find(|p| p.severity == Severity::Error);
    let (heading, text) = match (app.state.calc.as_ref(), first_error) {
        (None, Some(p)) if !app.state.rules.schemes.is_empty() => (
            Word::NoCalculationYet,
            format!(
                "{} {}",
                lang.word(Word::RulesHaveAnErrorToFix),
                crate::app::problem_text(p, lang)
            ),
        ),
        (None, _) => (
            Word::NoCalculationYet,
            lang.word(Word::AddASchemeWith).to_string(),
        ),
        (Some(calc), _) if calc.providers.is_empty() => (
            Word::NoProviders,
            lang.word(Word::ImportTheProvidersResults).to_string(),
        ),
        (Some(_), _) => return false,
    };
    // The scheme whose weights do not sum to 100 %, if that is the first error.
    let weights_of = first_error.and_then(|p| match p.msg {
        ProblemMsg::WeightsNotHundred { sum } if sum > rust_decimal::Decimal::ZERO => p.scheme,
        _ => None,
    });
    ui.add_space(40.0);
    ui.vertical_centered(|ui| {
        ui.heading(lang.word(heading));
        ui.label(text);
        if let Some(st) = weights_of
            && ui
                .button(lang.word(Word::NormaliseWeights))
                .on_hover_text(lang.word(Word::ScaleTheWeightsTo))
                .clicked()
            && let Some(scheme) = app
                .state
                .rules
                .schemes
                .iter_mut()
                .find(|s| s.service_type == st)
        {
            super::editor::normalise_weights(scheme);
        }
    });
    true
}

/// The Δ of each provider and the rows in display order, filtered and sorted when the
/// calculation, the comparison or the view changes (for the totals and the table).
fn display_rows(
    app: &mut KvalitetspengApp,
    comparison: Option<&std::rc::Rc<crate::domain::decide::compare::Comparison>>,
    ui: &egui::Ui,
) -> Option<(Option<Deltas>, std::rc::Rc<[usize]>)> {
    let version = app.state.calc_version();
    let calc = app.state.calc.as_ref()?;
    let deltas: Option<Deltas> = comparison.map(|c| match &app.caches.deltas {
        Some((v, ptr, d)) if *v == version && *ptr == std::rc::Rc::as_ptr(c) as usize => d.clone(),
        _ => {
            let d: Deltas = super::decide::deltas(calc, c).into();
            app.caches.deltas = Some((version, std::rc::Rc::as_ptr(c) as usize, d.clone()));
            d
        }
    });
    let delta_key = comparison.map_or(0, |c| std::rc::Rc::as_ptr(c) as usize);
    if deltas.is_none() && app.view.sort == SortColumn::Delta {
        app.view.sort = SortColumn::Payout;
    }
    // While a value is being typed the row order stays put (the amounts update in place), so
    // rows do not jump under the cursor; it is sorted again when the field is left.
    let typing = ui.ctx().text_edit_focused();
    let rows = match &app.caches.rows {
        Some((v, view, key, rows)) if *v == version && *view == app.view && *key == delta_key => {
            rows.clone()
        }
        Some((_, view, _, rows))
            if typing && *view == app.view && rows.iter().all(|&i| i < calc.providers.len()) =>
        {
            rows.clone()
        }
        _ => {
            let rows: std::rc::Rc<[usize]> = app.view.rows_with(calc, deltas.as_deref()).into();
            app.caches.rows = Some((version, app.view.clone(), delta_key, rows.clone()));
            rows
        }
    };
    Some((deltas, rows))
}

/// The payout table; returns the provider whose row was clicked. Its columns are measured
/// from their texts and fitted to the panel (see [`super::table_columns`]).
#[allow(clippy::too_many_arguments)]
fn table_ui(
    ui: &mut egui::Ui,
    calc: &Calculation,
    rows: &[usize],
    deltas: Option<&[Option<Decimal>]>,
    view: &mut TableView,
    selected: Option<&str>,
    widths: &mut Option<(u64, Lang, bool, u32, Measured)>,
    (version, right): (u64, f32),
    lang: Lang,
) -> Option<String> {
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let mut clicked: Option<String> = None;
    let key = (version, lang, deltas.is_some(), row_height.to_bits());
    let measured = match widths {
        Some((v, l, d, h, m)) if (*v, *l, *d, *h) == key => m.clone(),
        _ => {
            let m = table_columns::measure(ui, calc, deltas.is_some(), lang);
            *widths = Some((key.0, key.1, key.2, key.3, m.clone()));
            m
        }
    };
    // The width in view, to the panel's right edge as it was before anything was added (a
    // wider line above, the totals, widens the panel's region beyond what is shown), less
    // the rows' scroll bar and a column spacing (the table's own edges).
    let visible = (right - ui.cursor().left()).min(ui.available_width())
        - scroll_bar(ui)
        - ui.spacing().item_spacing.x;
    let cols = table_columns::fit(&measured, visible, ui.spacing().item_spacing.x);
    let kinds: Vec<Col> = cols.iter().map(|c| c.0).collect();
    // Columns left out for want of room are named, so that nobody looks for them in vain.
    let adjusted = kinds.contains(&Col::Gross);
    let hidden: Vec<&str> = table_columns::hidden(&measured, &kinds)
        .into_iter()
        .map(|c| lang.word(c.heading(adjusted)))
        .collect();
    if !hidden.is_empty() {
        let columns = hidden.join(", ");
        ui.label(RichText::new(msg!(lang.words(), "table-columns-hidden", columns)).weak())
            .on_hover_text(lang.word(Word::TableColumnsHiddenTooltip));
    }
    // Sideways only when even the fewest columns do not fit (a very narrow panel).
    egui::ScrollArea::horizontal()
        .id_salt("payout_table_h")
        .show(ui, |ui| {
            let mut tb = TableBuilder::new(ui)
                .id_salt(("payout_table", kinds.len()))
                .striped(true)
                .sense(Sense::click())
                .cell_layout(Layout::left_to_right(Align::Center));
            for &(_, w) in &cols {
                tb = tb.column(Column::exact(w));
            }
            tb.header(row_height + 2.0, |h| table_header(h, view, &kinds, lang))
                .body(|body| {
                    body.rows(row_height, rows.len(), |mut row| {
                        let i = rows[row.index()];
                        let p = &calc.providers[i];
                        let is_sel = selected == Some(p.id.as_str());
                        let delta = deltas.and_then(|d| d[i]);
                        if table_row(&mut row, p, is_sel, delta, &kinds, lang) {
                            clicked = Some(p.id.clone());
                        }
                    });
                });
        });
    clicked
}

/// The width a scroll bar takes at the right of the rows (a floating one is drawn over them).
fn scroll_bar(ui: &egui::Ui) -> f32 {
    let s = &ui.spacing().scroll;
    s.allocated_width().max(s.bar_width + s.bar_outer_margin)
}

/// The header: sort buttons, and plain titles for the columns that do not sort.
fn table_header(mut h: egui_extras::TableRow<'_, '_>, v: &mut TableView, cols: &[Col], lang: Lang) {
    let adjusted = cols.contains(&Col::Gross);
    let plain = |h: &mut egui_extras::TableRow<'_, '_>, text: &str| {
        h.col(|ui| {
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                ui.strong(text);
            });
        });
    };
    for &c in cols {
        let word = lang.word(c.heading(adjusted));
        let (sort, right) = match c {
            Col::Id => (SortColumn::Id, false),
            Col::Name => (SortColumn::Name, false),
            Col::Payout => (SortColumn::Payout, true),
            Col::Delta => (SortColumn::Delta, true),
            Col::Score => (SortColumn::Score, true),
            Col::Volume => (SortColumn::Volume, true),
            Col::Service => (SortColumn::Service, false),
            Col::Regi => (SortColumn::Regi, false),
            Col::Gross | Col::Withheld | Col::Deductions | Col::PaidSoFar | Col::Settlement => {
                plain(&mut h, word);
                continue;
            }
            Col::Status => {
                h.col(|ui| {
                    ui.add_space(table_columns::STATUS_INDENT);
                    ui.strong(word);
                });
                continue;
            }
        };
        h.col(|ui| header_button(ui, v, sort, word, right));
    }
}

/// One provider's row; returns true when it was clicked.
fn table_row(
    row: &mut egui_extras::TableRow<'_, '_>,
    p: &ProviderResult,
    is_sel: bool,
    delta: Option<Decimal>,
    cols: &[Col],
    lang: Lang,
) -> bool {
    let mut clicked = false;
    row.set_selected(is_sel);
    let money = |row: &mut egui_extras::TableRow<'_, '_>, d: Option<Decimal>| {
        row.col(|ui| {
            if let Some(d) = d {
                let t = RichText::new(kr(d, lang)).monospace();
                right_label(ui, if d.is_zero() { t.weak() } else { t });
            }
        });
    };
    for &c in cols {
        match c {
            Col::Id => {
                row.col(|ui| {
                    ui.label(&p.id);
                });
            }
            Col::Name => {
                row.col(|ui| {
                    // Cut with an ellipsis when the column is narrow: the whole name on hover.
                    if ui
                        .add(egui::Button::selectable(is_sel, &p.name).truncate())
                        .on_hover_text(format!("{}\n{}", p.name, p.reason(lang)))
                        .clicked()
                    {
                        clicked = true;
                    }
                });
            }
            Col::Payout => {
                row.col(|ui| {
                    let text = RichText::new(kr(p.payout, lang)).monospace();
                    let text = if p.payout.is_zero() {
                        text.weak()
                    } else {
                        text
                    };
                    right_label(ui, text);
                });
            }
            Col::Delta => {
                row.col(|ui| super::decide::delta_cell_ui(ui, delta, lang));
            }
            Col::Gross => money(row, Some(p.gross)),
            Col::Withheld => money(row, Some(-p.withheld)),
            Col::Deductions => money(
                row,
                Some(-p.deductions.iter().map(|d| d.amount).sum::<Decimal>()),
            ),
            Col::PaidSoFar => money(row, p.paid_so_far),
            Col::Settlement => money(row, p.settlement()),
            Col::Score => {
                row.col(|ui| right_label(ui, format!("{} %", num(p.score.percent(1), 1, lang))));
            }
            Col::Volume => {
                row.col(|ui| {
                    right_label(
                        ui,
                        format!(
                            "{} {}",
                            num(p.volume, 0, lang),
                            lang.text(p.volume_unit.short_name())
                        ),
                    )
                });
            }
            Col::Service => {
                row.col(|ui| {
                    ui.add_space(table_columns::SERVICE_INDENT);
                    ui.label(p.service_type.label(lang));
                });
            }
            Col::Regi => {
                row.col(|ui| {
                    ui.label(p.regi.label(lang));
                });
            }
            Col::Status => {
                row.col(|ui| {
                    ui.add_space(table_columns::STATUS_INDENT);
                    // Cut with an ellipsis, the whole text on hover, when the column is narrow.
                    ui.add(egui::Label::new(RichText::new(p.status_text(lang)).weak()).truncate());
                });
            }
        }
    }
    clicked || row.response().clicked()
}

/// The totals per scheme (with the budget forecast) and overall. Returns the scheme whose
/// "fit to budget" button was clicked.
fn totals_ui(
    calc: &Calculation,
    rows: &[usize],
    forecasts: &[crate::app::decide::Forecast],
    rules: &crate::domain::RuleSet,
    lang: Lang,
    ui: &mut egui::Ui,
) -> Option<ServiceType> {
    let mut fit = None;
    egui::Grid::new("totals_grid")
        .num_columns(4)
        .spacing([18.0, 3.0])
        .striped(false)
        .show(ui, |ui| {
            for s in &calc.schemes {
                ui.label(RichText::new(s.service_type.label(lang)).strong());
                right_label(ui, RichText::new(kr(s.total, lang)).monospace().size(15.0));
                ui.weak(msg!(
                    lang.words(),
                    "table-of-providers-are-paid",
                    paid_providers = s.paid_providers,
                    providers = s.providers
                ));
                ui.weak(s.basis.text(s.volume_unit, lang));
                ui.end_row();
                if let Some(text) = s.adjustments_text(lang) {
                    ui.label("");
                    ui.weak(text);
                    ui.end_row();
                }
            }
            ui.label(RichText::new(lang.word(Word::TotalRow)).strong());
            right_label(
                ui,
                RichText::new(kr(calc.total(), lang))
                    .monospace()
                    .size(15.0)
                    .strong(),
            );
            if rows.len() != calc.providers.len() {
                let shown: rust_decimal::Decimal =
                    rows.iter().map(|&i| calc.providers[i].payout).sum();
                ui.weak(msg!(
                    lang.words(),
                    "table-filtered-providers",
                    rows = &rows.len(),
                    shown = &kr(shown, lang)
                ));
            } else {
                ui.weak(msg!(
                    lang.words(),
                    "table-providers",
                    providers = &calc.providers.len()
                ));
            }
            ui.end_row();
            if calc.has_reconciliation() {
                let (paid, settle) = calc.settlement_totals();
                ui.label(RichText::new(lang.word(Word::Settlement)).strong());
                right_label(ui, RichText::new(kr(settle, lang)).monospace().strong());
                ui.weak(msg!(
                    lang.words(),
                    "table-paid-so-far",
                    paid = &kr(paid, lang)
                ));
                ui.end_row();
            }
        });
    // The budget forecasts, one line per scheme with a budget.
    for f in forecasts {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{}:", f.service_type.label(lang))).strong());
            if super::decide::forecast_ui(ui, f, rules, lang) {
                fit = Some(f.service_type);
            }
        });
    }
    fit
}
