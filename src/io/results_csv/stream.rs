//! The streaming import of one calculation: the file is read in blocks, each block's rows are
//! parsed on whichever core is free and folded at once into the cells of the plan's periods
//! ([`Folded`]), and the blocks are merged in file order. Memory is bounded by the cells (and
//! a few blocks in flight), not by the rows: 12 M rows of 50 000 providers × 20 indicators are
//! read in about 200 MB (1 M cells of 80 bytes, the blocks, the providers) where reading them
//! whole and keeping every row took 1,1 GB.
//!
//! The result is the one reading the whole file in order and aggregating gives, with any
//! number of threads and any block size: the partial aggregates merge exactly and in any order
//! (see [`crate::domain::engine::aggregate::Partial`]), providers and indicators are numbered
//! by their first appearance in file order, and every row is checked as in the sequential
//! reading. Only the clean case is done here: a file that is not plain UTF-8 (another
//! encoding, a BOM other than UTF-8's, a NUL byte), has a quote in its rows, a line over the
//! limit, any error in any row, a provider written differently in two blocks, or two rows of a
//! provider × indicator that share a month, gives `None`, and the caller reads the file again
//! whole, which reports every error exactly as before (the file's limits are the same).

use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex};

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use super::parallel::{header, merge};
use super::*;
use crate::domain::period::Period;

/// The size of a block read: large enough that splitting costs nothing, small enough that a
/// few in flight on every core are a small part of the memory (see `block_size`).
const MAX_BLOCK: usize = 8 << 20;
const MIN_BLOCK: usize = 256 << 10;

/// About sixteen blocks per thread, within the limits above: with four, the last round of
/// blocks left a core idle for a block's time (1,2 M rows, 2 cores, paired runs: a median
/// of 0,34 s with four, 0,30 s with sixteen; 12 M rows are in blocks of 8 MB either way).
fn block_size(file_len: u64, threads: usize) -> usize {
    let per = file_len / (threads.max(1) as u64 * 16) + 1;
    (per as usize).clamp(MIN_BLOCK, MAX_BLOCK)
}

/// Reads a results CSV at `path`, folding its rows into `windows` (see
/// [`Folded::windows_for`]); `None` if the file is not a clean case (see the module) or cannot
/// be read, and the caller must read it whole.
pub fn read_folded(path: &Path, file: &str, windows: &[Period]) -> Option<ResultSet> {
    read_folded_in_blocks(path, file, windows, None)
}

