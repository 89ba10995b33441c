//! The advance plan as a file: one row per provider and round, then a sum row, as CSV
//! (semicolon, decimal comma, BOM) or as a workbook with an audit sheet. A provider without an
//! advance gets one row that says why; the note of a provider's first row says how its total
//! was found and which rounds took the öre left over.

use crate::words::Label as _;
use crate::words::Word;
use crate::words::msg;
use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::export_csv::{finish, text, write, writer};
use super::export_decide::AuditRows;
use super::export_xlsx::{audit_sheet, f, header};
use crate::domain::advances::{Planned, ProviderPlan};
use crate::domain::decimal::format_number;
use crate::words::Lang;

/// One row of the plan: provider, round (none for a provider without advance), amount, note.
struct Row<'a> {
    p: &'a ProviderPlan,
    round: Option<usize>,
    amount: Decimal,
    note: Option<String>,
}

/// The rows of the plan in order: each provider's rounds (its note on the first).
fn rows<'a>(plan: &'a [ProviderPlan], lang: Lang) -> Vec<Row<'a>> {
    let mut out = Vec::new();
    for p in plan {
        let note = Some(lang.say_plain(&p.note()));
        match &p.planned {
            Planned::Rounds { rounds, .. } => {
                for (k, amount) in rounds.iter().enumerate() {
                    out.push(Row {
                        p,
                        round: Some(k + 1),
                        amount: *amount,
                        note: if k == 0 { note.clone() } else { None },
                    });
                }
            }
            Planned::None(_) => out.push(Row {
                p,
                round: None,
                amount: Decimal::ZERO,
                note,
            }),
        }
    }
    out
}

/// The plan's total: every provider's total (the sum of its rounds).
pub fn total(plan: &[ProviderPlan]) -> Decimal {
    plan.iter().map(|p| p.planned.total()).sum()
}

fn n2(d: Decimal) -> String {
    format_number(d, Some(2), false)
}

/// The plan as CSV.
pub fn plan_csv(plan: &[ProviderPlan], lang: Lang) -> Vec<u8> {
    let mut w = writer();
    write(&mut w, lang.word(Word::AdvancesCsvHeader).split(';'));
    for r in rows(plan, lang) {
        write(
            &mut w,
            [
                text(&r.p.id),
                text(&r.p.name),
                text(r.p.service_type.label(lang)),
                r.p.previous.map(n2).unwrap_or_default(),
                format_number(r.p.percent.normalize(), None, false),
                r.round.map(|k| k.to_string()).unwrap_or_default(),
                n2(r.amount),
                r.note.as_deref().map(text).unwrap_or_default(),
            ],
        );
    }
    let sum = lang.word(Word::AdvancesSum);
    let empty = String::new;
    write(
        &mut w,
        [
            empty(),
            text(sum),
            empty(),
            empty(),
            empty(),
            empty(),
            n2(total(plan)),
            empty(),
        ],
    );
    finish(w)
}

/// The plan as a workbook: the plan sheet and the audit sheet.
pub fn plan_xlsx(
    plan: &[ProviderPlan],
    audit: &AuditRows,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let kr = Format::new().set_num_format("#,##0.00");
    let ws = wb.add_worksheet();
    ws.set_name(lang.word(Word::AdvancesSheet))?;
    let cols: Vec<&str> = lang.word(Word::AdvancesCsvHeader).split(';').collect();
    header(ws, &cols, &bold)?;
    let mut r = 1u32;
    for row in rows(plan, lang) {
        ws.write_string(r, 0, &row.p.id)?;
        ws.write_string(r, 1, &row.p.name)?;
        ws.write_string(r, 2, row.p.service_type.label(lang))?;
        if let Some(prev) = row.p.previous {
            ws.write_number_with_format(r, 3, f(prev), &kr)?;
        }
        ws.write_number(r, 4, f(row.p.percent))?;
        if let Some(k) = row.round {
            ws.write_number(r, 5, k as f64)?;
        }
        ws.write_number_with_format(r, 6, f(row.amount), &kr)?;
        if let Some(note) = &row.note {
            ws.write_string(r, 7, note)?;
        }
        r += 1;
    }
    ws.write_string_with_format(r, 1, lang.word(Word::AdvancesSum), &bold)?;
    ws.write_number_with_format(r, 6, f(total(plan)), &kr)?;
    ws.set_column_width(1, 32)?;
    ws.set_column_width(7, 60)?;
    audit_sheet(&mut wb, audit)?;
    wb.save_to_buffer()
}

