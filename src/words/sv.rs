//! Svenska: every Swedish text of the program.

use std::fmt::Display;

use rust_decimal::Decimal;

use super::prose::{at_least, kr, level, missing_consequence, n, or_worse, peer_level};
use super::scorers::{num, pct};
use super::{Lang, Word, Words, exact_text, is_column_number, score_text};
use crate::domain::decide::compare::Comparison;
use crate::domain::decide::param::ParamError;
use crate::domain::decide::solve::SolveError;
use crate::domain::decide::sweep::{MAX_STEPS, SweepError};
use crate::domain::decimal::{ParseNumberError, format_number, round_display, serde_decimal};
use crate::domain::exact::Q;
use crate::domain::explanation::*;
use crate::domain::period::PeriodError;
use crate::domain::results::{ImportWarningKind, ServiceType};
use crate::domain::rules::*;
use crate::domain::scorers;
use crate::domain::textcheck::TextProblem;
use crate::domain::validation::{Counted, ProblemMsg};
use crate::io::error::{FileErrorMsg, SpecialFile};
use crate::io::locked::{
    ArchiveProblem, FORMAT, Finding, LockError, MANIFEST, MAX_MANIFEST_BYTES,
    MAX_MEMBER_NAME_CHARS, MAX_MEMBERS, MAX_RATIO, MAX_TOTAL_BYTES, NameProblem,
};

/// This file's language, for the texts that word others (a label inside a message).
const LANG: Lang = Lang::Sv;

/// The Swedish texts.
pub(super) struct Sv;

impl Words for Sv {
    fn lang(&self) -> Lang {
        LANG
    }

    fn number(&self, d: Decimal, dp: Option<u32>) -> String {
        format_number(d, dp, true)
    }

    fn number_error(&self, e: &ParseNumberError) -> String {
        match e {
            ParseNumberError::Empty => "tomt värde".into(),
            ParseNumberError::NotANumber(s) => format!("”{s}” är inte ett tal"),
            ParseNumberError::Ambiguous(s) => format!("”{s}” är tvetydigt: både punkt och komma"),
            ParseNumberError::TooLarge(s) => format!("”{s}” är för stort"),
        }
    }

    fn period_error(&self, e: &PeriodError) -> String {
        format!(
            "”{}” är ingen period (förväntat ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM)",
            e.0
        )
    }

