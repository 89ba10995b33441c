//! The decision report (beslutsunderlag) as PDF: a first page a politician reads, the rules
//! in plain words, the payout table, a chart, and an appendix with every provider's
//! explanation — all from the same calculation and explanation objects as the app and the
//! exports. Every page has a footer with its number, both input files' SHA-256 and the
//! program version. Deterministic: the same inputs give the same bytes.
//!
//! See `docs/report.md` for the choice of PDF library.

mod compare;
pub mod layout;
pub mod pdf;
pub mod statement;
mod table;
mod warnings;

use crate::words::Label as _;
use rust_decimal::Decimal;

use layout::{Align, Layout, MARGIN_X, Metrics, Style};
use table::{payout_chart, payout_table};

use crate::domain::decide::compare::Comparison;
use crate::domain::explanation::{Calculation, MoneyColumn, PayoutStatus, ProviderResult};
use crate::domain::{RuleSet, ServiceType};
use crate::io::audit::Audit;
use crate::words::number::format_number_lang;
use crate::words::{Lang, Word, msg};

/// DejaVu Sans Condensed (Bitstream Vera licence, `assets/fonts/LICENSE-DejaVu.txt`): every
/// Swedish letter, narrow enough for a payout table on A4.
/// The report's regular font; the app also draws with it what egui's own fonts lack.
pub const FONT_REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSansCondensed.ttf");
const REGULAR: &[u8] = FONT_REGULAR;
const BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSansCondensed-Bold.ttf");

/// A comparison to show on the first page: what it is, and the comparison itself (A = the
/// comparison's rules, B = these).
pub struct Compared<'a> {
    pub label: &'a str,
    pub comparison: &'a Comparison,
    /// The rules compared with (A), when the comparison is of two rule sets: their name heads
    /// the comparison and what changed from them is stated in words.
    pub rules: Option<&'a RuleSet>,
}

/// Everything a report is made from.
pub struct ReportInput<'a> {
    pub calc: &'a Calculation,
    pub rules: &'a RuleSet,
    pub audit: &'a Audit,
    pub compared: Option<Compared<'a>>,
    /// The decision's reference, e.g. `ÄN 2026-03-12 §14`.
    pub decision: Option<&'a str>,
    /// A correction: the pages listing what changed against a locked run.
    pub correction: Option<&'a crate::io::locked::CorrectionDiff>,
    /// The effect follow-up's estimate (issue 37), a section of its own.
    pub effect: Option<EffectFollowUp<'a>>,
}

/// An estimated effect of kvalitetspeng on a Kolada KPI, for the report's
/// "Effektuppföljning" section.
pub struct EffectFollowUp<'a> {
    pub effect: &'a crate::domain::effect::Effect,
    pub kpi: &'a str,
}

/// What a new section needs free on the page to start there (about a third of the body).
const PAGE_THIRD: f32 = 240.0;

/// The text with its first letter in upper case.
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A number as the report prints it: [`format_number_lang`], for people (its minus sign `−`).
fn num(d: Decimal, dp: u32, lang: Lang) -> String {
    format_number_lang(d, Some(dp), lang)
}

fn kr(d: Decimal, lang: Lang) -> String {
    format!("{} kr", num(d, 2, lang))
}

fn signed_kr(d: Decimal, lang: Lang) -> String {
    let s = kr(d, lang);
    if d > Decimal::ZERO {
        format!("+{s}")
    } else {
        s
    }
}

/// Characters that no bundled font has a glyph for (CJK, most emoji): the report draws each
/// as the font's empty box, keeps it in the text layer, and warns of it with this, naming the
/// provider whose id or name has it, or else the text it was met in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingGlyphs {
    /// The characters, in code point order.
    pub chars: Vec<char>,
    pub place: GlyphPlace,
}

/// Where characters without a glyph were met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GlyphPlace {
    Provider {
        id: String,
        name: String,
    },
    /// Another text of the report (municipality, rule set, indicator, file name…).
    Text(String),
}

