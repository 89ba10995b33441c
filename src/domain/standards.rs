//! Standards fixed before the year from a baseline period (issue 35, item 1): an indicator's
//! levels computed from an earlier period's usable results (a percentile, the mean, the mean of
//! the best tenth, of the providers of the scheme's service type) and frozen into the rule file
//! with a record of how they were found, so that the nämnd decides numbers, not formulas, and
//! the levels do not move with this year's peers. The calculation reads only the frozen levels;
//! validation refuses a standard not yet frozen or a level that no longer matches its record.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::decide::param::Field as Param;
use super::decimal::serde_opt_decimal;
use super::engine::aggregate::aggregate;
use super::engine::status::usable;
use super::exact::Q;
use super::feature::{Arg, Msg};
use super::period::Period;
use super::results::ResultSet;
use super::rules::{Direction, Indicator, PeerLevel, RuleSet};
use super::scorers::relative::peer_level;
use super::validation::{Field, Problem, ProblemMsg, Severity};

/// The decimals a frozen level is written with (rounded half away from zero).
pub const LEVEL_DECIMALS: u32 = 2;

/// How an indicator's levels are set from a baseline period (the rule file's
/// `standard: Standard(baseline_period: "2024", threshold: Percentile(25), benchmark:
/// TopDecileMean)`), and, once `kvalitetspeng standards` has run, what they were found to be.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Standard {
    /// The period whose results set the levels, e.g. `"2024"`.
    pub baseline_period: String,
    /// The level that gives no credit (the achievement threshold), of the baseline results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<PeerLevel>,
    /// The level that gives full credit (the benchmark), of the baseline results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub benchmark: Option<PeerLevel>,
    /// Whose results count.
    #[serde(default)]
    pub peers: Peers,
    /// The fewest providers with a usable baseline result the levels may come from.
    #[serde(default = "default_min_providers")]
    pub min_providers: u32,
    /// The levels found and where from (written by `kvalitetspeng standards`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frozen: Option<Frozen>,
}

fn default_min_providers() -> u32 {
    5
}

/// Whose baseline results a standard is computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Peers {
    /// Every provider of the scheme's service type in the baseline file.
    #[default]
    SameServiceType,
}

/// The record of a frozen standard: the baseline file, how many providers' results it had,
/// and the levels found (as written into the scoring, [`LEVEL_DECIMALS`] decimals).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Frozen {
    /// The baseline results file's name.
    pub file: String,
    /// The SHA-256 of its bytes (hex).
    pub sha256: String,
    /// Providers with a usable result for the indicator in the baseline period.
    pub providers: u32,
    #[serde(
        default,
        with = "serde_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub threshold: Option<Decimal>,
    #[serde(
        default,
        with = "serde_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub benchmark: Option<Decimal>,
}

/// Which level of a scoring a standard sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// No credit at or worse than it.
    Threshold,
    /// Full credit at or beyond it.
    Benchmark,
}

impl Standard {
    /// The description of a role's level.
    pub fn level(&self, role: Role) -> Option<&PeerLevel> {
        match role {
            Role::Threshold => self.threshold.as_ref(),
            Role::Benchmark => self.benchmark.as_ref(),
        }
    }
}

impl Frozen {
    /// The frozen value of a role's level.
    pub fn value(&self, role: Role) -> Option<Decimal> {
        match role {
            Role::Threshold => self.threshold,
            Role::Benchmark => self.benchmark,
        }
    }

    fn set(&mut self, role: Role, v: Decimal) {
        match role {
            Role::Threshold => self.threshold = Some(v),
            Role::Benchmark => self.benchmark = Some(v),
        }
    }
}

