//! The payout table's columns and their widths, measured from the texts they show (egui lays
//! out each text once and gives its width), so that they fit the panel: the name gives way
//! first (cut with an ellipsis, whole on hover), then the least needed columns are left out,
//! so that Utförare, Kvalitetspeng and Status stay in view at 1024 px.

use egui::{RichText, TextStyle, TextWrapMode, WidgetText};
use rust_decimal::Decimal;

use super::widgets::{kr, num};
use crate::domain::explanation::Calculation;
use crate::words::Label as _;
use crate::words::{Lang, Word};

/// A column of the payout table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    Id,
    Name,
    Payout,
    Delta,
    Gross,
    Withheld,
    Deductions,
    PaidSoFar,
    Settlement,
    Score,
    Volume,
    Service,
    Regi,
    Status,
}

/// Left out first when the panel is too narrow, in this order (all are in the explanation).
const GIVE_WAY: [Col; 7] = [
    Col::Service,
    Col::Regi,
    Col::Volume,
    Col::Score,
    Col::Withheld,
    Col::Deductions,
    Col::PaidSoFar,
];

/// The least width of the name and of the status before a column is left out for them.
const NAME_LEAST: f32 = 110.0;
const STATUS_LEAST: f32 = 100.0;
/// The name's width before the status grows beyond its least (most names fit in it).
const NAME_FIRST: f32 = 180.0;
/// The most the name column takes when there is room (a longer name is cut).
const NAME_MOST: f32 = 280.0;
/// The space before the Verksamhet and Status cells' texts (see `table_row`).
pub const SERVICE_INDENT: f32 = 8.0;
pub const STATUS_INDENT: f32 = 12.0;

/// Every column's width for the texts it shows (header and cells), for one calculation.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured(Vec<(Col, f32)>);

/// The width of `text` on one line as `ui` draws it.
fn width(ui: &egui::Ui, text: impl Into<WidgetText>) -> f32 {
    text.into()
        .into_galley(
            ui,
            Some(TextWrapMode::Extend),
            f32::INFINITY,
            TextStyle::Body,
        )
        .size()
        .x
}

/// The widest of `texts`.
fn widest(ui: &egui::Ui, texts: impl Iterator<Item = RichText>) -> f32 {
    texts.map(|t| width(ui, t)).fold(0.0, f32::max)
}

/// The columns the table has for `calc`, each with its measured width. A sort header is a
/// frameless button with an arrow (measured with it, so that sorting moves nothing).
pub fn measure(ui: &egui::Ui, calc: &Calculation, delta: bool, lang: Lang) -> Measured {
    let pad = 2.0 * ui.spacing().button_padding.x;
    let head = |w: Word| {
        let t = lang.word(w);
        width(ui, RichText::new(format!("{t} ⬆")).strong())
            .max(width(ui, RichText::new(format!("{t} ⬇")).strong()))
            + pad
    };
    let plain = |w: Word| width(ui, RichText::new(lang.word(w)).strong());
    let ps = &calc.providers;
    let money = |f: &dyn Fn(&crate::domain::explanation::ProviderResult) -> Option<Decimal>| {
        widest(
            ui,
            ps.iter()
                .filter_map(f)
                .map(|d| RichText::new(kr(d, lang)).monospace()),
        )
    };
    let adjusted = calc.has_adjustments();
    let reconciled = calc.has_reconciliation();
    let mut cols = vec![
        (
            Col::Id,
            head(Word::Id).max(widest(ui, ps.iter().map(|p| RichText::new(&p.id)))),
        ),
        (
            Col::Name,
            head(Word::Provider).max(widest(ui, ps.iter().map(|p| RichText::new(&p.name))) + pad),
        ),
        (
            Col::Payout,
            head(if adjusted {
                Word::Net
            } else {
                Word::PayoutHeading
            })
            .max(money(&|p| Some(p.payout))),
        ),
    ];
    if delta {
        // The Δ texts are an arrow, a sign and an amount: the largest amounts are the widest.
        let most = ps.iter().map(|p| p.payout.abs()).max().unwrap_or_default();
        let t = RichText::new(format!("⬆ +{}", kr(most, lang)));
        cols.push((Col::Delta, head(Word::VsComparison).max(width(ui, t))));
    }
    if adjusted {
        cols.push((
            Col::Gross,
            plain(Word::Kvalitetspeng).max(money(&|p| Some(p.gross))),
        ));
        cols.push((
            Col::Withheld,
            plain(Word::WithheldHeading).max(money(&|p| Some(-p.withheld))),
        ));
        cols.push((
            Col::Deductions,
            plain(Word::DeductionsHeading).max(money(&|p| {
                Some(-p.deductions.iter().map(|d| d.amount).sum::<Decimal>())
            })),
        ));
    }
    if reconciled {
        cols.push((
            Col::PaidSoFar,
            plain(Word::PaidSoFar).max(money(&|p| p.paid_so_far)),
        ));
        cols.push((
            Col::Settlement,
            plain(Word::Settlement).max(money(&|p| p.settlement())),
        ));
    }
    let score = ps
        .iter()
        .map(|p| RichText::new(format!("{} %", num(p.score.percent(1), 1, lang))));
    let volume = ps.iter().map(|p| {
        RichText::new(format!(
            "{} {}",
            num(p.volume, 0, lang),
            lang.text(p.volume_unit.short_name())
        ))
    });
    let service = ps.iter().map(|p| RichText::new(p.service_type.label(lang)));
    let regi = ps.iter().map(|p| RichText::new(p.regi.label(lang)));
    let status = ps.iter().map(|p| RichText::new(p.status_text(lang)).weak());
    cols.extend([
        (Col::Score, head(Word::ScoreHeading).max(widest(ui, score))),
        (Col::Volume, head(Word::Volume).max(widest(ui, volume))),
        (
            Col::Service,
            head(Word::Service).max(SERVICE_INDENT + widest(ui, service)),
        ),
        (Col::Regi, head(Word::Regi).max(widest(ui, regi))),
        (
            Col::Status,
            (STATUS_INDENT + plain(Word::Status)).max(STATUS_INDENT + widest(ui, status)),
        ),
    ]);
    Measured(cols.into_iter().map(|(c, w)| (c, w.ceil())).collect())
}

