//! `kvalitetspeng effect`: the effect follow-up (issue 37, `docs/effect.md`): reads a KPI's
//! Kolada municipality data, estimates the effect on the municipality that pays kvalitetspeng
//! against the comparison municipalities, prints it in words and writes it as one CSV row.

use crate::words::Text;
use crate::words::msg;
use std::path::Path;
use std::process::ExitCode;

use crate::domain::effect::{Method, Question, estimate_with};
use crate::io;
use crate::io::fields::printable;
use crate::words::{Lang, Word};

/// The command's arguments as given.
pub struct EffectArgs<'a> {
    pub kolada: &'a Path,
    pub kpi: &'a str,
    pub municipality: &'a str,
    pub introduced: &'a str,
    pub exclude: &'a [String],
    pub out: Option<&'a Path>,
    pub method: Method,
}

/// `--method`: the method's name on the command line.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum MethodArg {
    /// Skillnad i skillnader (difference in differences).
    Did,
    /// Syntetisk kontroll (synthetic control).
    Synth,
}

impl From<MethodArg> for Method {
    fn from(m: MethodArg) -> Self {
        match m {
            MethodArg::Did => Method::DifferenceInDifferences,
            MethodArg::Synth => Method::SyntheticControl,
        }
    }
}

/// `report`'s effect follow-up: the same question as `effect` asks (issue 37).
#[derive(Debug, Clone, clap::Args)]
pub struct ReportEffectArgs {
    /// Lägg till effektuppföljning från Kolada-data, sparad JSON (add an effect follow-up).
    #[arg(long, requires_all = ["kpi", "municipality", "introduced"])]
    pub effect_kolada: Option<std::path::PathBuf>,
    /// KPI för effektuppföljningen, t.ex. N00945 (the KPI).
    #[arg(long, requires = "effect_kolada")]
    pub kpi: Option<String>,
    /// Kommunkoden för kommunen med kvalitetspeng (the treated municipality).
    #[arg(long, requires = "effect_kolada")]
    pub municipality: Option<String>,
    /// Första året med kvalitetspeng (the first year it was paid).
    #[arg(long, requires = "effect_kolada")]
    pub introduced: Option<String>,
    /// Kommuner att inte jämföra med, t.ex. 0114,0123 (municipalities to leave out).
    #[arg(long, value_delimiter = ',', requires = "effect_kolada")]
    pub exclude: Vec<String>,
}

impl ReportEffectArgs {
    /// The request for the report, `None` without `--effect-kolada`, or the exit code after
    /// saying why the year is not one.
    pub fn request(&self, lang: Lang) -> Result<Option<io::usecase::EffectRequest<'_>>, ExitCode> {
        let (Some(kolada), Some(kpi), Some(municipality), Some(introduced)) = (
            &self.effect_kolada,
            &self.kpi,
            &self.municipality,
            &self.introduced,
        ) else {
            return Ok(None);
        };
        let introduced = year(introduced, lang)?;
        Ok(Some(io::usecase::EffectRequest {
            kolada,
            kpi,
            question: question(municipality, introduced, &self.exclude),
        }))
    }
}

/// `--introduced` as a year (four digits, 1900–2200), or the exit code after saying why not.
fn year(text: &str, lang: Lang) -> Result<i32, ExitCode> {
    let t = text.trim();
    t.parse::<i32>()
        .ok()
        .filter(|y| t.len() == 4 && (1900..=2200).contains(y))
        .ok_or_else(|| fail(lang, &msg!(lang.words(), "effect-not-a-year", text)))
}

/// The question asked of the panel.
fn question(municipality: &str, introduced: i32, exclude: &[String]) -> Question {
    Question {
        treated: municipality.trim().to_string(),
        introduced,
        exclude: exclude
            .iter()
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect(),
    }
}

fn fail(lang: Lang, msg: &str) -> ExitCode {
    eprintln!("{}: {}", lang.word(Word::Error), printable(msg, usize::MAX));
    ExitCode::from(2)
}

