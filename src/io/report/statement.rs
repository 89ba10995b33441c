//! Per-provider statements (utskick): the document that informs each provider of its result
//! before it is paid — its payout, its score, every indicator with value, respondents,
//! interval, level reached, credit and kronor, its scheme's rules in words, the decision
//! reference, and where to send corrections by which date. Same layout engine, fonts and
//! footer (page, both inputs' SHA-256) as the decision report; deterministic like it.

use crate::words::Label as _;
use crate::words::msg;
use rayon::prelude::*;
use rust_decimal::Decimal;

use super::layout::{Align, Layout, MARGIN_X, Metrics, Style};
use super::{
    BOLD, MissingGlyphs, REGULAR, document_heading, footer_lines, kr, missing_by_place, pdf,
};
use crate::domain::RuleSet;
use crate::domain::explanation::{Calculation, IndicatorResult, ProviderResult};
use crate::io::audit::Audit;
use crate::words::number::format_number_lang;
use crate::words::{Lang, Word};

/// Everything the statements are made from.
pub struct StatementInput<'a> {
    pub calc: &'a Calculation,
    pub rules: &'a RuleSet,
    pub audit: &'a Audit,
    /// The decision's reference, e.g. `ÄN 2026-03-12 §14`.
    pub decision: Option<&'a str>,
}

/// One provider's statement: its file name (from its id, see [`file_names`]), the PDF, and the
/// characters it could only draw as empty boxes.
pub struct Statement {
    pub provider_id: String,
    pub file_name: String,
    pub pdf: Vec<u8>,
    pub missing: Vec<MissingGlyphs>,
}

/// Every provider's statement, in the calculation's order (made on every core).
pub fn statements(input: &StatementInput<'_>, lang: Lang) -> Result<Vec<Statement>, String> {
    input.calc.expect_indicators();
    let names = file_names(input.calc.providers.iter().map(|p| p.id.as_str()));
    input
        .calc
        .providers
        .par_iter()
        .zip(names)
        .map(|(p, file_name)| {
            let (pdf, missing) = statement_pdf(input, p, lang)?;
            Ok(Statement {
                provider_id: p.id.clone(),
                file_name,
                pdf,
                missing,
            })
        })
        .collect()
}

/// One provider's statement as PDF bytes, and its characters without a glyph.
pub fn statement_pdf(
    input: &StatementInput<'_>,
    p: &ProviderResult,
    lang: Lang,
) -> Result<(Vec<u8>, Vec<MissingGlyphs>), String> {
    let mut l = layout(input, p, lang)?;
    let title = msg!(
        lang.words(),
        "statement-title",
        period = input.calc.period,
        name = p.name
    );
    let footer = |k: usize, n: usize| footer_lines(input.calc, input.audit, lang, k, n);
    let (bytes, missing) = pdf::render(
        &l.pages,
        &mut l.metrics,
        REGULAR,
        BOLD,
        &title,
        lang.word(Word::LanguageTag),
        &footer,
    )?;
    Ok((bytes, missing_by_place(input.calc, missing)))
}

/// One provider's statement laid out (without the footers).
pub fn layout(
    input: &StatementInput<'_>,
    p: &ProviderResult,
    lang: Lang,
) -> Result<Layout, String> {
    let metrics = Metrics::new(REGULAR, BOLD).ok_or("the report font cannot be read")?;
    let mut l = Layout::new(metrics);
    let (calc, w) = (input.calc, lang.words());
    let title = msg!(w, "statement-title", period = calc.period, name = p.name);
    document_heading(&mut l, &title, calc, input.decision, input.audit, lang);
    l.space(6.0);
    l.paragraph(
        &msg!(w, "statement-intro", municipality = calc.municipality),
        Style::BODY,
        0.0,
    );
    l.space(6.0);
    let score = crate::words::score_text(&p.score, lang);
    let provider = format!("{} {} ({})", p.id, p.name, p.service_type.label(lang));
    for (label, value, st) in [
        (lang.word(Word::Provider), provider.as_str(), Style::BODY),
        (lang.word(Word::ScoreHeading), score.as_str(), Style::BODY),
        (lang.word(Word::Payout), &kr(p.payout, lang), Style::H2),
    ] {
        two_columns(&mut l, label, value, st);
    }
    l.paragraph(&p.reason(lang), Style::NOTE, 0.0);
    indicators(&mut l, p, lang);
    rules(&mut l, input.rules, p, lang);
    l.heading(w.word(Word::StatementCorrectionsHeading), Style::H1, 20.0);
    let corrections = match &input.rules.corrections {
        Some(c) => msg!(w, "statement-corrections", to = c.to, by = c.by),
        None => w.word(Word::StatementNoCorrections).to_string(),
    };
    l.paragraph(&corrections, Style::BODY, 0.0);
    Ok(l)
}

