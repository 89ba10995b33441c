//! `kvalitetspeng compare`, `solve` and `sweep`: decision support on the command line.
//! Exit codes as `calc`: 0 ok, 1 the rules (or the question) cannot be used, 2 a file could
//! not be read or written.

use crate::words::Label as _;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use rust_decimal::Decimal;

use crate::domain::decide::compare::{Comparison, compare, share_providers};
use crate::domain::decide::param::Param;
use crate::domain::decide::solve::{RateKind, SolveError, solve_budget};
use crate::domain::decide::sweep::sweep;
use crate::domain::decimal::parse_number;
use crate::domain::{Calculation, ResultSet, RuleSet, ServiceType};
use crate::io::usecase;
use crate::io::{self, export_decide};
use crate::words::Text;
use crate::words::number::format_number_lang;
use crate::words::{Lang, Word, msg};

fn error(lang: Lang, text: &str) {
    eprintln!("{}: {text}", lang.word(Word::Error));
}

fn need<'a>(p: Option<&'a Path>, what: &str, lang: Lang) -> Result<&'a Path, ExitCode> {
    p.ok_or_else(|| {
        error(lang, &msg!(lang.words(), "cli-decide-command-needs", what));
        ExitCode::from(2)
    })
}

/// Reads a rule file, keeping its text: a problem of its rules is located in it.
fn load_rules(path: &Path, lang: Lang) -> Result<io::RuleText, ExitCode> {
    io::read_rule_text(path).map_err(|e| {
        error(lang, &e.text(lang));
        ExitCode::from(2)
    })
}

/// The results for calculations with `rules` (and variations of them, which keep their
/// periods): streamed and folded into their periods where that can be done (see
/// [`io::read_results_for_periods`]), else read whole, as when a rule set has errors (they are
/// reported when it is calculated).
fn load_results(
    path: &Path,
    opts: &io::ResultsOptions,
    rules: &[&RuleSet],
    lang: Lang,
) -> Result<ResultSet, ExitCode> {
    let read = usecase::read_results_for_rules(path, opts, rules);
    read.map_err(|e| {
        for err in &e.errors {
            error(lang, &err.text(lang));
        }
        ExitCode::from(2)
    })
}

fn calculate(
    read: &io::RuleText,
    results: &ResultSet,
    lang: Lang,
) -> Result<Calculation, ExitCode> {
    // (A comparison reads the providers' results only.)
    let detail = crate::domain::explanation::Detail::Providers;
    let calc = crate::domain::decide::Evaluator::new(results).calculate_detail(&read.rules, detail);
    calc.map_err(|problems| {
        super::print_rule_errors(&read.locate(&problems), lang);
        ExitCode::from(1)
    })
}

/// Prints why `solve` has no answer: the rules' errors each located in the rule file read,
/// else the reason; the exit code 1.
fn solve_failed(e: SolveError, read: &io::RuleText, lang: Lang) -> ExitCode {
    match e {
        SolveError::Invalid(problems) => super::print_rule_errors(&read.locate(&problems), lang),
        e => error(lang, &e.text(lang)),
    }
    ExitCode::from(1)
}

/// The audit rows of a decision export (see [`usecase::decision_audit`]).
fn audit_rows(inputs: &[(&str, &Path, &str)]) -> export_decide::AuditRows {
    usecase::decision_audit(inputs)
}

/// Writes an export (CSV with its audit companion, or XLSX) after checking that it replaces
/// no input.
fn write_export(
    out: &Path,
    inputs: &[&Path],
    csv: impl FnOnce() -> Vec<u8>,
    xlsx: impl FnOnce() -> Result<Vec<u8>, rust_xlsxwriter::XlsxError>,
    rows: &export_decide::AuditRows,
    lang: Lang,
) -> Result<(), ExitCode> {
    let is_xlsx = io::is_xlsx(out);
    let files = if is_xlsx {
        let bytes = xlsx().map_err(|e| {
            error(
                lang,
                &io::FileError::new(
                    &io::display_name(out),
                    None,
                    None,
                    io::FileErrorMsg::Write(e.to_string()),
                )
                .text(lang),
            );
            ExitCode::from(2)
        })?;
        vec![(out.to_path_buf(), bytes)]
    } else {
        vec![
            (out.to_path_buf(), csv()),
            (
                io::audit::companion_path(out),
                export_decide::audit_csv(rows),
            ),
        ]
    };
    usecase::write_outputs(inputs, &files, Vec::new()).map_err(|e| {
        error(lang, &e.text(lang));
        ExitCode::from(2)
    })?;
    println!("{} {}", lang.word(Word::Wrote), out.display());
    Ok(())
}

