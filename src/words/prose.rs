//! The rules in plain words, generated from the rule set: one sentence for every payout base,
//! scoring mode, policy and option, so that the decision report says exactly what the
//! calculation does ("Helhetsbedömning väger 20 %. Full poäng vid minst 92 %, ingen poäng vid
//! 75 % eller lägre, linjärt däremellan.").
//!
//! ```
//! use kvalitetspeng::domain::rules::*;
//! use kvalitetspeng::words::prose::indicator_sentences;
//! use kvalitetspeng::words::Lang;
//! let ind = Indicator {
//!     id: "helhet".into(),
//!     name: "Helhetsbedömning".into(),
//!     unit: Unit::Percent,
//!     direction: Direction::HigherIsBetter,
//!     weight: 20.into(),
//!     source: String::new(),
//!     min_respondents: Some(10),
//!     area: None,
//!     uncertainty: Uncertainty::Estimate,
//!     scoring: Scoring::Linear { lower: 75.into(), upper: 92.into() },
//! };
//! assert_eq!(
//!     indicator_sentences(&ind, &MissingDataPolicy::Renormalize, None, Lang::Sv),
//!     "Helhetsbedömning väger 20 %. Full poäng vid minst 92 %, ingen poäng vid 75 % eller \
//!      lägre, linjärt däremellan. Resultat med färre än 10 svar räknas inte; övriga vikter \
//!      räknas då om."
//! );
//! ```

use rust_decimal::Decimal;

use crate::domain::rules::{
    Area, DeductionAmount, Direction, Indicator, MissingDataPolicy, PayoutBase, PeerLevel, RuleSet,
    Scheme, Scoring, Uncertainty, Unit,
};
use crate::words::number::format_number_lang;
use crate::words::{Lang, Word};

fn n(d: Decimal, lang: Lang) -> String {
    format_number_lang(d.normalize(), None, lang)
}

fn kr(d: Decimal, lang: Lang) -> String {
    format!("{} kr", format_number_lang(d, Some(2), lang))
}

/// A level with its unit: `92 %`, `10`.
fn level(d: Decimal, unit: Unit, lang: Lang) -> String {
    format!("{}{}", n(d, lang), unit.suffix())
}

/// "at least" / "at most" in the indicator's direction.
fn at_least(dir: Direction, lang: Lang) -> &'static str {
    match dir {
        Direction::HigherIsBetter => lang.word(Word::AtLeast),
        Direction::LowerIsBetter => lang.word(Word::AtMost),
    }
}

/// "or lower" / "or higher": the worse side.
fn or_worse(dir: Direction, lang: Lang) -> &'static str {
    match dir {
        Direction::HigherIsBetter => lang.word(Word::OrLower),
        Direction::LowerIsBetter => lang.word(Word::OrHigher),
    }
}

fn peer_level(p: &PeerLevel, lang: Lang) -> String {
    match p {
        PeerLevel::Percentile(_) => {
            format!("{} {}", p.label(lang), lang.word(Word::OfThePeersResults))
        }
        PeerLevel::TopDecileMean | PeerLevel::Mean => {
            format!("{} {}", p.label(lang), lang.word(Word::OfThePeersResults))
        }
    }
}

