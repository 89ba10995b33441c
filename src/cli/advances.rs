//! `kvalitetspeng advances --rules R --results RES --out plan.csv|plan.xlsx`: the advance plan
//! (one row per provider and round, a sum row). Exit codes as `calc`: 0 ok, 1 the rules have
//! errors or no advance rule, 2 a file could not be read or written.

use std::path::Path;
use std::process::ExitCode;

use super::{Inputs, failed};
use crate::io;
use crate::io::advances::{AdvancesRequest, advances};
use crate::words::{Lang, Word};

/// Runs `advances`: writes the plan, prints each provider's note and the file written.
pub fn run(inputs: &Inputs, out: &Path, lang: Lang) -> ExitCode {
    let (Some(rules), Some(results)) = (inputs.rules.as_deref(), inputs.results.as_deref()) else {
        return ExitCode::from(2);
    };
    let opts = io::ResultsOptions {
        sheet: inputs.sheet.clone(),
        mapping: inputs.mapping.clone(),
    };
    let req = AdvancesRequest {
        sources: io::usecase::Sources {
            rules,
            results,
            opts: &opts,
        },
        out,
    };
    match advances(&req, lang) {
        Ok(plan) => {
            for p in &plan {
                println!("{} {}: {}", p.id, p.name, lang.say_plain(&p.note()));
            }
            println!("{} {}", lang.word(Word::Wrote), out.display());
            ExitCode::SUCCESS
        }
        Err(f) => failed(f, lang),
    }
}
