//! Errors in input files: which file, which line/row and column, what was expected.

use crate::words::msg;
use std::fmt;

use crate::messages::file::AtColumn;
pub use crate::messages::file::{ChangedInput, FileErrorMsg, OutputProblem, SpecialFile};
use crate::words::{Lang, Text};

impl SpecialFile {
    pub fn of(ft: &std::fs::FileType) -> Self {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if ft.is_fifo() {
                return SpecialFile::Fifo;
            }
            if ft.is_char_device() || ft.is_block_device() {
                return SpecialFile::Device;
            }
            if ft.is_socket() {
                return SpecialFile::Socket;
            }
        }
        if ft.is_dir() {
            SpecialFile::Directory
        } else {
            SpecialFile::Other
        }
    }
}

/// An error located in a file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileError {
    pub file: String,
    /// 1-based line (text files) or row (spreadsheets).
    pub line: Option<usize>,
    /// Column name or 1-based column number.
    pub column: Option<String>,
    pub msg: FileErrorMsg,
}

impl FileError {
    pub fn new(file: &str, line: Option<usize>, column: Option<String>, msg: FileErrorMsg) -> Self {
        FileError {
            file: file.to_string(),
            line,
            column,
            msg,
        }
    }

    pub fn io(file: &str, e: &std::io::Error) -> Self {
        // The two causes a person can act on, in words; any other in the system's.
        let msg = match e.kind() {
            std::io::ErrorKind::NotFound => FileErrorMsg::NotFound,
            std::io::ErrorKind::PermissionDenied => FileErrorMsg::NoPermission,
            _ => FileErrorMsg::Io(e.to_string()),
        };
        FileError::new(file, None, None, msg)
    }

    /// A write that failed: the file and cause a [`super::atomic::WriteError`] names, with
    /// what was and was not written; any other error of a write of `file`, nothing written.
    pub fn write(file: &str, e: &std::io::Error) -> Self {
        match e
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<super::atomic::WriteError>())
        {
            Some(w) => FileError::of_write(w),
            None => FileError::new(file, None, None, FileErrorMsg::Write(e.to_string())),
        }
    }

    /// The located error of a failed write of one or several files.
    pub fn of_write(w: &super::atomic::WriteError) -> Self {
        use super::atomic::{Cause, Refusal};
        let problem = match &w.cause {
            Cause::Refused(Refusal::Symlink) => {
                OutputProblem::Symlink(w.file.display().to_string())
            }
            Cause::Refused(Refusal::NotRegular(kind)) => OutputProblem::NotRegular(*kind),
            Cause::Refused(Refusal::NameTooLong { length, limit }) => OutputProblem::NameTooLong {
                length: *length,
                limit: *limit,
            },
            Cause::Refused(Refusal::NoFolder(d)) => {
                OutputProblem::NoFolder(d.display().to_string())
            }
            Cause::Refused(Refusal::FolderNotWritable(d)) => {
                OutputProblem::FolderNotWritable(d.display().to_string())
            }
            Cause::Io(e) => OutputProblem::Io(e.to_string()),
        };
        let names = |v: &[std::path::PathBuf]| v.iter().map(|p| super::display_name(p)).collect();
        FileError::new(
            &super::display_name(&w.file),
            None,
            None,
            FileErrorMsg::NotWritten {
                problem,
                written: names(&w.written),
                not_written: names(&w.not_written),
            },
        )
    }

    /// `fil.csv, rad 5, kolumn ”värde”: …`
    pub fn text(&self, lang: Lang) -> String {
        let mut s = self.file.clone();
        if let Some(l) = self.line {
            s.push_str(&msg!(lang.words(), "at-line", line = l));
        }
        if let Some(c) = &self.column {
            s.push_str(&AtColumn(c).text(lang));
        }
        s.push_str(": ");
        s.push_str(&self.msg.text(lang));
        s
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for FileError {}

/// A failed import: every error found (up to a limit). Nothing of the file was imported.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    pub errors: Vec<FileError>,
}

impl ImportError {
    /// At most this many errors are kept; the rest are counted.
    pub const LIMIT: usize = 50;

    pub fn single(e: FileError) -> Self {
        ImportError { errors: vec![e] }
    }

    pub fn text(&self, lang: Lang) -> String {
        self.errors
            .iter()
            .map(|e| e.text(lang))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for ImportError {}

/// Collects errors up to [`ImportError::LIMIT`], counting the rest.
#[derive(Debug, Default)]
pub struct ErrorSink {
    pub errors: Vec<FileError>,
    more: usize,
    file: String,
}

impl ErrorSink {
    pub fn new(file: &str) -> Self {
        ErrorSink {
            errors: Vec::new(),
            more: 0,
            file: file.to_string(),
        }
    }

    pub fn push(&mut self, line: Option<usize>, column: Option<&str>, msg: FileErrorMsg) {
        if self.errors.len() < ImportError::LIMIT {
            self.errors.push(FileError::new(
                &self.file,
                line,
                column.map(str::to_string),
                msg,
            ));
        } else {
            self.more += 1;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn full(&self) -> bool {
        self.errors.len() >= ImportError::LIMIT
    }

    /// `Err` with every error if there was any.
    pub fn finish(mut self) -> Result<(), ImportError> {
        if self.errors.is_empty() {
            return Ok(());
        }
        if self.more > 0 {
            let more = self.more;
            self.errors.push(FileError::new(
                &self.file,
                None,
                None,
                FileErrorMsg::More { count: more },
            ));
        }
        Err(ImportError {
            errors: self.errors,
        })
    }
}
