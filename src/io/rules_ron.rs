//! Rule files in RON: reading with located errors, writing with a commented header.

pub mod locate;

use ron::extensions::Extensions;

use super::error::{FileError, FileErrorMsg};
use crate::domain::rules::{FORMAT_VERSION, RuleSet};

fn options() -> ron::Options {
    // Payout bases and scoring modes are newtype variants holding their module's struct:
    // unwrapped, they read and write exactly as the struct variants they were.
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_default_extension(Extensions::UNWRAP_VARIANT_NEWTYPES)
}

/// The RON text with comments (`//`, nested `/* */`) and the insides of strings blanked out
/// (newlines kept), so that searches see only code at the same byte offsets.
fn code_only(text: &str) -> Vec<u8> {
    blanked(text, true)
}

/// `text` with its comments blanked, and the insides of its strings too if `strings`.
fn blanked(text: &str, strings: bool) -> Vec<u8> {
    let b = text.as_bytes();
    let mut out = b.to_vec();
    let blank = |out: &mut Vec<u8>, i: usize| {
        if !matches!(out[i], b'\n' | b'\r') {
            out[i] = b' ';
        }
    };
    let blank_str = |out: &mut Vec<u8>, i: usize| {
        if strings {
            blank(out, i)
        }
    };
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            while i < b.len() && !matches!(b[i], b'\n' | b'\r') {
                blank(&mut out, i);
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            let mut depth = 0usize;
            while i < b.len() {
                if b[i..].starts_with(b"/*") {
                    depth += 1;
                    blank(&mut out, i);
                    blank(&mut out, i + 1);
                    i += 2;
                } else if b[i..].starts_with(b"*/") {
                    depth -= 1;
                    blank(&mut out, i);
                    blank(&mut out, i + 1);
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, i);
                    i += 1;
                }
            }
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' && i + 1 < b.len() {
                    blank_str(&mut out, i);
                    i += 1;
                }
                blank_str(&mut out, i);
                i += 1;
            }
            i += 1;
        } else {
            i += 1;
        }
    }
    out
}

/// Finds `format_version: N` in the code (not in comments or strings) without parsing the
/// rest, so that a file from a newer version is refused with a clear message even if its
/// structure has changed.
fn declared_version(code: &[u8]) -> Option<(u32, usize)> {
    let key = b"format_version";
    let pos = code.windows(key.len()).position(|w| w == key)?;
    let rest = &code[pos + key.len()..];
    let rest = rest
        .trim_ascii_start()
        .strip_prefix(b":")?
        .trim_ascii_start();
    let digits: String = rest
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .map(|&c| c as char)
        .collect();
    let line = super::text::line_of(code, pos);
    digits.parse().ok().map(|v| (v, line))
}

/// RON hands decimal literals to serde as `f64`, so `50.00000000000000001` would arrive as 50.
/// Every decimal literal whose `f64` is not exactly the written number is put in quotes, where
/// the rule file's number fields read it exactly (they accept numbers and numeric strings).
/// Integers (no point, no exponent) go through serde as integers and are left alone.
/// Returns the text and the spans (byte ranges of `text`) put in quotes.
fn quote_inexact_numbers<'a>(
    text: &'a str,
    code: &[u8],
) -> (std::borrow::Cow<'a, str>, Vec<(usize, usize)>) {
    use std::str::FromStr;
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let starts = (code[i].is_ascii_digit()
            || (matches!(code[i], b'-' | b'+') && code.get(i + 1).is_some_and(u8::is_ascii_digit)))
            && (i == 0
                || !(code[i - 1].is_ascii_alphanumeric()
                    || code[i - 1] == b'_'
                    || code[i - 1] == b'.'));
        if !starts {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < code.len()
            && (code[i].is_ascii_alphanumeric()
                || matches!(code[i], b'.' | b'_')
                || (matches!(code[i], b'+' | b'-') && matches!(code[i - 1], b'e' | b'E')))
        {
            i += 1;
        }
        let lit = &text[start..i];
        if !lit.contains(['.', 'e', 'E']) || lit.contains('_') {
            continue;
        }
        let exact = rust_decimal::Decimal::from_str(lit)
            .or_else(|_| rust_decimal::Decimal::from_scientific(lit));
        let via_f64 = lit
            .parse::<f64>()
            .ok()
            .and_then(|f| rust_decimal::Decimal::from_str(&format!("{f}")).ok());
        // A literal too large for a decimal is left to the number field's own message.
        if let (Ok(a), Some(b)) = (exact, via_f64)
            && a != b
        {
            spans.push((start, i));
        }
    }
    if spans.is_empty() {
        return (std::borrow::Cow::Borrowed(text), spans);
    }
    let mut out = String::with_capacity(text.len() + 2 * spans.len());
    let mut last = 0;
    for &(a, b) in &spans {
        out.push_str(&text[last..a]);
        out.push('"');
        out.push_str(&text[a..b]);
        out.push('"');
        last = b;
    }
    out.push_str(&text[last..]);
    (std::borrow::Cow::Owned(out), spans)
}

