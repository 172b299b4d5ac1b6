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
//! | `embed` | `1`: the compact page for an iframe (no site header, footer or filters) | `0` |
//! | `controls` | `1`: with `embed=1`, show the filters too | `0` |
//! | `order` | breakdowns by ministry and area: `largest` first, or `source` order | `largest` |
//!
//! Parsing never fails: what cannot be used is dropped and reported as a [`Notice`], and
//! the rest of the query still applies. Writing omits defaults, so every view has one URL.
//!
//! The query is untrusted input (anyone can send a link), so its cost is bounded: it is
//! decoded by the WHATWG `application/x-www-form-urlencoded` rules (`form_urlencoded`),
//! and only the first [`MAX_PARAMS`] parameters and [`MAX_QUERY_BYTES`] bytes are read; the
//! rest is counted, not decoded, and reported in one notice. Repeated names are found by
//! comparing each name with the ones read before it, so at most [`MAX_PARAMS`] times
//! [`MAX_QUERY_BYTES`] byte comparisons: parsing is bounded in its work (`tests/url_cost.rs`).

use std::fmt::Write;

use super::filter::{Filter, KindFilter};
use super::model::{Dataset, Lang};
use super::sort::{stable_sort_by, BreakdownOrder, Sort};
use super::view::Explorer;

/// Longest search text kept, in characters; longer text is cut and reported.
pub const MAX_SEARCH_CHARS: usize = 200;

/// Most parameters read from one query. The contract has under a dozen; the cap keeps a
/// hostile link of 100,000 keys from costing 100,000 notices.
pub const MAX_PARAMS: usize = 100;

/// Most bytes of the query read (64 KiB). The longest URL the app writes is about 2 KB (the
/// search text is at most 200 characters, 1,800 bytes percent-encoded); a parameter that
/// would end past this limit is not read, nor anything after it.
pub const MAX_QUERY_BYTES: usize = 64 * 1024;

/// Longest name or value a notice shows, in characters; longer ones end with `…`.
pub const MAX_SHOWN_CHARS: usize = 60;

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
    /// The compact page for an iframe (`embed=1`).
    pub embed: bool,
    /// Filters shown in embed mode (`controls=1`); always false outside it.
    pub controls: bool,
    /// Order of the breakdowns by ministry and by area.
    pub order: BreakdownOrder,
}

