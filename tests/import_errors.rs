//! Results import: formats accepted, and every bad input rejected whole with a located error.

mod common;
use kvalitetspeng::io::results_csv::parse_results;
use kvalitetspeng::io::rules_ron::parse_rules;
use kvalitetspeng::words::Lang;

const HEAD: &str = "period;utförar_id;utförare;verksamhet;regi;volym;indikator;värde;antal_svar\n";

fn err(text: &str) -> String {
    parse_results(text.as_bytes(), "in.csv")
        .unwrap_err()
        .text(Lang::Sv)
}

#[test]
fn accepts_bom_comma_separator_decimal_point_and_english_headers() {
    let csv = "\u{feff}Period,Provider_ID,Provider name,Service type,Regi,Volume,Indicator_ID,Value,Respondents\n2025,A1,Alfa,home care,private,\"1 200,5\",nojd,\"86,5\",12\n2025,A1,,,,,kont,11.25,\n";
    let r = parse_results(csv.as_bytes(), "en.csv").unwrap();
    assert_eq!(r.providers.len(), 1);
    assert_eq!(r.providers[0].volume.to_string(), "1200.5");
    assert_eq!(r.observations.len(), 2);
    assert_eq!(r.observations[0].value.unwrap().to_string(), "86.5");
    assert_eq!(r.observations[0].respondents, Some(12));
    assert_eq!(r.observations[1].value.unwrap().to_string(), "11.25");
}

#[test]
fn accepts_windows_1252() {
    let mut bytes: Vec<u8> = Vec::new();
    bytes.extend_from_slice(
        b"period;utf\xf6rar_id;utf\xf6rare;verksamhet;regi;volym;indikator;v\xe4rde\n",
    );
    bytes.extend_from_slice(b"2025;S1;\xc5sg\xe5rden;s\xe4bo;egen regi;40;helhet;80\n");
    let r = parse_results(&bytes, "ansi.csv").unwrap();
    assert_eq!(r.providers[0].name, "Åsgården");
}

#[test]
fn empty_value_is_missing_data_not_an_error() {
    let r = parse_results(
        format!("{HEAD}2025;A;A;säbo;privat;10;helhet;;\n").as_bytes(),
        "x.csv",
    )
    .unwrap();
    assert_eq!(r.observations[0].value, None);
}

#[test]
fn located_errors() {
    let cases: &[(&str, &str)] = &[
        ("", "in.csv: filen är tom"),
        (
            "period;utförar_id\n2025;A\n",
            "in.csv, rad 1: kolumnen ”utförare” saknas",
        ),
        (
            &format!("{HEAD}2025;A;A;säbo;privat;10;helhet;åttio;\n"),
            "in.csv, rad 2, kolumn ”värde”: förväntade ett tal: ”åttio” är inte ett tal",
        ),
        (
            &format!("{HEAD}2025;A;A;säbo;privat;10;helhet;NaN;\n"),
            "in.csv, rad 2, kolumn ”värde”: förväntade ett tal: ”NaN” är inte ett tal",
        ),
        (
            &format!("{HEAD}2025;A;A;skola;privat;10;helhet;80;\n"),
            "in.csv, rad 2, kolumn ”verksamhet”: förväntade verksamhet ”hemtjänst” eller ”säbo”, fick ”skola”",
        ),
        (
            &format!("{HEAD}2025;A;A;säbo;kooperativ;10;helhet;80;\n"),
            "in.csv, rad 2, kolumn ”regi”: förväntade regi ”egen regi” eller ”privat”, fick ”kooperativ”",
        ),
        (
            &format!("{HEAD}2025;A;A;säbo;privat;-10;helhet;80;\n"),
            "in.csv, rad 2, kolumn ”volym”: talet får inte vara negativt, fick ”-10”",
        ),
        (
            &format!("{HEAD}25;A;A;säbo;privat;10;helhet;80;\n"),
            "in.csv, rad 2, kolumn ”period”: förväntade en period",
        ),
        (
            &format!("{HEAD}2025;A;A;säbo;privat;10;helhet;80;12,5\n"),
            "in.csv, rad 2, kolumn ”antal_svar”: förväntade ett heltal ≥ 0, fick ”12,5”",
        ),
        (
            &format!("{HEAD}2025;A;A;säbo;privat;10;helhet;80\n"),
            "in.csv, rad 2: förväntade 9 fält som rubrikraden, fick 8",
        ),
        (
            &format!(
                "{HEAD}2025;A;A;säbo;privat;10;helhet;80;\n2025;A;A;säbo;privat;12;smarta;80;\n"
            ),
            "in.csv, rad 3, kolumn ”volym”: utföraren har ”10” på rad 2 men ”12” här",
        ),
        (
            &format!("{HEAD}2025;A;A;säbo;privat;10;helhet;80;\n2025;A;;;;;helhet;81;\n"),
            "in.csv, rad 3, kolumn ”indikator”: samma utförare, indikator och period finns redan på rad 2",
        ),
        (
            &format!("{HEAD}2025;A;A;;privat;10;helhet;80;\n"),
            "in.csv, rad 2, kolumn ”verksamhet”: fältet får inte vara tomt",
        ),
        (
            &format!("{HEAD}2025;A;A;säbo;privat;10;helhet;1,5.3;\n"),
            "in.csv, rad 2, kolumn ”värde”: förväntade ett tal: ”1,5.3” är tvetydigt",
        ),
    ];
    for (input, expected) in cases {
        let got = err(input);
        assert!(
            got.starts_with(expected),
            "input:\n{input}\nexpected start: {expected}\ngot: {got}"
        );
    }
}

