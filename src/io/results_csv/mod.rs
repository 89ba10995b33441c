//! Results import from CSV in long form: one row per provider × indicator × period.
//!
//! Columns (header names in Swedish or English, any case, any order; see `docs/formats.md`):
//!
//! | column | Swedish header | required |
//! |---|---|---|
//! | `period` | `period` | yes (may be blank on a row with only provider data) |
//! | `provider_id` | `utförar_id` | yes |
//! | `provider_name` | `utförare` | yes (may be blank after a provider's first row) |
//! | `service_type` | `verksamhet` | yes (blank after the first row) |
//! | `regi` | `regi` | yes (blank after the first row) |
//! | `volume` | `volym` | yes (blank after the first row) |
//! | `indicator_id` | `indikator` | yes (blank: a row with only provider data) |
//! | `value` | `värde` | yes (blank: the result is missing) |
//! | `respondents` | `antal_svar` | no |
//! | `compensation` | `ersättning` | no |
//! | `previous_payout` | `föregående_utbetalning` | no |
//! | `paid_so_far` | `utbetalt_hittills` | no (advances already paid, for the reconciliation) |
//! | `finding` | `tillsyn` | no (a finding of supervision's kind, for the scheme's gates) |
//! | `finding_date` | `tillsyn_datum` | no (its date, `YYYY-MM-DD`; required with a finding) |
//! | `cohort` | `kohort` | no (the provider's peer cohort; blank after the first row) |
//!
//! The separator is `;`, `,` or tab, detected from the header. Numbers take a decimal comma or
//! point. Text may be UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1252.
//! Any error rejects the whole file: nothing is half-imported.

use super::error::{ErrorSink, FileErrorMsg, ImportError};
use super::text::decode;
use crate::domain::results::ResultSet;

/// The columns of the results format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Period,
    ProviderId,
    ProviderName,
    ServiceType,
    Regi,
    Volume,
    IndicatorId,
    Value,
    Respondents,
    Compensation,
    PreviousPayout,
    PaidSoFar,
    /// A finding of supervision's kind (for the scheme's gates), with its date.
    Finding,
    FindingDate,
    /// The provider's peer cohort (for relative levels within cohorts).
    Cohort,
}

impl Column {
    pub const ALL: [Column; 15] = [
        Column::Period,
        Column::ProviderId,
        Column::ProviderName,
        Column::ServiceType,
        Column::Regi,
        Column::Volume,
        Column::IndicatorId,
        Column::Value,
        Column::Respondents,
        Column::Compensation,
        Column::PreviousPayout,
        Column::PaidSoFar,
        Column::Finding,
        Column::FindingDate,
        Column::Cohort,
    ];

    /// The Swedish header written by exports.
    pub fn swedish(self) -> &'static str {
        self.aliases()[1]
    }

    /// The English header.
    pub fn english(self) -> &'static str {
        self.aliases()[0]
    }

    /// Accepted headers, normalised (see [`normalize_header`]); English first, then Swedish.
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::Period => &["period", "period", "ar", "year", "manad", "month"],
            Column::ProviderId => &[
                "provider_id",
                "utforar_id",
                "utforarid",
                "enhet_id",
                "enhetsid",
                "unit_id",
            ],
            Column::ProviderName => &[
                "provider_name",
                "utforare",
                "utforarnamn",
                "namn",
                "name",
                "enhet",
            ],
            Column::ServiceType => &[
                "service_type",
                "verksamhet",
                "verksamhetstyp",
                "tjanst",
                "service",
            ],
            Column::Regi => &["regi", "regi", "driftform", "ownership"],
            Column::Volume => &["volume", "volym"],
            Column::IndicatorId => &["indicator_id", "indikator", "indikator_id", "indicator"],
            Column::Value => &["value", "varde", "resultat", "result", "utfall"],
            Column::Respondents => &[
                "respondents",
                "antal_svar",
                "svarande",
                "antal_svarande",
                "n",
                "cases",
                "antal",
            ],
            Column::Compensation => &["compensation", "ersattning", "ordinarie_ersattning"],
            Column::PreviousPayout => &[
                "previous_payout",
                "foregaende_utbetalning",
                "fg_utbetalning",
                "forra_periodens_belopp",
            ],
            Column::PaidSoFar => &[
                "paid_so_far",
                "utbetalt_hittills",
                "redan_utbetalt",
                "utbetalt_i_forskott",
                "forskott",
                "already_paid",
            ],
            Column::Finding => &["finding", "tillsyn", "tillsynsfynd", "finding_kind"],
            Column::FindingDate => &["finding_date", "tillsyn_datum", "tillsynsdatum", "datum"],
            Column::Cohort => &["cohort", "kohort", "jamforelsegrupp", "peer_group"],
        }
    }

    /// The header written by exports (Swedish).
    pub fn swedish_header(self) -> &'static str {
        self.display()
    }

    /// The header as shown in messages (Swedish).
    pub fn display(self) -> &'static str {
        match self {
            Column::Period => "period",
            Column::ProviderId => "utförar_id",
            Column::ProviderName => "utförare",
            Column::ServiceType => "verksamhet",
            Column::Regi => "regi",
            Column::Volume => "volym",
            Column::IndicatorId => "indikator",
            Column::Value => "värde",
            Column::Respondents => "antal_svar",
            Column::Compensation => "ersättning",
            Column::PreviousPayout => "föregående_utbetalning",
            Column::PaidSoFar => "utbetalt_hittills",
            Column::Finding => "tillsyn",
            Column::FindingDate => "tillsyn_datum",
            Column::Cohort => "kohort",
        }
    }

    /// Position in [`Column::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn required(self) -> bool {
        !matches!(
            self,
            Column::Respondents
                | Column::Compensation
                | Column::PreviousPayout
                | Column::PaidSoFar
                | Column::Finding
                | Column::FindingDate
                | Column::Cohort
        )
    }
}