/// Why part of a query was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// A parameter without a name (`?=x`).
    EmptyName,
    /// The query went past [`MAX_PARAMS`] or [`MAX_QUERY_BYTES`]; the rest was not read.
    TooLong {
        /// Non-empty parameters not read.
        params: usize,
        /// Characters of the query not read.
        chars: usize,
    },
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
    /// The parameter name as received, with hidden characters made visible ([`visible`])
    /// and cut to [`MAX_SHOWN_CHARS`].
    pub param: String,
    /// The value or items ignored, shown the same way as `param`.
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
            embed: false,
            controls: false,
            order: BreakdownOrder::default(),
        }
    }

    /// Reads a query string (with or without the leading `?`).
    pub fn parse(query: &str, data: &Dataset) -> (ViewState, Vec<Notice>) {
        let mut state = ViewState::default_for(data);
        let mut notices = Vec::new();
        // A list, not a HashSet: at most 100 parameters are read, and a set here was the
        // wasm's only hash table of strings (its hasher and table code, about 3 KB).
        let mut seen: Vec<String> = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        let (read, rest) = split_at_budget(query);
        for (key, value) in form_urlencoded::parse(read.as_bytes()) {
            let (key, value) = (key.into_owned(), value.into_owned());
            let mut notice = |kind: NoticeKind, value: &str| {
                notices.push(Notice {
                    param: shown(&key),
                    value: shown(value),
                    kind,
                })
            };
            if key.is_empty() {
                notice(NoticeKind::EmptyName, &value);
                continue;
            }
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
                    stable_sort_by(&mut areas, u8::cmp);
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
                "embed" => match flag(&value) {
                    Some(on) => state.embed = on,
                    None => notice(NoticeKind::InvalidValue, &value),
                },
                "controls" => match flag(&value) {
                    Some(on) => state.controls = on,
                    None => notice(NoticeKind::InvalidValue, &value),
                },
                "order" => match BreakdownOrder::from_id(&value) {
                    Some(order) => state.order = order,
                    None => notice(NoticeKind::InvalidValue, &value),
                },
                _ => notice(NoticeKind::UnknownParameter, &value),
            }
        }
        // `controls` only means something in embed mode; one view, one URL.
        state.controls &= state.embed;
        let params = rest.split('&').filter(|p| !p.is_empty()).count();
        if params > 0 {
            // First, so the shortened list of notices never hides it.
            notices.insert(
                0,
                Notice {
                    param: String::new(),
                    value: String::new(),
                    kind: NoticeKind::TooLong {
                        params,
                        chars: rest.chars().count(),
                    },
                },
            );
        }
        (state, notices)
    }

    /// When the open program is left out by the rest of the view (another ministry, a round
    /// in which it has no amount...), the nearest view that includes it: the filters that
    /// exclude it narrowed to its own ministry and area; if need be both rounds, then another
    /// year; and only then the search cleared. `None` when no program is open, or it is
    /// included already, or no view includes it.
    pub fn including_program(&self, explorer: &Explorer) -> Option<ViewState> {
        let data = &explorer.data;
        let p = data.program_idx(self.program.as_deref()?)?;
        let includes = |state: &ViewState| {
            explorer
                .view(&state.filter(data))
                .programs
                .iter()
                .any(|row| row.program_idx == p)
        };
        if includes(self) {
            return None;
        }
        let program = &data.programs[p];
        let mut next = self.clone();
        let ministry = &data.ministries[program.ministry_idx].id;
        if !next.ministries.is_empty() && !next.ministries.contains(ministry) {
            next.ministries = vec![ministry.clone()];
        }
        let area = data.areas[program.area_idx].number;
        if !next.areas.is_empty() && !next.areas.contains(&area) {
            next.areas = vec![area];
        }
        let mut cleared = next.clone();
        cleared.q.clear();
        let mut candidates = Vec::new();
        for base in [next, cleared] {
            candidates.push(base.clone());
            for year in data.fiscal_years() {
                for budget in [self.budget, KindFilter::All] {
                    candidates.push(ViewState {
                        year,
                        budget,
                        ..base.clone()
                    });
                }
            }
        }
        candidates.into_iter().find(includes)
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
        if self.embed {
            pairs.push(("embed", "1".to_string()));
            if self.controls {
                pairs.push(("controls", "1".to_string()));
            }
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

    /// The same view as a full page: embed mode and its controls off.
    pub fn full_page(&self) -> ViewState {
        ViewState {
            embed: false,
            controls: false,
            ..self.clone()
        }
    }

    /// The same view for an iframe: `embed=1`, filters hidden.
    pub fn embedded(&self) -> ViewState {
        ViewState {
            embed: true,
            controls: false,
            ..self.clone()
        }
    }

    /// The same view with every filter cleared; language, sort, year and embed mode kept.
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

/// Reads an on/off parameter: `1` or `0`.
fn flag(value: &str) -> Option<bool> {
    match value {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
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

/// Splits a query (without `?`) into the part read and the rest: at most [`MAX_PARAMS`]
/// non-empty parameters, ending at most [`MAX_QUERY_BYTES`] in. The cut falls on a `&`, so
/// no parameter is read in part.
fn split_at_budget(query: &str) -> (&str, &str) {
    let mut params = 0;
    let mut end = 0;
    let mut start = 0;
    for segment in query.split('&') {
        let segment_end = start + segment.len();
        if !segment.is_empty() {
            if params == MAX_PARAMS || segment_end > MAX_QUERY_BYTES {
                break;
            }
            params += 1;
            end = segment_end;
        }
        // The `&` after the segment.
        start = segment_end + 1;
    }
    (
        query.get(..end).unwrap_or_default(),
        query.get(end..).unwrap_or_default(),
    )
}

/// True for a character that shows as nothing or changes how the text around it shows:
/// controls, format characters (bidi overrides and isolates, zero-width ones, the BOM),
/// line and paragraph separators, variation selectors, tags and fillers.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF0}'..='\u{FFFB}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// Text as received, with each hidden character ([`is_hidden`]) written visibly as
/// `[U+XXXX]`, so a notice can neither hide nor reorder what it reports.
pub fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    text.chars().for_each(|c| push_visible(&mut out, c));
    out
}

/// Appends `c` to `out`, as `[U+XXXX]` if it is hidden.
fn push_visible(out: &mut String, c: char) {
    if is_hidden(c) {
        // Writing to a String cannot fail.
        let _ = write!(out, "[U+{:04X}]", u32::from(c));
    } else {
        out.push(c);
    }
}

/// A name or value as a notice shows it: [`visible`], cut after [`MAX_SHOWN_CHARS`]
/// characters (a `[U+XXXX]` counts as one and is never split) with `…`.
fn shown(value: &str) -> String {
    let mut out = String::new();
    for (n, c) in value.chars().enumerate() {
        if n == MAX_SHOWN_CHARS {
            out.push('…');
            break;
        }
        push_visible(&mut out, c);
    }
    out
}

/// Decodes `application/x-www-form-urlencoded` text by the WHATWG rules: `+` is a space,
/// `%` and two hex digits a byte; any other `%` stays, invalid UTF-8 becomes U+FFFD.
pub fn decode(text: &str) -> String {
    form_urlencoded::parse(format!("={text}").as_bytes())
        .next()
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default()
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
        // Only hex digits make an escape: `from_str_radix` also took a sign.
        assert_eq!(decode("a%+Ab"), "a% Ab");
        assert_eq!(decode("%+0"), "% 0");
        assert_eq!(decode("%-1%4g"), "%-1%4g");
    }

    #[test]
    fn the_budget_cuts_between_parameters() {
        assert_eq!(split_at_budget("a=1&&b=2"), ("a=1&&b=2", ""));
        let many = "k=v&".repeat(MAX_PARAMS + 3);
        let (read, rest) = split_at_budget(&many);
        assert_eq!(read.split('&').count(), MAX_PARAMS);
        assert_eq!(rest, "&k=v&k=v&k=v&");
        let big = format!("q={}&lang=en", "x".repeat(MAX_QUERY_BYTES));
        assert_eq!(split_at_budget(&big), ("", big.as_str()));
        let fits = format!("q={}&lang=en", "x".repeat(MAX_QUERY_BYTES - 2));
        assert_eq!(split_at_budget(&fits).1, "&lang=en");
    }

    #[test]
    fn hidden_characters_are_shown_and_long_text_cut() {
        assert_eq!(shown("ye\u{0}ar"), "ye[U+0000]ar");
        assert_eq!(shown("\u{202E}dom"), "[U+202E]dom");
        assert_eq!(shown("\u{FEFF}\u{200B}"), "[U+FEFF][U+200B]");
        assert_eq!(shown("防衛　省"), "防衛　省");
        assert_eq!(shown(&"x".repeat(61)), format!("{}…", "x".repeat(60)));
        assert_eq!(shown(&"x".repeat(60)), "x".repeat(60));
        let hidden = "\u{7}".repeat(61);
        assert_eq!(shown(&hidden), format!("{}…", "[U+0007]".repeat(60)));
    }
}