/// [`read_folded`] in blocks of `block` bytes (for the tests that check that any block size
/// gives the same result; `None`: see `block_size`).
#[doc(hidden)]
pub fn read_folded_in_blocks(
    path: &Path,
    file: &str,
    windows: &[Period],
    block: Option<usize>,
) -> Option<ResultSet> {
    let meta = std::fs::metadata(path).ok()?;
    let limit = super::super::MAX_RESULTS_BYTES;
    if !meta.is_file() || meta.len() > limit {
        return None;
    }
    let threads = rayon::current_num_threads();
    let block = block
        .unwrap_or_else(|| block_size(meta.len(), threads))
        .max(1);
    let mut reader = std::fs::File::open(path).ok()?.take(limit + 1);
    let (mut first, eof) = read_head(&mut reader, block)?;
    // A UTF-8 BOM is skipped (as `decode` does); any other BOM is another encoding.
    let bom = bom_of(&first)?;
    let text = &first[bom..];
    let sep = detect_separator(text);
    let (map, width, body) = header(text, sep, file)?;
    let header_end = bom + body;
    if header_end == first.len() && !eof && first[header_end - 1] == b'\r' {
        return None; // (half a CRLF: where the rows start is not known yet)
    }
    // The checks of the whole reading on the bytes up to the rows (the blocks get them too).
    if memchr::memchr(0, &first[..header_end]).is_some()
        || first_long_line(&first[bom..header_end], MAX_LINE_BYTES).is_some()
    {
        return None;
    }
    // The line the rows start on.
    let base = 1 + line_ends(&first[bom..header_end]);
    // The file's hash: the bytes up to the rows, then each block's as it is merged (in file
    // order, by the worker merging, rather than as it is read: blocks are read by one worker
    // at a time, and hashing there had the other wait for it).
    let mut hasher = Sha256::new();
    hasher.update(&first[..header_end]);
    let pending = first.split_off(header_end);
    let failed = AtomicBool::new(false);
    let pool: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());
    let merging = Mutex::new(InOrder {
        hasher,
        ..InOrder::default()
    });
    let merged_some = Condvar::new();
    // Blocks parsed and waiting to be merged hold their bytes and cells (in a file sorted by
    // period nearly a cell a row: 20 MB a block of 8 MB): while this many wait, no block is
    // read.
    let max_waiting = 2 * threads;
    let blocks = Blocks {
        reader: &mut reader,
        pending,
        block,
        base,
        done: false,
        failed: &failed,
        pool: &pool,
        merging: &merging,
        merged_some: &merged_some,
        max_waiting,
    };
    // Each block's rows are merged, in file order, as soon as the blocks before it are: the
    // merging is done by whichever worker completes the run, while the other cores go on
    // parsing (merging after the last block left one core idle for its length), and a block
    // waits only for those before it. No worker waits for another's merge (see `InOrder`).
    blocks
        .enumerate()
        .par_bridge()
        .for_each(|(k, (buf, line))| {
            let text = (memchr::memchr2(0, b'"', &buf).is_none())
                .then(|| std::str::from_utf8(&buf).ok())
                .flatten();
            let b = text.and_then(|text| {
                let fold = Builder::folding(file, windows.to_vec());
                rows(text, line, sep, &map, width, fold)
            });
            if !InOrder::add(&merging, &merged_some, &pool, k, b.map(|b| (b, buf))) {
                failed.store(true, Ordering::Relaxed);
            }
        });
    if failed.load(Ordering::Relaxed) {
        return None;
    }
    let m = merging.into_inner().ok()?;
    if m.failed || !m.waiting.is_empty() {
        return None; // (a block was not merged: the loop above failed it)
    }
    let mut merged = m
        .merged
        .unwrap_or_else(|| Builder::folding(file, windows.to_vec()));
    if !merged.settle_folded() {
        return None;
    }
    let mut set = merged.finish(ErrorSink::new(file)).ok()?;
    set.source_sha256 = super::super::audit::hex(&m.hasher.finalize());
    Some(set)
}

// The blocks, each ending after a line end (the last one at the end of the file), with
// the line each starts on; read in order as the workers ask for them. Together they are
// the file from `header_end` on, each byte once.
struct Blocks<'a> {
    reader: &'a mut std::io::Take<std::fs::File>,
    /// The bytes read after the last block's last line end.
    pending: Vec<u8>,
    block: usize,
    /// The line the next block starts on.
    base: usize,
    done: bool,
    failed: &'a AtomicBool,
    /// Buffers of blocks whose rows are read, for reuse.
    pool: &'a Mutex<Vec<Vec<u8>>>,
    merging: &'a Mutex<InOrder>,
    merged_some: &'a Condvar,
    /// While this many blocks wait to be merged, no block is read.
    max_waiting: usize,
}

