//! Payout and explanation tables as CSV: semicolon, decimal comma, no thousands separator,
//! UTF-8 with BOM so Excel opens it correctly. Deterministic: the same calculation gives the
//! same bytes.

use rust_decimal::Decimal;

use crate::domain::decimal::{format_number, round_display};
use crate::domain::engine::Explainer;
use crate::domain::explanation::{Calculation, ProviderResult};
use crate::words::Label as _;
use crate::words::{Lang, Word};

const BOM: &[u8] = "\u{feff}".as_bytes();

/// A CSV writer for Excel: BOM, semicolon, CRLF, quotes only where needed (csv's `Writer`).
pub(crate) fn writer() -> csv::Writer<Vec<u8>> {
    writer_into(BOM.to_vec())
}

fn writer_into(buf: Vec<u8>) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(buf)
}

/// Finishes a writer made by [`writer`]: its bytes (writing to memory cannot fail).
pub(crate) fn finish(w: csv::Writer<Vec<u8>>) -> Vec<u8> {
    w.into_inner().expect("flushing CSV to memory cannot fail")
}

/// A text cell, neutralised against formula injection (OWASP): a cell that starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so that Excel and LibreOffice
/// show it as text instead of evaluating it. Numeric columns are written by [`num`] and never
/// pass through here.
///
/// ```
/// use kvalitetspeng::io::export_csv::text;
/// assert_eq!(text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
/// assert_eq!(text("-5"), "'-5");
/// assert_eq!(text("Almgården"), "Almgården");
/// ```
pub fn text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

fn num(d: Decimal, dp: u32) -> String {
    format_number(d, Some(dp), false)
}

/// Exact number, as many decimals as needed (max 6), decimal comma.
fn exact(d: Decimal) -> String {
    format_number(round_display(d, 6).normalize(), None, false)
}

/// The payout table: one row per provider.
pub fn payout_csv(calc: &Calculation, lang: Lang) -> Vec<u8> {
    let mut out = writer();
    let head = lang.word(Word::PayoutCsvHeader);
    let money = calc.money_columns();
    let header: Vec<&str> = head
        .split(';')
        .chain(money.iter().map(|m| lang.text(m.csv_header())))
        .chain([lang.word(Word::Calculation)])
        .collect();
    write(&mut out, &header);
    par_rows(out, &calc.providers, |p, out| {
        let mut row = vec![
            text(&p.id),
            text(&p.name),
            text(p.service_type.label(lang)),
            text(p.regi.label(lang)),
            exact(p.volume),
            text(p.volume_unit.label(lang)),
            num(p.score.percent(2), 2),
            text(&p.status_text(lang)),
        ];
        row.extend(
            money
                .iter()
                .map(|m| m.value(p).map(|d| num(d, 2)).unwrap_or_default()),
        );
        row.push(text(&p.reason(lang)));
        write(out, &row);
    })
}

/// The explanation table: one row per provider × indicator.
pub fn explanation_csv(calc: &Calculation, lang: Lang) -> Vec<u8> {
    explanation_csv_again(calc, None, lang)
}

/// [`explanation_csv`], making the indicator results again with `again` when the calculation
/// did not keep them (see [`Calculation::with_indicators`]): a run of providers at a time, so
/// that they are never all in memory.
pub fn explanation_csv_again(
    calc: &Calculation,
    again: Option<&Explainer<'_>>,
    lang: Lang,
) -> Vec<u8> {
    let mut bytes = Vec::new();
    write_explanation_csv(&mut bytes, calc, again, lang).expect("writing CSV to memory");
    bytes
}

/// [`explanation_csv_again`] written to `out` as it is made (see [`super::write_in_runs`]:
/// the file at national scale is 148 MB). The bytes are those of [`explanation_csv_again`],
/// which is this written to memory.
pub fn write_explanation_csv(
    out: &mut dyn std::io::Write,
    calc: &Calculation,
    again: Option<&Explainer<'_>>,
    lang: Lang,
) -> std::io::Result<()> {
    let mut head = writer();
    let header = lang.word(Word::ExplanationCsvHeader);
    write(&mut head, header.split(';'));
    out.write_all(&finish(head))?;
    super::write_in_runs(out, calc, again, |run| {
        let mut w = writer_into(Vec::new());
        for p in run {
            explanation_rows(p, lang, &mut w);
        }
        finish(w)
    })
}

