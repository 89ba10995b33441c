//! The payout table and the payout chart of the decision report.

use super::layout::{Align, Layout, MARGIN_X, Style};
use super::*;
use crate::words::Label as _;
use crate::words::msg;

/// The payout table's columns for a calculation: (header, x, width, align), and the table's
/// text styles.
struct Columns {
    id: (f32, f32),
    name: (f32, f32),
    score: (f32, f32),
    money: Vec<(MoneyColumn, f32, f32)>,
    /// The rows' style and the headers' and totals' (smaller than [`Style::SMALL`] only when
    /// the amounts are too wide for the page at that size).
    st: Style,
    bold: Style,
}

/// The narrowest the providers' names get in the payout table.
const MIN_NAME_W: f32 = 60.0;

fn columns(l: &mut Layout, calc: &Calculation, lang: Lang) -> Columns {
    let money = calc.money_columns();
    let gap = 8.0;
    // Every amount the table prints in a column: each provider's, each service type's sum,
    // the grand total; and, as the table always has, the calculation's total (left out when
    // the amounts are too wide for the page).
    let texts: Vec<Vec<String>> = money
        .iter()
        .map(|m| {
            let by_type = ServiceType::ALL.map(|st| {
                calc.providers
                    .iter()
                    .filter(|p| p.service_type == st)
                    .filter_map(|p| m.value(p))
                    .sum::<Decimal>()
            });
            let all: Decimal = calc.providers.iter().filter_map(|p| m.value(p)).sum();
            calc.providers
                .iter()
                .filter_map(|p| m.value(p))
                .chain(by_type)
                .chain([all, calc.total()])
                .map(|d| num(d, 2, lang))
                .collect()
        })
        .collect();
    let measure = |l: &mut Layout, st: Style, bold: Style, with_total: bool| {
        // 1 at the usual size (exactly: the same widths, the same bytes as ever).
        let k = st.size / Style::SMALL.size;
        let id_w = l
            .max_width(calc.providers.iter().map(|p| p.id.as_str()), st)
            .clamp(24.0 * k, 60.0);
        let score_w = l.max_width(["100,00 %", lang.word(Word::ScoreHeading)], bold);
        let widths: Vec<f32> = money
            .iter()
            .zip(&texts)
            .map(|(m, values)| {
                let head = m.label(lang).replace(" (kr)", "");
                let values = &values[..values.len() - usize::from(!with_total)];
                // Measured in bold: the totals are.
                l.max_width(values.iter().map(String::as_str), bold)
                    .max(l.metrics.width(&head, bold.face, st.size))
                    .max(48.0 * k)
            })
            .collect();
        (id_w, score_w, widths)
    };
    let (mut st, mut bold) = (Style::SMALL, Style::SMALL_BOLD);
    let gaps = gap * (3 + money.len()) as f32;
    let (mut id_w, mut score_w, mut widths) = measure(l, st, bold, true);
    let fixed =
        |id_w: f32, score_w: f32, widths: &[f32]| id_w + score_w + widths.iter().sum::<f32>();
    let room = l.width() - gaps - MIN_NAME_W;
    if fixed(id_w, score_w, &widths) > room {
        (id_w, score_w, widths) = measure(l, st, bold, false);
    }
    if fixed(id_w, score_w, &widths) > room {
        // Amounts too wide for the page (up to 10¹⁸ kr): the whole table in a smaller size,
        // measured again at it (each width scales with the size; 0,995 keeps rounding inside).
        let k = room / fixed(id_w, score_w, &widths) * 0.995;
        st.size *= k;
        bold.size *= k;
        (id_w, score_w, widths) = measure(l, st, bold, false);
    }
    let used: f32 = fixed(id_w, score_w, &widths) + gaps;
    let name_w = (l.width() - used).max(MIN_NAME_W);
    let mut x = MARGIN_X;
    let id = (x, id_w);
    x += id_w + gap;
    let name = (x, name_w);
    x += name_w + gap;
    let score = (x, score_w);
    x += score_w + gap;
    let mut cols = Vec::new();
    for (m, w) in money.into_iter().zip(widths) {
        cols.push((m, x, w));
        x += w + gap;
    }
    Columns {
        id,
        name,
        score,
        money: cols,
        st,
        bold,
    }
}

