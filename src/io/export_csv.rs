//! Payout and explanation tables as CSV: semicolon, decimal comma, no thousands separator,
//! UTF-8 with BOM so Excel opens it correctly. Deterministic: the same calculation gives the
//! same bytes.

use rust_decimal::Decimal;

use crate::domain::Lang;
use crate::domain::decimal::{format_number, round_display};
use crate::domain::explanation::Calculation;

const BOM: &[u8] = "\u{feff}".as_bytes();

/// A CSV writer for Excel: BOM, semicolon, CRLF, quotes only where needed (csv's `Writer`).
pub(crate) fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(BOM.to_vec())
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
    let header = match lang {
        Lang::Sv => {
            "utförar_id;utförare;verksamhet;regi;volym;volymenhet;poäng_procent;status;kvalitetspeng_kr;beräkning"
        }
        Lang::En => {
            "provider_id;provider_name;service_type;regi;volume;volume_unit;score_percent;status;payout_kr;calculation"
        }
    };
    write(&mut out, header.split(';'));
    for p in &calc.providers {
        let row = [
            text(&p.id),
            text(&p.name),
            text(p.service_type.label(lang)),
            text(p.regi.label(lang)),
            exact(p.volume),
            text(p.volume_unit.label(lang)),
            num(p.score.percent(2), 2),
            text(&p.status.text(lang)),
            num(p.payout, 2),
            text(&p.reason(lang)),
        ];
        write(&mut out, &row);
    }
    finish(out)
}

/// The explanation table: one row per provider × indicator.
pub fn explanation_csv(calc: &Calculation, lang: Lang) -> Vec<u8> {
    let mut out = writer();
    let header = match lang {
        Lang::Sv => {
            "utförar_id;utförare;verksamhet;indikator;namn;värde;antal_svar;status;utfall_procent;vikt_procent;effektiv_vikt_procent;bidrag_procentenheter;kronor;motivering"
        }
        Lang::En => {
            "provider_id;provider_name;service_type;indicator_id;name;value;respondents;status;credit_percent;weight_percent;effective_weight_percent;contribution_points;kronor;reason"
        }
    };
    write(&mut out, header.split(';'));
    for p in &calc.providers {
        for (i, kronor) in p.indicators.iter().zip(p.indicator_kronor()) {
            let status = if i.status.is_ok() {
                lang.pick("ok", "ok")
            } else {
                lang.pick("saknas/otillräckligt", "missing/insufficient")
            };
            let row = [
                text(&p.id),
                text(&p.name),
                text(p.service_type.label(lang)),
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
                text(&i.reason(lang)),
            ];
            write(&mut out, &row);
        }
        if let Some((id, label, kronor)) = p.fallback_row(lang) {
            let row = [
                text(&p.id),
                text(&p.name),
                text(p.service_type.label(lang)),
                text(id),
                text(&label),
                String::new(),
                String::new(),
                text(id),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                num(kronor, 2),
                text(&p.reason(lang)),
            ];
            write(&mut out, &row);
        }
    }
    finish(out)
}

/// Writes one record (to memory: cannot fail).
pub(crate) fn write<I, T>(w: &mut csv::Writer<Vec<u8>>, record: I)
where
    I: IntoIterator<Item = T>,
    T: AsRef<[u8]>,
{
    w.write_record(record).expect("writing CSV to memory");
}