impl Iterator for Blocks<'_> {
    type Item = (Vec<u8>, usize);

    fn next(&mut self) -> Option<(Vec<u8>, usize)> {
        if self.done || self.failed.load(Ordering::Relaxed) {
            return None;
        }
        // (The worker merging does not read blocks while it merges, so it is never waited on
        // here by itself; a failed block wakes this too.)
        if let Ok(m) = self.merging.lock() {
            let m = self
                .merged_some
                .wait_while(m, |m| m.waiting.len() >= self.max_waiting && !m.failed);
            if m.is_err() {
                return None;
            }
        }
        // A block's buffer is reused once its rows are read: fresh 8 MB buffers were paged in
        // anew each time (9 % of a 12 M-row import went to page faults).
        let mut buf = self
            .pool
            .lock()
            .ok()
            .and_then(|mut p| p.pop())
            .unwrap_or_default();
        buf.clear();
        buf.extend_from_slice(&self.pending);
        // A block, and more until a line ends in it (a line longer than the block).
        let cut = loop {
            let before = buf.len();
            if fill(self.reader, &mut buf, self.block).is_none() {
                self.failed.store(true, Ordering::Relaxed);
                return None;
            }
            if buf.len() - before < self.block {
                self.done = true;
                break buf.len();
            }
            if let Some(k) = memchr::memrchr(b'\n', &buf[before..]) {
                break before + k + 1;
            }
            if buf.len() > MAX_LINE_BYTES + self.block {
                self.failed.store(true, Ordering::Relaxed);
                return None;
            }
        };
        self.pending.clear();
        self.pending.extend_from_slice(&buf[cut..]);
        buf.truncate(cut);
        if self.pending.len() > MAX_LINE_BYTES {
            self.failed.store(true, Ordering::Relaxed);
            return None;
        }
        let line = self.base;
        self.base += line_ends(&buf);
        Some((buf, line))
    }
}

/// The start of the file, and more until the header is in it (and whether the file ended):
/// read before any worker starts, so in steps of at most 64 KB (a whole first block was a
/// millisecond or two on one core).
fn read_head(reader: &mut std::io::Take<std::fs::File>, block: usize) -> Option<(Vec<u8>, bool)> {
    let step = block.min(64 << 10);
    let mut first = Vec::new();
    let mut eof = false;
    let mut more = |first: &mut Vec<u8>, eof: &mut bool| {
        let before = first.len();
        fill(reader, first, step)?;
        *eof = first.len() - before < step;
        Some(())
    };
    more(&mut first, &mut eof)?;
    // The first line is in, not blank, and its end is not the block's last byte (a CR
    // there may be the first half of a CRLF).
    let header_in = |b: &[u8]| {
        let t = &b[bom_of(b).unwrap_or(0)..];
        memchr::memchr2(b'\n', b'\r', t)
            .is_some_and(|end| end + 1 < t.len() && !t[..end].iter().all(u8::is_ascii_whitespace))
    };
    while !eof && !header_in(&first) && first.len() <= MAX_LINE_BYTES {
        more(&mut first, &mut eof)?;
    }
    Some((first, eof))
}

/// The length of a UTF-8 BOM at the start (0 without one); `None` for another encoding's BOM.
fn bom_of(b: &[u8]) -> Option<usize> {
    if b.starts_with(b"\xEF\xBB\xBF") {
        Some(3)
    } else if encoding_rs::Encoding::for_bom(b).is_some() {
        None
    } else {
        Some(0)
    }
}

/// The blocks' rows merged, and their bytes hashed, in file order (see [`merge`]) as they
/// come, from any worker.
#[derive(Default)]
struct InOrder {
    /// The file's hash, up to block `next`.
    hasher: Sha256,
    /// The next block to merge.
    next: usize,
    /// The blocks before `next`, merged (taken out while a worker merges into it).
    merged: Option<Builder>,
    /// A worker is merging: the blocks that come meanwhile wait for it.
    merging: bool,
    /// A merge found a conflict.
    failed: bool,
    /// Blocks after `next` that are done, by number, with their bytes.
    waiting: std::collections::BTreeMap<usize, (Builder, Vec<u8>)>,
}

