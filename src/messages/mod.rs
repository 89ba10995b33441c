//! Messages as data: what io can report about files and locked runs, below `src/words` so
//! that the words can word them without knowing io (see docs/architecture.md's layers).

pub mod archive;
pub mod file;

use crate::domain::feature::Arg;

/// Text as it is.
pub(crate) fn plain(s: &str) -> Arg {
    Arg::Plain(s.to_string())
}

/// A count, written as it is.
pub(crate) fn count(n: impl Into<u64>) -> Arg {
    Arg::Count(n.into())
}

/// A count of things in memory.
pub(crate) fn size(n: usize) -> Arg {
    Arg::Count(n as u64)
}
