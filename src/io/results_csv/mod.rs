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
//!
//! The separator is `;`, `,` or tab, detected from the header. Numbers take a decimal comma or
//! point. Text may be UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1252.
//! Any error rejects the whole file: nothing is half-imported.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use rust_decimal::Decimal;

use super::error::{ErrorSink, FileErrorMsg, ImportError};
use super::fields::{self, FieldKind};
use super::text::decode;
use crate::domain::bounds;
use crate::domain::decimal::parse_number;
use crate::domain::engine::aggregate::Partial;
use crate::domain::period::Period;
use crate::domain::results::{
    Folded, FoldedCell, Observation, Provider, Regi, ResultSet, ServiceType,
};

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
}

impl Column {
    pub const ALL: [Column; 12] = [
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
        }
    }

    /// Position in [`Column::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn required(self) -> bool {
        !matches!(
            self,
            Column::Respondents | Column::Compensation | Column::PreviousPayout | Column::PaidSoFar
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

/// A provider being built from rows, with the line each attribute came from.
struct ProviderDraft {
    id: String,
    name: Option<(String, usize)>,
    service_type: Option<(ServiceType, String, usize)>,
    regi: Option<(Regi, String, usize)>,
    volume: Option<(Decimal, String, usize)>,
    compensation: Option<(Decimal, String, usize)>,
    previous_payout: Option<(Decimal, String, usize)>,
    paid_so_far: Option<(Decimal, String, usize)>,
    first_line: usize,
    /// An attribute was given but wrong (already reported): do not also report it as missing.
    had_error: bool,
    /// When folding: the provider's cells (indicator, window), sorted and combined at the end.
    cells: Vec<FoldedCell>,
    /// When folding: per indicator × year, the months its rows cover (for the duplicate check).
    covered: Vec<Covered>,
    /// When folding: the places after the last cell and months used (see `Fold::add`).
    next_cell: u32,
    next_covered: u32,
    /// When folding: how many of `cells` and `covered` are in the part's index (see `place`).
    cells_indexed: u32,
    covered_indexed: u32,
}

/// The months of one year that a provider × indicator's rows cover (bit 0: January).
#[derive(Debug, Clone, Copy)]
struct Covered {
    indicator: u32,
    year: u16,
    months: u16,
}

/// Rows folded into the cells of a plan's periods as they are added (see [`Folded`]).
struct Fold {
    windows: Vec<Period>,
    /// Where a provider × indicator × window's cell is in the provider's `cells`, for the
    /// providers with more than [`SCANNED`] (dropped with the part: it is bounded by the
    /// part's rows).
    cell_at: FxHashMap<(u32, u32, u8), u32>,
    /// Where a provider × indicator × year's months are in the provider's `covered` (as
    /// `cell_at`).
    covered_at: FxHashMap<(u32, u32, u16), u32>,
    /// Two rows of a provider × indicator cover a common month: a duplicate or an overlap,
    /// which the reading with every row kept reports with both lines.
    overlap: bool,
    rows: usize,
}

impl Fold {
    /// Files one row: its months into the duplicate check, its result into the cells of the
    /// windows it lies in (if any).
    fn add(&mut self, d: &mut ProviderDraft, o: &Observation, indicators: usize) {
        self.rows += 1;
        if d.covered.capacity() == 0 {
            // A provider's first row in the part: room for an entry per indicator the part has
            // seen (most providers have results for each), rather than growing by doubling.
            let room = indicators.clamp(4, SCANNED);
            d.covered.reserve_exact(room);
            d.cells.reserve_exact(room);
        }
        let bits = month_bits(&o.period);
        // The provider's entries are first looked for where the one after its previous row's
        // is (rows list a provider's indicators in the same order period after period), and
        // only then in the part's index: two hash lookups a row were 8 % of the reading.
        let year = o.period.year;
        let at = place(
            &mut d.covered,
            (&mut d.next_covered, &mut d.covered_indexed),
            &mut self.covered_at,
            |c| (o.provider, c.indicator, c.year),
            (o.provider, o.indicator, year),
            || Covered {
                indicator: o.indicator,
                year,
                months: 0,
            },
        );
        let c = &mut d.covered[at];
        self.overlap |= c.months & bits != 0;
        c.months |= bits;
        // Into every window it lies in (windows may nest; most files have one or two).
        for (w, window) in self.windows.iter().enumerate() {
            if !window.contains(&o.period) {
                continue;
            }
            let w = w as u8;
            let at = place(
                &mut d.cells,
                (&mut d.next_cell, &mut d.cells_indexed),
                &mut self.cell_at,
                |c| (o.provider, c.indicator, c.window),
                (o.provider, o.indicator, w),
                || FoldedCell {
                    indicator: o.indicator,
                    window: w,
                    partial: Partial::default(),
                },
            );
            d.cells[at].partial.add(o);
        }
    }
}

/// A provider's entries of a part up to which they are looked for by a scan rather than in
/// the part's index: a part that holds one period of many providers (a file sorted by period)
/// makes an entry of nearly every row, and two hash insertions a row took more than the
/// scans of twenty-odd entries.
const SCANNED: usize = 32;

/// The place in a provider's `entries` of the one whose `key_of` is `key`: first the guess,
/// the place after the one last used (`next`, wrapping to the first); then a scan of the
/// entries while they are few ([`SCANNED`]), else the part's `index` (the entries not yet in
/// it, from `indexed` on, are put there first); else a new entry `make()`. `next` becomes the
/// place after it.
fn place<K: std::hash::Hash + Eq, T>(
    entries: &mut Vec<T>,
    (next, indexed): (&mut u32, &mut u32),
    index: &mut FxHashMap<K, u32>,
    key_of: impl Fn(&T) -> K,
    key: K,
    make: impl FnOnce() -> T,
) -> usize {
    let guess = if (*next as usize) < entries.len() {
        *next as usize
    } else {
        0
    };
    let found = match entries.get(guess) {
        Some(e) if key_of(e) == key => Some(guess),
        _ if entries.len() <= SCANNED => entries.iter().position(|e| key_of(e) == key),
        _ => {
            for (k, e) in entries.iter().enumerate().skip(*indexed as usize) {
                index.insert(key_of(e), k as u32);
            }
            *indexed = entries.len() as u32;
            index.get(&key).map(|&k| k as usize)
        }
    };
    let at = found.unwrap_or_else(|| {
        entries.push(make());
        entries.len() - 1
    });
    *next = at as u32 + 1;
    at
}

/// The key of a folded cell in a provider's `cells`, and of months in its `covered`.
fn cell_key(c: &FoldedCell) -> (u32, u8) {
    (c.indicator, c.window)
}

fn covered_key(c: &Covered) -> (u32, u16) {
    (c.indicator, c.year)
}

/// Joins to a cell the cell of the same key from other rows (always possible).
fn join_cell(kept: &mut FoldedCell, later: &FoldedCell) -> bool {
    kept.partial.merge(&later.partial);
    true
}

/// Joins to months of a provider × indicator × year those of other rows; `false` if they
/// meet (two rows share a month: a duplicate or an overlap).
fn join_months(kept: &mut Covered, later: &Covered) -> bool {
    let apart = kept.months & later.months == 0;
    kept.months |= later.months;
    apart
}

/// Sorts `v` by `key` and joins the entries of one key into one (`join`); `false` if a join
/// said so.
fn sort_and_join<T, K: Ord>(
    v: &mut Vec<T>,
    key: impl Fn(&T) -> K,
    join: impl Fn(&mut T, &T) -> bool,
) -> bool {
    v.sort_by_key(&key);
    let mut ok = true;
    v.dedup_by(|later, kept| {
        let same = key(later) == key(kept);
        if same {
            ok &= join(kept, later);
        }
        same
    });
    ok
}

/// Sorts a provider's folded cells and months and combines those of one indicator × window
/// (or year) that different parts of the file added; `false` if two rows' months meet (a
/// duplicate or overlap).
fn combine(d: &mut ProviderDraft) -> bool {
    let cells = sort_and_join(&mut d.cells, cell_key, join_cell);
    let months = sort_and_join(&mut d.covered, covered_key, join_months);
    cells & months
}

/// Combines `from` into `into`, each sorted by `key` with one entry per key (any order of
/// `from` is sorted first): an entry whose key `into` has is joined to that one (`join`;
/// `false` from it ends with `false`), the others are added in order. In place and in linear
/// time when `into` has every key (a provider's indicators are the same in every part).
fn combine_sorted<T, K: Ord>(
    into: &mut Vec<T>,
    mut from: Vec<T>,
    key: impl Fn(&T) -> K,
    mut join: impl FnMut(&mut T, &T) -> bool,
) -> bool {
    if !from.is_sorted_by_key(&key) {
        // (Numbered by another part, the indicators may come in another order.)
        from.sort_by_key(&key);
    }
    let mut at = 0;
    let mut fresh = Vec::new();
    for f in from {
        let k = key(&f);
        while at < into.len() && key(&into[at]) < k {
            at += 1;
        }
        match into.get_mut(at) {
            Some(e) if key(e) == k => {
                if !join(e, &f) {
                    return false;
                }
            }
            _ => fresh.push(f),
        }
    }
    if !fresh.is_empty() {
        // Two sorted runs: the stable sort merges them.
        into.append(&mut fresh);
        into.sort_by_key(key);
    }
    true
}

/// A provider's folded cells after the last row: combined, at their size, without the months
/// (only the duplicate check needed them); `false` as [`combine`].
fn settle(d: &mut ProviderDraft) -> bool {
    let ok = combine(d);
    d.cells.shrink_to_fit();
    d.covered = Vec::new();
    ok
}

/// True if a provider attribute's first reading was written as `text` (so `text` reads as
/// the same value, which was checked then).
#[inline]
fn same_text<T>(slot: &Option<(T, String, usize)>, text: &str) -> bool {
    matches!(slot, Some((_, first, _)) if same(first, text))
}

/// `a == b`, inline for texts of up to 16 bytes (a row's period, provider and indicator
/// are compared with the previous row's: a call to `memcmp` each was 6 % of the reading).
/// Hand-written for that measurement; longer texts are compared as `==` does.
#[inline]
fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let n = a.len();
    if n != b.len() {
        return false;
    }
    // Two loads of 8 (or 4) bytes from each end, overlapping when shorter than 16 (8).
    let word =
        |s: &[u8], at: usize| u64::from_ne_bytes(s[at..at + 8].try_into().unwrap_or_default());
    let half =
        |s: &[u8], at: usize| u32::from_ne_bytes(s[at..at + 4].try_into().unwrap_or_default());
    match n {
        0 => true,
        1..4 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        4..8 => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        _ => a == b,
    }
}