impl InOrder {
    /// Adds block `k`'s rows and bytes (`None`: its rows are no clean case). If no worker is
    /// merging, this one hashes and merges it and those waiting after it once the blocks
    /// before it are in, with the lock released meanwhile (a file sorted by period merges as
    /// much as it parses, and workers waiting for the lock had left a core idle); else the
    /// merging worker takes it. A block's buffer goes back to `pool` once hashed.
    /// `merged_some` is told each time fewer blocks wait. `false` if the block is no clean
    /// case or a merge finds a conflict (the file is then read whole).
    fn add(
        m: &Mutex<InOrder>,
        merged_some: &Condvar,
        pool: &Mutex<Vec<Vec<u8>>>,
        k: usize,
        b: Option<(Builder, Vec<u8>)>,
    ) -> bool {
        let Ok(mut g) = m.lock() else { return false };
        let Some(b) = b else {
            g.failed = true;
            merged_some.notify_all();
            return false;
        };
        g.waiting.insert(k, b);
        if g.merging {
            return !g.failed;
        }
        g.merging = true;
        loop {
            let next = g.next;
            let Some((b, bytes)) = g.waiting.remove(&next) else {
                g.merging = false;
                return !g.failed;
            };
            g.next += 1;
            merged_some.notify_all();
            let into = g.merged.take();
            let mut hasher = std::mem::take(&mut g.hasher);
            drop(g);
            hasher.update(&bytes);
            if let Ok(mut p) = pool.lock() {
                p.push(bytes);
            }
            let (into, ok) = match into {
                None => (b, true),
                Some(mut into) => {
                    let ok = merge(&mut into, b).is_some();
                    (into, ok)
                }
            };
            let Ok(again) = m.lock() else { return false };
            g = again;
            g.merged = Some(into);
            g.hasher = hasher;
            if !ok {
                g.failed = true;
                g.merging = false;
                merged_some.notify_all();
                return false;
            }
        }
    }
}

/// Appends up to `n` bytes from `r` to `buf` (fewer only at the end); `None` on a read error
/// or past the file's limit.
fn fill(r: &mut std::io::Take<std::fs::File>, buf: &mut Vec<u8>, n: usize) -> Option<()> {
    buf.reserve(n);
    r.by_ref().take(n as u64).read_to_end(buf).ok()?;
    // More than the limit was there to read: the whole reading reports it.
    (r.limit() > 0).then_some(())
}

/// The line ends in `b` (LF, CRLF or a lone CR), counted as everywhere else.
fn line_ends(b: &[u8]) -> usize {
    super::super::text::LineCounter::default().line_at(b, b.len()) - 1
}

/// The rows of a block or part (whole lines, no quote) added to `b`, from line `line` on;
/// `None` at the first error or a line over the limit (the file is then read whole).
///
/// Hand-written rather than through `csv`'s reader: without a quote, a record is a non-empty
/// line split at the separator, which is what the reader gives for such text (LF, CRLF or a
/// lone CR end a line; empty lines are no record); splitting here, and counting lines as it
/// goes, took the streamed reading of 12 M rows from 1,38 s to 1,10 s (2 cores). The
/// reading of a whole file in parts (see `parallel`) splits its parts here too.
///
/// The separators and line ends are found 64 bytes at a time ([`Marks`]), and each field
/// goes straight to its column. The fields are short (under 3 bytes on average in the
/// national benchmark: most attributes are blank after a provider's first row), so a search
/// per field (`memchr`) was a poor fit, and a byte-by-byte loop spent a third of the reading
/// finding them.
pub(super) fn rows(
    text: &str,
    mut line: usize,
    sep: u8,
    map: &ColumnMap,
    width: usize,
    mut b: Builder,
) -> Option<Builder> {
    // The slicing of fields below relies on an ASCII separator (`detect_separator` gives `;`,
    // a tab or `,`); any other is read by the whole reading.
    if !sep.is_ascii() {
        return None;
    }
    let file = b.file.clone();
    let mut sink = ErrorSink::new(&file);
    let bytes = text.as_bytes();
    let n = bytes.len();
    // The column each field index goes to; fields the header does not map, and those past
    // its width, go to a column of their own that is never read (`UNMAPPED`).
    const UNMAPPED: usize = Column::ALL.len();
    let mut slot = vec![UNMAPPED; width + 1];
    for c in Column::ALL {
        if let Some(i) = map.get(c).filter(|&i| i < width) {
            slot[i] = c.index();
        }
    }
    // A row reaches `add_row` only with every field of the header (fewer is no clean case),
    // so each mapped column was written on its own line: no need to clear them between rows.
    let mut columns: [&str; Column::ALL.len() + 1] = [""; Column::ALL.len() + 1];
    let mut marks = Marks::new(bytes, sep);
    let (mut line_start, mut field_start) = (0, 0);
    // On the current line: the fields so far, any not blank, any not blank past `width`.
    let (mut k, mut filled, mut extra_filled) = (0usize, false, false);
    loop {
        // The next separator or line end (or the text's end).
        let i = marks.next().unwrap_or(n);
        // SAFETY: `field_start` is 0 or just after a separator or line end, and `i` is at one
        // or at the end: those three bytes are ASCII (the separator was checked above), which
        // in UTF-8 is never part of another character, so both are character boundaries of
        // `text`, in order. (The checked slice tested both for each of the ~11 M fields at
        // 1,2 M rows: 180 M instructions, 4 % of the calculation.)
        let f = trim(unsafe { text.get_unchecked(field_start..i) });
        // Without branches: whether a field is blank, and which column it is, differ from
        // field to field, and mispredicted branches on them took most of this loop's time.
        let blank = f.is_empty();
        filled |= !blank;
        extra_filled |= !blank & (k >= width);
        columns[slot[k.min(width)]] = f;
        k += 1;
        if i < n && bytes[i] == sep {
            field_start = i + 1;
            continue;
        }
        // The line's end (or the text's).
        if i - line_start > MAX_LINE_BYTES {
            return None;
        }
        // An empty line, or one of blank fields only, is no record.
        if filled {
            if k < width || extra_filled {
                return None;
            }
            let mapped = columns.first_chunk().expect("the columns and one more");
            b.add_row(&RawRow::new(mapped), line, &mut sink);
            if !sink.is_empty() {
                return None;
            }
        }
        line += 1;
        (k, filled, extra_filled) = (0, false, false);
        if i >= n {
            break;
        }
        // CRLF is one line end (its LF is the next mark).
        let next = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            marks.next();
            i + 2
        } else {
            i + 1
        };
        if next >= n {
            break;
        }
        (line_start, field_start) = (next, next);
    }
    b.end_part();
    Some(b)
}

