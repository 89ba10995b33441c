//! The language files (`assets/locales/<code>/kvalitetspeng.ftl`, Project Fluent), embedded in
//! the binary and read once per language into a [`Catalog`].
//!
//! Values reach Fluent as text that the program formatted itself (exact numbers, see
//! [`NumberFormat`]); Fluent's own number formatting is never used, and its bidi isolation
//! marks are off so that outputs stay plain text. A message without selectors is resolved once
//! into a [`Template`] (text and the places of its variables), so that filling it costs no
//! more than a `format!`: some are filled for every indicator of every provider.

use rustc_hash::FxHashMap;
use std::fmt::{Display, Write};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use strum::VariantArray;

use super::Word;

/// How a language writes numbers (read from its file's `number-*` messages).
#[derive(Debug)]
pub(super) struct NumberFormat {
    /// The decimal sign.
    pub(super) decimal: char,
    /// Between thousands, or none.
    pub(super) group: Option<char>,
    /// Between thousands in an edit field (which reads it back), or none.
    pub(super) edit_group: Option<char>,
    /// The minus sign of a number a person reads (`−`, U+2212); programs read `-`.
    pub(super) minus: char,
}

/// A message's values by variable name: a list of named values, or a rule module's [`Msg`]
/// whose values are written straight into the text (no list is built for them).
pub(super) trait Values {
    /// Writes the value of variable `name` to `out`; false when there is none.
    fn write(&self, name: &str, out: &mut String) -> bool;
    /// Every value as text, for a message that goes through Fluent.
    fn each(&self, f: &mut dyn FnMut(&str, String));
}

impl Values for [(&str, &dyn Display)] {
    fn write(&self, name: &str, out: &mut String) -> bool {
        match self.iter().find(|(n, _)| *n == name) {
            Some((_, v)) => write!(out, "{v}").is_ok(),
            None => false,
        }
    }

    fn each(&self, f: &mut dyn FnMut(&str, String)) {
        for (name, value) in self {
            f(name, value.to_string());
        }
    }
}

/// A message resolved once: its text with the variables' places.
struct Template {
    pieces: Vec<Piece>,
    /// The length of its text without the values, for the filled text's first allocation.
    text_len: usize,
}

enum Piece {
    Text(String),
    Var(String),
}

/// Marks a variable's place while a template is resolved (a private-use character no message has).
const MARK: char = '\u{F8FF}';

/// One language's messages.
pub(super) struct Catalog {
    bundle: FluentBundle<FluentResource>,
    /// Every [`Word`], by its index.
    words: Vec<String>,
    /// Every message without selectors, by id.
    templates: FxHashMap<String, Template>,
    /// How this language writes numbers.
    pub(super) number_format: NumberFormat,
}

impl Catalog {
    /// Reads a language file; a file that does not parse is a build error of the program (the
    /// tests parse every language file), so it panics here.
    pub(super) fn new(tag: &str, source: &'static str) -> Catalog {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, e)| panic!("language file {tag} does not parse: {e:?}"));
        let langid = tag.parse().expect("a language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        let ids: Vec<String> = resource
            .entries()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("language file {tag} names a message twice: {e:?}"));
        let mut catalog = Catalog {
            bundle,
            words: Vec::new(),
            templates: FxHashMap::default(),
            number_format: NumberFormat {
                decimal: '.',
                group: None,
                edit_group: None,
                minus: '-',
            },
        };
        let templates = ids
            .into_iter()
            .filter_map(|id| Some((id.clone(), catalog.template(&id)?)))
            .collect();
        catalog.templates = templates;
        catalog.words = Word::VARIANTS
            .iter()
            .map(|w| catalog.message(w.into(), &[][..]))
            .collect();
        let sign = |id: &str| catalog.text(id).chars().next();
        catalog.number_format = NumberFormat {
            decimal: sign("number-decimal-sign").expect("a decimal sign"),
            group: sign("number-group-separator"),
            edit_group: sign("number-edit-group-separator"),
            minus: sign("number-minus-sign").expect("a minus sign"),
        };
        catalog
    }

