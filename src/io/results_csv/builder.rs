//! The [`Builder`]: checks each row's fields and folds them into a result set (shared by
//! the CSV and XLSX importers).

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use rust_decimal::Decimal;

use super::fold::*;
use super::{Column, RawRow};
use crate::domain::bounds;
use crate::domain::decimal::parse_number;
use crate::domain::gate::{Date, Finding};
use crate::domain::period::Period;
use crate::domain::results::{
    Folded, FoldedCell, Observation, Provider, Regi, ResultSet, ServiceType,
};
use crate::io::error::{ErrorSink, FileErrorMsg, ImportError};
use crate::io::fields::{self, FieldKind};

/// Builds a [`ResultSet`] from rows, checking every field (shared by the CSV and XLSX importers).
pub struct Builder {
    pub(super) file: String,
    pub(super) providers: Vec<ProviderDraft>,
    pub(super) provider_index: FxHashMap<String, u32>,
    /// The previous row's provider (rows usually come grouped by provider).
    pub(super) last_provider: Option<u32>,
    /// The previous row's period, as written and read.
    pub(super) last_period: Option<(String, Period)>,
    pub(super) indicators: Vec<String>,
    pub(super) indicator_index: FxHashMap<String, u32>,
    /// The previous row's indicator.
    pub(super) last_indicator: Option<u32>,
    pub(super) periods: FxHashMap<String, Period>,
    pub(super) observations: Vec<Observation>,
    /// Folding the rows instead of keeping them (the streaming import of one calculation).
    pub(super) fold: Option<Fold>,
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
    pub(super) fn end_part(&mut self) {
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
    pub(super) fn combine_provider(
        &mut self,
        i: u32,
        cells: Vec<FoldedCell>,
        covered: Vec<Covered>,
    ) -> bool {
        let d = &mut self.providers[i as usize];
        combine_sorted(&mut d.cells, cells, cell_key, join_cell)
            && combine_sorted(&mut d.covered, covered, covered_key, join_months)
    }

    /// Folding, after the last row: sorts and combines each provider's cells; `false` if two
    /// rows cover a common month of one provider × indicator (the result set cannot then be
    /// made from the folded rows: read the file with its rows kept, which reports them).
    pub(super) fn settle_folded(&mut self) -> bool {
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

    /// Checks and adds one row; errors go to `sink`. Three steps: the row's period and
    /// provider are parsed ([`Self::row_period`], [`Self::row_provider`]), its provider
    /// attributes, value and respondents checked ([`check_attributes`], [`row_value`],
    /// [`row_respondents`]), and a row without errors folded in ([`Self::fold_row`]).
    pub fn add_row(&mut self, r: &RawRow, line: usize, sink: &mut ErrorSink) {
        let before = sink.errors.len();
        let period = self.row_period(r, line, sink);
        let Some(pidx) = self.row_provider(r, line, sink) else {
            return;
        };
        self.last_provider = Some(pidx);
        check_attributes(&mut self.providers[pidx as usize], r, line, sink);
        if r.indicator_id().is_empty() {
            if !r.value().is_empty() {
                sink.push(
                    Some(line),
                    Some(Column::IndicatorId.display()),
                    FileErrorMsg::EmptyField,
                );
            }
            return;
        }
        let value = row_value(r, line, sink);
        let respondents = row_respondents(r, line, sink);
        if sink.errors.len() != before {
            return;
        }
        let Some(period) = period else { return };
        self.fold_row(r, line, pidx, period, (value, respondents), sink);
    }

    /// Parse: the row's period (the previous row's when written alike, rows usually come
    /// grouped by period), `None` when blank or wrong (wrong is reported).
    #[inline(always)]
    fn row_period(&mut self, r: &RawRow, line: usize, sink: &mut ErrorSink) -> Option<Period> {
        let col = Some(Column::Period.display());
        if r.period().is_empty() {
            // A row with only provider data (no indicator, no value) needs no period: it is
            // what the export writes for a provider without results.
            if !(r.indicator_id().is_empty() && r.value().is_empty()) {
                sink.push(Some(line), col, FileErrorMsg::EmptyField);
            }
            None
        } else if let Some((_, p)) = self
            .last_period
            .as_ref()
            .filter(|(text, _)| same(text, r.period()))
        {
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
                        col,
                        FileErrorMsg::Period {
                            text: r.period().to_string(),
                        },
                    );
                    None
                }
            }
        }
    }

    /// Parse: the number of the row's provider (the previous row's when the same, a new
    /// draft for a new id); `None` when the id is blank or wrong (reported).
    #[inline(always)]
    fn row_provider(&mut self, r: &RawRow, line: usize, sink: &mut ErrorSink) -> Option<u32> {
        let col = Some(Column::ProviderId.display());
        if r.provider_id().is_empty() {
            sink.push(Some(line), col, FileErrorMsg::EmptyField);
            return None;
        }
        let cached = self
            .last_provider
            .filter(|&i| same(&self.providers[i as usize].id, r.provider_id()));
        if let Some(i) = cached.or_else(|| self.provider_index.get(r.provider_id()).copied()) {
            return Some(i);
        }
        // A new id: checked once (see `fields`).
        if let Err(m) = fields::check(r.provider_id(), FieldKind::Id) {
            sink.push(Some(line), col, m);
            return None;
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
            findings: Vec::new(),
            cohort: None,
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
        Some(i)
    }

    /// Fold: the row's indicator (the one after the previous row's, or that one, before the
    /// index: rows usually list a provider's indicators in one order) and its observation,
    /// kept or folded into the cells.
    #[inline(always)]
    fn fold_row(
        &mut self,
        r: &RawRow,
        line: usize,
        pidx: u32,
        period: Period,
        (value, respondents): (Option<Decimal>, Option<u32>),
        sink: &mut ErrorSink,
    ) {
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
                    sink.push(Some(line), Some(Column::IndicatorId.display()), m);
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
            || crate::io::audit::sha256_hex(bytes),
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
        let providers = self.complete_providers(&mut sink);
        Self::report_repeated_rows(&self.observations, &mut sink);
        sink.finish()?;
        Ok(self.into_set(providers, fold))
    }

    /// The providers every attribute of which was given (a missing one is reported at the
    /// provider's first line, unless a wrong one was reported already).
    fn complete_providers(&self, sink: &mut ErrorSink) -> Vec<Provider> {
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
            req(d.service_type.is_some(), Column::ServiceType, sink);
            req(d.regi.is_some(), Column::Regi, sink);
            req(d.volume.is_some(), Column::Volume, sink);
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
                    findings: {
                        let mut f = d.findings.clone();
                        f.sort();
                        f
                    },
                    cohort: d.cohort.as_ref().map(|c| c.0.clone()),
                });
            }
        }
        providers
    }

    /// Reports every row that repeats another's provider × indicator × period, or whose
    /// months reach into another's of the same year.
    fn report_repeated_rows(observations: &[Observation], sink: &mut ErrorSink) {
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
        // they were added, see `settle`; `observations` is empty.)
        let mut keys: Vec<(u128, u32)> = observations
            .iter()
            .enumerate()
            .map(|(i, o)| (key(o), i as u32))
            .collect();
        keys.par_sort_unstable();
        // (earlier line, line, same period): one entry per offending row.
        let mut found: Vec<(u32, u32, bool)> = Vec::new();
        let obs = |k: usize| &observations[keys[k].1 as usize];
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
    }

    /// The result set: providers sorted by id, observations renumbered to them, and the
    /// folded cells (when folding) in the providers' order.
    fn into_set(mut self, providers: Vec<Provider>, fold: Option<Fold>) -> ResultSet {
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
        ResultSet {
            providers,
            indicators: self.indicators,
            observations,
            folded,
            source_file: self.file,
            source_sha256: String::new(),
            import_warnings: Vec::new(),
        }
    }
}

