//! The rows read on every core: the file is split at line ends into parts that are parsed on
//! their own (each part's lines numbered from where it starts) and merged in file order, so
//! the result set is the one [`parse_sequential`] gives, whatever the number of threads.
//!
//! Only the clean case is done here: a file with a quote in its rows (a field may then hold a
//! line end, so a part cannot start at any line end), with any error in any part, or with a
//! conflict between parts (a provider's attribute written differently) is read again by
//! [`parse_sequential`], which reports every error in line order exactly as before.

use rayon::prelude::*;

use super::super::text::LineCounter;
use super::stream::rows;
use super::*;

/// Below this size the file is read on one thread (splitting costs more than it gives).
pub(super) const MIN_PARALLEL_BYTES: usize = 2 << 20;

pub(super) fn parse(text: &str, sep: u8, file: &str, min_bytes: usize) -> Option<ResultSet> {
    let threads = rayon::current_num_threads();
    if threads < 2 || text.len() < min_bytes {
        return None;
    }
    let all = text.as_bytes();
    let (map, width, body) = header(all, sep, file)?;
    if memchr::memchr(b'"', &all[body..]).is_some() {
        return None;
    }
    // Parts of about equal size, each starting just after a line feed.
    let target = (all.len() - body) / (threads * 4) + 1;
    let mut starts = vec![body];
    while let Some(&last) = starts.last() {
        let from = last + target;
        if from >= all.len() {
            break;
        }
        match memchr::memchr(b'\n', &all[from..]) {
            Some(k) if from + k + 1 < all.len() => starts.push(from + k + 1),
            _ => break,
        }
    }
    let mut counter = LineCounter::default();
    let parts: Vec<(usize, usize, usize)> = starts
        .iter()
        .enumerate()
        .map(|(k, &s)| {
            let end = starts.get(k + 1).copied().unwrap_or(all.len());
            (s, end, counter.line_at(all, s))
        })
        .collect();
    let built: Vec<Option<Builder>> = parts
        .par_iter()
        .map(|&(start, end, line)| {
            // (Parts start after a line end, so they are whole lines of `text`.)
            rows(
                &text[start..end],
                line,
                sep,
                &map,
                width,
                Builder::new(file),
            )
        })
        .collect();
    let built: Vec<Builder> = built.into_iter().collect::<Option<_>>()?;
    // The merged observations allocated once at their final size (growing them part by
    // part would hold up to twice as many while they are copied).
    let total: usize = built.iter().map(|b| b.observations.len()).sum();
    let mut builders = built.into_iter();
    let mut merged = builders.next()?;
    let mut observations = Vec::with_capacity(total);
    observations.append(&mut merged.observations);
    merged.observations = observations;
    for b in builders {
        merge(&mut merged, b)?;
    }
    merged.finish_unhashed(ErrorSink::new(file), true).ok()
}

/// The header of a file without errors: the first record that is not blank (as the
/// sequential reading), its columns, its width and where the rows start; `None` if it is
/// missing, has an error or is not complete in `all`.
pub(super) fn header(all: &[u8], sep: u8, file: &str) -> Option<(ColumnMap, usize, usize)> {
    // The header: the first record that is not blank (as the sequential reading).
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(all);
    let mut record = csv::StringRecord::new();
    let mut lines = LineCounter::default();
    let (map, width, body) = loop {
        if !rdr.read_record(&mut record).ok()? {
            return None;
        }
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.len() > MAX_COLUMNS {
            return None;
        }
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        let line = record
            .position()
            .map_or(0, |p| record_line(&mut lines, all, p.byte() as usize));
        let mut sink = ErrorSink::new(file);
        let map = map_header(&cells, &mut sink, line);
        if !sink.is_empty() {
            return None;
        }
        break (map, cells.len(), rdr.position().byte() as usize);
    };
    // After a CRLF the reader stops on the LF: the rows start after it.
    let body = if body > 0 && all.get(body) == Some(&b'\n') && all[body - 1] == b'\r' {
        body + 1
    } else {
        body
    };
    // The header must end with a line end in `all` (a file read in blocks: in the first).
    if body == 0 || !matches!(all[body - 1], b'\n' | b'\r') {
        return None;
    }
    Some((map, width, body))
}

/// Takes an attribute from a later part: kept if the earlier parts had none; `false` if
/// they had another value (a conflict, which the sequential reading reports).
fn take<T: PartialEq>(
    into: &mut Option<(T, String, usize)>,
    from: Option<(T, String, usize)>,
) -> bool {
    match (into.as_ref(), from) {
        (_, None) => true,
        (None, from) => {
            *into = from;
            true
        }
        (Some(a), Some(b)) => a.0 == b.0,
    }
}

/// Appends a later part to the parts before it: its indicators and providers by their
/// first appearance, its observations in its order.
pub(super) fn merge(into: &mut Builder, from: Builder) -> Option<()> {
    let indicators: Vec<u32> = from
        .indicators
        .into_iter()
        .map(|id| match into.indicator_index.get(&id) {
            Some(&i) => i,
            None => {
                let i = into.indicators.len() as u32;
                into.indicator_index.insert(id.clone(), i);
                into.indicators.push(id);
                i
            }
        })
        .collect();
    if let (Some(a), Some(b)) = (&mut into.fold, &from.fold) {
        a.rows += b.rows;
        a.overlap |= b.overlap;
    }
    let mut providers = Vec::with_capacity(from.providers.len());
    for mut d in from.providers {
        for c in &mut d.cells {
            c.indicator = indicators[c.indicator as usize];
        }
        for c in &mut d.covered {
            c.indicator = indicators[c.indicator as usize];
        }
        match into.provider_index.get(&d.id) {
            Some(&i) => {
                let g = &mut into.providers[i as usize];
                let name_ok = match (&g.name, d.name) {
                    (_, None) => true,
                    (None, n) => {
                        g.name = n;
                        true
                    }
                    (Some(a), Some(b)) => a.0 == b.0,
                };
                let ok = name_ok
                    && take(&mut g.service_type, d.service_type)
                    && take(&mut g.regi, d.regi)
                    && take(&mut g.volume, d.volume)
                    && take(&mut g.compensation, d.compensation)
                    && take(&mut g.previous_payout, d.previous_payout)
                    && take(&mut g.paid_so_far, d.paid_so_far)
                    && take(&mut g.cohort, d.cohort);
                if !ok {
                    return None;
                }
                for f in d.findings {
                    if !g.findings.contains(&f) {
                        g.findings.push(f);
                    }
                }
                if !into.combine_provider(i, d.cells, d.covered) {
                    return None; // (two rows share a month: the whole reading reports them)
                }
                providers.push(i);
            }
            None => {
                let i = into.providers.len() as u32;
                into.provider_index.insert(d.id.clone(), i);
                into.providers.push(d);
                providers.push(i);
            }
        }
    }
    into.observations
        .extend(from.observations.into_iter().map(|mut o| {
            o.provider = providers[o.provider as usize];
            o.indicator = indicators[o.indicator as usize];
            o
        }));
    Some(())
}
