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

/// Limits for workbooks, checked before anything is decompressed or allocated
/// (`docs/formats.md`).
pub mod limits {
    /// The largest total of the archive's declared uncompressed sizes (XLSX and ODS are zips).
    pub const MAX_UNCOMPRESSED: u64 = 1 << 30;
    /// The largest ratio of uncompressed to compressed size of one member (a zip bomb is
    /// thousands to one; real workbooks are 5–20).
    pub const MAX_RATIO: u64 = 200;
    /// The right-most column read: cells further right must be empty.
    pub const MAX_COLUMNS: u32 = 256;
}

/// Checks a zip-based workbook before calamine opens it: every member's declared size, the
/// total, the compression ratio, and the shared-strings count against the table's size (a
/// claimed 10¹² entries would otherwise be reserved up front).
fn check_archive(bytes: &[u8]) -> Result<(), FileErrorMsg> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(()); // not a zip: left to calamine's own message
    };
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let Ok(f) = zip.by_index_raw(i) else { continue };
        let (size, packed) = (f.size(), f.compressed_size().max(1));
        total = total.saturating_add(size);
        if size > 1 << 20 && size / packed > limits::MAX_RATIO {
            return Err(FileErrorMsg::SpreadsheetBomb {
                part: f.name().map(|n| n.into_owned()).unwrap_or_default(),
                size,
                packed,
                limit: limits::MAX_RATIO,
            });
        }
    }
    if total > limits::MAX_UNCOMPRESSED {
        return Err(FileErrorMsg::SpreadsheetTooLarge {
            total,
            limit: limits::MAX_UNCOMPRESSED,
        });
    }
    let sst_size = zip.by_name("xl/sharedStrings.xml").map(|f| f.size()).ok();
    if let Some(size) = sst_size
        && let Ok(f) = zip.by_name("xl/sharedStrings.xml")
    {
        use std::io::Read;
        let mut head = Vec::with_capacity(4096);
        let _ = f.take(4096).read_to_end(&mut head);
        let head = String::from_utf8_lossy(&head);
        for attr in ["uniqueCount=\"", " count=\""] {
            if let Some(i) = head.find(attr) {
                let digits: String = head[i + attr.len()..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                // Each entry takes at least `<si/>`, five bytes.
                let claimed: u64 = digits.parse().unwrap_or(u64::MAX);
                if attr.starts_with('u') && claimed > size / 5 + 1 {
                    return Err(FileErrorMsg::SpreadsheetStringsLie {
                        claimed: digits,
                        size,
                    });
                }
            }
        }
    }
    Ok(())
}

