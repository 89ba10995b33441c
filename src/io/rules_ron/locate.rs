//! Where in a rule file's text a rule-set problem is: the line and column of the field's key
//! inside its indicator, area, deduction, gate or scheme, else of that element's start, else none.
//!
//! The `ron` crate gives positions only of its errors, not of the values it read, so this is
//! a small structural scanner: it skips strings (with escapes), raw strings, char literals and
//! `//` and nested `/* */` comments, and tracks `(`/`[`/`{` nesting and `key:` names, so that
//! a key in a comment or a string is never taken. It runs only for a file that has problems.

use crate::domain::results::ServiceType;
use crate::domain::validation::{Element, ElementKind, Field, Problem, Severity};
use crate::messages::file::AtColumn;
use crate::words::{Lang, Text, msg};

/// A place in a text: 1-based line and column (in characters). Line ends are LF, CRLF or CR
/// alone, as when the file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// A problem of a rule file's rules and where in the file it is (none when it cannot be told
/// for certain).
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    pub problem: Problem,
    pub at: Option<Position>,
}

impl Located {
    /// `regler.ron, rad 27, kolumn 21: Hemtjänst › indikator ”ht_i01”: …`, the place left out
    /// when it is not known.
    pub fn text(&self, file: &str, lang: Lang) -> String {
        let mut s = file.to_string();
        if let Some(at) = self.at {
            s.push_str(&msg!(lang.words(), "at-line", line = at.line));
            s.push_str(&AtColumn(&at.column.to_string()).text(lang));
        }
        msg!(
            lang.words(),
            "rule-problem",
            at = s,
            text = problem_text(&self.problem, lang)
        )
    }
}

/// A rule problem and where in the rules it is, `Hemtjänst › indikator ”ht_i01”: …` (where
/// no file is about: a rule set decided or edited; [`Located::text`] with one).
pub fn problem_text(p: &Problem, lang: Lang) -> String {
    msg!(
        lang.words(),
        "rule-problem",
        at = p.location().text(lang),
        text = p.text(lang)
    )
}

/// A rule file's problems, each with its place in the text that was read (see
/// [`super::super::RuleText::locate`]): what a use case that failed on the rules carries, so
/// that the places are of the very text the rules came from.
#[derive(Debug, Clone, PartialEq)]
pub struct FileProblems {
    /// The file's name as shown.
    pub file: String,
    pub problems: Vec<Located>,
}

impl FileProblems {
    /// `problems` of the file `file` whose text is `text`, each located in it.
    pub fn new(file: &str, text: &str, problems: &[Problem]) -> Self {
        FileProblems {
            file: file.to_string(),
            problems: locate_all(text, problems),
        }
    }

    /// The errors among the problems.
    pub fn errors(&self) -> impl Iterator<Item = &Located> {
        self.problems
            .iter()
            .filter(|p| p.problem.severity == Severity::Error)
    }

    /// The warnings among the problems.
    pub fn warnings(&self) -> impl Iterator<Item = &Located> {
        self.problems
            .iter()
            .filter(|p| p.problem.severity == Severity::Warning)
    }
}

/// Each problem with its place in `text` (the rule file's text, decoded).
pub fn locate_all(text: &str, problems: &[Problem]) -> Vec<Located> {
    if problems.is_empty() {
        return Vec::new();
    }
    let root = scan(text);
    let offsets: Vec<Option<usize>> = problems
        .iter()
        .map(|p| root.as_ref().and_then(|r| locate_in(r, p)))
        .collect();
    let found: Vec<usize> = offsets.iter().flatten().copied().collect();
    let mut at = positions(text, &found).into_iter();
    problems
        .iter()
        .zip(offsets)
        .map(|(p, offset)| Located {
            problem: p.clone(),
            at: offset.and_then(|_| at.next()),
        })
        .collect()
}

/// The place in `text` of `problem`, or `None`.
pub fn locate(text: &str, problem: &Problem) -> Option<Position> {
    let root = scan(text)?;
    let offset = locate_in(&root, problem)?;
    positions(text, &[offset]).pop()
}

/// The byte offset of the problem's place in the scanned file.
fn locate_in(root: &Group, p: &Problem) -> Option<usize> {
    let Some(st) = p.scheme else {
        return field_key(root, root_keys(p.field));
    };
    // A scheme the file lists twice has no one place.
    if p.field == Field::Schemes {
        return None;
    }
    let scheme = the_scheme(root, st)?;
    let sg = scheme.group(Kind::Paren)?;
    if let Some(e) = &p.element {
        return element(sg, e).unwrap_or_else(|| field_key(sg, element_list(e.kind)));
    }
    let Some((index, id)) = &p.indicator else {
        return field_key(sg, scheme_keys(p.field)).or(Some(scheme.start));
    };
    let ind = sg
        .get("indicators")?
        .group(Kind::Bracket)?
        .entries
        .get(*index)?;
    let ig = ind.group(Kind::Paren)?;
    // The element at the index must be the problem's indicator (when its id can be compared).
    if let Some(written) = ig.get("id").and_then(|e| e.plain_string.as_deref())
        && written != id
    {
        return None;
    }
    field_key(ig, indicator_keys(p.field)).or(Some(ind.start))
}

