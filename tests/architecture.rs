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
    // The list of languages (src/words/mod.rs) names each; texts are in the language files.
    let allowed = [languages.join("mod.rs")];
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
        "a text chosen by language in code (texts belong in assets/locales):\n{}",
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

/// The layers, lowest first: each may use those below it and nothing above. `cli` and `main`
/// start the program and may use everything; `generate` makes sample data from the domain.
const LAYERS: [&str; 6] = ["domain", "messages", "words", "io", "app", "ui"];

/// Whether `line` names `what` as a whole path (not `my_egui`, nor `crate::iox`), also inside
/// a `crate::{…}` group (`crate::{domain::x, io::y}` names `crate::io`).
fn names(line: &str, what: &str) -> bool {
    let whole = |text: &str, w: &str| {
        text.match_indices(w).any(|(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + w.len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    };
    if whole(line, what) {
        return true;
    }
    match (what.strip_prefix("crate::"), line.find("crate::{")) {
        (Some(module), Some(i)) => whole(&line[i + "crate::{".len()..], module),
        _ => false,
    }
}

/// What the code of `layer` under `root` (outside tests and comments) names of the layers
/// above it, of `cli` and `generate`, and of egui (only `ui` may draw). (file:line, what).
fn uses_above(root: &Path, layer: &str) -> Vec<(String, String)> {
    let rank = LAYERS.iter().position(|l| *l == layer).unwrap();
    let mut forbidden: Vec<String> = LAYERS[rank + 1..]
        .iter()
        .map(|l| format!("crate::{l}"))
        .chain(["crate::cli".into(), "crate::generate".into()])
        .collect();
    if layer != "ui" {
        forbidden.extend([
            "egui".into(),
            "eframe".into(),
            "egui_extras".into(),
            "rfd".into(),
        ]);
    }
    let mut found = Vec::new();
    for path in sources(&root.join(layer)) {
        for (n, line) in code_lines(&path) {
            for f in &forbidden {
                if names(&line, f) {
                    found.push((format!("{}:{n}", path.display()), f.clone()));
                }
            }
        }
    }
    found
}

/// Uses that still run against the layers, to be removed as the layers are put right (issue
/// 33); none may be added. Each is (file, what it names).
const KNOWN: &[(&str, &str)] = &[];

#[test]
fn every_layer_uses_only_the_layers_below_it() {
    let mut found = Vec::new();
    let mut seen = vec![false; KNOWN.len()];
    for layer in LAYERS {
        for (at, what) in uses_above(&src(), layer) {
            match KNOWN
                .iter()
                .position(|(file, w)| at.contains(&format!("{file}:")) && *w == what)
            {
                Some(k) => seen[k] = true,
                None => found.push(format!("{at}: {layer} uses {what}")),
            }
        }
    }
    // An exception no longer needed is taken off the list, so that it cannot come back.
    for (k, (file, what)) in KNOWN.iter().enumerate() {
        if !seen[k] {
            found.push(format!(
                "{file} no longer uses {what}: remove it from KNOWN"
            ));
        }
    }
    assert!(
        found.is_empty(),
        "layers, lowest first: {LAYERS:?}; each may use only those below it (and only ui \
         draws with egui):\n{}",
        found.join("\n")
    );
}

/// The check sees each kind of forbidden use (so that the test above can fail), and not a
/// use in a comment, a test module, or of a lower layer.
#[test]
fn the_layer_check_sees_every_forbidden_use() {
    let root = tempfile::tempdir().unwrap();
    let write = |layer: &str, text: &str| {
        std::fs::create_dir_all(root.path().join(layer)).unwrap();
        std::fs::write(root.path().join(layer).join("probe.rs"), text).unwrap();
    };
    write(
        "domain",
        "use crate::io::x;\nuse crate::{exact::Q, words::Lang};\n// crate::app\nfn f() { my_egui(); }\n",
    );
    write("words", "fn f() { crate::domain::g(); egui::Ui::h(); }\n");
    write(
        "app",
        "fn f() -> crate::ui::X { todo!() }\n#[cfg(test)]\nmod t { use crate::ui; }\n",
    );
    write("ui", "use egui::Ui;\nuse crate::app::X;\n");
    let what = |layer: &str| -> Vec<String> {
        uses_above(root.path(), layer)
            .into_iter()
            .map(|(at, w)| format!("{}:{w}", at.rsplit('/').next().unwrap()))
            .collect()
    };
    assert_eq!(
        what("domain"),
        ["probe.rs:1:crate::io", "probe.rs:2:crate::words"]
    );
    assert_eq!(what("words"), ["probe.rs:1:egui"]);
    assert_eq!(what("app"), ["probe.rs:1:crate::ui"]);
    assert!(what("ui").is_empty());
}
