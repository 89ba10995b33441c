//! Where words may live: the calculation core has none, and only the language files choose a
//! text by language. These read the source, so that a text spelled out in the wrong place
//! fails here rather than in a review.

use std::path::{Path, PathBuf};

fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The lines of a source file outside its `#[cfg(test)]` module and its comments.
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim_start() == "#[cfg(test)]" {
            break;
        }
        let t = line.trim_start();
        if t.starts_with("//") {
            continue;
        }
        out.push((i + 1, line.to_string()));
    }
    out
}

#[test]
fn the_calculation_core_has_no_words() {
    let mut found = Vec::new();
    for path in sources(&src().join("domain")) {
        for (n, line) in code_lines(&path) {
            if line.contains("words::") || line.contains("Lang") {
                found.push(format!("{}:{n}: {}", path.display(), line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the domain returns structured values; src/words words them:\n{}",
        found.join("\n")
    );
}

#[test]
fn only_the_language_files_choose_a_text_by_language() {
    let languages = src().join("words");
    let allowed = [
        languages.join("sv.rs"),
        languages.join("en.rs"),
        languages.join("mod.rs"),
    ];
    let arm = |l: &str| {
        ["Lang::Sv", "Lang::En"].iter().any(|lang| {
            l.contains(&format!("{lang} =>"))
                || l.contains(&format!(", {lang})"))
                || l.contains(&format!(", {lang},"))
                || l.contains(&format!("({lang},"))
        })
    };
    let mut found = Vec::new();
    for path in sources(&src()) {
        if allowed.contains(&path) {
            continue;
        }
        for (n, line) in code_lines(&path) {
            if arm(&line) || line.contains(".pick(\"") {
                found.push(format!("{}:{n}: {}", path.display(), line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "a text chosen by language outside src/words/{{sv,en}}.rs:\n{}",
        found.join("\n")
    );
}

#[test]
fn neither_language_file_holds_the_other_languages_words() {
    // Every language has every message (src/words/catalog.rs tests that); this checks they were
    // not filled by copying: a Swedish text with English-only words, or the reverse, is a slip.
    let file = |code: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/locales")
            .join(code)
            .join("kvalitetspeng.ftl");
        std::fs::read_to_string(path).unwrap()
    };
    let (sv, en) = (file("sv"), file("en"));
    let english_only = [" the ", " and ", " with ", " is not ", " must "];
    let swedish_only = [" och ", " inte ", " måste ", " för att ", " är "];
    let texts = |file: &str| -> Vec<String> {
        file.lines()
            .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
            .map(|l| format!(" {} ", l.to_lowercase()))
            .collect()
    };
    assert!(
        texts(&sv).len() > 400 && texts(&en).len() > 400,
        "the language files were not found"
    );
    for t in texts(&sv) {
        for w in english_only {
            assert!(!t.contains(w), "English in the Swedish file: {t}");
        }
    }
    for t in texts(&en) {
        for w in swedish_only {
            assert!(!t.contains(w), "Swedish in the English file: {t}");
        }
    }
}
