//! A result set written back in the import format (the export of results).

use rust_decimal::Decimal;

use super::Column;
use crate::domain::results::{Provider, ResultSet};

/// The rows of a result set in the import format (Swedish headers), providers' attributes on
/// every row; a provider without results gets one row with a blank indicator. Findings of
/// supervision (columns `tillsyn`, `tillsyn_datum`, written only when some provider has one)
/// get a row each with a blank indicator.
pub fn result_rows(set: &ResultSet) -> (Vec<&'static str>, Vec<Vec<Cell>>) {
    let findings = set.providers.iter().any(|p| !p.findings.is_empty());
    let cohorts = set.providers.iter().any(|p| p.cohort.is_some());
    let header: Vec<&'static str> = Column::ALL
        .iter()
        .filter(|c| findings || !matches!(c, Column::Finding | Column::FindingDate))
        .filter(|c| cohorts || **c != Column::Cohort)
        .map(|c| c.swedish_header())
        .collect();
    // The cohort cell after the others, when the column is written.
    let cohort = |r: &mut Vec<Cell>, p: &Provider| {
        if cohorts {
            r.push(p.cohort.clone().map_or(Cell::Empty, Cell::Text));
        }
    };
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
    // A row of the provider's attributes only: no period, no result, its amounts.
    let attributes_row = |p: &Provider| {
        let mut r = vec![Cell::Text(String::new())];
        r.extend(provider_cells(p));
        r.extend([Cell::Empty, Cell::Empty, Cell::Empty]);
        r.push(p.compensation.map_or(Cell::Empty, Cell::Number));
        r.push(p.previous_payout.map_or(Cell::Empty, Cell::Number));
        r.push(p.paid_so_far.map_or(Cell::Empty, Cell::Number));
        r
    };
    for (i, p) in set.providers.iter().enumerate() {
        if !has_obs[i] {
            let mut r = attributes_row(p);
            if findings {
                r.extend([Cell::Empty, Cell::Empty]);
            }
            cohort(&mut r, p);
            rows.push(r);
        }
        for f in &p.findings {
            let mut r = attributes_row(p);
            r.push(Cell::Text(f.kind.clone()));
            r.push(Cell::Text(f.date.to_string()));
            cohort(&mut r, p);
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
        if findings {
            r.extend([Cell::Empty, Cell::Empty]);
        }
        cohort(&mut r, p);
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
    let mut out = crate::io::export_csv::writer();
    crate::io::export_csv::write(&mut out, &header);
    for r in rows {
        crate::io::export_csv::write(
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
    crate::io::export_csv::finish(out)
}