/// The months of a period as bits (bit 0: January).
fn month_bits(p: &Period) -> u16 {
    let upto = |m: u8| ((1u32 << m) - 1) as u16;
    upto(p.last_month) & !upto(p.first_month - 1)
}

/// Builds a [`ResultSet`] from rows, checking every field (shared by the CSV and XLSX importers).
pub struct Builder {
    file: String,
    providers: Vec<ProviderDraft>,
    provider_index: FxHashMap<String, u32>,
    /// The previous row's provider (rows usually come grouped by provider).
    last_provider: Option<u32>,
    /// The previous row's period, as written and read.
    last_period: Option<(String, Period)>,
    indicators: Vec<String>,
    indicator_index: FxHashMap<String, u32>,
    /// The previous row's indicator.
    last_indicator: Option<u32>,
    periods: FxHashMap<String, Period>,
    observations: Vec<Observation>,
    /// Folding the rows instead of keeping them (the streaming import of one calculation).
    fold: Option<Fold>,
}

impl Builder {
    pub fn new(file: &str) -> Self {
        Builder {
            file: file.to_string(),
            providers: Vec::new(),
            provider_index: FxHashMap::default(),
            last_provider: None,
            last_period: None,
            indicators: Vec::new(),
            indicator_index: FxHashMap::default(),
            last_indicator: None,
            periods: FxHashMap::default(),
            observations: Vec::new(),
            fold: None,
        }
    }