/// Which field of a row holds each column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ColumnMap([Option<usize>; Column::ALL.len()]);

impl ColumnMap {
    /// The field index of a column, if the header has it.
    #[inline]
    pub fn get(&self, c: Column) -> Option<usize> {
        self.0[c.index()]
    }

    /// Sets a column's field; returns true if the column was already mapped.
    pub fn insert(&mut self, c: Column, field: usize) -> bool {
        self.0[c.index()].replace(field).is_some()
    }
}

/// Lower case, Swedish letters folded (å ä → a, ö → o), spaces and dashes to `_`, BOM removed.
pub fn normalize_header(h: &str) -> String {
    h.trim_start_matches('\u{feff}')
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            'é' => 'e',
            ' ' | '-' | '.' => '_',
            c => c,
        })
        .collect()
}

/// Maps header cells to columns, reporting missing and duplicate columns.
pub fn map_header(cells: &[String], sink: &mut ErrorSink, header_line: usize) -> ColumnMap {
    let mut map = ColumnMap::default();
    for (i, cell) in cells.iter().enumerate() {
        let n = normalize_header(cell);
        if let Some(col) = Column::ALL
            .iter()
            .copied()
            .find(|c| c.aliases().contains(&n.as_str()))
            && map.insert(col, i)
        {
            sink.push(
                Some(header_line),
                Some(cell),
                FileErrorMsg::DuplicateColumn {
                    column: cell.clone(),
                },
            );
        }
    }
    for col in Column::ALL {
        if col.required() && map.get(col).is_none() {
            let mut accepted: Vec<String> = vec![col.display().to_string()];
            accepted.extend(col.aliases().iter().map(|s| s.to_string()));
            accepted.dedup();
            sink.push(
                Some(header_line),
                None,
                FileErrorMsg::MissingColumn {
                    column: col.display().to_string(),
                    accepted,
                },
            );
        }
    }
    map
}

/// Detects the separator from a text's first line (up to its first CR or LF, whatever the
/// line ends): `;` if present, else tab, else `,`. Bytes, so that the first block of a file
/// read in blocks can be asked before the rest is checked.
pub fn detect_separator(text: &[u8]) -> u8 {
    let first_line = &text[..memchr::memchr2(b'\r', b'\n', text).unwrap_or(text.len())];
    if first_line.contains(&b';') {
        b';'
    } else if first_line.contains(&b'\t') {
        b'\t'
    } else {
        b','
    }
}

/// The longest line of a results CSV, in bytes (1 MiB; a real row is under 200 bytes).
pub const MAX_LINE_BYTES: usize = 1 << 20;
/// The most columns a results CSV's header may have.
pub const MAX_COLUMNS: usize = 256;

/// The 1-based line of the first line longer than `limit` bytes (LF, CRLF or CR line ends).
fn first_long_line(bytes: &[u8], limit: usize) -> Option<usize> {
    let mut start = 0;
    for end in memchr::memchr2_iter(b'\n', b'\r', bytes).chain(std::iter::once(bytes.len())) {
        if end - start > limit {
            return Some(super::text::line_of(bytes, start));
        }
        start = end + 1;
    }
    None
}

