//! The words of a provider's statement (`io::report::statement`): an indicator's facts on one
//! line, from the same explanation as the report's appendix.

use super::Lang;
use super::number::format_number_lang;
use crate::domain::explanation::IndicatorResult;

impl IndicatorResult {
    /// The indicator's facts for a statement, e.g. `värde 86 % · 20 svarande · 95 % KI … ·
    /// 86 ≥ 80: uppnått · poängandel 100,0 % × vikt 50,0 % = 50,00 poäng`.
    pub fn statement_facts(&self, lang: Lang) -> String {
        let w = lang.words();
        let mut parts = Vec::new();
        if let Some(v) = &self.value {
            parts.push(w.statement_value(&format!(
                "{}{}",
                super::scorers::num(v, 2, lang),
                self.unit.suffix()
            )));
        }
        if let Some(n) = self.respondents {
            parts.push(w.statement_respondents(&n));
        }
        parts.extend(self.interval_text(lang));
        let level = self.reason(lang);
        if !level.is_empty() {
            parts.push(w.statement_level(&level));
        }
        parts.push(w.statement_credit(
            &format_number_lang(self.credit.percent(1), Some(1), lang),
            &format_number_lang(self.effective_weight.percent(1), Some(1), lang),
            &format_number_lang(self.contribution.percent(2), Some(2), lang),
        ));
        parts.join(" · ")
    }
}