/// How the indicator's result becomes its credit, in one or two sentences.
pub fn scoring_sentence(ind: &Indicator, lang: Lang) -> String {
    let (u, dir) = (ind.unit, ind.direction);
    match &ind.scoring {
        Scoring::Threshold { level: l } => match lang {
            Lang::Sv => format!(
                "Full poäng vid {} {}, annars ingen poäng.",
                at_least(dir, lang),
                level(*l, u, lang)
            ),
            Lang::En => format!(
                "Full credit when {} {}, otherwise none.",
                at_least(dir, lang),
                level(*l, u, lang)
            ),
        },
        Scoring::Steps { steps } => {
            let mut sorted = steps.clone();
            sorted.sort_by_key(|s| s.level);
            if dir == Direction::LowerIsBetter {
                sorted.reverse();
            }
            let parts: Vec<String> = sorted
                .iter()
                .map(|s| match lang {
                    Lang::Sv => format!(
                        "{} {} ger {} %",
                        at_least(dir, lang),
                        level(s.level, u, lang),
                        n(s.credit_percent, lang)
                    ),
                    Lang::En => format!(
                        "{} {} gives {} %",
                        at_least(dir, lang),
                        level(s.level, u, lang),
                        n(s.credit_percent, lang)
                    ),
                })
                .collect();
            let mut s = parts.join(", ");
            if let Some(first) = s.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            match lang {
                Lang::Sv => format!("{s} av poängen; det högsta steget som nås räknas."),
                Lang::En => format!("{s} of the credit; the best step reached counts."),
            }
        }
        Scoring::Linear { lower, upper } => {
            let (zero, full) = match dir {
                Direction::HigherIsBetter => (*lower, *upper),
                Direction::LowerIsBetter => (*upper, *lower),
            };
            match lang {
                Lang::Sv => format!(
                    "Full poäng vid {} {}, ingen poäng vid {} {}, linjärt däremellan.",
                    at_least(dir, lang),
                    level(full, u, lang),
                    level(zero, u, lang),
                    or_worse(dir, lang)
                ),
                Lang::En => format!(
                    "Full credit when {} {}, none at {} {}, linear in between.",
                    at_least(dir, lang),
                    level(full, u, lang),
                    level(zero, u, lang),
                    or_worse(dir, lang)
                ),
            }
        }
        Scoring::Relative { start, full } => match lang {
            Lang::Sv => format!(
                "Ingen poäng vid {}, full poäng vid {}, linjärt däremellan (nivåerna räknas fram ur periodens resultat).",
                peer_level(start, lang),
                peer_level(full, lang)
            ),
            Lang::En => format!(
                "No credit at {}, full credit at {}, linear in between (the levels come from the period's results).",
                peer_level(start, lang),
                peer_level(full, lang)
            ),
        },
        Scoring::AchievementOrImprovement {
            threshold,
            benchmark,
            baseline_period,
        } => match lang {
            Lang::Sv => format!(
                "Det bästa av nivåpoäng (0 vid {}, 10 vid {}) och förbättringspoäng (0–9 från utförarens eget resultat {baseline_period} upp till {}) räknas, som andel av 10.",
                level(*threshold, u, lang),
                level(*benchmark, u, lang),
                level(*benchmark, u, lang)
            ),
            Lang::En => format!(
                "The better of achievement points (0 at {}, 10 at {}) and improvement points (0–9 from the provider's own result in {baseline_period} up to {}) counts, as a share of 10.",
                level(*threshold, u, lang),
                level(*benchmark, u, lang),
                level(*benchmark, u, lang)
            ),
        },
    }
}

/// The sentence on what missing or too thin data does (for an indicator with a minimum, or
/// for the scheme).
fn missing_consequence(policy: &MissingDataPolicy, lang: Lang) -> String {
    match policy {
        MissingDataPolicy::ZeroCredit => lang.word(Word::GiveNoCreditBut).into(),
        MissingDataPolicy::Renormalize => lang.word(Word::DoNotCountThe).into(),
        MissingDataPolicy::FallbackShare(p) => match lang {
            Lang::Sv => format!(
                "gör att utföraren i stället får {} % av förra periodens belopp",
                n(*p, lang)
            ),
            Lang::En => format!(
                "mean that the provider gets {} % of last period's amount instead",
                n(*p, lang)
            ),
        },
    }
}

