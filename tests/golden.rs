//! Golden tests: the worked examples of the domain description, exact to the öre.

mod common;
use common::*;

use kvalitetspeng::domain::calculate;
use kvalitetspeng::domain::explanation::{DataStatus, PayoutStatus};
use kvalitetspeng::domain::rules::{PayoutBase, PotKey};
use kvalitetspeng::words::Text;

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn example_a_pot_by_credit_times_places() {
    let c = calc("worked_example_a/rules.ron", "worked_example_a/results.csv");
    assert_eq!(
        payouts(&c),
        pairs(&[
            ("Almgården", "571428.57"),
            ("Björkhagen", "190476.19"),
            ("Cederlund", "238095.24"),
            ("Dalgården", "0.00")
        ])
    );
    assert_eq!(c.total(), d("1000000.00"));
    let credits: Vec<_> = c.providers.iter().map(|p| p.score.clone()).collect();
    assert_eq!(credits, vec![q("1"), q("0.5"), q("0.5"), q("0")]);
    // Every provider's indicator kronor sum exactly to its payout.
    for p in &c.providers {
        assert_eq!(
            p.indicator_kronor().iter().sum::<rust_decimal::Decimal>(),
            p.payout,
            "{}",
            p.name
        );
    }
    assert_eq!(c.providers[3].status, PayoutStatus::ZeroScore);
}

/// Two equal contributions read 285 714,29 and 285 714,28 kr: the explanation says which got
/// the öre left over by the split in whole öre, and why (issue 34).
#[test]
fn example_a_says_which_equal_contribution_got_the_remainder_ore() {
    use kvalitetspeng::words::Lang;
    let c = calc("worked_example_a/rules.ron", "worked_example_a/results.csv");
    let p = &c.providers[0];
    let (kronor, ore) = p.indicator_split();
    assert_eq!(p.indicators[0].contribution, p.indicators[1].contribution);
    assert_eq!((kronor[0], kronor[1]), (d("285714.29"), d("285714.28")));
    assert_eq!(ore, vec![true, false]);
    let first = p.indicators[0].reason_with_ore(ore[0], Lang::Sv);
    assert!(
        first.ends_with(
            "inkl. 1 öre som blev över när beloppet delades på indikatorerna: största resten får det (vid lika rest den som står först)"
        ),
        "{first}"
    );
    assert_eq!(
        p.indicators[1].reason_with_ore(ore[1], Lang::Sv),
        "75 ≥ 70: uppnått"
    );
    // The pot's split between providers: Almgården's share got no öre, Björkhagen's did.
    assert!(!c.providers[0].got_remainder_ore());
    assert_eq!(
        c.providers[0].reason(Lang::Sv),
        "60 av 105 poängplatser = 57,14 % av potten 1 000 000,00 kr = 571 428,57 kr"
    );
}

#[test]
fn example_a_equal_pot_among_qualifying() {
    let mut r = rules("worked_example_a/rules.ron");
    r.schemes[0].payout = PayoutBase::Pot(kvalitetspeng::domain::rules::Pot {
        amount: d("100000"),
        key: Some(PotKey::Equal),
    });
    let c = calculate(&r, &results("worked_example_a/results.csv")).unwrap();
    assert_eq!(
        payouts(&c),
        pairs(&[
            ("Almgården", "33333.34"),
            ("Björkhagen", "33333.33"),
            ("Cederlund", "33333.33"),
            ("Dalgården", "0.00")
        ])
    );
}

#[test]
fn example_b_per_hour_renormalised() {
    let c = calc("worked_example_b/rules.ron", "worked_example_b/results.csv");
    assert_eq!(
        payouts(&c),
        pairs(&[
            ("Norr", "444000.00"),
            ("Söder", "72000.00"),
            ("Öst", "120000.00")
        ])
    );
    let norr = c.provider("HT01").unwrap();
    assert_eq!(norr.score.round_dp(20), d("0.74"));
    let ost = c.provider("HT03").unwrap();
    assert_eq!(ost.score, q("1"));
    assert_eq!(
        ost.indicators[0].status,
        DataStatus::TooFewRespondents { min: 10 }
    );
    assert_eq!(ost.indicators[0].effective_weight, q("0"));
    assert_eq!(ost.indicators[1].effective_weight, q("0.5"));
}

#[test]
fn example_b_per_hour_zero_credit() {
    let c = calc(
        "worked_example_b/rules_zero_credit.ron",
        "worked_example_b/results.csv",
    );
    assert_eq!(
        payouts(&c),
        pairs(&[
            ("Norr", "444000.00"),
            ("Söder", "72000.00"),
            ("Öst", "72000.00")
        ])
    );
    assert_eq!(c.provider("HT03").unwrap().score, q("0.6"));
}

#[test]
fn example_c_achievement_or_improvement() {
    let c = calc("worked_example_c/rules.ron", "worked_example_c/results.csv");
    let p = &c.providers[0];
    // Exactly 9·17/35 points of 10, not a 28-digit approximation.
    let expected_points = kvalitetspeng::domain::exact::Q::ratio(9 * 17, 35);
    assert_eq!(&p.indicators[0].credit * &q("10"), expected_points);
    assert_eq!(expected_points.round_dp(6), d("4.371429"));
    assert!(
        p.indicators[0]
            .reason(kvalitetspeng::words::Lang::Sv)
            .contains("förbättringspoäng 4,37 av 9")
    );
    // 0.4371428… × 1 000 kr × 35 places = 15 300,00 kr
    assert_eq!(p.payout.to_string(), "15300.00");
}