fn table_header(l: &mut Layout, c: &Columns, lang: Lang) {
    let heads: Vec<String> = c
        .money
        .iter()
        .map(|(m, _, _)| m.label(lang).replace(" (kr)", ""))
        .collect();
    let mut cells = vec![
        ("Id", c.id.0, c.id.1, Align::Left),
        (lang.word(Word::Provider), c.name.0, c.name.1, Align::Left),
        (
            lang.word(Word::ScoreHeading),
            c.score.0,
            c.score.1,
            Align::Right,
        ),
    ];
    for ((_, x, w), h) in c.money.iter().zip(&heads) {
        cells.push((h.as_str(), *x, *w, Align::Right));
    }
    l.row(&cells, c.bold);
    l.rule();
}

pub(super) fn payout_table(l: &mut Layout, calc: &Calculation, lang: Lang) {
    l.section(super::PAGE_THIRD);
    l.heading(
        &msg!(
            lang.words(),
            "report-payout-per-provider-kr",
            period = calc.period
        ),
        Style::H1,
        40.0,
    );
    let c = columns(l, calc, lang);
    let lh = c.st.line_height();
    for st in ServiceType::ALL {
        let mine: Vec<&ProviderResult> = calc
            .providers
            .iter()
            .filter(|p| p.service_type == st)
            .collect();
        if mine.is_empty() {
            continue;
        }
        l.heading(st.label(lang), Style::H2, 4.0 * lh);
        table_header(l, &c, lang);
        for p in &mine {
            if l.y + lh > layout::BODY_BOTTOM {
                l.new_page();
                table_header(l, &c, lang);
            }
            let score = format!("{} %", num(p.score.percent(2), 2, lang));
            let values: Vec<String> = c
                .money
                .iter()
                .map(|(m, _, _)| m.value(p).map(|d| num(d, 2, lang)).unwrap_or_default())
                .collect();
            let mut cells = vec![
                (p.id.as_str(), c.id.0, c.id.1, Align::Left),
                (p.name.as_str(), c.name.0, c.name.1, Align::Left),
                (score.as_str(), c.score.0, c.score.1, Align::Right),
            ];
            for ((_, x, w), v) in c.money.iter().zip(&values) {
                cells.push((v.as_str(), *x, *w, Align::Right));
            }
            l.row(&cells, c.st);
        }
        l.rule();
        let sums: Vec<String> = c
            .money
            .iter()
            .map(|(m, _, _)| {
                let s: Decimal = mine.iter().filter_map(|p| m.value(p)).sum();
                num(s, 2, lang)
            })
            .collect();
        let label = format!(
            "{} {}",
            lang.word(Word::TotalHeading),
            st.label(lang).to_lowercase()
        );
        // The label spans the id, name and score columns.
        let span = c.score.0 + c.score.1 - c.id.0;
        let mut cells = vec![(label.as_str(), c.id.0, span, Align::Left)];
        for ((_, x, w), v) in c.money.iter().zip(&sums) {
            cells.push((v.as_str(), *x, *w, Align::Right));
        }
        l.row(&cells, c.bold);
        l.space(6.0);
    }
    let sums: Vec<String> = c
        .money
        .iter()
        .map(|(m, _, _)| {
            let s: Decimal = calc.providers.iter().filter_map(|p| m.value(p)).sum();
            num(s, 2, lang)
        })
        .collect();
    let mut cells = vec![(
        lang.word(Word::GrandTotal),
        c.id.0,
        c.score.0 + c.score.1 - c.id.0,
        Align::Left,
    )];
    for ((_, x, w), v) in c.money.iter().zip(&sums) {
        cells.push((v.as_str(), *x, *w, Align::Right));
    }
    l.rule();
    l.row(&cells, c.bold);
    l.space(14.0);
}

/// Up to this many providers the chart has a bar each; above, it shows the distribution.
const CHART_BARS: usize = 45;

