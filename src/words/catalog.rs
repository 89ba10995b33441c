//! The language files (`assets/locales/<code>/kvalitetspeng.ftl`, Project Fluent), embedded in
//! the binary and read once per language into a [`Catalog`]: the Fluent bundle for messages
//! with values, and every fixed text ([`Word`]) resolved once, so that a label costs an index.
//!
//! Values reach Fluent as text that the program formatted itself (exact numbers, see
//! [`super::number`]); Fluent's own number formatting is never used, and its bidi isolation
//! marks are off so that outputs stay plain text.

use std::fmt::Display;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use strum::VariantArray;

use super::Word;

/// One language's messages.
pub(super) struct Catalog {
    bundle: FluentBundle<FluentResource>,
    /// Every [`Word`], by its index.
    words: Vec<String>,
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
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("language file {tag} names a message twice: {e:?}"));
        let mut catalog = Catalog {
            bundle,
            words: Vec::new(),
        };
        catalog.words = Word::VARIANTS
            .iter()
            .map(|w| catalog.message(w.into(), &[]))
            .collect();
        catalog
    }

    /// A fixed text.
    pub(super) fn word(&self, w: Word) -> &str {
        &self.words[w as usize]
    }

    /// The message `id` with its variables; each value is text already written for the reader.
    /// A message the file lacks shows its id (the tests check that every language has every
    /// message with the same variables).
    pub(super) fn message(&self, id: &str, args: &[(&str, &dyn Display)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            debug_assert!(false, "no message {id}");
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(value.to_string()));
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        debug_assert!(errors.is_empty(), "message {id}: {errors:?}");
        text.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use strum::VariantArray;

    use super::super::{Lang, Word};

    /// Every message of a language file with the variables it uses.
    fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let resource = fluent_syntax::parser::parse(lang.source())
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
}