fn uncertainty_sentence(ind: &Indicator, lang: Lang) -> Option<String> {
    let lower = ind.uncertainty.uses_lower(ind.direction);
    let which = match (lower, lang) {
        (true, Lang::Sv) => "nedre gräns",
        (false, Lang::Sv) => "övre gräns",
        (true, Lang::En) => "lower bound",
        (false, Lang::En) => "upper bound",
    };
    match (ind.uncertainty, lang) {
        (Uncertainty::Estimate, _) => None,
        (Uncertainty::Cautious, Lang::Sv) => Some(format!(
            "Resultatet räknas på konfidensintervallets {which} (Wilson, 95 %): nivån ska vara säkert nådd, inte bara i punktskattningen."
        )),
        (Uncertainty::Cautious, Lang::En) => Some(format!(
            "The result counts at its confidence interval's {which} (Wilson, 95 %): the level must be clearly reached, not only by the point estimate."
        )),
        (Uncertainty::BenefitOfDoubt, Lang::Sv) => Some(format!(
            "Resultatet räknas på konfidensintervallets {which} (Wilson, 95 %): utföraren får tvivlets fördel."
        )),
        (Uncertainty::BenefitOfDoubt, Lang::En) => Some(format!(
            "The result counts at its confidence interval's {which} (Wilson, 95 %): the provider gets the benefit of the doubt."
        )),
    }
}

/// Everything about one indicator: its weight, its scoring, its minimum of respondents and
/// its interval rule.
pub fn indicator_sentences(
    ind: &Indicator,
    policy: &MissingDataPolicy,
    area: Option<&Area>,
    lang: Lang,
) -> String {
    let mut s = match (area, lang) {
        (None, Lang::Sv) => format!("{} väger {} %.", ind.name, n(ind.weight, lang)),
        (None, Lang::En) => format!("{} weighs {} %.", ind.name, n(ind.weight, lang)),
        (Some(a), Lang::Sv) => format!(
            "{} väger {} % inom området {}.",
            ind.name,
            n(ind.weight, lang),
            a.name
        ),
        (Some(a), Lang::En) => format!(
            "{} weighs {} % inside the area {}.",
            ind.name,
            n(ind.weight, lang),
            a.name
        ),
    };
    s.push(' ');
    s.push_str(&scoring_sentence(ind, lang));
    if let Some(min) = ind.min_respondents.filter(|m| *m > 0) {
        s.push_str(&match lang {
            Lang::Sv => format!(
                " Resultat med färre än {min} svar {}.",
                missing_consequence(policy, lang)
            ),
            Lang::En => format!(
                " Results with fewer than {min} respondents {}.",
                missing_consequence(policy, lang)
            ),
        });
    }
    if let Some(u) = uncertainty_sentence(ind, lang) {
        s.push(' ');
        s.push_str(&u);
    }
    s
}