/// How many items a core formats at a time.
pub(crate) const RUN: usize = 256;

/// One provider's rows of the explanation table. What every row of the provider repeats (its
/// id, name and service type, and the account of its extra rows) is written once.
fn explanation_rows(p: &ProviderResult, lang: Lang, out: &mut csv::Writer<Vec<u8>>) {
    let (id, name, service_type) = (text(&p.id), text(&p.name), text(p.service_type.label(lang)));
    let (kronor, ore) = p.indicator_split();
    for ((i, kronor), ore) in p.indicators.iter().zip(kronor).zip(ore) {
        let status = if i.status.is_ok() {
            lang.word(Word::Ok)
        } else {
            lang.word(Word::MissingInsufficient)
        };
        let row = [
            id.clone(),
            name.clone(),
            service_type.clone(),
            text(&i.indicator_id),
            text(&i.name),
            i.value
                .as_ref()
                .map(|v| exact(v.round_dp(6)))
                .unwrap_or_default(),
            i.respondents.map(|n| n.to_string()).unwrap_or_default(),
            status.to_string(),
            num(i.credit.percent(2), 2),
            exact(i.weight_percent),
            num(i.effective_weight.percent(2), 2),
            num(i.contribution.percent(2), 2),
            num(kronor, 2),
            text(&i.reason_with_ore(ore, lang)),
            i.exact_numbers(lang).map(|t| text(&t)).unwrap_or_default(),
        ];
        write(out, &row);
    }
    let extra = p.extra_rows(lang);
    if extra.is_empty() {
        return;
    }
    let reason = text(&p.reason(lang));
    let exact_numbers = p.exact_numbers(lang).map(|t| text(&t)).unwrap_or_default();
    for (row_id, label, kronor) in extra {
        let row = [
            id.clone(),
            name.clone(),
            service_type.clone(),
            text(&row_id),
            text(&label),
            String::new(),
            String::new(),
            text(&row_id),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            num(kronor, 2),
            reason.clone(),
            exact_numbers.clone(),
        ];
        write(out, &row);
    }
}

/// `head` (the BOM and header), then the rows of every provider, formatted in parallel in chunks and joined in order (the bytes
/// do not depend on the number of threads). Formatting the 100 000-row explanation took
/// ≈ 90 ms on one core.
fn par_rows<T: Sync>(
    head: csv::Writer<Vec<u8>>,
    items: &[T],
    row: impl Fn(&T, &mut csv::Writer<Vec<u8>>) + Sync,
) -> Vec<u8> {
    use rayon::prelude::*;
    let chunks: Vec<Vec<u8>> = items
        .par_chunks(RUN)
        .map(|chunk| {
            let mut w = writer_into(Vec::new());
            for item in chunk {
                row(item, &mut w);
            }
            finish(w)
        })
        .collect();
    let mut bytes = finish(head);
    bytes.reserve_exact(chunks.iter().map(Vec::len).sum());
    for c in chunks {
        bytes.extend_from_slice(&c);
    }
    bytes
}

/// Writes one record (to memory: cannot fail).
pub(crate) fn write<I, T>(w: &mut csv::Writer<Vec<u8>>, record: I)
where
    I: IntoIterator<Item = T>,
    T: AsRef<[u8]>,
{
    w.write_record(record).expect("writing CSV to memory");
}

/// The columns of the header message `header`, separated by `;`; a language file with another
/// number of columns is a slip the tests catch (missing columns are empty).
pub(crate) fn columns<const N: usize>(lang: Lang, header: Word) -> [&'static str; N] {
    let header = lang.word(header);
    let mut out = [""; N];
    let mut names = header.split(';');
    for column in &mut out {
        *column = names.next().unwrap_or_default();
    }
    debug_assert!(names.next().is_none(), "more columns than {N}: {header}");
    out
}
