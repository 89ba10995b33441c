use super::*;
use crate::domain::validation::{Field, Problem, ProblemMsg};

fn at(line: usize, column: usize) -> Option<Position> {
    Some(Position { line, column })
}

fn weight(scheme: ServiceType, index: usize, id: &str) -> Problem {
    Problem::error(
        Some(scheme),
        Some((index, id.into())),
        Field::Weight,
        ProblemMsg::NegativeWeight,
    )
}

const TWO_SCHEMES: &str = r##"// weight: 1 in a comment
#![enable(implicit_some)]
RuleSet(
    format_version: 1,
    name: "weight: 2, (in a string",
    period: "2025",
    schemes: [
        Scheme(
            service_type: Hemtjanst,
            /* weight: 3 /* nested */ indicators: [ */
            indicators: [
                Indicator(id: "a", weight: 40),
            ],
        ),
        (
            service_type: Sabo,
            payout: Pot(amount: 10),
            indicators: [
                Indicator(id: "x", name: '(', scoring: Linear(lower: 0, upper: 100), weight: 1),
                Indicator(id: "y", name: r#"weight: ")"#, weight: 2),
                Indicator(
                    id: "z",
                    name: "\"weight\": ]",
                    weight: -5,
                ),
            ],
        ),
    ],
)
"##;

#[test]
fn a_field_is_found_in_its_indicator_and_not_in_comments_or_strings() {
    let t = TWO_SCHEMES;
    assert_eq!(locate(t, &weight(ServiceType::Sabo, 2, "z")), at(24, 21));
    assert_eq!(locate(t, &weight(ServiceType::Sabo, 0, "x")), at(19, 86));
    assert_eq!(
        locate(t, &weight(ServiceType::Hemtjanst, 0, "a")),
        at(12, 36)
    );
    let mut levels = weight(ServiceType::Sabo, 0, "x");
    levels.field = Field::Levels;
    assert_eq!(locate(t, &levels), at(19, 47));
    // A scheme's own field, and the rule set's.
    let pay = Problem::error(
        Some(ServiceType::Sabo),
        None,
        Field::Payout,
        ProblemMsg::PotNotPositive,
    );
    assert_eq!(locate(t, &pay), at(17, 13));
    let period = Problem::error(None, None, Field::Period, ProblemMsg::NoSchemes);
    assert_eq!(locate(t, &period), at(6, 5));
}

#[test]
fn a_field_left_out_gives_its_elements_start() {
    let t = TWO_SCHEMES;
    let mut p = weight(ServiceType::Sabo, 1, "y");
    p.field = Field::Uncertainty;
    assert_eq!(locate(t, &p), at(20, 17));
    let cap = Problem::error(
        Some(ServiceType::Hemtjanst),
        None,
        Field::Cap,
        ProblemMsg::NegativeCap,
    );
    assert_eq!(locate(t, &cap), at(8, 9));
    // An unnamed struct starts at its parenthesis.
    let cap = Problem {
        scheme: Some(ServiceType::Sabo),
        ..cap
    };
    assert_eq!(locate(t, &cap), at(15, 9));
    // The rule set's field left out: no place.
    let c = Problem::error(
        None,
        None,
        Field::Corrections,
        ProblemMsg::EmptyCorrectionsTo,
    );
    assert_eq!(locate(t, &c), None);
}

#[test]
fn crlf_cr_and_a_bom_give_the_same_lines() {
    let p = weight(ServiceType::Sabo, 2, "z");
    let crlf = TWO_SCHEMES.replace('\n', "\r\n");
    assert_eq!(locate(&crlf, &p), at(24, 21));
    let cr = TWO_SCHEMES.replace('\n', "\r");
    assert_eq!(locate(&cr, &p), at(24, 21));
    let bom = format!("\u{FEFF}{TWO_SCHEMES}");
    assert_eq!(locate(&bom, &p), at(24, 21));
    let one_line = "\u{FEFF}RuleSet(period: \"x\")";
    let period = Problem::error(None, None, Field::Period, ProblemMsg::NoSchemes);
    assert_eq!(locate(one_line, &period), at(1, 9));
    // A U+FEFF inside a line is a character there, as `ron` counts it.
    let inside = "RuleSet(/*\u{FEFF}*/ period: \"x\")";
    assert_eq!(locate(inside, &period), at(1, 15));
}

/// Thousands of problems in a long one-line file are placed in one pass over the text: each
/// gets the place a lone search gives it.
#[test]
fn many_problems_are_placed_in_one_pass() {
    let long = format!("/*{}*/{TWO_SCHEMES}", "x".repeat(200_000));
    let p = weight(ServiceType::Sabo, 2, "z");
    let one = locate(&long, &p).expect("a place");
    let many = vec![p; 5_000];
    let all = locate_all(&long, &many);
    assert!(all.iter().all(|l| l.at == Some(one)), "{:?}", all[0].at);
}

#[test]
fn no_place_rather_than_a_wrong_one() {
    let t = TWO_SCHEMES;
    // An index beyond the list, an id that is not the one at the index.
    assert_eq!(locate(t, &weight(ServiceType::Sabo, 3, "w")), None);
    assert_eq!(locate(t, &weight(ServiceType::Sabo, 1, "z")), None);
    // A scheme the file lists twice, or not at all.
    let twice = t.replace("Sabo", "Hemtjanst");
    assert_eq!(
        locate(&twice, &weight(ServiceType::Hemtjanst, 0, "a")),
        None
    );
    let dup = Problem::error(
        Some(ServiceType::Sabo),
        None,
        Field::Schemes,
        ProblemMsg::DuplicateScheme,
    );
    assert_eq!(locate(t, &dup), None);
    let none = t.replace("Sabo", "Skola");
    assert_eq!(locate(&none, &weight(ServiceType::Sabo, 2, "z")), None);
    // Not the structure of a rule file, or not closed.
    assert_eq!(locate("[1, 2]", &weight(ServiceType::Sabo, 0, "x")), None);
    assert_eq!(
        locate("RuleSet(schemes: [", &weight(ServiceType::Sabo, 0, "x")),
        None
    );
    assert_eq!(
        locate("RuleSet(a: (]", &weight(ServiceType::Sabo, 0, "x")),
        None
    );
    assert_eq!(
        locate("RuleSet(a: \"", &weight(ServiceType::Sabo, 0, "x")),
        None
    );
    let deep = format!("RuleSet(a: {}{})", "[".repeat(1000), "]".repeat(1000));
    assert_eq!(locate(&deep, &weight(ServiceType::Sabo, 0, "x")), None);
}

#[test]
fn the_text_says_line_and_column_when_known() {
    let p = weight(ServiceType::Sabo, 2, "z");
    let sv = Lang::Sv;
    let en = Lang::En;
    let all = locate_all(TWO_SCHEMES, &[p.clone(), weight(ServiceType::Sabo, 9, "q")]);
    assert_eq!(
        all[0].text("r.ron", sv),
        "r.ron, rad 24, kolumn 21: Särskilt boende › indikator ”z”: vikten får inte vara negativ"
    );
    assert_eq!(
        all[1].text("r.ron", sv),
        "r.ron: Särskilt boende › indikator ”q”: vikten får inte vara negativ"
    );
    assert!(
        all[0]
            .text("r.ron", en)
            .starts_with("r.ron, line 24, column 21: ")
    );
}

const ELEMENTS: &str = r#"RuleSet(
    schemes: [
        Scheme(
            service_type: Sabo,
            areas: [
                Area(id: "a", name: "A", weight: 60),
                (id: "b", weight: -40),
            ],
            deductions: [
                Deduction(indicator: "x", level: 90, amount: Fixed(-1)),
            ],
            gates: [Gate(kind: "ivo", effect: CapScore(120))],
        ),
    ],
)
"#;

#[test]
fn an_area_deduction_or_gate_is_placed_at_its_field_else_its_start() {
    let t = ELEMENTS;
    let sabo = Some(ServiceType::Sabo);
    let area = |i, id: &str| {
        Problem::error(sabo, None, Field::Area, ProblemMsg::NegativeWeight).of_area(i, id)
    };
    assert_eq!(locate(t, &area(1, "b").at_key("weight")), at(7, 27));
    assert_eq!(locate(t, &area(0, "a").at_key("weight")), at(6, 42));
    // A field left out, or none named: the element's start.
    assert_eq!(locate(t, &area(0, "a")), at(6, 17));
    assert_eq!(locate(t, &area(1, "b").at_key("name")), at(7, 17));
    let deduction = Problem::error(
        sabo,
        None,
        Field::Deductions,
        ProblemMsg::DeductionNotPositive,
    )
    .of_deduction(0, "x")
    .at_key("amount");
    assert_eq!(locate(t, &deduction), at(10, 54));
    let gate = Problem::error(sabo, None, Field::Gates, ProblemMsg::GateEmptyKind)
        .of_gate(0, "ivo")
        .at_key("effect");
    assert_eq!(locate(t, &gate), at(12, 39));
    // Beyond the list: its key; another element at the index: no place.
    assert_eq!(locate(t, &area(2, "c").at_key("weight")), at(5, 13));
    assert_eq!(locate(t, &area(1, "a").at_key("weight")), None);
    let sv = Lang::Sv;
    let en = Lang::En;
    let words = problem_text(&area(1, "b"), sv);
    assert_eq!(
        words,
        "Särskilt boende › område ”b”: vikten får inte vara negativ"
    );
    let en = problem_text(&gate, en);
    assert!(
        en.starts_with("Nursing home › rule for findings “ivo”: "),
        "{en}"
    );
    let nth = problem_text(&area(1, " "), sv);
    assert!(nth.starts_with("Särskilt boende › område nr 2: "), "{nth}");
}