/// What an advance plan is made from: the rule file and the results (with each provider's
/// `föregående_utbetalning`), and the file to write (`.xlsx`: a workbook, else CSV).
pub struct AdvancesRequest<'a> {
    pub sources: super::usecase::Sources<'a>,
    pub out: &'a std::path::Path,
}

/// The advance plan's bytes for `out` (a workbook for `.xlsx`, else CSV).
pub fn plan_bytes(
    plan: &[ProviderPlan],
    out: &std::path::Path,
    audit: &AuditRows,
    lang: Lang,
) -> Result<Vec<u8>, String> {
    let xlsx = out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    // A sheet holds at most 1 048 576 rows (the header and the sum row besides the plan's).
    const SHEET_ROWS: usize = 1_048_576;
    if xlsx {
        let rows = rows(plan, lang).len() + 2;
        if rows > SHEET_ROWS {
            let n = |v: usize| {
                lang.words()
                    .number(rust_decimal::Decimal::from(v as u64), Some(0))
            };
            return Err(msg!(
                lang.words(),
                "advances-xlsx-too-many-rows",
                rows = n(rows),
                limit = n(SHEET_ROWS)
            ));
        }
        plan_xlsx(plan, audit, lang).map_err(|e| e.to_string())
    } else {
        Ok(plan_csv(plan, lang))
    }
}

/// The problem of a rule set none of whose schemes has an advance rule.
pub fn no_rule() -> crate::domain::validation::Problem {
    use crate::domain::validation::{Field, Problem, ProblemMsg};
    Problem::error(
        None,
        None,
        Field::Advances,
        ProblemMsg::Module(crate::domain::feature::Msg::new("advances-no-rule", vec![])),
    )
}

/// The advance plan use case: reads and validates the rules, reads the results, plans every
/// provider of a scheme with an advance rule and writes the plan to `out` (atomically; never
/// over an input). Nothing is written when the rules have errors or no advance rule.
pub fn advances(
    req: &AdvancesRequest<'_>,
    lang: Lang,
) -> Result<Vec<ProviderPlan>, super::usecase::Failure> {
    use super::usecase::Failure;
    use crate::domain::validation::{Severity, validate};
    let s = &req.sources;
    super::check_outputs(&s.inputs(), &[req.out]).map_err(Failure::File)?;
    let read = super::read_rule_text(s.rules).map_err(Failure::File)?;
    let errors: Vec<_> = validate(&read.rules)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        return Err(Failure::Rules(read.locate(&errors)));
    }
    if read.rules.schemes.iter().all(|s| s.advances.is_none()) {
        return Err(Failure::Rules(read.locate(&[no_rule()])));
    }
    let (rules, rules_sha) = (read.rules, read.sha256);
    let results = super::read_results_with(s.results, s.opts).map_err(Failure::Import)?;
    let plan = crate::domain::advances::plan_all(&rules, &results);
    let audit = super::usecase::decision_audit(&[
        ("regelfil", s.rules, rules_sha.as_str()),
        ("resultatfil", s.results, results.source_sha256.as_str()),
    ]);
    let bytes = plan_bytes(&plan, req.out, &audit, lang).map_err(Failure::Report)?;
    super::usecase::write_outputs(&s.inputs(), &[(req.out.to_path_buf(), bytes)], Vec::new())
        .map_err(Failure::File)?;
    Ok(plan)
}