/// The place of one area, deduction or gate in its scheme's group `sg`: its field's key, else
/// its start; `Some(None)` when the element written at its index is another (no place rather
/// than a wrong one), `None` when there is no such element written as a struct (its list's key
/// is then the place).
fn element(sg: &Group, e: &Element) -> Option<Option<usize>> {
    let list = element_list(e.kind)[0];
    let entry = sg.get(list)?.group(Kind::Bracket)?.entries.get(e.index)?;
    let g = entry.group(Kind::Paren)?;
    let name = match e.kind {
        ElementKind::Area => "id",
        ElementKind::Deduction => "indicator",
        ElementKind::Gate => "kind",
    };
    // The element at the index must be the problem's (when its name can be compared).
    if let Some(written) = g.get(name).and_then(|n| n.plain_string.as_deref())
        && written != e.id
    {
        return Some(None);
    }
    let key = e.key.and_then(|k| field_key(g, &[k]));
    Some(key.or(Some(entry.start)))
}

/// The key of the scheme's list of elements of `kind`.
fn element_list(kind: ElementKind) -> &'static [&'static str] {
    match kind {
        ElementKind::Area => &["areas"],
        ElementKind::Deduction => &["deductions"],
        ElementKind::Gate => &["gates"],
    }
}

/// The one element of `schemes` for the service type `st`.
fn the_scheme(root: &Group, st: ServiceType) -> Option<&Entry> {
    let name = ron::to_string(&st).ok()?;
    let list = root.get("schemes")?.group(Kind::Bracket)?;
    let mut found = list.entries.iter().filter(|e| {
        e.group(Kind::Paren)
            .and_then(|g| g.get("service_type"))
            .is_some_and(|t| t.ident.as_deref() == Some(name.as_str()))
    });
    match (found.next(), found.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// The offset of the first of `keys` written in `g`.
fn field_key(g: &Group, keys: &[&str]) -> Option<usize> {
    keys.iter()
        .find_map(|k| g.get(k))
        .and_then(|e| e.key.as_ref().map(|(_, at)| *at))
}

/// The keys of a field of the rule set itself.
fn root_keys(field: Field) -> &'static [&'static str] {
    match field {
        Field::FormatVersion => &["format_version"],
        Field::Period => &["period"],
        Field::Schemes => &["schemes"],
        Field::Name => &["name"],
        Field::Municipality => &["municipality"],
        Field::Corrections => &["corrections"],
        _ => &[],
    }
}

/// The keys of a field of a scheme (a weight at this level is the indicators' sum).
fn scheme_keys(field: Field) -> &'static [&'static str] {
    match field {
        Field::Indicators | Field::Weight => &["indicators"],
        Field::Payout => &["payout"],
        Field::Cap => &["cap"],
        Field::Budget => &["budget"],
        Field::Qualification => &["qualification"],
        Field::MissingData => &["missing_data"],
        Field::Area => &["areas"],
        Field::Deductions => &["deductions"],
        Field::Sufficiency => &["min_usable_indicators"],
        Field::Gates => &["gates"],
        Field::Advances => &["advances"],
        _ => &[],
    }
}

/// The keys of a field of an indicator.
fn indicator_keys(field: Field) -> &'static [&'static str] {
    match field {
        Field::Id => &["id"],
        Field::Name => &["name"],
        Field::Weight => &["weight"],
        Field::Levels => &["scoring"],
        Field::Area => &["area"],
        Field::Uncertainty => &["uncertainty"],
        Field::MinRespondents => &["min_respondents"],
        Field::ContractMinimum => &["contract_minimum"],
        Field::Standard => &["standard"],
        _ => &[],
    }
}