/// Check: a provider attribute against the one an earlier row gave (a conflict is reported
/// with both lines), or kept as the first.
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

/// Check: the provider attributes a row gives (name, service type, regi and amounts), each
/// against the provider's earlier rows; a wrong one marks the draft (see `had_error`).
#[inline(always)]
fn check_attributes(draft: &mut ProviderDraft, r: &RawRow, line: usize, sink: &mut ErrorSink) {
    let errors_before = sink.errors.len();
    let col = |c: Column| Some(c.display());
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
    // then: not parsed again (parsing allocated).
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
        check_amounts(draft, r, line, sink);
    }
    if !r.cohort().is_empty() && !same_text(&draft.cohort, r.cohort()) {
        match fields::check(r.cohort(), FieldKind::Id) {
            Ok(()) => set(
                &mut draft.cohort,
                r.cohort().to_string(),
                r.cohort(),
                line,
                Column::Cohort.display(),
                sink,
            ),
            Err(m) => sink.push(Some(line), col(Column::Cohort), m),
        }
    }
    if !r.finding().is_empty() || !r.finding_date().is_empty() {
        check_finding(draft, r, line, sink);
    }
    if sink.errors.len() != errors_before {
        draft.had_error = true;
    }
}

/// Check: the volume and the amounts of money a row gives (not negative, within bounds,
/// money in whole öre), each against the provider's earlier rows.
fn check_amounts(draft: &mut ProviderDraft, r: &RawRow, line: usize, sink: &mut ErrorSink) {
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
        let col = Some(column.display());
        match parse_number(text) {
            Ok(v) if v < Decimal::ZERO => sink.push(
                Some(line),
                col,
                FileErrorMsg::Negative {
                    text: text.to_string(),
                },
            ),
            Ok(v) if !bounds::amount_ok(v) => sink.push(
                Some(line),
                col,
                FileErrorMsg::OutOfBounds {
                    text: text.to_string(),
                    max: bounds::MAX_AMOUNT,
                },
            ),
            // Money (not the volume) in whole öre, as in a rule file.
            Ok(v) if column != Column::Volume && v.round_dp(2) != v => sink.push(
                Some(line),
                col,
                FileErrorMsg::NotWholeOre {
                    text: text.to_string(),
                },
            ),
            Ok(v) => set(slot, v, text, line, column.display(), sink),
            Err(e) => sink.push(Some(line), col, FileErrorMsg::Number(e)),
        }
    }
}