    /// A builder that folds its rows into the cells of `windows` (sorted, nested or apart;
    /// see [`crate::domain::results::Folded::windows_for`]) instead of keeping them.
    pub fn folding(file: &str, windows: Vec<Period>) -> Self {
        Builder {
            fold: Some(Fold {
                windows,
                cell_at: FxHashMap::default(),
                covered_at: FxHashMap::default(),
                overlap: false,
                rows: 0,
            }),
            ..Builder::new(file)
        }
    }

    /// Folding, after a part's last row: its places of cells are no longer needed, its
    /// providers' cells and months are sorted (so that merging the part combines them with
    /// those before it in linear time, see [`combine`]) and kept at their size (growing by
    /// doubling had left a third unused, 60 MB at 12 M rows while the parts wait to be
    /// merged).
    fn end_part(&mut self) {
        if let Some(f) = &mut self.fold {
            f.cell_at = FxHashMap::default();
            f.covered_at = FxHashMap::default();
            for d in &mut self.providers {
                // (A part has one entry per key: sorting is all `combine` would do.)
                d.cells.sort_by_key(cell_key);
                d.covered.sort_by_key(covered_key);
                d.cells.shrink_to_fit();
                d.covered.shrink_to_fit();
                (d.next_cell, d.next_covered) = (0, 0);
                (d.cells_indexed, d.covered_indexed) = (0, 0);
            }
        }
    }