#[test]
fn explanation_texts_name_the_levels() {
    let c = calc("worked_example_b/rules.ron", "worked_example_b/results.csv");
    let sv = kvalitetspeng::words::Lang::Sv;
    let norr = c.provider("HT01").unwrap();
    assert_eq!(
        norr.indicators[0].reason(sv),
        "82 mellan 70 (0 %) och 90 (100 %): 60,0 %"
    );
    assert_eq!(norr.indicators[2].reason(sv), "96 ≥ 95: uppnått");
    assert_eq!(
        norr.reason(sv),
        "poäng 74,00 % × 12,00 kr per timme × 50 000 = 444 000,00 kr"
    );
    let ost = c.provider("HT03").unwrap();
    assert_eq!(
        ost.indicators[0].reason(sv),
        "7 svarande, minst 10 krävs: utelämnas, övriga vikter räknas om"
    );
    let en = kvalitetspeng::words::Lang::En;
    assert_eq!(norr.indicators[2].reason(en), "96 ≥ 95: met");
}

#[test]
fn sample_municipality_calculates_and_pot_sums_exactly() {
    let c = calc("sjovik/rules.ron", "sjovik/results.csv");
    assert_eq!(
        c.providers
            .iter()
            .filter(|p| p.service_type == kvalitetspeng::domain::ServiceType::Hemtjanst)
            .count(),
        15
    );
    assert_eq!(
        c.providers
            .iter()
            .filter(|p| p.service_type == kvalitetspeng::domain::ServiceType::Sabo)
            .count(),
        10
    );
    assert_eq!(
        c.total_for(kvalitetspeng::domain::ServiceType::Sabo),
        d("3600000.00")
    );
    assert!(c.providers.iter().all(|p| p.payout <= d("900000")));
    // No warning about money; the survey intervals that straddle a threshold or step are
    // listed (they are the point of the interval rules).
    assert!(
        c.warnings.iter().all(|w| matches!(
            w,
            kvalitetspeng::domain::explanation::Warning::IntervalStraddlesLevel { .. }
        )),
        "{:?}",
        c.warnings
    );
}

#[test]
fn csv_export_is_deterministic_and_matches_the_calculation() {
    use kvalitetspeng::io::export_csv::{explanation_csv, payout_csv};
    let lang = kvalitetspeng::words::Lang::Sv;
    let a = payout_csv(&calc("sjovik/rules.ron", "sjovik/results.csv"), lang);
    let b = payout_csv(&calc("sjovik/rules.ron", "sjovik/results.csv"), lang);
    assert_eq!(a, b);
    let c = calc("sjovik/rules.ron", "sjovik/results.csv");
    let text = String::from_utf8(explanation_csv(&c, lang)).unwrap();
    // Per provider, the explanation's kronor add up to the payout in the payout table.
    for p in &c.providers {
        let sum: rust_decimal::Decimal = text
            .lines()
            .filter(|l| l.starts_with(&format!("{};", p.id)))
            .map(|l| {
                let cols: Vec<&str> = l.split(';').collect();
                kvalitetspeng::domain::decimal::parse_number(cols[12]).unwrap()
            })
            .sum();
        if !matches!(
            p.status,
            kvalitetspeng::domain::explanation::PayoutStatus::Fallback { .. }
        ) {
            assert_eq!(sum, p.payout, "{}", p.id);
        }
    }
}

/// A national-size calculation (over the parallel path): an edit brought up in place, a pot
/// split and per-hour payouts, equals a full calculation of the edited rules.
#[test]
fn recalculating_a_large_dataset_in_place_equals_a_full_calculation() {
    use kvalitetspeng::domain::engine::{aggregate, recalculate};
    use kvalitetspeng::domain::plan::compile;
    use kvalitetspeng::domain::rules::{Linear, Scoring};
    use kvalitetspeng::generate::{GenSpec, results_csv, rules};
    use kvalitetspeng::io::results_csv::parse_results;
    use rust_decimal::Decimal;

    let spec = GenSpec {
        providers: 2000,
        indicators: 6,
        months: 2,
        seed: 7,
    };
    let rules = rules(&spec);
    let mut csv = Vec::new();
    results_csv(&spec, &mut csv).unwrap();
    let results = parse_results(&csv, "gen.csv").unwrap();
    let mut calc = calculate(&rules, &results).unwrap();
    let mut edited = rules.clone();
    for s in &mut edited.schemes {
        s.indicators[0].weight += Decimal::ONE;
        s.indicators[1].weight -= Decimal::ONE;
        if let Scoring::Linear(Linear { upper, .. }) = &mut s.indicators[0].scoring {
            *upper += Decimal::ONE;
        }
    }
    let (before, plan) = (compile(&rules).unwrap(), compile(&edited).unwrap());
    let agg = aggregate(&plan, &results);
    recalculate(&mut calc, &before, &plan, &results, &agg);
    let full = calculate(&edited, &results).unwrap();
    assert!(calc.providers.len() > 1000);
    assert_eq!(calc, full);
    assert_ne!(
        calc,
        calculate(&rules, &results).unwrap(),
        "the edit changed payouts"
    );
}