impl MissingGlyphs {
    /// The warning, with characters as `«中» (U+4E2D)` (control characters by code point only)
    /// and texts escaped for a terminal.
    pub fn text(&self, lang: Lang) -> String {
        let chars = self
            .chars
            .iter()
            .map(|&c| {
                let code = format!("U+{:04X}", c as u32);
                let one = c.to_string();
                if crate::domain::textcheck::printable(&one, 2) == one {
                    format!("«{c}» ({code})")
                } else {
                    code
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        let p = |t: &str| crate::domain::textcheck::printable(t, 80);
        match &self.place {
            GlyphPlace::Provider { id, name } => {
                msg!(
                    lang.words(),
                    "report-missing-glyphs-provider",
                    chars,
                    id = &p(id),
                    name = &p(name)
                )
            }
            GlyphPlace::Text(t) => msg!(
                lang.words(),
                "report-missing-glyphs-text",
                chars,
                text = &p(t)
            ),
        }
    }
}

/// A report: the PDF's bytes, and the characters it could only draw as empty boxes.
pub struct Report {
    pub pdf: Vec<u8>,
    pub missing: Vec<MissingGlyphs>,
}

/// The report as PDF bytes (for an archive, whose writer warns with [`report`] where it
/// matters).
pub fn report_pdf(input: &ReportInput<'_>, lang: Lang) -> Result<Vec<u8>, String> {
    report(input, lang).map(|r| r.pdf)
}

/// The report as PDF bytes, and a warning for each provider (or other text) with characters
/// that no bundled font has.
pub fn report(input: &ReportInput<'_>, lang: Lang) -> Result<Report, String> {
    let mut l = layout(input, lang)?;
    let title = msg!(
        lang.words(),
        "report-document-title",
        period = input.calc.period
    );
    let footer = |k: usize, n: usize| footer_lines(input.calc, input.audit, lang, k, n);
    let (pdf, missing) = pdf::render(
        &l.pages,
        &mut l.metrics,
        REGULAR,
        BOLD,
        &title,
        lang.word(Word::LanguageTag),
        &footer,
    )?;
    Ok(Report {
        pdf,
        missing: missing_by_place(input.calc, missing),
    })
}

/// The footer of page `k` of `n` of a report or statement: the page, the program, and both
/// input files with their SHA-256.
fn footer_lines(calc: &Calculation, a: &Audit, lang: Lang, k: usize, n: usize) -> Vec<String> {
    vec![
        msg!(
            lang.words(),
            "report-page-of-kvalitetspeng",
            municipality = calc.municipality,
            rule_set_name = calc.rule_set_name,
            app_version = a.app_version,
            k,
            n
        ),
        format!(
            "{} {}: SHA-256 {}",
            lang.word(Word::Rules),
            a.rules_file,
            a.rules_sha256
        ),
        format!(
            "{} {}: SHA-256 {}",
            lang.word(Word::Results),
            a.results_file,
            a.results_sha256
        ),
    ]
}

/// The report's pages laid out (without the footers), with the metrics they were measured
/// with: what [`report`] draws, and what a test checks the geometry of.
pub fn layout(input: &ReportInput<'_>, lang: Lang) -> Result<Layout, String> {
    input.calc.expect_indicators();
    let metrics = Metrics::new(REGULAR, BOLD).ok_or("the report font cannot be read")?;
    let mut l = Layout::new(metrics);
    first_page(&mut l, input, lang);
    warnings::section(&mut l, input.calc, input.rules, lang);
    if let Some(c) = input.correction {
        correction_pages(&mut l, c, lang);
    }
    rules_section(&mut l, input.rules, lang);
    payout_table(&mut l, input.calc, lang);
    if let Some(c) = &input.compared {
        compare::per_provider(&mut l, c, lang);
    }
    payout_chart(&mut l, input.calc, lang);
    if let Some(e) = &input.effect {
        effect_section(&mut l, e, lang);
    }
    appendix(&mut l, input.calc, lang);
    Ok(l)
}

/// The characters drawn without a glyph, by provider (each provider whose id or name has
/// one), and the rest by the first text they were met in.
fn missing_by_place(calc: &Calculation, missing: pdf::Missing) -> Vec<MissingGlyphs> {
    let mut out = Vec::new();
    if missing.is_empty() {
        return out;
    }
    let mut named = std::collections::BTreeSet::new();
    for p in &calc.providers {
        let chars: Vec<char> = missing
            .keys()
            .copied()
            .filter(|&c| p.id.contains(c) || p.name.contains(c))
            .collect();
        if !chars.is_empty() {
            named.extend(chars.iter().copied());
            out.push(MissingGlyphs {
                chars,
                place: GlyphPlace::Provider {
                    id: p.id.to_string(),
                    name: p.name.to_string(),
                },
            });
        }
    }
    let mut by_text: Vec<(String, Vec<char>)> = Vec::new();
    for (c, text) in missing {
        if named.contains(&c) {
            continue;
        }
        match by_text.iter_mut().find(|(t, _)| *t == text) {
            Some((_, cs)) => cs.push(c),
            None => by_text.push((text, vec![c])),
        }
    }
    out.extend(by_text.into_iter().map(|(t, chars)| MissingGlyphs {
        chars,
        place: GlyphPlace::Text(t),
    }));
    out
}

/// Why providers are not paid: (reason, count), most common first.
fn not_paid(calc: &Calculation, st: ServiceType, lang: Lang) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize, &PayoutStatus)> = Vec::new();
    for p in calc
        .providers
        .iter()
        .filter(|p| p.service_type == st && p.gross.is_zero())
    {
        let why = p.status_text(lang);
        match counts.iter_mut().find(|(w, ..)| *w == why) {
            Some(c) => c.1 += 1,
            None => counts.push((why, 1, &p.status)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    // Each reason worded with its number (`1 utförare fick ingen poäng`).
    counts
        .into_iter()
        .map(|(_, n, status)| (lang.say_plain(&status.not_paid(n)), n))
        .collect()
}

/// The heading every document of a calculation opens with (the report, a provider's
/// statement): its title, the municipality and rule set, the decision's reference, and what it
/// was calculated from and when, in words.
pub(super) fn document_heading(
    l: &mut Layout,
    title: &str,
    calc: &Calculation,
    decision: Option<&str>,
    audit: &Audit,
    lang: Lang,
) {
    l.paragraph(title, Style::TITLE, 0.0);
    l.paragraph(
        &format!("{} · {}", calc.municipality, calc.rule_set_name),
        Style::H2,
        0.0,
    );
    if let Some(d) = decision {
        l.paragraph(
            &format!("{}: {d}", lang.word(Word::Decision)),
            Style::BODY,
            0.0,
        );
    }
    l.paragraph(
        &msg!(
            lang.words(),
            "report-calculated-with-kvalitetspeng-from-and",
            calculated_at = &lang.words().time_in_words(&audit.calculated_at),
            app_version = audit.app_version,
            rules_file = audit.rules_file,
            results_file = audit.results_file
        ),
        Style::NOTE,
        0.0,
    );
}

fn first_page(l: &mut Layout, input: &ReportInput<'_>, lang: Lang) {
    let calc = input.calc;
    let title = msg!(lang.words(), "report-title", period = calc.period);
    document_heading(l, &title, calc, input.decision, input.audit, lang);
    l.space(8.0);
    l.heading(lang.word(Word::Summary), Style::H1, 60.0);
    let w = l.width();
    for s in &calc.schemes {
        scheme_summary(l, input, s, lang);
        l.space(3.0);
    }
    l.rule();
    l.row(
        &[
            (lang.word(Word::TotalRow), MARGIN_X, w * 0.55, Align::Left),
            (
                &kr(calc.total(), lang),
                MARGIN_X + w * 0.55,
                w * 0.45,
                Align::Right,
            ),
        ],
        Style::H2,
    );
    if calc.has_reconciliation() {
        let (paid, settle) = calc.settlement_totals();
        l.paragraph(
            &msg!(
                lang.words(),
                "report-settlement-against-advances-paid-so",
                paid = &kr(paid, lang),
                settle = &signed_kr(settle, lang)
            ),
            Style::BODY,
            0.0,
        );
    }
    l.space(10.0);
    l.heading(lang.word(Word::HowToReadThis), Style::H2, 30.0);
    l.paragraph(lang.word(Word::RulesAreStatedIn), Style::BODY, 0.0);
    if let Some(c) = &input.compared {
        comparison_summary(l, c, input.rules, lang);
    }
}

/// A scheme's lines of the summary: its total, who is paid and who not and why, its
/// adjustments and its budget.
fn scheme_summary(
    l: &mut Layout,
    input: &ReportInput<'_>,
    s: &crate::domain::explanation::SchemeSummary,
    lang: Lang,
) {
    let calc = input.calc;
    let w = l.width();
    let st = s.service_type;
    l.row(
        &[
            (st.label(lang), MARGIN_X, w * 0.55, Align::Left),
            (
                &kr(s.total, lang),
                MARGIN_X + w * 0.55,
                w * 0.45,
                Align::Right,
            ),
        ],
        Style::BODY_BOLD,
    );
    l.paragraph(
        &msg!(
            lang.words(),
            "report-of-providers-are-paid",
            paid_providers = s.paid_providers,
            providers = s.providers,
            text = &capitalised(&s.basis.text(s.volume_unit, lang))
        ),
        Style::BODY,
        10.0,
    );
    let why = not_paid(calc, st, lang);
    if !why.is_empty() {
        let list: Vec<String> = why.iter().map(|(w, _)| w.clone()).collect();
        l.paragraph(
            &format!("{} {}.", lang.word(Word::NotPaid), list.join("; ")),
            Style::BODY,
            10.0,
        );
    }
    if let Some(text) = s.adjustments_text(lang) {
        let net = lang.word(Word::NetInline);
        l.paragraph(
            &format!("{} = {net} {}.", capitalised(&text), kr(s.total, lang)),
            Style::BODY,
            10.0,
        );
    }
    if let Some(budget) = input.rules.scheme(st).and_then(|r| r.budget) {
        let left = budget - s.gross_total;
        // What is left, or how far over the budget the kvalitetspeng goes.
        let over = if left < Decimal::ZERO {
            "report-budget-over"
        } else {
            "report-budget-left"
        };
        let line = msg!(
            lang.words(),
            "report-budget",
            budget = kr(budget, lang),
            gross = kr(s.gross_total, lang),
            left = kr(left.abs(), lang),
            over = lang.text(over)
        );
        l.paragraph(&line, Style::BODY, 10.0);
    }
}

/// The comparison's lines of the summary: the totals, gains and losses, per service type.
fn comparison_summary(l: &mut Layout, c: &Compared<'_>, input_rules: &RuleSet, lang: Lang) {
    let cmp = c.comparison;
    l.space(6.0);
    l.heading(
        &msg!(lang.words(), "report-compared-with", label = c.label),
        Style::H2,
        30.0,
    );
    l.paragraph(
        &msg!(
            lang.words(),
            "report-total-providers-gain-lose-unchanged",
            a = &kr(cmp.total.a, lang),
            b = &kr(cmp.total.b, lang),
            delta = &signed_kr(cmp.total.delta(), lang),
            gains = cmp.gains,
            loses = cmp.loses,
            unchanged = cmp.unchanged
        ),
        Style::BODY,
        0.0,
    );
    for (st, t) in &cmp.by_service_type {
        l.paragraph(
            &format!(
                "{}: {} → {} ({})",
                st.label(lang),
                kr(t.a, lang),
                kr(t.b, lang),
                signed_kr(t.delta(), lang)
            ),
            Style::BODY,
            10.0,
        );
    }
    if let Some(rules) = c.rules {
        compare::rule_changes(l, rules, input_rules, lang);
    }
}

fn rules_section(l: &mut Layout, rules: &RuleSet, lang: Lang) {
    l.section(PAGE_THIRD);
    l.heading(
        &msg!(lang.words(), "report-rules", name = rules.name),
        Style::H1,
        40.0,
    );
    for (heading, paras) in crate::words::prose::rule_set_prose(rules, lang) {
        l.heading(&heading, Style::H2, 30.0);
        for p in paras {
            l.paragraph(&p, Style::BODY, 0.0);
            l.space(2.5);
        }
        l.space(4.0);
    }
}

/// "Effektuppföljning": the estimate in the same lines as `kvalitetspeng effect` prints
/// (estimate, interval, p-value, comparison municipalities, pre-period fit, conclusion).
fn effect_section(l: &mut Layout, e: &EffectFollowUp<'_>, lang: Lang) {
    l.section(PAGE_THIRD);
    l.heading(lang.word(Word::EffectFollowUpTitle), Style::H1, 40.0);
    // The KPI as `kvalitetspeng effect` prints it (control characters shown, at most 40).
    let kpi = crate::io::fields::printable(e.kpi, 40);
    let lines = lang.words().effect_report(e.effect, &kpi);
    let mut lines = lines.iter();
    if let Some(title) = lines.next() {
        l.heading(title, Style::H2, 30.0);
    }
    for line in lines {
        l.paragraph(line, Style::BODY, 0.0);
        l.space(2.5);
    }
}

fn appendix(l: &mut Layout, calc: &Calculation, lang: Lang) {
    l.section(PAGE_THIRD);
    l.heading(lang.word(Word::AppendixTheExplanationPer), Style::H1, 40.0);
    l.paragraph(lang.word(Word::PerProviderHowThe), Style::NOTE, 0.0);
    l.space(4.0);
    let st = Style::SMALL;
    for p in &calc.providers {
        l.ensure(4.0 * st.line_height() + 12.0);
        l.space(3.0);
        let w = l.width();
        // The amount's column: 110 points, or as wide as the amount (up to 10¹⁸ kr).
        let payout = kr(p.payout, lang);
        let pay_w = l
            .metrics
            .width(&payout, Style::SMALL_BOLD.face, Style::SMALL_BOLD.size)
            .max(110.0);
        l.row(
            &[
                (
                    &format!("{} {} ({})", p.id, p.name, p.service_type.label(lang)),
                    MARGIN_X,
                    w - pay_w,
                    Align::Left,
                ),
                (&payout, MARGIN_X + w - pay_w, pay_w, Align::Right),
            ],
            Style::SMALL_BOLD,
        );
        l.paragraph(&p.reason(lang), Style::NOTE, 6.0);
        if let Some(exact) = p.exact_numbers(lang) {
            let line = format!("{}: {exact}", lang.word(Word::ExactValues));
            l.paragraph(&line, Style::NOTE, 6.0);
        }
        let (kronor, ore) = p.indicator_split();
        let mut rows: Vec<(String, Decimal)> = p
            .indicators
            .iter()
            .zip(kronor)
            .zip(ore)
            .map(|((i, kronor), ore)| {
                let name = match i.area.and_then(|a| p.areas.get(a as usize)) {
                    Some(a) => format!("{} › {}", a.name, i.name),
                    None => i.name.to_string(),
                };
                (
                    format!(
                        "{}: {}; {} {} % × {} {} % = {} {}",
                        name,
                        i.reason_with_ore(ore, lang),
                        lang.word(Word::Credit),
                        format_number_lang(i.credit.percent(1), Some(1), lang),
                        lang.word(Word::Weight),
                        format_number_lang(i.effective_weight.percent(1), Some(1), lang),
                        format_number_lang(i.contribution.percent(2), Some(2), lang),
                        lang.word(Word::Points),
                    ),
                    kronor,
                )
            })
            .collect();
        rows.extend(p.extra_rows(lang).into_iter().map(|(_, t, k)| (t, k)));
        let amounts: Vec<String> = rows.iter().map(|(_, k)| num(*k, 2, lang)).collect();
        // The amounts' column: 70 points, or as wide as the widest amount (up to 10¹⁸ kr).
        let amount_w = l
            .max_width(amounts.iter().map(String::as_str), st)
            .max(70.0);
        let text_w = l.width() - amount_w - 18.0;
        let heading = format!("{} {} ({})", p.id, p.name, p.service_type.label(lang));
        for ((text, _), amount) in rows.into_iter().zip(amounts) {
            let lines = l.wrap(&text, st, text_w);
            let pages = l.pages.len();
            l.ensure(st.line_height() * lines.len() as f32);
            if l.pages.len() != pages {
                // A provider split by the page break: its heading again, so no line is
                // without its name.
                l.row(
                    &[(
                        &msg!(lang.words(), "report-continued", name = heading),
                        MARGIN_X,
                        w,
                        Align::Left,
                    )],
                    Style::SMALL_BOLD,
                );
            }
            let y0 = l.y + st.size;
            let aw = l.metrics.width(&amount, st.face, st.size);
            l.text_at(MARGIN_X + w - aw, y0, &amount, st);
            for (k, line) in lines.iter().enumerate() {
                l.text_at(MARGIN_X + 10.0, y0 + k as f32 * st.line_height(), line, st);
            }
            l.y += st.line_height() * lines.len() as f32;
        }
    }
}

fn correction_pages(l: &mut Layout, c: &crate::io::locked::CorrectionDiff, lang: Lang) {
    l.heading(
        &msg!(
            lang.words(),
            "report-correction-of-the-locked-run",
            locked_name = c.locked_name
        ),
        Style::H1,
        40.0,
    );
    l.paragraph(
        &msg!(
            lang.words(),
            "report-only-the-providers-and-indicators",
            total_delta = &signed_kr(c.total_delta(), lang),
            providers = &c.providers.len()
        ),
        Style::BODY,
        0.0,
    );
    for p in &c.providers {
        l.paragraph(
            &format!(
                "{} {}: {} → {} ({})",
                p.id,
                p.name,
                kr(p.before, lang),
                kr(p.after, lang),
                signed_kr(p.after - p.before, lang)
            ),
            Style::BODY_BOLD,
            0.0,
        );
        for i in &p.indicators {
            l.paragraph(
                &format!(
                    "{}: {} → {}; {} → {}",
                    i.name,
                    i.before_value,
                    i.after_value,
                    kr(i.before_kronor, lang),
                    kr(i.after_kronor, lang)
                ),
                Style::SMALL,
                10.0,
            );
        }
    }
}
