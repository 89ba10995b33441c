//! `kvalitetspeng standards --rules R --results-baseline B --out R2`: fixes the levels that a
//! rule file sets from a baseline period and writes them, with their record, to a new rule
//! file. Exit codes as `calc`: 0 ok, 1 the rules or the baseline cannot give the levels, 2 a
//! file could not be read or written.

use crate::words::Label as _;
use std::process::ExitCode;

use super::failed;
use crate::domain::feature::{Arg, Msg};
use crate::domain::standards::{Found, Role};
use crate::io::standards::{StandardsRequest, standards};
use crate::words::{Lang, Word};

/// Runs `standards`; prints each level found and where it came from.
pub fn run(req: &StandardsRequest<'_>, lang: Lang) -> ExitCode {
    match standards(req) {
        Ok(made) => {
            for f in &made.found {
                let ind = made
                    .rules
                    .scheme(f.scheme)
                    .and_then(|s| s.indicators.iter().find(|i| i.id == f.indicator));
                println!("{}", found_line(f, ind, lang));
            }
            super::print_rule_warnings(&made.warnings, lang);
            println!("{} {}", lang.word(Word::Wrote), req.out.display());
            ExitCode::SUCCESS
        }
        Err(f) => failed(f, lang),
    }
}

/// "hemtjänst / helhet: tröskel (ingen poäng) 77 % = 25:e percentilen av 2024 års resultat, 8
/// utförare", with the exact value when the level was rounded.
fn found_line(f: &Found, ind: Option<&crate::domain::rules::Indicator>, lang: Lang) -> String {
    let (Some(ind), role_id) = (
        ind,
        match f.role {
            Role::Threshold => "standard-role-threshold",
            Role::Benchmark => "standard-role-benchmark",
        },
    ) else {
        return String::new();
    };
    let st = ind.standard.as_ref();
    let how = st.and_then(|s| s.level(f.role)).cloned();
    let mut text = match how {
        Some(how) => lang.say_plain(&Msg::new(
            "prose-standard-level",
            vec![
                ("level", Arg::Level(f.level, ind.unit)),
                ("how", Arg::Peer(how)),
                (
                    "baseline",
                    Arg::Plain(st.map(|s| s.baseline_period.clone()).unwrap_or_default()),
                ),
                ("providers", Arg::Num(f.providers.into())),
            ],
        )),
        None => String::new(),
    };
    if crate::domain::exact::Q::from(f.level) != f.exact {
        let exact = crate::words::exact_text(&f.exact, lang);
        text.push_str(&lang.say_plain(&Msg::new(
            "standard-rounded",
            vec![("exact", Arg::Plain(exact))],
        )));
    }
    lang.say_plain(&Msg::new(
        "cli-standards-found",
        vec![
            ("scheme", Arg::Plain(f.scheme.label(lang).to_string())),
            ("indicator", Arg::Plain(f.indicator.clone())),
            ("role", Arg::Text(Some(role_id))),
            ("text", Arg::Plain(text)),
        ],
    ))
}
