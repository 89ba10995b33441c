//! The egui user interface.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::domain::Lang;

/// Starts the desktop app.
pub fn run_app(_rules: Option<PathBuf>, _results: Option<PathBuf>, _lang: Option<Lang>) -> ExitCode {
    eprintln!("Skrivbordsprogrammet kommer snart. Använd: kvalitetspeng calc --rules R.ron --results X.csv");
    ExitCode::from(2)
}