    /// Folding: combines a later part's cells and months of provider `i` (sorted, see
    /// `end_part`, and given this builder's indicator numbers) with those before; `false` if
    /// two rows' months meet. A provider's entries are then one per key however many parts
    /// hold its rows, so the parts merged so far hold no more than the file's cells
    /// (appended as they were, a file sorted by period held an entry per row until the last
    /// part: 170 MB for 1,2 M rows).
    fn combine_provider(&mut self, i: u32, cells: Vec<FoldedCell>, covered: Vec<Covered>) -> bool {
        let d = &mut self.providers[i as usize];
        combine_sorted(&mut d.cells, cells, cell_key, join_cell)
            && combine_sorted(&mut d.covered, covered, covered_key, join_months)
    }

    /// Folding, after the last row: sorts and combines each provider's cells; `false` if two
    /// rows cover a common month of one provider × indicator (the result set cannot then be
    /// made from the folded rows: read the file with its rows kept, which reports them).
    fn settle_folded(&mut self) -> bool {
        let Some(f) = &self.fold else { return true };
        // (Each part's places went with `end_part`; each provider's cells are settled on their
        // own, over the cores.)
        let settled = self
            .providers
            .par_iter_mut()
            .with_min_len(256)
            .map(settle)
            .reduce(|| true, |a, b| a & b);
        !f.overlap & settled
    }

