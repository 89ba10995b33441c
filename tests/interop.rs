//! Spreadsheet and open-data interoperability: XLSX in and out, Kolada, audit trail, round-trips.

mod common;
use common::*;

use calamine::{Data, Reader};
use kvalitetspeng::domain::calculate;
use kvalitetspeng::io::audit::{Audit, sha256_hex};
use kvalitetspeng::io::export_xlsx::{
    AUDIT_SHEET, EXPLANATION_SHEET, PAYOUT_SHEET, RULES_SHEET, payout_xlsx,
};
use kvalitetspeng::io::kolada::{parse_kolada, parse_mapping};
use kvalitetspeng::io::results_csv::{parse_results, write_results_csv};
use kvalitetspeng::io::results_xlsx::{parse_results_xlsx, write_results_xlsx};
use kvalitetspeng::words::Lang;
use rust_xlsxwriter::Workbook;

fn sheet(bytes: &[u8], name: &str) -> calamine::Range<Data> {
    let mut wb =
        calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap();
    wb.worksheet_range(name).unwrap()
}

fn fixed_audit() -> Audit {
    Audit {
        app_version: "test".into(),
        rules_file: "rules.ron".into(),
        rules_sha256: sha256_hex(&std::fs::read(sample("sjovik/rules.ron")).unwrap()),
        results_file: "results.csv".into(),
        results_sha256: sha256_hex(&std::fs::read(sample("sjovik/results.csv")).unwrap()),
        calculated_at: "2026-01-01T00:00:00Z".into(),
    }
}

#[test]
fn xlsx_import_numbers_as_numbers_or_text_with_decimal_comma() {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Resultat").unwrap();
    let head = [
        "Period",
        "Utförar_ID",
        "Utförare",
        "Verksamhet",
        "Regi",
        "Volym",
        "Indikator",
        "Värde",
        "Antal svar",
    ];
    for (c, h) in head.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    // Row 2: numbers as numbers; row 3: numbers as text with decimal comma.
    ws.write_number(1, 0, 2025.0).unwrap();
    for (c, t) in [
        (1, "SB01"),
        (2, "Almgården"),
        (3, "säbo"),
        (4, "privat"),
        (6, "helhet"),
    ] {
        ws.write_string(1, c, t).unwrap();
    }
    ws.write_number(1, 5, 60.0).unwrap();
    ws.write_number(1, 7, 86.5).unwrap();
    ws.write_number(1, 8, 40.0).unwrap();
    // Row 4: a value formatted as percent in Excel (86 % is stored as 0.86) reads as 86, and
    // one with a custom percent format (0,0 %) too.
    let percent = rust_xlsxwriter::Format::new().set_num_format("0%");
    let custom = rust_xlsxwriter::Format::new().set_num_format("0.0 %");
    for (c, t) in [(0, "2025"), (1, "SB01"), (6, "personal")] {
        ws.write_string(3, c, t).unwrap();
    }
    ws.write_number_with_format(3, 7, 0.86, &percent).unwrap();
    for (c, t) in [(0, "2025"), (1, "SB01"), (6, "kontinuitet")] {
        ws.write_string(4, c, t).unwrap();
    }
    ws.write_number_with_format(4, 7, 0.7125, &custom).unwrap();
    for (c, t) in [(0, "2025"), (1, "SB01"), (6, "smarta"), (7, "75,25")] {
        ws.write_string(2, c, t).unwrap();
    }
    let bytes = wb.save_to_buffer().unwrap();
    let r = parse_results_xlsx(&bytes, "in.xlsx", None).unwrap();
    assert_eq!(r.providers.len(), 1);
    assert_eq!(r.providers[0].volume, d("60"));
    assert_eq!(r.observations[0].value, Some(d("86.5")));
    assert_eq!(r.observations[0].respondents, Some(40));
    let by_indicator = |id: &str| {
        let i = r.indicators.iter().position(|x| x == id).unwrap() as u32;
        r.observations
            .iter()
            .find(|o| o.indicator == i)
            .unwrap()
            .value
    };
    assert_eq!(by_indicator("personal"), Some(d("86")));
    assert_eq!(by_indicator("kontinuitet"), Some(d("71.25")));
    assert_eq!(r.observations[1].value, Some(d("75.25")));
    // By name, any case.
    assert!(parse_results_xlsx(&bytes, "in.xlsx", Some("resultat")).is_ok());
}

