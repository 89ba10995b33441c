//! The command-line front end.
//!
//! * `kvalitetspeng calc --rules R.ron --results X.csv [--out payouts.csv] [--explain]`
//! * `kvalitetspeng` (no subcommand) starts the desktop app, optionally with `--rules`/`--results`.

mod advances;
mod decide;
mod effect;
mod locked;
mod standards;
mod text;

pub use text::{explanation_text, payout_table_text, write_explanation_text};

use crate::io::fields::printable;
use crate::words::Text;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use crate::io;
use crate::io::usecase;
use crate::words::{Lang, Word};

/// Kvalitetspeng: beräkning av kvalitetspeng för hemtjänst och särskilt boende.
#[derive(Debug, Parser)]
#[command(
    name = "kvalitetspeng",
    version,
    about,
    after_help = "Utan kommando startar skrivbordsprogrammet, med --rules och --results om de ges \
                  (without a command the desktop app starts, with --rules and --results if given)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Regelfil att öppna i programmet (rule file to open in the app).
    #[arg(long)]
    pub rules: Option<PathBuf>,
    /// Resultatfil att öppna i programmet (results file to open in the app).
    #[arg(long)]
    pub results: Option<PathBuf>,
    /// Språk för utskrifter och fel (language).
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,
}

/// The inputs of a calculation on the command line.
#[derive(Debug, Clone, clap::Args)]
pub struct Inputs {
    /// Regelfil, .ron (rule file).
    #[arg(long, required = true)]
    pub rules: Option<PathBuf>,
    /// Resultatfil: .csv, .xlsx/.xls/.ods eller Kolada .json (results file).
    #[arg(long, required = true)]
    pub results: Option<PathBuf>,
    /// Blad i en arbetsbok med resultat (sheet of a results workbook; default the first).
    #[arg(long)]
    pub sheet: Option<String>,
    /// Mappningsfil för Kolada-data (mapping file for Kolada JSON results).
    #[arg(long)]
    pub mapping: Option<PathBuf>,
}