    /// Checks and adds one row; errors go to `sink`.
    pub fn add_row(&mut self, r: &RawRow, line: usize, sink: &mut ErrorSink) {
        let before = sink.errors.len();
        let col = |c: Column| Some(c.display());
        // Period
        let period = if r.period().is_empty() {
            // A row with only provider data (no indicator, no value) needs no period: it is
            // what the export writes for a provider without results.
            if !(r.indicator_id().is_empty() && r.value().is_empty()) {
                sink.push(Some(line), col(Column::Period), FileErrorMsg::EmptyField);
            }
            None
        } else if let Some((_, p)) = self
            .last_period
            .as_ref()
            .filter(|(text, _)| same(text, r.period()))
        {
            // (Rows usually come grouped by period: the previous row's is compared first.)
            Some(*p)
        } else if let Some(&p) = self.periods.get(r.period()) {
            match &mut self.last_period {
                Some((text, last)) => {
                    text.clear();
                    text.push_str(r.period());
                    *last = p;
                }
                None => self.last_period = Some((r.period().to_string(), p)),
            }
            Some(p)
        } else {
            match r.period().parse::<Period>() {
                Ok(p) => {
                    self.periods.insert(r.period().to_string(), p);
                    Some(p)
                }
                Err(_) => {
                    sink.push(
                        Some(line),
                        col(Column::Period),
                        FileErrorMsg::Period {
                            text: r.period().to_string(),
                        },
                    );
                    None
                }
            }
        };
        if r.provider_id().is_empty() {
            sink.push(
                Some(line),
                col(Column::ProviderId),
                FileErrorMsg::EmptyField,
            );
            return;
        }
        let cached = self
            .last_provider
            .filter(|&i| same(&self.providers[i as usize].id, r.provider_id()));
        let pidx = match cached.or_else(|| self.provider_index.get(r.provider_id()).copied()) {
            Some(i) => i,
            None => {
                // A new id: checked once (see `fields`).
                if let Err(m) = fields::check(r.provider_id(), FieldKind::Id) {
                    sink.push(Some(line), col(Column::ProviderId), m);
                    return;
                }
                let i = self.providers.len() as u32;
                self.providers.push(ProviderDraft {
                    id: r.provider_id().to_string(),
                    name: None,
                    service_type: None,
                    regi: None,
                    volume: None,
                    compensation: None,
                    previous_payout: None,
                    paid_so_far: None,
                    first_line: line,
                    had_error: false,
                    cells: Vec::new(),
                    covered: Vec::new(),
                    next_cell: 0,
                    next_covered: 0,
                    cells_indexed: 0,
                    covered_indexed: 0,
                });
                self.provider_index.insert(r.provider_id().to_string(), i);
                i
            }
        };
        self.last_provider = Some(pidx);
        let errors_before_attributes = sink.errors.len();
        let draft = &mut self.providers[pidx as usize];
        // Provider attributes: checked against earlier rows when given.
        fn set<T: PartialEq + Clone>(
            slot: &mut Option<(T, String, usize)>,
            parsed: T,
            text: &str,
            line: usize,
            column: &str,
            sink: &mut ErrorSink,
        ) {
            match slot {
                Some((v, first_text, first_line)) => {
                    if *v != parsed {
                        sink.push(
                            Some(line),
                            Some(column),
                            FileErrorMsg::Conflict {
                                first_line: *first_line,
                                first: first_text.clone(),
                                found: text.to_string(),
                            },
                        );
                    }
                }
                None => *slot = Some((parsed, text.to_string(), line)),
            }
        }
        if !r.provider_name().is_empty() {
            match &draft.name {
                Some((n, first_line)) if !same(n, r.provider_name()) => sink.push(
                    Some(line),
                    col(Column::ProviderName),
                    FileErrorMsg::Conflict {
                        first_line: *first_line,
                        first: n.clone(),
                        found: r.provider_name().to_string(),
                    },
                ),
                Some(_) => {}
                None => match fields::check(r.provider_name(), FieldKind::Name) {
                    Ok(()) => draft.name = Some((r.provider_name().to_string(), line)),
                    Err(m) => sink.push(Some(line), col(Column::ProviderName), m),
                },
            }
        }
        // An attribute written as in the provider's first row is that row's value, checked
        // then: not parsed again (parsing allocated; 1,2 M rows that repeat every attribute
        // on every row were read in 0,33–0,35 s rather than 0,43–0,51 s, 2 cores).
        if !r.service_type().is_empty() && !same_text(&draft.service_type, r.service_type()) {
            match ServiceType::parse(r.service_type()) {
                Some(st) => set(
                    &mut draft.service_type,
                    st,
                    r.service_type(),
                    line,
                    Column::ServiceType.display(),
                    sink,
                ),
                None => sink.push(
                    Some(line),
                    col(Column::ServiceType),
                    FileErrorMsg::ServiceType {
                        text: r.service_type().to_string(),
                    },
                ),
            }
        }
        if !r.regi().is_empty() && !same_text(&draft.regi, r.regi()) {
            match Regi::parse(r.regi()) {
                Some(rg) => set(
                    &mut draft.regi,
                    rg,
                    r.regi(),
                    line,
                    Column::Regi.display(),
                    sink,
                ),
                None => sink.push(
                    Some(line),
                    col(Column::Regi),
                    FileErrorMsg::Regi {
                        text: r.regi().to_string(),
                    },
                ),
            }
        }
        // (Most rows give none of the amounts: the provider's first row did.)
        let any_amount = [
            r.volume(),
            r.compensation(),
            r.previous_payout(),
            r.paid_so_far(),
        ]
        .iter()
        .any(|t| !t.is_empty());
        if any_amount {
            for (text, column, slot) in [
                (r.volume(), Column::Volume, &mut draft.volume),
                (
                    r.compensation(),
                    Column::Compensation,
                    &mut draft.compensation,
                ),
                (
                    r.previous_payout(),
                    Column::PreviousPayout,
                    &mut draft.previous_payout,
                ),
                (r.paid_so_far(), Column::PaidSoFar, &mut draft.paid_so_far),
            ] {
                if text.is_empty() || same_text(slot, text) {
                    continue;
                }
                match parse_number(text) {
                    Ok(v) if v < Decimal::ZERO => sink.push(
                        Some(line),
                        Some(column.display()),
                        FileErrorMsg::Negative {
                            text: text.to_string(),
                        },
                    ),
                    Ok(v) if !bounds::amount_ok(v) => sink.push(
                        Some(line),
                        Some(column.display()),
                        FileErrorMsg::OutOfBounds {
                            text: text.to_string(),
                            max: bounds::MAX_AMOUNT,
                        },
                    ),
                    // Money (not the volume) in whole öre, as in a rule file.
                    Ok(v) if column != Column::Volume && v.round_dp(2) != v => sink.push(
                        Some(line),
                        Some(column.display()),
                        FileErrorMsg::NotWholeOre {
                            text: text.to_string(),
                        },
                    ),
                    Ok(v) => set(slot, v, text, line, column.display(), sink),
                    Err(e) => {
                        sink.push(Some(line), Some(column.display()), FileErrorMsg::Number(e))
                    }
                }
            }
        }
        if sink.errors.len() != errors_before_attributes {
            draft.had_error = true;
        }
        if r.indicator_id().is_empty() {
            if !r.value().is_empty() {
                sink.push(
                    Some(line),
                    col(Column::IndicatorId),
                    FileErrorMsg::EmptyField,
                );
            }
            return;
        }
        let value = if r.value().is_empty() {
            None
        } else {
            match parse_number(r.value()) {
                Ok(v) if !bounds::level_ok(v) => {
                    sink.push(
                        Some(line),
                        col(Column::Value),
                        FileErrorMsg::OutOfBounds {
                            text: r.value().to_string(),
                            max: bounds::MAX_LEVEL,
                        },
                    );
                    None
                }
                Ok(v) => Some(v),
                Err(e) => {
                    sink.push(Some(line), col(Column::Value), FileErrorMsg::Number(e));
                    None
                }
            }
        };
        let respondents = if r.respondents().is_empty() {
            None
        } else if r.respondents().len() <= 9 && r.respondents().bytes().all(|b| b.is_ascii_digit())
        {
            // Plain digits (nearly every file): the same number without a Decimal.
            r.respondents().parse::<u32>().ok()
        } else {
            match parse_number(r.respondents()) {
                Ok(v)
                    if v >= Decimal::ZERO
                        && v.fract().is_zero()
                        && v <= Decimal::from(u32::MAX) =>
                {
                    Some(rust_decimal::prelude::ToPrimitive::to_u32(&v).unwrap_or(u32::MAX))
                }
                _ => {
                    sink.push(
                        Some(line),
                        col(Column::Respondents),
                        FileErrorMsg::WholeNumber {
                            text: r.respondents().to_string(),
                        },
                    );
                    None
                }
            }
        };
        if sink.errors.len() != before {
            return;
        }
        let Some(period) = period else { return };
        // (Rows usually list a provider's indicators in one order: the one after the
        // previous row's is compared first, then the previous row's, before the index.)
        let next = self.last_indicator.map_or(0, |i| i + 1);
        let predicted = [next, next.wrapping_sub(1)].into_iter().find(|&i| {
            self.indicators
                .get(i as usize)
                .is_some_and(|id| same(id, r.indicator_id()))
        });
        let iidx = match predicted.or_else(|| self.indicator_index.get(r.indicator_id()).copied()) {
            Some(i) => i,
            None => {
                if let Err(m) = fields::check(r.indicator_id(), FieldKind::Id) {
                    sink.push(Some(line), col(Column::IndicatorId), m);
                    return;
                }
                let i = self.indicators.len() as u32;
                self.indicators.push(r.indicator_id().to_string());
                self.indicator_index.insert(r.indicator_id().to_string(), i);
                i
            }
        };
        self.last_indicator = Some(iidx);
        let o = Observation {
            provider: pidx,
            indicator: iidx,
            period,
            value,
            respondents,
            line: line as u32,
        };
        match &mut self.fold {
            None => self.observations.push(o),
            Some(f) => f.add(
                &mut self.providers[pidx as usize],
                &o,
                self.indicators.len(),
            ),
        }
    }

