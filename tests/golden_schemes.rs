//! Golden tests of the scheme-level rules of issue 35 (worked examples K, L, M of the domain
//! description), exact to the öre: peer cohorts, data sufficiency (k of n), compliance gates
//! and caps.

mod common;
use common::*;

use kvalitetspeng::domain::calculate;
use kvalitetspeng::domain::explanation::PayoutStatus;
use kvalitetspeng::words::Lang;

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn example_l_data_sufficiency_k_of_n() {
    let c = calc("worked_example_l/rules.ron", "worked_example_l/results.csv");
    assert_eq!(
        payouts(&c),
        pairs(&[
            ("Lärkan", "5000.00"),
            ("Linden", "5000.00"),
            ("Ljungen", "0.00")
        ])
    );
    let l3 = c.provider("L3").unwrap();
    assert_eq!(
        l3.status,
        PayoutStatus::InsufficientData {
            usable: 1,
            indicators: 4,
            required: 2
        }
    );
    assert!(l3.score.is_zero());
    assert_eq!(
        l3.status.text(Lang::Sv),
        "otillräckligt underlag: användbara data för 1 av 4 indikatorer, minst 2 krävs"
    );
    assert!(l3.status.text(Lang::En).starts_with("insufficient data"));
    assert_eq!(c.provider("L2").unwrap().status, PayoutStatus::Paid);
    // The payout table's status column keeps it apart from a low score.
    let table = String::from_utf8(kvalitetspeng::io::export_csv::payout_csv(&c, Lang::Sv)).unwrap();
    let l3_row = table.lines().find(|l| l.starts_with("L3;")).unwrap();
    assert!(
        l3_row.contains(
            ";otillräckligt underlag: användbara data för 1 av 4 indikatorer, minst 2 krävs;0,00;"
        ),
        "{l3_row}"
    );
    // The rules in prose say it.
    let prose =
        kvalitetspeng::words::prose::rule_set_prose(&rules("worked_example_l/rules.ron"), Lang::Sv);
    assert!(prose[0].1.iter().any(|p| p.starts_with(
        "En utförare får poäng bara när minst 2 av de 4 indikatorerna har användbara resultat"
    )));
    // Without the rule L3 would get full score.
    let mut r = rules("worked_example_l/rules.ron");
    r.schemes[0].min_usable_indicators = None;
    let c = calculate(&r, &results("worked_example_l/results.csv")).unwrap();
    assert_eq!(c.provider("L3").unwrap().payout, d("10000.00"));
}

#[test]
fn data_sufficiency_asking_for_none_or_more_than_there_are_is_a_located_error() {
    use kvalitetspeng::domain::validation::{Field, ProblemMsg, Severity, validate};
    let mut r = rules("worked_example_l/rules.ron");
    for (k, bad) in [(0, true), (1, false), (4, false), (5, true)] {
        r.schemes[0].min_usable_indicators = Some(k);
        let problems = validate(&r);
        let found = problems.iter().find(|p| p.field == Field::Sufficiency);
        assert_eq!(found.is_some(), bad, "k = {k}: {problems:?}");
        if let Some(p) = found {
            assert_eq!(p.severity, Severity::Error);
            assert_eq!(p.scheme, Some(r.schemes[0].service_type));
            assert_eq!(
                p.msg,
                ProblemMsg::MinUsableOutOfRange {
                    min: k,
                    indicators: 4
                }
            );
            assert_eq!(
                p.text(Lang::Sv),
                format!(
                    "minsta antal indikatorer med användbara data är {k}, men ersättningsmodellen har 4 indikatorer; ange ett tal från 1 till 4"
                )
            );
        }
    }
}
