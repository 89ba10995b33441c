//! Payout and explanation tables as CSV: semicolon, decimal comma, no thousands separator,
//! UTF-8 with BOM so Excel opens it correctly. Deterministic: the same calculation gives the
//! same bytes.

use rust_decimal::Decimal;

use crate::domain::Lang;
use crate::domain::decimal::{format_number, round_display};
use crate::domain::explanation::Calculation;

const BOM: &str = "\u{feff}";

/// Quotes a field if it holds a separator, quote or line break.
pub fn field(s: &str) -> String {
    if s.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn num(d: Decimal, dp: u32) -> String {
    format_number(d, Some(dp), false)
}

/// Exact number, as many decimals as needed (max 6), decimal comma.
fn exact(d: Decimal) -> String {
    format_number(round_display(d, 6).normalize(), None, false)
}

/// The payout table: one row per provider.
pub fn payout_csv(calc: &Calculation, lang: Lang) -> Vec<u8> {
    let mut out = String::from(BOM);
    let header = match lang {
        Lang::Sv => {
            "utförar_id;utförare;verksamhet;regi;volym;volymenhet;poäng_procent;status;kvalitetspeng_kr;beräkning"
        }
        Lang::En => {
            "provider_id;provider_name;service_type;regi;volume;volume_unit;score_percent;status;payout_kr;calculation"
        }
    };
    out.push_str(header);
    out.push_str("\r\n");
    for p in &calc.providers {
        let row = [
            field(&p.id),
            field(&p.name),
            field(p.service_type.label(lang)),
            field(p.regi.label(lang)),
            exact(p.volume),
            field(p.volume_unit.label(lang)),
            num(p.score.percent(2), 2),
            field(&p.status.text(lang)),
            num(p.payout, 2),
            field(&p.reason(lang)),
        ];
        out.push_str(&row.join(";"));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// The explanation table: one row per provider × indicator.
pub fn explanation_csv(calc: &Calculation, lang: Lang) -> Vec<u8> {
    let mut out = String::from(BOM);
    let header = match lang {
        Lang::Sv => {
            "utförar_id;utförare;verksamhet;indikator;namn;värde;antal_svar;status;utfall_procent;vikt_procent;effektiv_vikt_procent;bidrag_procentenheter;kronor;motivering"
        }
        Lang::En => {
            "provider_id;provider_name;service_type;indicator_id;name;value;respondents;status;credit_percent;weight_percent;effective_weight_percent;contribution_points;kronor;reason"
        }
    };
    out.push_str(header);
    out.push_str("\r\n");
    for p in &calc.providers {
        for (i, kronor) in p.indicators.iter().zip(p.indicator_kronor()) {
            let status = if i.status.is_ok() {
                lang.pick("ok", "ok")
            } else {
                lang.pick("saknas/otillräckligt", "missing/insufficient")
            };
            let row = [
                field(&p.id),
                field(&p.name),
                field(p.service_type.label(lang)),
                field(&i.indicator_id),
                field(&i.name),
                i.value
                    .as_ref()
                    .map(|v| exact(v.round_dp(6)))
                    .unwrap_or_default(),
                i.respondents.map(|n| n.to_string()).unwrap_or_default(),
                status.to_string(),
                num(i.credit.percent(2), 2),
                exact(i.weight_percent),
                num(i.effective_weight.percent(2), 2),
                num(i.contribution.percent(2), 2),
                num(kronor, 2),
                field(&i.reason(lang)),
            ];
            out.push_str(&row.join(";"));
            out.push_str("\r\n");
        }
        if let Some((id, text, kronor)) = p.fallback_row(lang) {
            let row = [
                field(&p.id),
                field(&p.name),
                field(p.service_type.label(lang)),
                field(id),
                field(&text),
                String::new(),
                String::new(),
                id.to_string(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                num(kronor, 2),
                field(&p.reason(lang)),
            ];
            out.push_str(&row.join(";"));
            out.push_str("\r\n");
        }
    }
    out.into_bytes()
}
