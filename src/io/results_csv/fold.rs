//! The drafts of providers being read and the folding of rows into the cells of a plan's
//! periods (the streaming import): where a row's cell is, and how the cells of parts read
//! on different cores are combined.

use rustc_hash::FxHashMap;

use rust_decimal::Decimal;

use crate::domain::engine::aggregate::Partial;
use crate::domain::period::Period;
use crate::domain::results::{FoldedCell, Observation, Regi, ServiceType};

/// A provider being built from rows, with the line each attribute came from.
pub(super) struct ProviderDraft {
    pub(super) id: String,
    pub(super) name: Option<(String, usize)>,
    pub(super) service_type: Option<(ServiceType, String, usize)>,
    pub(super) regi: Option<(Regi, String, usize)>,
    pub(super) volume: Option<(Decimal, String, usize)>,
    pub(super) compensation: Option<(Decimal, String, usize)>,
    pub(super) previous_payout: Option<(Decimal, String, usize)>,
    pub(super) paid_so_far: Option<(Decimal, String, usize)>,
    /// Findings of supervision the rows gave (columns `tillsyn`, `tillsyn_datum`).
    pub(super) findings: Vec<crate::domain::gate::Finding>,
    /// The peer cohort (column `kohort`).
    pub(super) cohort: Option<(String, String, usize)>,
    pub(super) first_line: usize,
    /// An attribute was given but wrong (already reported): do not also report it as missing.
    pub(super) had_error: bool,
    /// When folding: the provider's cells (indicator, window), sorted and combined at the end.
    pub(super) cells: Vec<FoldedCell>,
    /// When folding: per indicator × year, the months its rows cover (for the duplicate check).
    pub(super) covered: Vec<Covered>,
    /// When folding: the places after the last cell and months used (see `Fold::add`).
    pub(super) next_cell: u32,
    pub(super) next_covered: u32,
    /// When folding: how many of `cells` and `covered` are in the part's index (see `place`).
    pub(super) cells_indexed: u32,
    pub(super) covered_indexed: u32,
}

/// The months of one year that a provider × indicator's rows cover (bit 0: January).
#[derive(Debug, Clone, Copy)]
pub(super) struct Covered {
    pub(super) indicator: u32,
    pub(super) year: u16,
    pub(super) months: u16,
}

/// Rows folded into the cells of a plan's periods as they are added (see [`Folded`]).
pub(super) struct Fold {
    pub(super) windows: Vec<Period>,
    /// Where a provider × indicator × window's cell is in the provider's `cells`, for the
    /// providers with more than [`SCANNED`] (dropped with the part: it is bounded by the
    /// part's rows).
    pub(super) cell_at: FxHashMap<(u32, u32, u8), u32>,
    /// Where a provider × indicator × year's months are in the provider's `covered` (as
    /// `cell_at`).
    pub(super) covered_at: FxHashMap<(u32, u32, u16), u32>,
    /// Two rows of a provider × indicator cover a common month: a duplicate or an overlap,
    /// which the reading with every row kept reports with both lines.
    pub(super) overlap: bool,
    pub(super) rows: usize,
}

impl Fold {
    /// Files one row: its months into the duplicate check, its result into the cells of the
    /// windows it lies in (if any).
    #[inline]
    pub(super) fn add(&mut self, d: &mut ProviderDraft, o: &Observation, indicators: usize) {
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
pub(super) const SCANNED: usize = 32;

/// The place in a provider's `entries` of the one whose `key_of` is `key`: first the guess,
/// the place after the one last used (`next`, wrapping to the first); then a scan of the
/// entries while they are few ([`SCANNED`]), else the part's `index` (the entries not yet in
/// it, from `indexed` on, are put there first); else a new entry `make()`. `next` becomes the
/// place after it.
#[inline]
pub(super) fn place<K: std::hash::Hash + Eq, T>(
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
pub(super) fn cell_key(c: &FoldedCell) -> (u32, u8) {
    (c.indicator, c.window)
}

pub(super) fn covered_key(c: &Covered) -> (u32, u16) {
    (c.indicator, c.year)
}

/// Joins to a cell the cell of the same key from other rows (always possible).
pub(super) fn join_cell(kept: &mut FoldedCell, later: &FoldedCell) -> bool {
    kept.partial.merge(&later.partial);
    true
}

/// Joins to months of a provider × indicator × year those of other rows; `false` if they
/// meet (two rows share a month: a duplicate or an overlap).
pub(super) fn join_months(kept: &mut Covered, later: &Covered) -> bool {
    let apart = kept.months & later.months == 0;
    kept.months |= later.months;
    apart
}

/// Sorts `v` by `key` and joins the entries of one key into one (`join`); `false` if a join
/// said so.
pub(super) fn sort_and_join<T, K: Ord>(
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
pub(super) fn combine(d: &mut ProviderDraft) -> bool {
    let cells = sort_and_join(&mut d.cells, cell_key, join_cell);
    let months = sort_and_join(&mut d.covered, covered_key, join_months);
    cells & months
}

/// Combines `from` into `into`, each sorted by `key` with one entry per key (any order of
/// `from` is sorted first): an entry whose key `into` has is joined to that one (`join`;
/// `false` from it ends with `false`), the others are added in order. In place and in linear
/// time when `into` has every key (a provider's indicators are the same in every part).
pub(super) fn combine_sorted<T, K: Ord>(
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
pub(super) fn settle(d: &mut ProviderDraft) -> bool {
    let ok = combine(d);
    d.cells.shrink_to_fit();
    d.covered = Vec::new();
    ok
}

/// True if a provider attribute's first reading was written as `text` (so `text` reads as
/// the same value, which was checked then).
#[inline]
pub(super) fn same_text<T>(slot: &Option<(T, String, usize)>, text: &str) -> bool {
    matches!(slot, Some((_, first, _)) if same(first, text))
}

/// `a == b`, inline for texts of up to 16 bytes (a row's period, provider and indicator
/// are compared with the previous row's: a call to `memcmp` each was 6 % of the reading).
/// Hand-written for that measurement; longer texts are compared as `==` does.
#[inline]
pub(super) fn same(a: &str, b: &str) -> bool {
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
pub(super) fn month_bits(p: &Period) -> u16 {
    let upto = |m: u8| ((1u32 << m) - 1) as u16;
    upto(p.last_month) & !upto(p.first_month - 1)
}
