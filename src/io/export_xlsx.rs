//! The payout workbook (rust_xlsxwriter): payouts with totals, the per-indicator explanation,
//! the rule set as applied, and the audit trail.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::audit::Audit;
use crate::domain::ServiceType;
use crate::domain::explanation::Calculation;
use crate::domain::rules::{RuleSet, Scoring};
use crate::words::Label as _;
use crate::words::{Lang, Word};

/// Sheet names.
pub const PAYOUT_SHEET: &str = "Utbetalning";
pub const EXPLANATION_SHEET: &str = "Förklaring";
pub const RULES_SHEET: &str = "Regler";
pub const AUDIT_SHEET: &str = "Verifikation";

pub(crate) fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

pub(crate) fn header(ws: &mut Worksheet, cols: &[&str], bold: &Format) -> Result<(), XlsxError> {
    for (c, h) in cols.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, bold)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// Describes a scoring in words for the rules sheet.
pub fn scoring_text(s: &Scoring, lang: Lang) -> String {
    lang.say_plain(&s.mode().short())
}

/// The cell formats of the payout workbook.
struct Formats {
    bold: Format,
    kr: Format,
    kr_bold: Format,
    pct: Format,
    int: Format,
}

/// Builds the workbook: the payouts, the explanation, the rules as applied and the audit.
pub fn payout_xlsx(
    calc: &Calculation,
    again: Option<&crate::domain::engine::Explainer<'_>>,
    rules: &RuleSet,
    audit: &Audit,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let fm = Formats {
        bold: Format::new().set_bold(),
        kr: Format::new().set_num_format("#,##0.00 \"kr\""),
        kr_bold: Format::new().set_num_format("#,##0.00 \"kr\"").set_bold(),
        pct: Format::new().set_num_format("0.00"),
        int: Format::new().set_num_format("#,##0"),
    };
    payout_sheet(&mut wb, calc, &fm, lang)?;
    explanation_sheet(&mut wb, calc, again, &fm, lang)?;
    rules_sheet(&mut wb, rules, &fm.bold, lang)?;
    audit_sheet(&mut wb, &audit.rows())?;
    wb.save_to_buffer()
}

/// The payouts sheet: one row per provider, then the totals per service type and in all.
fn payout_sheet(
    wb: &mut Workbook,
    calc: &Calculation,
    fm: &Formats,
    lang: Lang,
) -> Result<(), XlsxError> {
    let Formats {
        bold,
        kr,
        kr_bold,
        pct,
        int,
    } = fm;
    let ws = wb.add_worksheet();
    ws.set_name(PAYOUT_SHEET)?;
    let cols = [
        lang.word(Word::ProviderId),
        lang.word(Word::Provider),
        lang.word(Word::ServiceType),
        lang.word(Word::Regi),
        lang.word(Word::Volume),
        lang.word(Word::VolumeUnit),
        lang.word(Word::ScorePercent),
        lang.word(Word::Status),
    ];
    let money = calc.money_columns();
    let cols: Vec<&str> = cols
        .into_iter()
        .chain(money.iter().map(|m| m.label(lang)))
        .chain([lang.word(Word::CalculationSheet)])
        .collect();
    let reason_col = cols.len() as u16 - 1;
    header(ws, &cols, bold)?;
    let mut r = 1u32;
    for p in &calc.providers {
        ws.write_string(r, 0, &p.id)?;
        ws.write_string(r, 1, &p.name)?;
        ws.write_string(r, 2, p.service_type.label(lang))?;
        ws.write_string(r, 3, p.regi.label(lang))?;
        ws.write_number_with_format(r, 4, f(p.volume), int)?;
        ws.write_string(r, 5, p.volume_unit.label(lang))?;
        ws.write_number_with_format(r, 6, f(p.score.percent(2)), pct)?;
        ws.write_string(r, 7, p.status_text(lang))?;
        for (k, m) in money.iter().enumerate() {
            if let Some(v) = m.value(p) {
                ws.write_number_with_format(r, 8 + k as u16, f(v), kr)?;
            }
        }
        ws.write_string(r, reason_col, p.reason(lang))?;
        r += 1;
    }
    let last = r.saturating_sub(1).max(1);
    ws.autofilter(0, 0, last, cols.len() as u16 - 1)?;
    r += 1;
    for st in ServiceType::ALL {
        if calc.providers.iter().any(|p| p.service_type == st) {
            ws.write_string_with_format(
                r,
                1,
                format!(
                    "{} {}",
                    lang.word(Word::TotalHeading),
                    st.label(lang).to_lowercase()
                ),
                bold,
            )?;
            for (k, m) in money.iter().enumerate() {
                let sum: rust_decimal::Decimal = calc
                    .providers
                    .iter()
                    .filter(|p| p.service_type == st)
                    .filter_map(|p| m.value(p))
                    .sum();
                ws.write_number_with_format(r, 8 + k as u16, f(sum), kr_bold)?;
            }
            r += 1;
        }
    }
    ws.write_string_with_format(r, 1, lang.word(Word::GrandTotal), bold)?;
    for (k, m) in money.iter().enumerate() {
        let sum: rust_decimal::Decimal = calc.providers.iter().filter_map(|p| m.value(p)).sum();
        ws.write_number_with_format(r, 8 + k as u16, f(sum), kr_bold)?;
    }
    for (c, w) in [
        (0, 10.0),
        (1, 34.0),
        (2, 16.0),
        (3, 11.0),
        (4, 10.0),
        (5, 16.0),
        (6, 9.0),
        (7, 22.0),
    ] {
        ws.set_column_width(c, w)?;
    }
    for k in 0..money.len() as u16 {
        ws.set_column_width(8 + k, 18.0)?;
    }
    ws.set_column_width(reason_col, 70.0)?;
    Ok(())
}

