//! Parameters of a rule set addressed by a path, for the budget solver and the sweep.
//!
//! Syntax (`docs/decide.md`): `SCHEME.FIELD` or `SCHEME.INDICATOR.FIELD`, where `SCHEME` is
//! `hemtjanst` or `sabo` and `INDICATOR` an indicator id of that scheme.
//!
//! | path | what |
//! |---|---|
//! | `S.rate` | kronor per unit, percent of compensation, or the pot's amount |
//! | `S.min_score` | the qualifying minimum score, percent |
//! | `S.cap` | the cap per provider, kronor |
//! | `S.fallback` | the fallback share, percent |
//! | `S.min_usable` | k in k of n: the fewest indicators with usable data (a whole number; 0: no such rule) |
//! | `S.gates[K].cap` | gate K's cap on the score, percent (from 0, as written; a gate that caps) |
//! | `S.I.weight` | the indicator's weight; the others are re-balanced proportionally so that the sum stays 100 % (to 0,01 percentage point, by largest remainder) |
//! | `S.I.level` | a threshold's level |
//! | `S.I.lower`, `S.I.upper` | a linear scoring's levels |
//! | `S.I.threshold`, `S.I.benchmark` | achievement-or-improvement levels |
//! | `S.I.steps[K].level`, `S.I.steps[K].credit` | step K (from 0, as written) |
//! | `S.I.start`, `S.I.full` | a relative scoring's percentiles |
//! | `S.I.min_respondents` | the minimum number of respondents (a whole number) |

use std::fmt;

use rust_decimal::Decimal;

use crate::domain::feature::{Arg, Message, Msg, Named};
use crate::domain::gate::GateEffect;
use crate::domain::results::ServiceType;
use crate::domain::rules::{MissingDataPolicy, RuleSet, Scheme};

/// A parsed parameter path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub service_type: ServiceType,
    pub indicator: Option<String>,
    pub field: Field,
}

/// The field a path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
pub enum Field {
    Rate,
    MinScore,
    Cap,
    Fallback,
    Weight,
    Level,
    Lower,
    Upper,
    Threshold,
    Benchmark,
    StepLevel(usize),
    StepCredit(usize),
    Start,
    Full,
    MinRespondents,
    /// k in k of n: the fewest indicators with usable data (`min_usable_indicators`).
    MinUsable,
    /// The cap of the scheme's gate K ([`crate::domain::gate`]).
    GateCap(usize),
}

/// Why a path cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamError {
    /// The path's syntax is wrong.
    Syntax { path: String },
    /// No scheme for this service type in the rules.
    NoScheme { path: String },
    /// No indicator with this id in the scheme.
    NoIndicator { path: String, id: String },
    /// The field does not exist for this indicator's scoring (e.g. `level` of a linear one).
    NotForScoring { path: String },
    /// The value cannot be used (e.g. a fractional minimum of respondents, a weight over 100).
    BadValue { path: String, value: Decimal },
    /// `gates[K].cap` of a gate that bars payment (it has no cap).
    GateBars { path: String, kind: String },
    /// `gates[K].cap` of a gate the scheme does not have (it has `gates`).
    NoGate {
        path: String,
        k: usize,
        gates: usize,
    },
}

impl Message for ParamError {
    fn msg(&self) -> Msg {
        let path = |p: &String| ("path", Arg::Plain(p.clone()));
        match self {
            ParamError::Syntax { path: p } => Msg::new("param-error-syntax", vec![path(p)]),
            ParamError::NoScheme { path: p } => Msg::new("param-error-no-scheme", vec![path(p)]),
            ParamError::NoIndicator { path: p, id } => Msg::new(
                "param-error-no-indicator",
                vec![path(p), ("id", Arg::Plain(id.clone()))],
            ),
            ParamError::NotForScoring { path: p } => {
                Msg::new("param-error-not-for-scoring", vec![path(p)])
            }
            // The value as the user wrote it (a decimal point), not in the reader's way.
            ParamError::BadValue { path: p, value } => Msg::new(
                "param-error-bad-value",
                vec![("value", Arg::Plain(value.to_string())), path(p)],
            ),
            ParamError::GateBars { path: p, kind } => Msg::new(
                "param-error-gate-bars",
                vec![path(p), ("kind", Arg::Plain(kind.clone()))],
            ),
            ParamError::NoGate { path: p, k, gates } => Msg::new(
                "param-error-no-gate",
                vec![
                    path(p),
                    ("k", Arg::Count(*k as u64)),
                    ("gates", Arg::Count(*gates as u64)),
                ],
            ),
        }
    }
}