/// The line and column (1-based, in characters, as the `ron` crate counts them) of each byte
/// offset of `text`, in the order given, in one pass over the text: a file with thousands of
/// problems is read once, not once per problem (nor a long line once per problem).
fn positions(text: &str, offsets: &[usize]) -> Vec<Position> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let b = text.as_bytes();
    let mut out = vec![Position { line: 1, column: 1 }; offsets.len()];
    // The line and the characters before `at` on it; a byte order mark at the start is no
    // character of the first line (one anywhere else is, as `ron` counts it).
    let bom = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    let (mut line, mut column, mut at) = (1, 0, bom);
    for i in order {
        let offset = offsets[i].min(b.len());
        while at < offset {
            let c = b[at];
            if c == b'\n' || (c == b'\r' && b.get(at + 1) != Some(&b'\n')) {
                line += 1;
                column = 0;
            } else if c & 0xC0 != 0x80 {
                // The first byte of a character (not a UTF-8 continuation byte).
                column += 1;
            }
            at += 1;
        }
        out[i] = Position {
            line,
            column: column + 1,
        };
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Paren,
    Bracket,
    Brace,
}

/// A `( … )`, `[ … ]` or `{ … }` and its comma-separated entries.
#[derive(Debug, Default)]
struct Group {
    kind: Option<Kind>,
    entries: Vec<Entry>,
}

/// One entry of a group: `key: value` or a value alone, with what the scanner kept of it.
#[derive(Debug, Default)]
struct Entry {
    /// Offset of its first token (its key, if any).
    start: usize,
    key: Option<(String, usize)>,
    /// The value's tokens after the key.
    tokens: usize,
    /// The value when it is one identifier (an enum variant such as `Hemtjanst`).
    ident: Option<String>,
    /// The value when it is one string without escapes, its text.
    plain_string: Option<String>,
    /// The value's last group (`Scheme( … )` has one).
    group: Option<Group>,
}

impl Group {
    /// The entry with the key `key` (the first: a file that reads has each key once).
    fn get(&self, key: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.key.as_ref().is_some_and(|(k, _)| k == key))
    }
}

impl Entry {
    fn group(&self, kind: Kind) -> Option<&Group> {
        self.group.as_ref().filter(|g| g.kind == Some(kind))
    }
}

/// A token of RON: what the structure needs, everything else is `Other`.
#[derive(Debug, PartialEq)]
enum Token {
    Open(Kind),
    Close(Kind),
    Comma,
    Colon,
    Ident(String),
    /// A string without escapes, its text.
    PlainString(String),
    Other,
}

/// Nesting deeper than this is not followed (`ron` refuses far less deep files).
const MAX_DEPTH: usize = 256;

/// The file's top-level struct (`RuleSet( … )` or `( … )`), or `None` when the structure is
/// not what a rule file has.
fn scan(text: &str) -> Option<Group> {
    let tokens = tokenize(text)?;
    let mut it = tokens.into_iter().peekable();
    let top = group(&mut it, None, 0)?;
    if it.next().is_some() {
        return None;
    }
    top.entries
        .into_iter()
        .last()
        .and_then(|e| e.group)
        .filter(|g| g.kind == Some(Kind::Paren))
}

type Tokens = std::iter::Peekable<std::vec::IntoIter<(usize, Token)>>;

/// The entries up to the close of `kind` (or the end, at the top level).
fn group(it: &mut Tokens, kind: Option<Kind>, depth: usize) -> Option<Group> {
    if depth > MAX_DEPTH {
        return None;
    }
    let mut g = Group {
        kind,
        entries: Vec::new(),
    };
    let mut e: Option<Entry> = None;
    loop {
        let Some((at, t)) = it.next() else {
            // Unclosed, except at the top level.
            return kind.is_none().then(|| {
                g.entries.extend(e);
                g
            });
        };
        let cur = e.get_or_insert_with(|| Entry {
            start: at,
            ..Entry::default()
        });
        match t {
            Token::Close(k) if Some(k) == kind => {
                // (After a trailing comma there is no entry: an empty one would be placed at
                // the close.)
                g.entries
                    .extend(e.filter(|x| x.tokens > 0 || x.key.is_some()));
                return Some(g);
            }
            Token::Close(_) => return None,
            Token::Comma => g.entries.extend(e.take()),
            Token::Colon => {
                // `key:` — the one identifier so far becomes the key.
                match (cur.key.is_none() && cur.tokens == 1, cur.ident.take()) {
                    (true, Some(k)) => {
                        cur.key = Some((k, cur.start));
                        cur.tokens = 0;
                    }
                    _ => cur.tokens += 1,
                }
            }
            Token::Open(k) => {
                cur.group = Some(group(it, Some(k), depth + 1)?);
                cur.tokens += 1;
                cur.ident = None;
                cur.plain_string = None;
            }
            Token::Ident(name) => {
                cur.tokens += 1;
                cur.ident = (cur.tokens == 1).then_some(name);
                cur.plain_string = None;
            }
            Token::PlainString(s) => {
                cur.tokens += 1;
                cur.plain_string = (cur.tokens == 1).then_some(s);
                cur.ident = None;
            }
            Token::Other => {
                cur.tokens += 1;
                cur.ident = None;
                cur.plain_string = None;
            }
        }
    }
}

