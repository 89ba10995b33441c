//! Exports of a comparison and a sweep as CSV (semicolon, decimal comma, BOM, with a
//! `.verifikation.csv` companion) or XLSX (with an audit sheet): the same audit data as a
//! payout export — every rule and results file with its SHA-256, the program version, the time.

use crate::words::Text;
use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::export_csv::{finish, text, write, writer};
use super::export_xlsx::{audit_sheet, f, header};
use crate::domain::decide::compare::{Comparison, StatusChange};
use crate::domain::decide::sweep::Sweep;
use crate::domain::decimal::format_number;
use crate::words::Label as _;
use crate::words::{Lang, Word};

/// Audit rows: (key, value), e.g. `("regelfil_a", "regler.ron")`.
pub type AuditRows = Vec<(String, String)>;

fn n2(d: Decimal) -> String {
    format_number(d, Some(2), false)
}

fn opt(d: Option<Decimal>) -> String {
    d.map(n2).unwrap_or_default()
}

/// The words of a status change.
pub fn change_text(c: StatusChange, lang: Lang) -> &'static str {
    match c {
        StatusChange::Unchanged => lang.word(Word::SameStatus),
        StatusChange::NewlyQualified => lang.word(Word::NewlyQualified),
        StatusChange::LostQualification => lang.word(Word::LostQualification),
        StatusChange::OtherStatus => lang.word(Word::OtherStatus),
        StatusChange::OnlyInA => lang.word(Word::OnlyInA),
        StatusChange::OnlyInB => lang.word(Word::OnlyInB),
    }
}

/// The header of the comparison export.
pub fn compare_header(lang: Lang) -> [&'static str; 9] {
    super::export_csv::columns(lang, Word::CompareCsvHeader)
}

/// The comparison as CSV: one row per provider, then the totals.
pub fn compare_csv(c: &Comparison, lang: Lang) -> Vec<u8> {
    let mut w = writer();
    write(&mut w, compare_header(lang));
    for d in &c.providers {
        write(
            &mut w,
            [
                text(&d.id),
                text(&d.name),
                text(d.service_type.label(lang)),
                text(d.regi.label(lang)),
                opt(d.a),
                opt(d.b),
                n2(d.delta()),
                d.delta_percent()
                    .map(|p| format_number(p, Some(1), false))
                    .unwrap_or_default(),
                change_text(d.change, lang).to_string(),
            ],
        );
    }
    for (label, t) in totals_rows(c, lang) {
        write(
            &mut w,
            [
                String::new(),
                text(&label),
                String::new(),
                String::new(),
                n2(t.a),
                n2(t.b),
                n2(t.delta()),
                String::new(),
                String::new(),
            ],
        );
    }
    finish(w)
}

/// The total rows of a comparison: per service type, per regi, overall.
pub fn totals_rows(
    c: &Comparison,
    lang: Lang,
) -> Vec<(String, crate::domain::decide::compare::Totals)> {
    let total = lang.word(Word::TotalHeading);
    let mut rows: Vec<(String, _)> = c
        .by_service_type
        .iter()
        .map(|(st, t)| (format!("{total} {}", st.label(lang).to_lowercase()), *t))
        .collect();
    rows.extend(
        c.by_regi
            .iter()
            .map(|(r, t)| (format!("{total} {}", r.label(lang).to_lowercase()), *t)),
    );
    rows.push((lang.word(Word::GrandTotal).to_string(), c.total));
    rows
}