    /// The message `id` resolved once, or `None` when it chooses by a selector or calls a
    /// function (then each use goes through Fluent).
    fn template(&self, id: &str) -> Option<Template> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut vars = Vec::new();
        if !plain_pattern(pattern, &mut vars) {
            return None;
        }
        let mut args = FluentArgs::new();
        for (i, v) in vars.iter().enumerate() {
            args.set(*v, FluentValue::from(format!("{MARK}{i}{MARK}")));
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors);
        if !errors.is_empty() {
            return None;
        }
        let mut pieces = Vec::new();
        for (k, part) in text.split(MARK).enumerate() {
            if k % 2 == 0 {
                if !part.is_empty() {
                    pieces.push(Piece::Text(part.to_string()));
                }
            } else {
                pieces.push(Piece::Var(vars[part.parse::<usize>().ok()?].to_string()));
            }
        }
        let text_len = pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.len(),
                Piece::Var(_) => 0,
            })
            .sum();
        Some(Template { pieces, text_len })
    }

    /// A fixed text.
    pub(super) fn word(&self, w: Word) -> &str {
        &self.words[w as usize]
    }

    /// The message `id` without values; a message the file lacks shows its id (the tests check
    /// that every language has every message).
    pub(super) fn text<'a>(&'a self, id: &'a str) -> &'a str {
        match self.templates.get(id).map(|t| t.pieces.as_slice()) {
            Some([Piece::Text(t)]) => t,
            Some([]) => "",
            _ => {
                debug_assert!(false, "no message {id} without values");
                id
            }
        }
    }

    /// The message `id` with its variables; each value is text already written for the reader.
    /// A message the file lacks shows its id (the tests check that every language has every
    /// message with the same variables).
    pub(super) fn message<V: Values + ?Sized>(&self, id: &str, args: &V) -> String {
        if let Some(t) = self.templates.get(id) {
            let mut out = String::with_capacity(t.text_len + 16 * t.pieces.len());
            for piece in &t.pieces {
                match piece {
                    Piece::Text(s) => out.push_str(s),
                    Piece::Var(name) => {
                        let found = args.write(name, &mut out);
                        debug_assert!(found, "message {id}: no value for {name}");
                    }
                }
            }
            return out;
        }
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            debug_assert!(false, "no message {id}");
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        args.each(&mut |name, value| fluent_args.set(name.to_string(), fluent_value(value)));
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        debug_assert!(errors.is_empty(), "message {id}: {errors:?}");
        text.into_owned()
    }
}

/// A value for Fluent: a count (a whole number written without separators or leading zeros,
/// as counts are) reaches it as a number, so that a selector chooses by its plural category
/// (`[one]`, `*[other]`); everything else as the text it is.
fn fluent_value(text: String) -> FluentValue<'static> {
    let count = !text.is_empty()
        && text.len() <= 15
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    match text.parse::<i64>() {
        Ok(n) if count => FluentValue::from(n),
        _ => FluentValue::from(text),
    }
}

/// Whether a pattern is text, variables and references to other messages only (no selector,
/// no function), collecting its variables.
fn plain_pattern<'s>(p: &ast::Pattern<&'s str>, vars: &mut Vec<&'s str>) -> bool {
    p.elements.iter().all(|e| match e {
        ast::PatternElement::TextElement { .. } => true,
        ast::PatternElement::Placeable { expression } => match expression {
            ast::Expression::Inline(i) => match i {
                ast::InlineExpression::VariableReference { id } => {
                    if !vars.contains(&id.name) {
                        vars.push(id.name);
                    }
                    true
                }
                ast::InlineExpression::StringLiteral { .. }
                | ast::InlineExpression::NumberLiteral { .. } => true,
                ast::InlineExpression::MessageReference { .. } => true,
                ast::InlineExpression::Placeable { expression } => matches!(
                    &**expression,
                    ast::Expression::Inline(ast::InlineExpression::StringLiteral { .. })
                ),
                _ => false,
            },
            ast::Expression::Select { .. } => false,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::super::Lang;

    /// A count chooses a message's singular or plural form; an id with a leading zero stays
    /// text.
    #[test]
    fn a_count_chooses_the_plural_form() {
        assert_eq!(
            super::fluent_value("1".into()),
            fluent_bundle::FluentValue::from(1)
        );
        assert_eq!(
            super::fluent_value("007".into()),
            fluent_bundle::FluentValue::from("007")
        );
        let w = Lang::En.words();
        assert_eq!(msg!(w, "table-providers", providers = &1), "1 provider");
        assert_eq!(msg!(w, "table-providers", providers = &2), "2 providers");
        assert_eq!(
            msg!(Lang::Sv.words(), "table-providers", providers = &1),
            "1 utförare"
        );
    }
}