    /// Finishes a whole file: an empty file (no header) is an error; the result set records the
    /// SHA-256 of the file's bytes for the audit trail.
    pub fn finish_file(
        self,
        sink: ErrorSink,
        had_header: bool,
        bytes: &[u8],
    ) -> Result<ResultSet, ImportError> {
        // The file's hash (≈ 70 ms at 40 MB) on the other core while the rows are checked.
        let (set, sha) = rayon::join(
            || self.finish_unhashed(sink, had_header),
            || super::audit::sha256_hex(bytes),
        );
        let mut set = set?;
        set.source_sha256 = sha;
        Ok(set)
    }

    /// [`Self::finish_file`] without the file's hash (the caller takes it).
    pub fn finish_unhashed(
        self,
        mut sink: ErrorSink,
        had_header: bool,
    ) -> Result<ResultSet, ImportError> {
        if !had_header {
            sink.push(None, None, FileErrorMsg::Empty);
        }
        self.finish(sink)
    }

    /// Checks that every provider is complete and no row is repeated; returns the result set.
    pub fn finish(mut self, mut sink: ErrorSink) -> Result<ResultSet, ImportError> {
        let fold = self.fold.take();
        let mut providers = Vec::with_capacity(self.providers.len());
        for d in &self.providers {
            let req = |present: bool, c: Column, sink: &mut ErrorSink| {
                if !present && !d.had_error {
                    sink.push(
                        Some(d.first_line),
                        Some(c.display()),
                        FileErrorMsg::EmptyField,
                    );
                }
            };
            req(d.service_type.is_some(), Column::ServiceType, &mut sink);
            req(d.regi.is_some(), Column::Regi, &mut sink);
            req(d.volume.is_some(), Column::Volume, &mut sink);
            if let (Some(st), Some(rg), Some(v)) = (&d.service_type, &d.regi, &d.volume) {
                providers.push(Provider {
                    id: d.id.clone(),
                    name: d
                        .name
                        .as_ref()
                        .map_or_else(|| d.id.clone(), |n| n.0.clone()),
                    service_type: st.0,
                    regi: rg.0,
                    volume: v.0,
                    compensation: d.compensation.as_ref().map(|c| c.0),
                    previous_payout: d.previous_payout.as_ref().map(|c| c.0),
                    paid_so_far: d.paid_so_far.as_ref().map(|c| c.0),
                });
            }
        }
        // Duplicate or overlapping provider × indicator × period, wherever the rows are: sort
        // the full keys (provider, indicator, year, months) and compare neighbours within one
        // provider × indicator × year. Two rows overlap when one's months reach into the
        // other's (a whole year and one of its months would be counted twice).
        let key = |o: &Observation| {
            (u128::from(o.provider) << 64)
                | (u128::from(o.indicator) << 32)
                | (u128::from(o.period.year) << 16)
                | (u128::from(o.period.first_month) << 8)
                | u128::from(o.period.last_month)
        };
        // (Folding: the months each provider × indicator × year's rows cover were checked as
        // they were added, see `settle`; `self.observations` is empty.)
        let mut keys: Vec<(u128, u32)> = self
            .observations
            .iter()
            .enumerate()
            .map(|(i, o)| (key(o), i as u32))
            .collect();
        keys.par_sort_unstable();
        // (earlier line, line, same period): one entry per offending row.
        let mut found: Vec<(u32, u32, bool)> = Vec::new();
        let obs = |k: usize| &self.observations[keys[k].1 as usize];
        // In the current group: the first row of the current run of one period, and the row
        // whose months reach furthest.
        let (mut run_first, mut reach) = (0usize, 0usize);
        for k in 1..keys.len() {
            let (prev, b) = (obs(k - 1), obs(k));
            let same_group = prev.provider == b.provider
                && prev.indicator == b.indicator
                && prev.period.year == b.period.year;
            if !same_group {
                (run_first, reach) = (k, k);
                continue;
            }
            if b.period == prev.period {
                found.push((obs(run_first).line, b.line, true));
            } else {
                run_first = k;
                if b.period.first_month <= obs(reach).period.last_month {
                    found.push((obs(reach).line, b.line, false));
                }
            }
            if b.period.last_month > obs(reach).period.last_month {
                reach = k;
            }
        }
        found.sort_unstable_by_key(|&(first, line, _)| (line, first));
        for (first_line, line, same) in found {
            let (first_line, line) = (first_line.min(line), first_line.max(line));
            let msg = if same {
                FileErrorMsg::DuplicateRow {
                    first_line: first_line as usize,
                }
            } else {
                FileErrorMsg::OverlappingPeriod {
                    first_line: first_line as usize,
                }
            };
            sink.push(
                Some(line as usize),
                Some(Column::IndicatorId.display()),
                msg,
            );
        }
        sink.finish()?;
        // Folded cells per provider, in the providers' order below (complete ones only: an
        // incomplete one was an error above).
        let mut cells: Vec<Option<Vec<FoldedCell>>> = self
            .providers
            .iter_mut()
            .filter(|d| d.service_type.is_some() && d.regi.is_some() && d.volume.is_some())
            .map(|d| Some(std::mem::take(&mut d.cells)))
            .collect();
        // Sort providers by id and renumber the observations.
        let mut perm: Vec<u32> = (0..providers.len() as u32).collect();
        perm.sort_by(|a, b| providers[*a as usize].id.cmp(&providers[*b as usize].id));
        let mut new_index = vec![0u32; providers.len()];
        for (new, old) in perm.iter().enumerate() {
            new_index[*old as usize] = new as u32;
        }
        let mut sorted: Vec<Option<Provider>> = providers.into_iter().map(Some).collect();
        let providers: Vec<Provider> = perm
            .iter()
            .map(|&old| sorted[old as usize].take().expect("each once"))
            .collect();
        let mut observations = self.observations;
        for o in &mut observations {
            o.provider = new_index[o.provider as usize];
        }
        let folded = fold.map(|f| Folded {
            windows: f.windows,
            cells: perm
                .iter()
                .map(|&old| cells[old as usize].take().expect("each once"))
                .collect(),
            rows: f.rows,
        });
        Ok(ResultSet {
            providers,
            indicators: self.indicators,
            observations,
            folded,
            source_file: self.file,
            source_sha256: String::new(),
            import_warnings: Vec::new(),
        })
    }
}

