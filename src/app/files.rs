//! What the UI needs to know about files before and after an action, answered here so that the
//! UI never reads a file or names a file format itself (the arrow runs ui → app → io).

use std::path::{Path, PathBuf};

use crate::io;

use super::state::AppState;

/// A file's name as shown to the user.
pub fn display_name(path: &Path) -> String {
    io::display_name(path)
}

/// What importing a results file needs from the user before it can be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportNeeds {
    /// Nothing more: read it.
    Nothing,
    /// A workbook with several sheets: which one (their names).
    Sheet(Vec<String>),
    /// Kolada JSON: the mapping file from Kolada's KPI ids to the rules' indicators.
    Mapping,
}

/// What importing `path` needs, when `sheet` (if any) was already chosen. A workbook whose
/// sheets cannot be listed is read as it is, so that the reading reports why.
pub fn import_needs(path: &Path, sheet: Option<&str>) -> ImportNeeds {
    let kind = io::ResultsKind::of(path);
    if kind == Some(io::ResultsKind::Spreadsheet)
        && sheet.is_none()
        && let Ok(names) = io::read_input(path, io::MAX_RESULTS_BYTES)
            .map_err(|e| e.to_string())
            .and_then(|b| io::results_xlsx::sheet_names(&b))
        && names.len() > 1
    {
        return ImportNeeds::Sheet(names);
    }
    if kind == Some(io::ResultsKind::Kolada) {
        return ImportNeeds::Mapping;
    }
    ImportNeeds::Nothing
}

impl AppState {
    /// Imports results from `sheet` of a workbook or with a Kolada `mapping` (see
    /// [`Self::import_results_with`]).
    pub fn import_results_from(
        &mut self,
        path: &Path,
        sheet: Option<String>,
        mapping: Option<PathBuf>,
    ) -> bool {
        let opts = io::ResultsOptions { sheet, mapping };
        self.import_results_with(path, &opts)
    }

    /// Corrected results from `path` against the open locked run (see [`Self::correct_with`]).
    pub fn correct(&mut self, path: &Path) -> bool {
        self.correct_with(path, &io::ResultsOptions::default())
    }
}