/// Weight `k` set to `value` (0–100) and the others re-balanced in proportion to their
/// weights (equally if they are all zero), at 0,01 percentage point by largest remainder, so
/// that the weights sum to exactly 100. `None` if `value` is outside 0–100 or there is no
/// other weight to take up the rest.
///
/// ```
/// use kvalitetspeng::domain::decide::param::rebalance;
/// use rust_decimal::Decimal;
/// let w = |v: &[i64]| v.iter().map(|&x| Decimal::from(x)).collect::<Vec<_>>();
/// let r = rebalance(&w(&[40, 30, 30]), 0, Decimal::from(50)).unwrap();
/// assert_eq!(r, w(&[50, 25, 25]));
/// let r = rebalance(&w(&[10, 10, 10]), 0, Decimal::from(0)).unwrap();
/// assert_eq!(r.iter().map(|d| d.to_string()).collect::<Vec<_>>(), ["0", "50.00", "50.00"]);
/// ```
pub fn rebalance(weights: &[Decimal], k: usize, value: Decimal) -> Option<Vec<Decimal>> {
    if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED || k >= weights.len() {
        return None;
    }
    let others: Vec<Decimal> = weights
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != k)
        .map(|(_, w)| (*w).max(Decimal::ZERO))
        .collect();
    let rest = Decimal::ONE_HUNDRED - value;
    let keys: Vec<Decimal> = if others.iter().all(|w| w.is_zero()) {
        vec![Decimal::ONE; others.len()]
    } else {
        others
    };
    if keys.is_empty() && !rest.is_zero() {
        return None;
    }
    let mut parts = crate::domain::allocate::allocate(rest, &keys).into_iter();
    Some(
        (0..weights.len())
            .map(|i| {
                if i == k {
                    value
                } else {
                    parts.next().unwrap_or_default()
                }
            })
            .collect(),
    )
}

impl Field {
    /// Whether the field takes whole numbers only (k of n, a minimum of respondents).
    pub fn is_whole(self) -> bool {
        matches!(self, Field::MinUsable | Field::MinRespondents)
    }
}

impl Field {
    /// The field's name for a reader ("nivå", "steg 2 · nivå"); `gate` is the kind of the
    /// gate whose cap a [`Field::GateCap`] is (its number from 1 when the rules lack it).
    pub fn name(self, gate: Option<&str>) -> Msg {
        let id = match self {
            Field::Rate => "param-rate",
            Field::MinScore => "param-min-score",
            Field::Cap => "param-cap",
            Field::Fallback => "param-fallback",
            Field::Weight => "param-weight",
            Field::Level => "param-level",
            Field::Lower => "param-lower",
            Field::Upper => "param-upper",
            Field::Threshold => "param-threshold",
            Field::Benchmark => "param-benchmark",
            Field::Start => "param-start",
            Field::Full => "param-full",
            Field::MinRespondents => "param-min-respondents",
            Field::MinUsable => "param-min-usable",
            Field::StepLevel(k) => return step("param-step-level", k),
            Field::StepCredit(k) => return step("param-step-credit", k),
            Field::GateCap(k) => {
                let kind = gate.map_or_else(|| (k + 1).to_string(), str::to_string);
                return Msg::new("param-gate-cap", vec![("kind", Arg::Plain(kind))]);
            }
        };
        Msg::new(id, vec![])
    }
}

/// Step K's field, numbered from 1.
fn step(id: &'static str, k: usize) -> Msg {
    Msg::new(id, vec![("k", Arg::Count(k as u64 + 1))])
}

impl Param {
    /// The parameter for a reader, e.g. `Hemtjänst · Gott bemötande · nivå` for
    /// `hemtjanst.ht_bemotande.level` (the path stays the CLI's and the export's): the
    /// service type, the indicator's name in `rules` (its id when `rules` has none of that id)
    /// and the field.
    pub fn name(&self, rules: &RuleSet) -> Msg {
        let scheme = rules.scheme(self.service_type);
        let gate = match self.field {
            Field::GateCap(k) => scheme.and_then(|s| s.gates.get(k)).map(|g| g.kind.as_str()),
            _ => None,
        };
        let mut args = vec![
            ("scheme", Arg::Text(Some(self.service_type.name()))),
            ("field", Arg::msg(self.field.name(gate))),
        ];
        let Some(id) = &self.indicator else {
            return Msg::new("param-name", args);
        };
        let name = scheme
            .and_then(|s| s.indicators.iter().find(|i| &i.id == id))
            .map_or(id.as_str(), |i| i.name.as_str());
        args.push(("indicator", Arg::Plain(name.to_string())));
        Msg::new("param-name-indicator", args)
    }
}