/// The rules of the worked examples in plain words, as the report and the editor show them.
#[test]
fn every_worked_example_reads_as_sentences() {
    let a = kvalitetspeng::words::prose::rule_set_prose(
        &rules("worked_example_a/rules.ron"),
        kvalitetspeng::words::Lang::Sv,
    );
    assert_eq!(
        a[0].1[0],
        "En pott på 1 000 000,00 kr delas mellan de utförare som kvalificerar sig, efter poäng × volym (platser). Delarna avrundas till öre så att de summerar exakt till potten."
    );
    assert!(
        a[0].1
            .iter()
            .any(|p| p.ends_with("Full poäng vid minst 80 %, annars ingen poäng."))
    );
    let g = kvalitetspeng::words::prose::rule_set_prose(
        &rules("worked_example_g/rules.ron"),
        kvalitetspeng::words::Lang::Sv,
    );
    assert!(g[0].1[0].contains("(budgetneutralt: summan av nettot är noll)"));
    let i = kvalitetspeng::words::prose::rule_set_prose(
        &rules("worked_example_i/rules_floor.ron"),
        kvalitetspeng::words::Lang::Sv,
    );
    assert!(i[0].1.contains(
        &"Avdrag (vite): när Aktuell dokumentation är under 90 % dras 1 % av den ordinarie ersättningen av. Ett saknat resultat ger inget avdrag."
            .to_string()
    ));
    assert!(
        i[0].1
            .contains(&"Nettot blir aldrig negativt (golv vid noll).".to_string())
    );
    let f = kvalitetspeng::words::prose::rule_set_prose(
        &rules("worked_example_f/rules.ron"),
        kvalitetspeng::words::Lang::Sv,
    );
    assert!(
        f[0].1
            .last()
            .unwrap()
            .contains("nedre gräns (Wilson, 95 %)")
    );
    let h = kvalitetspeng::words::prose::rule_set_prose(
        &rules("worked_example_h/rules.ron"),
        kvalitetspeng::words::Lang::En,
    );
    assert!(
        h[0].1
            .iter()
            .any(|p| p.contains("weighs 50 % inside the area Brukarupplevelse"))
    );
    let s = kvalitetspeng::words::prose::rule_set_prose(
        &rules("sjovik/rules.ron"),
        kvalitetspeng::words::Lang::Sv,
    );
    assert!(
        s[0].1
            .iter()
            .any(|p| p.contains("Minst 60 % ger 50 %, minst 70 % ger 100 % av poängen"))
    );
    assert!(s[0].1.iter().any(|p| p.contains("Ingen poäng vid 50:e percentilen av jämförbara utförares resultat, full poäng vid medel av bästa tiondelen")));
    assert!(
        s[1].1
            .iter()
            .any(|p| p.contains("Det bästa av nivåpoäng (0 vid 50 %, 10 vid 75 %)"))
    );
}

/// The review's three exactness defects, each now exact (issue: divisions at 28 digits).
mod exact_boundaries {
    use super::*;
    use kvalitetspeng::io::{results_csv::parse_results, rules_ron::parse_rules};

    fn run(ron: &str, csv: &str) -> kvalitetspeng::domain::Calculation {
        let rules = parse_rules(ron, "regler.ron").unwrap();
        let results = parse_results(csv.as_bytes(), "resultat.csv").unwrap();
        calculate(&rules, &results).unwrap()
    }

    fn threshold_scheme(payout: &str, min: &str) -> String {
        // Weights 10/10/10/45/25, every level 80.
        let ind = |id: &str, w: u32| {
            format!(
                r#"Indicator(id: "{id}", name: "{id}", unit: Percent, direction: HigherIsBetter, weight: {w}, scoring: Threshold(level: 80)),"#
            )
        };
        format!(
            r#"RuleSet(format_version: 1, municipality: "Gränsby", name: "Gräns", period: "2025",
            schemes: [Scheme(service_type: Hemtjanst, volume_unit: Hour, missing_data: Renormalize,
              payout: {payout}, qualification: (min_score_percent: {min}),
              indicators: [{}{}{}{}{}])])"#,
            ind("a", 10),
            ind("b", 10),
            ind("c", 10),
            ind("d", 45),
            ind("e", 25)
        )
    }

    const HEADER: &str =
        "period;utförar_id;utförare;verksamhet;regi;volym;indikator;värde;antal_svar\n";

    fn row(id: &str, ind: &str, v: &str) -> String {
        format!("2025;{id};Utförare {id};hemtjänst;privat;1000;{ind};{v};\n")
    }

    /// 10/10/10/45/25, "e" missing and re-normalised, a, b, c met: exactly 30/75 = 40 %.
    #[test]
    fn a_score_exactly_at_the_minimum_after_renormalisation_qualifies() {
        let mut csv = HEADER.to_string();
        for (ind, v) in [("a", "80"), ("b", "85"), ("c", "90"), ("d", "79")] {
            csv.push_str(&row("HT01", ind, v));
        }
        let c = run(
            &threshold_scheme("PerVolumeUnit(kr_per_unit: 10)", "40"),
            &csv,
        );
        let p = &c.providers[0];
        assert_eq!(p.score, kvalitetspeng::domain::exact::Q::ratio(2, 5));
        assert_eq!(p.status, PayoutStatus::Paid);
        assert_eq!(p.payout, d("4000.00"));
        assert_eq!(
            p.reason(kvalitetspeng::words::Lang::Sv),
            "poäng 40,00 % × 10,00 kr per timme × 1 000 = 4 000,00 kr"
        );
    }

    /// 40 % reached as 30/75 (HT01: "d" missing and re-normalised, "b" met) and as 40/100
    /// (HT02: "a" and "b" met of all four) is a true tie, so the odd öre of a pot of 3 öre goes
    /// to the lower id — at 28 digits 30/75 came out as 0,3999… and lost it.
    #[test]
    fn a_true_tie_reached_through_different_fractions_gives_the_odd_ore_to_the_lower_id() {
        let ind = |id: &str, w: u32| {
            format!(
                r#"Indicator(id: "{id}", name: "{id}", unit: Percent, direction: HigherIsBetter, weight: {w}, scoring: Threshold(level: 80)),"#
            )
        };
        let ron = format!(
            r#"RuleSet(format_version: 1, municipality: "Gränsby", name: "Lika", period: "2025",
            schemes: [Scheme(service_type: Hemtjanst, volume_unit: Hour, missing_data: Renormalize,
              payout: Pot(amount: 0.03, key: Some(Credit)),
              indicators: [{}{}{}{}])])"#,
            ind("a", 10),
            ind("b", 30),
            ind("c", 35),
            ind("d", 25)
        );
        let mut csv = HEADER.to_string();
        for (ind, v) in [("a", "79"), ("b", "80"), ("c", "79")] {
            csv.push_str(&row("HT01", ind, v));
        }
        for (ind, v) in [("a", "80"), ("b", "81"), ("c", "79"), ("d", "79")] {
            csv.push_str(&row("HT02", ind, v));
        }
        let c = run(&ron, &csv);
        let q = kvalitetspeng::domain::exact::Q::ratio(2, 5);
        assert!(c.providers.iter().all(|p| p.score == q));
        let payouts: Vec<String> = c.providers.iter().map(|p| p.payout.to_string()).collect();
        assert_eq!(payouts, ["0.02", "0.01"]);
    }

    /// Equal scores as different fractions: 2/5 as 30/75 and as 40/100 share 3 öre as 2 + 1.
    #[test]
    fn equal_scores_are_equal_however_they_are_reached() {
        use kvalitetspeng::domain::{allocate::allocate_exact, exact::Q};
        let parts = allocate_exact(d("0.03"), &[Q::ratio(40, 100), Q::ratio(30, 75)]);
        assert_eq!(parts, [d("0.02"), d("0.01")]);
        let parts = allocate_exact(d("0.03"), &[Q::ratio(30, 75), Q::ratio(40, 100)]);
        assert_eq!(parts, [d("0.02"), d("0.01")]);
    }

    /// Credit 1/3 × 3,000015 kr × 1 000 h = 1 000,005 kr exactly: rounds up to 1 000,01.
    #[test]
    fn an_amount_of_exactly_half_an_ore_through_a_third_rounds_up() {
        let ron = r#"RuleSet(format_version: 1, municipality: "Gränsby", name: "Tredjedel", period: "2025",
            schemes: [Scheme(service_type: Hemtjanst, volume_unit: Hour,
              payout: PerVolumeUnit(kr_per_unit: 3.000015),
              indicators: [Indicator(id: "a", name: "a", unit: Score, direction: HigherIsBetter,
                weight: 100, scoring: Linear(lower: 0, upper: 3))])])"#;
        let c = run(ron, &format!("{HEADER}{}", row("HT01", "a", "1")));
        let p = &c.providers[0];
        assert_eq!(p.score, kvalitetspeng::domain::exact::Q::ratio(1, 3));
        assert_eq!(p.payout, d("1000.01"));
        assert_eq!(
            p.reason(kvalitetspeng::words::Lang::Sv),
            "poäng 33,33 % × 3,00 kr per timme × 1 000 = 1 000,01 kr"
        );
        // The exact score is one step away (issue 34: no raw fractions where a person reads).
        assert_eq!(
            p.exact_numbers(kvalitetspeng::words::Lang::Sv).as_deref(),
            Some("poäng 1/3 (som bråk av 1)")
        );
    }
}

