//! What a rule feature's module (a payout base, a scoring mode) declares for the rest of the
//! program: its sentences as message ids with values ([`Msg`], worded by `words`) and its
//! editable fields ([`Field`], drawn by the editor), so that nothing else matches its variant.

use rust_decimal::Decimal;

use super::exact::Q;
use super::rules::{Direction, PeerLevel, PotKey, Step, Unit, VolumeUnit};

/// A sentence for a reader: a message id of the language files and its values, which
/// `words` formats by kind.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Msg {
        Msg { id, args }
    }
}

/// A message enum that says, where it is defined, which message it is and with what values
/// (`words` writes each value by its kind in the reader's language).
pub trait Message {
    fn msg(&self) -> Msg;
}

/// A kind a reader sees by its name (a unit, a service type, a money column): its name as a
/// message id without values (`&'static str`), or as a [`Msg`] where the name has a value (a
/// percentile). `words` says any of them as `x.label(lang)`.
pub trait Named {
    /// `&'static str` (a message id) or [`Msg`].
    type Name;
    fn name(&self) -> Self::Name;
}

/// A value in a [`Msg`], with how it is written.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A number as given (decimal comma, thousands space).
    Num(Decimal),
    /// A number without trailing zeros.
    Trimmed(Decimal),
    /// A number with two decimals.
    Num2(Decimal),
    /// A number with this many decimals.
    Fixed(Decimal, u32),
    /// Kronor: two decimals and " kr".
    Kr(Decimal),
    /// A percentage with this many decimals and " %".
    Percent(Decimal, u32),
    /// A count or another whole number, written as it is (no separators), so that a language
    /// file may choose a plural form by it.
    Count(u64),
    /// A sign, the same in every language (`≥`, `<`), or a key a language file's selector
    /// chooses by (not shown).
    Sign(&'static str),
    /// The result that counts, as the explanation shows it (the caller gives it).
    Result,
    /// The scheme's volume unit in the singular ("timme").
    UnitSingular,
    /// The scheme's volume unit as labelled ("Timmar").
    UnitLabel,
    /// A sentence said for a scheme counting this volume unit (a payout base's, in a
    /// comparison of two rule sets that may count in different units).
    ForUnit(Box<Msg>, VolumeUnit),
    /// A pot key's name, or this text when there is none.
    Key(Option<PotKey>, &'static str),
    /// The text of a message id without values ("" for none).
    Text(Option<&'static str>),
    /// Text as it is (e.g. a period the rule file names).
    Plain(String),
    /// A level of an indicator with its unit: `92 %`, `10`.
    Level(Decimal, Unit),
    /// `≥` / `≤`: at or beyond in the direction.
    AtOrBeyondSign(Direction),
    /// A peer level's name ("medelvärdet").
    Peer(PeerLevel),
    /// An exact number: its decimals when they end within ten places, else the fraction
    /// `n/d` (for whoever re-computes).
    Exact(Q),
    /// Sentences joined by `sep`, the first letter (ASCII) made upper case when `capital`.
    List {
        items: Vec<Msg>,
        sep: &'static str,
        capital: bool,
    },
}

impl Arg {
    /// An exact number rounded to at most `dp` decimals (half away from zero), trailing zeros
    /// dropped.
    pub fn rounded(q: &Q, dp: u32) -> Arg {
        Arg::Num(q.round_dp(dp).normalize())
    }

    /// An exact number as a reader sees it: its decimals when it has at most two, else
    /// rounded to two (half away from zero).
    pub fn at_most_two_decimals(q: &Q) -> Arg {
        match q.to_decimal_exact(2) {
            Some(d) => Arg::Num(d.normalize()),
            None => Arg::Num2(q.round_dp(2)),
        }
    }

    /// `part` of `whole` in percent with two decimals (`0,00` when the whole is zero).
    pub fn share(part: &Q, whole: &Q) -> Arg {
        let p = part.checked_div(whole).map(|s| s.percent(2));
        Arg::Num2(p.unwrap_or_default())
    }

    /// A score (0–1) as a percentage with two decimals, rounded half away from zero.
    pub fn score(score: &Q) -> Arg {
        Arg::Percent(score.percent(2), 2)
    }

    /// A sentence inside another.
    pub fn msg(m: Msg) -> Arg {
        Arg::List {
            items: vec![m],
            sep: "",
            capital: false,
        }
    }
}

/// What a field's value is, for the editor.
#[derive(Debug)]
pub enum Value<'a> {
    /// An amount in kronor.
    Amount(&'a mut Decimal),
    /// A rate in kronor (written with two decimals).
    Rate(&'a mut Decimal),
    /// A percentage or another plain number (written without trailing zeros).
    Percent(&'a mut Decimal),
    /// A whole number (e.g. decimals).
    Count(&'a mut u32),
    /// A pot key, maybe not chosen yet.
    Key(&'a mut Option<PotKey>),
    /// A level of an indicator.
    Level(&'a mut Decimal),
    /// A list of steps (level and credit), to change, remove from and add to, of an
    /// indicator of this direction.
    Steps(&'a mut Vec<Step>, Direction),
    /// A level taken from the peers' results.
    Peer(&'a mut PeerLevel),
    /// A short text (e.g. a period).
    Text(&'a mut String),
}

/// One editable field of a rule feature: its label (a [`Msg`]), an optional hover text
/// (message id) and its value to edit.
#[derive(Debug)]
pub struct Field<'a> {
    pub label: Msg,
    pub hover: Option<&'static str>,
    /// Distinguishes the field's widget from the others of its scheme or indicator.
    pub key: &'static str,
    /// The message id (values `old`, `new`) of a change of its value between two rule sets;
    /// `None`: "<label> <old> → <new>".
    pub change: Option<&'static str>,
    pub value: Value<'a>,
}

impl Value<'_> {
    /// The value as a [`Msg`] value, written as its kind is.
    pub fn arg(&self) -> Arg {
        match self {
            Value::Amount(d) | Value::Rate(d) => Arg::Num2(**d),
            Value::Percent(d) | Value::Level(d) => Arg::Trimmed(**d),
            Value::Count(n) => Arg::Num(Decimal::from(**n)),
            Value::Key(k) => Arg::Key(**k, "–"),
            Value::Text(t) => Arg::Plain(t.to_string()),
            Value::Peer(p) => Arg::Peer((*p).clone()),
            Value::Steps(steps, _) => Arg::List {
                items: steps
                    .iter()
                    .map(|s| {
                        Msg::new(
                            "scoring-short-step",
                            vec![
                                ("level", Arg::Num(s.level)),
                                ("credit", Arg::Num(s.credit_percent)),
                            ],
                        )
                    })
                    .collect(),
                sep: ", ",
                capital: false,
            },
        }
    }
}
