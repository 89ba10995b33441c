//! Thin binary: the CLI, or the desktop app when no subcommand is given.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    // A release build on Windows has no console of its own (the app opens no console window);
    // a command started from a console prints to that console.
    #[cfg(all(windows, not(debug_assertions)))]
    if std::env::args_os().len() > 1 {
        // SAFETY: AttachConsole takes a process id and has no memory-safety preconditions; it
        // fails harmlessly when there is no parent console (e.g. started from Explorer).
        unsafe {
            windows_sys::Win32::System::Console::AttachConsole(
                windows_sys::Win32::System::Console::ATTACH_PARENT_PROCESS,
            );
        }
    }
    kvalitetspeng::cli::main()
}
