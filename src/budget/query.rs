//! The URL query: the public, stable contract for links and embeds, and the one source of
//! truth for what the page shows.
//!
//! | parameter | values | default |
//! | --- | --- | --- |
//! | `year` | a fiscal year of the edition (`2024`, `2023`) | the newest |
//! | `budget` | `initial`, `supplementary`, `all`, `15month` (previous year's supplementary + this year's initial) | `initial` |
//! | `ministry` | ministry ids, comma-separated | all |
//! | `area` | `1`-`6`, comma-separated | all |
//! | `q` | search text | none |
//! | `program` | a program id: opens its detail | none |
//! | `lang` | `ja`, `en` | `ja` |
//! | `sort` | `name`, `ministry`, `area`, `amount`, `change`; `-` first for descending | `-amount` |
//! | `order` | breakdowns by ministry and area: `largest` first, or `source` order | `largest` |
//!
//! Parsing never fails: what cannot be used is dropped and reported as a [`Notice`], and
//! the rest of the query still applies. Writing omits defaults, so every view has one URL.

use super::filter::{Filter, KindFilter};
use super::model::{Dataset, Lang};
use super::sort::{BreakdownOrder, Sort};

/// Longest search text kept, in characters; longer text is cut and reported.
pub const MAX_SEARCH_CHARS: usize = 200;

/// The view a URL asks for, with every value checked against the dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewState {
    /// Fiscal year.
    pub year: u16,
    /// Which rounds of the year.
    pub budget: KindFilter,
    /// Ministry ids, in the dataset's order.
    pub ministries: Vec<String>,
    /// Area numbers, ascending.
    pub areas: Vec<u8>,
    /// Search text.
    pub q: String,
    /// The program whose detail is open.
    pub program: Option<String>,
    /// Language.
    pub lang: Lang,
    /// Program table order.
    pub sort: Sort,
    /// Order of the breakdowns by ministry and by area.
    pub order: BreakdownOrder,
}

/// Why part of a query was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// The parameter is not part of the contract.
    UnknownParameter,
    /// The value is not one the parameter takes (for lists: these items).
    InvalidValue,
    /// The parameter appears more than once; the first is used.
    Repeated,
    /// The search text was longer than [`MAX_SEARCH_CHARS`] and was cut.
    Truncated,
}

/// Part of a query that was ignored, for a visible notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The parameter name, as given (control characters removed).
    pub param: String,
    /// The value or items ignored, as given (control characters removed, shortened).
    pub value: String,
    /// Why.
    pub kind: NoticeKind,
}

impl ViewState {
    /// The default view of a dataset.
    pub fn default_for(data: &Dataset) -> Self {
        ViewState {
            year: data.latest_fiscal_year(),
            budget: KindFilter::default(),
            ministries: Vec::new(),
            areas: Vec::new(),
            q: String::new(),
            program: None,
            lang: Lang::default(),
            sort: Sort::default(),
            order: BreakdownOrder::default(),
        }
    }