/// True for an Excel number format that shows a percentage (built-in 9 `0%` and 10 `0.00%`,
/// or a custom code with `%` outside quotes and escapes).
fn is_percent_format(f: &calamine::NumberFormat) -> bool {
    if matches!(f.format_id, Some(9 | 10)) {
        return true;
    }
    let mut quoted = false;
    let mut chars = f.format_code.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            '\\' if !quoted => {
                chars.next();
            }
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

/// A numeric cell's text; a percent-formatted one as the percentage Excel shows (0,86 → 86),
/// computed in decimals from the stored number's shortest text.
fn number_text(text: String, percent: bool) -> String {
    if !percent {
        return text;
    }
    match text.parse::<rust_decimal::Decimal>() {
        Ok(d) => d
            .checked_mul(rust_decimal::Decimal::ONE_HUNDRED)
            .map_or(text, |p| p.normalize().to_string()),
        Err(_) => text,
    }
}

fn float_text(f: f64) -> String {
    if f.is_finite() {
        let s = format!("{f}");
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    } else {
        format!("{f}")
    }
}

/// The text of a streamed cell as the CSV importer would see it.
fn cell_ref_text(d: &calamine::DataRef<'_>, percent: bool) -> String {
    use calamine::DataRef as D;
    match d {
        D::Empty => String::new(),
        D::String(s) => s.trim().to_string(),
        D::SharedString(s) => s.trim().to_string(),
        D::Int(i) => number_text(i.to_string(), percent),
        D::Float(f) => number_text(float_text(*f), percent),
        D::Bool(b) => b.to_string(),
        D::DateTimeIso(s) | D::DurationIso(s) => s.clone(),
        D::DateTime(dt) => dt.to_string(),
        D::Error(e) => format!("{e}"),
    }
}

/// Excel's column letters for a 0-based column: 0 → A, 26 → AA.
fn column_letters(mut c: u32) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// Parses results from a workbook's first sheet, or the named one.
///
/// XLSX is streamed cell by cell (never as a whole range, whose size a hostile file declares):
/// memory grows with the cells present, not with the last cell's address. Cells formatted as
/// percent are read as the percentage shown; a formula without a stored result, an encrypted
/// workbook and cells beyond column [`limits::MAX_COLUMNS`] are refused with a located error.
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
    if let Err(m) = check_archive(bytes) {
        return Err(fail(sink, m));
    }
    const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    let is_zip = bytes.starts_with(b"PK\x03\x04");
    if !is_zip {
        // An encrypted XLSX is a compound file with an `EncryptedPackage`; tell it apart
        // from an old .xls before calamine says only "cannot detect file format".
        if bytes.starts_with(CFB_MAGIC)
            && let Err(calamine::XlsxError::Password) =
                <calamine::Xlsx<_> as Reader<_>>::new(Cursor::new(bytes))
        {
            return Err(fail(sink, FileErrorMsg::Encrypted));
        }
        return parse_results_other(bytes, file, sheet);
    }
    let mut wb: calamine::Xlsx<_> = match Reader::new(Cursor::new(bytes)) {
        Ok(wb) => wb,
        // An ODS file is a zip too.
        Err(_) => return parse_results_other(bytes, file, sheet),
    };
    let names = wb.sheet_names();
    let name = match pick_sheet(&names, sheet) {
        Ok(n) => n,
        Err(m) => return Err(fail(sink, m)),
    };
    let mut sink = ErrorSink::new(&format!("{file} [{name}]"));
    let spreadsheet_error = |mut sink: ErrorSink, e: calamine::XlsxError| {
        sink.push(None, None, FileErrorMsg::Spreadsheet(e.to_string()));
        sink.finish().unwrap_err()
    };
    // Pass 1: formulas whose result was never stored (a workbook saved by a program that does
    // not calculate) would silently be "missing".
    if let Err(e) = check_formulas(&mut wb, &name, &mut sink) {
        return Err(spreadsheet_error(sink, e));
    }
    if !sink.is_empty() {
        return Err(sink.finish().unwrap_err());
    }
    // Pass 2: the values, row by row.
    let rows = match read_values(&mut wb, &name, file, &mut sink) {
        Ok(rows) => rows,
        Err(e) => return Err(spreadsheet_error(sink, e)),
    };
    if rows.stop {
        return Err(sink.finish().unwrap_err());
    }
    rows.builder.finish_file(sink, rows.header.is_some(), bytes)
}

