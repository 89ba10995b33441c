//! The rules in prose: every scoring mode's sentence, short form and marks, as the words
//! were before the modes declared them as messages.

use kvalitetspeng::domain::rules::{Direction, PeerLevel, Unit};
use kvalitetspeng::words::Lang;
use rust_decimal::Decimal;

/// Every mode's sentence, short form and marks, as the words were before the modes
/// declared them as messages.
#[test]
fn every_scoring_mode_says_what_it_does() {
    use kvalitetspeng::domain::rules::{
        AchievementOrImprovement, Linear, Relative, Scoring, Step, Steps, Threshold,
    };
    let d = |s: &str| s.parse::<Decimal>().unwrap();
    let step = |l, c| Step {
        level: d(l),
        credit_percent: d(c),
    };
    let hi = Direction::HigherIsBetter;
    let lo = Direction::LowerIsBetter;
    let cases: Vec<(Scoring, Unit, Direction, Lang, &str, &str)> = vec![
        (
            Scoring::Threshold(Threshold { level: d("87.50") }),
            Unit::Percent,
            hi,
            Lang::Sv,
            "Full poäng vid minst 87,5 %, annars ingen poäng.",
            "tröskel 87,5",
        ),
        (
            Scoring::Steps(Steps {
                steps: vec![step("80", "100"), step("70", "50")],
            }),
            Unit::Percent,
            hi,
            Lang::Sv,
            "Minst 70 % ger 50 %, minst 80 % ger 100 % av poängen; det högsta steget som \
             nås räknas.",
            "steg 80 → 100 %, 70 → 50 %",
        ),
        (
            Scoring::Steps(Steps {
                steps: vec![step("10", "50"), step("5", "100")],
            }),
            Unit::Count,
            lo,
            Lang::En,
            "At most 10 gives 50 %, at most 5 gives 100 % of the credit; the best step \
             reached counts.",
            "steps 10 → 50 %, 5 → 100 %",
        ),
        (
            Scoring::Linear(Linear {
                lower: d("75"),
                upper: d("92"),
            }),
            Unit::Percent,
            lo,
            Lang::Sv,
            "Full poäng vid högst 75 %, ingen poäng vid 92 % eller högre, linjärt \
             däremellan.",
            "linjär 75–92",
        ),
        (
            Scoring::Relative(Relative {
                start: PeerLevel::Percentile(d("50")),
                full: PeerLevel::TopDecileMean,
            }),
            Unit::Percent,
            hi,
            Lang::En,
            "No credit at 50th percentile of the peers' results, full credit at mean of \
             top decile of the peers' results, linear in between (the levels come from \
             the period's results).",
            "relative 50th percentile – mean of top decile",
        ),
        (
            Scoring::AchievementOrImprovement(AchievementOrImprovement {
                threshold: d("50"),
                benchmark: d("80"),
                baseline_period: "2024".into(),
            }),
            Unit::Score,
            hi,
            Lang::Sv,
            "Det bästa av nivåpoäng (0 vid 50, 10 vid 80) och förbättringspoäng (0–9 från \
             utförarens eget resultat 2024 upp till 80) räknas, som andel av 10.",
            "nivå eller förbättring 50 / 80 (bas 2024)",
        ),
    ];
    for (scoring, unit, dir, lang, prose, short) in cases {
        let mode = scoring.mode();
        assert_eq!(lang.say_plain(&mode.prose(unit, dir)), prose);
        assert_eq!(lang.say_plain(&mode.short()), short);
    }
    let steps = Scoring::Steps(Steps {
        steps: vec![step("70", "50.5")],
    });
    let marks: Vec<(String, Decimal)> = steps
        .mode()
        .marks()
        .iter()
        .map(|(m, l)| (Lang::Sv.say_plain(m), *l))
        .collect();
    assert_eq!(marks, vec![("51 %".to_string(), d("70"))]);
}

/// A scheme's and an indicator's sentences, from the rules' own modules: qualification, cap,
/// missing data, k of n, cohort, areas, a fixed deduction, floor, budget; weight in an area,
/// minimum of respondents with a fallback share and an interval rule.
#[test]
fn every_scheme_rule_says_what_it_does() {
    use kvalitetspeng::words::prose::rule_set_prose;
    let ron = r#"RuleSet(
        format_version: 1, municipality: "M", name: "N", period: "2025",
        schemes: [Scheme(
            service_type: Hemtjanst, volume_unit: Hour,
            missing_data: FallbackShare(80),
            payout: PerVolumeUnit(kr_per_unit: 10),
            qualification: Qualification(min_score_percent: Some(50.5), all_indicators_met: true),
            cap: Some(100000), budget: Some(2500000.5),
            areas: [Area(id: "a", name: "Upplevelse", weight: 60), Area(id: "b", name: "Vård", weight: 40)],
            indicators: [Indicator(
                id: "helhet", name: "Helhet", unit: Percent, direction: LowerIsBetter,
                weight: 100, source: "", min_respondents: Some(10), area: Some("a"),
                uncertainty: Cautious, scoring: Threshold(level: 80),
            )],
            deductions: [Deduction(indicator: "helhet", level: 90, amount: Fixed(5000))],
            floor_at_zero: true, min_usable_indicators: Some(1), cohort: Regi,
        )],
    )"#;
    let rules = kvalitetspeng::io::rules_ron::parse_rules(ron, "r.ron").unwrap();
    let (heading, paras) = &rule_set_prose(&rules, Lang::Sv)[0];
    assert_eq!(heading, "Hemtjänst");
    let expected = [
        "Full poäng ger 10,00 kr per timme; utföraren får sin poäng × beloppet × sina utförda \
         timmar.",
        "Minst 50,5 % poäng krävs för att få kvalitetspeng.",
        "Alla indikatorer måste vara uppnådda (full poäng) för att få kvalitetspeng.",
        "Ingen utförare får mer än 100 000,00 kr.",
        "Resultat som saknas eller är orimliga gör att utföraren i stället får 80 % av förra \
         periodens belopp.",
        "En utförare får poäng bara när minst 1 av de 1 indikatorerna har användbara resultat; \
         annars är underlaget otillräckligt och utföraren får ingen poäng och inget belopp \
         (redovisas skilt från för låg poäng).",
        "Relativa nivåer räknas inom varje regi (egen regi för sig, privat för sig).",
        "Indikatorerna är grupperade i områden med egna vikter: Upplevelse 60 %, Vård 40 %. En \
         indikators vikt gäller inom dess område.",
        "Avdrag (vite): när Helhet är över 90 % dras 5 000,00 kr av. Ett saknat resultat ger \
         inget avdrag.",
        "Nettot blir aldrig negativt (golv vid noll).",
        "Budget för kvalitetspengen: 2 500 000,50 kr (före innehållande och avdrag).",
        "Helhet väger 100 % inom området Upplevelse. Full poäng vid högst 80 %, annars ingen \
         poäng. Resultat med färre än 10 svar gör att utföraren i stället får 80 % av förra \
         periodens belopp. Resultatet räknas på konfidensintervallets övre gräns (Wilson, 95 %): \
         nivån ska vara säkert nådd, inte bara i punktskattningen. Ett resultat utan antal \
         svarande (eller med 0) räknas som saknat.",
    ];
    assert_eq!(paras.as_slice(), expected.as_slice());
}
