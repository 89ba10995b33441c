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

#[test]
fn example_m_compliance_gate_and_cap() {
    let c = calc("worked_example_m/rules.ron", "worked_example_m/results.csv");
    assert_eq!(
        payouts(&c),
        pairs(&[
            ("Mården", "10000.00"),
            ("Måsen", "0.00"),
            ("Myran", "5000.00")
        ])
    );
    let m2 = c.provider("M2").unwrap();
    assert!(matches!(&m2.status, PayoutStatus::Barred { finding } if finding.kind == "ivo_beslut"));
    assert_eq!(
        m2.status_text(Lang::Sv),
        "spärrad av tillsyn: ivo_beslut 2025-05-12"
    );
    let m3 = c.provider("M3").unwrap();
    assert_eq!(m3.status, PayoutStatus::Paid);
    assert_eq!(m3.score, q("0.5"));
    assert_eq!(
        m3.status_text(Lang::Sv),
        "kvalificerad; poängen begränsad till 50 % av tillsyn: ivo_foreläggande 2025-03-01"
    );
    assert!(
        m3.status_text(Lang::En)
            .contains("score capped at 50 % by a finding")
    );
    let table = String::from_utf8(kvalitetspeng::io::export_csv::payout_csv(&c, Lang::Sv)).unwrap();
    assert!(table.contains("M2;Måsen;Hemtjänst;Privat;1000;utförda timmar;100,00;spärrad av tillsyn: ivo_beslut 2025-05-12;0,00;"), "{table}");
    let prose =
        kvalitetspeng::words::prose::rule_set_prose(&rules("worked_example_m/rules.ron"), Lang::Sv);
    assert!(prose[0].1.contains(&"Ett tillsynsfynd av slaget ”ivo_beslut” daterat inom perioden ger ingen kvalitetspeng.".to_string()));
    assert!(prose[0].1.contains(&"Ett tillsynsfynd av slaget ”ivo_foreläggande” daterat inom perioden begränsar poängen till högst 50 %.".to_string()));
}

#[test]
fn only_findings_dated_within_the_period_count_and_the_others_are_warned_of() {
    let mut res = results("worked_example_m/results.csv");
    let date = kvalitetspeng::domain::gate::Date {
        year: 2024,
        month: 12,
        day: 31,
    };
    for p in res.providers.iter_mut() {
        for f in p.findings.iter_mut() {
            f.date = date;
        }
    }
    let c = calculate(&rules("worked_example_m/rules.ron"), &res).unwrap();
    assert_eq!(
        payouts(&c),
        pairs(&[
            ("Mården", "10000.00"),
            ("Måsen", "10000.00"),
            ("Myran", "10000.00")
        ])
    );
    let outside: Vec<String> = c
        .warnings
        .iter()
        .filter(|w| {
            matches!(
                w,
                kvalitetspeng::domain::explanation::Warning::FindingOutsidePeriod { .. }
            )
        })
        .map(|w| w.text(Lang::Sv))
        .collect();
    assert_eq!(
        outside,
        vec![
            "M2: tillsynsfyndet ”ivo_beslut” (2024-12-31) ligger utanför regelverkets period och räknas inte",
            "M3: tillsynsfyndet ”ivo_foreläggande” (2024-12-31) ligger utanför regelverkets period och räknas inte"
        ]
    );
    // A kind the scheme has no gate for changes nothing and is warned of.
    let mut r = rules("worked_example_m/rules.ron");
    r.schemes[0].gates.remove(0);
    let c = calculate(&r, &results("worked_example_m/results.csv")).unwrap();
    assert_eq!(c.provider("M2").unwrap().payout, d("10000.00"));
    assert!(c.warnings.iter().any(|w| matches!(w, kvalitetspeng::domain::explanation::Warning::UnknownFindingKind { provider_id, .. } if provider_id == "M2")));
}