/// A label on the left and its value on the right, one line.
fn two_columns(l: &mut Layout, label: &str, value: &str, st: Style) {
    let w = l.width();
    let label_w = l.metrics.width(label, st.face, st.size) + 12.0;
    l.row(
        &[
            (label, MARGIN_X, label_w, Align::Left),
            (value, MARGIN_X + label_w, w - label_w, Align::Right),
        ],
        st,
    );
}

/// The indicator's facts on one line, from the same explanation as the report's appendix, e.g.
/// `värde 86 % · 20 svarande · 95 % KI … · 86 ≥ 80: uppnått · poängandel 100,0 % × vikt
/// 50,0 % = 50,00 poäng`.
fn facts(i: &IndicatorResult, lang: Lang) -> String {
    let w = lang.words();
    let mut parts = Vec::new();
    if let Some(v) = &i.value {
        let v = w.number(v.round_dp(2).normalize(), None);
        parts.push(msg!(
            w,
            "statement-value",
            value = &format!("{v}{}", i.unit.suffix())
        ));
    }
    if let Some(n) = i.respondents {
        parts.push(msg!(w, "statement-respondents", n));
    }
    parts.extend(i.interval_text(lang));
    let level = i.reason(lang);
    if !level.is_empty() {
        parts.push(msg!(w, "statement-level", level));
    }
    parts.push(msg!(
        w,
        "statement-credit",
        credit = &format_number_lang(i.credit.percent(1), Some(1), lang),
        weight = &format_number_lang(i.effective_weight.percent(1), Some(1), lang),
        points = &format_number_lang(i.contribution.percent(2), Some(2), lang)
    ));
    parts.join(" · ")
}

/// Every indicator: its name and kronor, and its facts below; then the rows after the
/// indicators (fallback, withholding, deductions…) and the payout they sum to.
fn indicators(l: &mut Layout, p: &ProviderResult, lang: Lang) {
    l.space(4.0);
    l.heading(
        lang.words().word(Word::StatementIndicators),
        Style::H1,
        40.0,
    );
    let st = Style::SMALL;
    for (i, kronor) in p.indicators.iter().zip(p.indicator_kronor()) {
        let name = match i.area.and_then(|a| p.areas.get(a as usize)) {
            Some(a) => format!("{} › {}", a.name, i.name),
            None => i.name.to_string(),
        };
        let facts = facts(i, lang);
        // The name, its amount and at least one line of its facts on one page.
        l.ensure(Style::SMALL_BOLD.line_height() + st.line_height() + 3.0);
        l.space(3.0);
        amount_row(l, &name, kronor, Style::SMALL_BOLD, lang);
        l.paragraph(&facts, st, 10.0);
    }
    let extra = p.extra_rows(lang);
    if !extra.is_empty() {
        l.space(3.0);
    }
    for (_, text, kronor) in extra {
        amount_row(l, &text, kronor, st, lang);
    }
    l.space(2.0);
    l.rule();
    amount_row(
        l,
        lang.word(Word::Payout),
        p.payout,
        Style::SMALL_BOLD,
        lang,
    );
    settlement(l, p, lang);
}

