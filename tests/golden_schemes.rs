//! Golden tests of the scheme-level rules of issue 35 (worked examples K, L, M of the domain
//! description), exact to the öre: peer cohorts, data sufficiency (k of n), compliance gates
//! and caps.

mod common;
use common::*;

use kvalitetspeng::domain::calculate;
use kvalitetspeng::domain::explanation::PayoutStatus;
use kvalitetspeng::words::Lang;
use kvalitetspeng::words::Text;

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

/// The advance example's files.
const ADV_RULES: &str = "worked_example_advances/rules.ron";
const ADV_RESULTS: &str = "worked_example_advances/results.csv";

/// Advances (issue 35, item 6; docs/rule-file.md "Advances and settlement"): 80 % of the
/// previous payout in 3 rounds, rounded to öre once and split by largest remainder.
#[test]
fn example_advances_plan_rounds_sum_exactly_to_the_rounded_total() {
    use kvalitetspeng::domain::advances::{NoAdvance, Planned, plan_all};
    let plan = plan_all(&rules(ADV_RULES), &results(ADV_RESULTS));
    let got: Vec<(String, Planned)> = plan
        .iter()
        .map(|p| (p.id.clone(), p.planned.clone()))
        .collect();
    let rounds = |total: &str, r: [&str; 3]| Planned::Rounds {
        total: d(total),
        rounds: r.iter().map(|x| d(x)).collect(),
    };
    assert_eq!(
        got,
        vec![
            (
                "O1".into(),
                rounds("80000.00", ["26666.67", "26666.67", "26666.66"])
            ),
            (
                "O2".into(),
                rounds("40000.00", ["13333.34", "13333.33", "13333.33"])
            ),
            ("O3".into(), Planned::None(NoAdvance::NoPreviousPayout)),
            (
                "O4".into(),
                rounds("48000.00", ["16000.00", "16000.00", "16000.00"])
            ),
        ]
    );
    let notes: Vec<String> = plan.iter().map(|p| Lang::Sv.say_plain(&p.note())).collect();
    assert_eq!(
        notes[0],
        "80 % av föregående utbetalning 100 000,00 kr = 80 000,00 kr, avrundat till öre en \
         gång, i 3 omgångar, omgångarna 1–2 får var sitt öre mer än de övriga (största rest) så att \
         omgångarna summerar exakt"
    );
    assert!(notes[1].ends_with(", omgång 1 får ett öre mer än de övriga (största rest) så att omgångarna summerar exakt"), "{}", notes[1]);
    assert_eq!(notes[2], "ingen föregående utbetalning: inget förskott");
    assert!(!notes[3].contains("öre mer"), "{}", notes[3]);
    assert!(
        Lang::En
            .say_plain(&plan[2].note())
            .starts_with("no previous payout")
    );
    // The plan as CSV: one row per provider and round, a sum row.
    let csv = String::from_utf8(kvalitetspeng::io::advances::plan_csv(&plan, Lang::Sv)).unwrap();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "utförar_id;utförare;verksamhet;föregående_utbetalning_kr;procent;omgång;belopp_kr;anmärkning"
    );
    assert!(
        lines[1].starts_with("O1;Nyby;Hemtjänst;100000,00;80;1;26666,67;80 % av"),
        "{}",
        lines[1]
    );
    assert_eq!(lines[2], "O1;Nyby;Hemtjänst;100000,00;80;2;26666,67;");
    assert_eq!(lines[3], "O1;Nyby;Hemtjänst;100000,00;80;3;26666,66;");
    assert_eq!(
        lines[7],
        "O3;Prästgården;Hemtjänst;;80;;0,00;ingen föregående utbetalning: inget förskott"
    );
    assert_eq!(lines[11], ";Summa;;;;;168000,00;");
    assert_eq!(lines.len(), 12);
}

