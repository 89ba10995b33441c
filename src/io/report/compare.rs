//! The comparison of the decision report: the rule changes in words, and per provider
//! before, after, Δ kr, Δ % and every change of status with its reason.

use super::layout::{Align, Layout, MARGIN_X, Style};
use super::{Compared, kr, num};
use crate::domain::RuleSet;
use crate::domain::decide::compare::{ProviderDelta, StatusChange};
use crate::domain::decide::rule_changes::rule_changes as changes_of;
use crate::words::Text;
use crate::words::msg;
use crate::words::{Lang, Word};

/// What changes from the rules compared with (`a`) to these (`b`), one line each, headed by
/// both rule sets' names.
pub(super) fn rule_changes(l: &mut Layout, a: &RuleSet, b: &RuleSet, lang: Lang) {
    let w = lang.words();
    l.space(4.0);
    l.heading(
        &msg!(w, "report-rule-changes", a = a.name, b = b.name),
        Style::H2,
        20.0,
    );
    let changes = changes_of(a, b);
    if changes.is_empty() {
        l.paragraph(w.word(Word::ReportNoRuleChanges), Style::BODY, 10.0);
    }
    for c in changes {
        l.paragraph(&format!("• {}", c.text(lang)), Style::BODY, 10.0);
    }
}

/// Δ in kronor with its sign (+, − or none).
fn signed(d: rust_decimal::Decimal, lang: Lang) -> String {
    if d > rust_decimal::Decimal::ZERO {
        format!("+{}", kr(d, lang))
    } else {
        kr(d, lang)
    }
}

/// The table per provider: id, name, before, after, Δ kr, Δ %; under a provider whose status
/// changed, the change and why.
pub(super) fn per_provider(l: &mut Layout, c: &Compared<'_>, lang: Lang) {
    let w = lang.words();
    l.section(super::PAGE_THIRD);
    let heading = match c.rules {
        Some(a) => msg!(w, "report-compared-with", label = a.name),
        None => msg!(w, "report-compared-with", label = c.label),
    };
    l.heading(&heading, Style::H1, 40.0);
    l.paragraph(w.word(Word::ReportPerProvider), Style::NOTE, 0.0);
    let (st, bold) = (Style::SMALL, Style::SMALL_BOLD);
    let width = l.width();
    // id, name, before, after, Δ kr, Δ %: the amounts as wide as the widest of them.
    let amounts: Vec<[String; 4]> = c
        .comparison
        .providers
        .iter()
        .map(|p| {
            [
                p.a.map(|a| kr(a, lang)).unwrap_or_else(|| "–".into()),
                p.b.map(|b| kr(b, lang)).unwrap_or_else(|| "–".into()),
                signed(p.delta(), lang),
                delta_percent(p.a.unwrap_or_default(), p.b.unwrap_or_default(), lang),
            ]
        })
        .collect();
    let amount_w = l
        .max_width(
            amounts
                .iter()
                .flat_map(|a| a[..3].iter().map(String::as_str)),
            bold,
        )
        .max(64.0);
    let pct_w = l
        .max_width(amounts.iter().map(|a| a[3].as_str()), bold)
        .max(40.0);
    let id_w = l
        .max_width(c.comparison.providers.iter().map(|p| p.id.as_str()), st)
        .clamp(24.0, 60.0);
    let gap = 8.0;
    let name_w = (width - id_w - 3.0 * amount_w - pct_w - 5.0 * gap).max(60.0);
    let mut x = MARGIN_X;
    let mut cols = Vec::new();
    for cw in [id_w, name_w, amount_w, amount_w, amount_w, pct_w] {
        cols.push((x, cw));
        x += cw + gap;
    }
    let (before, after) = (
        super::capitalised(lang.word(Word::Before)),
        super::capitalised(lang.word(Word::After)),
    );
    let heads = [
        "Id",
        lang.word(Word::Provider),
        &before,
        &after,
        "Δ kr",
        "Δ %",
    ];
    let header = |l: &mut Layout| {
        let cells: Vec<(&str, f32, f32, Align)> = heads
            .iter()
            .zip(&cols)
            .enumerate()
            .map(|(k, (h, (x, w)))| (*h, *x, *w, if k < 2 { Align::Left } else { Align::Right }))
            .collect();
        l.row(&cells, bold);
        l.rule();
    };
    header(l);
    for (p, a) in c.comparison.providers.iter().zip(&amounts) {
        let why = status_change(p, lang);
        // A provider's row and its reason on one page; a new page repeats the header.
        let need = st.line_height() * (1.0 + f32::from(why.is_some())) + 2.0;
        if l.y + need > super::layout::BODY_BOTTOM {
            l.new_page();
            header(l);
        }
        let mut cells = vec![
            (p.id.as_str(), cols[0].0, cols[0].1, Align::Left),
            (p.name.as_str(), cols[1].0, cols[1].1, Align::Left),
        ];
        for (k, v) in a.iter().enumerate() {
            cells.push((v.as_str(), cols[k + 2].0, cols[k + 2].1, Align::Right));
        }
        l.row(&cells, st);
        if let Some(why) = why {
            l.paragraph(&why, Style::NOTE, 10.0 + id_w);
        }
    }
    l.rule();
    let t = &c.comparison.total;
    let total_pct = delta_percent(t.a, t.b, lang);
    let (ta, tb, td) = (kr(t.a, lang), kr(t.b, lang), signed(t.delta(), lang));
    let span = cols[1].0 + cols[1].1 - cols[0].0;
    l.row(
        &[
            (lang.word(Word::GrandTotal), cols[0].0, span, Align::Left),
            (&ta, cols[2].0, cols[2].1, Align::Right),
            (&tb, cols[3].0, cols[3].1, Align::Right),
            (&td, cols[4].0, cols[4].1, Align::Right),
            (&total_pct, cols[5].0, cols[5].1, Align::Right),
        ],
        bold,
    );
    l.space(10.0);
}

/// B − A as a signed percentage of A with one decimal, `–` when A is 0.
fn delta_percent(a: rust_decimal::Decimal, b: rust_decimal::Decimal, lang: Lang) -> String {
    use crate::domain::exact::Q;
    let pct = (!a.is_zero())
        .then(|| Q::from(b - a).checked_div(&Q::from(a)))
        .flatten()
        .map(|q| q.percent(1));
    match pct {
        Some(d) if d > rust_decimal::Decimal::ZERO => format!("+{} %", num(d, 1, lang)),
        Some(d) => format!("{} %", num(d, 1, lang)),
        None => "–".into(),
    }
}

/// A provider's change of status in words, `status before → status after`, when it changed.
fn status_change(p: &ProviderDelta, lang: Lang) -> Option<String> {
    if p.change == StatusChange::Unchanged {
        return None;
    }
    let side = |s: &Option<crate::domain::explanation::PayoutStatus>| {
        s.as_ref().map_or_else(|| "–".to_string(), |s| s.text(lang))
    };
    Some(msg!(
        lang.words(),
        "report-status-change",
        before = &side(&p.status_a),
        after = &side(&p.status_b)
    ))
}
