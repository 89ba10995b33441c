//! The effect follow-up's files (issue 37): Kolada's municipality-level data for one KPI (the
//! v3 `data` answer, `values[]` of `{kpi, municipality, period, values[{gender, value, count,
//! status}]}`, saved to a file) read into a [`Panel`], and the estimate as one CSV row.
//! The total (`gender: "T"`) is used; a null value, a non-empty status or no total row is
//! skipped and counted, as are the country (`0000`) and the regions (`0001`–`0025`). Errors
//! are located by the post's JSON path, e.g. `values[3].period`.

mod providers_words;
mod words;

use super::kolada::GenderValue;
use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;
use serde::Deserialize;

use super::error::{ErrorSink, FileError, FileErrorMsg, ImportError};
use crate::domain::decimal::format_number;
use crate::domain::effect::{Effect, Interval, Method, Panel};

/// The largest Kolada data file read, in bytes (256 MiB; every KPI of every municipality
/// over thirty years is a few hundred MB, one KPI a few MB). Checked before reading.
pub const MAX_KOLADA_DATA_BYTES: u64 = 256 << 20;
/// The largest absolute value accepted (Kolada's KPIs are shares, rates, kronor per
/// inhabitant: far below this).
pub const MAX_VALUE: f64 = 1e12;

#[derive(Deserialize)]
struct Data {
    values: Vec<Post>,
}

#[derive(Deserialize)]
struct Post {
    kpi: String,
    municipality: String,
    period: serde_json::Value,
    values: Vec<GenderValue>,
}

/// A KPI's panel as read, and what was skipped.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelRead {
    pub panel: Panel,
    /// Posts of the KPI without a usable total (null, a status, no `T` row).
    pub missing: usize,
    /// Posts of other KPIs.
    pub other_kpis: usize,
    /// Posts of the country (`0000`) and the regions (`0001`–`0025`), not municipalities.
    pub not_municipalities: usize,
}

/// Reads a Kolada data file's panel of `kpi` (see the module's doc).
pub fn read_panel(path: &std::path::Path, kpi: &str) -> Result<PanelRead, ImportError> {
    let name = super::display_name(path);
    let bytes = super::read_input(path, MAX_KOLADA_DATA_BYTES).map_err(ImportError::single)?;
    parse_panel(&bytes, &name, kpi)
}

/// Parses Kolada data (`file` names it in errors) into the panel of `kpi`.
pub fn parse_panel(json: &[u8], file: &str, kpi: &str) -> Result<PanelRead, ImportError> {
    let text = super::decode_input(json, file).map_err(ImportError::single)?;
    // serde_json counts only LF: CRLF and CR-only files get their real line numbers this way.
    let text = super::text::lf_line_ends(&text);
    let data: Data = serde_json::from_str(&text).map_err(|e| {
        ImportError::single(FileError::new(
            file,
            Some(e.line()),
            Some(e.column().to_string()),
            FileErrorMsg::Json(e.to_string()),
        ))
    })?;
    let mut sink = ErrorSink::new(file);
    let mut read = PanelRead {
        panel: Panel::new(),
        missing: 0,
        other_kpis: 0,
        not_municipalities: 0,
    };
    let mut first_post = std::collections::HashMap::new();
    let mut kpis = std::collections::BTreeSet::new();
    for (k, post) in data.values.iter().enumerate() {
        let at = |field: &str| format!("values[{k}].{field}");
        if post.kpi != kpi {
            read.other_kpis += 1;
            kpis.insert(post.kpi.as_str());
            continue;
        }
        let code = post.municipality.as_str();
        if code.len() != 4 || !code.bytes().all(|b| b.is_ascii_digit()) {
            let text = super::fields::printable(code, 40);
            sink.push(
                None,
                Some(&at("municipality")),
                FileErrorMsg::MunicipalityCode { text },
            );
            continue;
        }
        if code.starts_with("00") {
            // 0000 is the whole country and 0001–0025 the regions: they contain the
            // municipalities, the treated one too, and are no comparison for it.
            read.not_municipalities += 1;
            continue;
        }
        let Some(year) = year(&post.period) else {
            let text = super::fields::printable(&post.period.to_string(), 40);
            sink.push(None, Some(&at("period")), FileErrorMsg::Year { text });
            continue;
        };
        let mut totals = post.values.iter().filter(|g| g.gender == "T");
        let (total, second) = (totals.next(), totals.next());
        if second.is_some() {
            sink.push(None, Some(&at("values")), FileErrorMsg::TwoTotals);
            continue;
        }
        let status = total.and_then(|g| g.status.as_deref()).unwrap_or("").trim();
        let Some(value) = total.and_then(|g| g.value).filter(|_| status.is_empty()) else {
            read.missing += 1;
            continue;
        };
        if value.abs() > MAX_VALUE {
            sink.push(
                None,
                Some(&at("values.value")),
                FileErrorMsg::OutOfBounds {
                    text: value.to_string(),
                    max: Decimal::from_f64(MAX_VALUE).unwrap_or(Decimal::MAX),
                },
            );
            continue;
        }
        if let Some(first) = first_post.insert((code.to_string(), year), k) {
            sink.push(
                None,
                Some(&at("period")),
                FileErrorMsg::SamePost {
                    first: format!("values[{first}]"),
                },
            );
            continue;
        }
        read.panel
            .insert(code, year, value)
            .expect("a bounded value is finite");
    }
    sink.finish()?;
    if read.panel.is_empty() && read.missing == 0 && read.not_municipalities == 0 {
        let found = kpis.iter().take(20).copied().collect::<Vec<_>>().join(", ");
        let kpi = super::fields::printable(kpi, 40);
        return Err(ImportError::single(FileError::new(
            file,
            None,
            None,
            FileErrorMsg::KpiNotInFile { kpi, found },
        )));
    }
    Ok(read)
}

