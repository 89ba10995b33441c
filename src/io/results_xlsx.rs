//! Results import from XLSX (and XLS/ODS) with calamine: the same columns as the CSV import,
//! Swedish or English headers, numbers stored as numbers or as text with decimal comma.

use std::io::Cursor;

use calamine::{Data, Reader};

use super::error::{ErrorSink, FileErrorMsg, ImportError};
use super::results_csv::{Builder, RawRow, map_header};
use crate::domain::ResultSet;

/// The text of a cell as the CSV importer would see it.
fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        // Shortest text that reads back to the same f64: 86.5 stays 86.5.
        Data::Float(f) if f.is_finite() => {
            let s = format!("{f}");
            s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
        }
        Data::Float(f) => format!("{f}"),
        Data::Bool(b) => b.to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::DateTime(dt) => dt.to_string(),
        Data::Error(e) => format!("{e}"),
    }
}

/// The sheet names of a workbook.
pub fn sheet_names(bytes: &[u8]) -> Result<Vec<String>, String> {
    calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map(|wb| wb.sheet_names())
        .map_err(|e| e.to_string())
}

/// Parses results from a workbook's first sheet, or the named one.
pub fn parse_results_xlsx(
    bytes: &[u8],
    file: &str,
    sheet: Option<&str>,
) -> Result<ResultSet, ImportError> {
    let sink = ErrorSink::new(file);
    let fail = |mut sink: ErrorSink, msg: FileErrorMsg| {
        sink.push(None, None, msg);
        sink.finish().unwrap_err()
    };
    let mut wb = match calamine::open_workbook_auto_from_rs(Cursor::new(bytes)) {
        Ok(wb) => wb,
        Err(e) => return Err(fail(sink, FileErrorMsg::Spreadsheet(e.to_string()))),
    };
    let names = wb.sheet_names();
    let name = match sheet {
        Some(s) => match names.iter().find(|n| n.eq_ignore_ascii_case(s)) {
            Some(n) => n.clone(),
            None => {
                return Err(fail(
                    sink,
                    FileErrorMsg::SheetNotFound {
                        sheet: s.to_string(),
                        available: names,
                    },
                ));
            }
        },
        None => match names.first() {
            Some(n) => n.clone(),
            None => return Err(fail(sink, FileErrorMsg::Empty)),
        },
    };
    let range = match wb.worksheet_range(&name) {
        Ok(r) => r,
        Err(e) => return Err(fail(sink, FileErrorMsg::Spreadsheet(e.to_string()))),
    };
    let first_row = range.start().map_or(0, |(r, _)| r as usize);
    let first_col = range.start().map_or(0, |(_, c)| c as usize);
    // Errors inside the sheet name the sheet too: `resultat.xlsx [Blad1], rad 5, …`.
    let mut sink = ErrorSink::new(&format!("{file} [{name}]"));
    let mut builder = Builder::new(file);
    let mut header: Option<super::results_csv::ColumnMap> = None;
    for (k, row) in range.rows().enumerate() {
        let excel_row = first_row + k + 1;
        // Cells are addressed from column A, whatever the range's first column.
        let mut cells: Vec<String> = vec![String::new(); first_col];
        cells.extend(row.iter().map(cell_text));
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        let Some(map) = &header else {
            let map = map_header(&cells, &mut sink, excel_row);
            if !sink.is_empty() {
                return Err(sink.finish().unwrap_err());
            }
            header = Some(map);
            continue;
        };
        let raw = RawRow::from_fields(map, |i| cells.get(i).map(String::as_str));
        builder.add_row(&raw, excel_row, &mut sink);
        if sink.full() {
            break;
        }
    }
    builder.finish_file(sink, header.is_some(), bytes)
}

/// Writes a result set as a workbook in the import format (numbers as numbers).
pub fn write_results_xlsx(set: &ResultSet) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use super::results_csv::{Cell, result_rows};
    use rust_decimal::prelude::ToPrimitive;
    let (header, rows) = result_rows(set);
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Resultat")?;
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            match cell {
                Cell::Empty => {}
                Cell::Text(t) => {
                    ws.write_string(r, c, t)?;
                }
                Cell::Number(d) => {
                    ws.write_number(r, c, d.to_f64().unwrap_or(0.0))?;
                }
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    wb.save_to_buffer()
}
