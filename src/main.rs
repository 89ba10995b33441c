//! Thin binary: the CLI, or the desktop app when no subcommand is given.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

/// jemalloc rather than glibc's allocator on Linux. glibc's heaps of the worker threads grow a
/// page or a few at a time, each step an `mprotect` (about 1 900 of them reading 1,2 M rows,
/// each taking the address space's lock the other core's page faults wait for), and every
/// allocation over its mmap threshold is mapped and unmapped afresh. Measured for `calc --out`
/// (2 cores, paired runs against glibc): 1,2 M rows 0,949 (41 pairs, median 0,193 → 0,175 s),
/// 12 M rows 0,954 (7 pairs), with the peak at 12 M rows as with glibc (229–242 MB) given the
/// decay below.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// jemalloc's options, read when it starts (`malloc_conf`; the `_RJEM_MALLOC_CONF` variable
/// still overrides them). Freed pages go back to the system within half a second rather than
/// ten: at 12 M rows the default kept the reading's freed memory while the calculation's was
/// new, a peak of 255–265 MB against 229–242 MB (`dirty_decay_ms:0`, giving each page back at
/// once, was 192 MB but 20 % slower).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[unsafe(export_name = "_rjem_malloc_conf")]
static MALLOC_CONF: Option<&'static std::ffi::c_char> =
    // SAFETY: a pointer to the first byte of a NUL-terminated static string, as jemalloc's
    // `const char *malloc_conf` is.
    Some(unsafe { &*c"dirty_decay_ms:500".as_ptr() });

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
    #[cfg(feature = "gui")]
    if let Some(locked) = locked_run_to_open(std::env::args_os().skip(1)) {
        return kvalitetspeng::ui::run_app_with_locked(locked);
    }
    kvalitetspeng::cli::main()
}

/// A locked run opened from the file manager (`kvalitetspeng C:\…\2025.kvp`, as the packages'
/// `.kvp` association starts it): the only argument, a `.kvp` file that exists. Anything else is
/// the command line's.
#[cfg(feature = "gui")]
fn locked_run_to_open(
    mut args: impl Iterator<Item = std::ffi::OsString>,
) -> Option<std::path::PathBuf> {
    let path = std::path::PathBuf::from(args.next()?);
    (args.next().is_none()
        && path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("kvp"))
        && path.is_file())
    .then_some(path)
}

#[cfg(all(test, feature = "gui"))]
mod tests {
    use super::locked_run_to_open;
    use std::ffi::OsString;

    #[test]
    fn only_a_lone_existing_kvp_file_opens_as_a_locked_run() {
        let dir = tempfile::tempdir().unwrap();
        let kvp = dir.path().join("2025.KVP");
        std::fs::write(&kvp, b"").unwrap();
        let args = |a: &[&std::path::Path]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            locked_run_to_open(args(&[&kvp]).into_iter()),
            Some(kvp.clone())
        );
        // A subcommand, a second argument, another kind of file or a missing one: the CLI's.
        let verify = std::path::Path::new("verify");
        assert_eq!(locked_run_to_open(args(&[verify, &kvp]).into_iter()), None);
        assert_eq!(locked_run_to_open(args(&[&kvp, &kvp]).into_iter()), None);
        assert_eq!(
            locked_run_to_open(args(&[&dir.path().join("x.kvp")]).into_iter()),
            None
        );
        assert_eq!(locked_run_to_open(args(&[dir.path()]).into_iter()), None);
        assert_eq!(locked_run_to_open(args(&[]).into_iter()), None);
    }
}