/// Check: a finding of supervision a row gives (its kind an id, its date `YYYY-MM-DD`, both
/// given); each distinct finding is kept once.
fn check_finding(draft: &mut ProviderDraft, r: &RawRow, line: usize, sink: &mut ErrorSink) {
    let (kind, date) = (r.finding(), r.finding_date());
    for (text, c) in [(kind, Column::Finding), (date, Column::FindingDate)] {
        if text.is_empty() {
            sink.push(Some(line), Some(c.display()), FileErrorMsg::EmptyField);
            return;
        }
    }
    if let Err(m) = fields::check(kind, FieldKind::Id) {
        sink.push(Some(line), Some(Column::Finding.display()), m);
        return;
    }
    let Some(date) = parse_date(date) else {
        sink.push(
            Some(line),
            Some(Column::FindingDate.display()),
            FileErrorMsg::BadDate {
                text: date.to_string(),
            },
        );
        return;
    };
    let f = Finding {
        kind: kind.to_string(),
        date,
    };
    if !draft.findings.contains(&f) {
        draft.findings.push(f);
    }
}

/// A date `YYYY-MM-DD` that exists in the calendar (read by `jiff`).
fn parse_date(text: &str) -> Option<Date> {
    let d: jiff::civil::Date = text.trim().parse().ok()?;
    (text.trim().len() == 10).then_some(Date {
        year: u16::try_from(d.year()).ok()?,
        month: d.month() as u8,
        day: d.day() as u8,
    })
}

/// Check: a row's value (blank: missing), within the bounds of a level.
#[inline(always)]
fn row_value(r: &RawRow, line: usize, sink: &mut ErrorSink) -> Option<Decimal> {
    if r.value().is_empty() {
        return None;
    }
    let col = Some(Column::Value.display());
    match parse_number(r.value()) {
        Ok(v) if !bounds::level_ok(v) => {
            sink.push(
                Some(line),
                col,
                FileErrorMsg::OutOfBounds {
                    text: r.value().to_string(),
                    max: bounds::MAX_LEVEL,
                },
            );
            None
        }
        Ok(v) => Some(v),
        Err(e) => {
            sink.push(Some(line), col, FileErrorMsg::Number(e));
            None
        }
    }
}

/// Check: a row's number of respondents (blank: not known), a whole number.
#[inline(always)]
fn row_respondents(r: &RawRow, line: usize, sink: &mut ErrorSink) -> Option<u32> {
    let text = r.respondents();
    if text.is_empty() {
        return None;
    }
    if text.len() <= 9 && text.bytes().all(|b| b.is_ascii_digit()) {
        // Plain digits (nearly every file): the same number without a Decimal.
        return text.parse::<u32>().ok();
    }
    match parse_number(text) {
        Ok(v) if v >= Decimal::ZERO && v.fract().is_zero() && v <= Decimal::from(u32::MAX) => {
            Some(rust_decimal::prelude::ToPrimitive::to_u32(&v).unwrap_or(u32::MAX))
        }
        _ => {
            sink.push(
                Some(line),
                Some(Column::Respondents.display()),
                FileErrorMsg::WholeNumber {
                    text: text.to_string(),
                },
            );
            None
        }
    }
}
