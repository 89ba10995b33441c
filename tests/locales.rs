//! The language files (`assets/locales/<code>/kvalitetspeng.ftl`): every language has the
//! same messages with the same variables, every fixed text (`Word`) is a message without
//! variables, and every message is one the program uses.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use kvalitetspeng::domain::cohort::Cohort;
use kvalitetspeng::domain::decide::param::{Field, Param};
use kvalitetspeng::domain::decide::rule_changes::{Change, Place};
use kvalitetspeng::domain::explanation::MoneyColumn;
use kvalitetspeng::domain::feature::{Arg, Message, Msg, Named};
use kvalitetspeng::domain::results::{Regi, ServiceType};
use kvalitetspeng::domain::rules::*;
use kvalitetspeng::domain::scorers::ScoringKind;
use kvalitetspeng::words::{Lang, Word};
use rust_decimal::Decimal;
use strum::{IntoEnumIterator, VariantArray};

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

/// The messages of the first language file, to check the ids the domain declares against.
struct Declared {
    messages: Vec<(Lang, BTreeMap<String, BTreeSet<String>>)>,
    problems: Vec<String>,
}

impl Declared {
    /// A message id without values (a name, a text chosen by case).
    fn id(&mut self, id: &str) {
        for (lang, all) in &self.messages {
            match all.get(id) {
                None => self
                    .problems
                    .push(format!("{}: no message {id}", lang.code())),
                Some(v) if !v.is_empty() => {
                    let code = lang.code();
                    self.problems
                        .push(format!("{code}: {id} has variables {v:?}"));
                }
                Some(_) => {}
            }
        }
    }

    /// A message with values: it exists, every variable it uses is given, and so on for the
    /// messages and ids in its values.
    fn msg(&mut self, m: &Msg) {
        for (lang, all) in &self.messages {
            match all.get(m.id) {
                None => self
                    .problems
                    .push(format!("{}: no message {}", lang.code(), m.id)),
                Some(vars) => {
                    for v in vars.iter().filter(|v| !m.args.iter().any(|(n, _)| n == v)) {
                        let code = lang.code();
                        self.problems
                            .push(format!("{code}: {} without a value for {v}", m.id));
                    }
                }
            }
        }
        for (_, a) in &m.args {
            self.arg(a);
        }
    }

    fn arg(&mut self, a: &Arg) {
        match a {
            Arg::List { items, .. } => items.iter().for_each(|m| self.msg(m)),
            Arg::ForUnit(m, _) => self.msg(m),
            Arg::Text(Some(id)) => self.id(id),
            Arg::Key(Some(k), _) => self.id(k.name()),
            Arg::Peer(p) => self.msg(&p.name()),
            _ => {}
        }
    }
}

/// A sample of every kind of [`Change`]: [`change_kind`] fails to compile on a new kind, and
/// this on a kind without a sample.
fn every_change(rules: &RuleSet) -> Vec<Change> {
    let scheme = &rules.schemes[0];
    let mut out = field_changes(scheme);
    out.extend(kind_changes(scheme));
    let kinds: BTreeSet<usize> = out.iter().map(change_kind).collect();
    assert_eq!(kinds.len(), 22, "a kind of change without a sample");
    out
}

/// Changes of one field each.
fn field_changes(scheme: &Scheme) -> Vec<Change> {
    let ind = scheme.indicators[0].clone();
    let d = Decimal::ONE;
    let mut out = vec![
        Change::Name {
            old: "a".into(),
            new: "b".into(),
        },
        Change::Municipality {
            old: "a".into(),
            new: "b".into(),
        },
        Change::Period {
            old: "a".into(),
            new: "b".into(),
        },
        Change::SchemeAdded(Box::new(scheme.clone())),
        Change::SchemeRemoved,
        Change::MinScore {
            old: None,
            new: Some(d),
        },
        Change::AllIndicatorsMet {
            old: false,
            new: true,
        },
        Change::Cap {
            old: None,
            new: Some(d),
        },
        Change::Budget {
            old: Some(d),
            new: None,
        },
        Change::Areas {
            old: Vec::new(),
            new: vec![Area {
                id: "a".into(),
                name: "A".into(),
                weight: d,
            }],
        },
        Change::Deductions {
            old: Vec::new(),
            new: scheme.deductions.clone(),
        },
        Change::FloorAtZero {
            old: true,
            new: false,
        },
        Change::IndicatorAdded(Box::new(ind.clone())),
        Change::IndicatorRemoved,
        Change::Weight { old: d, new: d },
        Change::MinRespondents {
            old: None,
            new: Some(5),
        },
        Change::Module(
            kvalitetspeng::domain::cohort::change(Cohort::ServiceType, Cohort::Regi).unwrap(),
        ),
    ];
    for old in MissingDataPolicy::iter() {
        let new = MissingDataPolicy::FallbackShare(d);
        out.push(Change::MissingData { old, new });
    }
    for (old, new) in Uncertainty::VARIANTS
        .iter()
        .zip(Uncertainty::VARIANTS.iter().rev())
    {
        for direction in Direction::VARIANTS {
            let indicator = Box::new(Indicator {
                direction: *direction,
                ..ind.clone()
            });
            let (old, new) = (*old, *new);
            out.push(Change::Uncertainty {
                old,
                new,
                indicator,
            });
        }
    }
    out
}