/// The levels of an indicator's scoring a standard can set, by role, from the parameter paths
/// its mode declares (the sweep's vocabulary, so no scoring mode is named here): a linear
/// scoring's two levels by direction, achievement-or-improvement's threshold and benchmark, a
/// pass/fail level as the threshold to reach. `None` for a mode whose levels are not plain
/// levels (steps, relative).
pub fn roles(ind: &Indicator) -> Option<Vec<(Role, Param)>> {
    let higher = ind.direction == Direction::HigherIsBetter;
    ind.scoring
        .mode()
        .params()
        .into_iter()
        .map(|p| {
            let role = match p {
                Param::Threshold | Param::Level => Role::Threshold,
                Param::Benchmark => Role::Benchmark,
                Param::Lower if higher => Role::Threshold,
                Param::Upper if higher => Role::Benchmark,
                Param::Lower => Role::Benchmark,
                Param::Upper => Role::Threshold,
                _ => return None,
            };
            Some((role, p))
        })
        .collect::<Option<Vec<_>>>()
        .filter(|v| !v.is_empty())
}

/// A problem of a standard, worded from its message id.
fn module(id: &'static str, args: Vec<(&'static str, Arg)>) -> ProblemMsg {
    ProblemMsg::Module(Msg::new(id, args))
}

/// Checks the description of an indicator's standard (not whether it is frozen): a baseline
/// period that can be read and is before the rule set's `period`, percentiles 0–100, a level
/// for each of the scoring's roles and none for another, at least one provider.
pub fn check_description(ind: &Indicator, period: Option<Period>, add: &mut dyn FnMut(ProblemMsg)) {
    let Some(s) = &ind.standard else { return };
    match s.baseline_period.parse::<Period>() {
        Err(_) => add(ProblemMsg::BadBaselinePeriod {
            text: s.baseline_period.clone(),
        }),
        Ok(bp) => {
            if let Some(p) = period
                && (bp.year, bp.last_month) >= (p.year, p.first_month)
            {
                add(module(
                    "standard-baseline-not-before",
                    vec![("baseline", Arg::Plain(s.baseline_period.clone()))],
                ));
            }
        }
    }
    for l in [&s.threshold, &s.benchmark].into_iter().flatten() {
        if let PeerLevel::Percentile(p) = l
            && !super::validation::percent_ok(*p)
        {
            add(ProblemMsg::PercentileOutOfRange { value: *p });
        }
    }
    if s.min_providers == 0 {
        add(module("standard-min-providers-zero", vec![]));
    }
    let Some(roles) = roles(ind) else {
        add(module("standard-scoring-cannot", vec![]));
        return;
    };
    for role in [Role::Threshold, Role::Benchmark] {
        let wanted = roles.iter().any(|(r, _)| *r == role);
        let id = match (wanted, s.level(role).is_some(), role) {
            (true, false, Role::Threshold) => "standard-needs-threshold",
            (true, false, Role::Benchmark) => "standard-needs-benchmark",
            (false, true, Role::Threshold) => "standard-no-threshold-here",
            (false, true, Role::Benchmark) => "standard-no-benchmark-here",
            _ => continue,
        };
        add(module(id, vec![]));
    }
}

/// Checks that an indicator's standard is frozen (an error: its levels are not numbers yet) and
/// that its scoring holds the frozen levels. A level that differs is a warning, not an error:
/// the nämnd may decide another number, and a sweep or the solver varies the level on purpose;
/// the rules in prose still state what the standard gave.
pub fn check_frozen(ind: &Indicator, add: &mut dyn FnMut(Severity, ProblemMsg)) {
    let Some(s) = &ind.standard else { return };
    let Some(f) = &s.frozen else {
        add(
            Severity::Error,
            module(
                "standard-not-frozen",
                vec![("baseline", Arg::Plain(s.baseline_period.clone()))],
            ),
        );
        return;
    };
    let mut scoring = ind.scoring.clone();
    for (role, p) in roles(ind).unwrap_or_default() {
        let level = scoring.mode_mut().param(p).copied();
        if let (Some(level), Some(frozen)) = (level, f.value(role))
            && level != frozen
        {
            add(
                Severity::Warning,
                module(
                    "standard-level-changed",
                    vec![
                        ("level", Arg::Level(level, ind.unit)),
                        ("frozen", Arg::Level(frozen, ind.unit)),
                    ],
                ),
            );
        }
    }
}

/// One level found by [`freeze`]: where, which, its exact value and the written level.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub scheme: super::results::ServiceType,
    pub indicator: String,
    pub role: Role,
    pub exact: Q,
    pub level: Decimal,
    pub providers: usize,
}

