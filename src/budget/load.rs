//! Reading and validating a data file (`data/editions/*.json`).
//!
//! The file format is documented in `data/README.md`. Amounts are JSON strings and are
//! parsed here with `Decimal::from_str_exact`, so no figure ever passes through `f64`.
//! Every error names the file, the record and the field, because the person who reads
//! it is the one editing the JSON by hand.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use rust_decimal::Decimal;
use serde::Deserialize;

use super::model::{
    Area, BudgetKind, Citation, Dataset, Edition, Ministry, Note, Population, PreciseFigure,
    Program, Round, SourceRef, Sourced, SubItem, Text,
};
use super::yen::{yen_of, NOT_YEN};

/// A data file that cannot be used, with where and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// The data file, as named to the loader.
    pub file: String,
    /// The record, such as `program 'mod-rmf'`; empty for the file as a whole.
    pub record: String,
    /// What is wrong, naming the field.
    pub problem: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.record.is_empty() {
            write!(f, "{}: {}", self.file, self.problem)
        } else {
            write!(f, "{}: {}: {}", self.file, self.record, self.problem)
        }
    }
}

impl std::error::Error for DataError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    format: u32,
    edition: RawEdition,
    rounds: Vec<RawRound>,
    grand_totals: BTreeMap<String, RawSourced>,
    population: RawPopulation,
    areas: Vec<RawArea>,
    ministries: Vec<RawMinistry>,
    programs: Vec<RawProgram>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    ja: String,
    en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEdition {
    id: String,
    title: RawText,
    publisher: RawText,
    licence: RawText,
    source_text: String,
    source_notes: Vec<RawText>,
    citation: RawCitation,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCitation {
    document: RawText,
    title: RawText,
    publisher: RawText,
    body: RawText,
    meeting: RawText,
    date: String,
    url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRound {
    id: String,
    fiscal_year: u16,
    kind: String,
    name: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    page: u16,
    quote: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSourced {
    amount: String,
    page: u16,
    quote: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPopulation {
    residents: String,
    as_of: String,
    source: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArea {
    number: u8,
    name: RawText,
    published_totals: Option<BTreeMap<String, RawSourced>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMinistry {
    id: String,
    name: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProgram {
    id: String,
    ministry: String,
    area: u8,
    name: RawText,
    amounts: BTreeMap<String, Option<String>>,
    amounts_source: RawSource,
    detail_page: Option<u16>,
    description: RawText,
    #[serde(default)]
    executing_body: Option<RawText>,
    #[serde(default)]
    scheme: Option<RawText>,
    #[serde(default)]
    plan_years: Option<RawText>,
    #[serde(default)]
    outcome: Option<RawText>,
    #[serde(default)]
    sub_items: Vec<RawSubItem>,
    #[serde(default)]
    precise: Vec<RawPrecise>,
    #[serde(default)]
    notes: Vec<RawNote>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSubItem {
    name: RawText,
    amounts: BTreeMap<String, RawSourced>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrecise {
    label: RawText,
    million_yen: String,
    page: u16,
    quote: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    text: RawText,
    page: u16,
    quote: String,
}

/// The format version this loader reads; a file with another fails with a clear message.
pub const FORMAT_VERSION: u32 = 1;

/// Reads one edition from the JSON text of `file` and validates it.
///
/// Validation covers the shape (unknown fields are refused, so a typo cannot silently drop
/// a figure), every amount being a decimal, every reference resolving, ids being unique,
/// every program stating every round, and the arithmetic the source promises (see
/// [`super::check`]).
pub fn load_edition(file: &str, json: &str) -> Result<Dataset, DataError> {
    let raw: RawFile = serde_json::from_str(json).map_err(|e| DataError {
        file: file.to_string(),
        record: String::new(),
        problem: format!("is not a valid data file: {e}"),
    })?;
    let ctx = Ctx { file };
    let dataset = ctx.convert(raw)?;
    super::check::check_consistency(&dataset).map_err(|(record, problem)| DataError {
        file: file.to_string(),
        record,
        problem,
    })?;
    Ok(dataset)
}

struct Ctx<'a> {
    file: &'a str,
}

impl Ctx<'_> {
    fn err(&self, record: impl Into<String>, problem: impl Into<String>) -> DataError {
        DataError {
            file: self.file.to_string(),
            record: record.into(),
            problem: problem.into(),
        }
    }

    fn decimal(&self, record: &str, field: &str, value: &str) -> Result<Decimal, DataError> {
        // from_str_exact refuses values it would have to round, and we refuse signs and
        // exponents: a budget figure in the data is a plain non-negative decimal.
        let plain = !value.is_empty()
            && value.chars().all(|c| c.is_ascii_digit() || c == '.')
            && value.chars().filter(|&c| c == '.').count() <= 1
            && !value.starts_with('.')
            && !value.ends_with('.');
        match Decimal::from_str_exact(value) {
            Ok(d) if plain => Ok(d),
            _ => Err(self.err(record, format!("{field} '{value}' is not a decimal"))),
        }
    }

    fn text(&self, record: &str, field: &str, raw: RawText) -> Result<Text, DataError> {
        for (lang, value) in [("ja", &raw.ja), ("en", &raw.en)] {
            if value.trim().is_empty() {
                return Err(self.err(record, format!("{field}.{lang} is empty")));
            }
        }
        Ok(Text {
            ja: raw.ja,
            en: raw.en,
        })
    }

    /// The citation facts; the date must be an ISO date and the link an https URL, because
    /// both go verbatim into every citation and export.
    fn citation(&self, record: &str, raw: RawCitation) -> Result<Citation, DataError> {
        if !is_iso_date(&raw.date) {
            return Err(self.err(
                record,
                format!(
                    "citation.date '{}' is not an ISO date (YYYY-MM-DD)",
                    raw.date
                ),
            ));
        }
        let url_ok = raw.url.starts_with("https://")
            && raw.url.len() > "https://".len()
            && !raw
                .url
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"');
        if !url_ok {
            return Err(self.err(
                record,
                format!("citation.url '{}' is not an https URL", raw.url),
            ));
        }
        Ok(Citation {
            document: self.text(record, "citation.document", raw.document)?,
            title: self.text(record, "citation.title", raw.title)?,
            publisher: self.text(record, "citation.publisher", raw.publisher)?,
            body: self.text(record, "citation.body", raw.body)?,
            meeting: self.text(record, "citation.meeting", raw.meeting)?,
            date: raw.date,
            url: raw.url,
        })
    }

    fn source(
        &self,
        record: &str,
        field: &str,
        page: u16,
        quote: String,
    ) -> Result<SourceRef, DataError> {
        if page == 0 {
            return Err(self.err(
                record,
                format!("{field} page 0 does not exist: pages count from 1"),
            ));
        }
        if quote.trim().is_empty() {
            return Err(self.err(record, format!("{field} has an empty quote")));
        }
        Ok(SourceRef { page, quote })
    }

    fn sourced(&self, record: &str, field: &str, raw: RawSourced) -> Result<Sourced, DataError> {
        Ok(Sourced {
            amount: self.decimal(record, field, &raw.amount)?,
            source: self.source(record, field, raw.page, raw.quote)?,
        })
    }

    /// Turns a map keyed by round id into a vector indexed by `round_idx`, refusing unknown rounds.
    fn per_round<T, U>(
        &self,
        record: &str,
        field: &str,
        rounds: &[Round],
        map: BTreeMap<String, T>,
        mut convert: impl FnMut(&str, T) -> Result<U, DataError>,
    ) -> Result<Vec<Option<U>>, DataError> {
        let mut out: Vec<Option<U>> = rounds.iter().map(|_| None).collect();
        for (round_id, value) in map {
            let Some(round_idx) = rounds.iter().position(|r| r.id == round_id) else {
                return Err(self.err(
                    record,
                    format!("{field} names round '{round_id}', which is not in `rounds`"),
                ));
            };
            // The round goes last, as for program amounts: "grand total '21X6.2' is not a
            // decimal (round 'fy2024-initial')".
            let converted = convert(field, value).map_err(|e| DataError {
                problem: format!("{} (round '{round_id}')", e.problem),
                ..e
            })?;
            out[round_idx] = Some(converted);
        }
        Ok(out)
    }

    fn convert(&self, raw: RawFile) -> Result<Dataset, DataError> {
        if raw.format != FORMAT_VERSION {
            return Err(self.err(
                "",
                format!(
                    "format {} is not supported: this build reads format {FORMAT_VERSION}",
                    raw.format
                ),
            ));
        }
        let edition_record = format!("edition '{}'", raw.edition.id);
        let edition = Edition {
            id: non_empty_id(self, &edition_record, &raw.edition.id)?,
            title: self.text(&edition_record, "title", raw.edition.title)?,
            publisher: self.text(&edition_record, "publisher", raw.edition.publisher)?,
            licence: self.text(&edition_record, "licence", raw.edition.licence)?,
            source_text: raw.edition.source_text,
            source_notes: raw
                .edition
                .source_notes
                .into_iter()
                .map(|t| self.text(&edition_record, "source_notes", t))
                .collect::<Result<_, _>>()?,
            citation: self.citation(&edition_record, raw.edition.citation)?,
        };

        let mut rounds = Vec::new();
        for r in raw.rounds {
            let record = format!("round '{}'", r.id);
            let kind = match r.kind.as_str() {
                "initial" => BudgetKind::Initial,
                "supplementary" => BudgetKind::Supplementary,
                other => {
                    return Err(self.err(
                        record,
                        format!("kind '{other}' is not 'initial' or 'supplementary'"),
                    ))
                }
            };
            rounds.push(Round {
                id: non_empty_id(self, &record, &r.id)?,
                fiscal_year: r.fiscal_year,
                kind,
                name: self.text(&record, "name", r.name)?,
            });
        }
        if rounds.is_empty() {
            return Err(self.err(
                "",
                "`rounds` is empty: an edition needs at least one budget round",
            ));
        }
        unique(self, "round", rounds.iter().map(|r| r.id.as_str()))?;
        let mut seen_round_keys = HashSet::new();
        for r in &rounds {
            if !seen_round_keys.insert((r.fiscal_year, r.kind)) {
                return Err(self.err(
                    format!("round '{}'", r.id),
                    format!(
                        "fiscal year {} has two '{}' rounds",
                        r.fiscal_year,
                        r.kind.as_str()
                    ),
                ));
            }
        }

        let grand_totals = self.per_round(
            "grand_totals",
            "grand total",
            &rounds,
            raw.grand_totals,
            |field, v| self.sourced("grand_totals", field, v),
        )?;

        let population = {
            let record = "population";
            let residents = self.decimal(record, "residents", &raw.population.residents)?;
            if residents.is_zero() {
                return Err(self.err(record, "residents is zero"));
            }
            Population {
                residents,
                as_of: raw.population.as_of,
                source: self.text(record, "source", raw.population.source)?,
            }
        };

        let mut areas = Vec::new();
        for a in raw.areas {
            let record = format!("area {}", a.number);
            let published_totals = match a.published_totals {
                None => None,
                Some(map) => {
                    Some(
                        self.per_round(&record, "published total", &rounds, map, |field, v| {
                            self.sourced(&record, field, v)
                        })?,
                    )
                }
            };
            areas.push(Area {
                number: a.number,
                name: self.text(&record, "name", a.name)?,
                published_totals,
            });
        }
        let area_numbers: Vec<String> = areas.iter().map(|a| a.number.to_string()).collect();
        unique(self, "area", area_numbers.iter().map(String::as_str))?;

        let mut ministries = Vec::new();
        for m in raw.ministries {
            let record = format!("ministry '{}'", m.id);
            ministries.push(Ministry {
                id: non_empty_id(self, &record, &m.id)?,
                name: self.text(&record, "name", m.name)?,
            });
        }
        unique(self, "ministry", ministries.iter().map(|m| m.id.as_str()))?;

        let mut programs = Vec::new();
        for p in raw.programs {
            programs.push(self.program(p, &rounds, &areas, &ministries)?);
        }
        unique(self, "program", programs.iter().map(|p| p.id.as_str()))?;

        Ok(Dataset {
            edition,
            rounds,
            grand_totals,
            areas,
            ministries,
            programs,
            population,
        })
    }

    fn program(
        &self,
        p: RawProgram,
        rounds: &[Round],
        areas: &[Area],
        ministries: &[Ministry],
    ) -> Result<Program, DataError> {
        let record = format!("program '{}'", p.id);
        let record = record.as_str();
        let id = non_empty_id(self, record, &p.id)?;
        let ministry_idx = ministries
            .iter()
            .position(|m| m.id == p.ministry)
            .ok_or_else(|| {
                self.err(
                    record,
                    format!("ministry '{}' is not in `ministries`", p.ministry),
                )
            })?;
        let area_idx = areas
            .iter()
            .position(|a| a.number == p.area)
            .ok_or_else(|| self.err(record, format!("area {} is not in `areas`", p.area)))?;
        for round_id in p.amounts.keys() {
            if !rounds.iter().any(|r| &r.id == round_id) {
                return Err(self.err(
                    record,
                    format!("amounts name round '{round_id}', which is not in `rounds`"),
                ));
            }
        }
        let mut amounts = Vec::with_capacity(rounds.len());
        for round in rounds {
            let amount =
                match p.amounts.get(&round.id) {
                    None => {
                        return Err(self.err(
                            record,
                            format!(
                            "amount for round '{}' is missing: write null where the source has '—'",
                            round.id
                        ),
                        ))
                    }
                    Some(None) => None,
                    Some(Some(value)) => Some(self.decimal(record, "amount", value).map_err(
                        |e| DataError {
                            problem: format!("{} (round '{}')", e.problem, round.id),
                            ..e
                        },
                    )?),
                };
            amounts.push(amount);
        }
        if amounts.iter().all(Option::is_none) {
            return Err(self.err(
                record,
                "amounts are all null: an itemised program has at least one amount",
            ));
        }
        // Views add program amounts as whole yen (src/budget/yen.rs).
        for (round, amount) in rounds.iter().zip(&amounts) {
            if let Some(amount) = amount.filter(|&a| yen_of(a).is_none()) {
                return Err(self.err(
                    record,
                    format!("amount '{amount}' {NOT_YEN} (round '{}')", round.id),
                ));
            }
        }

        let optional =
            |field: &str, t: Option<RawText>| t.map(|t| self.text(record, field, t)).transpose();

        let mut sub_items = Vec::new();
        for (i, s) in p.sub_items.into_iter().enumerate() {
            let field = format!("sub_items[{i}]");
            sub_items.push(SubItem {
                name: self.text(record, &format!("{field}.name"), s.name)?,
                amounts: self.per_round(
                    record,
                    &format!("{field}.amounts"),
                    rounds,
                    s.amounts,
                    |f, v| self.sourced(record, f, v),
                )?,
            });
        }
        let mut precise = Vec::new();
        for (i, f) in p.precise.into_iter().enumerate() {
            let field = format!("precise[{i}]");
            precise.push(PreciseFigure {
                label: self.text(record, &format!("{field}.label"), f.label)?,
                million_yen: self.decimal(
                    record,
                    &format!("{field}.million_yen"),
                    &f.million_yen,
                )?,
                source: self.source(record, &field, f.page, f.quote)?,
            });
        }
        let mut notes = Vec::new();
        for (i, n) in p.notes.into_iter().enumerate() {
            let field = format!("notes[{i}]");
            notes.push(Note {
                text: self.text(record, &format!("{field}.text"), n.text)?,
                source: self.source(record, &field, n.page, n.quote)?,
            });
        }

        Ok(Program {
            id,
            ministry_idx,
            area_idx,
            name: self.text(record, "name", p.name)?,
            amounts,
            amounts_source: self.source(
                record,
                "amounts_source",
                p.amounts_source.page,
                p.amounts_source.quote,
            )?,
            detail_page: p.detail_page,
            description: self.text(record, "description", p.description)?,
            executing_body: optional("executing_body", p.executing_body)?,
            scheme: optional("scheme", p.scheme)?,
            plan_years: optional("plan_years", p.plan_years)?,
            outcome: optional("outcome", p.outcome)?,
            sub_items,
            precise,
            notes,
        })
    }
}

/// Ids go into URLs and CSS-free DOM ids, so they are lowercase ASCII words joined by `-`.
fn non_empty_id(ctx: &Ctx<'_>, record: &str, id: &str) -> Result<String, DataError> {
    let ok = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && !id.ends_with('-');
    if ok {
        Ok(id.to_string())
    } else {
        Err(ctx.err(
            record,
            format!("id '{id}' must be lowercase letters, digits and '-'"),
        ))
    }
}

fn unique<'a>(
    ctx: &Ctx<'_>,
    kind: &str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<(), DataError> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(ctx.err(format!("{kind} '{id}'"), "id is used twice"));
        }
    }
    Ok(())
}

/// `YYYY-MM-DD` with a month 1-12 and a day 1-31: enough to catch a typo or another format.
fn is_iso_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    let number = |s: &str, len: usize| {
        (s.len() == len && s.chars().all(|c| c.is_ascii_digit())).then(|| s.parse::<u16>().ok())
    };
    match parts.as_slice() {
        [y, m, d] => matches!(
            (number(y, 4), number(m, 2), number(d, 2)),
            (Some(Some(_)), Some(Some(1..=12)), Some(Some(1..=31)))
        ),
        _ => false,
    }
}
