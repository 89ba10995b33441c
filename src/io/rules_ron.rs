//! Rule files in RON: reading with located errors, writing with a commented header.

use ron::extensions::Extensions;

use super::error::{FileError, FileErrorMsg};
use crate::domain::Lang;
use crate::domain::rules::{FORMAT_VERSION, RuleSet};

fn options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Finds `format_version: N` in the text without parsing the rest, so that a file from a newer
/// version is refused with a clear message even if its structure has changed.
fn declared_version(text: &str) -> Option<(u32, usize)> {
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if t.starts_with("//") {
            continue;
        }
        if let Some(pos) = t.find("format_version") {
            let rest = t[pos + "format_version".len()..]
                .trim_start()
                .strip_prefix(':')?
                .trim_start();
            let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
            return digits.parse().ok().map(|v| (v, i + 1));
        }
    }
    None
}

/// Parses a rule file. `file` is the name used in messages.
pub fn parse_rules(text: &str, file: &str) -> Result<RuleSet, FileError> {
    // RON counts only LF: with CR-only line ends a `//` comment would run to the end of the file.
    let text = &*super::text::lf_line_ends(text);
    if text.trim().is_empty() {
        return Err(FileError::new(file, None, None, FileErrorMsg::Empty));
    }
    if let Some((v, line)) = declared_version(text)
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
    options().from_str::<RuleSet>(text).map_err(|e| {
        FileError::new(
            file,
            Some(e.span.start.line),
            Some(e.span.start.col.to_string()),
            FileErrorMsg::Ron(ron_message(&e.code, Lang::Sv)),
        )
    })
}

/// A RON error in words. Custom messages from our own types are already bilingual.
pub fn ron_message(e: &ron::Error, lang: Lang) -> String {
    use ron::Error as E;
    let list = |v: &[&str]| {
        v.iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (e, lang) {
        (E::MissingStructField { field, outer }, Lang::Sv) => format!(
            "fältet `{field}` saknas i {}",
            outer.as_deref().unwrap_or("strukturen")
        ),
        (E::MissingStructField { field, outer }, Lang::En) => format!(
            "the field `{field}` is missing in {}",
            outer.as_deref().unwrap_or("the structure")
        ),
        (
            E::NoSuchStructField {
                expected,
                found,
                outer,
            },
            Lang::Sv,
        ) => format!(
            "okänt fält `{found}` i {} (förväntade något av {})",
            outer.as_deref().unwrap_or("strukturen"),
            list(expected)
        ),
        (
            E::NoSuchStructField {
                expected,
                found,
                outer,
            },
            Lang::En,
        ) => format!(
            "unknown field `{found}` in {} (expected one of {})",
            outer.as_deref().unwrap_or("the structure"),
            list(expected)
        ),
        (
            E::NoSuchEnumVariant {
                expected,
                found,
                outer,
            },
            Lang::Sv,
        ) => format!(
            "okänt värde `{found}` för {} (förväntade något av {})",
            outer.as_deref().unwrap_or("fältet"),
            list(expected)
        ),
        (
            E::NoSuchEnumVariant {
                expected,
                found,
                outer,
            },
            Lang::En,
        ) => format!(
            "unknown value `{found}` for {} (expected one of {})",
            outer.as_deref().unwrap_or("the field"),
            list(expected)
        ),
        (E::DuplicateStructField { field, .. }, Lang::Sv) => {
            format!("fältet `{field}` finns två gånger")
        }
        (E::DuplicateStructField { field, .. }, Lang::En) => {
            format!("the field `{field}` appears twice")
        }
        (E::Eof, _) => lang
            .pick(
                "filen tar slut mitt i (saknas en parentes?)",
                "the file ends too early (a missing bracket?)",
            )
            .into(),
        (E::Message(m), _) => m.clone(),
        (other, Lang::Sv) => format!("ogiltig RON: {other}"),
        (other, Lang::En) => format!("invalid RON: {other}"),
    }
}

const HEADER: &str = "\
// Kvalitetspeng – regelfil (format 1)
// Procentsatser skrivs i procent (vikt: 40 betyder 40 %). Decimaltal skrivs med punkt: 12.35.
// Format: se docs/rule-file.md. Filen kan redigeras för hand eller i programmet.
";

/// Writes a rule set as RON text with a short commented header.
pub fn to_ron_string(rules: &RuleSet) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_string())
        .extensions(Extensions::IMPLICIT_SOME);
    let body = options()
        .to_string_pretty(rules, config)
        .expect("rule sets always serialize");
    format!("{HEADER}{body}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newer_version_is_refused_with_line() {
        let e = parse_rules(
            "// x\nRuleSet(\n  format_version: 7,\n  whatever: 1)",
            "r.ron",
        )
        .unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(matches!(e.msg, FileErrorMsg::NewerFormat { found: 7, .. }));
    }
}