/// The places of the separator, LF and CR in a text, in order: each 64 bytes are compared
/// with the three at once ([`wide`]'s 16-byte vectors: SSE2 on x86-64, NEON on ARM), giving
/// a bit per byte, and the marks are the bits set. Measured on the national benchmark's
/// 40 MB: 45 ms for a loop over the bytes, 20 ms for this (one core).
struct Marks<'a> {
    bytes: &'a [u8],
    sep: u8,
    /// Where the current 64 bytes start.
    base: usize,
    /// The marks of the current 64 bytes not yet given.
    bits: u64,
}

impl<'a> Marks<'a> {
    fn new(bytes: &'a [u8], sep: u8) -> Self {
        let mut m = Marks {
            bytes,
            sep,
            base: 0,
            bits: 0,
        };
        m.bits = m.chunk_bits();
        m
    }

    /// The marks of the 64 bytes from `base` (fewer at the end).
    #[inline]
    fn chunk_bits(&self) -> u64 {
        use wide::u8x16;
        let rest = self.bytes.get(self.base..).unwrap_or_default();
        let mut chunk = [0u8; 64];
        let whole = rest.len() >= 64;
        let chunk: &[u8; 64] = match rest.first_chunk::<64>() {
            Some(c) => c,
            None => {
                chunk[..rest.len()].copy_from_slice(rest);
                &chunk
            }
        };
        let (s, lf, cr) = (
            u8x16::splat(self.sep),
            u8x16::splat(b'\n'),
            u8x16::splat(b'\r'),
        );
        let mut bits = 0u64;
        for (q, part) in chunk.chunks_exact(16).enumerate() {
            let v = u8x16::new(part.try_into().unwrap_or_default());
            let m = v.simd_eq(s) | v.simd_eq(lf) | v.simd_eq(cr);
            bits |= u64::from(m.to_bitmask()) << (16 * q);
        }
        if whole {
            bits
        } else {
            // (The padding is zeros, which may be the separator of no file, but never count.)
            bits & ((1u64 << rest.len()) - 1)
        }
    }
}