#[test]
fn every_error_is_reported_and_nothing_is_imported() {
    let text = format!(
        "{HEAD}2025;A;A;säbo;privat;10;helhet;x;\n2025;B;B;säbo;privat;10;helhet;80;\n2025;C;C;säbo;privat;10;helhet;y;\n"
    );
    let e = parse_results(text.as_bytes(), "in.csv").unwrap_err();
    assert_eq!(e.errors.len(), 2);
    assert_eq!(e.errors[0].line, Some(2));
    assert_eq!(e.errors[1].line, Some(4));
}

#[test]
fn english_messages() {
    let e = parse_results(
        format!("{HEAD}2025;A;A;säbo;privat;10;helhet;x;\n").as_bytes(),
        "in.csv",
    )
    .unwrap_err();
    assert_eq!(
        e.text(Lang::En),
        "in.csv, line 2, column “värde”: expected a number: “x” is not a number"
    );
}

#[test]
fn rule_file_errors_are_located() {
    let cases: &[(&str, &str)] = &[
        ("", "r.ron: filen är tom"),
        (
            "RuleSet(format_version: 1, municipality: \"x\", name: \"y\", period: \"2025\", schemes: [",
            "r.ron, rad 1, kolumn",
        ),
        (
            "RuleSet(\n format_version: 1,\n municipality: \"x\",\n name: \"y\",\n schemes: [])",
            "fältet `period` saknas i RuleSet",
        ),
        (
            "RuleSet(\n format_version: 2,\n)",
            "r.ron, rad 2, kolumn ”format_version”: regelfilen har format 2 från en nyare version",
        ),
        (
            "RuleSet(format_version: 1, municipality: \"x\", name: \"y\", period: \"2025\", schemes: [Scheme(service_type: Skola)])",
            "okänt värde `Skola`",
        ),
        (
            "RuleSet(format_version: 1, municipality: \"x\", name: \"y\", period: \"2025\", schemes: [Scheme(service_type: Sabo, volume_unit: Place, payout: PerVolumeUnit(kr_per_unit: NaN), indicators: [])])",
            "NaN och oändligt är inte tillåtna",
        ),
        (
            "RuleSet(format_version: 1, municipality: \"x\", name: \"y\", period: \"2025\", schemes: [Scheme(service_type: Sabo, volume_unit: Place, payout: PerVolumeUnit(kr_per_unit: \"tolv\"), indicators: [])])",
            "”tolv” är inte ett tal",
        ),
        (
            "RuleSet(format_version: 1, municipality: \"x\", name: \"y\", period: \"2025\", schemes: [Scheme(service_type: Sabo, volume_unit: Place, payout: PerVolumeUnit(kr_per_unit: true), indicators: [])])",
            "kolumn 166: förväntade ett tal (t.ex. 12.35), fann the boolean `true`",
        ),
        (
            "RuleSet(format_version: 1, municipality: 5, name: \"y\", period: \"2025\", schemes: [])",
            "r.ron, rad 1, kolumn",
        ),
    ];
    for (input, expected) in cases {
        let got = parse_rules(input, "r.ron").unwrap_err().to_string();
        assert!(
            got.contains(expected),
            "input: {input}\nexpected: {expected}\ngot: {got}"
        );
    }
}

