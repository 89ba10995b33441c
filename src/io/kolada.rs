//! Import of Kolada unit-level data (`oudata`): `values[]` of `{kpi, ou, period,
//! values[{gender, count, status, value}]}`, mapped to our providers and indicators by a mapping
//! file (RON, see `docs/formats.md`). The total row (`gender: "T"`) is used; a null value or a
//! non-empty status becomes missing data with a warning; an `ou` the mapping does not know is an
//! error; a KPI it does not know is skipped with a warning.

use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::error::{ErrorSink, FileError, FileErrorMsg, ImportError};
use super::fields::{self, FieldKind};
use crate::domain::bounds;
use crate::domain::decimal::serde_decimal;
use crate::domain::period::Period;
use crate::domain::results::{
    ImportWarning, ImportWarningKind, Observation, Provider, Regi, ResultSet, ServiceType,
};

/// Maps Kolada organisational units and KPIs to providers and indicators.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KoladaMapping {
    pub providers: Vec<KoladaProvider>,
    pub indicators: Vec<KoladaIndicator>,
}

/// One Kolada unit (`ou`) and the provider it is, with what Kolada does not have.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KoladaProvider {
    pub ou: String,
    pub provider_id: String,
    pub name: String,
    pub service_type: ServiceType,
    pub regi: Regi,
    #[serde(with = "serde_decimal")]
    pub volume: Decimal,
}

/// One Kolada KPI and the indicator it feeds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KoladaIndicator {
    pub kpi: String,
    pub indicator_id: String,
}

#[derive(Deserialize)]
struct OuData {
    values: Vec<OuValue>,
}

#[derive(Deserialize)]
struct OuValue {
    kpi: String,
    ou: String,
    period: serde_json::Value,
    values: Vec<GenderValue>,
}

/// One gender's value of a Kolada post (`T` the total), as the API gives it; also read by
/// the effect follow-up's KPI panels ([`super::effect`]).
#[derive(Deserialize)]
pub(crate) struct GenderValue {
    pub(crate) gender: String,
    #[serde(default)]
    pub(crate) status: Option<String>,
    #[serde(default)]
    pub(crate) value: Option<f64>,
}

/// Reads a mapping file.
pub fn parse_mapping(text: &str, file: &str) -> Result<KoladaMapping, FileError> {
    let text = super::text::lf_line_ends(text);
    let m: KoladaMapping = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(&text)
        .map_err(|e| {
            FileError::new(
                file,
                Some(e.span.start.line),
                Some(e.span.start.col.to_string()),
                FileErrorMsg::Ron(e.code),
            )
        })?;
    Ok(m)
}

/// Parses Kolada `oudata` JSON with a mapping. Warnings go into `ResultSet::import_warnings`.
/// The mapping is checked first, then every post is read ([`read_posts`]).
pub fn parse_kolada(
    json: &[u8],
    file: &str,
    mapping: &KoladaMapping,
    mapping_file: &str,
) -> Result<ResultSet, ImportError> {
    let data = read_oudata(json, file)?;
    let keys = check_mapping(mapping, mapping_file)?;
    let (providers, slot) = mapped_providers(mapping);
    let mut posts = Posts {
        file,
        indicators: Vec::new(),
        ind_index: HashMap::new(),
        observations: Vec::new(),
        warnings: Vec::new(),
        unknown_kpis: HashMap::new(),
        seen: HashMap::new(),
    };
    let mut sink = ErrorSink::new(file);
    posts.read(&data, &keys, &slot, &mut sink);
    sink.finish()?;
    let mut unknown: Vec<_> = posts.unknown_kpis.into_iter().collect();
    unknown.sort();
    for (kpi, n) in unknown {
        posts.warnings.push(ImportWarning {
            file: file.to_string(),
            post: None,
            kind: ImportWarningKind::UnknownKpi {
                kpi: kpi.to_string(),
                posts: n,
            },
        });
    }
    Ok(ResultSet {
        providers,
        indicators: posts.indicators,
        observations: posts.observations,
        folded: None,
        source_file: file.to_string(),
        source_sha256: super::audit::sha256_hex(json),
        import_warnings: posts.warnings,
    })
}

/// Decodes and parses the `oudata` JSON (an error ends the reading).
fn read_oudata(json: &[u8], file: &str) -> Result<OuData, ImportError> {
    let mut sink = ErrorSink::new(file);
    let text = match super::text::decode(json) {
        Ok(t) => t,
        Err(e) => {
            sink.push(e.line, None, e.msg);
            return Err(sink.finish().unwrap_err());
        }
    };
    // serde_json counts only LF: CRLF and CR-only files get their real line numbers this way.
    let text = super::text::lf_line_ends(&text);
    serde_json::from_str(&text).map_err(|e| {
        sink.push(
            Some(e.line()),
            Some(&e.column().to_string()),
            FileErrorMsg::Json(e.to_string()),
        );
        sink.finish().unwrap_err()
    })
}