/// The line a record starts on. csv gives a record after blank lines the position of the
/// first blank line (it skips empty lines as part of the record): the record's line is the
/// first after the line ends at that position.
fn record_line(lines: &mut super::text::LineCounter, all: &[u8], mut offset: usize) -> usize {
    while matches!(all.get(offset), Some(b'\r' | b'\n')) {
        offset += 1;
    }
    lines.line_at(all, offset)
}

/// Parses a results CSV file. `file` is the name used in messages. Large files are read on
/// every core (see `parallel`); the result is the same as reading them in order.
pub fn parse_results(bytes: &[u8], file: &str) -> Result<ResultSet, ImportError> {
    parse_results_split(bytes, file, Some(parallel::MIN_PARALLEL_BYTES))
}

/// [`parse_results`] read in parts from `min_parallel_bytes` on, or always in order (`None`):
/// for the tests that check the two readings agree.
#[doc(hidden)]
pub fn parse_results_split(
    bytes: &[u8],
    file: &str,
    min_parallel_bytes: Option<usize>,
) -> Result<ResultSet, ImportError> {
    // The file's SHA-256 (≈ 70 ms at 40 MB) alongside the whole reading: rayon's other
    // threads take the reading's parts meanwhile.
    let (sha, set) = rayon::join(
        || super::audit::sha256_hex(bytes),
        || read_rows(bytes, file, min_parallel_bytes),
    );
    let mut set = set?;
    set.source_sha256 = sha;
    Ok(set)
}

/// Decodes, checks and reads the rows (without the file's hash).
fn read_rows(
    bytes: &[u8],
    file: &str,
    min_parallel_bytes: Option<usize>,
) -> Result<ResultSet, ImportError> {
    let mut sink = ErrorSink::new(file);
    let text = match decode(bytes) {
        Ok(t) => t,
        Err(e) => {
            sink.push(e.line, None, e.msg);
            return Err(sink.finish().unwrap_err());
        }
    };
    if text.trim().is_empty() {
        sink.push(None, None, FileErrorMsg::Empty);
        return Err(sink.finish().unwrap_err());
    }
    // Lines longer than the limit are refused before the CSV reader allocates for them.
    if let Some(line) = first_long_line(text.as_bytes(), MAX_LINE_BYTES) {
        sink.push(
            Some(line),
            None,
            FileErrorMsg::LineTooLong {
                limit: MAX_LINE_BYTES,
            },
        );
        return Err(sink.finish().unwrap_err());
    }
    let sep = detect_separator(text.as_bytes());
    if let Some(min) = min_parallel_bytes
        && let Some(set) = parallel::parse(&text, sep, file, min)
    {
        return Ok(set);
    }
    parse_sequential(&text, sep, file, sink)
}

/// The rows of a results file one after the other (the reference reading: every error, in
/// line order; [`parallel::parse`] gives the same result faster when there is none).
fn parse_sequential(
    text: &str,
    sep: u8,
    file: &str,
    mut sink: ErrorSink,
) -> Result<ResultSet, ImportError> {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut builder = Builder::new(file);
    let mut record = csv::StringRecord::new();
    let mut lines = super::text::LineCounter::default();
    let mut header: Option<(ColumnMap, usize)> = None;
    loop {
        match rdr.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e
                    .position()
                    .map(|p| lines.line_at(text.as_bytes(), p.byte() as usize));
                sink.push(line, None, FileErrorMsg::Io(e.to_string()));
                break;
            }
        }
        // The line from the record's byte offset: csv counts only LF, so CR-only files would
        // be "line 1" throughout; CRLF, LF and CR alone each end one line here.
        let line = record.position().map_or(0, |p| {
            record_line(&mut lines, text.as_bytes(), p.byte() as usize)
        });
        if record.iter().all(|f| f.trim().is_empty()) {
            continue; // blank lines are allowed
        }
        let Some((map, width)) = &header else {
            if record.len() > MAX_COLUMNS {
                sink.push(
                    Some(line),
                    None,
                    FileErrorMsg::TooManyColumns {
                        found: record.len(),
                        limit: MAX_COLUMNS,
                    },
                );
                return Err(sink.finish().unwrap_err());
            }
            let cells: Vec<String> = record.iter().map(str::to_string).collect();
            let map = map_header(&cells, &mut sink, line);
            if !sink.is_empty() {
                return Err(sink.finish().unwrap_err());
            }
            header = Some((map, cells.len()));
            continue;
        };
        if record.len() != *width {
            // Trailing empty fields from spreadsheets are harmless.
            let extra_empty =
                record.len() > *width && record.iter().skip(*width).all(|f| f.trim().is_empty());
            if !extra_empty {
                let msg = if record.iter().any(|f| f.contains(['\n', '\r'])) {
                    FileErrorMsg::UnclosedQuote
                } else {
                    FileErrorMsg::FieldCount {
                        expected: *width,
                        found: record.len(),
                    }
                };
                sink.push(Some(line), None, msg);
                if sink.full() {
                    break;
                }
                continue;
            }
        }
        let row = RawRow::columns(map, |i| record.get(i).map(str::trim));
        builder.add_row(&RawRow::new(&row), line, &mut sink);
        if sink.full() {
            break;
        }
    }
    builder.finish_unhashed(sink, header.is_some())
}