/// Pass 1 of a workbook: every formula whose result was never stored, reported (up to the
/// sink's limit).
fn check_formulas(
    wb: &mut calamine::Xlsx<Cursor<&[u8]>>,
    name: &str,
    sink: &mut ErrorSink,
) -> Result<(), calamine::XlsxError> {
    let mut cells = wb.worksheet_cells_reader(name)?;
    loop {
        match cells.next_cell_with_formula() {
            Ok(Some(c)) => {
                if c.formula.is_some() && c.value == calamine::DataRef::Empty {
                    sink.push(
                        Some(c.pos.0 as usize + 1),
                        Some(&column_letters(c.pos.1)),
                        FileErrorMsg::FormulaWithoutValue,
                    );
                    if sink.full() {
                        break;
                    }
                }
            }
            Ok(None) => break,
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Pass 2 of a workbook: the cells' values row by row into the rows' reader (cells beyond
/// the last column are reported).
fn read_values(
    wb: &mut calamine::Xlsx<Cursor<&[u8]>>,
    name: &str,
    file: &str,
    sink: &mut ErrorSink,
) -> Result<RowFeed, calamine::XlsxError> {
    let mut cells = wb.worksheet_cells_reader(name)?;
    let percent_styles: Vec<bool> = cells
        .styles()
        .iter()
        .map(|s| s.number_format.as_ref().is_some_and(is_percent_format))
        .collect();
    let mut rows = RowFeed::new(file);
    let mut row: Vec<String> = Vec::new();
    let mut row_index: Option<u32> = None;
    loop {
        let next = cells.next_cell_with_style_id()?;
        let pos = next.as_ref().map(|(c, _)| c.get_position());
        if row_index.is_some() && pos.map(|p| p.0) != row_index {
            rows.feed(&row, row_index.unwrap_or(0) as usize + 1, sink);
            row.clear();
            if rows.stop || sink.full() {
                break;
            }
        }
        let Some((cell, style)) = next else { break };
        let (r, c) = cell.get_position();
        row_index = Some(r);
        let percent = percent_styles.get(style).copied().unwrap_or(false);
        let text = cell_ref_text(cell.get_value(), percent);
        if c >= limits::MAX_COLUMNS {
            if !text.is_empty() {
                sink.push(
                    Some(r as usize + 1),
                    Some(&column_letters(c)),
                    FileErrorMsg::CellBeyondColumns {
                        last: column_letters(limits::MAX_COLUMNS - 1),
                        limit: limits::MAX_COLUMNS,
                    },
                );
                if sink.full() {
                    break;
                }
            }
            continue;
        }
        if row.len() <= c as usize {
            row.resize(c as usize + 1, String::new());
        }
        row[c as usize] = text;
    }
    Ok(rows)
}

/// The sheet to read: the named one (any case) or the first.
fn pick_sheet(names: &[String], sheet: Option<&str>) -> Result<String, FileErrorMsg> {
    match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.eq_ignore_ascii_case(s))
            .cloned()
            .ok_or_else(|| FileErrorMsg::SheetNotFound {
                sheet: s.to_string(),
                available: names.to_vec(),
            }),
        None => names.first().cloned().ok_or(FileErrorMsg::Empty),
    }
}

/// Rows of a sheet fed to the importer: the first non-empty row is the header.
struct RowFeed {
    builder: Builder,
    header: Option<super::results_csv::ColumnMap>,
    /// The header was wrong: nothing more is read.
    stop: bool,
}

impl RowFeed {
    fn new(file: &str) -> Self {
        RowFeed {
            builder: Builder::new(file),
            header: None,
            stop: false,
        }
    }

    fn feed(&mut self, cells: &[String], excel_row: usize, sink: &mut ErrorSink) {
        if cells.iter().all(|c| c.is_empty()) {
            return;
        }
        let Some(map) = &self.header else {
            let map = map_header(cells, sink, excel_row);
            if !sink.is_empty() {
                self.stop = true;
            }
            self.header = Some(map);
            return;
        };
        let raw = RawRow::columns(map, |i| cells.get(i).map(String::as_str));
        self.builder.add_row(&RawRow::new(&raw), excel_row, sink);
    }
}

/// XLS and ODS, through calamine's ranges (their sizes are bounded by the file's size limit
/// and, for ODS, the archive check).
fn parse_results_other(
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
        Err(e) if e.to_string().to_lowercase().contains("password") => {
            return Err(fail(sink, FileErrorMsg::Encrypted));
        }
        Err(e) => return Err(fail(sink, FileErrorMsg::Spreadsheet(e.to_string()))),
    };
    let names = wb.sheet_names();
    let name = match pick_sheet(&names, sheet) {
        Ok(n) => n,
        Err(m) => return Err(fail(sink, m)),
    };
    let range = match wb.worksheet_range(&name) {
        Ok(r) => r,
        Err(e) => return Err(fail(sink, FileErrorMsg::Spreadsheet(e.to_string()))),
    };
    if range.width() > limits::MAX_COLUMNS as usize {
        return Err(fail(
            sink,
            FileErrorMsg::SheetTooWide {
                width: range.width(),
                limit: limits::MAX_COLUMNS,
            },
        ));
    }
    let first_row = range.start().map_or(0, |(r, _)| r as usize);
    let first_col = range.start().map_or(0, |(_, c)| c as usize);
    // Errors inside the sheet name the sheet too: `resultat.xlsx [Blad1], rad 5, …`.
    let mut sink = ErrorSink::new(&format!("{file} [{name}]"));
    let mut rows = RowFeed::new(file);
    for (k, row) in range.rows().enumerate() {
        // Cells are addressed from column A, whatever the range's first column.
        let mut cells: Vec<String> = vec![String::new(); first_col];
        cells.extend(row.iter().map(cell_text));
        rows.feed(&cells, first_row + k + 1, &mut sink);
        if rows.stop || sink.full() {
            break;
        }
    }
    if rows.stop {
        return Err(sink.finish().unwrap_err());
    }
    rows.builder.finish_file(sink, rows.header.is_some(), bytes)
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