/// A mapping's keys: the provider (by its place in the mapping) of each `ou`, and the
/// indicator of each `kpi`.
struct MappingKeys<'m> {
    by_ou: HashMap<&'m str, usize>,
    kpi_map: HashMap<&'m str, &'m str>,
}

/// A text of the mapping: not blank, no surrounding space, a valid id or name.
fn check_text(sink: &mut ErrorSink, text: &str, kind: FieldKind, at: String) {
    if text.trim().is_empty() {
        sink.push(None, Some(&at), FileErrorMsg::EmptyField);
    } else if text.trim() != text {
        sink.push(None, Some(&at), FileErrorMsg::SurroundingSpace);
    } else if let Err(m) = fields::check(text, kind) {
        sink.push(None, Some(&at), m);
    }
}

/// Checks that the mapping is unambiguous and its texts and volumes valid; its keys.
fn check_mapping<'m>(
    mapping: &'m KoladaMapping,
    mapping_file: &str,
) -> Result<MappingKeys<'m>, ImportError> {
    let mut msink = ErrorSink::new(mapping_file);
    let by_ou = check_mapped_providers(&mapping.providers, &mut msink);
    let mut kpi_map: HashMap<&str, &str> = HashMap::new();
    for (i, k) in mapping.indicators.iter().enumerate() {
        check_text(
            &mut msink,
            &k.kpi,
            FieldKind::Id,
            format!("indicators[{i}].kpi"),
        );
        check_text(
            &mut msink,
            &k.indicator_id,
            FieldKind::Id,
            format!("indicators[{i}].indicator_id"),
        );
        if kpi_map
            .insert(k.kpi.as_str(), k.indicator_id.as_str())
            .is_some()
        {
            msink.push(
                None,
                Some(&format!("indicators[{i}].kpi")),
                FileErrorMsg::MappedTwice { key: k.kpi.clone() },
            );
        }
    }
    msink.finish()?;
    Ok(MappingKeys { by_ou, kpi_map })
}

/// Checks the mapping's providers (texts, volume, each `ou` and id once); the place of
/// each `ou`.
fn check_mapped_providers<'m>(
    providers: &'m [KoladaProvider],
    msink: &mut ErrorSink,
) -> HashMap<&'m str, usize> {
    let mut by_ou: HashMap<&str, usize> = HashMap::new();
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for (i, p) in providers.iter().enumerate() {
        check_text(msink, &p.ou, FieldKind::Id, format!("providers[{i}].ou"));
        check_text(
            msink,
            &p.provider_id,
            FieldKind::Id,
            format!("providers[{i}].provider_id"),
        );
        check_text(
            msink,
            &p.name,
            FieldKind::Name,
            format!("providers[{i}].name"),
        );
        let vol_at = format!("providers[{i}].volume");
        if p.volume < Decimal::ZERO {
            msink.push(
                None,
                Some(&vol_at),
                FileErrorMsg::Negative {
                    text: p.volume.to_string(),
                },
            );
        } else if !bounds::amount_ok(p.volume) {
            msink.push(
                None,
                Some(&vol_at),
                FileErrorMsg::OutOfBounds {
                    text: p.volume.to_string(),
                    max: bounds::MAX_AMOUNT,
                },
            );
        }
        if by_ou.insert(p.ou.as_str(), i).is_some() {
            msink.push(
                None,
                Some(&format!("providers[{i}].ou")),
                FileErrorMsg::MappedTwice { key: p.ou.clone() },
            );
        }
        if ids.insert(p.provider_id.as_str(), i).is_some() {
            msink.push(
                None,
                Some(&format!("providers[{i}].provider_id")),
                FileErrorMsg::MappedTwice {
                    key: p.provider_id.clone(),
                },
            );
        }
    }
    by_ou
}

/// The mapping's providers sorted by id, and the new place of each (by its place in the
/// mapping).
fn mapped_providers(mapping: &KoladaMapping) -> (Vec<Provider>, Vec<u32>) {
    let mut order: Vec<usize> = (0..mapping.providers.len()).collect();
    order.sort_by(|a, b| {
        mapping.providers[*a]
            .provider_id
            .cmp(&mapping.providers[*b].provider_id)
    });
    let mut slot = vec![0u32; order.len()];
    for (new, &old) in order.iter().enumerate() {
        slot[old] = new as u32;
    }
    let providers: Vec<Provider> = order
        .iter()
        .map(|&i| {
            let m = &mapping.providers[i];
            Provider {
                id: m.provider_id.clone(),
                name: m.name.clone(),
                service_type: m.service_type,
                regi: m.regi,
                volume: m.volume,
                compensation: None,
                previous_payout: None,
                paid_so_far: None,
                findings: Vec::new(),
                cohort: None,
            }
        })
        .collect();
    (providers, slot)
}