/// The rows of a result set in the import format (Swedish headers), providers' attributes on
/// every row; a provider without results gets one row with a blank indicator.
pub fn result_rows(set: &ResultSet) -> (Vec<&'static str>, Vec<Vec<Cell>>) {
    let header: Vec<&'static str> = Column::ALL.iter().map(|c| c.swedish_header()).collect();
    let mut rows: Vec<Vec<Cell>> = Vec::with_capacity(set.observations.len() + 1);
    let provider_cells = |p: &Provider| {
        vec![
            Cell::Text(p.id.clone()),
            Cell::Text(p.name.clone()),
            Cell::Text(p.service_type.code().to_string()),
            Cell::Text(p.regi.code().to_string()),
            Cell::Number(p.volume),
        ]
    };
    let mut has_obs = vec![false; set.providers.len()];
    for o in &set.observations {
        has_obs[o.provider as usize] = true;
    }
    for (i, p) in set.providers.iter().enumerate() {
        if !has_obs[i] {
            let mut r = vec![Cell::Text(String::new())];
            r.extend(provider_cells(p));
            r.extend([Cell::Empty, Cell::Empty, Cell::Empty]);
            r.push(p.compensation.map_or(Cell::Empty, Cell::Number));
            r.push(p.previous_payout.map_or(Cell::Empty, Cell::Number));
            r.push(p.paid_so_far.map_or(Cell::Empty, Cell::Number));
            rows.push(r);
        }
    }
    for o in &set.observations {
        let p = &set.providers[o.provider as usize];
        let mut r = vec![Cell::Text(o.period.to_string())];
        r.extend(provider_cells(p));
        r.push(Cell::Text(set.indicators[o.indicator as usize].clone()));
        r.push(o.value.map_or(Cell::Empty, Cell::Number));
        r.push(
            o.respondents
                .map_or(Cell::Empty, |n| Cell::Number(Decimal::from(n))),
        );
        r.push(p.compensation.map_or(Cell::Empty, Cell::Number));
        r.push(p.previous_payout.map_or(Cell::Empty, Cell::Number));
        r.push(p.paid_so_far.map_or(Cell::Empty, Cell::Number));
        rows.push(r);
    }
    (header, rows)
}

/// A cell of an exported result row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(Decimal),
}

/// Writes a result set as CSV in the import format: semicolon, decimal comma, UTF-8 with BOM.
/// Reading it back gives the same result set.
pub fn write_results_csv(set: &ResultSet) -> Vec<u8> {
    // Written as read: no formula neutralisation here, so that reading it back gives the same
    // result set (ids cannot start with a formula character; see `docs/formats.md`).
    let (header, rows) = result_rows(set);
    let mut out = super::export_csv::writer();
    super::export_csv::write(&mut out, &header);
    for r in rows {
        super::export_csv::write(
            &mut out,
            r.iter().map(|c| match c {
                Cell::Empty => String::new(),
                Cell::Text(t) => t.clone(),
                Cell::Number(d) => {
                    crate::domain::decimal::format_number(d.normalize(), None, false)
                }
            }),
        );
    }
    super::export_csv::finish(out)
}

#[cfg(test)]
mod tests {
    use super::{first_long_line, same};

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

mod parallel;
mod stream;

pub use stream::{read_folded, read_folded_in_blocks};
