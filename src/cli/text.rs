//! The command line's text: the payout table aligned for the terminal and the providers'
//! explanations.

use std::io::Write;

use crate::domain::ServiceType;
use crate::domain::explanation::Calculation;
use crate::io;
use crate::io::fields::printable;
use crate::words::Label as _;
use crate::words::number::format_number_lang;
use crate::words::{Lang, Word};

/// The payout table as aligned text (amounts with decimal comma, no thousands separator).
pub fn payout_table_text(calc: &Calculation, lang: Lang) -> String {
    let money = calc.money_columns();
    let head: Vec<&str> = [
        lang.word(Word::Id),
        lang.word(Word::Provider),
        lang.word(Word::Service),
        lang.word(Word::Regi),
        lang.word(Word::Volume),
        lang.word(Word::ScorePercent),
    ]
    .into_iter()
    .chain(money.iter().map(|m| m.label(lang)))
    .collect();
    let rows = payout_rows(calc, &money, lang);
    let title = format!(
        "{} – {} ({})\n",
        printable(&calc.municipality, 80),
        printable(&calc.rule_set_name, 80),
        calc.period
    );
    aligned_table(title, &head, &rows, calc.providers.len())
}

/// The payout table's rows as text: one per provider, then the totals per service type and
/// the grand total.
fn payout_rows(
    calc: &Calculation,
    money: &[crate::domain::explanation::MoneyColumn],
    lang: Lang,
) -> Vec<Vec<String>> {
    // The payout file's numbers as its columns have them (no thousands separator, ASCII `-`):
    // a table copied from the terminal is pasted into a spreadsheet, which reads them back.
    let num = |d, dp| lang.words().plain_number(d, dp);
    let money_cells = |filter: &dyn Fn(&crate::domain::explanation::ProviderResult) -> bool| {
        money
            .iter()
            .map(|m| {
                let sum: rust_decimal::Decimal = calc
                    .providers
                    .iter()
                    .filter(|p| filter(p))
                    .filter_map(|p| m.value(p))
                    .sum();
                num(sum, 2)
            })
            .collect::<Vec<_>>()
    };
    // The providers' cells and lines on every core: one at a time, with a text per cell and
    // two more to pad it, the table took as long as the payout file beside it.
    use rayon::prelude::*;
    let mut rows: Vec<Vec<String>> = calc
        .providers
        .par_iter()
        .with_min_len(io::export_csv::RUN)
        .map(|p| {
            let mut r = vec![
                // Control characters escaped, long texts cut: a file cannot drive the terminal
                // or pad every line (ids and names from imports are checked already; rule
                // files' names are not).
                printable(&p.id, 40),
                printable(&p.name, 60),
                p.service_type.label(lang).to_string(),
                p.regi.label(lang).to_string(),
                num(p.volume, 0),
                num(p.score.percent(2), 2),
            ];
            r.extend(
                money
                    .iter()
                    .map(|m| m.value(p).map(|d| num(d, 2)).unwrap_or_default()),
            );
            r
        })
        .collect();
    for st in ServiceType::ALL {
        if calc.providers.iter().any(|p| p.service_type == st) {
            let label = format!(
                "{} {}",
                lang.word(Word::TotalHeading),
                st.label(lang).to_lowercase()
            );
            let mut r = vec![String::new(), label];
            r.extend(std::iter::repeat_n(String::new(), 4));
            r.extend(money_cells(&|p| p.service_type == st));
            rows.push(r);
        }
    }
    let mut r = vec![String::new(), lang.word(Word::GrandTotal).into()];
    r.extend(std::iter::repeat_n(String::new(), 4));
    r.extend(money_cells(&|_| true));
    rows.push(r);
    rows
}