#[test]
fn rule_file_ids_and_names_with_control_or_invisible_characters_are_refused() {
    use kvalitetspeng::domain::validation::validate;
    let mut r = rules("worked_example_a/rules.ron");
    r.schemes[0].indicators[0].id = "helhet\u{200B}".into();
    r.schemes[0].indicators[1].name = "\u{1b}[2JSmärta".into();
    r.name = "x".repeat(300);
    let texts: Vec<String> = validate(&r)
        .iter()
        .map(|p| p.text(kvalitetspeng::words::Lang::Sv))
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("U+200B på plats 7")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("U+001B på plats 1")),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t.contains("300 tecken")), "{texts:?}");
    // A huge pot or level is refused before anything is computed.
    let mut r = rules("worked_example_a/rules.ron");
    if let kvalitetspeng::domain::rules::PayoutBase::Pot(kvalitetspeng::domain::rules::Pot {
        amount,
        ..
    }) = &mut r.schemes[0].payout
    {
        *amount = "10000000000000".parse().unwrap();
    }
    let texts: Vec<String> = validate(&r)
        .iter()
        .map(|p| p.text(kvalitetspeng::words::Lang::Sv))
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("utanför det tillåtna intervallet")),
        "{texts:?}"
    );
    // A pot with fractions of an öre could not be paid out exactly (found by fuzzing).
    if let kvalitetspeng::domain::rules::PayoutBase::Pot(kvalitetspeng::domain::rules::Pot {
        amount,
        ..
    }) = &mut r.schemes[0].payout
    {
        *amount = "14.285714".parse().unwrap();
    }
    let texts: Vec<String> = validate(&r)
        .iter()
        .map(|p| p.text(kvalitetspeng::words::Lang::Sv))
        .collect();
    assert!(texts.iter().any(|t| t == "beloppet 14,285714 har delar av ett öre; ange det i hela ören (högst två decimaler)"), "{texts:?}");
}

/// (name, kvalitetspeng, withheld, net) per provider.
fn money(c: &kvalitetspeng::domain::Calculation) -> Vec<(String, String, String, String)> {
    c.providers
        .iter()
        .map(|p| {
            (
                p.name.clone(),
                p.gross.to_string(),
                p.withheld.to_string(),
                p.payout.to_string(),
            )
        })
        .collect()
}