impl Iterator for Marks<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.bits == 0 {
            self.base += 64;
            if self.base >= self.bytes.len() {
                return None;
            }
            self.bits = self.chunk_bits();
        }
        let at = self.base + self.bits.trailing_zeros() as usize;
        self.bits &= self.bits - 1;
        Some(at)
    }
}

/// `str::trim`, without looking at the characters when the field starts and ends with a
/// visible ASCII character (nearly every field; `trim` was 4 % of a 12 M-row import). Every
/// character `trim` removes is a control character, a space or not ASCII.
#[inline]
fn trim(f: &str) -> &str {
    let b = f.as_bytes();
    let plain = |c: u8| c > b' ' && c < 0x7f;
    // (One well-predicted branch: an empty field reads its missing ends as plain.)
    let (first, last) = (
        b.first().copied().unwrap_or(b'x'),
        b.last().copied().unwrap_or(b'x'),
    );
    if plain(first) & plain(last) {
        f
    } else {
        f.trim()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file sorted by period, read in parts as the blocks are: each part's rows fold into
    /// one entry per provider × indicator × window, and merging the parts in order combines
    /// them, so the merged parts never hold more entries than the file has cells, however
    /// many parts hold a provider's rows (appended, they held one per row until the end).
    /// The providers have more indicators than a part scans for, so a part's index is used
    /// too; the sums are those of every row.
    #[test]
    fn parts_of_a_file_sorted_by_period_merge_into_one_entry_per_cell() {
        let (providers, indicators, months) = (3usize, super::super::fold::SCANNED + 8, 12u32);
        let header =
            "period;utförar_id;utförare;verksamhet;regi;volym;indikator;värde;antal_svar\n";
        let (map, width, _) = header_of(header);
        let windows: Vec<Period> = vec!["2025".parse().unwrap()];
        let mut merged: Option<Builder> = None;
        let mut line = 2;
        for m in 1..=months {
            // One part a month, each listing every provider's indicators (in reverse in
            // the even months: another order than the part before).
            let mut text = String::new();
            for p in 0..providers {
                let first = p == 0 || m > 1;
                for k in 0..indicators {
                    let i = if m % 2 == 0 { indicators - 1 - k } else { k };
                    let attrs = if first && k == 0 {
                        format!("Utförare {p};hemtjänst;privat;100")
                    } else {
                        ";;;".to_string()
                    };
                    text.push_str(&format!("2025-{m:02};P{p};{attrs};i{i:02};{m},5;10\n"));
                }
            }
            let part = rows(
                &text,
                line,
                b';',
                &map,
                width,
                Builder::folding("t.csv", windows.clone()),
            )
            .expect("clean rows");
            line += providers * indicators;
            match &mut merged {
                None => merged = Some(part),
                Some(into) => merge(into, part).expect("no conflict"),
            }
            let into = merged.as_ref().unwrap();
            for d in &into.providers {
                assert_eq!(
                    d.cells.len(),
                    indicators,
                    "month {m}: one cell per indicator"
                );
                assert_eq!(d.covered.len(), indicators, "month {m}: one entry per year");
            }
        }
        let mut into = merged.unwrap();
        // A month in a later part again is two rows sharing a month: no clean case.
        let part = |text: &str| {
            let b = Builder::folding("t.csv", windows.clone());
            rows(text, 2, b';', &map, width, b).unwrap()
        };
        let mut twice = part("2025-03;P1;;;;;i00;1;10\n");
        assert!(merge(&mut twice, part("2025-04;P1;;;;;i00;1;10\n")).is_some());
        assert!(merge(&mut twice, part("2025-03;P1;;;;;i00;1;10\n")).is_none());
        assert!(into.settle_folded());
        for d in &into.providers {
            for c in &d.cells {
                assert_eq!(c.partial.rows(), months);
                assert_eq!(
                    c.partial.first_line() as usize,
                    d.first_line + c.indicator as usize
                );
            }
        }
    }

    fn header_of(h: &str) -> (ColumnMap, usize, usize) {
        header(h.as_bytes(), b';', "t.csv").expect("a valid header")
    }
}