/// A table as aligned text under its title: the header, a rule, the first `n_prov` rows
/// (made on every core), a rule and the other rows (the totals).
fn aligned_table(mut out: String, head: &[&str], rows: &[Vec<String>], n_prov: usize) -> String {
    use rayon::prelude::*;
    let mut widths: Vec<usize> = head.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let right: Vec<bool> = (0..head.len()).map(|k| k >= 4).collect();
    // A line: each cell padded to its column's width in characters (left-aligned, numbers
    // right-aligned), two spaces apart, without trailing blanks.
    let line = |out: &mut String, cells: &[String]| {
        use std::fmt::Write as _;
        let start = out.len();
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                out.push_str("  ");
            }
            let w = widths[i];
            let _ = if right[i] {
                write!(out, "{c:>w$}")
            } else {
                write!(out, "{c:<w$}")
            };
        }
        let kept = out[start..].trim_end().len();
        out.truncate(start + kept);
        out.push('\n');
    };
    let rule = "-".repeat(widths.iter().sum::<usize>() + 2 * (widths.len() - 1));
    line(
        &mut out,
        &head.iter().map(|h| h.to_string()).collect::<Vec<_>>(),
    );
    out.push_str(&rule);
    out.push('\n');
    let lines: Vec<String> = rows[..n_prov]
        .par_chunks(io::export_csv::RUN)
        .map(|chunk| {
            let mut text = String::new();
            for r in chunk {
                line(&mut text, r);
            }
            text
        })
        .collect();
    out.reserve(lines.iter().map(String::len).sum());
    for text in &lines {
        out.push_str(text);
    }
    out.push_str(&rule);
    out.push('\n');
    for r in &rows[n_prov..] {
        line(&mut out, r);
    }
    out
}

/// Every provider's explanation as text; the indicator results made again with `again` when
/// the calculation did not keep them (see [`Calculation::with_indicators`]).
pub fn explanation_text(
    calc: &Calculation,
    again: Option<&crate::domain::engine::Explainer<'_>>,
    lang: Lang,
) -> String {
    let mut out = Vec::new();
    write_explanation_text(&mut out, calc, again, lang).expect("writing into memory");
    String::from_utf8(out).expect("the text is UTF-8")
}

/// [`explanation_text`] written as it is made (see [`io::write_in_runs`]: the terminal's
/// explanation of a national calculation is a million lines, which need not be in memory at
/// once).
pub fn write_explanation_text(
    out: &mut dyn Write,
    calc: &Calculation,
    again: Option<&crate::domain::engine::Explainer<'_>>,
    lang: Lang,
) -> std::io::Result<()> {
    io::write_in_runs(out, calc, again, |run| {
        let mut text = String::new();
        for p in run {
            explanation_text_of(p, lang, &mut text);
        }
        text.into_bytes()
    })
}

/// One provider's explanation as text.
fn explanation_text_of(
    p: &crate::domain::explanation::ProviderResult,
    lang: Lang,
    out: &mut String,
) {
    out.push_str(&format!(
        "{} {} ({}): {}\n",
        printable(&p.id, 40),
        printable(&p.name, 60),
        p.service_type.label(lang),
        p.reason(lang)
    ));
    if let Some(exact) = p.exact_numbers(lang) {
        out.push_str(&format!("  ({}: {exact})\n", lang.word(Word::ExactValues)));
    }
    let (kronor, ore) = p.indicator_split();
    for ((i, kronor), ore) in p.indicators.iter().zip(kronor).zip(ore) {
        out.push_str(&format!(
            "  {:<14} {}: {}; {} {} % × {} % = {} {}; {} kr\n",
            printable(&i.indicator_id, 40),
            printable(&i.name, 80),
            i.reason_with_ore(ore, lang),
            lang.word(Word::Credit),
            format_number_lang(i.credit.percent(1), Some(1), lang),
            format_number_lang(i.effective_weight.percent(1), Some(1), lang),
            format_number_lang(i.contribution.percent(2), Some(2), lang),
            lang.word(Word::Points),
            format_number_lang(kronor, Some(2), lang),
        ));
    }
    for (id, text, kronor) in p.extra_rows(lang) {
        out.push_str(&format!(
            "  {:<14} {text}; {} kr\n",
            printable(&id, 40),
            format_number_lang(kronor, Some(2), lang),
        ));
    }
    if let Some(m) = crate::domain::advances::settlement(p.payout, p.paid_so_far) {
        out.push_str(&format!("  {}\n", lang.say_plain(&m)));
    }
}