/// The column in the file of column `col` of line `line` (1-based, in characters, as `ron`
/// gives them) of `quoted`, the file's text (LF line ends) with `spans` of it put in quotes:
/// each quote before the place on its line is taken off.
fn unquoted_column(quoted: &str, spans: &[(usize, usize)], line: usize, col: usize) -> usize {
    if spans.is_empty() {
        return col;
    }
    let line_start: usize = quoted
        .split('\n')
        .take(line.saturating_sub(1))
        .map(|l| l.len() + 1)
        .sum();
    let Some(rest) = quoted.get(line_start..) else {
        return col;
    };
    let at: usize = line_start
        + rest
            .chars()
            .take(col.saturating_sub(1))
            .map(char::len_utf8)
            .sum::<usize>();
    // Span k's quotes stand at a + 2k and b + 2k + 1 of the quoted text.
    let mut quotes = 0;
    for (k, &(a, b)) in spans.iter().enumerate() {
        let (open, close) = (a + 2 * k, b + 2 * k + 1);
        if open >= at {
            break;
        }
        if open >= line_start {
            quotes += if close < at { 2 } else { 1 };
        }
    }
    col.saturating_sub(quotes).max(1)
}

/// Parses a rule file. `file` is the name used in messages.
pub fn parse_rules(text: &str, file: &str) -> Result<RuleSet, FileError> {
    // RON counts only LF: with CR-only line ends a `//` comment would run to the end of the file.
    let text = &*super::text::lf_line_ends(text);
    if text.trim().is_empty() {
        return Err(FileError::new(file, None, None, FileErrorMsg::Empty));
    }
    let code = code_only(text);
    if let Some((v, line)) = declared_version(&code)
        && v > FORMAT_VERSION
    {
        return Err(FileError::new(
            file,
            Some(line),
            Some("format_version".into()),
            FileErrorMsg::NewerFormat {
                found: v,
                supported: FORMAT_VERSION,
            },
        ));
    }
    let (quoted, spans) = quote_inexact_numbers(text, &code);
    options().from_str::<RuleSet>(&quoted).map_err(|e| {
        let (line, col) = (e.span.start.line, e.span.start.col);
        FileError::new(
            file,
            Some(line),
            Some(unquoted_column(&quoted, &spans, line, col).to_string()),
            FileErrorMsg::Ron(e.code),
        )
    })
}

const HEADER: &str = "\
// Kvalitetspeng – regelfil (format 1)
// Procentsatser skrivs i procent (vikt: 40 betyder 40 %). Decimaltal skrivs med punkt: 12.35.
// Format: se docs/rule-file.md. Filen kan redigeras för hand eller i programmet.
";

/// The comments of a rule file, as far as a save by the app can keep them: the comment lines
/// before its first code (where municipalities keep decision notes) are kept; comments after
/// that are not (the rules are written again from their values).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Comments {
    /// The file's lines before its first code (comments and blank lines), as written.
    pub header: String,
    /// The file has comments after its first code, which a save loses.
    pub inner: bool,
}