impl Inputs {
    /// The files as the locked-run commands take them; `None` without both (clap requires
    /// them, so that is not reached).
    fn sources(&self) -> Option<locked::Sources<'_>> {
        Some(locked::Sources {
            rules: self.rules.as_deref()?,
            results: self.results.as_deref()?,
            mapping: self.mapping.as_deref(),
            sheet: self.sheet.as_deref(),
        })
    }

    fn options(&self) -> io::ResultsOptions {
        io::ResultsOptions {
            sheet: self.sheet.clone(),
            mapping: self.mapping.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    Sv,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Sv => Lang::Sv,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Effektuppföljning: ändrades KPI:n när kvalitetspengen infördes? Skillnad i skillnader mot
    /// jämförelsekommuner med placebotest (effect follow-up, see docs/effect.md).
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Effect {
        /// Utförarna inom kommunen i stället (the providers within the municipality instead).
        #[command(subcommand)]
        providers: Option<EffectCommand>,
        /// Kolada-data på kommunnivå, sparad JSON (Kolada's municipality-level data).
        #[arg(long, required = true)]
        kolada: Option<PathBuf>,
        /// KPI, t.ex. N00945 (the KPI).
        #[arg(long, required = true)]
        kpi: Option<String>,
        /// Kommunkoden för kommunen med kvalitetspeng, t.ex. 0180 (the treated municipality).
        #[arg(long, required = true)]
        municipality: Option<String>,
        /// Första året med kvalitetspeng (the first year it was paid).
        #[arg(long, required = true)]
        introduced: Option<String>,
        /// Kommuner att inte jämföra med, t.ex. 0114,0123 (municipalities to leave out).
        #[arg(long, value_delimiter = ',')]
        exclude: Vec<String>,
        /// Skriv resultatet som en CSV-rad (write the result as one CSV row).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Metod: did (skillnad i skillnader) eller synth (syntetisk kontroll) (method).
        #[arg(long, value_enum, default_value = "did")]
        method: effect::MethodArg,
    },
    /// Skapa ett genererat dataset i nationell skala (generate a national-scale dataset).
    Generate {
        /// Katalog att skriva rules.ron och results.csv i (output folder).
        #[arg(long)]
        out_dir: PathBuf,
        /// Antal utförare (providers).
        #[arg(long, default_value_t = 5000)]
        providers: usize,
        /// Indikatorer per verksamhet (indicators per scheme).
        #[arg(long, default_value_t = 20)]
        indicators: usize,
        /// Månader 2025 (monthly periods, 1–12).
        #[arg(long, default_value_t = 12)]
        months: usize,
        /// Slumpfrö (seed).
        #[arg(long, default_value_t = 2025)]
        seed: u64,
    },
    /// Beräkna kvalitetspeng och skriv utbetalningstabellen (compute and write the payout table).
    Calc {
        #[command(flatten)]
        inputs: Inputs,
        /// Utbetalningstabell att skriva: .csv (med .verifikation.csv) eller .xlsx (payout table to write).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Skriv förklaringen per indikator (print the per-indicator explanation).
        #[arg(long)]
        explain: bool,
        /// Skriv förklaringen per indikator som CSV hit (write the explanation table here).
        #[arg(long)]
        explain_out: Option<PathBuf>,
    },
    /// Jämför två beräkningar: två regelfiler, eller två resultatfiler (compare two calculations).
    Compare {
        #[command(flatten)]
        inputs: Inputs,
        /// Regelfil B (rule file B; default: the same as --rules).
        #[arg(long)]
        rules_b: Option<PathBuf>,
        /// Resultatfil B (results file B; default: the same as --results).
        #[arg(long)]
        results_b: Option<PathBuf>,
        /// Skriv jämförelsen: .csv (med .verifikation.csv) eller .xlsx (write the comparison).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Räkna fram satsen som håller en budget (solve the rate for a budget).
    Solve {
        #[command(flatten)]
        inputs: Inputs,
        /// Verksamhet: hemtjanst eller sabo (scheme; required unless --level).
        #[arg(long)]
        scheme: Option<String>,
        /// Budget i kronor (budget, kr).
        #[arg(long, allow_hyphen_values = true)]
        budget: String,
        /// I stället för satsen: nivån där summan passerar budgeten, t.ex.
        /// hemtjanst.ht_plan.level eller hemtjanst.min_score (the level where the total crosses the budget).
        #[arg(long)]
        level: Option<String>,
        /// Skriv regelfilen med den nya satsen (write the rule file with the rate set; needs --out).
        #[arg(long)]
        apply: bool,
        /// Ny regelfil (.ron) för --apply (the new rule file).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Skriv beslutsunderlaget som PDF (write the decision report as PDF).
    Report {
        #[command(flatten)]
        inputs: Inputs,
        /// Jämför med en annan regelfil, t.ex. förra årets (compare with another rule file).
        #[arg(long)]
        compare_rules: Option<PathBuf>,
        /// Beslutets diarienummer/paragraf, t.ex. "ÄN 2026-03-12 §14" (decision reference).
        #[arg(long)]
        decision: Option<String>,
        #[command(flatten)]
        effect: effect::ReportEffectArgs,
        /// PDF-fil att skriva (the PDF to write).
        #[arg(long)]
        out: PathBuf,
    },
    /// Skriv ett utskick per utförare som PDF (write one statement per provider).
    Statements {
        #[command(flatten)]
        inputs: Inputs,
        /// Beslutets diarienummer/paragraf (decision reference).
        #[arg(long)]
        decision: Option<String>,
        /// Mapp att skriva utskicken i; skapas om den saknas (folder to write them in).
        #[arg(long)]
        out: PathBuf,
    },
    /// Fastställ en körning: ett arkiv (.kvp) med indata, utdata och manifest (lock a run).
    Lock {
        #[command(flatten)]
        inputs: Inputs,
        /// Beslutets diarienummer/paragraf (decision reference).
        #[arg(long)]
        decision: Option<String>,
        /// Ta med beslutsunderlaget (PDF) i arkivet (include the decision report).
        #[arg(long)]
        report: bool,
        /// Arkivet att skriva, .kvp (the archive to write).
        #[arg(long)]
        out: PathBuf,
    },
    /// Kontrollera en fastställd körning: räkna om och jämför byte för byte (verify a locked run).
    Verify {
        /// Arkivet, .kvp (the archive).
        archive: PathBuf,
    },
    /// Rätta en fastställd körning med rättade resultat (correct a locked run).
    Correct {
        /// Den fastställda körningen, .kvp (the locked run).
        #[arg(long)]
        locked: PathBuf,
        /// Rättad resultatfil (corrected results file).
        #[arg(long)]
        results: PathBuf,
        /// Blad i en arbetsbok (sheet of a workbook).
        #[arg(long)]
        sheet: Option<String>,
        /// Mappningsfil för Kolada-data (Kolada mapping; default the archived one).
        #[arg(long)]
        mapping: Option<PathBuf>,
        /// Skillnaden som CSV (the difference as CSV).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Beslutsunderlag för rättelsen, PDF (report of the correction).
        #[arg(long)]
        report: Option<PathBuf>,
        /// Fastställ den rättade körningen som nytt arkiv (lock the corrected run).
        #[arg(long)]
        lock: Option<PathBuf>,
        /// Beslutets referens för rättelsen (decision reference of the correction).
        #[arg(long)]
        decision: Option<String>,
    },
    /// Fastställ nivåer ur en basperiods resultat och skriv dem i en ny regelfil (fix the
    /// levels a rule file sets from a baseline period; see docs/rule-file.md).
    Standards {
        /// Regelfil med nivåer att fastställa, .ron (rule file).
        #[arg(long)]
        rules: PathBuf,
        /// Basperiodens resultat: .csv, .xlsx/.xls/.ods eller Kolada .json (baseline results).
        #[arg(long)]
        results_baseline: PathBuf,
        /// Blad i en arbetsbok med resultat (sheet of a results workbook; default the first).
        #[arg(long)]
        sheet: Option<String>,
        /// Mappningsfil för Kolada-data (mapping file for Kolada JSON results).
        #[arg(long)]
        mapping: Option<PathBuf>,
        /// Ny regelfil att skriva, .ron (the new rule file).
        #[arg(long)]
        out: PathBuf,
    },
    /// Förskottsplan: förskotten per utförare och omgång enligt regelfilens förskottsregel
    /// (advance plan, CSV or XLSX; see docs/rule-file.md).
    Advances {
        #[command(flatten)]
        inputs: Inputs,
        /// Planen att skriva, .csv eller .xlsx (the plan to write).
        #[arg(long)]
        out: PathBuf,
    },
    /// Variera en parameter i steg (sensitivity sweep), t.ex. --param hemtjanst.ht_helhet.level.
    Sweep {
        #[command(flatten)]
        inputs: Inputs,
        /// Parameter, se docs/decide.md (parameter path).
        #[arg(long)]
        param: String,
        /// Från (from).
        #[arg(long, allow_hyphen_values = true)]
        from: String,
        /// Till (to).
        #[arg(long, allow_hyphen_values = true)]
        to: String,
        /// Antal värden, 2–1 000 (number of values).
        #[arg(long, default_value = "5", allow_hyphen_values = true)]
        steps: String,
        /// Skriv tabellen: .csv eller .xlsx (write the table).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// `effect`'s subcommand.
#[derive(Debug, Subcommand)]
pub enum EffectCommand {
    /// Utförarnas utveckling per period mot nivåerna, och om de strax under en nivå förbättrar
    /// sig mer än de strax över (the providers' paths and their response to the levels).
    Providers {
        #[command(flatten)]
        inputs: Inputs,
        /// Bandets bredd kring en nivå, i indikatorns enhet (the band around a level; default 5).
        #[arg(long, default_value = "5", allow_hyphen_values = true)]
        band: String,
        /// Skriv utförarnas utveckling som CSV (write the paths as CSV).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// Without a subcommand: the desktop app (if this build has it), with the files given.
#[allow(unused_variables)] // which are used depends on the `gui` feature
fn start_app(
    rules: Option<std::path::PathBuf>,
    results: Option<std::path::PathBuf>,
    ui_lang: Option<Lang>,
    lang: Lang,
) -> ExitCode {
    #[cfg(feature = "gui")]
    return crate::ui::run_app(rules, results, ui_lang);
    #[cfg(not(feature = "gui"))]
    {
        eprintln!("{}", lang.word(Word::BuiltWithoutTheDesktop));
        ExitCode::from(2)
    }
}

/// Runs the CLI; returns the process exit code.
/// 0: ok, 1: the rules have errors, 2: an input or output file could not be used.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang: Lang = cli.lang.map(Into::into).unwrap_or_default();
    let Some(command) = cli.command else {
        return start_app(cli.rules, cli.results, cli.lang.map(Into::into), lang);
    };
    match command {
        Command::Compare { .. } | Command::Solve { .. } | Command::Sweep { .. } => {
            run_decision(command, lang)
        }
        Command::Report { .. }
        | Command::Statements { .. }
        | Command::Lock { .. }
        | Command::Verify { .. }
        | Command::Correct { .. } => run_locked(command, lang),
        Command::Standards {
            rules,
            results_baseline,
            sheet,
            mapping,
            out,
        } => standards::run(
            &io::standards::StandardsRequest {
                rules: &rules,
                baseline: &results_baseline,
                opts: &io::ResultsOptions { sheet, mapping },
                out: &out,
            },
            lang,
        ),
        Command::Advances { inputs, out } => advances::run(&inputs, &out, lang),
        Command::Effect {
            providers: Some(EffectCommand::Providers { inputs, band, out }),
            ..
        } => effect::run_providers(&inputs, &band, out.as_deref(), lang),
        Command::Effect {
            providers: None,
            kolada: Some(kolada),
            kpi: Some(kpi),
            municipality: Some(municipality),
            introduced: Some(introduced),
            exclude,
            out,
            method,
        } => effect::run_effect(
            &effect::EffectArgs {
                kolada: &kolada,
                kpi: &kpi,
                municipality: &municipality,
                introduced: &introduced,
                exclude: &exclude,
                out: out.as_deref(),
                method: method.into(),
            },
            lang,
        ),
        // clap requires these arguments without a subcommand: not reached.
        Command::Effect { .. } => {
            Cli::command().print_help().ok();
            ExitCode::from(2)
        }
        Command::Generate {
            out_dir,
            providers,
            indicators,
            months,
            seed,
        } => {
            let spec = crate::generate::GenSpec {
                providers,
                indicators,
                months: months.clamp(1, 12),
                seed,
            };
            match generate_files(&out_dir, &spec) {
                Ok(()) => {
                    println!(
                        "{} {} ({} {})",
                        lang.word(Word::Wrote),
                        out_dir.display(),
                        spec.rows(),
                        lang.word(Word::Rows)
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!(
                        "{}: {}",
                        lang.word(Word::Error),
                        io::FileError::write(&out_dir.display().to_string(), &e).text(lang)
                    );
                    ExitCode::from(2)
                }
            }
        }
        Command::Calc {
            inputs,
            out,
            explain,
            explain_out,
        } => {
            let opts = inputs.options();
            let (Some(rules), Some(results)) = (inputs.rules, inputs.results) else {
                eprintln!("{}", lang.word(Word::CalcNeedsRulesAnd));
                return ExitCode::from(2);
            };
            run_calc(
                &rules,
                &results,
                &opts,
                out.as_deref(),
                explain,
                explain_out.as_deref(),
                lang,
            )
        }
    }
}

/// `compare`, `solve` and `sweep` (see `decide`).
fn run_decision(command: Command, lang: Lang) -> ExitCode {
    match command {
        Command::Compare {
            inputs,
            rules_b,
            results_b,
            out,
        } => {
            let opts = inputs.options();
            decide::run_compare(
                inputs.rules.as_deref(),
                rules_b.as_deref(),
                inputs.results.as_deref(),
                results_b.as_deref(),
                &opts,
                out.as_deref(),
                lang,
            )
        }
        Command::Solve {
            inputs,
            scheme,
            budget,
            level,
            apply,
            out,
        } => {
            let opts = inputs.options();
            match level {
                Some(level) => decide::run_solve_level(
                    inputs.rules.as_deref(),
                    inputs.results.as_deref(),
                    &opts,
                    &level,
                    &budget,
                    lang,
                ),
                None => decide::run_solve(
                    inputs.rules.as_deref(),
                    inputs.results.as_deref(),
                    &opts,
                    scheme.as_deref(),
                    &budget,
                    apply,
                    out.as_deref(),
                    lang,
                ),
            }
        }
        Command::Sweep {
            inputs,
            param,
            from,
            to,
            steps,
            out,
        } => {
            let opts = inputs.options();
            decide::run_sweep(
                inputs.rules.as_deref(),
                inputs.results.as_deref(),
                &opts,
                &param,
                (&from, &to, &steps),
                out.as_deref(),
                lang,
            )
        }
        _ => unreachable!("not a decision command"),
    }
}

/// `report`, `lock`, `verify` and `correct` (see `locked`).
fn run_locked(command: Command, lang: Lang) -> ExitCode {
    match command {
        Command::Report {
            inputs,
            compare_rules,
            decision,
            effect,
            out,
        } => {
            let Some(sources) = inputs.sources() else {
                return ExitCode::from(2);
            };
            let effect = match effect.request(lang) {
                Ok(e) => e,
                Err(code) => return code,
            };
            locked::run_report(
                &sources,
                compare_rules.as_deref(),
                decision.as_deref(),
                effect,
                &out,
                lang,
            )
        }
        Command::Statements {
            inputs,
            decision,
            out,
        } => {
            let Some(sources) = inputs.sources() else {
                return ExitCode::from(2);
            };
            locked::run_statements(&sources, decision.as_deref(), &out, lang)
        }
        Command::Lock {
            inputs,
            decision,
            report,
            out,
        } => {
            let Some(sources) = inputs.sources() else {
                return ExitCode::from(2);
            };
            locked::run_lock(&sources, decision.as_deref(), report, &out, lang)
        }
        Command::Verify { archive } => locked::run_verify(&archive, lang),
        Command::Correct {
            locked: archive,
            results,
            sheet,
            mapping,
            out,
            report,
            lock,
            decision,
        } => locked::run_correct(
            &locked::CorrectArgs {
                locked: &archive,
                results: &results,
                mapping: mapping.as_deref(),
                sheet: sheet.as_deref(),
                out: out.as_deref(),
                report: report.as_deref(),
                lock: lock.as_deref(),
                decision: decision.as_deref(),
            },
            lang,
        ),
        _ => unreachable!("not a command of locked runs"),
    }
}

/// Writes `rules.ron` and `results.csv` of a generated dataset into `dir`.
pub fn generate_files(
    dir: &std::path::Path,
    spec: &crate::generate::GenSpec,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let rules = crate::generate::rules(spec);
    let ron = io::rules_ron::to_ron_string(&rules);
    // The same rule set as JSON, for the pandas reference implementation in bench/.
    let json = serde_json::to_string_pretty(&rules).map_err(std::io::Error::other)?;
    let mut buf = Vec::with_capacity(spec.rows() * 48);
    crate::generate::results_csv(spec, &mut buf)?;
    // The three files all or none (see `io::atomic`).
    io::atomic::write_all_atomic(&[
        (&dir.join("rules.ron"), ron.as_bytes()),
        (&dir.join("rules.json"), json.as_bytes()),
        (&dir.join("results.csv"), &buf),
    ])
}

/// `kvalitetspeng calc`.
pub fn run_calc(
    rules_path: &std::path::Path,
    results_path: &std::path::Path,
    opts: &io::ResultsOptions,
    out: Option<&std::path::Path>,
    explain: bool,
    explain_out: Option<&std::path::Path>,
    lang: Lang,
) -> ExitCode {
    let sources = usecase::Sources {
        rules: rules_path,
        results: results_path,
        opts,
    };
    let again_needed = explain || explain_out.is_some() || out.is_some_and(io::is_xlsx);
    let mut made = match usecase::calculate(&sources, again_needed) {
        Ok(c) => c,
        Err(f) => return failed(f, lang),
    };
    print_calc_warnings(&made, lang);
    // Every output is prepared first, checked against the inputs and each other, and then
    // written all-or-nothing: a failure leaves no output changed. The payout file and the
    // table for the terminal are made side by side (each reads the calculation only); the
    // explanation file is written into its temporary file as it is made, and the terminal's
    // explanation to the terminal once the files are written.
    let (payouts, table) = {
        let again = made.explainer();
        let m = &made;
        rayon::join(
            || {
                out.map(|path| {
                    io::payout_files(path, &m.calc, again.as_ref(), &m.rules, &m.audit, lang)
                })
            },
            || payout_table_text(&m.calc, lang),
        )
    };
    let files = match payouts.transpose() {
        Ok(f) => f.unwrap_or_default(),
        Err(e) => {
            eprintln!("{}: {}", lang.word(Word::Error), e.text(lang));
            return ExitCode::from(2);
        }
    };
    // Freed on a worker while this thread waits for the disk (the outputs are made).
    made.free_spare();
    let again = made.explainer();
    let calc = &made.calc;
    let streams: Vec<(&std::path::Path, io::atomic::Content<'_>)> = explain_out
        .map(|path| {
            let again = again.as_ref();
            let write = move |w: &mut dyn Write| {
                io::export_csv::write_explanation_csv(w, calc, again, lang)
            };
            (path, io::atomic::Content::Stream(Box::new(write)))
        })
        .into_iter()
        .collect();
    if let Err(e) = usecase::write_outputs(&sources.inputs(), &files, streams) {
        eprintln!("{}: {}", lang.word(Word::Error), e.text(lang));
        return ExitCode::from(2);
    }
    let stdout = std::io::stdout();
    let mut so = std::io::BufWriter::new(stdout.lock());
    let _ = write!(so, "{table}");
    if explain {
        let _ = writeln!(so);
        let _ = write_explanation_text(&mut so, calc, again.as_ref(), lang);
    }
    for path in [out, explain_out].into_iter().flatten() {
        let _ = writeln!(so, "{} {}", lang.word(Word::Wrote), path.display());
    }
    ExitCode::SUCCESS
}

/// Prints why a command made nothing (`calc`, `standards`, `advances`); the exit code: 1 when
/// the rules have errors, else 2.
pub(super) fn failed(f: usecase::Failure, lang: Lang) -> ExitCode {
    let err = lang.word(Word::Error);
    match f {
        usecase::Failure::Rules(problems) => {
            print_rule_errors(&problems, lang);
            ExitCode::from(1)
        }
        usecase::Failure::Import(e) => {
            for e in &e.errors {
                eprintln!("{err}: {}", e.text(lang));
            }
            ExitCode::from(2)
        }
        usecase::Failure::File(e) => {
            eprintln!("{err}: {}", e.text(lang));
            ExitCode::from(2)
        }
        usecase::Failure::Report(m) => {
            eprintln!("{err}: {m}");
            ExitCode::from(2)
        }
        _ => ExitCode::from(2),
    }
}

/// Prints the errors among a rule file's problems, each with the file's name and the line
/// and column in the text read that it is about.
pub(super) fn print_rule_errors(problems: &io::rules_ron::locate::FileProblems, lang: Lang) {
    for p in problems.errors() {
        eprintln!(
            "{}: {}",
            lang.word(Word::Error),
            p.text(&problems.file, lang)
        );
    }
}

/// Prints the warnings among a rule file's problems, located as [`print_rule_errors`] does.
pub(super) fn print_rule_warnings(problems: &io::rules_ron::locate::FileProblems, lang: Lang) {
    for p in problems.warnings() {
        eprintln!(
            "{}: {}",
            lang.word(Word::Warning),
            p.text(&problems.file, lang)
        );
    }
}

/// The warnings of a calculation: the rules', the import's and the calculation's.
fn print_calc_warnings(made: &usecase::Calculated, lang: Lang) {
    print_rule_warnings(&made.rule_warnings, lang);
    for w in made.results().map_or(&[][..], |r| &r.import_warnings) {
        eprintln!("{}: {}", lang.word(Word::Warning), w.text(lang));
    }
    for w in &made.calc.warnings {
        eprintln!("{}: {}", lang.word(Word::Warning), w.text(lang));
    }
}
