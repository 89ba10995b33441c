//! The effect follow-up (issue 37): `kvalitetspeng effect` on the worked example of
//! `docs/effect.md` (golden), its errors, and simulations over generated Kolada panels that
//! the interval covers a planted effect and the placebo test rejects about 5 % of the time.

mod common;

use common::*;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kvalitetspeng"))
}

/// `effect` on the worked example's file, with `extra` arguments in place of the example's.
fn example(extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "--kpi",
        "U21468",
        "--municipality",
        "2999",
        "--introduced",
        "2019",
    ];
    for pair in extra.chunks(2) {
        match args.iter().position(|a| *a == pair[0]) {
            Some(i) => args[i + 1] = pair[1],
            None => args.extend(pair),
        }
    }
    bin()
        .args(["effect", "--kolada"])
        .arg(sample("effect/kolada_example.json"))
        .args(args)
        .output()
        .unwrap()
}

fn golden(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/text")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn the_worked_example_gives_the_numbers_computed_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("effekt.csv");
    let o = example(&["--exclude", "2920", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8(o.stdout).unwrap();
    // docs/effect.md: effect 4.5 − 0.5 = 4, placebos 19·s/18, the largest 19·4.5/18 = 4.75.
    for line in [
        "Skattad effekt: 4,00 (",
        "95 % konfidensintervall: −0,75 till 8,75",
        "p-värde (placebotest): 0,250 (4 av 19 jämförelsekommuner",
        "avviker med 0,20 (RMSE)",
        "Trend i skillnaden före start: 0,25 per år (p = 0,550)",
        "Minsta effekt som hade kunnat upptäckas: ±4,75",
        "minsta möjliga p-värdet 1/20 = 0,050.",
        "(1): 2921",
    ] {
        assert!(stdout.contains(line), "{line} missing in\n{stdout}");
    }
    let wrote = format!("Skrev {}\n", out.display());
    assert_eq!(stdout.replace(&wrote, ""), golden("effect_example_sv.txt"));
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(stderr.contains("som hoppades över: 1"), "{stderr}");
    assert_eq!(
        std::fs::read(&out).unwrap(),
        "\u{feff}estimat;ki_lag;ki_hog;p_varde;antal_jamforelsekommuner;metod\r\n\
         4,0000;-0,7500;8,7500;0,2500;19;skillnad_i_skillnader\r\n"
            .as_bytes()
    );
}

#[test]
fn the_worked_example_in_english() {
    let o = example(&["--exclude", "2920", "--lang", "en"]);
    assert!(o.status.success());
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        golden("effect_example_en.txt")
    );
}

#[test]
fn a_municipality_that_pays_too_changes_the_comparison_unless_excluded() {
    // 2920 rose by 11: with it, the mean change is (9.5 + 11)/20 = 1.025, the effect 3.475.
    let o = example(&[]);
    assert!(o.status.success());
    let stdout = String::from_utf8(o.stdout).unwrap();
    assert!(stdout.contains("mot 20 jämförelsekommuner"), "{stdout}");
    assert!(stdout.contains("Skattad effekt: 3,48 ("), "{stdout}");
    assert!(stdout.contains("1/21 = 0,048"), "{stdout}");
}

#[test]
fn bad_arguments_and_inputs_are_located_errors_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("effekt.csv");
    let out_arg = out.to_str().unwrap();
    let bad_json = dir.path().join("trasig.json");
    std::fs::write(&bad_json, "{\"values\": [\n  {\"kpi\": \"U21468\",\n}").unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["--municipality", "0180"],
            "fel: kolada_example.json: kommun 0180 har inga värden för KPI:n i filen",
        ),
        (
            vec!["--introduced", "2019a"],
            "fel: --introduced: förväntade ett år (ÅÅÅÅ), fick ”2019a”",
        ),
        (
            vec!["--kpi", "N0"],
            "fel: kolada_example.json: filen har inga värden för KPI N0 (den har: N00000, U21468)",
        ),
        (
            vec!["--exclude", "2999"],
            "fel: kolada_example.json: kommun 2999 undersöks och kan inte samtidigt uteslutas",
        ),
        (
            vec!["--introduced", "2016"],
            "fel: kolada_example.json: inga år före 2016 med värden",
        ),
        (
            vec!["--introduced", "2021"],
            "fel: kolada_example.json: inga år från 2021 med värden",
        ),
    ];
    for (args, want) in cases {
        let o = example(&[args.as_slice(), &["--out", out_arg]].concat());
        let stderr = String::from_utf8(o.stderr).unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr.starts_with(want), "{args:?}: {stderr}");
        assert!(!out.exists(), "{args:?} wrote the output");
    }
    let o = bin()
        .args(["effect", "--kolada"])
        .arg(&bad_json)
        .args([
            "--kpi",
            "U21468",
            "--municipality",
            "2999",
            "--introduced",
            "2019",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr.starts_with("fel: trasig.json, rad 3, kolumn 1: ogiltig JSON"),
        "{stderr}"
    );
    // The output may not replace the input.
    let o = example(&[
        "--out",
        sample("effect/kolada_example.json").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
}