#[test]
fn example_f_survey_interval_rules() {
    let lang = kvalitetspeng::words::Lang::Sv;
    // Point estimate: 90 % (n = 20) and 90 % (n = 200) clear 80 %.
    let est = calc(
        "worked_example_f/rules_estimate.ron",
        "worked_example_f/results.csv",
    );
    assert_eq!(
        payouts(&est),
        pairs(&[
            ("Ask", "10000.00"),
            ("Björk", "10000.00"),
            ("Cypress", "0.00"),
            ("Dunge", "0.00")
        ])
    );
    // The lower bound must clear: only 90 % of 200 (85,06–93,43 %).
    let low = calc("worked_example_f/rules.ron", "worked_example_f/results.csv");
    assert_eq!(
        payouts(&low),
        pairs(&[
            ("Ask", "0.00"),
            ("Björk", "10000.00"),
            ("Cypress", "0.00"),
            ("Dunge", "0.00")
        ])
    );
    // Benefit of the doubt: the upper bound is enough, 78 % of 50 (64,76–87,25 %) clears.
    let up = calc(
        "worked_example_f/rules_benefit.ron",
        "worked_example_f/results.csv",
    );
    assert_eq!(
        payouts(&up),
        pairs(&[
            ("Ask", "10000.00"),
            ("Björk", "10000.00"),
            ("Cypress", "10000.00"),
            ("Dunge", "0.00")
        ])
    );
    // The explanation shows the interval, the bound that counts and that it was compared
    // exactly.
    let ask = &low.provider("F1").unwrap().indicators[0];
    assert_eq!(
        ask.interval_text(lang).unwrap(),
        "95 % KI 69,90–97,21 %, n = 20"
    );
    assert_eq!(
        ask.reason(lang),
        "90 % (95 % KI 69,90–97,21 %, n = 20); nedre gränsen 69,90 % räknas (jämförd exakt): 69,9 < 80: ej uppnått"
    );
    // Ask, Cypress and Dunge? Dunge's interval 67,51–79,59 % lies below 80: only Ask and
    // Cypress straddle the level.
    let straddle: Vec<_> = low
        .warnings
        .iter()
        .filter_map(|w| match w {
            kvalitetspeng::domain::explanation::Warning::IntervalStraddlesLevel {
                providers,
                level,
                count,
                ..
            } => {
                assert_eq!(*count, providers.len());
                Some((level.to_string(), providers.clone()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        straddle,
        vec![("80".to_string(), vec!["F1".to_string(), "F3".to_string()])]
    );
}

#[test]
fn example_g_budget_neutral_withhold() {
    let c = calc("worked_example_g/rules.ron", "worked_example_g/results.csv");
    let m = |a: &str, b: &str, c: &str, d: &str| {
        (a.to_string(), b.to_string(), c.to_string(), d.to_string())
    };
    assert_eq!(
        money(&c),
        vec![
            m("Gran", "32000.00", "20000.00", "12000.00"),
            m("Hassel", "20000.00", "20000.00", "0.00"),
            m("Idegran", "8000.00", "20000.00", "-12000.00"),
        ]
    );
    assert_eq!(c.total(), d("0.00"));
    let c = calc(
        "worked_example_g/rules_payback60.ron",
        "worked_example_g/results.csv",
    );
    assert_eq!(
        money(&c),
        vec![
            m("Gran", "19200.00", "20000.00", "-800.00"),
            m("Hassel", "12000.00", "20000.00", "-8000.00"),
            m("Idegran", "4800.00", "20000.00", "-15200.00"),
        ]
    );
    assert_eq!(c.schemes[0].gross_total, d("36000.00"));
    // The explanation's rows take the kvalitetspeng to the net.
    let gran = c.provider("G1").unwrap();
    let rows: rust_decimal::Decimal = gran
        .indicator_kronor()
        .iter()
        .sum::<rust_decimal::Decimal>()
        + gran
            .money_rows(kvalitetspeng::words::Lang::Sv)
            .iter()
            .map(|r| r.2)
            .sum::<rust_decimal::Decimal>();
    assert_eq!(rows, gran.payout);
}

/// Worked example G with the logistic exchange function (docs/rule-file.md): scores 80, 50
/// and 20 % give f = 0,9526, 0,5000 and 0,0474; 36 000 kr paid back by withheld × f.
#[test]
fn example_g_logistic_exchange_function() {
    let c = calc(
        "worked_example_g/rules_logistic.ron",
        "worked_example_g/results.csv",
    );
    let m = |a: &str, b: &str, c: &str, d: &str| {
        (a.to_string(), b.to_string(), c.to_string(), d.to_string())
    };
    assert_eq!(
        money(&c),
        vec![
            m("Gran", "22862.40", "20000.00", "2862.40"),
            m("Hassel", "12000.00", "20000.00", "-8000.00"),
            m("Idegran", "1137.60", "20000.00", "-18862.40"),
        ]
    );
    assert_eq!(c.schemes[0].gross_total, d("36000.00"));
    let lang = kvalitetspeng::words::Lang::Sv;
    let gran = c.provider("G1").unwrap();
    let reason = gran.reason(lang);
    assert!(
        reason.starts_with(
            "återbetalning: f(poäng) = 0,9526; 19 052 av 30 000 kr (innehållet × f) = 63,51 % av 36 000,00 kr = 22 862,40 kr"
        ),
        "{reason}"
    );
}

#[test]
fn example_h_areas_with_a_wholly_missing_area() {
    let c = calc("worked_example_h/rules.ron", "worked_example_h/results.csv");
    let p = c.provider("H1").unwrap();
    assert_eq!(p.score, q("49").checked_div(&q("75")).unwrap());
    assert_eq!(p.payout, d("49000.00"));
    let weights: Vec<String> = p
        .areas
        .iter()
        .map(|a| {
            kvalitetspeng::words::exact_text(&a.effective_weight, kvalitetspeng::words::Lang::Sv)
        })
        .collect();
    assert_eq!(weights, ["2/15", "1/3", "8/15", "0"]);
    let credits: Vec<_> = p.areas.iter().map(|a| a.credit.clone()).collect();
    assert_eq!(credits, vec![q("0.5"), q("0.8"), q("0.6"), q("0")]);
    assert!(p.areas[3].missing);
}

#[test]
fn example_i_deductions_floor_and_reconciliation() {
    let c = calc("worked_example_i/rules.ron", "worked_example_i/results.csv");
    let rows: Vec<_> = c
        .providers
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.gross.to_string(),
                p.deductions
                    .iter()
                    .map(|d| d.amount)
                    .sum::<rust_decimal::Decimal>()
                    .to_string(),
                p.payout.to_string(),
                p.settlement().map(|s| s.to_string()),
            )
        })
        .collect();
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        rows,
        vec![
            (
                "Ingarö",
                "30000.00".into(),
                "20000.00".into(),
                "10000.00".into(),
                None
            ),
            (
                "Järna",
                "15000.00".into(),
                "20000.00".into(),
                "-5000.00".into(),
                None
            ),
            (
                "Kallhäll",
                "100000.00".into(),
                "0.00".into(),
                "100000.00".into(),
                s("28000.00")
            ),
            (
                "Lidingö",
                "50000.00".into(),
                "0.00".into(),
                "50000.00".into(),
                s("-22000.00")
            ),
        ]
    );
    let floor = calc(
        "worked_example_i/rules_floor.ron",
        "worked_example_i/results.csv",
    );
    let j = floor.provider("I2").unwrap();
    assert_eq!(j.payout, d("0.00"));
    assert_eq!(j.floor_added, d("5000.00"));
    assert_eq!(
        j.reason(kvalitetspeng::words::Lang::Sv),
        "poäng 100,00 % × 10,00 kr per timme × 1 500 = 15 000,00 kr; avdrag (vite): Aktuell dokumentation 85 < 90: 1 % av ordinarie ersättning: −20 000,00 kr; golv vid noll: nettot blir inte negativt: 5 000,00 kr; netto 0,00 kr"
    );
}

