//! Thin binary: the CLI, or the desktop app when no subcommand is given.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    kvalitetspeng::cli::main()
}