/// A rule file's errors read in the language of the user interface (they used to be worded in
/// Swedish when read, whatever the language).
#[test]
fn rule_file_errors_read_in_english_too() {
    let cases: &[(&str, &str)] = &[
        (
            "RuleSet(\n format_version: 1,\n municipality: \"x\",\n name: \"y\",\n schemes: [])",
            "r.ron, line 5, column 13: the field `period` is missing in RuleSet",
        ),
        (
            "RuleSet(format_version: 1, municipality: \"x\", name: \"y\", period: \"2025\", schemes: [Scheme(service_type: Sabo, volume_unit: Place, payout: PerVolumeUnit(kr_per_unit: NaN), indicators: [])])",
            "NaN and infinity are not allowed",
        ),
        (
            "RuleSet(format_version: 1, municipality: \"x\", name: \"y\", period: \"2025\", schemes: [Scheme(service_type: Skola)])",
            "unknown value `Skola`",
        ),
        (
            "RuleSet(format_version: 1, municipality: \"x\", name: \"y\", period: \"2025\", schemes: [Scheme(service_type: Sabo, volume_unit: Place, payout: PerVolumeUnit(kr_per_unit: true), indicators: [])])",
            "column 166: expected a number (e.g. 12.35), found the boolean `true`",
        ),
    ];
    for (input, expected) in cases {
        let e = parse_rules(input, "r.ron").unwrap_err();
        let got = e.text(kvalitetspeng::words::Lang::En);
        assert!(
            got.contains(expected),
            "input: {input}\nexpected: {expected}\ngot: {got}"
        );
    }
}

/// Found by fuzzing: a 19-digit volume overflowed the number parser's fast path (a panic in a
/// debug build). It is a located error now (beyond the bounds), the same in every build.
#[test]
fn a_nineteen_digit_number_is_a_located_error() {
    let csv = "period;utförar_id;utförare;verksamhet;regi;volym;indikator;värde\n2025;A1;Alfa;säbo;privat;9999999999999999999;helhet;80\n";
    let e = kvalitetspeng::io::results_csv::parse_results(csv.as_bytes(), "x.csv").unwrap_err();
    assert_eq!(
        e.errors[0].text(kvalitetspeng::words::Lang::Sv),
        "x.csv, rad 2, kolumn ”volym”: talet ”9999999999999999999” är större än programmets gräns 1 000 000 000 000 (till beloppet)"
    );
}

/// Only regular files are read: a FIFO (which would block forever), a device such as
/// /dev/zero (which never ends) and a folder are refused at once, before any read.
#[cfg(unix)]
#[test]
fn special_files_are_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("resultat.csv");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let zero = dir.path().join("noll.csv");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let folder = dir.path().join("mapp.csv");
    std::fs::create_dir(&folder).unwrap();
    for (path, kind) in [
        (&fifo, "en namngiven pipe (FIFO)"),
        (&zero, "en enhet"),
        (&folder, "en mapp"),
    ] {
        let e = kvalitetspeng::io::read_results(path).unwrap_err();
        assert_eq!(
            e.errors[0].text(kvalitetspeng::words::Lang::Sv),
            format!(
                "{}: sökvägen är {kind}, inte en vanlig fil; ingenting lästes",
                path.file_name().unwrap().to_string_lossy()
            )
        );
    }
}