/// The sweep as CSV: one row per step (value, total, providers paid, then every provider's
/// payout as a column).
pub fn sweep_csv(s: &Sweep, lang: Lang) -> Vec<u8> {
    let mut w = writer();
    let mut head = vec![
        s.param.to_string(),
        lang.word(Word::TotalKrColumn).to_string(),
        lang.word(Word::ProvidersPaid).to_string(),
    ];
    head.extend(s.providers.iter().map(|(id, _)| text(id)));
    write(&mut w, &head);
    for step in &s.steps {
        let mut row = vec![
            format_number(step.value, None, false),
            n2(step.total),
            step.paid.to_string(),
        ];
        if step.problems.is_empty() {
            row.extend(step.payouts.iter().map(|p| opt(*p)));
        } else {
            row.push(text(
                &step
                    .problems
                    .iter()
                    .map(|p| p.text(lang))
                    .collect::<Vec<_>>()
                    .join("; "),
            ));
        }
        write(&mut w, &row);
    }
    finish(w)
}

/// The audit companion of a CSV export.
pub fn audit_csv(rows: &AuditRows) -> Vec<u8> {
    let mut w = writer();
    write(&mut w, ["nyckel", "värde"]);
    for (k, v) in rows {
        write(&mut w, [k.clone(), text(v)]);
    }
    finish(w)
}

/// The comparison as a workbook: the table (numbers as numbers, kronor format) and the audit.
pub fn compare_xlsx(c: &Comparison, rows: &AuditRows, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let kr = Format::new().set_num_format("#,##0.00");
    let ws = wb.add_worksheet();
    ws.set_name(lang.word(Word::Comparison))?;
    header(ws, &compare_header(lang), &bold)?;
    let mut r = 1u32;
    for d in &c.providers {
        ws.write_string(r, 0, &d.id)?;
        ws.write_string(r, 1, &d.name)?;
        ws.write_string(r, 2, d.service_type.label(lang))?;
        ws.write_string(r, 3, d.regi.label(lang))?;
        if let Some(a) = d.a {
            ws.write_number_with_format(r, 4, f(a), &kr)?;
        }
        if let Some(b) = d.b {
            ws.write_number_with_format(r, 5, f(b), &kr)?;
        }
        ws.write_number_with_format(r, 6, f(d.delta()), &kr)?;
        if let Some(p) = d.delta_percent() {
            ws.write_number(r, 7, f(p))?;
        }
        ws.write_string(r, 8, change_text(d.change, lang))?;
        r += 1;
    }
    for (label, t) in totals_rows(c, lang) {
        ws.write_string_with_format(r, 1, &label, &bold)?;
        ws.write_number_with_format(r, 4, f(t.a), &kr)?;
        ws.write_number_with_format(r, 5, f(t.b), &kr)?;
        ws.write_number_with_format(r, 6, f(t.delta()), &kr)?;
        r += 1;
    }
    ws.set_column_width(1, 32)?;
    audit_sheet(&mut wb, rows)?;
    wb.save_to_buffer()
}

/// The sweep as a workbook: one row per step and the audit.
pub fn sweep_xlsx(s: &Sweep, rows: &AuditRows, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let kr = Format::new().set_num_format("#,##0.00");
    let ws = wb.add_worksheet();
    ws.set_name(lang.word(Word::Sweep))?;
    ws.write_string_with_format(0, 0, s.param.to_string(), &bold)?;
    ws.write_string_with_format(0, 1, lang.word(Word::TotalKrColumn), &bold)?;
    ws.write_string_with_format(0, 2, lang.word(Word::ProvidersPaid), &bold)?;
    for (i, (id, _)) in s.providers.iter().enumerate() {
        ws.write_string_with_format(0, 3 + i as u16, id, &bold)?;
    }
    for (k, step) in s.steps.iter().enumerate() {
        let r = k as u32 + 1;
        ws.write_number(r, 0, f(step.value))?;
        ws.write_number_with_format(r, 1, f(step.total), &kr)?;
        ws.write_number(r, 2, step.paid as f64)?;
        for (i, p) in step.payouts.iter().enumerate() {
            if let Some(p) = p {
                ws.write_number_with_format(r, 3 + i as u16, f(*p), &kr)?;
            }
        }
    }
    ws.set_freeze_panes(1, 1)?;
    audit_sheet(&mut wb, rows)?;
    wb.save_to_buffer()
}