/// What was paid so far and the settlement against it (+ to pay, − to reclaim), in a
/// sentence and as two amounts, when the results gave what was paid.
fn settlement(l: &mut Layout, p: &ProviderResult, lang: Lang) {
    let (Some(paid), Some(settle), Some(msg)) = (
        p.paid_so_far,
        p.settlement(),
        crate::domain::advances::settlement(p.payout, p.paid_so_far),
    ) else {
        return;
    };
    l.space(3.0);
    amount_row(l, lang.word(Word::PaidSoFar), paid, Style::SMALL, lang);
    amount_row(
        l,
        lang.word(Word::Settlement),
        settle,
        Style::SMALL_BOLD,
        lang,
    );
    l.paragraph(&lang.say_plain(&msg), Style::NOTE, 0.0);
}

/// A text and an amount right-aligned beside it, one line.
fn amount_row(l: &mut Layout, text: &str, amount: Decimal, st: Style, lang: Lang) {
    let w = l.width();
    let amount = kr(amount, lang);
    let aw = l.metrics.width(&amount, st.face, st.size).max(90.0);
    l.row(
        &[
            (text, MARGIN_X, w - aw - 8.0, Align::Left),
            (&amount, MARGIN_X + w - aw, aw, Align::Right),
        ],
        st,
    );
}

/// The rules of the provider's scheme, in words.
fn rules(l: &mut Layout, rules: &RuleSet, p: &ProviderResult, lang: Lang) {
    let prose = crate::words::prose::rule_set_prose(rules, lang);
    let Some((_, paras)) = rules
        .schemes
        .iter()
        .zip(prose)
        .find(|(s, _)| s.service_type == p.service_type)
        .map(|(_, x)| x)
    else {
        return;
    };
    l.space(6.0);
    l.heading(
        &msg!(
            lang.words(),
            "statement-rules",
            name = &p.service_type.label(lang).to_lowercase()
        ),
        Style::H1,
        30.0,
    );
    for para in paras {
        l.paragraph(&para, Style::BODY, 0.0);
        l.space(2.5);
    }
}

/// The most characters of a file name's stem (well within every file system's 255).
const MAX_STEM_CHARS: usize = 100;

/// A statement's file name for each provider id: `<id>.pdf`, the id made a name Windows,
/// macOS and Linux all take (each of `/ \ : < > " | ? *` and control characters as `_`, a
/// device name such as `CON` or a trailing dot or space with a `_`, at most
/// [`MAX_STEM_CHARS`] characters), and made unique as a case-insensitive file system sees it
/// (`-2`, `-3`, … after a name met before). Hand-written: no sanitising crate is in the
/// registry, and the rule is the archive's own (`io::locked`'s Windows-name check).
pub fn file_names<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    ids.into_iter()
        .map(|id| {
            let stem = stem(id);
            let mut name = format!("{stem}.pdf");
            let mut k = 2;
            while !seen.insert(crate::io::locked::folded(&name)) {
                name = format!("{stem}-{k}.pdf");
                k += 1;
            }
            name
        })
        .collect()
}

/// A provider id as a file name's stem (see [`file_names`]).
fn stem(id: &str) -> String {
    let mut s: String = id
        .trim()
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '<' | '>' | '"' | '|' | '?' | '*') {
                '_'
            } else {
                c
            }
        })
        .take(MAX_STEM_CHARS)
        .collect();
    if s.is_empty() || s.starts_with('.') || s.ends_with(['.', ' ']) {
        s.push('_');
        s.insert(0, '_');
    }
    if !crate::io::locked::windows_name(&format!("{s}.pdf")) {
        s.insert(0, '_');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_names_every_system_takes_and_unique() {
        let ids = [
            "SB01", "a/b", "a_b", "CON", "x.", "..", "", "Åsa", "åsa", "a:b", "A_B",
        ];
        assert_eq!(
            file_names(ids),
            [
                "SB01.pdf",
                "a_b.pdf",
                "a_b-2.pdf",
                "_CON.pdf",
                "_x._.pdf",
                "_.._.pdf",
                "__.pdf",
                "Åsa.pdf",
                "åsa-2.pdf",
                "a_b-3.pdf",
                "A_B-4.pdf",
            ]
        );
    }
}