/// A weight written with more digits than an f64 holds is read exactly, so 50.00000000000000001
/// and 50 do not pass as 100 %.
#[test]
fn rule_file_numbers_are_exact_beyond_f64() {
    let text = std::fs::read_to_string(common::sample("worked_example_a/rules.ron")).unwrap();
    let text = text.replacen("weight: 50", "weight: 50.00000000000000001", 1);
    let rules = kvalitetspeng::io::rules_ron::parse_rules(&text, "r.ron").unwrap();
    assert_eq!(
        rules.schemes[0].indicators[0].weight.to_string(),
        "50.00000000000000001"
    );
    let problems = kvalitetspeng::domain::validation::validate(&rules);
    assert!(
        problems.iter().any(|p| matches!(
            p.msg,
            kvalitetspeng::domain::validation::ProblemMsg::WeightsNotHundred { .. }
        )),
        "{problems:?}"
    );
}

/// CSV exports neutralise text that Excel would run as a formula (OWASP), numbers stay numbers.
#[test]
fn csv_exports_neutralise_formula_text() {
    let mut results = common::results("worked_example_a/results.csv");
    results.providers[0].name = "=HYPERLINK(\"http://x\";\"klicka\")".into();
    let calc =
        kvalitetspeng::domain::calculate(&common::rules("worked_example_a/rules.ron"), &results)
            .unwrap();
    let csv = String::from_utf8(kvalitetspeng::io::export_csv::payout_csv(
        &calc,
        kvalitetspeng::words::Lang::Sv,
    ))
    .unwrap();
    assert!(
        csv.contains("SB01;\"'=HYPERLINK(\"\"http://x\"\";\"\"klicka\"\")\";"),
        "{csv}"
    );
    assert!(csv.contains(";571428,57;"), "amounts unchanged: {csv}");
    let expl = String::from_utf8(kvalitetspeng::io::export_csv::explanation_csv(
        &calc,
        kvalitetspeng::words::Lang::Sv,
    ))
    .unwrap();
    assert!(!expl.contains(";=HYPERLINK"), "{expl}");
}

/// A line longer than 1 MiB and a header with more than 256 columns are refused before the
/// CSV reader allocates for them, with the line named.
#[test]
fn long_lines_and_wide_headers_are_refused_with_their_line() {
    let head = "period;utförar_id;utförare;verksamhet;regi;volym;indikator;värde\n";
    let long = format!(
        "{head}2025;A1;Alfa;säbo;privat;40;helhet;80\n2025;A1;{};säbo;privat;40;smarta;80\n",
        "x".repeat(2 << 20)
    );
    for nl in ["\n", "\r\n", "\r"] {
        let text = long.replace('\n', nl);
        let e = parse_results(text.as_bytes(), "lång.csv").unwrap_err();
        assert_eq!(
            e.errors[0].text(Lang::Sv),
            "lång.csv, rad 3: raden är längre än 1 048 576 byte, programmets gräns för en rad; filen är troligen inte en resultatfil",
            "{nl:?}"
        );
    }
    let wide = format!("{};x\n", vec!["k"; 300].join(";"));
    let e = parse_results(wide.as_bytes(), "bred.csv").unwrap_err();
    assert_eq!(
        e.errors[0].text(Lang::Sv),
        "bred.csv, rad 1: rubrikraden har 301 kolumner; högst 256 är tillåtna"
    );
}

/// A row after blank lines is located on its own line (csv gives it the position of the first
/// blank line; found by the property test that reads files in parts).
#[test]
fn a_row_after_blank_lines_is_located_on_its_own_line() {
    for nl in ["\n", "\r\n", "\r"] {
        let text = format!(
            "{}2025;A1;Alfa;hemtjänst;privat;100;nojd;80;{nl}{nl}{nl}2025;A1;;;;;kont;x;{nl}",
            HEAD.replace('\n', nl)
        );
        assert_eq!(
            err(&text),
            "in.csv, rad 5, kolumn ”värde”: förväntade ett tal: ”x” är inte ett tal",
            "{nl:?}"
        );
    }
}

