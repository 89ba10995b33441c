//! The names of the rules' and results' kinds: units, directions, scoring modes, payout bases, service types, regi.

use super::{Lang, Word};
use crate::domain::payout::{Arg, Msg};
use crate::domain::results::{Regi, ServiceType};
use crate::domain::rules::*;

impl Uncertainty {
    pub fn label(self, dir: Direction, lang: Lang) -> &'static str {
        match (self, self.uses_lower(dir)) {
            (Uncertainty::Estimate, _) => lang.word(Word::PointEstimate),
            (Uncertainty::Cautious, true) => lang.word(Word::LowerBoundPayOnly),
            (Uncertainty::Cautious, false) => lang.word(Word::UpperBoundPayOnly),
            (Uncertainty::BenefitOfDoubt, true) => lang.word(Word::LowerBoundBenefitOf),
            (Uncertainty::BenefitOfDoubt, false) => lang.word(Word::UpperBoundBenefitOf),
        }
    }
}

impl Unit {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Unit::Percent => lang.word(Word::Percent),
            Unit::Count => lang.word(Word::Count),
            Unit::Score => lang.word(Word::Score),
        }
    }
}

impl Direction {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Direction::HigherIsBetter => lang.word(Word::HigherIsBetter),
            Direction::LowerIsBetter => lang.word(Word::LowerIsBetter),
        }
    }
}

impl ScoringKind {
    pub fn label(self, lang: Lang) -> &'static str {
        lang.text(self.label_id())
    }
}

impl PeerLevel {
    pub fn label(&self, lang: Lang) -> String {
        match self {
            PeerLevel::Percentile(p) => lang.words().percentile(*p),
            PeerLevel::TopDecileMean => lang.word(Word::MeanOfTopDecile).into(),
            PeerLevel::Mean => lang.word(Word::Mean).into(),
        }
    }
}

impl MissingDataPolicy {
    pub fn label(&self, lang: Lang) -> String {
        match self {
            MissingDataPolicy::ZeroCredit => lang.word(Word::ZeroCredit).into(),
            MissingDataPolicy::Renormalize => lang.word(Word::LeaveOutAndRe).into(),
            MissingDataPolicy::FallbackShare(p) => lang.words().fallback_share(*p),
        }
    }
}

impl VolumeUnit {
    /// The unit as a language file's selector chooses by it (not shown).
    pub(super) fn code(self) -> &'static str {
        match self {
            VolumeUnit::Hour => "hour",
            VolumeUnit::BedDay => "bed-day",
            VolumeUnit::Place => "place",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            VolumeUnit::Hour => lang.word(Word::PerformedHours),
            VolumeUnit::BedDay => lang.word(Word::OccupiedBedDays),
            VolumeUnit::Place => lang.word(Word::Places),
        }
    }

    /// A short unit after a number in a table: `52 750 tim`, `14 600 dygn`, `40 pl.`.
    pub fn short(self, lang: Lang) -> &'static str {
        match self {
            VolumeUnit::Hour => lang.word(Word::H),
            VolumeUnit::BedDay => lang.word(Word::BedDays),
            VolumeUnit::Place => lang.word(Word::PlacesShort),
        }
    }

    /// Singular, for "kr per …".
    pub fn singular(self, lang: Lang) -> &'static str {
        match self {
            VolumeUnit::Hour => lang.word(Word::Hour),
            VolumeUnit::BedDay => lang.word(Word::BedDay),
            VolumeUnit::Place => lang.word(Word::Place),
        }
    }
}

impl PayoutBase {
    pub fn kind_label(&self, lang: Lang) -> &'static str {
        lang.text(self.base().label())
    }
}

impl PayoutKind {
    pub fn text(self, lang: Lang) -> &'static str {
        lang.text(self.label())
    }
}

impl Lang {
    /// A rule module's sentence ([`Msg`]) in this language, for a scheme counting `unit`.
    pub fn say(self, m: &Msg, unit: VolumeUnit) -> String {
        self.say_in(m, Some(unit))
    }