/// The settlement at year end: final − paid so far, and a warning where what was paid
/// differs from the plan (O4 got two rounds of three).
#[test]
fn example_advances_settlement_against_what_was_paid() {
    use kvalitetspeng::domain::explanation::Warning;
    let c = calc(ADV_RULES, ADV_RESULTS);
    assert_eq!(
        payouts(&c),
        pairs(&[
            ("Nyby", "95000.00"),
            ("Oxbacken", "30000.00"),
            ("Prästgården", "20000.00"),
            ("Rönnen", "50000.00"),
        ])
    );
    let settle: Vec<String> = c
        .providers
        .iter()
        .map(|p| p.settlement().unwrap().to_string())
        .collect();
    assert_eq!(settle, ["15000.00", "-10000.00", "20000.00", "14000.00"]);
    assert_eq!(c.settlement_totals(), (d("156000.00"), d("39000.00")));
    let differs: Vec<String> = c
        .warnings
        .iter()
        .filter(|w| matches!(w, Warning::AdvancePaidDiffers(_)))
        .map(|w| w.text(Lang::Sv))
        .collect();
    assert_eq!(
        differs,
        [
            "O4: utbetalt hittills 36 000,00 kr skiljer sig från förskottsplanen 48 000,00 kr; \
          avräkningen görs mot det som betalats"
        ]
    );
    // The settlement in words (the explanation and the statement say it).
    let o2 = c.provider("O2").unwrap();
    let m = kvalitetspeng::domain::advances::settlement(o2.payout, o2.paid_so_far).unwrap();
    assert_eq!(
        Lang::Sv.say_plain(&m),
        "Slutligt belopp 30 000,00 kr − utbetalt hittills 40 000,00 kr = avräkning −10 000,00 kr (återkrav)"
    );
    // The payout table has the paid-so-far and settlement columns.
    let table = String::from_utf8(kvalitetspeng::io::export_csv::payout_csv(&c, Lang::Sv)).unwrap();
    let o1 = table.lines().find(|l| l.starts_with("O1;")).unwrap();
    assert!(
        o1.contains(";kvalificerad;95000,00;80000,00;15000,00;"),
        "{o1}"
    );
    // Without the advance rule, no warning: what was paid is only the record.
    let mut r = rules(ADV_RULES);
    r.schemes[0].advances = None;
    let c = calculate(&r, &results(ADV_RESULTS)).unwrap();
    assert!(
        !c.warnings
            .iter()
            .any(|w| matches!(w, Warning::AdvancePaidDiffers(_)))
    );
    assert_eq!(c.settlement_totals(), (d("156000.00"), d("39000.00")));
}

/// The rules in prose state the advance rule, and a comparison names its change.
#[test]
fn the_advance_rule_in_prose_and_its_change_in_a_comparison() {
    let r = rules(ADV_RULES);
    let prose = kvalitetspeng::words::prose::rule_set_prose(&r, Lang::Sv);
    assert!(
        prose[0].1.iter().any(|p| p.starts_with(
            "Under året betalas förskott i 3 omgångar, sammanlagt 80 % av utförarens föregående utbetalning"
        )),
        "{prose:?}"
    );
    let b = rules("worked_example_advances/rules_60.ron");
    let changes = kvalitetspeng::domain::decide::rule_changes::rule_changes(&r, &b);
    let texts: Vec<String> = changes.iter().map(|c| c.change.text(Lang::Sv)).collect();
    assert!(
        texts.contains(
            &"förskott: 80 % av föregående utbetalning i 3 omgångar → 60 % av föregående utbetalning i 3 omgångar"
                .to_string()
        ),
        "{texts:?}"
    );
    // One round is worded in the singular, in both languages.
    let mut one = r.clone();
    one.schemes[0].advances.as_mut().unwrap().rounds = 1;
    for (lang, words) in [
        (Lang::Sv, "förskott i en omgång,"),
        (Lang::En, "paid in one round,"),
    ] {
        let prose = kvalitetspeng::words::prose::rule_set_prose(&one, lang);
        assert!(prose[0].1.iter().any(|p| p.contains(words)), "{prose:?}");
    }
    // A rule file without advances means what it did, and is written without the field.
    let a = rules("worked_example_a/rules.ron");
    assert!(a.schemes[0].advances.is_none());
    assert!(!kvalitetspeng::io::rules_ron::to_ron_string(&a).contains("advances"));
    let again = kvalitetspeng::io::rules_ron::to_ron_string(&r);
    assert!(again.contains("advances"), "{again}");
    assert_eq!(
        kvalitetspeng::io::rules_ron::parse_rules(&again, "x.ron").unwrap(),
        r
    );
}

/// A percentage outside 0–100 or rounds outside 1–12 are located errors of the scheme.
#[test]
fn advances_out_of_range_are_located_errors() {
    use kvalitetspeng::domain::validation::{Field, Severity, validate};
    let mut r = rules(ADV_RULES);
    for (percent, rounds, bad) in [
        ("80", 3, None),
        ("0", 1, None),
        ("100", 12, None),
        (
            "120",
            3,
            Some(
                "förskottets andel av föregående utbetalning (percent_of_previous) är 120 %, den måste vara 0–100 %",
            ),
        ),
        (
            "80",
            0,
            Some("förskottets antal omgångar (rounds) är 0, det måste vara 1–12"),
        ),
        (
            "80",
            13,
            Some("förskottets antal omgångar (rounds) är 13, det måste vara 1–12"),
        ),
    ] {
        let a = r.schemes[0].advances.as_mut().unwrap();
        a.percent_of_previous = d(percent);
        a.rounds = rounds;
        let found: Vec<_> = validate(&r)
            .into_iter()
            .filter(|p| p.field == Field::Advances)
            .collect();
        match bad {
            None => assert!(found.is_empty(), "{found:?}"),
            Some(text) => {
                assert_eq!(found.len(), 1, "{found:?}");
                assert_eq!(found[0].severity, Severity::Error);
                assert_eq!(found[0].location().text(Lang::Sv), "Hemtjänst");
                assert_eq!(found[0].text(Lang::Sv), text);
            }
        }
    }
}