#[test]
fn xlsx_import_errors_are_located() {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Blad1").unwrap();
    for (c, h) in [
        "period",
        "utförar_id",
        "utförare",
        "verksamhet",
        "regi",
        "volym",
        "indikator",
        "värde",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (c, t) in [
        (0, "2025"),
        (1, "A"),
        (2, "A"),
        (3, "säbo"),
        (4, "privat"),
        (5, "tio"),
        (6, "x"),
        (7, "1"),
    ] {
        ws.write_string(1, c, t).unwrap();
    }
    let bytes = wb.save_to_buffer().unwrap();
    let e = parse_results_xlsx(&bytes, "in.xlsx", None).unwrap_err();
    assert_eq!(
        e.text(Lang::Sv),
        "in.xlsx [Blad1], rad 2, kolumn ”volym”: förväntade ett tal: ”tio” är inte ett tal"
    );
    let e = parse_results_xlsx(&bytes, "in.xlsx", Some("Data")).unwrap_err();
    assert_eq!(
        e.text(Lang::Sv),
        "in.xlsx: bladet ”Data” finns inte (finns: Blad1)"
    );
    // A missing column.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "period").unwrap();
    let e = parse_results_xlsx(&wb.save_to_buffer().unwrap(), "in.xlsx", None).unwrap_err();
    assert!(
        e.text(Lang::Sv)
            .contains("rad 1: kolumnen ”utförar_id” saknas"),
        "{}",
        e.text(Lang::Sv)
    );
    // Not a workbook at all.
    let e = parse_results_xlsx(b"not a zip", "in.xlsx", None).unwrap_err();
    assert!(
        e.text(Lang::Sv)
            .starts_with("in.xlsx: kalkylbladet kunde inte läsas"),
        "{}",
        e.text(Lang::Sv)
    );
}

#[test]
fn results_round_trip_through_csv_and_xlsx() {
    let original = results("sjovik/results.csv");
    let csv = write_results_csv(&original);
    let back = parse_results(&csv, "rundtur.csv").unwrap();
    assert_eq!(back.providers, original.providers);
    assert_eq!(back.indicators, original.indicators);
    assert_eq!(back.observations.len(), original.observations.len());
    for (a, b) in back.observations.iter().zip(&original.observations) {
        assert_eq!(
            (a.provider, a.indicator, a.period, a.value, a.respondents),
            (b.provider, b.indicator, b.period, b.value, b.respondents)
        );
    }
    let xlsx = write_results_xlsx(&original).unwrap();
    let back = parse_results_xlsx(&xlsx, "rundtur.xlsx", None).unwrap();
    assert_eq!(back.providers, original.providers);
    for (a, b) in back.observations.iter().zip(&original.observations) {
        assert_eq!(
            (a.provider, a.indicator, a.period, a.value, a.respondents),
            (b.provider, b.indicator, b.period, b.value, b.respondents)
        );
    }
}

#[test]
fn xlsx_export_reads_back_with_values_totals_and_audit() {
    let rules = rules("sjovik/rules.ron");
    let c = calc("sjovik/rules.ron", "sjovik/results.csv");
    let bytes = payout_xlsx(&c, None, &rules, &fixed_audit(), Lang::Sv).unwrap();
    let pay = sheet(&bytes, PAYOUT_SHEET);
    assert_eq!(
        pay.get_value((0, 8)),
        Some(&Data::String("Kvalitetspeng (kr)".into()))
    );
    // Every provider's payout as a number, equal to the calculation to the öre.
    for (k, p) in c.providers.iter().enumerate() {
        let row = k as u32 + 1;
        assert_eq!(pay.get_value((row, 0)), Some(&Data::String(p.id.clone())));
        let Some(Data::Float(v)) = pay.get_value((row, 8)) else {
            panic!("row {row}")
        };
        assert_eq!(
            kvalitetspeng::domain::decimal::parse_number(&format!("{v}")).unwrap(),
            p.payout
        );
    }
    // Totals per service type and overall.
    let n = c.providers.len() as u32;
    let total_rows: Vec<(String, f64)> = (n + 1..n + 6)
        .filter_map(|r| match (pay.get_value((r, 1)), pay.get_value((r, 8))) {
            (Some(Data::String(s)), Some(Data::Float(v))) => Some((s.clone(), *v)),
            _ => None,
        })
        .collect();
    assert_eq!(total_rows.len(), 3, "{total_rows:?}");
    assert_eq!(
        total_rows[1],
        ("Summa särskilt boende".to_string(), 3_600_000.0)
    );
    assert_eq!(format!("{}", total_rows[2].1), "6159758.4");
    // Explanation: one row per provider × indicator.
    let expl = sheet(&bytes, EXPLANATION_SHEET);
    let indicator_rows: usize = c.providers.iter().map(|p| p.indicators.len()).sum();
    assert_eq!(expl.height(), indicator_rows + 1);
    // Rules as applied.
    let rs = sheet(&bytes, RULES_SHEET);
    assert_eq!(
        rs.get_value((0, 1)),
        Some(&Data::String("Sjöviks kommun".into()))
    );
    // Audit hashes.
    let au = sheet(&bytes, AUDIT_SHEET);
    let audit = fixed_audit();
    let values: Vec<String> = (1..=6)
        .map(|r| au.get_value((r, 1)).unwrap().to_string())
        .collect();
    assert_eq!(values[2], audit.rules_sha256);
    assert_eq!(values[4], audit.results_sha256);
    assert_eq!(values[5], "2026-01-01T00:00:00Z");
    // Same inputs, same cell contents.
    let again = payout_xlsx(&c, None, &rules, &fixed_audit(), Lang::Sv).unwrap();
    for name in [PAYOUT_SHEET, EXPLANATION_SHEET, RULES_SHEET, AUDIT_SHEET] {
        assert_eq!(sheet(&bytes, name), sheet(&again, name), "{name}");
    }
}

#[test]
fn kolada_fixture_imports_with_warnings() {
    let mapping = parse_mapping(
        &std::fs::read_to_string(sample("kolada/mapping.ron")).unwrap(),
        "mapping.ron",
    )
    .unwrap();
    let json = std::fs::read(sample("kolada/oudata.json")).unwrap();
    let r = parse_kolada(&json, "oudata.json", &mapping, "mapping.ron").unwrap();
    assert_eq!(r.providers.len(), 6);
    assert_eq!(r.observations.len(), 6, "the unmapped KPI is skipped");
    let value = |pid: &str| {
        let i = r.providers.iter().position(|p| p.id == pid).unwrap() as u32;
        r.observations
            .iter()
            .find(|o| o.provider == i)
            .unwrap()
            .value
    };
    assert_eq!(value("HT01"), Some(d("82")), "the T row is used");
    assert_eq!(value("HT10"), Some(d("91.5")));
    assert_eq!(value("HT13"), None, "null value is missing data");
    assert_eq!(value("HT04"), None, "a status makes it missing");
    assert_eq!(r.import_warnings.len(), 3, "{:?}", r.import_warnings);
    assert!(
        r.import_warnings[1]
            .text(kvalitetspeng::words::Lang::Sv)
            .contains("status ”Uppgift saknas”")
    );
    assert!(
        r.import_warnings[1]
            .text(kvalitetspeng::words::Lang::En)
            .contains("status “Uppgift saknas”, counts as missing")
    );
    // And it calculates.
    let c = calculate(&rules("kolada/rules.ron"), &r).unwrap();
    assert_eq!(c.provider("SB01").unwrap().payout, d("500000.00"));
    assert_eq!(c.provider("HT10").unwrap().payout, d("228088.24"));
}

#[test]
fn kolada_errors_are_located() {
    let mapping = parse_mapping(
        &std::fs::read_to_string(sample("kolada/mapping.ron")).unwrap(),
        "mapping.ron",
    )
    .unwrap();
    let json = br#"{"values": [
        {"kpi": "U21468", "ou": "V21E9901H001", "period": 2025, "values": [{"gender": "T", "value": 80}]},
        {"kpi": "U21468", "ou": "V99X", "period": 2025, "values": [{"gender": "T", "value": 80}]}
    ]}"#;
    let e = parse_kolada(json, "k.json", &mapping, "m.ron").unwrap_err();
    assert_eq!(
        e.text(Lang::Sv),
        "k.json, rad 2, kolumn ”values[1].ou”: okänt ou ”V99X” (saknas i mappningen)"
    );
    let e = parse_kolada(b"{\"values\": [}", "k.json", &mapping, "m.ron").unwrap_err();
    assert!(
        e.text(Lang::Sv)
            .starts_with("k.json, rad 1, kolumn 13: ogiltig JSON"),
        "{}",
        e.text(Lang::Sv)
    );
    let e = parse_mapping(
        "KoladaMapping(providers: [], indicators: [], extra: 1)",
        "m.ron",
    )
    .unwrap_err();
    assert!(e.to_string().contains("okänt fält `extra`"), "{e}");
}