#[test]
fn gates_with_a_cap_outside_0_to_100_or_a_kind_twice_are_located_errors() {
    use kvalitetspeng::domain::gate::{Gate, GateEffect};
    use kvalitetspeng::domain::validation::{Field, ProblemMsg, validate};
    let mut r = rules("worked_example_m/rules.ron");
    r.schemes[0].gates.push(Gate {
        kind: "vite".into(),
        effect: GateEffect::CapScore(d("100.5")),
    });
    r.schemes[0].gates.push(Gate {
        kind: "ivo_beslut".into(),
        effect: GateEffect::CapScore(d("-1")),
    });
    r.schemes[0].gates.push(Gate {
        kind: " ".into(),
        effect: GateEffect::BarsPayment,
    });
    let got: Vec<(Field, ProblemMsg)> =
        validate(&r).into_iter().map(|p| (p.field, p.msg)).collect();
    assert_eq!(
        got,
        vec![
            (
                Field::Gates,
                ProblemMsg::GateCapOutOfRange {
                    kind: "vite".into(),
                    value: d("100.5")
                }
            ),
            (
                Field::Gates,
                ProblemMsg::GateDuplicateKind {
                    kind: "ivo_beslut".into()
                }
            ),
            (
                Field::Gates,
                ProblemMsg::GateCapOutOfRange {
                    kind: "ivo_beslut".into(),
                    value: d("-1")
                }
            ),
            (Field::Gates, ProblemMsg::GateEmptyKind),
        ]
    );
    assert_eq!(
        validate(&r)[0].text(Lang::Sv),
        "taket för tillsynsfyndet ”vite” är 100,5 %, det måste vara 0–100 %"
    );
}

#[test]
fn a_finding_date_that_is_no_date_is_a_located_import_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("results.csv");
    let text = std::fs::read_to_string(sample("worked_example_m/results.csv"))
        .unwrap()
        .replace("2025-05-12", "2025-02-30");
    std::fs::write(&path, text).unwrap();
    let e = kvalitetspeng::io::read_results(&path)
        .unwrap_err()
        .to_string();
    assert!(e.contains("rad 10"), "{e}");
    assert!(e.contains("tillsyn_datum"), "{e}");
    assert!(
        e.contains("”2025-02-30” är inget datum; skriv ÅÅÅÅ-MM-DD"),
        "{e}"
    );
}

#[test]
fn a_gate_changes_the_comparison_of_two_rule_sets() {
    use kvalitetspeng::domain::decide::compare::compare;
    let res = results("worked_example_m/results.csv");
    let mut without = rules("worked_example_m/rules.ron");
    without.schemes[0].gates.clear();
    let a = calculate(&without, &res).unwrap();
    let b = calculate(&rules("worked_example_m/rules.ron"), &res).unwrap();
    let cmp = compare(&a, &b);
    // M2 barred: −10 000,00; M3 capped at 50 %: −5 000,00; M1 unchanged.
    let deltas: Vec<(String, String)> = cmp
        .providers
        .iter()
        .map(|p| (p.id.clone(), p.delta().to_string()))
        .collect();
    assert_eq!(
        deltas,
        pairs(&[("M1", "0.00"), ("M2", "-10000.00"), ("M3", "-5000.00")])
    );
    assert_eq!(cmp.total.delta(), d("-15000.00"));
    assert_eq!((cmp.gains, cmp.loses, cmp.unchanged), (0, 2, 1));
    assert!(matches!(
        cmp.providers[1].status_b,
        Some(PayoutStatus::Barred { .. })
    ));
}

#[test]
fn findings_survive_the_results_export_and_old_exports_keep_their_columns() {
    let set = results("worked_example_m/results.csv");
    let bytes = kvalitetspeng::io::results_csv::write_results_csv(&set);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("again.csv");
    std::fs::write(&path, &bytes).unwrap();
    let again = kvalitetspeng::io::read_results(&path).unwrap();
    assert_eq!(again.providers, set.providers);
    assert_eq!(set.provider("M2").unwrap().findings.len(), 1);
    // Without findings the export has no finding columns (as before).
    let l =
        kvalitetspeng::io::results_csv::write_results_csv(&results("worked_example_l/results.csv"));
    assert!(!String::from_utf8(l).unwrap().contains("tillsyn"));
}