/// The posts read so far: indicators, observations and warnings.
struct Posts<'f> {
    file: &'f str,
    indicators: Vec<String>,
    ind_index: HashMap<String, u32>,
    observations: Vec<Observation>,
    warnings: Vec<ImportWarning>,
    /// Posts of a `kpi` that the mapping does not name, counted (one warning each).
    unknown_kpis: HashMap<String, usize>,
    /// The post of each provider × indicator × period (a second one is an error).
    seen: HashMap<(u32, u32, Period), usize>,
}

impl Posts<'_> {
    fn warn(&mut self, post: usize, kind: ImportWarningKind) {
        self.warnings.push(ImportWarning {
            file: self.file.to_string(),
            post: Some(post),
            kind,
        });
    }

    /// Reads every post: mapped to a provider and an indicator, its period and total value;
    /// errors go to `sink`.
    fn read(&mut self, data: &OuData, keys: &MappingKeys<'_>, slot: &[u32], sink: &mut ErrorSink) {
        for (k, v) in data.values.iter().enumerate() {
            let post = k + 1;
            let at = |field: &str| format!("values[{k}].{field}");
            let Some(&pi) = keys.by_ou.get(v.ou.as_str()) else {
                sink.push(
                    Some(post),
                    Some(&at("ou")),
                    FileErrorMsg::UnknownId {
                        kind: "ou".into(),
                        id: v.ou.clone(),
                    },
                );
                continue;
            };
            let Some(&ind_id) = keys.kpi_map.get(v.kpi.as_str()) else {
                *self.unknown_kpis.entry(v.kpi.clone()).or_default() += 1;
                continue;
            };
            let period_text = match &v.period {
                serde_json::Value::Number(n) => n.to_string(),
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let Ok(period) = period_text.parse::<Period>() else {
                sink.push(
                    Some(post),
                    Some(&at("period")),
                    FileErrorMsg::Period { text: period_text },
                );
                continue;
            };
            let Ok(value) = self.total_value(v, post, &at, sink) else {
                continue;
            };
            let ii = *self.ind_index.entry(ind_id.to_string()).or_insert_with(|| {
                self.indicators.push(ind_id.to_string());
                self.indicators.len() as u32 - 1
            });
            let provider = slot[pi];
            if let Some(first) = self.seen.insert((provider, ii, period), post) {
                sink.push(
                    Some(post),
                    Some(&at("kpi")),
                    FileErrorMsg::DuplicateRow { first_line: first },
                );
                continue;
            }
            self.observations.push(Observation {
                provider,
                indicator: ii,
                period,
                value,
                respondents: None,
                line: post as u32,
            });
        }
    }

    /// A post's total (gender `T`) value: `None` with a warning when there is none, it has a
    /// status or it is null; `Err` when it is an error (reported).
    fn total_value(
        &mut self,
        v: &OuValue,
        post: usize,
        at: &dyn Fn(&str) -> String,
        sink: &mut ErrorSink,
    ) -> Result<Option<Decimal>, ()> {
        let mut totals = v
            .values
            .iter()
            .filter(|g| g.gender.eq_ignore_ascii_case("T"));
        let total = totals.next();
        if totals.next().is_some() {
            sink.push(Some(post), Some(&at("values")), FileErrorMsg::TwoTotals);
            return Err(());
        }
        let (ou, kpi) = (v.ou.clone(), v.kpi.clone());
        let Some(g) = total else {
            self.warn(post, ImportWarningKind::NoTotal { ou, kpi });
            return Ok(None);
        };
        let status = g.status.as_deref().unwrap_or("").trim();
        match (g.value, status.is_empty()) {
            (Some(x), true) if x.is_finite() => {
                match crate::domain::decimal::parse_number(&format!("{x}")) {
                    Ok(d) if !bounds::level_ok(d) => {
                        sink.push(
                            Some(post),
                            Some(&at("values.value")),
                            FileErrorMsg::OutOfBounds {
                                text: format!("{x}"),
                                max: bounds::MAX_LEVEL,
                            },
                        );
                        Err(())
                    }
                    Ok(d) => Ok(Some(d)),
                    Err(e) => {
                        sink.push(
                            Some(post),
                            Some(&at("values.value")),
                            FileErrorMsg::Number(e),
                        );
                        Err(())
                    }
                }
            }
            (_, false) => {
                let status = status.to_string();
                self.warn(post, ImportWarningKind::Status { ou, kpi, status });
                Ok(None)
            }
            _ => {
                self.warn(post, ImportWarningKind::NullValue { ou, kpi });
                Ok(None)
            }
        }
    }
}