impl fmt::Display for Param {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let st = self.service_type.path_name();
        let field = match self.field {
            Field::Rate => "rate".to_string(),
            Field::MinScore => "min_score".into(),
            Field::Cap => "cap".into(),
            Field::Fallback => "fallback".into(),
            Field::Weight => "weight".into(),
            Field::Level => "level".into(),
            Field::Lower => "lower".into(),
            Field::Upper => "upper".into(),
            Field::Threshold => "threshold".into(),
            Field::Benchmark => "benchmark".into(),
            Field::StepLevel(k) => format!("steps[{k}].level"),
            Field::StepCredit(k) => format!("steps[{k}].credit"),
            Field::Start => "start".into(),
            Field::Full => "full".into(),
            Field::MinRespondents => "min_respondents".into(),
            Field::MinUsable => "min_usable".into(),
            Field::GateCap(k) => format!("gates[{k}].cap"),
        };
        match &self.indicator {
            Some(i) => write!(f, "{st}.{i}.{field}"),
            None => write!(f, "{st}.{field}"),
        }
    }
}

impl Param {
    /// Parses a path (see the module documentation).
    ///
    /// ```
    /// use kvalitetspeng::domain::decide::param::{Param, Field};
    /// let p = Param::parse("hemtjanst.ht_helhet.steps[1].level").unwrap();
    /// assert_eq!(p.field, Field::StepLevel(1));
    /// assert_eq!(p.to_string(), "hemtjanst.ht_helhet.steps[1].level");
    /// assert!(Param::parse("hemtjanst").is_err());
    /// ```
    pub fn parse(path: &str) -> Result<Param, ParamError> {
        let syntax = || ParamError::Syntax {
            path: path.to_string(),
        };
        let (scheme, rest) = path.split_once('.').ok_or_else(syntax)?;
        let service_type = match scheme.to_lowercase().as_str() {
            "hemtjanst" | "hemtjänst" => ServiceType::Hemtjanst,
            "sabo" | "säbo" => ServiceType::Sabo,
            _ => return Err(syntax()),
        };
        let scheme_field = |f: &str| match f {
            "rate" => Some(Field::Rate),
            "min_score" => Some(Field::MinScore),
            "cap" => Some(Field::Cap),
            "fallback" => Some(Field::Fallback),
            "min_usable" => Some(Field::MinUsable),
            f => {
                let k = f.strip_prefix("gates[")?.strip_suffix("].cap")?;
                // Digits only: `parse` would also take `+1`, a path no one writes back.
                (k.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| k.parse().ok().map(Field::GateCap))
                    .flatten()
            }
        };
        if let Some(f) = scheme_field(rest) {
            return Ok(Param {
                service_type,
                indicator: None,
                field: f,
            });
        }
        // The indicator id may itself hold dots: the field is what follows the last dot (or
        // the `steps[K].…` tail).
        let (indicator, field) = if let Some(i) = rest.find(".steps[") {
            (&rest[..i], &rest[i + 1..])
        } else {
            rest.rsplit_once('.').ok_or_else(syntax)?
        };
        if indicator.is_empty() {
            return Err(syntax());
        }
        let field = match field {
            "weight" => Field::Weight,
            "level" => Field::Level,
            "lower" => Field::Lower,
            "upper" => Field::Upper,
            "threshold" => Field::Threshold,
            "benchmark" => Field::Benchmark,
            "start" => Field::Start,
            "full" => Field::Full,
            "min_respondents" => Field::MinRespondents,
            f => {
                let inner = f.strip_prefix("steps[").ok_or_else(syntax)?;
                let (k, tail) = inner.split_once("].").ok_or_else(syntax)?;
                if !k.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(syntax());
                }
                let k: usize = k.parse().map_err(|_| syntax())?;
                match tail {
                    "level" => Field::StepLevel(k),
                    "credit" => Field::StepCredit(k),
                    _ => return Err(syntax()),
                }
            }
        };
        Ok(Param {
            service_type,
            indicator: Some(indicator.to_string()),
            field,
        })
    }

    fn scheme<'a>(&self, rules: &'a RuleSet) -> Result<&'a Scheme, ParamError> {
        rules
            .scheme(self.service_type)
            .ok_or_else(|| ParamError::NoScheme {
                path: self.to_string(),
            })
    }

    /// Checks that the path exists in `rules` (its scheme, indicator and field).
    pub fn check(&self, rules: &RuleSet) -> Result<(), ParamError> {
        self.get(rules).map(|_| ())
    }

    /// The parameter's current value.
    pub fn get(&self, rules: &RuleSet) -> Result<Decimal, ParamError> {
        let mut copy = rules.clone();
        let mut out = Decimal::ZERO;
        self.visit(&mut copy, &mut |v| out = *v)?;
        Ok(out)
    }

    /// A copy of `rules` with the parameter set to `value`.
    pub fn apply(&self, rules: &RuleSet, value: Decimal) -> Result<RuleSet, ParamError> {
        let mut out = rules.clone();
        let bad = || ParamError::BadValue {
            path: self.to_string(),
            value,
        };
        if matches!(self.field, Field::MinRespondents | Field::MinUsable)
            && (value.fract() != Decimal::ZERO || value < Decimal::ZERO)
        {
            return Err(bad());
        }
        if self.field == Field::Weight {
            return self.apply_weight(&mut out, value).map(|()| out);
        }
        self.visit(&mut out, &mut |v| *v = value)?;
        Ok(out)
    }

    /// Sets one weight and re-balances the others in proportion to their weights, at 0,01
    /// percentage point by largest remainder, so that the sum stays exactly 100.
    fn apply_weight(&self, rules: &mut RuleSet, value: Decimal) -> Result<(), ParamError> {
        let path = self.to_string();
        if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
            return Err(ParamError::BadValue { path, value });
        }
        let id = self.indicator.clone().unwrap_or_default();
        let st = self.service_type;
        let scheme = rules
            .schemes
            .iter_mut()
            .find(|s| s.service_type == st)
            .ok_or(ParamError::NoScheme { path: path.clone() })?;
        let k =
            scheme
                .indicators
                .iter()
                .position(|i| i.id == id)
                .ok_or(ParamError::NoIndicator {
                    path: path.clone(),
                    id,
                })?;
        let weights: Vec<Decimal> = scheme.indicators.iter().map(|i| i.weight).collect();
        let new = rebalance(&weights, k, value).ok_or(ParamError::BadValue { path, value })?;
        for (ind, w) in scheme.indicators.iter_mut().zip(new) {
            ind.weight = w;
        }
        Ok(())
    }

    /// Calls `f` with the field's value in `rules` (to read or write it).
    fn visit(
        &self,
        rules: &mut RuleSet,
        f: &mut dyn FnMut(&mut Decimal),
    ) -> Result<(), ParamError> {
        self.scheme(rules)?;
        let path = self.to_string();
        let not_for = || ParamError::NotForScoring { path: path.clone() };
        let st = self.service_type;
        let scheme = rules
            .schemes
            .iter_mut()
            .find(|s| s.service_type == st)
            .ok_or_else(|| ParamError::NoScheme { path: path.clone() })?;
        let Some(id) = &self.indicator else {
            match self.field {
                Field::Rate => f(scheme.payout.base_mut().rate()),
                Field::MinScore => {
                    let m = scheme
                        .qualification
                        .min_score_percent
                        .get_or_insert(Decimal::ZERO);
                    f(m)
                }
                Field::Cap => match &mut scheme.cap {
                    Some(c) => f(c),
                    None => return Err(not_for()),
                },
                Field::Fallback => match &mut scheme.missing_data {
                    MissingDataPolicy::FallbackShare(p) => f(p),
                    _ => return Err(not_for()),
                },
                Field::MinUsable => {
                    let mut d = Decimal::from(scheme.min_usable_indicators.unwrap_or(0));
                    f(&mut d);
                    // A count beyond what the field holds is refused, not clamped to another number.
                    let k = u32::try_from(d.trunc().mantissa().max(0)).map_err(|_| {
                        ParamError::BadValue {
                            path: path.clone(),
                            value: d,
                        }
                    })?;
                    scheme.min_usable_indicators = (k > 0).then_some(k);
                }
                Field::GateCap(k) => {
                    let gates = scheme.gates.len();
                    match scheme.gates.get_mut(k) {
                        Some(g) => match &mut g.effect {
                            GateEffect::CapScore(p) => f(p),
                            GateEffect::BarsPayment => {
                                let kind = g.kind.clone();
                                return Err(ParamError::GateBars { path, kind });
                            }
                        },
                        None => return Err(ParamError::NoGate { path, k, gates }),
                    }
                }
                _ => return Err(not_for()),
            }
            return Ok(());
        };
        let ind = scheme
            .indicators
            .iter_mut()
            .find(|i| &i.id == id)
            .ok_or_else(|| ParamError::NoIndicator {
                path: path.clone(),
                id: id.clone(),
            })?;
        match (self.field, &mut ind.scoring) {
            (Field::Weight, _) => f(&mut ind.weight),
            (Field::MinRespondents, _) => {
                let mut d = Decimal::from(ind.min_respondents.unwrap_or(0));
                f(&mut d);
                let n = u32::try_from(d.trunc().mantissa().max(0)).unwrap_or(u32::MAX);
                ind.min_respondents = (n > 0).then_some(n);
            }
            (p, scoring) => match scoring.mode_mut().param(p) {
                Some(v) => f(v),
                None => return Err(not_for()),
            },
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weight_change_rebalances_the_others_exactly() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/sample_data/worked_example_b/rules.ron"
        ))
        .unwrap();
        let rules = crate::io::rules_ron::parse_rules(&text, "r.ron").unwrap();
        let id = rules.schemes[0].indicators[0].id.clone();
        let p = Param::parse(&format!("hemtjanst.{id}.weight")).unwrap();
        assert_eq!(p.get(&rules).unwrap(), Decimal::from(40));
        let r = p.apply(&rules, Decimal::from(50)).unwrap();
        let w: Vec<Decimal> = r.schemes[0].indicators.iter().map(|i| i.weight).collect();
        assert_eq!(w, [Decimal::from(50), Decimal::from(25), Decimal::from(25)]);
        // 30 : 30 over 55 gives 27,50 each; 45 : 15 over 60 gives 45 and 15 exactly; thirds
        // come out to the hundredth and still sum to 100.
        let r = p.apply(&rules, "33.33".parse().unwrap()).unwrap();
        let sum: Decimal = r.schemes[0].indicators.iter().map(|i| i.weight).sum();
        assert_eq!(sum, Decimal::ONE_HUNDRED);
        assert!(matches!(
            Param::parse("hemtjanst.nope.weight").unwrap().check(&rules),
            Err(ParamError::NoIndicator { .. })
        ));
        assert!(matches!(
            Param::parse(&format!("hemtjanst.{id}.level"))
                .unwrap()
                .check(&rules),
            Err(ParamError::NotForScoring { .. })
        ));
        assert!(matches!(
            Param::parse("sabo.rate").unwrap().check(&rules),
            Err(ParamError::NoScheme { .. })
        ));
    }

    /// k of n and a gate's cap are parameters: read, set, written back as parsed; k is a
    /// whole number (0: no such rule) and only a gate that caps has a cap.
    #[test]
    fn k_of_n_and_a_gates_cap_are_parameters() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/sample_data/worked_example_m/rules.ron"
        ))
        .unwrap();
        let rules = crate::io::rules_ron::parse_rules(&text, "r.ron").unwrap();
        let k = Param::parse("hemtjanst.min_usable").unwrap();
        assert_eq!(
            (k.field, k.to_string()),
            (Field::MinUsable, "hemtjanst.min_usable".into())
        );
        assert_eq!(k.get(&rules).unwrap(), Decimal::from(2));
        let r = k.apply(&rules, Decimal::from(3)).unwrap();
        assert_eq!(r.schemes[0].min_usable_indicators, Some(3));
        let r = k.apply(&rules, Decimal::ZERO).unwrap();
        assert_eq!(r.schemes[0].min_usable_indicators, None);
        assert!(matches!(
            k.apply(&rules, Decimal::new(25, 1)),
            Err(ParamError::BadValue { .. })
        ));
        assert!(Param::parse("hemtjanst.gates[+1].cap").is_err());
        assert!(Param::parse("hemtjanst.ht_helhet.steps[+0].level").is_err());
        let cap = Param::parse("hemtjanst.gates[1].cap").unwrap();
        assert_eq!(cap.field, Field::GateCap(1));
        assert_eq!(cap.to_string(), "hemtjanst.gates[1].cap");
        assert_eq!(cap.get(&rules).unwrap(), Decimal::from(50));
        let r = cap.apply(&rules, Decimal::from(60)).unwrap();
        assert_eq!(
            r.schemes[0].gates[1].effect,
            crate::domain::gate::GateEffect::CapScore(60.into())
        );
        // A gate that bars has no cap; gate 2 does not exist (M has two): each said so.
        assert_eq!(
            Param::parse("hemtjanst.gates[0].cap")
                .unwrap()
                .check(&rules),
            Err(ParamError::GateBars {
                path: "hemtjanst.gates[0].cap".into(),
                kind: rules.schemes[0].gates[0].kind.clone(),
            })
        );
        assert_eq!(
            Param::parse("hemtjanst.gates[2].cap")
                .unwrap()
                .check(&rules),
            Err(ParamError::NoGate {
                path: "hemtjanst.gates[2].cap".into(),
                k: 2,
                gates: 2,
            })
        );
        assert!(Param::parse("hemtjanst.gates[x].cap").is_err());
    }
}