    /// Reads a query string (with or without the leading `?`).
    pub fn parse(query: &str, data: &Dataset) -> (ViewState, Vec<Notice>) {
        let mut state = ViewState::default_for(data);
        let mut notices = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode(raw_key);
            let value = decode(raw_value);
            let mut notice = |kind: NoticeKind, value: &str| {
                notices.push(Notice {
                    param: shown(&key),
                    value: shown(value),
                    kind,
                })
            };
            if seen.contains(&key) {
                notice(NoticeKind::Repeated, &value);
                continue;
            }
            seen.push(key.clone());
            match key.as_str() {
                "year" => match value.parse::<u16>() {
                    Ok(year)
                        if data.fiscal_years().contains(&year) && value == year.to_string() =>
                    {
                        state.year = year
                    }
                    _ => notice(NoticeKind::InvalidValue, &value),
                },
                "budget" => match KindFilter::from_id(&value) {
                    Some(kind) => state.budget = kind,
                    None => notice(NoticeKind::InvalidValue, &value),
                },
                "ministry" => {
                    let (ok, bad) = split_list(&value, |id| data.ministry_idx(id).is_some());
                    state.ministries = data
                        .ministries
                        .iter()
                        .filter(|m| ok.contains(&m.id.as_str()))
                        .map(|m| m.id.clone())
                        .collect();
                    if !bad.is_empty() {
                        notice(NoticeKind::InvalidValue, &bad.join(","));
                    }
                }
                "area" => {
                    let valid = |item: &str| {
                        item.parse::<u8>()
                            .ok()
                            .filter(|n| item == n.to_string())
                            .and_then(|n| data.area_idx(n))
                            .is_some()
                    };
                    let (ok, bad) = split_list(&value, valid);
                    let mut areas: Vec<u8> = ok.iter().filter_map(|s| s.parse().ok()).collect();
                    areas.sort_unstable();
                    areas.dedup();
                    state.areas = areas;
                    if !bad.is_empty() {
                        notice(NoticeKind::InvalidValue, &bad.join(","));
                    }
                }
                "q" => {
                    let clean: String = value.chars().filter(|c| !c.is_control()).collect();
                    if clean.chars().count() > MAX_SEARCH_CHARS {
                        notice(NoticeKind::Truncated, &clean);
                        state.q = clean.chars().take(MAX_SEARCH_CHARS).collect();
                    } else {
                        state.q = clean;
                    }
                }
                "program" => match data.program_idx(&value) {
                    Some(_) => state.program = Some(value.clone()),
                    None => notice(NoticeKind::InvalidValue, &value),
                },
                "lang" => match value.as_str() {
                    "ja" => state.lang = Lang::Ja,
                    "en" => state.lang = Lang::En,
                    _ => notice(NoticeKind::InvalidValue, &value),
                },
                "sort" => match Sort::from_param(&value) {
                    Some(sort) => state.sort = sort,
                    None => notice(NoticeKind::InvalidValue, &value),
                },
                "order" => match BreakdownOrder::from_id(&value) {
                    Some(order) => state.order = order,
                    None => notice(NoticeKind::InvalidValue, &value),
                },
                _ => notice(NoticeKind::UnknownParameter, &value),
            }
        }
        (state, notices)
    }

    /// The query string for this state, defaults left out, with a leading `?` unless empty.
    pub fn to_query(&self, data: &Dataset) -> String {
        let defaults = ViewState::default_for(data);
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if self.year != defaults.year {
            pairs.push(("year", self.year.to_string()));
        }
        if self.budget != defaults.budget {
            pairs.push(("budget", self.budget.id().to_string()));
        }
        if !self.ministries.is_empty() {
            pairs.push(("ministry", self.ministries.join(",")));
        }
        if !self.areas.is_empty() {
            let areas: Vec<String> = self.areas.iter().map(u8::to_string).collect();
            pairs.push(("area", areas.join(",")));
        }
        if !self.q.is_empty() {
            pairs.push(("q", self.q.clone()));
        }
        if let Some(program) = &self.program {
            pairs.push(("program", program.clone()));
        }
        if self.lang != defaults.lang {
            pairs.push(("lang", self.lang.tag().to_string()));
        }
        if self.sort != defaults.sort {
            pairs.push(("sort", self.sort.to_param()));
        }
        if self.order != defaults.order {
            pairs.push(("order", self.order.id().to_string()));
        }
        if pairs.is_empty() {
            return String::new();
        }
        let encoded: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect();
        format!("?{}", encoded.join("&"))
    }

    /// The filter this state selects.
    pub fn filter(&self, data: &Dataset) -> Filter {
        Filter {
            fiscal_year: self.year,
            kind: self.budget,
            ministry_idxs: self
                .ministries
                .iter()
                .filter_map(|id| data.ministry_idx(id))
                .collect(),
            area_idxs: self
                .areas
                .iter()
                .filter_map(|&n| data.area_idx(n))
                .collect(),
            search: self.q.clone(),
        }
    }

    /// The same view with every filter cleared; language, sort and year kept.
    pub fn cleared(&self) -> ViewState {
        ViewState {
            ministries: Vec::new(),
            areas: Vec::new(),
            q: String::new(),
            program: None,
            budget: KindFilter::default(),
            ..self.clone()
        }
    }
}

/// Splits a comma-separated list into the items `valid` accepts and the ones it does not.
fn split_list(value: &str, valid: impl Fn(&str) -> bool) -> (Vec<&str>, Vec<&str>) {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .partition(|item| valid(item))
}

/// A value as a notice may show it: no control characters, at most 60 characters.
fn shown(value: &str) -> String {
    let clean: String = value.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > 60 {
        format!("{}…", clean.chars().take(60).collect::<String>())
    } else {
        clean
    }
}

/// Decodes `application/x-www-form-urlencoded` text: `+` is a space, `%XX` a byte;
/// malformed escapes stay as they are and invalid UTF-8 becomes U+FFFD.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encodes a value for a query: unreserved characters and `,` stay, all else is `%XX`.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_and_encode_round_trip_awkward_text() {
        for text in ["a&b=c#d", "100% 防衛", "+ plus", "日本語　全角", "%zz", ""] {
            assert_eq!(decode(&encode(text)), text);
        }
        assert_eq!(decode("a+b%20c"), "a b c");
        assert_eq!(decode("%E9%98%B2"), "防");
        assert_eq!(decode("%"), "%");
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("%FF"), "\u{FFFD}");
    }
}
