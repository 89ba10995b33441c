//! Turning file bytes into text, and byte offsets into line numbers.
//!
//! One decoding decision per file, said out loud by [`Decoded::encoding`]:
//! - a BOM decides (UTF-8, UTF-16 LE/BE); a UTF-16 file without BOM is not accepted;
//! - else the whole file is valid UTF-8;
//! - else, if the file contains no valid UTF-8 sequence beyond ASCII at all, it is
//!   Windows-1252 (what Excel writes as "CSV" on Swedish Windows);
//! - a file that mixes valid UTF-8 sequences with invalid bytes is neither: an error names the
//!   line and the first invalid byte, rather than re-reading everything as Windows-1252 and
//!   producing mojibake ("AlmgÃ¥rden").

use std::borrow::Cow;

use super::error::FileErrorMsg;

/// The encoding a file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (BOM)",
            Encoding::Utf16Le => "UTF-16 LE",
            Encoding::Utf16Be => "UTF-16 BE",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// A decoded file.
#[derive(Debug, Clone)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: Encoding,
}

/// A decoding failure, located where that is possible.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodeError {
    /// 1-based line of the first bad byte.
    pub line: Option<usize>,
    pub msg: FileErrorMsg,
}

/// Decodes file bytes (see the module documentation for the rule).
///
/// ```
/// use kvalitetspeng::io::text::{decode, Encoding};
/// assert_eq!(decode(b"\xEF\xBB\xBFv\xC3\xA4rde").unwrap(), "värde");
/// assert_eq!(decode(b"v\xE4rde").unwrap(), "värde"); // Windows-1252
/// assert!(decode(b"v\xC3\xA4rde\nAlmg\xE5rden").is_err()); // UTF-8 and one stray byte
/// ```
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    decode_file(bytes).map(|d| d.text)
}

/// [`decode`], also telling which encoding was chosen.
pub fn decode_file(bytes: &[u8]) -> Result<Decoded<'_>, DecodeError> {
    let not_text = |line| DecodeError {
        line,
        msg: FileErrorMsg::NotText,
    };
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            let line = text.find('\u{FFFD}').map(|i| line_of(text.as_bytes(), i));
            return Err(not_text(line));
        }
        let encoding = if enc == encoding_rs::UTF_8 {
            Encoding::Utf8Bom
        } else if enc == encoding_rs::UTF_16LE {
            Encoding::Utf16Le
        } else {
            Encoding::Utf16Be
        };
        return Ok(Decoded {
            text: Cow::Owned(text.into_owned()),
            encoding,
        });
    }
    // A NUL byte means binary (or UTF-16 without its BOM), never a text file.
    if let Some(nul) = memchr::memchr(0, bytes) {
        return Err(not_text(Some(line_of(bytes, nul))));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: Cow::Borrowed(s),
            encoding: Encoding::Utf8,
        }),
        Err(e) => {
            let bad = e.valid_up_to();
            if has_utf8_sequence(&bytes[..bad]) || has_utf8_sequence(&bytes[bad..]) {
                return Err(DecodeError {
                    line: Some(line_of(bytes, bad)),
                    msg: FileErrorMsg::MixedEncoding {
                        byte: bytes[bad],
                        column: bad - line_start(bytes, bad) + 1,
                    },
                });
            }
            // Windows-1252 maps every byte; encoding_rs reports no errors for it.
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok(Decoded {
                text: Cow::Owned(text.into_owned()),
                encoding: Encoding::Windows1252,
            })
        }
    }
}

/// Whether `bytes` contain a valid UTF-8 sequence of two to four bytes.
fn has_utf8_sequence(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let len = match b {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => {
                i += 1;
                continue;
            }
        };
        if let Some(seq) = bytes.get(i..i + len)
            && std::str::from_utf8(seq).is_ok()
        {
            return true;
        }
        i += 1;
    }
    false
}

/// The offset where the line holding byte `offset` begins.
fn line_start(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset]
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map_or(0, |i| i + 1)
}

/// The 1-based line of byte `offset`, counting LF, CRLF and a lone CR each as one line end.
pub fn line_of(bytes: &[u8], offset: usize) -> usize {
    let mut c = LineCounter::default();
    c.line_at(bytes, offset)
}

/// Turns increasing byte offsets into 1-based line numbers in one pass over the text, whatever
/// its line ends (LF, CRLF or CR alone).
///
/// ```
/// use kvalitetspeng::io::text::LineCounter;
/// let text = b"a\r\nb\rc\nd";
/// let mut c = LineCounter::default();
/// assert_eq!(c.line_at(text, 3), 2); // after CRLF
/// assert_eq!(c.line_at(text, 5), 3); // after a lone CR
/// assert_eq!(c.line_at(text, 7), 4);
/// ```
#[derive(Debug, Clone, Default)]
pub struct LineCounter {
    pos: usize,
    ends: usize,
}

impl LineCounter {
    /// A counter that starts at byte `pos`, which is on line `line` (for a part of a text
    /// parsed on its own).
    pub fn starting_at(pos: usize, line: usize) -> Self {
        LineCounter {
            pos,
            ends: line.saturating_sub(1),
        }
    }

    /// The line of `offset`; offsets must not decrease between calls.
    pub fn line_at(&mut self, bytes: &[u8], offset: usize) -> usize {
        let mut offset = offset.min(bytes.len());
        // An offset on the LF of a CRLF (where csv puts a record that follows one) belongs to
        // the next line.
        if offset > 0 && bytes.get(offset) == Some(&b'\n') && bytes[offset - 1] == b'\r' {
            offset += 1;
        }
        if offset > self.pos {
            let chunk = &bytes[self.pos..offset];
            // memchr: counting byte by byte was 6 % of a 12 M-row import.
            let lf = memchr::memchr_iter(b'\n', chunk).count();
            // A CR counts unless an LF follows it (that pair is one line end).
            let lone_cr = memchr::memchr_iter(b'\r', chunk)
                .filter(|&i| bytes.get(self.pos + i + 1) != Some(&b'\n'))
                .count();
            self.ends += lf + lone_cr;
            self.pos = offset;
        }
        self.ends + 1
    }
}

/// The text with every line end (CRLF or a lone CR) made LF, for parsers that count only LF
/// (RON). Borrowed when there is no CR.
pub fn lf_line_ends(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_decision_per_file() {
        assert_eq!(decode_file(b"abc").unwrap().encoding, Encoding::Utf8);
        assert_eq!(
            decode_file(b"Alm\xE5rden").unwrap().encoding,
            Encoding::Windows1252
        );
        let e = decode_file(b"id;namn\r\nSB01;Alm\xC3\xA5rden\r\nSB02;Bj\xF6rk\r\n").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert_eq!(
            e.msg,
            FileErrorMsg::MixedEncoding {
                byte: 0xF6,
                column: 8
            }
        );
        assert_eq!(decode_file(b"a\0b").unwrap_err().msg, FileErrorMsg::NotText);
        assert_eq!(
            decode_file(b"\xFF\xFEa\x00").unwrap().encoding,
            Encoding::Utf16Le
        );
    }

    #[test]
    fn lines_for_every_line_end() {
        for nl in ["\n", "\r\n", "\r"] {
            let text = format!("a{nl}b{nl}{nl}c");
            let c_at = text.find('c').unwrap();
            assert_eq!(line_of(text.as_bytes(), c_at), 4, "{nl:?}");
        }
        assert_eq!(lf_line_ends("a\r\nb\rc"), "a\nb\nc");
    }
}