/// The tokens of `text` with their byte offsets; `None` for an unclosed string or comment.
fn tokenize(text: &str) -> Option<Vec<(usize, Token)>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        let token = match c {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && !matches!(b[i], b'\n' | b'\r') {
                    i += 1;
                }
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = block_comment_end(b, i)?;
                continue;
            }
            b'(' | b'[' | b'{' => {
                i += 1;
                Token::Open(kind_of(c))
            }
            b')' | b']' | b'}' => {
                i += 1;
                Token::Close(kind_of(c))
            }
            b',' => {
                i += 1;
                Token::Comma
            }
            b':' => {
                i += 1;
                Token::Colon
            }
            b'"' => {
                let (end, plain) = string_end(b, i)?;
                i = end;
                plain.map_or(Token::Other, |p| Token::PlainString(text[p].to_string()))
            }
            b'\'' => {
                i = char_end(b, i)?;
                Token::Other
            }
            b'b' if matches!(b.get(i + 1), Some(b'"' | b'\''))
                || (b.get(i + 1) == Some(&b'r') && raw_string_start(b, i + 1)) =>
            {
                // A byte string, byte char or raw byte string: as the same without the `b`.
                i += 1;
                continue;
            }
            b'r' if matches!(b.get(i + 1), Some(b'"' | b'#')) && raw_string_start(b, i) => {
                i = raw_string_end(b, i)?;
                Token::Other
            }
            _ if c == b'_' || c.is_ascii_alphabetic() || c == b'r' => {
                // (`r#name` is a raw identifier.)
                if b[i..].starts_with(b"r#") {
                    i += 2;
                }
                let name_start = i;
                while i < b.len() && (b[i] == b'_' || b[i].is_ascii_alphanumeric()) {
                    i += 1;
                }
                Token::Ident(text[name_start..i].to_string())
            }
            _ if c.is_ascii_whitespace() => {
                i += 1;
                continue;
            }
            _ => {
                // A number, a sign, a non-ASCII character (a BOM): not structure.
                i += text[i..].chars().next().map_or(1, char::len_utf8);
                Token::Other
            }
        };
        out.push((start, token));
    }
    Some(out)
}

fn kind_of(c: u8) -> Kind {
    match c {
        b'(' | b')' => Kind::Paren,
        b'[' | b']' => Kind::Bracket,
        _ => Kind::Brace,
    }
}

/// The end of a nested `/* … */` comment starting at `i`.
fn block_comment_end(b: &[u8], mut i: usize) -> Option<usize> {
    let mut depth = 0usize;
    while i < b.len() {
        if b[i..].starts_with(b"/*") {
            depth += 1;
            i += 2;
        } else if b[i..].starts_with(b"*/") {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return Some(i);
            }
        } else {
            i += 1;
        }
    }
    None
}

/// The end of the string starting at `i` (after its closing quote), and the range of its text
/// when it has no escapes.
fn string_end(b: &[u8], mut i: usize) -> Option<(usize, Option<std::ops::Range<usize>>)> {
    let start = i + 1;
    let mut escaped = false;
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => {
                escaped = true;
                i += 2;
            }
            b'"' => return Some((i + 1, (!escaped).then_some(start..i))),
            _ => i += 1,
        }
    }
    None
}

/// The end of the char literal starting at `i` (`'a'`, `'\''`, `'\u{e5}'`, `'å'`).
fn char_end(b: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    if b.get(i) == Some(&b'\\') {
        i += 2;
    } else {
        i += 1;
    }
    while i < b.len() && b[i] != b'\'' {
        i += 1;
    }
    (i < b.len()).then_some(i + 1)
}

/// Whether `r` at `i` starts a raw string (`r"`, `r#"`, `r##"` …) rather than `r#name`.
fn raw_string_start(b: &[u8], i: usize) -> bool {
    let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
    b.get(i + 1 + hashes) == Some(&b'"')
}

/// The end of the raw string starting at `i`: its closing quote and as many `#` as it opened with.
fn raw_string_end(b: &[u8], i: usize) -> Option<usize> {
    let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
    let mut j = i + 1 + hashes + 1;
    while j < b.len() {
        if b[j] == b'"'
            && b[j + 1..]
                .iter()
                .take(hashes)
                .filter(|&&c| c == b'#')
                .count()
                == hashes
        {
            return Some(j + 1 + hashes);
        }
        j += 1;
    }
    None
}

#[cfg(test)]
mod tests;