/// Money in a results file (compensation, previous payout, paid so far) is bounded as in a
/// rule file: whole öre, at most two decimals; a volume may have more. The same in a CSV and a
/// workbook (a number cell or a text cell), with the row and column.
#[test]
fn money_in_results_is_in_whole_ore_as_in_rule_files() {
    let head = "period;utförar_id;utförare;verksamhet;regi;volym;indikator;värde;antal_svar;ersättning;föregående_utbetalning;utbetalt_hittills\n";
    let row = |comp: &str, prev: &str, paid: &str| {
        format!("{head}2025;A;A;hemtjänst;privat;10,125;helhet;80;;{comp};{prev};{paid}\n")
    };
    let r = parse_results(row("1000,50", "99,9", "72000,00").as_bytes(), "x.csv").unwrap();
    assert_eq!(r.providers[0].paid_so_far.unwrap().to_string(), "72000.00");
    assert_eq!(r.providers[0].volume.to_string(), "10.125");
    let expected = |col: &str, text: &str| {
        format!(
            "in.csv, rad 2, kolumn ”{col}”: beloppet ”{text}” har delar av ett öre; ange det i hela ören (högst två decimaler)"
        )
    };
    assert_eq!(
        err(&row("1000,505", "", "")),
        expected("ersättning", "1000,505")
    );
    assert_eq!(
        err(&row("", "0,001", "")),
        expected("föregående_utbetalning", "0,001")
    );
    assert_eq!(
        err(&row("", "", "72000,005")),
        expected("utbetalt_hittills", "72000,005")
    );
    // A workbook: a number cell and a text cell, each located.
    for text_cell in [false, true] {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (c, h) in head.trim_end().split(';').enumerate() {
            ws.write_string(0, c as u16, h).unwrap();
        }
        for (c, v) in [
            "2025",
            "A",
            "A",
            "hemtjänst",
            "privat",
            "10",
            "helhet",
            "80",
        ]
        .iter()
        .enumerate()
        {
            ws.write_string(1, c as u16, *v).unwrap();
        }
        if text_cell {
            ws.write_string(1, 11, "72000,005").unwrap();
        } else {
            ws.write_number(1, 11, 72000.005).unwrap();
        }
        let bytes = wb.save_to_buffer().unwrap();
        let e = kvalitetspeng::io::parse_results_bytes(&bytes, "in.xlsx", None, None)
            .unwrap_err()
            .text(Lang::Sv);
        let text = if text_cell { "72000,005" } else { "72000.005" };
        assert_eq!(
            e,
            format!(
                "in.xlsx [Sheet1], rad 2, kolumn ”utbetalt_hittills”: beloppet ”{text}” har delar av ett öre; ange det i hela ören (högst två decimaler)"
            )
        );
    }
}

#[test]
fn messages_inside_messages_and_large_numbers_are_worded() {
    use kvalitetspeng::domain::decimal::ParseNumberError;
    use kvalitetspeng::messages::archive::{ArchiveProblem, Finding, LockError, NameProblem};
    use kvalitetspeng::messages::file::{FileErrorMsg, OutputProblem};
    use kvalitetspeng::words::Text;
    let sv = |e: &dyn Text| e.text(Lang::Sv);
    let e = LockError::NotAnArchive(ArchiveProblem::UnsafeName {
        name: "indata/x".into(),
        why: NameProblem::TooLong { length: 300 },
    });
    assert_eq!(
        sv(&e),
        "filen är ingen läsbar fastställd körning (.kvp): indata/x: namnet är 300 tecken \
         långt, högst 255 är tillåtna"
    );
    let e = FileErrorMsg::Number(ParseNumberError::Ambiguous("1.000,5".into()));
    assert_eq!(
        sv(&e),
        "förväntade ett tal: ”1.000,5” är tvetydigt: både punkt och komma"
    );
    let e = FileErrorMsg::TooLarge {
        size: 2_000_000,
        limit: 1_048_576,
    };
    assert_eq!(
        sv(&e),
        "filen är 2 000 000 byte, mer än gränsen 1 048 576 byte; ingenting lästes"
    );
    let e = FileErrorMsg::NotWritten {
        problem: OutputProblem::Symlink("ut.csv".into()),
        written: vec!["a.csv".into()],
        not_written: vec![],
    };
    assert_eq!(
        sv(&e),
        "kunde inte skriva filen: ut.csv är en symbolisk länk; skriv till filen den pekar på \
         i stället; a.csv skrevs ändå (de gamla filerna kunde inte läggas tillbaka)"
    );
    let f = Finding::Unusable {
        message: "regler.ron, rad 3: fel".into(),
    };
    assert_eq!(sv(&f), "regler.ron, rad 3: fel");
}