/// The process exit code of a command's result.
fn exit_code(r: Result<(), ExitCode>) -> ExitCode {
    r.err().unwrap_or(ExitCode::SUCCESS)
}

fn kr(d: Decimal, lang: Lang) -> String {
    format_number_lang(d, Some(2), lang)
}

fn signed(d: Decimal, lang: Lang) -> String {
    let s = kr(d, lang);
    if d > Decimal::ZERO {
        format!("+{s}")
    } else if d.is_zero() {
        format!("±{s}")
    } else {
        s
    }
}

/// The comparison as text: one line per provider that changed (or exists on one side only),
/// then the totals and counts.
pub fn comparison_text(c: &Comparison, lang: Lang) -> String {
    use crate::domain::decide::compare::StatusChange;
    let mut out = String::new();
    let w_name = c
        .providers
        .iter()
        .map(|d| super::printable(&d.name, 40).chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    let _ = writeln!(
        out,
        "{:<10} {:<w_name$} {:>16} {:>16} {:>14} {:>8}  {}",
        lang.word(Word::Id),
        lang.word(Word::Provider),
        "A kr",
        "B kr",
        "Δ kr",
        "Δ %",
        lang.word(Word::Status)
    );
    for d in &c.providers {
        let pct = d
            .delta_percent()
            .map(|p| format_number_lang(p, Some(1), lang))
            .unwrap_or_default();
        let status = if d.change == StatusChange::Unchanged {
            String::new()
        } else {
            export_decide::change_text(d.change, lang).to_string()
        };
        let _ = writeln!(
            out,
            "{:<10} {:<w_name$} {:>16} {:>16} {:>14} {:>8}  {}",
            super::printable(&d.id, 10),
            super::printable(&d.name, 40),
            d.a.map(|a| kr(a, lang)).unwrap_or_else(|| "–".into()),
            d.b.map(|b| kr(b, lang)).unwrap_or_else(|| "–".into()),
            signed(d.delta(), lang),
            pct,
            status
        );
    }
    out.push('\n');
    for (label, t) in export_decide::totals_rows(c, lang) {
        let _ = writeln!(
            out,
            "{:<w$} {:>16} {:>16} {:>14}",
            label,
            kr(t.a, lang),
            kr(t.b, lang),
            signed(t.delta(), lang),
            w = 11 + w_name
        );
    }
    let _ = writeln!(
        out,
        "{}",
        msg!(
            lang.words(),
            "cli-decide-gain-lose-unchanged-only-in",
            gains = c.gains,
            loses = c.loses,
            unchanged = c.unchanged,
            only_in_a = c.only_in_a,
            only_in_b = c.only_in_b
        )
    );
    out
}

/// `kvalitetspeng compare`.
pub fn run_compare(
    rules_a: Option<&Path>,
    rules_b: Option<&Path>,
    results_a: Option<&Path>,
    results_b: Option<&Path>,
    opts: &io::ResultsOptions,
    out: Option<&Path>,
    lang: Lang,
) -> ExitCode {
    let run = || -> Result<(), ExitCode> {
        let rules_a = need(rules_a, "--rules", lang)?;
        let results_a = need(results_a, "--results", lang)?;
        if rules_b.is_none() && results_b.is_none() {
            error(lang, lang.word(Word::CompareNeedsRulesB));
            return Err(ExitCode::from(2));
        }
        let rules_b = rules_b.unwrap_or(rules_a);
        let results_b = results_b.unwrap_or(results_a);
        let read_a = load_rules(rules_a, lang)?;
        let read_b = load_rules(rules_b, lang)?;
        let (ra, sha_ra) = (&read_a.rules, read_a.sha256.as_str());
        let (rb, sha_rb) = (&read_b.rules, read_b.sha256.as_str());
        // One file is read once, for both rule sets.
        let (xa, other) = if results_b == results_a {
            (load_results(results_a, opts, &[ra, rb], lang)?, None)
        } else {
            let xa = load_results(results_a, opts, &[ra], lang)?;
            (xa, Some(load_results(results_b, opts, &[rb], lang)?))
        };
        let xb = other.as_ref().unwrap_or(&xa);
        let ca = calculate(&read_a, &xa, lang)?;
        let cb = calculate(&read_b, xb, lang)?;
        if !share_providers(&ca, &cb) {
            // Blamed on the rule files when they differ and share no service type, or when
            // they are what differs; else on the results files.
            let types = |r: &RuleSet| -> Vec<ServiceType> {
                r.schemes.iter().map(|s| s.service_type).collect()
            };
            let (ta, tb) = (types(ra), types(rb));
            let shared = ta.iter().any(|t| tb.contains(t));
            let text = if rules_a != rules_b && (!shared || results_a == results_b) {
                let labels = |ts: &[ServiceType]| {
                    ts.iter()
                        .map(|t| t.label(lang).to_lowercase())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let (rules_a, rules_b) = (io::display_name(rules_a), io::display_name(rules_b));
                if shared {
                    msg!(
                        lang.words(),
                        "cli-decide-rules-share-no-provider",
                        rules_a,
                        rules_b
                    )
                } else {
                    msg!(
                        lang.words(),
                        "cli-decide-rules-share-no-service-type",
                        rules_a,
                        rules_b,
                        a = labels(&ta),
                        b = labels(&tb)
                    )
                }
            } else {
                msg!(
                    lang.words(),
                    "cli-decide-and-share-no-provider-the",
                    results_a = &io::display_name(results_a),
                    results_b = &io::display_name(results_b)
                )
            };
            error(lang, &text);
            return Err(ExitCode::from(1));
        }
        let c = compare(&ca, &cb);
        print!("{}", comparison_text(&c, lang));
        if let Some(out) = out {
            let rows = audit_rows(&[
                ("regelfil_a", rules_a, sha_ra),
                ("regelfil_b", rules_b, sha_rb),
                ("resultatfil_a", results_a, &xa.source_sha256),
                ("resultatfil_b", results_b, &xb.source_sha256),
            ]);
            let mut inputs = vec![rules_a, rules_b, results_a, results_b];
            inputs.extend(opts.mapping.as_deref());
            write_export(
                out,
                &inputs,
                || export_decide::compare_csv(&c, lang),
                || export_decide::compare_xlsx(&c, &rows, lang),
                &rows,
                lang,
            )?;
        }
        Ok(())
    };
    exit_code(run())
}

fn parse_scheme(s: &str, lang: Lang) -> Result<ServiceType, ExitCode> {
    ServiceType::ALL
        .into_iter()
        .find(|st| st.path_name() == s.to_lowercase() || ServiceType::parse(s) == Some(*st))
        .ok_or_else(|| {
            error(
                lang,
                &msg!(
                    lang.words(),
                    "cli-decide-unknown-scheme-write-hemtjanst-or",
                    s
                ),
            );
            ExitCode::from(1)
        })
}

fn parse_amount(s: &str, what: &str, lang: Lang) -> Result<Decimal, ExitCode> {
    parse_number(s).map_err(|e| {
        error(
            lang,
            &msg!(
                lang.words(),
                "cli-bad-number",
                problem = &e.text(lang),
                option = what
            ),
        );
        ExitCode::from(1)
    })
}

/// `sweep --steps`: a whole number 2–1 000 (read here rather than by clap, so that `-1` or
/// `abc` gets this message in the chosen language, not clap's `unexpected argument`).
fn parse_steps(s: &str, lang: Lang) -> Result<usize, ExitCode> {
    use crate::domain::decide::sweep::MAX_STEPS;
    s.trim()
        .parse::<usize>()
        .ok()
        .filter(|n| (2..=MAX_STEPS).contains(n))
        .ok_or_else(|| {
            let max = format_number_lang(Decimal::from(MAX_STEPS as u64), Some(0), lang);
            let got = super::printable(s, 40);
            error(lang, &msg!(lang.words(), "cli-sweep-steps", got, max));
            ExitCode::from(1)
        })
}

/// `kvalitetspeng solve`.
#[allow(clippy::too_many_arguments)]
pub fn run_solve(
    rules: Option<&Path>,
    results: Option<&Path>,
    opts: &io::ResultsOptions,
    scheme: Option<&str>,
    budget: &str,
    apply: bool,
    out: Option<&Path>,
    lang: Lang,
) -> ExitCode {
    let run = || -> Result<(), ExitCode> {
        let rules_path = need(rules, "--rules", lang)?;
        let results_path = need(results, "--results", lang)?;
        let st = parse_scheme(
            scheme.ok_or_else(|| {
                error(lang, lang.word(Word::SolveNeedsSchemeHemtjanst));
                ExitCode::from(2)
            })?,
            lang,
        )?;
        let budget = parse_amount(budget, "--budget", lang)?;
        if apply && out.is_none() {
            error(lang, lang.word(Word::ApplyNeedsOutNew));
            return Err(ExitCode::from(2));
        }
        let read = load_rules(rules_path, lang)?;
        let r = &read.rules;
        let x = load_results(results_path, opts, &[r], lang)?;
        let s = solve_budget(r, &x, st, budget).map_err(|e| solve_failed(e, &read, lang))?;
        let unit = match s.kind {
            RateKind::KrPerUnit => lang.word(Word::KrPerUnit),
            RateKind::PercentOfCompensation => lang.word(Word::PercentOfCompensation),
        };
        let exact = match s.exact_rate.to_decimal_exact(10) {
            Some(d) => format_number_lang(d, None, lang),
            None => format!(
                "{} (≈ {})",
                crate::words::exact_text(&s.exact_rate, lang),
                format_number_lang(s.exact_rate.round_dp(6), Some(6), lang)
            ),
        };
        println!(
            "{}",
            msg!(
                lang.words(),
                "cli-solve-summary",
                service_type = &st.label(lang),
                budget = &kr(s.budget, lang),
                current_rate = &format_number_lang(s.current_rate, None, lang),
                current_total = &kr(s.current_total, lang),
                rate = &kr(s.rate, lang),
                total = &kr(s.total, lang),
                next_rate = &kr(s.next_rate, lang),
                next_total = &kr(s.next_total, lang),
                unit,
                exact
            )
        );
        if apply && let Some(out) = out {
            let param = Param {
                service_type: st,
                indicator: None,
                field: crate::domain::decide::param::Field::Rate,
            };
            let new_rules = param.apply(r, s.rate).map_err(|e| {
                error(lang, &e.text(lang));
                ExitCode::from(1)
            })?;
            let mut inputs = vec![rules_path, results_path];
            inputs.extend(opts.mapping.as_deref());
            let files = vec![(
                out.to_path_buf(),
                io::rules_ron::to_ron_string(&new_rules).into_bytes(),
            )];
            io::check_outputs(&inputs, &[out])
                .and_then(|()| io::write_files(&files))
                .map_err(|e| {
                    error(lang, &e.text(lang));
                    ExitCode::from(2)
                })?;
            println!("{} {}", lang.word(Word::Wrote), out.display());
        }
        Ok(())
    };
    exit_code(run())
}

/// `kvalitetspeng solve --level PATH`: where the total crosses the budget as a level moves.
pub fn run_solve_level(
    rules: Option<&Path>,
    results: Option<&Path>,
    opts: &io::ResultsOptions,
    level: &str,
    budget: &str,
    lang: Lang,
) -> ExitCode {
    let run = || -> Result<(), ExitCode> {
        let rules_path = need(rules, "--rules", lang)?;
        let results_path = need(results, "--results", lang)?;
        let p = Param::parse(level).map_err(|e| {
            error(lang, &e.text(lang));
            ExitCode::from(1)
        })?;
        let budget = parse_amount(budget, "--budget", lang)?;
        let read = load_rules(rules_path, lang)?;
        let r = &read.rules;
        let x = load_results(results_path, opts, &[r], lang)?;
        let c = crate::domain::decide::solve::solve_level(r, &x, &p, budget)
            .map_err(|e| solve_failed(e, &read, lang))?;
        let n = |d: Decimal| format_number_lang(d, None, lang);
        println!(
            "{}: {} {}, {} {} kr; budget {} kr",
            p,
            lang.word(Word::Now),
            n(c.current),
            lang.word(Word::Total),
            kr(c.current_total, lang),
            kr(c.budget, lang)
        );
        match &c.over {
            Some((l, t)) => println!(
                "{}",
                msg!(
                    lang.words(),
                    "cli-decide-over-the-budget-up-to",
                    l = &n(*l),
                    t = &kr(*t, lang)
                )
            ),
            None => println!("{}", lang.word(Word::WithinTheBudgetAt)),
        }
        match &c.within {
            // Beyond a level when the budget is exceeded somewhere, or at a level.
            Some((l, t)) => {
                let (level, total, w) = (n(*l), kr(*t, lang), lang.words());
                let line = match &c.over {
                    Some((o, _)) => msg!(w, "cli-within-budget-some-o", o = n(*o), level, total),
                    None => msg!(w, "cli-within-budget-none", level, total),
                };
                println!("{line}");
            }
            None => println!("{}", lang.word(Word::OverTheBudgetEven)),
        }
        Ok(())
    };
    exit_code(run())
}

/// `kvalitetspeng sweep`.
pub fn run_sweep(
    rules: Option<&Path>,
    results: Option<&Path>,
    opts: &io::ResultsOptions,
    param: &str,
    (from, to, steps): (&str, &str, &str),
    out: Option<&Path>,
    lang: Lang,
) -> ExitCode {
    let run = || -> Result<(), ExitCode> {
        let rules_path = need(rules, "--rules", lang)?;
        let results_path = need(results, "--results", lang)?;
        let p = Param::parse(param).map_err(|e| {
            error(lang, &e.text(lang));
            ExitCode::from(1)
        })?;
        let from = parse_amount(from, "--from", lang)?;
        let to = parse_amount(to, "--to", lang)?;
        let steps = parse_steps(steps, lang)?;
        let read = load_rules(rules_path, lang)?;
        let (r, sha) = (&read.rules, read.sha256.as_str());
        let x = load_results(results_path, opts, &[r], lang)?;
        let s = sweep(r, &x, &p, from, to, steps).map_err(|e| {
            error(lang, &e.text(lang));
            ExitCode::from(1)
        })?;
        println!(
            "{}: {} {}",
            p,
            lang.word(Word::Now),
            format_number_lang(s.current, None, lang)
        );
        println!(
            "{:>14} {:>18} {:>8}",
            lang.word(Word::Value),
            lang.word(Word::TotalKr),
            lang.word(Word::Paid)
        );
        for step in &s.steps {
            if step.problems.is_empty() {
                println!(
                    "{:>14} {:>18} {:>8}",
                    format_number_lang(step.value, None, lang),
                    kr(step.total, lang),
                    step.paid
                );
            } else {
                println!(
                    "{:>14} {}",
                    format_number_lang(step.value, None, lang),
                    step.problems
                        .iter()
                        .map(|p| p.text(lang))
                        .collect::<Vec<_>>()
                        .join("; ")
                );
            }
        }
        if let Some(out) = out {
            let rows = audit_rows(&[
                ("regelfil", rules_path, sha),
                ("resultatfil", results_path, &x.source_sha256),
            ]);
            let mut inputs = vec![rules_path, results_path];
            inputs.extend(opts.mapping.as_deref());
            write_export(
                out,
                &inputs,
                || export_decide::sweep_csv(&s, lang),
                || export_decide::sweep_xlsx(&s, &rows, lang),
                &rows,
                lang,
            )?;
        }
        Ok(())
    };
    exit_code(run())
}