    /// A rule module's sentence ([`Msg`]) that names no volume unit (a scoring mode's).
    pub fn say_plain(self, m: &Msg) -> String {
        self.say_in(m, None)
    }

    fn say_in(self, m: &Msg, unit: Option<VolumeUnit>) -> String {
        let values: Vec<String> = m.args.iter().map(|(_, a)| self.arg(a, unit)).collect();
        let args: Vec<(&str, &dyn std::fmt::Display)> = m
            .args
            .iter()
            .zip(&values)
            .map(|((name, _), v)| (*name, v as &dyn std::fmt::Display))
            .collect();
        self.message(m.id, &args)
    }

    /// One value of a [`Msg`] written as its kind says.
    pub(crate) fn arg(self, a: &Arg, unit: Option<VolumeUnit>) -> String {
        let w = self.words();
        let no_unit = || {
            debug_assert!(false, "a volume unit in a sentence without one");
            String::new()
        };
        match a {
            Arg::Num(d) => w.number(*d, None),
            Arg::Trimmed(d) => super::prose::n(*d, self),
            Arg::Num2(d) => w.number(*d, Some(2)),
            Arg::Fixed(d, dp) => w.number(*d, Some(*dp)),
            Arg::Kr(d) => super::prose::kr(*d, self),
            Arg::UnitSingular => unit.map_or_else(no_unit, |u| u.singular(self).to_string()),
            Arg::UnitLabel => unit.map_or_else(no_unit, |u| u.label(self).to_string()),
            Arg::Key(k, none) => k.map_or(*none, |k| k.label(self)).to_string(),
            Arg::Text(id) => id.map_or("", |id| self.text(id)).to_string(),
            Arg::Plain(s) => s.clone(),
            Arg::Level(d, u) => super::prose::level(*d, *u, self),
            Arg::AtLeast(dir) => super::prose::at_least(*dir, self).to_string(),
            Arg::OrWorse(dir) => super::prose::or_worse(*dir, self).to_string(),
            Arg::AtOrBeyondSign(dir) => dir.at_or_beyond_sign().to_string(),
            Arg::Peer(p) => p.label(self),
            Arg::PeerOfPeers(p) => super::prose::peer_level(p, self),
            Arg::List {
                items,
                sep,
                capital,
            } => {
                let parts: Vec<String> = items.iter().map(|m| self.say_in(m, unit)).collect();
                let mut s = parts.join(sep);
                if *capital && let Some(first) = s.get_mut(0..1) {
                    first.make_ascii_uppercase();
                }
                s
            }
        }
    }
}

impl PotKey {
    /// The key as a language file's selector chooses by it (not shown).
    pub(super) fn code(self) -> &'static str {
        match self {
            PotKey::Equal => "equal",
            PotKey::Credit => "credit",
            PotKey::Volume => "volume",
            PotKey::CreditTimesVolume => "credit-volume",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            PotKey::Equal => lang.word(Word::EqualParts),
            PotKey::Credit => lang.word(Word::ByScore),
            PotKey::Volume => lang.word(Word::ByVolume),
            PotKey::CreditTimesVolume => lang.word(Word::ByScoreVolume),
        }
    }
}

impl ServiceType {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ServiceType::Hemtjanst => lang.word(Word::HomeCare),
            ServiceType::Sabo => lang.word(Word::NursingHome),
        }
    }
}

impl Regi {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Regi::EgenRegi => lang.word(Word::Municipal),
            Regi::Privat => lang.word(Word::Private),
        }
    }
}

impl crate::domain::results::ImportWarning {
    /// The warning in words, located: `fil.json, post 3: …`.
    pub fn text(&self, lang: Lang) -> String {
        let w = lang.words();
        let mut s = self.file.clone();
        if let Some(p) = self.post {
            s.push_str(&w.at_post(p));
        }
        s.push_str(": ");
        s.push_str(&w.import_warning(&self.kind));
        s
    }
}