/// A Kolada period as a year: a whole number 1900–2200, as a number or a text.
fn year(period: &serde_json::Value) -> Option<i32> {
    let y: i64 = match period {
        serde_json::Value::Number(n) => n.as_i64()?,
        serde_json::Value::String(s) if s.len() == 4 => s.parse().ok()?,
        _ => return None,
    };
    (1900..=2200).contains(&y).then_some(y as i32)
}

/// The CSV row's columns (fixed, whatever the language: an independent check reads them).
pub const CSV_COLUMNS: [&str; 6] = [
    "estimat",
    "ki_lag",
    "ki_hog",
    "p_varde",
    "antal_jamforelsekommuner",
    "metod",
];

/// The methods' names in the CSV's `metod` column.
pub const METHOD_DID: &str = "skillnad_i_skillnader";
pub const METHOD_SYNTHETIC: &str = "syntetisk_kontroll";

/// A statistic with `dp` decimals and a decimal comma; empty when it is not finite.
fn stat(x: f64, dp: u32) -> String {
    Decimal::from_f64(x)
        .map(|d| format_number(d, Some(dp), false))
        .unwrap_or_default()
}

/// The estimate as a CSV file of one row under [`CSV_COLUMNS`]: BOM, semicolon, decimal
/// comma, CRLF (the project's CSV); the estimate and interval with 4 decimals, the p-value
/// with 4; an unbounded interval's ends empty.
pub fn effect_csv(e: &Effect) -> Vec<u8> {
    let mut w = super::export_csv::writer();
    super::export_csv::write(&mut w, CSV_COLUMNS);
    let (low, high) = match e.interval {
        Interval::Bounded { low, high } => (stat(low, 4), stat(high, 4)),
        Interval::Unbounded { .. } => (String::new(), String::new()),
    };
    super::export_csv::write(
        &mut w,
        [
            stat(e.effect, 4),
            low,
            high,
            stat(e.p_value, 4),
            e.comparisons().to_string(),
            method_name(e.method).to_string(),
        ],
    );
    super::export_csv::finish(w)
}

/// The estimate as a workbook: one sheet `effekt` with the columns of [`CSV_COLUMNS`] and one
/// row, the numbers as numbers (an unbounded interval's ends empty).
pub fn effect_xlsx(e: &Effect) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let ws = wb.add_worksheet();
    ws.set_name("effekt")?;
    for (c, name) in CSV_COLUMNS.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *name, &bold)?;
    }
    ws.write_number(1, 0, e.effect)?;
    if let Interval::Bounded { low, high } = e.interval {
        ws.write_number(1, 1, low)?;
        ws.write_number(1, 2, high)?;
    }
    ws.write_number(1, 3, e.p_value)?;
    ws.write_number(1, 4, e.comparisons() as f64)?;
    ws.write_string(1, 5, method_name(e.method))?;
    wb.save_to_buffer()
}

/// The method as the files name it.
fn method_name(m: Method) -> &'static str {
    match m {
        Method::DifferenceInDifferences => METHOD_DID,
        Method::SyntheticControl => METHOD_SYNTHETIC,
    }
}

/// The columns of the providers' paths ([`providers_csv`]), whatever the language.
pub const PROVIDER_COLUMNS: [&str; 7] = [
    "utforar_id",
    "utforare",
    "verksamhet",
    "period",
    "utbetalning",
    "indikator",
    "varde",
];

