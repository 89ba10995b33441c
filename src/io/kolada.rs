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

#[derive(Deserialize)]
struct GenderValue {
    gender: String,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    value: Option<f64>,
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
pub fn parse_kolada(
    json: &[u8],
    file: &str,
    mapping: &KoladaMapping,
    mapping_file: &str,
) -> Result<ResultSet, ImportError> {
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
    let data: OuData = match serde_json::from_str(&text) {
        Ok(d) => d,
        Err(e) => {
            sink.push(
                Some(e.line()),
                Some(&e.column().to_string()),
                FileErrorMsg::Json(e.to_string()),
            );
            return Err(sink.finish().unwrap_err());
        }
    };
    // The mapping itself must be unambiguous.
    let mut msink = ErrorSink::new(mapping_file);
    let mut by_ou: HashMap<&str, usize> = HashMap::new();
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let check = |sink: &mut ErrorSink, text: &str, kind: FieldKind, at: String| {
        if text.trim().is_empty() {
            sink.push(None, Some(&at), FileErrorMsg::EmptyField);
        } else if text.trim() != text {
            sink.push(None, Some(&at), FileErrorMsg::SurroundingSpace);
        } else if let Err(m) = fields::check(text, kind) {
            sink.push(None, Some(&at), m);
        }
    };
    for (i, p) in mapping.providers.iter().enumerate() {
        check(
            &mut msink,
            &p.ou,
            FieldKind::Id,
            format!("providers[{i}].ou"),
        );
        check(
            &mut msink,
            &p.provider_id,
            FieldKind::Id,
            format!("providers[{i}].provider_id"),
        );
        check(
            &mut msink,
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
    let mut kpi_map: HashMap<&str, &str> = HashMap::new();
    for (i, k) in mapping.indicators.iter().enumerate() {
        check(
            &mut msink,
            &k.kpi,
            FieldKind::Id,
            format!("indicators[{i}].kpi"),
        );
        check(
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

    // Providers sorted by id.
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
            }
        })
        .collect();

    let mut indicators: Vec<String> = Vec::new();
    let mut ind_index: HashMap<String, u32> = HashMap::new();
    let mut observations = Vec::new();
    let mut warnings = Vec::new();
    let warning = |post: Option<usize>, kind| ImportWarning {
        file: file.to_string(),
        post,
        kind,
    };
    let mut unknown_kpis: HashMap<String, usize> = HashMap::new();
    let mut seen: HashMap<(u32, u32, Period), usize> = HashMap::new();
    for (k, v) in data.values.iter().enumerate() {
        let post = k + 1;
        let at = |field: &str| format!("values[{k}].{field}");
        let Some(&pi) = by_ou.get(v.ou.as_str()) else {
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
        let Some(&ind_id) = kpi_map.get(v.kpi.as_str()) else {
            *unknown_kpis.entry(v.kpi.clone()).or_default() += 1;
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
        let mut totals = v
            .values
            .iter()
            .filter(|g| g.gender.eq_ignore_ascii_case("T"));
        let total = totals.next();
        if totals.next().is_some() {
            sink.push(Some(post), Some(&at("values")), FileErrorMsg::TwoTotals);
            continue;
        }
        let value = match total {
            None => {
                warnings.push(warning(
                    Some(post),
                    ImportWarningKind::NoTotal {
                        ou: v.ou.clone(),
                        kpi: v.kpi.clone(),
                    },
                ));
                None
            }
            Some(g) => {
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
                                continue;
                            }
                            Ok(d) => Some(d),
                            Err(e) => {
                                sink.push(
                                    Some(post),
                                    Some(&at("values.value")),
                                    FileErrorMsg::Number(e),
                                );
                                continue;
                            }
                        }
                    }
                    (_, false) => {
                        warnings.push(warning(
                            Some(post),
                            ImportWarningKind::Status {
                                ou: v.ou.clone(),
                                kpi: v.kpi.clone(),
                                status: status.to_string(),
                            },
                        ));
                        None
                    }
                    _ => {
                        warnings.push(warning(
                            Some(post),
                            ImportWarningKind::NullValue {
                                ou: v.ou.clone(),
                                kpi: v.kpi.clone(),
                            },
                        ));
                        None
                    }
                }
            }
        };
        let ii = *ind_index.entry(ind_id.to_string()).or_insert_with(|| {
            indicators.push(ind_id.to_string());
            indicators.len() as u32 - 1
        });
        let provider = slot[pi];
        if let Some(first) = seen.insert((provider, ii, period), post) {
            sink.push(
                Some(post),
                Some(&at("kpi")),
                FileErrorMsg::DuplicateRow { first_line: first },
            );
            continue;
        }
        observations.push(Observation {
            provider,
            indicator: ii,
            period,
            value,
            respondents: None,
            line: post as u32,
        });
    }
    sink.finish()?;
    let mut unknown: Vec<_> = unknown_kpis.into_iter().collect();
    unknown.sort();
    for (kpi, n) in unknown {
        warnings.push(warning(
            None,
            ImportWarningKind::UnknownKpi {
                kpi: kpi.to_string(),
                posts: n,
            },
        ));
    }
    Ok(ResultSet {
        providers,
        indicators,
        observations,
        folded: None,
        source_file: file.to_string(),
        source_sha256: super::audit::sha256_hex(json),
        import_warnings: warnings,
    })
}
