//! Reading and writing files. Everything here may do I/O; the domain does not.

pub mod atomic;
pub mod error;
pub mod export_csv;
pub mod results_csv;
pub mod rules_ron;
pub mod text;

use std::path::Path;

pub use error::{FileError, FileErrorMsg, ImportError};

use crate::domain::ResultSet;

/// The file name of a path, for messages.
pub fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads a results file, choosing the format by its extension (`.csv`, `.txt`).
pub fn read_results(path: &Path) -> Result<ResultSet, ImportError> {
    let name = display_name(path);
    let bytes = std::fs::read(path).map_err(|e| ImportError::single(FileError::io(&name, &e)))?;
    results_csv::parse_results(&bytes, &name)
}

/// Reads a rule file.
pub fn read_rules(path: &Path) -> Result<crate::domain::RuleSet, FileError> {
    let name = display_name(path);
    let bytes = std::fs::read(path).map_err(|e| FileError::io(&name, &e))?;
    let text = text::decode(&bytes).map_err(|m| FileError::new(&name, None, None, m))?;
    rules_ron::parse_rules(&text, &name)
}