/// Every scoring mode, every payout base and every field of each.
fn kind_changes(scheme: &Scheme) -> Vec<Change> {
    let ind = scheme.indicators[0].clone();
    let d = Decimal::ONE;
    let mut out = Vec::new();
    for kind in ScoringKind::ALL {
        for direction in Direction::VARIANTS {
            let i = Indicator {
                direction: *direction,
                scoring: kind.default_scoring(d, "2024"),
                ..ind.clone()
            };
            out.push(Change::Scoring {
                old: Box::new(ind.clone()),
                new: Box::new(i),
            });
        }
    }
    for kind in PayoutKind::ALL {
        let mut new = scheme.clone();
        new.payout = kind.starting();
        for f in new.payout.clone().base_mut().fields() {
            let (old, value) = (f.value.arg(), f.value.arg());
            out.push(Change::PayoutField {
                label: f.label.clone(),
                change: f.change,
                old,
                new: value,
                unit: new.volume_unit,
            });
        }
        let old = Box::new(scheme.clone());
        out.push(Change::Payout {
            old,
            new: Box::new(new),
        });
    }
    out
}

/// A number for each kind of change.
fn change_kind(c: &Change) -> usize {
    match c {
        Change::Name { .. } => 0,
        Change::Municipality { .. } => 1,
        Change::Period { .. } => 2,
        Change::SchemeAdded(_) => 3,
        Change::SchemeRemoved => 4,
        Change::PayoutField { .. } => 5,
        Change::Payout { .. } => 6,
        Change::MinScore { .. } => 7,
        Change::AllIndicatorsMet { .. } => 8,
        Change::Cap { .. } => 9,
        Change::Budget { .. } => 10,
        Change::MissingData { .. } => 11,
        Change::Areas { .. } => 12,
        Change::Deductions { .. } => 13,
        Change::FloorAtZero { .. } => 14,
        Change::IndicatorAdded(_) => 15,
        Change::IndicatorRemoved => 16,
        Change::Weight { .. } => 17,
        Change::Scoring { .. } => 18,
        Change::MinRespondents { .. } => 19,
        Change::Uncertainty { .. } => 20,
        Change::Module(_) => 21,
    }
}

/// The message ids the domain declares (names of kinds, rule changes and their places, a
/// sweep parameter's name) are plain strings the compiler does not check: each resolves in
/// every language, with a value for each of its variables.
#[test]
fn every_message_the_domain_declares_is_in_every_language() {
    let mut d = Declared {
        messages: Lang::ALL.iter().map(|l| (*l, messages(*l))).collect(),
        problems: Vec::new(),
    };
    for id in Unit::VARIANTS.iter().map(Named::name) {
        d.id(id);
    }
    for id in Direction::VARIANTS.iter().map(Named::name) {
        d.id(id);
    }
    for u in VolumeUnit::VARIANTS {
        for id in [u.name(), u.short_name(), u.singular_name()] {
            d.id(id);
        }
    }
    for id in ServiceType::VARIANTS.iter().map(Named::name) {
        d.id(id);
    }
    for id in Regi::VARIANTS.iter().map(Named::name) {
        d.id(id);
    }
    for id in PotKey::VARIANTS.iter().map(Named::name) {
        d.id(id);
    }
    for u in Uncertainty::VARIANTS {
        for dir in Direction::VARIANTS {
            d.id((*u, *dir).name());
        }
    }
    for c in MoneyColumn::VARIANTS {
        for id in [c.name(), c.csv_header()] {
            d.id(id);
        }
    }
    for id in ScoringKind::ALL.iter().map(Named::name) {
        d.id(id);
    }
    for id in PayoutKind::ALL.iter().map(Named::name) {
        d.id(id);
    }
    for id in Cohort::ALL.iter().map(Named::name) {
        d.id(id);
    }
    for p in PeerLevel::iter() {
        d.msg(&p.name());
    }
    for p in MissingDataPolicy::iter() {
        d.msg(&p.name());
    }
    let rules = kvalitetspeng::io::rules_ron::parse_rules(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_data/worked_example_m/rules.ron"),
        )
        .unwrap(),
        "rules.ron",
    )
    .unwrap();
    for c in every_change(&rules) {
        d.msg(&c.msg());
    }
    let ind = rules.schemes[0].indicators[0].name.clone();
    for place in [
        Place::RuleSet,
        Place::Scheme(ServiceType::Sabo),
        Place::Indicator(ServiceType::Hemtjanst, ind),
    ] {
        d.msg(&place.msg());
    }
    for field in Field::iter() {
        for indicator in [None, Some(rules.schemes[0].indicators[0].id.clone())] {
            let service_type = ServiceType::Hemtjanst;
            let p = Param {
                service_type,
                indicator,
                field,
            };
            d.msg(&p.name(&rules));
        }
    }
    assert!(d.problems.is_empty(), "{}", d.problems.join("\n"));
}