/// A negative amount is written for whom reads it: the payout file's money columns keep the
/// ASCII `-` (a spreadsheet does not read U+2212 as minus), the explanation a person reads has
/// the real minus sign (−).
#[test]
fn negative_amounts_have_a_minus_sign_for_their_reader() {
    let c = calc("worked_example_i/rules.ron", "worked_example_i/results.csv");
    let lang = kvalitetspeng::words::Lang::Sv;
    let payout = String::from_utf8(kvalitetspeng::io::export_csv::payout_csv(&c, lang)).unwrap();
    assert!(payout.contains(";-5000,00;"), "{payout}");
    // Every column but the last (the calculation in words, 15th) is a number or a name.
    for line in payout.lines() {
        let columns: Vec<&str> = line.splitn(15, ';').collect();
        assert_eq!(columns.len(), 15, "{line}");
        assert!(!columns[..14].concat().contains('\u{2212}'), "{line}");
        assert!(!columns[14].contains('-'), "{line}");
    }
    assert!(payout.contains("netto −5 000,00 kr"), "{payout}");
    let explained =
        String::from_utf8(kvalitetspeng::io::export_csv::explanation_csv(&c, lang)).unwrap();
    assert!(explained.contains("−"), "{explained}");
    let floor = calc(
        "worked_example_i/rules_floor.ron",
        "worked_example_i/results.csv",
    );
    let reason = floor.provider("I2").unwrap().reason(lang);
    assert!(reason.contains(": −20 000,00 kr"), "{reason}");
}

/// Rule sets with more parts than any scheme has are refused with the count and the limit,
/// without comparing the parts with each other (which would take long).
#[test]
fn rule_sets_with_too_many_parts_are_refused_with_the_limit() {
    use kvalitetspeng::domain::rules::{Scoring, Step, Steps};
    use kvalitetspeng::domain::validation::validate;
    let lang = kvalitetspeng::words::Lang::Sv;
    let base = rules("worked_example_a/rules.ron");
    let texts = |r: &kvalitetspeng::domain::RuleSet| {
        validate(r).iter().map(|p| p.text(lang)).collect::<Vec<_>>()
    };
    let mut many = base.clone();
    let ind = many.schemes[0].indicators[0].clone();
    many.schemes[0].indicators = (0..100_000)
        .map(|k| {
            let mut i = ind.clone();
            i.id = format!("i{k}");
            i
        })
        .collect();
    assert!(texts(&many).contains(&"100000 indikatorer, högst 200 är tillåtna".to_string()));
    let mut steps = base.clone();
    steps.schemes[0].indicators[0].scoring = Scoring::Steps(Steps {
        steps: (0..100_000)
            .map(|k| Step {
                level: d(&format!("{}", k % 100)),
                credit_percent: d("100"),
            })
            .collect(),
    });
    assert!(texts(&steps).contains(&"100000 steg, högst 50 är tillåtna".to_string()));
    let mut schemes = base.clone();
    schemes.schemes = vec![base.schemes[0].clone(); 100_000];
    assert_eq!(
        texts(&schemes),
        ["verksamheten har mer än en ersättningsmodell"]
    );
}

