//! The providers within the municipality in words (issue 37, item 2): each provider's path
//! per indicator against the levels and its payouts, and whether providers just below a level
//! improve more than those just above, with "too few providers to tell" when that is so.

use crate::words::Word;
use rust_decimal::Decimal;

use crate::domain::effect::providers::{Group, Paths, RESAMPLES, Response};
use crate::domain::textcheck::printable;
use crate::words::{Words, msg};

impl Words {
    /// Every provider's payouts and its results per indicator over the periods, in lines.
    pub fn providers_paths(&self, paths: &Paths) -> Vec<String> {
        let periods = paths
            .periods
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        let n = paths.providers.len();
        let mut lines = vec![msg!(self, "effect-providers-title", n, periods)];
        for p in &paths.providers {
            let payouts = p
                .payouts
                .iter()
                .map(|x| x.map_or_else(|| "–".to_string(), |d| self.kr(d)))
                .collect::<Vec<_>>()
                .join(" → ");
            let (id, name) = (printable(&p.id, 40), printable(&p.name, 80));
            lines.push(msg!(self, "effect-providers-provider", id, name, payouts));
            for (i, ind) in paths.indicators.iter().enumerate() {
                if ind.service_type != p.service_type || p.values[i].iter().all(Option::is_none) {
                    continue;
                }
                let sign = ind.direction.at_or_beyond_sign();
                let levels = ind
                    .levels
                    .iter()
                    .map(|l| {
                        format!(
                            "{sign} {}{}",
                            self.number(l.normalize(), None),
                            ind.unit.suffix()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                let values = p.values[i]
                    .iter()
                    .map(|v| {
                        v.as_ref().map_or_else(
                            || "–".to_string(),
                            |v| self.number(v.round_dp(2).normalize(), None),
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" → ");
                let line = msg!(
                    self,
                    "effect-providers-indicator",
                    id = &ind.id,
                    levels,
                    values
                );
                lines.push(format!("  {line}"));
            }
        }
        lines
    }

    /// The response to the levels: the two groups, the difference, its correction and
    /// interval, and what can and cannot be concluded.
    pub fn providers_response(&self, r: &Response, periods: usize) -> Vec<String> {
        if periods < 2 {
            return vec![self.lang().word(Word::EffectProvidersOnePeriod).into()];
        }
        let band = self.number(r.band.normalize(), None);
        let mut lines = vec![msg!(self, "effect-providers-band", band)];
        let group = |id: &'static str, g: &Group| -> String {
            let (providers, results) = (g.providers, g.results);
            if results == 0 {
                return msg!(
                    self,
                    "effect-providers-group-empty",
                    which = self.lang().text(id),
                    providers
                );
            }
            let (distance, change) = (self.stat2(g.mean_distance), self.stat2(g.mean_change));
            let which = self.lang().text(id);
            msg!(
                self,
                "effect-providers-group",
                which,
                providers,
                results,
                distance,
                change
            )
        };
        lines.push(group("effect-providers-below", &r.below));
        lines.push(group("effect-providers-above", &r.above));
        let Some(e) = r.estimate else {
            lines.push(msg!(
                self,
                "effect-providers-too-few",
                below = r.below.providers,
                above = r.above.providers,
                needed = crate::domain::effect::providers::MIN_PROVIDERS
            ));
            return lines;
        };
        lines.push(msg!(
            self,
            "effect-providers-difference",
            difference = self.stat2(e.difference),
            slope = self.stat2(e.slope),
            effect = self.stat2(e.effect)
        ));
        let (low, high) = (self.stat2(e.low), self.stat2(e.high));
        let resamples = self.number(Decimal::from(RESAMPLES as u64), None);
        lines.push(msg!(
            self,
            "effect-providers-interval",
            low,
            high,
            resamples
        ));
        lines.push(if e.low > 0.0 {
            msg!(self, "effect-providers-conclusion-more", low, high)
        } else if e.high < 0.0 {
            msg!(self, "effect-providers-conclusion-less", low, high)
        } else {
            msg!(self, "effect-providers-conclusion-none", low, high)
        });
        lines
    }

    /// Kronor with two decimals.
    fn kr(&self, d: Decimal) -> String {
        format!("{} kr", self.number(d, Some(2)))
    }

    /// A statistic with two decimals (and this language's minus sign).
    fn stat2(&self, x: f64) -> String {
        use rust_decimal::prelude::FromPrimitive;
        Decimal::from_f64(x)
            .map(|d| self.number(d, Some(2)))
            .unwrap_or_else(|| x.to_string())
    }
}