/// The hand-written lists of a kind's values (the pickers' order) name every value the
/// compiler knows of, once: a value added to the enum and not to its list would be missing
/// from the editor.
#[test]
fn every_kind_lists_all_its_values() {
    fn same<T: PartialEq + std::fmt::Debug>(all: &[T], variants: &[T]) {
        assert_eq!(all.len(), variants.len(), "{variants:?}");
        assert!(variants.iter().all(|v| all.contains(v)), "{all:?}");
    }
    same(&Unit::ALL, Unit::VARIANTS);
    same(&Direction::ALL, Direction::VARIANTS);
    same(&VolumeUnit::ALL, VolumeUnit::VARIANTS);
    same(&ServiceType::ALL, ServiceType::VARIANTS);
    same(&Regi::ALL, Regi::VARIANTS);
    same(&PotKey::ALL, PotKey::VARIANTS);
    same(&Uncertainty::ALL, Uncertainty::VARIANTS);
}

/// The keys each selector of `id` chooses by, per variable (`[hour]`, `*[place]`, …), at any
/// depth.
fn selector_keys(lang: Lang, id: &str) -> BTreeMap<String, BTreeSet<String>> {
    fn walk(p: &Pattern<&str>, out: &mut BTreeMap<String, BTreeSet<String>>) {
        for e in &p.elements {
            if let PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } = e
            {
                if let InlineExpression::VariableReference { id } = selector {
                    let keys = out.entry(id.name.to_string()).or_default();
                    for v in variants {
                        keys.insert(match &v.key {
                            fluent_syntax::ast::VariantKey::Identifier { name } => name.to_string(),
                            fluent_syntax::ast::VariantKey::NumberLiteral { value } => {
                                value.to_string()
                            }
                        });
                    }
                }
                for v in variants {
                    walk(&v.value, out);
                }
            }
        }
    }
    let source = source(lang);
    let resource = fluent_syntax::parser::parse(source.as_str()).expect("a language file");
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry
            && m.id.name == id
            && let Some(p) = &m.value
        {
            walk(p, &mut out);
        }
    }
    out
}

/// A code the program chooses a wording by (a pot's key, a volume unit, why providers were not
/// paid) is a key of the message's selector in every language: a misspelt code would fall to
/// the default wording without a sound.
#[test]
fn every_code_a_selector_chooses_by_is_one_of_its_keys() {
    let pot_keys: BTreeSet<String> = PotKey::VARIANTS.iter().map(|k| k.code().into()).collect();
    let units: BTreeSet<String> = VolumeUnit::VARIANTS
        .iter()
        .map(|u| u.code().into())
        .collect();
    use kvalitetspeng::domain::explanation::PayoutStatus as S;
    use kvalitetspeng::domain::gate::{Date, Finding};
    let finding = Finding {
        kind: "ivo".into(),
        date: Date {
            year: 2025,
            month: 1,
            day: 1,
        },
    };
    // Every status, each way of not being paid by its own code (`other` for the rest).
    let statuses = [
        S::Paid,
        S::ZeroScore,
        S::BelowMinimumScore {
            min_percent: 40.into(),
        },
        S::NotAllIndicatorsMet,
        S::InsufficientData {
            usable: 1,
            indicators: 3,
            required: 2,
        },
        S::Barred { finding },
        S::Fallback {
            percent: 50.into(),
            previous_payout: None,
        },
    ];
    let not_paid: BTreeSet<String> = statuses
        .iter()
        .map(
            |s| match s.not_paid(1).args.iter().find(|(n, _)| *n == "status") {
                Some((_, Arg::Sign(code))) => code.to_string(),
                other => panic!("{s:?}: {other:?}"),
            },
        )
        .collect();
    for lang in Lang::ALL {
        let pot = selector_keys(lang, "payout-basis-pot");
        assert_eq!(pot.get("key"), Some(&pot_keys), "{}: pot keys", lang.code());
        assert_eq!(
            pot.get("unit"),
            Some(&units),
            "{}: volume units",
            lang.code()
        );
        let report = selector_keys(lang, "report-providers");
        assert_eq!(report.get("status"), Some(&not_paid), "{}", lang.code());
    }
}