/// The source of the baseline results, for the record.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub file: String,
    pub sha256: String,
}

/// Computes every standard of `rules` from the baseline results and writes the levels into a
/// copy of the rules, with their record. The rest of the rule set must be valid (it is
/// compiled to read the results as the calculation does: the one meaning of a usable result,
/// [`super::engine::status`]). Errors are located at their scheme and indicator.
pub fn freeze(
    rules: &RuleSet,
    baseline: &ResultSet,
    source: &Source,
) -> Result<(RuleSet, Vec<Found>), Vec<Problem>> {
    let period = rules.period.parse::<Period>().ok();
    let mut problems = Vec::new();
    for s in &rules.schemes {
        for (ii, ind) in s.indicators.iter().enumerate() {
            check_description(ind, period, &mut |m| {
                problems.push(at(s.service_type, ii, ind, m));
            });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    // The rules without their standards: compiled to read the baseline as the calculation would.
    let mut bare = rules.clone();
    bare.schemes
        .iter_mut()
        .flat_map(|s| s.indicators.iter_mut())
        .for_each(|i| i.standard = None);
    let mut plan = super::plan::compile(&bare)?;
    let mut out = rules.clone();
    let mut found = Vec::new();
    for (si, s) in rules.schemes.iter().enumerate() {
        for (ii, ind) in s.indicators.iter().enumerate() {
            let Some(st) = &ind.standard else { continue };
            let Ok(bp) = st.baseline_period.parse::<Period>() else {
                continue;
            };
            plan.period = bp;
            let values = usable_values(&plan, baseline, si, ii);
            if values.len() < st.min_providers as usize {
                let m = module(
                    "standard-too-few",
                    vec![
                        ("found", Arg::Num(values.len().into())),
                        ("min", Arg::Num(st.min_providers.into())),
                        ("baseline", Arg::Plain(st.baseline_period.clone())),
                        ("file", Arg::Plain(source.file.clone())),
                    ],
                );
                problems.push(at(s.service_type, ii, ind, m));
                continue;
            }
            let target = &mut out.schemes[si].indicators[ii];
            found.extend(set_levels(target, &values, source, s.service_type));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let after = super::validation::validate(&out);
    if super::validation::has_errors(&after) {
        // The rest was valid before (it compiled), so what fails now is the levels the
        // baseline gave: each such problem is the standard's, which is where the file says it.
        let has_standard = |p: &Problem| {
            let (st, (ii, _)) = (p.scheme?, p.indicator.as_ref()?);
            let s = rules.schemes.iter().find(|s| s.service_type == st)?;
            Some(s.indicators.get(*ii)?.standard.is_some())
        };
        let of_standards = after.into_iter().map(|mut p| {
            if has_standard(&p) == Some(true) {
                p.field = Field::Standard;
            }
            p
        });
        return Err(of_standards.collect());
    }
    Ok((out, found))
}

/// A problem of indicator `ii` of a scheme's, about its standard (where its levels come from).
fn at(scheme: super::results::ServiceType, ii: usize, ind: &Indicator, m: ProblemMsg) -> Problem {
    Problem::error(Some(scheme), Some((ii, ind.id.clone())), Field::Standard, m)
}

/// The usable results of indicator `ii` of scheme `si` in the plan's period (the baseline).
fn usable_values(plan: &super::plan::Plan, baseline: &ResultSet, si: usize, ii: usize) -> Vec<Q> {
    let agg = aggregate(plan, baseline);
    let ind = &plan.schemes[si].indicators[ii];
    agg.columns[si][ii]
        .current
        .iter()
        .filter_map(|c| usable(ind, c).cloned())
        .collect()
}

/// Writes the levels computed from `values` (non-empty) into the indicator's scoring and its
/// standard's record.
fn set_levels(
    ind: &mut Indicator,
    values: &[Q],
    source: &Source,
    scheme: super::results::ServiceType,
) -> Vec<Found> {
    let Some(st) = ind.standard.clone() else {
        return Vec::new();
    };
    let mut sorted = values.to_vec();
    sorted.sort();
    if ind.direction == Direction::LowerIsBetter {
        sorted.reverse();
    }
    let mut record = Frozen {
        file: source.file.clone(),
        sha256: source.sha256.clone(),
        providers: u32::try_from(values.len()).unwrap_or(u32::MAX),
        threshold: None,
        benchmark: None,
    };
    let mut found = Vec::new();
    let scheme_id = ind.id.clone();
    for (role, p) in roles(ind).unwrap_or_default() {
        let Some(how) = st.level(role) else { continue };
        let exact = peer_level(how, &sorted);
        let level = exact.round_dp(LEVEL_DECIMALS).normalize();
        if let Some(v) = ind.scoring.mode_mut().param(p) {
            *v = level;
        }
        record.set(role, level);
        found.push(Found {
            scheme,
            indicator: scheme_id.clone(),
            role,
            exact,
            level,
            providers: values.len(),
        });
    }
    if let Some(s) = &mut ind.standard {
        s.frozen = Some(record);
    }
    found
}

/// The sentence in the rules in prose on where an indicator's levels came from, if it has a
/// standard: "77 % = 25:e percentilen av 2024 års resultat, 8 utförare; …".
pub fn prose(ind: &Indicator) -> Option<Msg> {
    let s = ind.standard.as_ref()?;
    let period = Arg::Plain(s.baseline_period.clone());
    let Some(f) = &s.frozen else {
        return Some(Msg::new(
            "prose-standard-not-frozen",
            vec![("baseline", period)],
        ));
    };
    let items: Vec<Msg> = [Role::Threshold, Role::Benchmark]
        .into_iter()
        .filter_map(|role| {
            let (how, v) = (s.level(role)?, f.value(role)?);
            Some(Msg::new(
                "prose-standard-level",
                vec![
                    ("level", Arg::Level(v, ind.unit)),
                    ("how", Arg::Peer(how.clone())),
                    ("baseline", period.clone()),
                    ("providers", Arg::Num(f.providers.into())),
                ],
            ))
        })
        .collect();
    Some(Msg::new(
        "prose-standard",
        vec![
            (
                "levels",
                Arg::List {
                    items,
                    sep: "; ",
                    capital: false,
                },
            ),
            ("file", Arg::Plain(f.file.clone())),
        ],
    ))
}

/// The change of how an indicator's levels are set from a baseline period between two rule
/// sets, worded, if any: the description ("tröskel: 25:e percentilen, … ur 2024"), else that
/// the levels were frozen again (another file or other numbers).
pub fn change(old: &Indicator, new: &Indicator) -> Option<Msg> {
    let (a, b) = (old.standard.as_ref(), new.standard.as_ref());
    if a == b {
        return None;
    }
    let bare = |s: Option<&Standard>| {
        s.cloned().map(|mut s| {
            s.frozen = None;
            s
        })
    };
    if bare(a) == bare(b) {
        let file = b.and_then(|s| s.frozen.as_ref()).map(|f| f.file.clone());
        return Some(Msg::new(
            "rule-change-standard-frozen",
            vec![("file", Arg::Plain(file.unwrap_or_else(|| "–".into())))],
        ));
    }
    let side = |s: Option<&Standard>| {
        let Some(s) = s else {
            return Arg::Plain("–".into());
        };
        let items = [Role::Threshold, Role::Benchmark]
            .into_iter()
            .filter_map(|role| {
                let how = s.level(role)?;
                let id = match role {
                    Role::Threshold => "standard-role-threshold",
                    Role::Benchmark => "standard-role-benchmark",
                };
                Some(Msg::new(
                    "standard-short-level",
                    vec![
                        ("role", Arg::Text(Some(id))),
                        ("how", Arg::Peer(how.clone())),
                    ],
                ))
            })
            .collect();
        Arg::List {
            items: vec![Msg::new(
                "standard-short",
                vec![
                    (
                        "levels",
                        Arg::List {
                            items,
                            sep: ", ",
                            capital: false,
                        },
                    ),
                    ("baseline", Arg::Plain(s.baseline_period.clone())),
                ],
            )],
            sep: "",
            capital: false,
        }
    };
    Some(Msg::new(
        "rule-change-standard",
        vec![("old", side(a)), ("new", side(b))],
    ))
}

#[cfg(test)]
mod tests;