/// How the scheme pays, who qualifies, the cap, missing data, areas, deductions and floor;
/// one paragraph each (the indicators come separately, [`indicator_sentences`]).
pub fn scheme_sentences(s: &Scheme, lang: Lang) -> Vec<String> {
    let unit = s.volume_unit;
    let mut out = Vec::new();
    out.push(match (&s.payout, lang) {
        (PayoutBase::Pot { amount, key }, Lang::Sv) => format!(
            "En pott på {} delas mellan de utförare som kvalificerar sig, {} ({}). Delarna avrundas till öre så att de summerar exakt till potten.",
            kr(*amount, lang),
            key.map_or("", |k| k.label(lang)),
            unit.label(lang)
        ),
        (PayoutBase::Pot { amount, key }, Lang::En) => format!(
            "A pot of {} is shared among the providers that qualify, {} ({}). The parts are rounded to öre so that they sum exactly to the pot.",
            kr(*amount, lang),
            key.map_or("", |k| k.label(lang)),
            unit.label(lang)
        ),
        (PayoutBase::PerVolumeUnit { kr_per_unit }, Lang::Sv) => format!(
            "Full poäng ger {} per {}; utföraren får sin poäng × beloppet × sina {}.",
            kr(*kr_per_unit, lang),
            unit.singular(lang),
            unit.label(lang)
        ),
        (PayoutBase::PerVolumeUnit { kr_per_unit }, Lang::En) => format!(
            "Full score pays {} per {}; the provider gets its score × the amount × its {}.",
            kr(*kr_per_unit, lang),
            unit.singular(lang),
            unit.label(lang)
        ),
        (PayoutBase::PercentOfCompensation { percent }, Lang::Sv) => format!(
            "Full poäng ger {} % av den ordinarie ersättningen; utföraren får sin poäng × det.",
            n(*percent, lang)
        ),
        (PayoutBase::PercentOfCompensation { percent }, Lang::En) => format!(
            "Full score pays {} % of the ordinary compensation; the provider gets its score × that.",
            n(*percent, lang)
        ),
        (
            PayoutBase::Withhold {
                withhold_percent,
                payback_percent,
            },
            Lang::Sv,
        ) => format!(
            "{} % av varje utförares ordinarie ersättning innehålls. {} % av allt som innehålls betalas tillbaka till de utförare som kvalificerar sig, i proportion till innehållet × poäng{}. Nettot kan bli negativt.",
            n(*withhold_percent, lang),
            n(*payback_percent, lang),
            if *payback_percent == Decimal::ONE_HUNDRED {
                " (budgetneutralt: summan av nettot är noll)"
            } else {
                ""
            }
        ),
        (
            PayoutBase::Withhold {
                withhold_percent,
                payback_percent,
            },
            Lang::En,
        ) => format!(
            "{} % of every provider's ordinary compensation is withheld. {} % of all that is withheld is paid back to the providers that qualify, in proportion to withheld × score{}. The net may be negative.",
            n(*withhold_percent, lang),
            n(*payback_percent, lang),
            if *payback_percent == Decimal::ONE_HUNDRED {
                " (budget-neutral: the nets sum to zero)"
            } else {
                ""
            }
        ),
    });
    let q = &s.qualification;
    match (q.min_score_percent, q.all_indicators_met, lang) {
        (Some(m), _, Lang::Sv) => out.push(format!(
            "Minst {} % poäng krävs för att få kvalitetspeng.",
            n(m, lang)
        )),
        (Some(m), _, Lang::En) => out.push(format!(
            "A score of at least {} % is required to be paid.",
            n(m, lang)
        )),
        _ => {}
    }
    if q.all_indicators_met {
        out.push(lang.word(Word::EveryIndicatorMustBe).into());
    }
    if let Some(c) = s.cap {
        out.push(match lang {
            Lang::Sv => format!("Ingen utförare får mer än {}.", kr(c, lang)),
            Lang::En => format!("No provider gets more than {}.", kr(c, lang)),
        });
    }
    out.push(match lang {
        Lang::Sv => format!(
            "Resultat som saknas eller är orimliga {}.",
            missing_consequence(&s.missing_data, lang)
        ),
        Lang::En => format!(
            "Results that are missing or impossible {}.",
            missing_consequence(&s.missing_data, lang)
        ),
    });
    if !s.areas.is_empty() {
        let list: Vec<String> = s
            .areas
            .iter()
            .map(|a| format!("{} {} %", a.name, n(a.weight, lang)))
            .collect();
        out.push(match lang {
            Lang::Sv => format!(
                "Indikatorerna är grupperade i områden med egna vikter: {}. En indikators vikt gäller inom dess område.{}",
                list.join(", "),
                if s.missing_data == MissingDataPolicy::Renormalize {
                    " Saknas alla resultat i ett område fördelas dess vikt på de övriga områdena."
                } else {
                    ""
                }
            ),
            Lang::En => format!(
                "The indicators are grouped in areas with their own weights: {}. An indicator's weight applies inside its area.{}",
                list.join(", "),
                if s.missing_data == MissingDataPolicy::Renormalize {
                    " If an area has no results at all, its weight goes to the other areas."
                } else {
                    ""
                }
            ),
        });
    }
    for d in &s.deductions {
        let ind = s.indicators.iter().find(|i| i.id == d.indicator);
        let name = ind.map_or(d.indicator.as_str(), |i| i.name.as_str());
        let (unit, dir) = ind.map_or((Unit::Score, Direction::HigherIsBetter), |i| {
            (i.unit, i.direction)
        });
        let worse = match (dir, lang) {
            (Direction::HigherIsBetter, Lang::Sv) => "under",
            (Direction::LowerIsBetter, Lang::Sv) => "över",
            (Direction::HigherIsBetter, Lang::En) => "below",
            (Direction::LowerIsBetter, Lang::En) => "above",
        };
        let amount = match (&d.amount, lang) {
            (DeductionAmount::PercentOfCompensation(p), Lang::Sv) => {
                format!("{} % av den ordinarie ersättningen", n(*p, lang))
            }
            (DeductionAmount::PercentOfCompensation(p), Lang::En) => {
                format!("{} % of the ordinary compensation", n(*p, lang))
            }
            (DeductionAmount::Fixed(a), _) => kr(*a, lang),
        };
        out.push(match lang {
            Lang::Sv => format!(
                "Avdrag (vite): när {name} är {worse} {} dras {amount} av.",
                level(d.level, unit, lang)
            ),
            Lang::En => format!(
                "Deduction: when {name} is {worse} {}, {amount} is deducted.",
                level(d.level, unit, lang)
            ),
        });
    }
    if s.floor_at_zero {
        out.push(lang.word(Word::NetNeverGoesBelow).into());
    }
    if let Some(b) = s.budget {
        out.push(match lang {
            Lang::Sv => format!(
                "Budget för kvalitetspengen: {} (före innehållande och avdrag).",
                kr(b, lang)
            ),
            Lang::En => format!(
                "Budget for the kvalitetspeng: {} (before withholding and deductions).",
                kr(b, lang)
            ),
        });
    }
    out
}