/// The providers' paths as CSV: one row per provider, indicator of its service type and
/// period (the period's payout repeated on each), the result with up to 4 decimals (empty
/// when missing), the payout with 2 (empty when the provider is not in that period).
pub fn providers_csv(paths: &crate::domain::effect::providers::Paths) -> Vec<u8> {
    let mut w = super::export_csv::writer();
    super::export_csv::write(&mut w, PROVIDER_COLUMNS);
    for p in &paths.providers {
        for (i, ind) in paths.indicators.iter().enumerate() {
            if ind.service_type != p.service_type {
                continue;
            }
            for (k, period) in paths.periods.iter().enumerate() {
                let value = p.values[i][k].as_ref().map_or_else(String::new, |v| {
                    format_number(v.round_dp(4).normalize(), None, false)
                });
                let payout =
                    p.payouts[k].map_or_else(String::new, |d| format_number(d, Some(2), false));
                super::export_csv::write(
                    &mut w,
                    [
                        super::export_csv::text(&p.id),
                        super::export_csv::text(&p.name),
                        p.service_type.code().to_string(),
                        period.to_string(),
                        payout,
                        super::export_csv::text(&ind.id),
                        value,
                    ],
                );
            }
        }
    }
    super::export_csv::finish(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Lang;

    fn post(kpi: &str, m: &str, period: &str, values: &str) -> String {
        format!(r#"{{"kpi":"{kpi}","municipality":"{m}","period":{period},"values":[{values}]}}"#)
    }

    fn total(v: &str) -> String {
        format!(r#"{{"gender":"T","value":{v},"count":1,"status":""}}"#)
    }

    fn data(posts: &[String]) -> Vec<u8> {
        format!(
            r#"{{"count":{},"values":[{}]}}"#,
            posts.len(),
            posts.join(",")
        )
        .into_bytes()
    }

    fn error_text(json: &[u8]) -> String {
        parse_panel(json, "k.json", "N1")
            .unwrap_err()
            .text(Lang::Sv)
    }

    #[test]
    fn reads_the_totals_of_one_kpi() {
        let men = r#"{"gender":"M","value":1.0,"count":1,"status":""}"#;
        let json = data(&[
            post("N1", "0180", "2020", &format!("{men},{}", total("85.5"))),
            post("N1", "0180", "\"2021\"", &total("86")),
            post("N1", "1480", "2020", &total("null")),
            post(
                "N1",
                "1480",
                "2021",
                r#"{"gender":"T","value":3,"status":"B"}"#,
            ),
            post("N1", "1480", "2022", men),
            post("N2", "1480", "2020", &total("1")),
            post("N1", "0000", "2020", &total("80")),
            post("N1", "0014", "2020", &total("81")),
        ]);
        let r = parse_panel(&json, "k.json", "N1").unwrap();
        assert_eq!(r.panel.get("0180", 2020), Some(85.5));
        assert_eq!(r.panel.get("0180", 2021), Some(86.0));
        assert_eq!(r.panel.len(), 1);
        assert_eq!((r.missing, r.other_kpis, r.not_municipalities), (3, 1, 2));
    }

    #[test]
    fn errors_are_located_and_in_swedish() {
        let cases = [
            (
                data(&[post("N1", "180", "2020", &total("1"))]),
                "k.json, kolumn ”values[0].municipality”: förväntade en kommunkod med fyra siffror (t.ex. ”0180”), fick ”180”",
            ),
            (
                data(&[post("N1", "0180", "\"2020-05\"", &total("1"))]),
                "k.json, kolumn ”values[0].period”: förväntade ett år (ÅÅÅÅ), fick \"2020-05\"",
            ),
            (
                data(&[post(
                    "N1",
                    "0180",
                    "2020",
                    &format!("{},{}", total("1"), total("2")),
                )]),
                "k.json, kolumn ”values[0].values”: posten har mer än en totalrad",
            ),
            (
                data(&[
                    post("N1", "0180", "2020", &total("1")),
                    post("N1", "0180", "2020", &total("2")),
                ]),
                "k.json, kolumn ”values[1].period”: samma kommun och år finns redan i values[0]",
            ),
            (
                data(&[post("N2", "0180", "2020", &total("1"))]),
                "k.json: filen har inga värden för KPI N1 (den har: N2)",
            ),
            (
                data(&[post("N1", "0180", "2020", &total("1e13"))]),
                "k.json, kolumn ”values[0].values.value”:",
            ),
            (
                b"{\"values\":[\n{\"kpi\":\"N1\"}]}".to_vec(),
                "k.json, rad 2, kolumn 12: ogiltig JSON: missing field `municipality`",
            ),
            (b"".to_vec(), "k.json, rad 1, kolumn 0: ogiltig JSON"),
        ];
        for (json, want) in cases {
            let got = error_text(&json);
            assert!(got.starts_with(want), "{got}\nwanted {want}");
        }
    }

    #[test]
    fn the_csv_row_has_the_issues_columns_and_decimal_comma() {
        let mut p = Panel::new();
        for u in 0..3 {
            p.insert(&format!("c{u}"), 2020, 0.0).unwrap();
            p.insert(&format!("c{u}"), 2021, f64::from(u)).unwrap();
        }
        p.insert("t", 2020, 0.0).unwrap();
        p.insert("t", 2021, 3.5).unwrap();
        let q = crate::domain::effect::Question {
            treated: "t".into(),
            introduced: 2021,
            exclude: vec![],
        };
        let e = crate::domain::effect::estimate(&p, &q).unwrap();
        let csv = String::from_utf8(effect_csv(&e)).unwrap();
        assert_eq!(
            csv,
            "\u{feff}estimat;ki_lag;ki_hog;p_varde;antal_jamforelsekommuner;metod\r\n\
             2,5000;;;0,2500;3;skillnad_i_skillnader\r\n"
        );
    }
}
