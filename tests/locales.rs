//! The language files (`assets/locales/<code>/kvalitetspeng.ftl`): every language has the
//! same messages with the same variables, every fixed text (`Word`) is a message without
//! variables, and every message is one the program uses.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use kvalitetspeng::words::{Lang, Word};
use strum::VariantArray;

/// A language's file as the program embeds it.
fn source(lang: Lang) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/locales")
        .join(lang.code())
        .join("kvalitetspeng.ftl");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every message of a language file with the variables it uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let source = source(lang);
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, e)| panic!("{} does not parse: {e:?}", lang.code()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            let id = m.id.name.to_string();
            assert!(out.insert(id.clone(), vars).is_none(), "{id} twice");
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, vars),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_language_has_the_same_messages_with_the_same_variables() {
    let first = messages(Lang::ALL[0]);
    for lang in &Lang::ALL[1..] {
        let other = messages(*lang);
        for (id, vars) in &first {
            match other.get(id) {
                None => panic!("{}: no message {id}", lang.code()),
                Some(v) => assert_eq!(v, vars, "{}: the variables of {id}", lang.code()),
            }
        }
        for id in other.keys() {
            assert!(
                first.contains_key(id),
                "{}: {id} only in this language",
                lang.code()
            );
        }
    }
}

#[test]
fn every_word_is_a_message_without_variables() {
    for lang in Lang::ALL {
        let all = messages(lang);
        for w in Word::VARIANTS {
            let id: &str = w.into();
            let vars = all
                .get(id)
                .unwrap_or_else(|| panic!("{}: no {id}", lang.code()));
            assert!(vars.is_empty(), "{}: {id} has variables", lang.code());
        }
    }
}

#[test]
fn every_header_message_has_its_columns() {
    for lang in Lang::ALL {
        let compare = kvalitetspeng::io::export_decide::compare_header(lang);
        assert!(compare.iter().all(|c| !c.is_empty()));
        let correction = kvalitetspeng::io::correction::correction_header(lang);
        assert!(correction.iter().all(|c| !c.is_empty()));
    }
}

/// Every Rust file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A message no code names is a text no one reads, which translators keep up for nothing:
/// every message is named in src, by its id in quotes or as its `Word` variant.
#[test]
fn every_message_is_used_by_the_program() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    // Every `"…"` of id characters and every `Word::…` in the code, collected once.
    let mut named = BTreeSet::new();
    for file in &files {
        let code = std::fs::read_to_string(file).expect("a source file");
        // Between any two quotes, whether or not they open a string: an id is never lost.
        for between in code.split('"') {
            if between
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                named.insert(between.to_string());
            }
        }
        for after in code.split("Word::").skip(1) {
            let end = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            named.insert(format!("Word::{}", &after[..end]));
        }
    }
    let unused: Vec<String> = messages(Lang::ALL[0])
        .into_keys()
        .filter(|id| {
            let camel: String = id
                .split('-')
                .map(|p| p[..1].to_ascii_uppercase() + &p[1..])
                .collect();
            !named.contains(id) && !named.contains(&format!("Word::{camel}"))
        })
        .collect();
    assert!(unused.is_empty(), "messages no code names: {unused:?}");
}