/// The explanation sheet: one row per provider × indicator (and extra rows), the indicator
/// results made again a run of providers at a time when not kept.
fn explanation_sheet(
    wb: &mut Workbook,
    calc: &Calculation,
    again: Option<&crate::domain::engine::Explainer<'_>>,
    fm: &Formats,
    lang: Lang,
) -> Result<(), XlsxError> {
    let Formats { bold, kr, pct, .. } = fm;
    let ws = wb.add_worksheet();
    ws.set_name(EXPLANATION_SHEET)?;
    let cols = [
        lang.word(Word::ProviderId),
        lang.word(Word::Provider),
        lang.word(Word::Indicator),
        lang.word(Word::Name),
        lang.word(Word::ValueHeading),
        lang.word(Word::Respondents),
        lang.word(Word::CreditPercent),
        lang.word(Word::WeightPercent),
        lang.word(Word::EffectiveWeightPercent),
        lang.word(Word::ContributionPoints),
        lang.word(Word::Kronor),
        lang.word(Word::Reason),
        lang.word(Word::ExactValues),
    ];
    header(ws, &cols, bold)?;
    let mut r = 1u32;
    // (The indicator results made again, when not kept, a run of providers at a time.)
    for run in calc.providers.chunks(Calculation::RUN) {
        for p in calc.with_indicators(run, again).iter() {
            let (kronor, ore) = p.indicator_split();
            for ((i, kronor), ore) in p.indicators.iter().zip(kronor).zip(ore) {
                ws.write_string(r, 0, &p.id)?;
                ws.write_string(r, 1, &p.name)?;
                ws.write_string(r, 2, &*i.indicator_id)?;
                ws.write_string(r, 3, &*i.name)?;
                if let Some(v) = &i.value {
                    ws.write_number(r, 4, f(v.round_dp(10)))?;
                }
                if let Some(n) = i.respondents {
                    ws.write_number(r, 5, f64::from(n))?;
                }
                ws.write_number_with_format(r, 6, f(i.credit.percent(4)), pct)?;
                ws.write_number(r, 7, f(i.weight_percent))?;
                ws.write_number_with_format(r, 8, f(i.effective_weight.percent(4)), pct)?;
                ws.write_number_with_format(r, 9, f(i.contribution.percent(4)), pct)?;
                ws.write_number_with_format(r, 10, f(kronor), kr)?;
                ws.write_string(r, 11, i.reason_with_ore(ore, lang))?;
                if let Some(exact) = i.exact_numbers(lang) {
                    ws.write_string(r, 12, exact)?;
                }
                r += 1;
            }
            let extra = p.extra_rows(lang);
            // The provider's account, the same on each of its extra rows, is made once.
            let account = (!extra.is_empty()).then(|| (p.reason(lang), p.exact_numbers(lang)));
            for ((id, text, kronor), (reason, exact)) in
                extra.into_iter().zip(account.iter().cycle())
            {
                ws.write_string(r, 0, &p.id)?;
                ws.write_string(r, 1, &p.name)?;
                ws.write_string(r, 2, &id)?;
                ws.write_string(r, 3, text)?;
                ws.write_number_with_format(r, 10, f(kronor), kr)?;
                ws.write_string(r, 11, reason)?;
                if let Some(exact) = exact {
                    ws.write_string(r, 12, exact)?;
                }
                r += 1;
            }
        }
    }
    ws.autofilter(0, 0, r.saturating_sub(1).max(1), cols.len() as u16 - 1)?;
    for (c, w) in [
        (0, 10.0),
        (1, 30.0),
        (2, 16.0),
        (3, 36.0),
        (11, 70.0),
        (12, 40.0),
    ] {
        ws.set_column_width(c, w)?;
    }
    Ok(())
}