#[test]
fn example_k_peer_cohorts_from_the_results_column() {
    use kvalitetspeng::domain::cohort::Cohort;
    use kvalitetspeng::domain::explanation::Warning;
    let c = calc("worked_example_k/rules.ron", "worked_example_k/results.csv");
    assert_eq!(
        payouts(&c),
        pairs(&[
            ("Kajan", "0.00"),
            ("Kalken", "0.00"),
            ("Kastanjen", "10000.00"),
            ("Kvisten", "4285.71"),
            ("Källan", "0.00"),
            ("Kärnan", "0.00"),
            ("Kronan", "10000.00")
        ])
    );
    assert_eq!(
        c.provider("K4").unwrap().score,
        kvalitetspeng::domain::exact::Q::ratio(3, 7)
    );
    // Each cohort's levels rest on fewer than ten results: warned of, not refused.
    let small: Vec<String> = c
        .warnings
        .iter()
        .filter(|w| matches!(w, Warning::SmallCohort { .. }))
        .map(|w| w.text(Lang::Sv))
        .collect();
    assert_eq!(small.len(), 2, "{small:?}");
    assert!(
        small[0].contains("jämförelsegruppen ”liten” har 4 användbara resultat (färre än 10)"),
        "{small:?}"
    );
    // All seven as one group (the default): start 75, full 90.
    let mut r = rules("worked_example_k/rules.ron");
    r.schemes[0].cohort = Cohort::ServiceType;
    let one = calculate(&r, &results("worked_example_k/results.csv")).unwrap();
    let got: Vec<_> = ["K2", "K4", "K3", "K7"]
        .iter()
        .map(|id| one.provider(id).unwrap().payout.to_string())
        .collect();
    assert_eq!(got, ["3333.33", "7333.33", "10000.00", "0.00"]);
    assert!(
        !one.warnings
            .iter()
            .any(|w| matches!(w, Warning::SmallCohort { .. }))
    );
    // By regi: every provider is private, so one group again.
    r.schemes[0].cohort = Cohort::Regi;
    let by_regi = calculate(&r, &results("worked_example_k/results.csv")).unwrap();
    assert_eq!(payouts(&by_regi), payouts(&one));
    let prose =
        kvalitetspeng::words::prose::rule_set_prose(&rules("worked_example_k/rules.ron"), Lang::Sv);
    assert!(prose[0].1.iter().any(|p| p.starts_with(
        "Relativa nivåer räknas inom varje jämförelsegrupp i resultatens kolumn kohort"
    )));
}

/// Cohorts by the column `kohort` on results without it: all are one group, as without the
/// rule, and the calculation says so (the column was likely left out or misnamed).
#[test]
fn cohorts_by_a_column_no_provider_has_are_warned_of() {
    use kvalitetspeng::domain::explanation::Warning;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("utan_kohort.csv");
    let text: String = std::fs::read_to_string(sample("worked_example_k/results.csv"))
        .unwrap()
        .lines()
        .map(|l| format!("{}\n", l.rsplit_once(';').unwrap().0))
        .collect();
    assert!(!text.contains("kohort"));
    std::fs::write(&path, text).unwrap();
    let r = rules("worked_example_k/rules.ron");
    let c = calculate(&r, &kvalitetspeng::io::read_results(&path).unwrap()).unwrap();
    let said: Vec<String> = c
        .warnings
        .iter()
        .filter(|w| matches!(w, Warning::NoCohortColumn { .. }))
        .map(|w| w.text(Lang::Sv))
        .collect();
    assert_eq!(
        said,
        [
            "Hemtjänst: relativa nivåer ska räknas inom varje kohort i resultatens kolumn kohort, \
          men ingen utförare har en kohort (saknas kolumnen kohort, eller heter den något \
          annat?); alla jämförs nu som en grupp"
        ]
    );
    let mut one = r.clone();
    one.schemes[0].cohort = Default::default();
    let res = results("worked_example_k/results.csv");
    assert_eq!(payouts(&c), payouts(&calculate(&one, &res).unwrap()));
    // With the column, no such warning.
    assert!(
        !calculate(&r, &res)
            .unwrap()
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::NoCohortColumn { .. }))
    );
}