#[test]
fn cli_reads_xlsx_and_kolada_and_writes_xlsx_with_audit() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx_in = dir.path().join("resultat.xlsx");
    std::fs::write(
        &xlsx_in,
        write_results_xlsx(&results("worked_example_a/results.csv")).unwrap(),
    )
    .unwrap();
    let out = dir.path().join("utbetalning.xlsx");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_kvalitetspeng"))
        .args(["calc", "--rules"])
        .arg(sample("worked_example_a/rules.ron"))
        .arg("--results")
        .arg(&xlsx_in)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8(o.stdout).unwrap().contains("571428,57"));
    let bytes = std::fs::read(&out).unwrap();
    // The explanation sheet (its indicator results made again by `calc`) is the whole
    // calculation's, and so is the payout sheet.
    let rules = kvalitetspeng::io::read_rules(&sample("worked_example_a/rules.ron")).unwrap();
    let c = calculate(&rules, &results("worked_example_a/results.csv")).unwrap();
    let whole = payout_xlsx(&c, None, &rules, &fixed_audit(), Lang::Sv).unwrap();
    for name in [EXPLANATION_SHEET, PAYOUT_SHEET] {
        let cells = |b: &[u8]| {
            sheet(b, name)
                .rows()
                .map(<[Data]>::to_vec)
                .collect::<Vec<_>>()
        };
        assert!(cells(&whole).len() > 2);
        assert_eq!(cells(&bytes), cells(&whole), "{name}");
    }
    let au = sheet(&bytes, AUDIT_SHEET);
    assert_eq!(
        au.get_value((5, 1)).unwrap().to_string(),
        sha256_hex(&std::fs::read(&xlsx_in).unwrap())
    );
    // Kolada with mapping, CSV out with the audit companion.
    let csv_out = dir.path().join("k.csv");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_kvalitetspeng"))
        .args(["calc", "--rules"])
        .arg(sample("kolada/rules.ron"))
        .arg("--results")
        .arg(sample("kolada/oudata.json"))
        .arg("--mapping")
        .arg(sample("kolada/mapping.ron"))
        .arg("--out")
        .arg(&csv_out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let companion = std::fs::read_to_string(dir.path().join("k.verifikation.csv")).unwrap();
    assert!(
        companion.contains(&format!(
            "resultatfil_sha256;{}",
            sha256_hex(&std::fs::read(sample("kolada/oudata.json")).unwrap())
        )),
        "{companion}"
    );
    // Kolada without a mapping is a clear error.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_kvalitetspeng"))
        .args(["calc", "--rules"])
        .arg(sample("kolada/rules.ron"))
        .arg("--results")
        .arg(sample("kolada/oudata.json"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8(o.stderr)
            .unwrap()
            .contains("behöver en mappningsfil")
    );
}

#[test]
fn kolada_mappings_are_checked_like_the_csv() {
    let base = std::fs::read_to_string(sample("kolada/mapping.ron")).unwrap();
    let json = std::fs::read(sample("kolada/oudata.json")).unwrap();
    let first_error = |mapping: &str| -> String {
        let m = parse_mapping(mapping, "m.ron").unwrap();
        let e = parse_kolada(&json, "oudata.json", &m, "m.ron").unwrap_err();
        e.errors[0].text(Lang::Sv)
    };
    let cases = [
        (
            base.replacen("volume: 52750", "volume: -5", 1),
            "m.ron, kolumn ”providers[0].volume”: talet får inte vara negativt, fick ”-5”",
        ),
        (
            base.replacen("provider_id: \"HT01\"", "provider_id: \"\"", 1),
            "m.ron, kolumn ”providers[0].provider_id”: fältet får inte vara tomt",
        ),
        (
            base.replacen(
                "KoladaIndicator(kpi: \"U23471\", indicator_id: \"sb_helhet\")",
                "KoladaIndicator(kpi: \"U21468\", indicator_id: \"sb_helhet\")",
                1,
            ),
            "m.ron, kolumn ”indicators[1].kpi”: ”U21468” finns två gånger i mappningen; varje ou, utförar-id och KPI får bara förekomma en gång",
        ),
        (
            base.replacen("provider_id: \"HT01\"", "provider_id: \"HT\u{200B}01\"", 1),
            "m.ron, kolumn ”providers[0].provider_id”: otillåtet tecken U+200B på plats 3; ta bort det (id och namn får inte innehålla styrtecken, osynliga tecken som nollbredds- och riktningstecken, och id inga andra mellanslag än vanligt mellanslag)",
        ),
    ];
    let cases = cases.into_iter().chain([(
        base.replacen("ou: \"V21E9901H001\"", "ou: \"V21E9901H001 \"", 1),
        "m.ron, kolumn ”providers[0].ou”: texten börjar eller slutar med mellanslag; ta bort dem (ett id jämförs tecken för tecken)",
    )]);
    for (mapping, expected) in cases {
        assert_eq!(first_error(&mapping), expected);
    }
}

/// With deductions and paid-so-far amounts the workbook has the money columns, their totals,
/// and each deduction as a row of the explanation (the rows summing to the net).
#[test]
fn xlsx_export_has_the_money_columns_with_totals() {
    let rules = rules("worked_example_i/rules.ron");
    let c = calc("worked_example_i/rules.ron", "worked_example_i/results.csv");
    let bytes = payout_xlsx(&c, None, &rules, &fixed_audit(), Lang::Sv).unwrap();
    let pay = sheet(&bytes, PAYOUT_SHEET);
    let head: Vec<String> = (8..14)
        .map(|col| pay.get_value((0, col)).unwrap().to_string())
        .collect();
    assert_eq!(
        head,
        [
            "Kvalitetspeng (kr)",
            "Innehållet (kr)",
            "Avdrag (kr)",
            "Netto (kr)",
            "Utbetalt hittills (kr)",
            "Avräkning (kr)"
        ]
    );
    // Järna: 15 000 − 20 000 = −5 000; the total row of settlements +6 000.
    assert_eq!(pay.get_value((2, 11)), Some(&Data::Float(-5000.0)));
    assert_eq!(pay.get_value((7, 13)), Some(&Data::Float(6000.0)));
    let expl = sheet(&bytes, EXPLANATION_SHEET);
    let jarna: f64 = (1..expl.height() as u32)
        .filter(|&r| expl.get_value((r, 0)).map(|v| v.to_string()) == Some("I2".into()))
        .filter_map(|r| match expl.get_value((r, 10)) {
            Some(Data::Float(f)) => Some(*f),
            _ => None,
        })
        .sum();
    assert_eq!(jarna, -5000.0);
}