pub(super) fn payout_chart(l: &mut Layout, calc: &Calculation, lang: Lang) {
    let mut ps: Vec<&ProviderResult> = calc.providers.iter().collect();
    if ps.is_empty() {
        return;
    }
    ps.sort_by(|a, b| b.payout.cmp(&a.payout).then_with(|| a.id.cmp(&b.id)));
    let to_f = |d: Decimal| rust_decimal::prelude::ToPrimitive::to_f64(&d).unwrap_or(0.0) as f32;
    let st = Style::SMALL;
    let lh = st.line_height();
    if ps.len() <= CHART_BARS {
        l.ensure(40.0 + lh * ps.len() as f32);
        l.heading(
            lang.word(Word::ChartAmountPerProvider),
            Style::H1,
            lh * ps.len().min(10) as f32,
        );
        let names: Vec<String> = ps.iter().map(|p| p.name.clone()).collect();
        let label_w = l
            .max_width(names.iter().map(String::as_str), st)
            .min(l.width() * 0.35);
        // Room for the widest amount label after the longest bar (at least that of
        // "−99 999 999,99 kr"; up to 10¹⁸ kr).
        let labels: Vec<String> = ps.iter().map(|p| kr(p.payout, lang)).collect();
        let amount_w = l.max_width(
            labels
                .iter()
                .map(String::as_str)
                .chain(["−99 999 999,99 kr"]),
            st,
        );
        let max = ps.iter().map(|p| to_f(p.payout.abs())).fold(0.0, f32::max);
        let bar_x = MARGIN_X + label_w + 8.0;
        let bar_max = (l.width() - label_w - amount_w - 20.0).max(0.0);
        for (p, text) in ps.into_iter().zip(labels) {
            l.ensure(lh);
            let y = l.y;
            let name = l.fit(&p.name, st, label_w);
            l.text_at(MARGIN_X, y + st.size, &name, st);
            let w = if max > 0.0 {
                bar_max * to_f(p.payout.abs()) / max
            } else {
                0.0
            };
            let color = if p.payout < Decimal::ZERO {
                (200, 80, 60)
            } else {
                (46, 110, 160)
            };
            l.block(bar_x, y + 1.5, w, lh - 3.0, color);
            let tx = bar_x + w + 4.0;
            l.text_at(tx, y + st.size, &text, st);
            l.y += lh;
        }
    } else {
        // The distribution: how many providers fall in each of 20 equal amount bands.
        l.ensure(40.0 + 22.0 * lh);
        l.heading(
            lang.word(Word::DistributionOfThePayouts),
            Style::H1,
            22.0 * lh,
        );
        let (lo, hi) = (
            ps.last().map_or(0.0, |p| to_f(p.payout)),
            ps.first().map_or(0.0, |p| to_f(p.payout)),
        );
        let bins = 20usize;
        let span = (hi - lo).max(1.0);
        let mut counts = vec![0usize; bins];
        for p in &ps {
            let k = (((to_f(p.payout) - lo) / span) * bins as f32) as usize;
            counts[k.min(bins - 1)] += 1;
        }
        let max = counts.iter().copied().max().unwrap_or(1).max(1) as f32;
        // The bands' labels in f64, exact enough for amounts up to 10¹⁸ kr (f32 printed
        // 10¹⁸ as 999 999 984 306 749 440).
        let to_f64 = |d: Decimal| rust_decimal::prelude::ToPrimitive::to_f64(&d).unwrap_or(0.0);
        let (lo64, hi64) = (
            ps.last().map_or(0.0, |p| to_f64(p.payout)),
            ps.first().map_or(0.0, |p| to_f64(p.payout)),
        );
        let span64 = (hi64 - lo64).max(1.0);
        let fmt = |v: f64| num(Decimal::from(v.round() as i64), 0, lang);
        let labels: Vec<String> = (0..bins)
            .map(|k| {
                let a = lo64 + span64 * k as f64 / bins as f64;
                let b = lo64 + span64 * (k + 1) as f64 / bins as f64;
                format!("{} – {} kr", fmt(a), fmt(b))
            })
            .collect();
        let label_w = l.max_width(
            labels
                .iter()
                .map(String::as_str)
                .chain(["−99 999 999 – −99 999 999 kr"]),
            st,
        );
        let bar_x = MARGIN_X + label_w + 8.0;
        let bar_max = (l.width() - label_w - 60.0).max(0.0);
        for (n, label) in counts.iter().zip(&labels) {
            let y = l.y;
            l.text_at(MARGIN_X, y + st.size, label, st);
            let w = bar_max * *n as f32 / max;
            l.block(bar_x, y + 1.5, w, lh - 3.0, (46, 110, 160));
            l.text_at(bar_x + w + 4.0, y + st.size, &n.to_string(), st);
            l.y += lh;
        }
        l.paragraph(
            &msg!(
                lang.words(),
                "report-number-of-providers-per-amount",
                providers = &calc.providers.len()
            ),
            Style::NOTE,
            0.0,
        );
    }
}