/// The whole rule set: per scheme its heading, its paragraphs and one paragraph per
/// indicator.
pub fn rule_set_prose(rules: &RuleSet, lang: Lang) -> Vec<(String, Vec<String>)> {
    rules
        .schemes
        .iter()
        .map(|s| {
            let mut paras = scheme_sentences(s, lang);
            for i in &s.indicators {
                let area = i
                    .area
                    .as_ref()
                    .and_then(|a| s.areas.iter().find(|x| x.id == *a));
                paras.push(indicator_sentences(i, &s.missing_data, area, lang));
            }
            (s.service_type.label(lang).to_string(), paras)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(path: &str) -> RuleSet {
        let text =
            std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        crate::io::rules_ron::parse_rules(&text, path).unwrap()
    }

    #[test]
    fn every_worked_example_reads_as_sentences() {
        let a = rule_set_prose(&rules("sample_data/worked_example_a/rules.ron"), Lang::Sv);
        assert_eq!(
            a[0].1[0],
            "En pott på 1 000 000,00 kr delas mellan de utförare som kvalificerar sig, efter poäng × volym (platser). Delarna avrundas till öre så att de summerar exakt till potten."
        );
        assert!(
            a[0].1
                .iter()
                .any(|p| p.ends_with("Full poäng vid minst 80 %, annars ingen poäng."))
        );
        let g = rule_set_prose(&rules("sample_data/worked_example_g/rules.ron"), Lang::Sv);
        assert!(g[0].1[0].contains("(budgetneutralt: summan av nettot är noll)"));
        let i = rule_set_prose(
            &rules("sample_data/worked_example_i/rules_floor.ron"),
            Lang::Sv,
        );
        assert!(i[0].1.contains(
            &"Avdrag (vite): när Aktuell dokumentation är under 90 % dras 1 % av den ordinarie ersättningen av."
                .to_string()
        ));
        assert!(
            i[0].1
                .contains(&"Nettot blir aldrig negativt (golv vid noll).".to_string())
        );
        let f = rule_set_prose(&rules("sample_data/worked_example_f/rules.ron"), Lang::Sv);
        assert!(
            f[0].1
                .last()
                .unwrap()
                .contains("nedre gräns (Wilson, 95 %)")
        );
        let h = rule_set_prose(&rules("sample_data/worked_example_h/rules.ron"), Lang::En);
        assert!(
            h[0].1
                .iter()
                .any(|p| p.contains("weighs 50 % inside the area Brukarupplevelse"))
        );
        let s = rule_set_prose(&rules("sample_data/sjovik/rules.ron"), Lang::Sv);
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
}