/// The rules sheet: the rule set as applied, scheme by scheme with its indicators.
fn rules_sheet(
    wb: &mut Workbook,
    rules: &RuleSet,
    bold: &Format,
    lang: Lang,
) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(RULES_SHEET)?;
    let mut r = 0u32;
    for (k, v) in [
        (lang.word(Word::Municipality), rules.municipality.clone()),
        (lang.word(Word::RuleSet), rules.name.clone()),
        (lang.word(Word::Period), rules.period.clone()),
    ] {
        ws.write_string_with_format(r, 0, k, bold)?;
        ws.write_string(r, 1, v)?;
        r += 1;
    }
    for s in &rules.schemes {
        r += 1;
        ws.write_string_with_format(r, 0, s.service_type.label(lang), bold)?;
        r += 1;
        for (k, v) in scheme_rows(s, lang) {
            ws.write_string(r, 0, k)?;
            ws.write_string(r, 1, v)?;
            r += 1;
        }
        let cols = [
            lang.word(Word::Id),
            lang.word(Word::Name),
            lang.word(Word::Unit),
            lang.word(Word::Direction),
            lang.word(Word::WeightPercent),
            lang.word(Word::MinRespondents),
            lang.word(Word::Scoring),
            lang.word(Word::Source),
            lang.word(Word::Area),
            lang.word(Word::Uncertainty),
        ];
        for (c, h) in cols.iter().enumerate() {
            ws.write_string_with_format(r, c as u16, *h, bold)?;
        }
        r += 1;
        for i in &s.indicators {
            ws.write_string(r, 0, &i.id)?;
            ws.write_string(r, 1, &i.name)?;
            ws.write_string(r, 2, i.unit.label(lang))?;
            ws.write_string(r, 3, i.direction.label(lang))?;
            ws.write_number(r, 4, f(i.weight))?;
            if let Some(m) = i.min_respondents {
                ws.write_number(r, 5, f64::from(m))?;
            }
            ws.write_string(r, 6, scoring_text(&i.scoring, lang))?;
            ws.write_string(r, 7, &i.source)?;
            if let Some(a) = &i.area {
                ws.write_string(r, 8, a)?;
            }
            ws.write_string(r, 9, (i.uncertainty, i.direction).label(lang))?;
            r += 1;
        }
    }
    ws.set_column_width(0, 22.0)?;
    ws.set_column_width(1, 40.0)?;
    ws.set_column_width(6, 40.0)?;
    Ok(())
}

/// The rows of a scheme's settings on the rules sheet: payout, missing data, requirement,
/// cap, areas, deductions and the floor at zero.
fn scheme_rows(s: &crate::domain::rules::Scheme, lang: Lang) -> Vec<(&'static str, String)> {
    let payout = lang.say(&s.payout.base().short(), s.volume_unit);
    let policy = s.missing_data.label(lang);
    let qual = match (
        s.qualification.min_score_percent,
        s.qualification.all_indicators_met,
    ) {
        (Some(m), all) => {
            format!("≥ {m} %{}", if all { lang.word(Word::AllMet) } else { "" })
        }
        (None, true) => lang.word(Word::AllMetShort).to_string(),
        (None, false) => "-".into(),
    };
    vec![
        (lang.word(Word::Payout), payout),
        (lang.word(Word::MissingData), policy),
        (lang.word(Word::Requirement), qual),
        (
            lang.word(Word::Cap),
            s.cap
                .map(|c| format!("{c} kr"))
                .unwrap_or_else(|| "-".into()),
        ),
        (
            lang.word(Word::Areas),
            if s.areas.is_empty() {
                "-".into()
            } else {
                s.areas
                    .iter()
                    .map(|a| format!("{} {} %", a.name, a.weight))
                    .collect::<Vec<_>>()
                    .join(", ")
            },
        ),
        (
            lang.word(Word::Deductions),
            if s.deductions.is_empty() {
                "-".into()
            } else {
                s.deductions
                    .iter()
                    .map(|d| {
                        let amount = match &d.amount {
                            crate::domain::rules::DeductionAmount::PercentOfCompensation(p) => {
                                format!("{p} %")
                            }
                            crate::domain::rules::DeductionAmount::Fixed(a) => {
                                format!("{a} kr")
                            }
                        };
                        format!("{} < {}: {amount}", d.indicator, d.level)
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            },
        ),
        (
            lang.word(Word::FloorAtZero),
            if s.floor_at_zero {
                lang.word(Word::Yes)
            } else {
                lang.word(Word::No)
            }
            .into(),
        ),
    ]
}

/// The audit sheet (`nyckel`, `värde`) of every exported workbook.
pub(crate) fn audit_sheet<K: AsRef<str>, V: AsRef<str>>(
    wb: &mut Workbook,
    rows: &[(K, V)],
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let ws = wb.add_worksheet();
    ws.set_name(AUDIT_SHEET)?;
    ws.write_string_with_format(0, 0, "nyckel", &bold)?;
    ws.write_string_with_format(0, 1, "värde", &bold)?;
    for (k, (key, value)) in rows.iter().enumerate() {
        ws.write_string(k as u32 + 1, 0, key.as_ref())?;
        ws.write_string_with_format(k as u32 + 1, 1, value.as_ref(), &wrap)?;
    }
    ws.set_column_width(0, 22.0)?;
    ws.set_column_width(1, 70.0)?;
    Ok(())
}
