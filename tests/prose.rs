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