    fn problem(&self, m: &ProblemMsg) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        use ProblemMsg::*;
        match m {
            NewerFormat { found } => format!(
                "regelfilen har format {found}, den här versionen läser format {FORMAT_VERSION}: uppdatera programmet"
            ),
            BadPeriod { text } => {
                format!("”{text}” är ingen period (ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM)")
            }
            NoSchemes => LANG.word(Word::RuleSetHasNo).into(),
            DuplicateScheme => LANG.word(Word::ServiceTypeHasMore).into(),
            NoIndicators => LANG.word(Word::SchemeHasNoIndicators).into(),
            EmptyId => LANG.word(Word::IndicatorHasNoId).into(),
            DuplicateId => LANG.word(Word::IdIsUsedBy).into(),
            EmptyName => LANG.word(Word::IndicatorHasNoName).into(),
            NegativeWeight => LANG.word(Word::WeightMustNotBe).into(),
            WeightsNotHundred { sum } => {
                format!("vikterna summerar till {} %, ska vara 100 %", n(sum))
            }
            LowerAboveUpper { lower, upper } => format!(
                "nedre nivån {} måste vara lägre än övre nivån {}",
                n(lower),
                n(upper)
            ),
            BadText(TextProblem::BadCharacter { code, position }) => {
                format!(
                    "otillåtet tecken U+{code:04X} på plats {position} (styrtecken, osynligt tecken eller annat mellanslag än vanligt); ta bort det"
                )
            }
            BadText(TextProblem::TooLong { length, limit }) => {
                format!("texten är {length} tecken lång; högst {limit} tecken är tillåtna")
            }
            NotWholeOre { value } => format!(
                "beloppet {} har delar av ett öre; ange det i hela ören (högst två decimaler)",
                n(value)
            ),
            OutOfBounds { value, max } => format!(
                "{} ligger utanför det tillåtna intervallet (högst {} till beloppet)",
                n(value),
                n(max)
            ),
            PercentOutOfRange { value } => {
                format!("nivån {} ligger utanför 0–100 %", n(value))
            }
            NoSteps => LANG.word(Word::StepsScoringHasNo).into(),
            StepCreditOutOfRange { credit } => {
                format!(
                    "stegets måluppfyllelse {} % ligger utanför 0–100 %",
                    n(credit)
                )
            }
            StepCreditsNotRising => LANG.word(Word::HarderStepMustGive).into(),
            DuplicateStepLevel { level } => {
                format!("nivån {} finns i mer än ett steg", n(level))
            }
            PercentileOutOfRange { value } => {
                format!("percentilen {} ligger utanför 0–100", n(value))
            }
            RelativeStartNotBelowFull => LANG.word(Word::StartLevelMustBe).into(),
            ThresholdNotWorseThanBenchmark => LANG.word(Word::ThresholdMustBeWorse).into(),
            BadBaselinePeriod { text } => format!(
                "basperioden ”{text}” är ingen period (ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM)"
            ),
            BaselineIsPeriod => LANG.word(Word::BaselinePeriodMustNot).into(),
            PotNotPositive => LANG.word(Word::PotMustBeMore).into(),
            PotWithoutKey => LANG.word(Word::PotHasNoSharing).into(),
            NegativeRate => LANG.word(Word::AmountPerVolumeUnit).into(),
            CompensationPercentOutOfRange => LANG.word(Word::PercentageMustBeBetween).into(),
            NegativeCap => LANG.word(Word::CapMustNotBe).into(),
            MinScoreOutOfRange => LANG.word(Word::MinimumScoreMustBe).into(),
            FallbackOutOfRange => LANG.word(Word::FallbackShareMustBe).into(),
            ZeroMinRespondents => LANG.word(Word::MinimumOf0Respondents).into(),
            UnknownArea { id } => {
                format!("området ”{id}” finns inte i modellen")
            }
            NoArea => LANG.word(Word::SchemeHasAreasGive).into(),
            AreaWithoutAreas => LANG.word(Word::IndicatorNamesAnArea).into(),
            EmptyAreaId => LANG.word(Word::AreaHasNoId).into(),
            DuplicateArea => LANG.word(Word::TwoAreasHaveThe).into(),
            AreaWithoutIndicators => LANG.word(Word::AreaHasNoIndicators).into(),
            AreaWeightsNotHundred { sum } => {
                format!(
                    "områdenas vikter summerar till {} %, ska vara 100 %",
                    n(sum)
                )
            }
            WeightsInAreaNotHundred { area, sum } => format!(
                "vikterna inom området ”{area}” summerar till {} %, ska vara 100 %",
                n(sum)
            ),
            DeductionUnknownIndicator { id } => {
                format!("avdraget gäller indikatorn ”{id}”, som inte finns i modellen")
            }
            DeductionPercentOutOfRange => LANG.word(Word::DeductionsPercentageMustBe).into(),
            DeductionNotPositive => LANG.word(Word::DeductionsAmountMustBe).into(),
            WithholdPercentOutOfRange => LANG.word(Word::ShareWithheldMustBe).into(),
            PaybackPercentOutOfRange => LANG.word(Word::SharePaidBackMust).into(),
            FallbackWithWithhold => LANG.word(Word::FallbackRuleShareOf).into(),
            TooMany { what, found, limit } => format!(
                "{found} {}, högst {limit} är tillåtna",
                match what {
                    Counted::Indicators => "indikatorer",
                    Counted::Steps => "steg",
                    Counted::Areas => "områden",
                    Counted::Deductions => "avdrag",
                }
            ),
            UncertaintyNeedsShare => LANG.word(Word::ConfidenceIntervalAppliesOnly).into(),
        }
    }

    fn param_error(&self, e: &ParamError) -> String {
        match e {
            ParamError::Syntax { path } => format!(
                "parametern ”{path}” går inte att läsa; skriv t.ex. hemtjanst.rate, hemtjanst.ht_helhet.level eller sabo.sb_smarta.weight"
            ),
            ParamError::NoScheme { path } => {
                format!(
                    "parametern ”{path}”: reglerna har ingen ersättningsmodell för den verksamheten"
                )
            }
            ParamError::NoIndicator { path, id } => {
                format!(
                    "parametern ”{path}”: indikatorn ”{id}” finns inte i den ersättningsmodellen"
                )
            }
            ParamError::NotForScoring { path } => {
                format!("parametern ”{path}” finns inte för indikatorns poängsättning")
            }
            ParamError::BadValue { path, value } => {
                format!("värdet {value} går inte att använda för ”{path}”")
            }
        }
    }

    fn solve_error(&self, e: &SolveError) -> String {
        let kr = |d: &Decimal| self.number(*d, Some(2));
        match e {
                SolveError::NoScheme(st) => {
                    format!("reglerna har ingen ersättningsmodell för {}", st.label(LANG))
                }
                SolveError::Invalid(p) => format!(
                    "reglerna har fel: {}",
                    p.iter().map(|p| p.text(LANG)).collect::<Vec<_>>().join("; ")
                ),
                SolveError::Param(p) => p.text(LANG),
                SolveError::Pot => "modellen betalar ur en pott: summan är potten, det finns ingen sats att räkna fram (ändra pottens belopp i stället)".into(),
                SolveError::Withhold => "modellen innehåller och betalar tillbaka: summan är den andel av det innehållna som betalas tillbaka, det finns ingen sats att räkna fram".into(),
                SolveError::NegativeBudget(b) => format!("budgeten får inte vara negativ, fick {}", kr(b)),
                SolveError::BelowFixed { fixed } => format!(
                    "redan reservregelns belopp ({} kr) är över budgeten, oavsett sats",
                    kr(fixed)
                ),
                SolveError::NothingToScale => "ingen utförares belopp beror på satsen (ingen kvalificerar sig, eller volymen/ersättningen är noll)".into(),
                SolveError::AboveHighestRate { rate, total } => format!(
                    "även den högsta tillåtna satsen ({}) ger bara {} kr, inom budgeten",
                    self.number(*rate, None),
                    kr(total)
                ),
                SolveError::Unbounded { total } => format!(
                    "alla utförare når taket: summan blir högst {} kr och håller budgeten vid vilken sats som helst",
                    kr(total)
                ),
        }
    }

    fn sweep_error(&self, e: &SweepError) -> String {
        match e {
            SweepError::Param(p) => p.text(LANG),
            SweepError::Steps { steps } => {
                format!("antalet steg måste vara 2–{MAX_STEPS}, fick {steps}")
            }
            SweepError::Range => "från och till måste vara olika".into(),
        }
    }

    fn warning(&self, e: &Warning) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        match e {
            Warning::UnknownIndicator {
                id,
                rows,
                first_line,
            } => format!(
                "indikatorn ”{id}” finns inte i reglerna: {rows} rader ignoreras (första på rad {first_line})"
            ),

            Warning::NoScheme {
                provider_id,
                service_type,
            } => format!(
                "utföraren {provider_id} ({}) har ingen ersättningsmodell i reglerna och får inget",
                service_type.label(LANG)
            ),
            Warning::NoResultsInPeriod { period } => {
                format!("inga resultat för perioden {period}")
            }
            Warning::MissingCompensation { provider_id } => {
                format!("utföraren {provider_id} saknar ordinarie ersättning: får 0 kr")
            }
            Warning::MissingPreviousPayout { provider_id } => format!(
                "utföraren {provider_id} saknar förra periodens belopp: reservregeln ger 0 kr"
            ),

            Warning::ValueOutOfRange {
                provider_id,
                indicator_id,
                value,
                line,
            } => format!(
                "rad {line}: {provider_id} / {indicator_id}: värdet {} är orimligt och räknas som saknat",
                num(value, 4, LANG)
            ),

            Warning::PotNotFullyPaid {
                service_type,
                unpaid,
            } => format!(
                "{}: {} kr av potten betalas inte ut (ingen kvalificerad eller alla når taket)",
                service_type.label(LANG),
                n2(unpaid)
            ),
            Warning::FallbackExceedsPot { service_type } => format!(
                "{}: reservbeloppen är större än potten och har skalats ned",
                service_type.label(LANG)
            ),

            Warning::IntervalStraddlesLevel {
                service_type,
                indicator_id,
                level,
                count,
                providers,
            } => {
                let mut list = providers.join(", ");
                if *count > providers.len() {
                    list.push_str(&format!(" och {} till", count - providers.len()));
                }
                let l = self.number(*level, None);
                format!(
                    "{} / {indicator_id}: {count} utförare har ett 95 % konfidensintervall som omsluter nivån {l}, så slumpen i urvalet avgör vilken sida de hamnar på: {list}",
                    service_type.label(LANG),
                )
            }
            Warning::DeductionWithoutCompensation { provider_id } => format!(
                "utföraren {provider_id} saknar ordinarie ersättning: avdraget i procent blir 0 kr"
            ),
        }
    }

    fn payout_status(&self, e: &PayoutStatus) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        match e {
            PayoutStatus::Paid => LANG.word(Word::Qualifies).into(),
            PayoutStatus::ZeroScore => LANG.word(Word::NoScore).into(),
            PayoutStatus::BelowMinimumScore { min_percent } => {
                format!("under lägsta poäng {} %", n(min_percent))
            }
            PayoutStatus::NotAllIndicatorsMet => LANG.word(Word::NotAllIndicatorsMet).into(),
            PayoutStatus::Fallback { percent, .. } => {
                format!("reservregel: {} % av förra periodens belopp", n(percent))
            }
        }
    }

    fn scheme_basis(&self, e: &SchemeBasis, unit: VolumeUnit) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        let n = |d: &Decimal| self.number(*d, None);
        match e {
            SchemeBasis::Pot { amount, key } => {
                format!("pott {} kr, {}", n2(amount), key.label(LANG))
            }
            SchemeBasis::PerVolumeUnit { kr_per_unit } => {
                format!(
                    "{} kr per {} × {}",
                    n2(kr_per_unit),
                    unit.singular(LANG),
                    LANG.word(Word::Score)
                )
            }
            SchemeBasis::PercentOfCompensation { percent } => {
                format!("{} % av ordinarie ersättning × poäng", n(percent))
            }

            SchemeBasis::Withhold {
                withhold_percent,
                payback_percent,
            } => format!(
                "{} % av ordinarie ersättning innehålls, {} % betalas tillbaka efter innehållet × poäng",
                n(withhold_percent),
                n(payback_percent)
            ),
        }
    }

    fn adjustments(&self, e: &SchemeSummary) -> String {
        let kr = |d: &Decimal| format!("{} kr", self.number(*d, Some(2)));
        format!(
            "kvalitetspeng {} − innehållet {} − avdrag {}",
            kr(&e.gross_total),
            kr(&e.withheld_total),
            kr(&e.deducted_total)
        )
    }

    fn withheld_row(&self, withhold_percent: &Decimal, compensation: &Option<Decimal>) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        let n = |d: &Decimal| self.number(*d, None);
        match compensation {
            Some(c) => format!(
                "innehållet, {} % av ordinarie ersättning {} kr",
                n(withhold_percent),
                n2(c)
            ),
            None => LANG
                .word(Word::WithheldOrdinaryCompensationMissing)
                .to_string(),
        }
    }

    fn payout_basis(&self, e: &ProviderResult) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        let n = |d: &Decimal| self.number(round_display(*d, 4).normalize(), None);
        let score = score_text(&e.score, LANG);
        let unit = e.volume_unit.singular(LANG);
        let gross = &e.gross;
        match &e.basis {
            ProviderBasis::None => {
                format!("{}: {} kr", e.status.text(LANG), n2(&Decimal::ZERO))
            }

            ProviderBasis::Withhold {
                payback,
                weight,
                total_weight,
                ..
            } => format!(
                "återbetalning: andel {} av {} (innehållet × poäng) av {} kr = {} kr",
                exact_text(weight, LANG),
                exact_text(total_weight, LANG),
                n2(payback),
                n2(gross)
            ),
            ProviderBasis::PerVolumeUnit { kr_per_unit } => format!(
                "poäng {score} × {} kr per {unit} × {} = {} kr",
                n2(kr_per_unit),
                n(&e.volume),
                n2(gross)
            ),

            ProviderBasis::PercentOfCompensation {
                percent,
                compensation,
            } => match compensation {
                Some(c) => format!(
                    "{} {score} × {} % × {} kr = {} kr",
                    LANG.word(Word::Score),
                    n(percent),
                    n2(c),
                    n2(gross)
                ),
                None => LANG.word(Word::OrdinaryCompensationMissing0).into(),
            },

            ProviderBasis::Pot {
                shared,
                key,
                weight,
                total_weight,
                ..
            } => format!(
                "andel {} av {} ({}) av {} kr = {} kr",
                exact_text(weight, LANG),
                exact_text(total_weight, LANG),
                key.label(LANG),
                n2(shared),
                n2(gross)
            ),

            ProviderBasis::Fallback {
                percent,
                previous_payout,
            } => match previous_payout {
                Some(p) => format!(
                    "{}: {} % × {} kr = {} kr",
                    LANG.word(Word::Fallback),
                    n(percent),
                    n2(p),
                    n2(gross)
                ),
                None => LANG.word(Word::FallbackButLastPeriods).into(),
            },
        }
    }

    fn capped(&self, cap: &Decimal) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        format!(" (begränsat av taket {} kr)", n2(cap))
    }

    fn net_note(&self, net: &Decimal) -> String {
        let n2 = |d: &Decimal| self.number(*d, Some(2));
        format!("; netto {} kr", n2(net))
    }

    fn deduction_amount(&self, rule: &DeductionAmount) -> String {
        let n = |d: &Decimal| self.number(*d, None);
        match rule {
            DeductionAmount::PercentOfCompensation(p) => {
                format!("{} % av ordinarie ersättning", n(p))
            }
            DeductionAmount::Fixed(a) => {
                format!("{} kr", self.number(*a, Some(2)))
            }
        }
    }

    fn deduction(&self, e: &DeductionResult, value: &str) -> String {
        let level = self.number(e.level, None);
        let rule = self.deduction_amount(&e.amount_rule);
        if e.applied {
            format!(
                "avdrag (vite): {} {value} {} {}: {rule}",
                e.indicator_name,
                e.direction.worse_sign(),
                level
            )
        } else if let Some(status) = e.missing {
            let why = match self.data_status(status, e.respondents, value) {
                Some(why) if status != DataStatus::Missing => format!(" räknas som saknat ({why})"),
                _ => format!(" {}", LANG.word(Word::Missing)),
            };
            let shown = if status == DataStatus::Missing {
                ""
            } else {
                value
            };
            format!(
                "inget avdrag: {} {shown}{why}; ett saknat resultat ger inget avdrag",
                e.indicator_name
            )
        } else {
            format!(
                "inget avdrag: {} {value}, avdrag om sämre än {}",
                e.indicator_name, level
            )
        }
    }

    fn interval(&self, lo: Decimal, hi: Decimal, respondents: u32) -> String {
        let f = |d: Decimal| self.number(d, Some(2));
        format!("95 % KI {}–{} %, n = {respondents}", f(lo), f(hi))
    }

    fn interval_end_counts(&self, e: super::IntervalEnd<'_>) -> String {
        let which = if e.lower {
            "nedre gränsen"
        } else {
            "övre gränsen"
        };
        let exactness = if e.exact {
            "jämförd exakt".to_string()
        } else {
            format!(
                "räknad på {} decimaler",
                crate::domain::survey::SCORED_END_DECIMALS
            )
        };
        format!(
            "{} % ({}); {which} {} % räknas ({exactness}): {}",
            e.point,
            e.interval,
            self.number(e.end, Some(2)),
            e.base
        )
    }

    fn data_status(&self, status: DataStatus, respondents: Option<u32>, v: &str) -> Option<String> {
        match status {
            DataStatus::Ok => None,
            DataStatus::Missing => Some(LANG.word(Word::ResultMissing).to_string()),
            DataStatus::TooFewRespondents { min } => Some(format!(
                "{} svarande, minst {min} krävs",
                respondents.unwrap_or(0)
            )),
            DataStatus::RespondentsUnknown { min } => {
                Some(format!("antal svarande saknas, minst {min} krävs"))
            }
            DataStatus::OutOfRange => {
                Some(format!("värdet {v} ligger utanför det möjliga intervallet"))
            }
            DataStatus::NoRespondents => {
                Some("antal svarande saknas eller är 0, och intervallregeln kräver svarande".into())
            }
            DataStatus::NoPeers => Some(LANG.word(Word::NoPeerResults).to_string()),
        }
    }

    fn how(&self, how: &scorers::How, v: &str, credit: &Q, dir: Direction) -> String {
        let n = |q: &Q| num(q, 2, LANG);
        let d = |d: &Decimal| num(&(*d).into(), 2, LANG);
        let sign = dir.at_or_beyond_sign();
        match how {
            scorers::How::Threshold(h) => {
                let l = d(&h.level);
                if h.met {
                    format!("{v} {sign} {l}: uppnått")
                } else {
                    format!("{v} {} {l}: ej uppnått", dir.worse_sign())
                }
            }
            scorers::How::Steps(h) => {
                let mut s = match &h.reached {
                    Some(r) => format!(
                        "{v} {sign} {}: steget ger {} %",
                        d(&r.level),
                        d(&r.credit_percent)
                    ),
                    None => format!("{v}: inget steg nått"),
                };
                if let Some(nx) = &h.next {
                    s.push_str(&format!(
                        " (nästa steg {} ger {} %)",
                        d(&nx.level),
                        d(&nx.credit_percent)
                    ));
                }
                s
            }
            scorers::How::Linear(h) => {
                self.between(v, &h.zero_at.into(), &h.full_at.into(), credit, dir)
            }
            scorers::How::Relative(h) => format!(
                "{}; nivåerna från {} jämförbara utförare",
                self.between(v, &h.zero_at, &h.full_at, credit, dir),
                h.peers
            ),
            scorers::How::AchievementOrImprovement(h) => {
                let pts = |q: &Q| self.number(q.round_dp(2), Some(2));
                let a = pts(&h.achievement_points);
                match (&h.improvement_points, &h.baseline) {
                    (Some(i), Some(b)) => format!(
                        "nivåpoäng {a} av 10, förbättringspoäng {} av 9 (från {}); den högsta räknas",
                        pts(i),
                        n(b)
                    ),
                    (None, Some(b)) => {
                        format!(
                            "nivåpoäng {a} av 10; basvärdet {} når redan riktmärket",
                            n(b)
                        )
                    }
                    (_, None) => format!("nivåpoäng {a} av 10; inget basvärde för förbättring"),
                }
            }
        }
    }

    fn percentile(&self, p: Decimal) -> String {
        format!("{}:e percentilen", self.number(p, None))
    }

    fn fallback_share(&self, percent: Decimal) -> String {
        format!("{} % av förra periodens belopp", self.number(percent, None))
    }

    fn prose_min_score(&self, m: Decimal) -> String {
        format!(
            "Minst {} % poäng krävs för att få kvalitetspeng.",
            n(m, LANG)
        )
    }

    fn prose_threshold(&self, l: &Decimal, u: Unit, dir: Direction) -> String {
        format!(
            "Full poäng vid {} {}, annars ingen poäng.",
            at_least(dir, LANG),
            level(*l, u, LANG)
        )
    }

    fn prose_step(&self, s: &Step, u: Unit, dir: Direction) -> String {
        format!(
            "{} {} ger {} %",
            at_least(dir, LANG),
            level(s.level, u, LANG),
            n(s.credit_percent, LANG)
        )
    }

    fn prose_linear(&self, full: Decimal, zero: Decimal, u: Unit, dir: Direction) -> String {
        format!(
            "Full poäng vid {} {}, ingen poäng vid {} {}, linjärt däremellan.",
            at_least(dir, LANG),
            level(full, u, LANG),
            level(zero, u, LANG),
            or_worse(dir, LANG)
        )
    }

    fn prose_relative(&self, start: &PeerLevel, full: &PeerLevel) -> String {
        format!(
            "Ingen poäng vid {}, full poäng vid {}, linjärt däremellan (nivåerna räknas fram ur periodens resultat).",
            peer_level(start, LANG),
            peer_level(full, LANG)
        )
    }

    fn prose_achievement(
        &self,
        threshold: &Decimal,
        benchmark: &Decimal,
        baseline_period: &str,
        u: Unit,
    ) -> String {
        format!(
            "Det bästa av nivåpoäng (0 vid {}, 10 vid {}) och förbättringspoäng (0–9 från utförarens eget resultat {baseline_period} upp till {}) räknas, som andel av 10.",
            level(*threshold, u, LANG),
            level(*benchmark, u, LANG),
            level(*benchmark, u, LANG)
        )
    }

    fn prose_fallback_share(&self, p: &Decimal) -> String {
        format!(
            "gör att utföraren i stället får {} % av förra periodens belopp",
            n(*p, LANG)
        )
    }

    fn prose_interval_end(&self, lower: bool) -> &'static str {
        match lower {
            true => "nedre gräns",
            false => "övre gräns",
        }
    }

    fn prose_uncertainty(&self, ind: &Indicator, which: &str) -> Option<String> {
        match ind.uncertainty {
            Uncertainty::Estimate => None,
            Uncertainty::Cautious => Some(format!(
                "Resultatet räknas på konfidensintervallets {which} (Wilson, 95 %): nivån ska vara säkert nådd, inte bara i punktskattningen. Ett resultat utan antal svarande (eller med 0) räknas som saknat."
            )),
            Uncertainty::BenefitOfDoubt => Some(format!(
                "Resultatet räknas på konfidensintervallets {which} (Wilson, 95 %): utföraren får tvivlets fördel. Ett resultat utan antal svarande (eller med 0) räknas som saknat."
            )),
        }
    }

    fn prose_weight(&self, ind: &Indicator, area: Option<&Area>) -> String {
        match area {
            None => format!("{} väger {} %.", ind.name, n(ind.weight, LANG)),
            Some(a) => format!(
                "{} väger {} % inom området {}.",
                ind.name,
                n(ind.weight, LANG),
                a.name
            ),
        }
    }

    fn prose_min_respondents(&self, min: u32, policy: &MissingDataPolicy) -> String {
        format!(
            " Resultat med färre än {min} svar {}.",
            missing_consequence(policy, LANG)
        )
    }

    fn prose_payout(&self, s: &Scheme, unit: VolumeUnit) -> String {
        match &s.payout {
            PayoutBase::Pot { amount, key } => format!(
                "En pott på {} delas mellan de utförare som kvalificerar sig, {} ({}). Delarna avrundas till öre så att de summerar exakt till potten.",
                kr(*amount, LANG),
                key.map_or("", |k| k.label(LANG)),
                unit.label(LANG)
            ),
            PayoutBase::PerVolumeUnit { kr_per_unit } => format!(
                "Full poäng ger {} per {}; utföraren får sin poäng × beloppet × sina {}.",
                kr(*kr_per_unit, LANG),
                unit.singular(LANG),
                unit.label(LANG)
            ),
            PayoutBase::PercentOfCompensation { percent } => format!(
                "Full poäng ger {} % av den ordinarie ersättningen; utföraren får sin poäng × det.",
                n(*percent, LANG)
            ),

            PayoutBase::Withhold {
                withhold_percent,
                payback_percent,
            } => format!(
                "{} % av varje utförares ordinarie ersättning innehålls. {} % av allt som innehålls betalas tillbaka till de utförare som kvalificerar sig, i proportion till innehållet × poäng{}. Nettot kan bli negativt.",
                n(*withhold_percent, LANG),
                n(*payback_percent, LANG),
                if *payback_percent == Decimal::ONE_HUNDRED {
                    " (budgetneutralt: summan av nettot är noll)"
                } else {
                    ""
                }
            ),
        }
    }

    fn prose_cap(&self, c: Decimal) -> String {
        format!("Ingen utförare får mer än {}.", kr(c, LANG))
    }

    fn prose_missing(&self, s: &Scheme) -> String {
        format!(
            "Resultat som saknas eller är orimliga {}.",
            missing_consequence(&s.missing_data, LANG)
        )
    }

    fn prose_areas(&self, list: &[String], s: &Scheme) -> String {
        format!(
            "Indikatorerna är grupperade i områden med egna vikter: {}. En indikators vikt gäller inom dess område.{}",
            list.join(", "),
            if s.missing_data == MissingDataPolicy::Renormalize {
                " Saknas alla resultat i ett område fördelas dess vikt på de övriga områdena."
            } else {
                ""
            }
        )
    }

    fn prose_worse(&self, dir: Direction) -> &'static str {
        match dir {
            Direction::HigherIsBetter => "under",
            Direction::LowerIsBetter => "över",
        }
    }

    fn prose_deduction_amount(&self, d: &Deduction) -> String {
        match &d.amount {
            DeductionAmount::PercentOfCompensation(p) => {
                format!("{} % av den ordinarie ersättningen", n(*p, LANG))
            }
            DeductionAmount::Fixed(a) => kr(*a, LANG),
        }
    }

    fn prose_deduction(
        &self,
        name: &str,
        worse: &str,
        amount: &str,
        d: &Deduction,
        unit: Unit,
    ) -> String {
        format!(
            "Avdrag (vite): när {name} är {worse} {} dras {amount} av. Ett saknat resultat ger inget avdrag.",
            level(d.level, unit, LANG)
        )
    }

    fn prose_budget(&self, b: Decimal) -> String {
        format!(
            "Budget för kvalitetspengen: {} (före innehållande och avdrag).",
            kr(b, LANG)
        )
    }

    fn file_error(&self, e: &FileErrorMsg) -> String {
        use FileErrorMsg::*;
        match e {
            Io(e) => format!("kunde inte läsa eller skriva filen ({e})"),
            NotText => LANG.word(Word::FileIsNotText).into(),
            MixedEncoding { byte, column } => format!(
                "filen är UTF-8 men byte {column} på raden (0x{byte:02X}) är inte giltig UTF-8; filen blandar teckenkodningar – spara den på nytt som UTF-8"
            ),
            NotRegularFile { kind } => {
                format!(
                    "sökvägen är {}, inte en vanlig fil; ingenting lästes",
                    self.special_file(*kind)
                )
            }
            LineTooLong { limit } => format!(
                "raden är längre än {} byte, programmets gräns för en rad; filen är troligen inte en resultatfil",
                crate::words::number::group_thousands(*limit as u64, LANG)
            ),
            TooManyColumns { found, limit } => {
                format!("rubrikraden har {found} kolumner; högst {limit} är tillåtna")
            }
            TooLarge { size, limit } => format!(
                "filen är {} byte, mer än gränsen {} byte; ingenting lästes",
                crate::words::number::group_thousands(*size, LANG),
                crate::words::number::group_thousands(*limit, LANG)
            ),
            BadCharacter { code, position } => format!(
                "otillåtet tecken U+{code:04X} på plats {position}; ta bort det (id och namn får inte innehålla styrtecken, osynliga tecken som nollbredds- och riktningstecken, och id inga andra mellanslag än vanligt mellanslag)"
            ),
            SurroundingSpace => LANG.word(Word::TextBeginsOrEnds).into(),
            TooLong { length, limit } => {
                format!("texten är {length} tecken lång; högst {limit} tecken är tillåtna")
            }
            Empty => LANG.word(Word::FileIsEmpty).into(),
            MissingColumn { column, accepted } => format!(
                "kolumnen ”{column}” saknas (godtagna rubriker: {})",
                accepted.join(", ")
            ),
            DuplicateColumn { column } => {
                format!("kolumnen ”{column}” finns två gånger")
            }
            FieldCount { expected, found } => {
                format!("förväntade {expected} fält som rubrikraden, fick {found}")
            }
            EmptyField => LANG.word(Word::FieldMustNotBe).into(),
            Number(e) => format!("förväntade ett tal: {}", e.text(LANG)),
            WholeNumber { text } => format!("förväntade ett heltal ≥ 0, fick ”{text}”"),
            NotWholeOre { text } => format!(
                "beloppet ”{text}” har delar av ett öre; ange det i hela ören (högst två decimaler)"
            ),
            OutOfBounds { text, max } => format!(
                "talet ”{text}” är större än programmets gräns {} (till beloppet)",
                self.number(*max, None)
            ),
            Negative { text } => format!("talet får inte vara negativt, fick ”{text}”"),
            ServiceType { text } => {
                format!("förväntade verksamhet ”hemtjänst” eller ”säbo”, fick ”{text}”")
            }
            Regi { text } => {
                format!("förväntade regi ”egen regi” eller ”privat”, fick ”{text}”")
            }
            Period { text } => format!(
                "förväntade en period (ÅÅÅÅ, ÅÅÅÅ-H1, ÅÅÅÅ-Q1 eller ÅÅÅÅ-MM), fick ”{text}”"
            ),

            Conflict {
                first_line,
                first,
                found,
            } => format!("utföraren har ”{first}” på rad {first_line} men ”{found}” här"),
            DuplicateRow { first_line } => {
                format!("samma utförare, indikator och period finns redan på rad {first_line}")
            }
            OverlappingPeriod { first_line } => format!(
                "samma utförare och indikator har på rad {first_line} en period som överlappar den här (t.ex. ett helt år och en av dess månader); resultatet skulle räknas två gånger"
            ),
            Ron(e) => self.ron_error(e),
            NewerFormat { found, supported } => format!(
                "regelfilen har format {found} från en nyare version; den här versionen läser format {supported}"
            ),
            SpreadsheetBomb {
                part,
                size,
                packed,
                limit,
            } => format!(
                "kalkylbladet kunde inte läsas: delen {part} packas upp till {size} byte från {packed} ({}:1), långt mer än ett riktigt kalkylblad (högst {limit}:1); filen läses inte",
                size / packed
            ),
            SpreadsheetTooLarge { total, limit } => format!(
                "kalkylbladet kunde inte läsas: arbetsboken packas upp till {total} byte, mer än gränsen {limit} byte; filen läses inte"
            ),
            SpreadsheetStringsLie { claimed, size } => format!(
                "kalkylbladet kunde inte läsas: tabellen med delade texter påstår {claimed} poster men är bara {size} byte; filen är trasig eller manipulerad"
            ),
            CellBeyondColumns { last, limit } => format!(
                "kalkylbladet kunde inte läsas: cellen ligger bortom kolumn {last} ({limit}), längre till höger än programmet läser"
            ),
            SheetTooWide { width, limit } => format!(
                "kalkylbladet kunde inte läsas: bladet är {width} kolumner brett, fler än programmet läser ({limit})"
            ),
            Spreadsheet(m) => format!("kalkylbladet kunde inte läsas: {m}"),
            Encrypted => LANG.word(Word::WorkbookIsEncryptedPassword).into(),
            FormulaWithoutValue => LANG.word(Word::CellHasAFormula).into(),
            SheetNotFound { sheet, available } => format!(
                "bladet ”{sheet}” finns inte (finns: {})",
                available.join(", ")
            ),
            Json(m) => format!("ogiltig JSON: {m}"),
            UnknownId { kind, id } => {
                format!("okänt {kind} ”{id}” (saknas i mappningen)")
            }
            MappedTwice { key } => format!(
                "”{key}” finns två gånger i mappningen; varje ou, utförar-id och KPI får bara förekomma en gång"
            ),
            TwoTotals => LANG.word(Word::PostHasMoreThan).into(),
            UnclosedQuote => LANG.word(Word::QuoteIsNeverClosed).into(),
            MappingNeeded => LANG.word(Word::KoladaDataNeedsA).into(),
            More { count } => format!("… och {count} fel till"),
            ChangedOnDisk(what) => LANG.word(what.word()).into(),
            Write(e) => format!("kunde inte skriva filen ({e}); inget skrevs"),
            OutputIsInput { input } => format!(
                "utdatafilen är samma fil som indatafilen {input} och skulle skriva över den; välj ett annat namn"
            ),
            OutputTwice { other } => {
                format!("utdatafilen är samma fil som utdatafilen {other}; välj olika namn")
            }
            NotWritten {
                problem,
                written,
                not_written,
            } => format!(
                "{}; {}",
                self.output_problem(problem),
                self.write_outcome(written, not_written)
            ),
        }
    }

    fn special_file(&self, kind: SpecialFile) -> &'static str {
        match kind {
            SpecialFile::Directory => "en mapp",
            SpecialFile::Fifo => "en namngiven pipe (FIFO)",
            SpecialFile::Device => "en enhet",
            SpecialFile::Socket => "en socket",
            SpecialFile::Other => "inte en vanlig fil",
        }
    }

    fn at_column(&self, c: &str) -> String {
        if is_column_number(c) {
            format!(", kolumn {c}")
        } else {
            format!(", kolumn ”{c}”")
        }
    }

    fn lock_error(&self, e: &LockError) -> String {
        match e {
            LockError::Input(m) => m.clone(),
            LockError::Rules(p) => format!("reglerna har fel: {}", p.join("; ")),
            LockError::NotAnArchive(p) => {
                format!(
                    "filen är ingen läsbar fastställd körning (.kvp): {}",
                    p.text(LANG)
                )
            }
            LockError::Refused(p) => format!("körningen kan inte fastställas: {}", p.text(LANG)),
            LockError::Write(m) => format!("arkivet kunde inte skrivas: {m}"),
        }
    }

    fn archive_problem(&self, e: &ArchiveProblem) -> String {
        use ArchiveProblem::*;
        match e {
            NotZip(e) => format!("inget zip-arkiv ({e})"),
            TooManyMembers { found } => {
                format!("{found} filer i arkivet, högst {MAX_MEMBERS} är tillåtna")
            }
            TooLarge { total } => format!(
                "filerna skulle ta {total} byte uppackade, högst {MAX_TOTAL_BYTES} är tillåtna"
            ),
            Packed { name, size, packed } => format!(
                "{name}: {size} byte packade i {packed}, mer än {MAX_RATIO} till en (en zip-bomb?)"
            ),
            ManifestTooLarge { size } => {
                format!("{MANIFEST} är {size} byte, högst {MAX_MANIFEST_BYTES} är tillåtna")
            }
            Unreadable { name, why } => format!("{name} kan inte packas upp ({why})"),
            LargerThanDeclared { name } => {
                format!("{name} packas upp till mer än arkivet anger")
            }
            Twice { name } => format!("{name} finns två gånger i arkivet"),
            NoManifest => format!("{MANIFEST} saknas"),
            BadManifest(e) => format!("{MANIFEST} kan inte läsas: {e}"),
            WrongFormat { found } => {
                format!("{MANIFEST} anger formatet ”{found}”, förväntade ”{FORMAT}”")
            }
            NewerFormat { found } => format!(
                "arkivet har format {found}, den här versionen läser format {FORMAT_VERSION}: uppdatera programmet"
            ),
            NoInputs => {
                format!("{MANIFEST} anger ingen regelfil eller ingen resultatfil")
            }
            UnsafeName { name, why } => {
                let why = match why {
                    NameProblem::NotUtf8 => "namnet är inte lagrat som UTF-8 med zip-formatets märkning för det, så ett zip-verktyg kan visa ett annat namn".to_string(),
                    NameProblem::BadCharacter { code, position } => format!(
                        "namnet har det otillåtna tecknet U+{code:04X} på plats {position} (styrtecken eller osynligt tecken)"
                    ),
                    NameProblem::TooLong { length } => format!(
                        "namnet är {length} tecken långt, högst {MAX_MEMBER_NAME_CHARS} är tillåtna"
                    ),
                    NameProblem::Absolute => "namnet är en absolut sökväg (börjar med /)".into(),
                    NameProblem::Backslash => {
                        "namnet har ett omvänt snedstreck (\\), en mappavgränsare i Windows".into()
                    }
                    NameProblem::Colon => "namnet har ett kolon (en enhetsbokstav som C: eller en dold ström i Windows)".into(),
                    NameProblem::BadComponent => "namnet har en tom del, ”.” eller ”..” (det kan packas upp utanför sin mapp)".into(),
                    NameProblem::OutsideFolders => "namnet ligger utanför indata/ och utdata/ (tillåtna: manifest.json, indata/<fil>, utdata/<fil>)".into(),
                    NameProblem::NotWindowsName => "namnet kan inte skapas i Windows (ett enhetsnamn som CON eller NUL, en punkt eller ett blanksteg sist, eller något av < > \" | ? *)".into(),
                };
                format!("{name}: {why}")
            }
            SameName { name, other } => format!(
                "{name} och {other} blir samma fil i Windows och macOS (namnen skiljer sig bara i stora och små bokstäver eller i hur tecknen är kodade)"
            ),
            NotAFile { name } => {
                format!("{name} är ingen vanlig fil (en symbolisk länk, en mapp eller en enhet)")
            }
            MemberTooLarge { name, size, limit } => {
                format!("{name} är {size} byte uppackad, högst {limit} är tillåtna för den")
            }
            BadLanguage { found } => {
                format!("{MANIFEST} anger språket ”{found}”, förväntade ”sv” eller ”en”")
            }
            BadText { field, why } => match why {
                TextProblem::BadCharacter { code, position } => format!(
                    "{field} i {MANIFEST}: otillåtet tecken U+{code:04X} på plats {position} (styrtecken eller osynligt tecken)"
                ),
                TextProblem::TooLong { length, limit } => format!(
                    "{field} i {MANIFEST}: texten är {length} tecken lång; högst {limit} tecken är tillåtna"
                ),
            },
            Inconsistent(why) => format!(
                "arkivet har filer som dess katalog inte listar, eller som överlappar ({why})"
            ),
            ListedTwice { name } => {
                format!("två filer heter {name} (stora och små bokstäver räknas lika)")
            }
            RoleTwice { name, other } => {
                format!(
                    "{name} har samma roll som {other} i {MANIFEST} (en körning har en fil av varje slag)"
                )
            }
        }
    }

    fn finding(&self, e: &Finding) -> String {
        match e {
            Finding::Missing { name } => {
                format!("{name} finns i manifestet men saknas i arkivet")
            }
            Finding::NotListed { name } => {
                format!("{name} finns i arkivet men inte i manifestet")
            }
            Finding::Changed { name } => {
                format!("{name} har ändrats: SHA-256 stämmer inte med manifestet")
            }
            Finding::Differs { name } => {
                format!("{name} stämmer inte med en ny beräkning ur de arkiverade indata")
            }
            Finding::Unusable { message } => message.clone(),
        }
    }

    fn correction_csv_header(&self) -> [&'static str; 8] {
        [
            "utförar_id",
            "utförare",
            "indikator",
            "före_värde",
            "efter_värde",
            "före_kr",
            "efter_kr",
            "förändring_kr",
        ]
    }

    // ui::table

    fn cli_decide_rules_share_no_provider(
        &self,
        rules_a: &dyn Display,
        rules_b: &dyn Display,
        shared: bool,
        a: &str,
        b: &str,
    ) -> String {
        if shared {
            format!(
                "regelfilerna {rules_a} och {rules_b} beräknar ingen utförare gemensam; jämförelsen skulle bara visa att alla är nya"
            )
        } else {
            format!(
                "regelfilerna {rules_a} och {rules_b} har ingen verksamhet gemensam ({rules_a}: {a}; {rules_b}: {b}); jämförelsen skulle bara visa att alla är nya"
            )
        }
    }

    fn ron_error(&self, e: &ron::Error) -> String {
        use ron::Error as E;
        let list = |v: &[&str]| {
            v.iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match e {
            E::MissingStructField { field, outer } => format!(
                "fältet `{field}` saknas i {}",
                outer.as_deref().unwrap_or("strukturen")
            ),

            E::NoSuchStructField {
                expected,
                found,
                outer,
            } => format!(
                "okänt fält `{found}` i {} (förväntade något av {})",
                outer.as_deref().unwrap_or("strukturen"),
                list(expected)
            ),

            E::NoSuchEnumVariant {
                expected,
                found,
                outer,
            } => format!(
                "okänt värde `{found}` för {} (förväntade något av {})",
                outer.as_deref().unwrap_or("fältet"),
                list(expected)
            ),
            E::DuplicateStructField { field, .. } => {
                format!("fältet `{field}` finns två gånger")
            }
            E::Eof => LANG.word(Word::FileEndsTooEarly).into(),
            E::InvalidValueForType { expected, found } if expected == serde_decimal::EXPECTING => {
                format!("förväntade ett tal (t.ex. 12.35), fann {found}")
            }
            E::Message(m) if m == serde_decimal::TOO_LARGE => "talet är för stort".into(),
            E::Message(m) if m == serde_decimal::NOT_FINITE => {
                "NaN och oändligt är inte tillåtna".into()
            }
            E::Message(m) => m.clone(),
            other => format!("ogiltig RON: {other}"),
        }
    }

    fn edit_number(&self, d: Decimal) -> String {
        // A space between thousands (`3 600 000`), read back exactly.
        format_number(d.normalize(), None, true)
    }

    fn compare_csv_header(&self) -> [&'static str; 9] {
        [
            "utförar_id",
            "utförare",
            "verksamhet",
            "regi",
            "a_kr",
            "b_kr",
            "skillnad_kr",
            "skillnad_procent",
            "statusändring",
        ]
    }

    fn report_budget(&self, budget: &str, gross: &str, left: &str, over: bool) -> String {
        format!(
            "Budget {budget}: kvalitetspengen är {gross} ({left} {}).",
            if over { "över budget" } else { "kvar" }
        )
    }

    fn withhold_short(&self, withhold_percent: Decimal, payback_percent: Decimal) -> String {
        format!(
            "{} % innehålls, {} % betalas tillbaka",
            self.number(withhold_percent, None),
            self.number(payback_percent, None)
        )
    }

    fn editor_add_scheme(&self, st: ServiceType) -> String {
        format!("➕ Ersättningsmodell för {}", st.label(LANG).to_lowercase())
    }

    fn editor_weight_sum(&self, sum: Decimal) -> String {
        format!("Summa vikter: {} %", self.number(sum.normalize(), None))
    }

    fn editor_weight_sum_inside(&self, inside: Decimal) -> String {
        format!("inom: {} %", self.number(inside.normalize(), None))
    }

    fn decide_gains_and_losses(&self, c: &Comparison) -> String {
        format!(
            "· {} får mer, {} får mindre, {} oförändrade{}",
            c.gains,
            c.loses,
            c.unchanged,
            if c.only_in_a + c.only_in_b > 0 {
                format!(", {} bara i jämförelsen, {} nya", c.only_in_a, c.only_in_b)
            } else {
                String::new()
            }
        )
    }

    fn decide_export_file_name(&self, comparison: bool) -> &'static str {
        match comparison {
            true => "jamforelse.xlsx",
            false => "kanslighet.xlsx",
        }
    }

    fn payout_csv_header(&self) -> &'static str {
        "utförar_id;utförare;verksamhet;regi;volym;volymenhet;poäng_procent;status"
    }

    fn explanation_csv_header(&self) -> &'static str {
        {
            "utförar_id;utförare;verksamhet;indikator;namn;värde;antal_svar;status;måluppfyllelse_procent;vikt_procent;effektiv_vikt_procent;bidrag_procentenheter;kronor;motivering"
        }
    }

    fn cli_within_budget(&self, over: Option<&str>, level: &str, total: &str) -> String {
        match over {
            Some(o) => {
                format!("inom budgeten vid varje nivå bortom {o} (vid {level}: summa {total} kr)")
            }
            None => format!("inom budgeten vid nivå {level}: summa {total} kr"),
        }
    }

    fn opened_locked_run(&self, name: &str, findings: Option<&str>) -> String {
        match findings {
            None => format!(
                "Öppnade den fastställda körningen {name}: verifierad, varje fil stämmer byte för byte"
            ),
            Some(f) => format!("Öppnade {name}, men den stämmer inte: {f}"),
        }
    }

    fn plain_number(&self, d: Decimal, dp: u32) -> String {
        format_number(d, Some(dp), false)
    }

    fn import_warning(&self, k: &ImportWarningKind) -> String {
        match k {
            ImportWarningKind::NoTotal { ou, kpi } => {
                format!("{ou} / {kpi}: ingen totalrad (gender T), räknas som saknat")
            }
            ImportWarningKind::Status { ou, kpi, status } => {
                format!("{ou} / {kpi}: status ”{status}”, räknas som saknat")
            }
            ImportWarningKind::NullValue { ou, kpi } => {
                format!("{ou} / {kpi}: värde saknas (null), räknas som saknat")
            }
            ImportWarningKind::UnknownKpi { kpi, posts } => {
                format!("KPI {kpi} finns inte i mappningen: {posts} poster hoppas över")
            }
        }
    }

    fn output_problem(&self, p: &crate::io::error::OutputProblem) -> String {
        use crate::io::error::OutputProblem::*;
        match p {
            Symlink(path) => format!(
                "kunde inte skriva filen: {}",
                LANG.words().symlink_refused(path)
            ),
            NotRegular(kind) => format!(
                "sökvägen är {}, inte en vanlig fil, och skrivs inte över",
                self.special_file(*kind)
            ),
            NameTooLong { length, limit } => {
                format!("filnamnet är {length} byte långt; filsystemet tillåter högst {limit}")
            }
            NoFolder(dir) => format!("mappen {dir} finns inte"),
            FolderNotWritable(dir) => format!("mappen {dir} går inte att skriva i"),
            Io(e) => format!("kunde inte skriva filen ({e})"),
        }
    }

    fn write_outcome(&self, written: &[String], not_written: &[String]) -> String {
        match (written, not_written) {
            ([], [_]) | ([], []) => "inget skrevs".into(),
            ([], all) => format!("ingen av filerna skrevs ({})", all.join(", ")),
            (done, []) => format!(
                "{} skrevs ändå (de gamla filerna kunde inte läggas tillbaka)",
                done.join(", ")
            ),
            (done, left) => format!(
                "{} skrevs ändå (de gamla filerna kunde inte läggas tillbaka); {} skrevs inte",
                done.join(", "),
                left.join(", ")
            ),
        }
    }
}

impl Sv {
    /// Where `v` lies between the two levels (linear and relative scoring).
    fn between(&self, v: &str, zero_at: &Q, full_at: &Q, credit: &Q, dir: Direction) -> String {
        let n = |q: &Q| num(q, 2, LANG);
        if *credit == Q::ONE {
            format!("{v} {} {}: full poäng", dir.at_or_beyond_sign(), n(full_at))
        } else if credit.is_zero() {
            format!(
                "{v} når inte {}: ingen poäng (full vid {})",
                n(zero_at),
                n(full_at)
            )
        } else {
            format!(
                "{v} mellan {} (0 %) och {} (100 %): {}",
                n(zero_at),
                n(full_at),
                pct(credit, LANG)
            )
        }
    }
}