/// The columns of folded results are made in chunks of members on every core, each provider's
/// cells read in one walk with the keys: with more members per scheme than a chunk, cells
/// missing here and there and a baseline window apart from the period's, the calculation from
/// the folded reading is the one from every row.
#[test]
fn folded_columns_of_many_members_calculate_as_the_rows() {
    use kvalitetspeng::domain::engine::calculate_plan;
    use kvalitetspeng::domain::plan::compile;
    use kvalitetspeng::domain::results::Folded;
    use kvalitetspeng::domain::rules::{AchievementOrImprovement, Scoring};
    use kvalitetspeng::generate::{GenSpec, results_csv, rules};
    use kvalitetspeng::io::results_csv::{parse_results, read_folded};
    use rust_decimal::Decimal;

    let spec = GenSpec {
        providers: 700,
        indicators: 5,
        months: 12,
        seed: 11,
    };
    let mut rules = rules(&spec);
    rules.period = "2025-H2".into();
    for s in &mut rules.schemes {
        s.indicators[1].scoring = Scoring::AchievementOrImprovement(AchievementOrImprovement {
            threshold: Decimal::from(60),
            benchmark: Decimal::from(95),
            baseline_period: "2025-Q1".into(),
        });
    }
    let mut csv = Vec::new();
    results_csv(&spec, &mut csv).unwrap();
    // Every seventh row without the provider's attributes left out: cells of a month, a
    // quarter or a half-year go missing.
    let text = String::from_utf8(csv).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .enumerate()
        .filter(|(k, l)| *k == 0 || l.split(';').nth(2) != Some("") || k % 7 != 3)
        .map(|(_, l)| l)
        .collect();
    assert!(kept.len() < text.lines().count() - 1000);
    let bytes = (kept.join("\n") + "\n").into_bytes();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.csv");
    std::fs::write(&path, &bytes).unwrap();
    let plan = compile(&rules).unwrap();
    let rows = parse_results(&bytes, "r.csv").unwrap();
    let windows = Folded::windows_for(plan.periods_read()).unwrap();
    let folded = read_folded(&path, "r.csv", &windows).expect("a clean file is folded");
    let (from_folded, from_rows) = (calculate_plan(&plan, &folded), calculate_plan(&plan, &rows));
    assert!(
        from_rows
            .providers
            .iter()
            .filter(|p| p.service_type == from_rows.providers[0].service_type)
            .count()
            > 300
    );
    assert_eq!(from_folded, from_rows);
}

/// Worked example N: a share without respondents (blank or 0) under an interval rule is
/// missing, exactly as a blank result: not scored (its weight re-normalised away), no
/// deduction taken on it; under the point estimate it counts as reported.
#[test]
fn example_n_a_result_without_respondents_under_each_interval_rule() {
    let lang = kvalitetspeng::words::Lang::Sv;
    let net = |c: &kvalitetspeng::domain::explanation::Calculation| -> Vec<(String, String)> {
        c.providers
            .iter()
            .map(|p| (p.id.to_string(), p.payout.to_string()))
            .collect()
    };
    let cautious = calc("worked_example_n/rules.ron", "worked_example_n/results.csv");
    assert_eq!(
        net(&cautious),
        pairs(&[
            ("N1", "10000.00"),
            ("N2", "0.00"),
            ("N3", "10000.00"),
            ("N4", "5000.00")
        ])
    );
    let benefit = calc(
        "worked_example_n/rules_benefit.ron",
        "worked_example_n/results.csv",
    );
    assert_eq!(
        net(&benefit),
        pairs(&[
            ("N1", "10000.00"),
            ("N2", "0.00"),
            ("N3", "10000.00"),
            ("N4", "10000.00")
        ])
    );
    let estimate = calc(
        "worked_example_n/rules_estimate.ron",
        "worked_example_n/results.csv",
    );
    assert_eq!(
        net(&estimate),
        pairs(&[
            ("N1", "10000.00"),
            ("N2", "5000.00"),
            ("N3", "4000.00"),
            ("N4", "5000.00")
        ])
    );
    for c in [&cautious, &benefit] {
        let n2 = c.provider("N2").unwrap();
        assert_eq!(n2.indicators[0].status, DataStatus::NoRespondents);
        assert!(n2.indicators[0].effective_weight.is_zero());
        let n3 = c.provider("N3").unwrap();
        assert_eq!(n3.indicators[0].status, DataStatus::NoRespondents);
        // 60 % is under the deduction's 70 %, but a missing result deducts nothing.
        assert!(!n3.deductions[0].applied);
        assert_eq!(
            n3.deductions[0].text(lang),
            "inget avdrag: Helhetsbedömning, andel nöjda 60 räknas som saknat (antal svarande saknas eller är 0, och intervallregeln kräver svarande); ett saknat resultat ger inget avdrag"
        );
        assert_eq!(
            n3.indicators[0].reason(lang),
            "antal svarande saknas eller är 0, och intervallregeln kräver svarande: utelämnas, övriga vikter räknas om"
        );
        // No result at all: said once, with no value and no doubled space.
        let mut none = n3.deductions[0].clone();
        (none.value, none.missing) = (None, Some(DataStatus::Missing));
        assert_eq!(
            none.text(lang),
            "inget avdrag: Helhetsbedömning, andel nöjda saknas; ett saknat resultat ger inget avdrag"
        );
        assert_eq!(
            none.text(kvalitetspeng::words::Lang::En),
            "no deduction: Helhetsbedömning, andel nöjda is missing; a missing result deducts nothing"
        );
    }
    let n3 = estimate.provider("N3").unwrap();
    assert_eq!(n3.indicators[0].status, DataStatus::Ok);
    assert!(n3.deductions[0].applied);
}