/// One row's fields as text, by column (shared by the CSV and XLSX importers): a view of
/// the fields in the order of [`Column::ALL`].
///
/// Borrowed rather than copied: the streamed reading writes each field's text to its column
/// as it finds it, and copying the texts into a row of their own read each back as one
/// 16-byte value right after its two 8-byte halves were written, which the processor cannot
/// forward from the pending stores (a stall on every row, at its last field).
#[derive(Debug, Clone, Copy)]
pub struct RawRow<'r, 'a>(&'r [&'a str; Column::ALL.len()]);

/// The field accessors of [`RawRow`], one per column.
macro_rules! raw_row_fields {
    ($($name:ident: $col:ident),* $(,)?) => {
        impl<'r, 'a> RawRow<'r, 'a> {
            $(
                #[doc = concat!("The text of column `", stringify!($col), "` (empty if missing).")]
                #[inline]
                pub fn $name(&self) -> &'a str {
                    self.0[Column::$col.index()]
                }
            )*
        }
    };
}

raw_row_fields!(
    period: Period,
    provider_id: ProviderId,
    provider_name: ProviderName,
    service_type: ServiceType,
    regi: Regi,
    volume: Volume,
    indicator_id: IndicatorId,
    value: Value,
    respondents: Respondents,
    compensation: Compensation,
    previous_payout: PreviousPayout,
    paid_so_far: PaidSoFar,
    finding: Finding,
    finding_date: FindingDate,
    cohort: Cohort,
);

impl<'r, 'a> RawRow<'r, 'a> {
    /// The row of the fields by column, in the order of [`Column::ALL`].
    #[inline]
    pub fn new(columns: &'r [&'a str; Column::ALL.len()]) -> Self {
        RawRow(columns)
    }

    /// The fields by column (for [`RawRow::new`]), from the field at each column's index
    /// (missing: empty).
    pub fn columns(
        map: &ColumnMap,
        field: impl Fn(usize) -> Option<&'a str>,
    ) -> [&'a str; Column::ALL.len()] {
        // (`Column::ALL` is in the order of `Column::index`.)
        Column::ALL.map(|c| map.get(c).and_then(&field).unwrap_or(""))
    }
}

mod builder;
mod fold;
mod parallel;
mod stream;
mod write;

pub use builder::Builder;
pub use stream::{read_folded, read_folded_in_blocks};
pub use write::{Cell, result_rows, write_results_csv};

#[cfg(test)]
mod tests {
    use super::first_long_line;
    use super::fold::same;

    /// `same` is `==`: for every length up to past the inline cases, texts alike, and texts
    /// that differ in any one byte (a letter, or a multi-byte character's).
    #[test]
    fn same_is_equality() {
        for n in 0..40 {
            let a: String = (0..n).map(|k| char::from(b'a' + (k % 26) as u8)).collect();
            assert!(same(&a, &a.clone()), "{n}");
            assert!(!same(&a, &format!("{a}x")), "{n}");
            for k in 0..n {
                let mut b = a.clone().into_bytes();
                b[k] = b'Z';
                let b = String::from_utf8(b).unwrap();
                assert!(!same(&a, &b) && !same(&b, &a), "{n} {k}");
            }
        }
        assert!(!same("ö1", "ä1"));
        assert!(same("Hemtjänst Ö", "Hemtjänst Ö"));
    }

    #[test]
    fn long_line_boundaries() {
        for limit in [1usize, 2, 3, 8, 17] {
            for len in 0..(limit * 4) {
                for pad in 0..3 {
                    let text = format!("{}\n{}\n{}", "a".repeat(pad), "b".repeat(len), "c");
                    let expected = if pad > limit {
                        Some(1)
                    } else if len > limit {
                        Some(2)
                    } else {
                        None
                    };
                    assert_eq!(
                        first_long_line(text.as_bytes(), limit),
                        expected,
                        "{limit} {len} {pad}"
                    );
                }
            }
        }
    }
}