impl Col {
    /// The column's heading; `adjusted`: the table also shows the amount before withholding
    /// and deductions, so the payout column is the net.
    pub fn heading(self, adjusted: bool) -> Word {
        match self {
            Col::Id => Word::Id,
            Col::Name => Word::Provider,
            Col::Payout if adjusted => Word::Net,
            Col::Payout => Word::PayoutHeading,
            Col::Delta => Word::VsComparison,
            Col::Gross => Word::Kvalitetspeng,
            Col::Withheld => Word::WithheldHeading,
            Col::Deductions => Word::DeductionsHeading,
            Col::PaidSoFar => Word::PaidSoFar,
            Col::Settlement => Word::Settlement,
            Col::Score => Word::ScoreHeading,
            Col::Volume => Word::Volume,
            Col::Service => Word::Service,
            Col::Regi => Word::Regi,
            Col::Status => Word::Status,
        }
    }
}

/// The measured columns that `fit` left out of `shown`.
pub fn hidden(m: &Measured, shown: &[Col]) -> Vec<Col> {
    m.0.iter()
        .map(|&(c, _)| c)
        .filter(|c| !shown.contains(c))
        .collect()
}

/// The columns shown in `available` points with `spacing` between them, each with its width.
pub fn fit(m: &Measured, available: f32, spacing: f32) -> Vec<(Col, f32)> {
    let mut cols = m.0.clone();
    let least = |c: Col, w: f32| match c {
        Col::Name => w.min(NAME_LEAST),
        Col::Status => w.min(STATUS_LEAST),
        _ => w,
    };
    let need = |cols: &[(Col, f32)]| {
        cols.iter().map(|&(c, w)| least(c, w)).sum::<f32>()
            + spacing * cols.len().saturating_sub(1) as f32
    };
    for c in GIVE_WAY {
        if need(&cols) <= available {
            break;
        }
        cols.retain(|&(x, _)| x != c);
    }
    // What is left over the least: the name grows first to NAME_FIRST, then the status to
    // its whole width, then the name to its whole width (at most NAME_MOST).
    let mut extra = (available - need(&cols)).max(0.0);
    let mut grow = |cols: &mut Vec<(Col, f32)>, col: Col, upto: f32| {
        if let Some((_, w)) = cols.iter_mut().find(|(c, _)| *c == col) {
            let by = (upto - *w).clamp(0.0, extra);
            *w += by;
            extra -= by;
        }
    };
    let whole = |col: Col| m.0.iter().find(|(c, _)| *c == col).map_or(0.0, |x| x.1);
    for (c, w) in &mut cols {
        *w = least(*c, *w);
    }
    grow(&mut cols, Col::Name, whole(Col::Name).min(NAME_FIRST));
    grow(&mut cols, Col::Status, whole(Col::Status));
    grow(&mut cols, Col::Name, whole(Col::Name).min(NAME_MOST));
    cols
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m() -> Measured {
        Measured(vec![
            (Col::Id, 40.0),
            (Col::Name, 200.0),
            (Col::Payout, 130.0),
            (Col::Score, 60.0),
            (Col::Volume, 90.0),
            (Col::Service, 110.0),
            (Col::Regi, 70.0),
            (Col::Status, 150.0),
        ])
    }

    #[test]
    fn all_columns_when_they_fit_and_the_name_whole() {
        let c = fit(&m(), 1000.0, 8.0);
        assert_eq!(c.len(), 8);
        assert_eq!((c[1], c[7]), ((Col::Name, 200.0), (Col::Status, 150.0)));
    }

    #[test]
    fn the_name_gives_way_then_the_least_needed_columns() {
        // 40 + 130 + 60 + 90 + 110 + 70 = 500 besides, 7 × 8 spacing: 244 for the name and
        // the status; the status keeps its least 100, the name gets the rest.
        let c = fit(&m(), 800.0, 8.0);
        assert_eq!(c.len(), 8);
        assert_eq!((c[1], c[7]), ((Col::Name, 144.0), (Col::Status, 100.0)));
        // 60 more: the name to 180, then the status.
        let c = fit(&m(), 860.0, 8.0);
        assert_eq!((c[1], c[7]), ((Col::Name, 180.0), (Col::Status, 124.0)));
        // 390 + 110 + 100 + 6 × 8 = 648 without Verksamhet.
        let c = fit(&m(), 650.0, 8.0);
        let shown: Vec<Col> = c.iter().map(|x| x.0).collect();
        assert_eq!(
            shown,
            [
                Col::Id,
                Col::Name,
                Col::Payout,
                Col::Score,
                Col::Volume,
                Col::Regi,
                Col::Status
            ]
        );
    }
}