/// Worked example J: levels fixed before 2025 from the baseline 2024 (25th percentile as
/// Excel PERCENTILE.INC = 77 %, mean of the best tenth = 93 %; J9's missing result does not
/// count), frozen into the rule file with their record, and the 2025 payouts to the öre.
#[test]
fn example_j_standards_from_a_baseline_period() {
    use kvalitetspeng::domain::standards::{Role, Source, freeze};
    let baseline = results("worked_example_j/baseline_2024.csv");
    let source = Source {
        file: "baseline_2024.csv".into(),
        sha256: baseline.source_sha256.clone(),
    };
    let (frozen, found) = freeze(&rules("worked_example_j/rules.ron"), &baseline, &source).unwrap();
    let levels: Vec<_> = found
        .iter()
        .map(|f| (f.role, f.level, f.exact.clone(), f.providers))
        .collect();
    assert_eq!(
        levels,
        vec![
            (Role::Threshold, d("77"), q("77"), 8),
            (Role::Benchmark, d("93"), q("93"), 8)
        ]
    );
    let record = frozen.schemes[0].indicators[0]
        .standard
        .as_ref()
        .and_then(|s| s.frozen.as_ref())
        .unwrap();
    assert_eq!(record.providers, 8);
    assert_eq!(record.sha256.len(), 64);
    // The shipped frozen rule file is exactly what the command writes.
    let text = kvalitetspeng::io::rules_ron::to_ron_string(&frozen);
    let shipped = std::fs::read_to_string(sample("worked_example_j/rules_2025.ron")).unwrap();
    assert_eq!(text, shipped);
    assert_eq!(rules("worked_example_j/rules_2025.ron"), frozen);

    let c = calc(
        "worked_example_j/rules_2025.ron",
        "worked_example_j/results.csv",
    );
    assert_eq!(
        payouts(&c),
        pairs(&[
            ("Utförare 1", "5000.00"),
            ("Utförare 2", "10000.00"),
            ("Utförare 3", "0.00"),
            ("Utförare 4", "2500.00"),
            ("Utförare 5", "7750.00"),
        ])
    );
    // The rules in prose (and so the report) say where the levels came from.
    let prose =
        kvalitetspeng::words::prose::rule_set_prose(&frozen, kvalitetspeng::words::Lang::Sv);
    assert!(
        prose[0].1.last().unwrap().ends_with(
            "Nivåerna är fastställda i förväg ur basperioden (baseline_2024.csv): 77 % = 25:e \
         percentilen av 2024 års resultat, 8 utförare; 93 % = medel av bästa tiondelen av 2024 \
         års resultat, 8 utförare."
        ),
        "{prose:?}"
    );
    // Not yet frozen, the rules cannot be calculated.
    let unfrozen = calculate(
        &rules("worked_example_j/rules.ron"),
        &results("worked_example_j/results.csv"),
    );
    assert!(unfrozen.is_err());
}

/// The frozen levels do not move with this year's peers: with every other provider's 2025
/// result changed, J1's 85 % still scores between 77 and 93 (50 %, 5 000,00 kr).
#[test]
fn example_j_levels_do_not_move_with_this_years_peers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("results.csv");
    let text = std::fs::read_to_string(sample("worked_example_j/results.csv")).unwrap();
    let other = text
        .replace(";95;", ";60;")
        .replace(";76;", ";99;")
        .replace(";81;", ";98;")
        .replace(";89,4;", ";97;");
    assert_ne!(other, text);
    std::fs::write(&path, other).unwrap();
    let r = kvalitetspeng::io::read_results(&path).unwrap();
    let c = calculate(&rules("worked_example_j/rules_2025.ron"), &r).unwrap();
    let j1 = c.provider("J1").unwrap();
    assert_eq!(j1.payout, d("5000.00"));
    assert_eq!(
        j1.indicators[0].reason(kvalitetspeng::words::Lang::Sv),
        "85 mellan 77 (0 %) och 93 (100 %): 50,0 %"
    );
    assert_eq!(c.provider("J2").unwrap().payout, d("0.00"));
}

/// Issue 35 item 5: a contract minimum of 80 % on example J's indicator, whose no-credit level
/// is 77 %: validation warns where (not an error: the calculation still runs) and the rules in
/// prose name the minimum.
#[test]
fn contract_minimum_is_warned_of_and_said() {
    use kvalitetspeng::domain::validation::{Severity, validate};
    use kvalitetspeng::words::Lang;
    let mut r = rules("worked_example_j/rules_2025.ron");
    assert!(validate(&r).is_empty());
    r.schemes[0].indicators[0].contract_minimum = Some(d("80"));
    let problems = validate(&r);
    assert_eq!(problems.len(), 1);
    let p = &problems[0];
    assert_eq!(p.severity, Severity::Warning);
    assert_eq!(
        format!("{}: {}", p.location().text(Lang::Sv), p.text(Lang::Sv)),
        "Hemtjänst › indikator ”helhet”: nedre 77 % är inte bättre än avtalets miniminivå 80 %: \
         kvalitetspeng betalas för det avtalet redan kräver"
    );
    let prose = kvalitetspeng::words::prose::rule_set_prose(&r, Lang::Sv);
    assert!(
        prose[0]
            .1
            .last()
            .unwrap()
            .ends_with("Avtalet kräver redan minst 80 %."),
        "{prose:?}"
    );
    assert!(calculate(&r, &results("worked_example_j/results.csv")).is_ok());
}

#[test]
fn a_straddled_level_lists_the_first_providers_and_counts_the_rest() {
    use kvalitetspeng::domain::ServiceType;
    use kvalitetspeng::domain::explanation::Warning;
    use kvalitetspeng::words::Lang;
    let w = |count, providers: &[&str]| Warning::IntervalStraddlesLevel {
        service_type: ServiceType::Hemtjanst,
        indicator_id: "nöjd".into(),
        level: "90.5".parse().unwrap(),
        count,
        providers: providers.iter().map(|p| p.to_string()).collect(),
    };
    let start = "Hemtjänst / nöjd: ";
    let end = "95 % konfidensintervall som omsluter nivån 90,5, så slumpen i urvalet avgör \
               vilken sida de hamnar på: ";
    assert_eq!(
        w(14, &["A", "B"]).text(Lang::Sv),
        format!("{start}14 utförare har ett {end}A, B och 12 till")
    );
    assert_eq!(
        w(2, &["A", "B"]).text(Lang::Sv),
        format!("{start}2 utförare har ett {end}A, B")
    );
    assert!(w(3, &["A"]).text(Lang::En).ends_with(": A and 2 more"));
}
