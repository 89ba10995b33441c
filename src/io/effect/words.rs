//! The effect follow-up in words (issue 37): the estimate, its interval and p-value, the
//! pre-period fit, what can and cannot be concluded, and why an estimate could not be made.

use crate::words::Word;
use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use crate::domain::effect::{Effect, Interval, Method};
use crate::words::{Words, msg};

/// The p-value at or below which an estimate is called significant (5 %).
const LEVEL: f64 = 0.05;

impl Words {
    /// A statistic with `dp` decimals in this language (with its minus sign).
    fn stat(&self, x: f64, dp: u32) -> String {
        Decimal::from_f64(x)
            .map(|d| self.number(d, Some(dp)))
            .unwrap_or_else(|| x.to_string())
    }

    /// Years as a span, `2014–2018`, or a list when they have gaps.
    fn years(&self, ys: &[i32]) -> String {
        let contiguous = ys.windows(2).all(|w| w[1] == w[0] + 1);
        match ys {
            [] => String::new(),
            [one] => one.to_string(),
            [first, .., last] if contiguous => format!("{first}–{last}"),
            _ => ys.iter().map(i32::to_string).collect::<Vec<_>>().join(", "),
        }
    }

    /// The estimate of KPI `kpi` in lines: what was compared, the effect, its interval and
    /// p-value, the pre-period fit, the detectable effect, notes and the conclusion.
    pub fn effect_report(&self, e: &Effect, kpi: &str) -> Vec<String> {
        let n = e.comparisons();
        let p = self.stat(e.p_value, 3);
        let mut lines = vec![
            msg!(
                self,
                "effect-title",
                kpi,
                municipality = &e.treated,
                year = e.introduced
            ),
            self.effect_method(e),
        ];
        if e.method == Method::SyntheticControl {
            lines.push(self.effect_weights(e));
        }
        lines.push(msg!(
            self,
            "effect-estimate",
            effect = self.stat(e.effect, 2)
        ));
        lines.push(match e.interval {
            Interval::Bounded { low, high } => msg!(
                self,
                "effect-interval",
                low = self.stat(low, 2),
                high = self.stat(high, 2)
            ),
            Interval::Unbounded { needed } => msg!(self, "effect-interval-unbounded", needed),
        });
        lines.push(msg!(self, "effect-p-value", p, as_large = e.as_large, n));
        lines.push(match e.pre_rmse {
            Some(rmse) => msg!(self, "effect-pre-fit", rmse = self.stat(rmse, 2)),
            None => self.lang().word(Word::EffectPreFitNone).into(),
        });
        lines.push(match e.pre_trend {
            Some(t) => msg!(
                self,
                "effect-pre-trend",
                slope = self.stat(t.slope, 2),
                p = self.stat(t.p_value, 3)
            ),
            None => self.lang().word(Word::EffectPreTrendNone).into(),
        });
        lines.push(match e.detectable {
            Some(d) => msg!(self, "effect-detectable", mde = self.stat(d, 2)),
            None => self.lang().word(Word::EffectDetectableNone).into(),
        });
        lines.extend(self.effect_notes(e));
        lines.push(self.effect_conclusion(e));
        lines.push(msg!(
            self,
            "effect-smallest-p",
            n,
            n1 = n + 1,
            p = self.stat(e.smallest_p(), 3)
        ));
        lines
    }

    /// The method, the number of comparison municipalities and the years.
    fn effect_method(&self, e: &Effect) -> String {
        let (n, pre, post) = (
            e.comparisons(),
            self.years(&e.pre_years),
            self.years(&e.post_years),
        );
        match e.method {
            Method::DifferenceInDifferences => msg!(self, "effect-method", n, pre, post),
            Method::SyntheticControl => msg!(self, "effect-method-synthetic", n, pre, post),
        }
    }

    /// A synthetic control's weights above 0.001, largest first (the ten largest).
    fn effect_weights(&self, e: &Effect) -> String {
        let mut w: Vec<&(String, f64)> = e.weights.iter().filter(|(_, w)| *w > 0.001).collect();
        w.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut weights = w
            .iter()
            .take(10)
            .map(|(code, w)| format!("{code} {}", self.stat(*w, 3)))
            .collect::<Vec<_>>()
            .join("; ");
        if w.len() > 10 {
            weights.push_str("; …");
        }
        msg!(self, "effect-weights", weights)
    }

    /// Notes on what the estimate left out.
    fn effect_notes(&self, e: &Effect) -> Vec<String> {
        let mut notes = Vec::new();
        if !e.dropped.is_empty() {
            let codes: Vec<&str> = e.dropped.iter().map(|(c, _)| c.as_str()).collect();
            notes.push(msg!(
                self,
                "effect-note-dropped",
                n = codes.len(),
                codes = codes.join(", ")
            ));
        }
        if !e.unused_years.is_empty() {
            let years = self.years(&e.unused_years);
            notes.push(msg!(self, "effect-note-unused-years", years));
        }
        if !e.unknown_excluded.is_empty() {
            let codes = e.unknown_excluded.join(", ");
            notes.push(msg!(self, "effect-note-unknown-excluded", codes));
        }
        notes
    }

    /// What can and cannot be concluded, with a warning first when the pre-period trend
    /// questions parallel trends.
    fn effect_conclusion(&self, e: &Effect) -> String {
        let p = self.stat(e.p_value, 3);
        let mut text = match (e.interval, e.detectable) {
            (Interval::Bounded { low, high }, Some(mde)) => {
                let (low, high, mde) = (self.stat(low, 2), self.stat(high, 2), self.stat(mde, 2));
                if e.p_value <= LEVEL {
                    msg!(self, "effect-conclusion-significant", p, low, high)
                } else {
                    msg!(self, "effect-conclusion-not-significant", p, low, high, mde)
                }
            }
            _ => self.lang().word(Word::EffectConclusionUnbounded).into(),
        };
        if let Some(t) = e.pre_trend.filter(|t| t.p_value <= LEVEL) {
            let p = self.stat(t.p_value, 3);
            text = format!("{}\n{text}", msg!(self, "effect-warning-pre-trend", p));
        }
        text
    }
}
