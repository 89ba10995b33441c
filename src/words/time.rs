//! Time stamps as people read them: a stored UTC time (`2026-12-06T06:27:00Z`) in Swedish
//! time, in words (`6 december 2026 kl. 07.27`). Files for machines (the manifest, the audit
//! rows) keep UTC; this is for the report, verification output and the app.
//!
//! Swedish time, not the computer's zone: the documents are a Swedish municipality's, and a
//! locked run's report is made again when it is verified, so it must read the same on a
//! computer set to another zone (a server in UTC).

use super::{Lang, Words};

impl Words {
    /// A UTC time stamp (`YYYY-MM-DDTHH:MM:SSZ`) in Swedish time, in words. A text that is
    /// not such a time stamp is shown as it is.
    pub fn time_in_words(&self, utc: &str) -> String {
        self.time_in_zone(utc, &swedish_time())
    }

    /// [`Self::time_in_words`] in the time zone `tz`.
    pub fn time_in_zone(&self, utc: &str, tz: &jiff::tz::TimeZone) -> String {
        let Ok(t) = utc.parse::<jiff::Timestamp>() else {
            return utc.to_string();
        };
        let z = t.to_zoned(tz.clone());
        let month = msg!(self, "month-name", month = z.month());
        msg!(
            self,
            "time-in-words",
            day = z.day(),
            month,
            year = z.year(),
            hour = format!("{:02}", z.hour()),
            minute = format!("{:02}", z.minute())
        )
    }
}

/// Sweden's time zone (CET/CEST), from the time zone data bundled in the program when the
/// computer has none.
fn swedish_time() -> jiff::tz::TimeZone {
    static ZONE: std::sync::OnceLock<jiff::tz::TimeZone> = std::sync::OnceLock::new();
    ZONE.get_or_init(|| {
        jiff::tz::TimeZone::get("Europe/Stockholm")
            .expect("the bundled time zone data has Europe/Stockholm")
    })
    .clone()
}

/// [`Words::time_in_words`] in `lang`.
pub fn time_in_words(utc: &str, lang: Lang) -> String {
    lang.words().time_in_words(utc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_utc_time_reads_as_local_time_in_words() {
        let stockholm = jiff::tz::TimeZone::get("Europe/Stockholm").unwrap();
        let sv = Lang::Sv.words();
        assert_eq!(
            sv.time_in_zone("2026-12-06T06:27:00Z", &stockholm),
            "6 december 2026 kl. 07.27"
        );
        // Summer time: two hours after UTC.
        assert_eq!(
            sv.time_in_zone("2026-07-01T21:05:09Z", &stockholm),
            "1 juli 2026 kl. 23.05"
        );
        assert_eq!(
            Lang::En
                .words()
                .time_in_zone("2026-12-06T06:27:00Z", &stockholm),
            "6 December 2026 at 07:27"
        );
        assert_eq!(sv.time_in_words("(ej sparad)"), "(ej sparad)");
        // Whatever zone the computer is set to.
        assert_eq!(
            sv.time_in_words("2026-12-06T06:27:00Z"),
            "6 december 2026 kl. 07.27"
        );
    }
}
