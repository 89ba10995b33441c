//! Messages as data: what io can report about files and locked runs, below `src/words` so
//! that the words can word them without knowing io (see docs/architecture.md's layers).

pub mod archive;
pub mod file;
