//! Words for what the domain declares: any kind's name ([`Label`], `x.label(lang)`) and any
//! message with values ([`Text`], [`Lang::say`]), each value written as its kind says.

use super::Lang;
use crate::domain::feature::{Message, Named};
use crate::domain::payout::{Arg, Msg};
use crate::domain::rules::*;

/// A number without trailing zeros.
pub(super) fn n(d: rust_decimal::Decimal, lang: Lang) -> String {
    lang.words().number(d.normalize(), None)
}

/// Kronor: two decimals and " kr".
pub(super) fn kr(d: rust_decimal::Decimal, lang: Lang) -> String {
    format!("{} kr", lang.words().number(d, Some(2)))
}

/// A level with its unit: `92 %`, `10`.
fn level(d: rust_decimal::Decimal, unit: Unit, lang: Lang) -> String {
    format!("{}{}", n(d, lang), unit.suffix())
}

/// Any named kind ([`Named`]) in words: `x.label(lang)`. A name without values is the
/// language file's text itself (`&'static str`, no copy); one with values is written out.
pub trait Label {
    type Text;
    fn label(&self, lang: Lang) -> Self::Text;
}

impl<T: Named + ?Sized> Label for T
where
    T::Name: Name,
{
    type Text = <T::Name as Name>::Text;
    fn label(&self, lang: Lang) -> Self::Text {
        self.name().say(lang)
    }
}

/// A name as [`Named`] gives it: a message id, or a [`Msg`] with values.
pub trait Name {
    type Text;
    fn say(&self, lang: Lang) -> Self::Text;
}

impl Name for &'static str {
    type Text = &'static str;
    fn say(&self, lang: Lang) -> &'static str {
        lang.text(self)
    }
}

impl Name for Msg {
    type Text = String;
    fn say(&self, lang: Lang) -> String {
        lang.say_plain(self)
    }
}

/// Any message enum's message ([`Message`]) in words: `e.text(lang)`, its values written in
/// that language. Every message enum is worded so; none has a method of its own in `words`.
pub trait Text {
    fn text(&self, lang: Lang) -> String;
}

impl<T: Message + ?Sized> Text for T {
    fn text(&self, lang: Lang) -> String {
        lang.say_plain(&self.msg())
    }
}

/// What a [`Msg`]'s values may refer to beyond themselves: the scheme's volume unit and the
/// result as the explanation shows it.
#[derive(Clone, Copy, Default)]
struct Context<'a> {
    unit: Option<VolumeUnit>,
    result: Option<&'a str>,
}

/// A [`Msg`]'s values, each written into the text as its kind says.
struct Said<'a> {
    lang: Lang,
    msg: &'a Msg,
    context: Context<'a>,
}

impl super::catalog::Values for Said<'_> {
    fn write(&self, name: &str, out: &mut String) -> bool {
        let Some((_, arg)) = self.msg.args.iter().find(|(n, _)| *n == name) else {
            return false;
        };
        match arg {
            Arg::Result => out.push_str(self.context.result.unwrap_or_else(|| {
                debug_assert!(false, "a result in a sentence without one");
                ""
            })),
            Arg::Sign(s) => out.push_str(s),
            // Text as it is, or a fixed text: pushed as it stands (no copy of its own).
            Arg::Plain(s) => out.push_str(s),
            Arg::Text(id) => out.push_str(id.map_or("", |id| self.lang.text(id))),
            Arg::Count(n) => {
                use std::fmt::Write;
                write!(out, "{n}").expect("writing to a String");
            }
            Arg::List {
                items,
                sep,
                capital: false,
            } => {
                for (i, m) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(sep);
                    }
                    out.push_str(&self.lang.say_in(m, self.context));
                }
            }
            a => out.push_str(&self.lang.arg_in(a, self.context)),
        }
        true
    }

    fn each(&self, f: &mut dyn FnMut(&str, String)) {
        for (name, arg) in &self.msg.args {
            f(name, self.lang.arg_in(arg, self.context));
        }
    }
}

impl Lang {
    /// A rule module's sentence ([`Msg`]) in this language, for a scheme counting `unit`.
    pub fn say(self, m: &Msg, unit: VolumeUnit) -> String {
        let unit = Some(unit);
        self.say_in(m, Context { unit, result: None })
    }

    /// A rule module's sentence ([`Msg`]) that names no volume unit (a scoring mode's).
    pub fn say_plain(self, m: &Msg) -> String {
        self.say_in(m, Context::default())
    }

    /// A scoring mode's account ([`Msg`]) of how `result` (as shown) scored.
    pub fn say_result(self, m: &Msg, result: &str) -> String {
        let result = Some(result);
        self.say_in(m, Context { unit: None, result })
    }

    fn say_in(self, m: &Msg, context: Context<'_>) -> String {
        let msg = m;
        (self.catalog()).message(
            m.id,
            &Said {
                lang: self,
                msg,
                context,
            },
        )
    }

    fn arg_in(self, a: &Arg, context: Context<'_>) -> String {
        let unit = context.unit;
        let w = self.words();
        let no_unit = || {
            debug_assert!(false, "a volume unit in a sentence without one");
            String::new()
        };
        match a {
            Arg::Num(d) => w.number(*d, None),
            Arg::Trimmed(d) => n(*d, self),
            Arg::Num2(d) => w.number(*d, Some(2)),
            Arg::Fixed(d, dp) => w.number(*d, Some(*dp)),
            Arg::Kr(d) => kr(*d, self),
            Arg::Percent(d, dp) => format!("{} %", w.number(*d, Some(*dp))),
            Arg::Count(n) => n.to_string(),
            Arg::Sign(s) => s.to_string(),
            Arg::Result => context.result.unwrap_or_default().to_string(),
            Arg::UnitSingular => unit.map_or_else(no_unit, |u| self.text(u.singular_name()).into()),
            Arg::UnitLabel => unit.map_or_else(no_unit, |u| u.label(self).to_string()),
            Arg::ForUnit(m, u) => self.say(m, *u),
            Arg::Key(k, none) => k.map_or(*none, |k| k.label(self)).to_string(),
            Arg::Text(id) => id.map_or("", |id| self.text(id)).to_string(),
            Arg::Plain(s) => s.clone(),
            Arg::Level(d, u) => level(*d, *u, self),
            Arg::Exact(q) => super::exact_text(q, self),
            Arg::AtOrBeyondSign(dir) => dir.at_or_beyond_sign().to_string(),
            Arg::Peer(p) => p.label(self),
            Arg::List {
                items,
                sep,
                capital,
            } => {
                let parts: Vec<String> = items.iter().map(|m| self.say_in(m, context)).collect();
                let mut s = parts.join(sep);
                if *capital && let Some(first) = s.get_mut(0..1) {
                    first.make_ascii_uppercase();
                }
                s
            }
        }
    }
}

impl crate::domain::results::ImportWarning {
    /// The warning in words, located: `fil.json, post 3: …`.
    pub fn text(&self, lang: Lang) -> String {
        let w = lang.words();
        let mut s = self.file.clone();
        if let Some(p) = self.post {
            s.push_str(&msg!(w, "at-post", post = p));
        }
        s.push_str(": ");
        s.push_str(&self.kind.text(lang));
        s
    }
}