/// Runs `effect`; 0 when estimated (and written), 2 when an input or the output failed.
pub fn run_effect(a: &EffectArgs<'_>, lang: Lang) -> ExitCode {
    let words = lang.words();
    let introduced = match year(a.introduced, lang) {
        Ok(y) => y,
        Err(code) => return code,
    };
    let read = match io::effect::read_panel(a.kolada, a.kpi) {
        Ok(r) => r,
        Err(e) => {
            for err in &e.errors {
                eprintln!("{}: {}", lang.word(Word::Error), err.text(lang));
            }
            return ExitCode::from(2);
        }
    };
    let question = question(a.municipality, introduced, a.exclude);
    let effect = match estimate_with(&read.panel, &question, a.method) {
        Ok(e) => e,
        Err(e) => {
            let file = io::display_name(a.kolada);
            return fail(lang, &format!("{file}: {}", e.text(lang)));
        }
    };
    if let Some(out) = a.out {
        let bytes = if io::is_xlsx(out) {
            match io::effect::effect_xlsx(&effect) {
                Ok(b) => b,
                Err(e) => return fail(lang, &format!("{}: {e}", io::display_name(out))),
            }
        } else {
            io::effect::effect_csv(&effect)
        };
        let files = [(out.to_path_buf(), bytes)];
        if let Err(e) = io::usecase::write_outputs(&[a.kolada], &files, Vec::new()) {
            return fail(lang, &e.text(lang));
        }
    }
    if read.missing > 0 {
        eprintln!(
            "{}: {}",
            lang.word(Word::Warning),
            msg!(words, "effect-note-missing", n = read.missing)
        );
    }
    for line in words.effect_report(&effect, &printable(a.kpi, 40)) {
        println!("{line}");
    }
    if read.not_municipalities > 0 {
        println!(
            "{}",
            msg!(
                words,
                "effect-note-not-municipalities",
                n = read.not_municipalities
            )
        );
    }
    if let Some(out) = a.out {
        println!("{} {}", lang.word(Word::Wrote), out.display());
    }
    ExitCode::SUCCESS
}

/// Runs `effect providers`: the providers' paths over the periods of the results and their
/// response to the levels; 0 when made (and written), 1 when the rules have errors, 2 when an
/// input or the output failed.
pub fn run_providers(
    inputs: &super::Inputs,
    band: &str,
    out: Option<&Path>,
    lang: Lang,
) -> ExitCode {
    use crate::domain::effect::providers::{PathsError, paths, response};
    let words = lang.words();
    let band = match crate::domain::decimal::parse_number(band) {
        Ok(b) if b > rust_decimal::Decimal::ZERO && b <= rust_decimal::Decimal::from(1_000_000) => {
            b
        }
        _ => return fail(lang, &msg!(words, "effect-providers-bad-band", text = band)),
    };
    let (Some(rules_path), Some(results_path)) = (&inputs.rules, &inputs.results) else {
        return ExitCode::from(2);
    };
    let rules = match io::read_rules(rules_path) {
        Ok(r) => r,
        Err(e) => return fail(lang, &e.text(lang)),
    };
    let results = match io::read_results_with(results_path, &inputs.options()) {
        Ok(r) => r,
        Err(e) => {
            for err in &e.errors {
                eprintln!("{}: {}", lang.word(Word::Error), err.text(lang));
            }
            return ExitCode::from(2);
        }
    };
    let paths = match paths(&rules, &results) {
        Ok(p) => p,
        Err(e) => {
            let code = if matches!(e, PathsError::Rules { .. }) {
                1
            } else {
                2
            };
            let file = io::display_name(rules_path);
            eprintln!("{}: {file}: {}", lang.word(Word::Error), e.text(lang));
            return ExitCode::from(code);
        }
    };
    if let Some(out) = out {
        let files = [(out.to_path_buf(), io::effect::providers_csv(&paths))];
        let ins = [rules_path.as_path(), results_path.as_path()];
        if let Err(e) = io::usecase::write_outputs(&ins, &files, Vec::new()) {
            return fail(lang, &e.text(lang));
        }
    }
    let r = response(&paths, band);
    for line in words
        .providers_paths(&paths)
        .into_iter()
        .chain(words.providers_response(&r, paths.periods.len()))
    {
        println!("{line}");
    }
    if let Some(out) = out {
        println!("{} {}", lang.word(Word::Wrote), out.display());
    }
    ExitCode::SUCCESS
}