/// The comments of a rule file's text (see [`Comments`]).
pub fn comments(text: &str) -> Comments {
    let code = blanked(text, false);
    // The first line with code: everything before it is comments and blank lines.
    let start = code
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(code.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let header = text[..line_start].to_string();
    let rest = &text.as_bytes()[line_start..];
    let inner = rest
        .iter()
        .zip(&code[line_start..])
        .any(|(t, c)| t != c && !t.is_ascii_whitespace());
    Comments { header, inner }
}

/// Writes a rule set as RON text with a short commented header.
pub fn to_ron_string(rules: &RuleSet) -> String {
    to_ron_string_keeping(rules, None)
}

/// Writes a rule set as RON text under the comments its file began with (`header`), or the
/// short generic header when there were none.
pub fn to_ron_string_keeping(rules: &RuleSet, kept: Option<&Comments>) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_string())
        .extensions(Extensions::IMPLICIT_SOME);
    let body = options()
        .to_string_pretty(rules, config)
        .expect("rule sets always serialize");
    let header = kept
        .map(|c| c.header.as_str())
        .filter(|h| h.contains("//") || h.contains("/*"))
        .unwrap_or(HEADER);
    format!("{header}{body}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_files_leading_comments_are_kept_and_inner_ones_noticed() {
        let text =
            "// Beslut ÄN 2026-03-12 §14\n\n/* rättad */\nRuleSet( // inne\n  name: \"a // b\")";
        let c = comments(text);
        assert_eq!(c.header, "// Beslut ÄN 2026-03-12 §14\n\n/* rättad */\n");
        assert!(c.inner);
        let c = comments("// bara överst\nRuleSet(name: \"x // y\", n: 1)\n");
        assert_eq!(c.header, "// bara överst\n");
        assert!(!c.inner, "a // in a string is not a comment");
        let c = comments("RuleSet()");
        assert_eq!((c.header.as_str(), c.inner), ("", false));
    }

    #[test]
    fn newer_version_is_refused_with_line() {
        let e = parse_rules(
            "// x\nRuleSet(\n  format_version: 7,\n  whatever: 1)",
            "r.ron",
        )
        .unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(matches!(e.msg, FileErrorMsg::NewerFormat { found: 7, .. }));
        // A comment or a string that mentions a version is not the file's version.
        let code = code_only(
            "/* format_version: 9 */ R(name: \"format_version: 8\", format_version: 1) // format_version: 7",
        );
        assert_eq!(declared_version(&code), Some((1, 1)));
    }

    #[test]
    fn inexact_decimal_literals_are_read_exactly() {
        let text =
            "(a: 50.00000000000000001, b: 12.5, c: 10, d: \"x 0.1\", e: -0.30000000000000001)";
        let (q, _) = quote_inexact_numbers(text, &code_only(text));
        assert_eq!(
            q,
            "(a: \"50.00000000000000001\", b: 12.5, c: 10, d: \"x 0.1\", e: \"-0.30000000000000001\")"
        );
    }

    /// A syntax error's column is of the file as written, not of the text with its inexact
    /// numbers quoted: after two of them on its line, and after one on an earlier line.
    #[test]
    fn a_syntax_error_after_quoted_numbers_has_the_files_column() {
        let a = include_str!("../../sample_data/worked_example_a/rules.ron");
        let line = "                    weight: 50.00000000000000001, source: \"P\", \
                    scoring: Threshold(level: 70.00000000000000001) x,";
        let mut lines: Vec<&str> = a.lines().collect();
        assert!(lines[19].contains("weight: 50") && lines[28].contains("weight: 50"));
        lines[19] = "                    weight: 50.00000000000000001,";
        lines[28] = line;
        lines.remove(30);
        lines.remove(29);
        let e = parse_rules(&lines.join("\n"), "r.ron").unwrap_err();
        let x = line.find(" x,").unwrap() + 2;
        assert_eq!(e.line, Some(29));
        assert_eq!(e.column, Some(x.to_string()));
    }
}
