//! The URL query: the public, stable contract for links and embeds, and the one source of
//! truth for what the page shows.
//!
//! The contract is [`Param`]: one variant per parameter, and beside it, each in one
//! exhaustive `match`, how the parameter is read ([`Param::read`]), written
//! ([`Param::write`]), chosen in a control ([`ViewState::choose`]), sampled by the
//! property tests ([`Param::examples`]) and documented ([`Param::doc`], from which the
//! README's table is checked by `tests/url_contract.rs`). A new parameter is a new
//! variant, and the compiler asks for each of those.
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
use super::names::named_enum;
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

named_enum! {
    /// The parameters of the URL contract, in the order the app writes them. A form
    /// input that sets one is named after it (`name="ministry"`).
    #[derive(PartialOrd, Ord)]
    pub enum Param {
        /// The fiscal year shown.
        Year = "year",
        /// Which budget rounds of the year.
        Budget = "budget",
        /// Ministries, comma-separated ids.
        Ministry = "ministry",
        /// Strategy areas, comma-separated numbers.
        Area = "area",
        /// Search text.
        Q = "q",
        /// The program whose detail is open.
        Program = "program",
        /// The page's language.
        Lang = "lang",
        /// The program table's order.
        Sort = "sort",
        /// The compact page for an iframe.
        Embed = "embed",
        /// The filters in an embed.
        Controls = "controls",
        /// The breakdowns' order.
        Order = "order",
    }
}

/// A parameter as the README's table documents it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParamDoc {
    /// What it takes (Markdown).
    pub values: &'static str,
    /// Its default (Markdown).
    pub default: &'static str,
    /// What it does (Markdown).
    pub meaning: &'static str,
}

impl Param {
    /// Whether the parameter holds a comma-separated list, whose control is a group of
    /// checkboxes ([`ViewState::choose`] adds or removes one item).
    pub fn is_list(self) -> bool {
        matches!(self, Param::Ministry | Param::Area)
    }

    /// Sets this parameter's part of `state` from `value`, and tells `notice` what it could
    /// not use as it was given (for a list, the items left out; the rest still applies).
    pub fn read(
        self,
        state: &mut ViewState,
        value: &str,
        data: &Dataset,
        notice: &mut dyn FnMut(NoticeKind, &str),
    ) {
        let mut invalid = || notice(NoticeKind::InvalidValue, value);
        match self {
            Param::Year => match value.parse::<u16>() {
                Ok(year) if data.fiscal_years().contains(&year) && value == year.to_string() => {
                    state.year = year
                }
                _ => invalid(),
            },
            Param::Budget => set_or(&mut state.budget, KindFilter::parse(value), invalid),
            Param::Ministry => {
                let (ok, bad) = split_list(value, notice, |id| data.ministry_idx(id).is_some());
                state.ministries = data
                    .ministries
                    .iter()
                    .filter(|m| ok.contains(&m.id.as_str()))
                    .map(|m| m.id.clone())
                    .collect();
                rejected_items(&bad, notice)
            }
            Param::Area => {
                let valid = |item: &str| {
                    item.parse::<u8>()
                        .ok()
                        .filter(|n| item == n.to_string())
                        .and_then(|n| data.area_idx(n))
                        .is_some()
                };
                let (ok, bad) = split_list(value, notice, valid);
                let mut areas: Vec<u8> = ok.iter().filter_map(|s| s.parse().ok()).collect();
                stable_sort_by(&mut areas, u8::cmp);
                areas.dedup();
                state.areas = areas;
                rejected_items(&bad, notice)
            }
            Param::Q => {
                let clean = search_text(value);
                if clean != value {
                    notice(NoticeKind::CharactersRemoved, value);
                }
                if clean.chars().count() > MAX_SEARCH_CHARS {
                    state.q = clean.chars().take(MAX_SEARCH_CHARS).collect();
                    notice(NoticeKind::Truncated, &clean);
                } else {
                    state.q = clean;
                }
            }
            Param::Program => match data.program_idx(value) {
                Some(_) => state.program = Some(value.to_string()),
                None => invalid(),
            },
            Param::Lang => set_or(&mut state.lang, Lang::parse(value), invalid),
            Param::Sort => set_or(&mut state.sort, Sort::from_param(value), invalid),
            Param::Embed => set_or(&mut state.embed, flag(value), invalid),
            Param::Controls => set_or(&mut state.controls, flag(value), invalid),
            Param::Order => set_or(&mut state.order, BreakdownOrder::parse(value), invalid),
        }
    }

    /// This parameter's value in `state`, or `None` where it is the default (`defaults`)
    /// and so left out of the URL.
    pub fn write(self, state: &ViewState, defaults: &ViewState) -> Option<String> {
        let changed = |differs: bool, value: &str| differs.then(|| value.to_string());
        match self {
            Param::Year => (state.year != defaults.year).then(|| state.year.to_string()),
            Param::Budget => changed(state.budget != defaults.budget, state.budget.as_str()),
            Param::Ministry => (!state.ministries.is_empty()).then(|| state.ministries.join(",")),
            Param::Area => (!state.areas.is_empty()).then(|| {
                let areas: Vec<String> = state.areas.iter().map(u8::to_string).collect();
                areas.join(",")
            }),
            Param::Q => changed(!state.q.is_empty(), &state.q),
            Param::Program => state.program.clone(),
            Param::Lang => changed(state.lang != defaults.lang, state.lang.as_str()),
            Param::Sort => (state.sort != defaults.sort).then(|| state.sort.to_param()),
            Param::Embed => changed(state.embed, "1"),
            // `controls` only means something in embed mode.
            Param::Controls => changed(state.embed && state.controls, "1"),
            Param::Order => changed(state.order != defaults.order, state.order.as_str()),
        }
    }

    /// Every valid value of this parameter in `data` (lists: each item, and a pair), for
    /// the property tests' generator.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn examples(self, data: &Dataset) -> Vec<String> {
        let strings = |items: &[&str]| items.iter().map(|s| s.to_string()).collect();
        match self {
            Param::Year => data.fiscal_years().iter().map(u16::to_string).collect(),
            Param::Budget => KindFilter::ALL
                .iter()
                .map(|k| k.as_str().to_string())
                .collect(),
            Param::Ministry => {
                let mut ids: Vec<String> = data.ministries.iter().map(|m| m.id.clone()).collect();
                if let [first, .., last] = &ids[..] {
                    ids.push(format!("{last},{first}"));
                }
                ids
            }
            Param::Area => {
                let mut numbers: Vec<String> =
                    data.areas.iter().map(|a| a.number.to_string()).collect();
                if let [first, .., last] = &numbers[..] {
                    numbers.push(format!("{last},{first}"));
                }
                numbers
            }
            Param::Q => strings(&["防衛", "演習", "RMF", "exercise", "R&D = 100%"]),
            Param::Program => data.programs.iter().map(|p| p.id.clone()).collect(),
            Param::Lang => Lang::ALL.iter().map(|l| l.as_str().to_string()).collect(),
            Param::Sort => sort_examples(),
            Param::Embed | Param::Controls => strings(&["0", "1"]),
            Param::Order => BreakdownOrder::ALL
                .iter()
                .map(|o| o.as_str().to_string())
                .collect(),
        }
    }

    /// The parameter as the README's table documents it (`tests/url_contract.rs` checks
    /// that the README says exactly this).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn doc(self) -> ParamDoc {
        let doc = |values, default, meaning| ParamDoc {
            values,
            default,
            meaning,
        };
        match self {
            Param::Year => doc(
                "`2024`, `2023` (the fiscal years of the edition)",
                "`2024`",
                "the fiscal year shown",
            ),
            Param::Budget => doc(
                "`initial`, `supplementary`, `all`, `15month`",
                "`initial`",
                "which budget rounds of the year are added up: the initial budget, the \
                 supplementary budget, both, or the 15か月予算 (the previous year's \
                 supplementary + this year's initial budget; a view only, never added to \
                 another total). Every year × budget is a valid view; where the edition \
                 lacks a round of it, every label names what is summed and what is missing \
                 (`?year=2023&budget=15month`: 「令和5年度当初予算のみ（令和4年度補正予算は資料\
                 にありません）」)",
            ),
            Param::Ministry => doc(
                "ministry ids, comma-separated: `cas` 内閣官房, `npa` 警察庁, `fsa` 金融庁, \
                 `digital` デジタル庁, `mic` 総務省, `mofa` 外務省, `mext` 文部科学省, \
                 `mhlw` 厚生労働省, `meti` 経済産業省, `mlit` 国土交通省, `mod` 防衛省",
                "all",
                "only these ministries' programs",
            ),
            Param::Area => doc(
                "`1`-`6`, comma-separated",
                "all",
                "only these strategy areas",
            ),
            Param::Q => doc(
                "search text (UTF-8, percent-encoded; at most 200 characters)",
                "none",
                "only programs whose name or summary holds every word",
            ),
            Param::Program => doc(
                "a program id (see `data/editions/fy2024.json`)",
                "none",
                "opens that program's detail",
            ),
            Param::Lang => doc("`ja`, `en`", "`ja`", "the page's language"),
            Param::Sort => doc(
                "`name`, `ministry`, `area`, `amount`, `change`; a leading `-` sorts descending",
                "`-amount`",
                "the program table's order",
            ),
            Param::Embed => doc(
                "`1`, `0`",
                "`0`",
                "`1`: the compact page for an iframe (see \"Embedding\")",
            ),
            Param::Controls => doc(
                "`1`, `0`",
                "`0`",
                "`1`: with `embed=1`, show the filters; ignored without `embed=1`",
            ),
            Param::Order => doc(
                "`largest`, `source`",
                "`largest`",
                "the order of the breakdowns by ministry and area: largest first, or the \
                 source's order (the not-itemised row stays last)",
            ),
        }
    }
}

/// Every `sort` value: each column, ascending and descending.
#[cfg(not(target_arch = "wasm32"))]
fn sort_examples() -> Vec<String> {
    super::sort::SortKey::ALL
        .iter()
        .flat_map(|&key| [false, true].map(|descending| Sort { key, descending }.to_param()))
        .collect()
}

/// Sets `field` to `value` if there is one; else calls `rejected`.
fn set_or<T>(field: &mut T, value: Option<T>, rejected: impl FnOnce()) {
    match value {
        Some(value) => *field = value,
        None => rejected(),
    }
}

/// Reports the items of a list that were left out.
fn rejected_items(bad: &[&str], notice: &mut dyn FnMut(NoticeKind, &str)) {
    if !bad.is_empty() {
        notice(NoticeKind::InvalidValue, &bad.join(","));
    }
}

/// True for a character that changes the direction of the text around it: the bidi
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). From a link, one
/// could make a chip or the search box read as another figure (U+202E then
/// `円億0` shows as `0億円`).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Search text as the view holds it: without control characters or bidi controls, which
/// would only hide or reorder what is searched for (typed or from a link).
pub fn search_text(text: &str) -> String {
    text.chars()
        .filter(|&c| !c.is_control() && !is_bidi_control(c))
        .collect()
}

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
    /// Characters that only hide or reorder text (controls, bidi controls, spaces around
    /// list items) were taken out of the value; the rest was used.
    CharactersRemoved,
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

impl Notice {
    /// Whether `state` now holds what this notice says was ignored (the reader has since
    /// chosen it), so that it no longer describes the address bar: `ministry=mod&ministry=cas`
    /// then a tick on 内閣官房 leaves no notice that `cas` was ignored.
    pub fn answered_by(&self, state: &ViewState, data: &Dataset) -> bool {
        let Some(param) = Param::parse(&self.param) else {
            return false;
        };
        if !matches!(self.kind, NoticeKind::Repeated | NoticeKind::InvalidValue) {
            return false;
        }
        let Some(now) = param.write(state, &ViewState::default_for(data)) else {
            return false;
        };
        if param.is_list() {
            self.value
                .split(',')
                .all(|item| now.split(',').any(|held| held == item))
        } else {
            now == self.value
        }
    }
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
            match Param::parse(&key) {
                Some(param) => param.read(&mut state, &value, data, &mut notice),
                None => notice(NoticeKind::UnknownParameter, &value),
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

    /// The state after the reader chose `value` in `param`'s control: a radio button sets
    /// it; a checkbox of a list (`checked` or not) adds or removes that item. A change of
    /// the ministries or areas closes the open program, as any other filter click does.
    pub fn choose(&mut self, param: Param, value: &str, checked: bool, data: &Dataset) {
        if !param.is_list() {
            param.read(self, value, data, &mut |_, _| {});
            return;
        }
        let defaults = ViewState::default_for(data);
        let now = param.write(self, &defaults).unwrap_or_default();
        let mut items: Vec<&str> = now
            .split(',')
            .filter(|item| !item.is_empty() && *item != value)
            .collect();
        if checked {
            items.push(value);
        }
        // Read back as a link would be: in the canonical order, only valid items.
        param.read(self, &items.join(","), data, &mut |_, _| {});
        self.program = None;
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
        let ministry = &data.ministries[program.ministry_idx].id;
        let area = data.areas[program.area_idx].number;
        // Every field named, so a new one makes the compiler ask whether it narrows.
        let ViewState {
            year: _,
            budget,
            ministries,
            areas,
            q,
            program,
            lang,
            sort,
            embed,
            controls,
            order,
        } = self.clone();
        let narrowed = |year: u16, budget: KindFilter, q: String| ViewState {
            year,
            budget,
            ministries: if ministries.is_empty() || ministries.contains(ministry) {
                ministries.clone()
            } else {
                vec![ministry.clone()]
            },
            areas: if areas.is_empty() || areas.contains(&area) {
                areas.clone()
            } else {
                vec![area]
            },
            q,
            program: program.clone(),
            lang,
            sort,
            embed,
            controls,
            order,
        };
        let mut candidates = Vec::new();
        for q in [q.clone(), String::new()] {
            candidates.push(narrowed(self.year, budget, q.clone()));
            for year in data.fiscal_years() {
                for budget in [budget, KindFilter::All] {
                    candidates.push(narrowed(year, budget, q.clone()));
                }
            }
        }
        candidates.into_iter().find(includes)
    }

    /// The parameters this state writes, in the contract's order, defaults left out.
    pub fn query_pairs(&self, data: &Dataset) -> Vec<(Param, String)> {
        let defaults = ViewState::default_for(data);
        Param::ALL
            .iter()
            .filter_map(|&param| Some((param, param.write(self, &defaults)?)))
            .collect()
    }

    /// The query string for this state, defaults left out, with a leading `?` unless empty.
    pub fn to_query(&self, data: &Dataset) -> String {
        query_string(&self.query_pairs(data))
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
        self.with_layout(false, false)
    }

    /// The same view for an iframe: `embed=1`, filters hidden.
    pub fn embedded(&self) -> ViewState {
        self.with_layout(true, false)
    }

    /// The same view in another layout (embed mode and its controls).
    fn with_layout(&self, embed: bool, controls: bool) -> ViewState {
        let ViewState {
            year,
            budget,
            ministries,
            areas,
            q,
            program,
            lang,
            sort,
            embed: _,
            controls: _,
            order,
        } = self.clone();
        ViewState {
            year,
            budget,
            ministries,
            areas,
            q,
            program,
            lang,
            sort,
            embed,
            controls,
            order,
        }
    }

    /// The same view with every filter cleared; language, sort, year, layout and the
    /// breakdowns' order kept.
    pub fn cleared(&self) -> ViewState {
        let ViewState {
            year,
            budget: _,
            ministries: _,
            areas: _,
            q: _,
            program: _,
            lang,
            sort,
            embed,
            controls,
            order,
        } = self.clone();
        ViewState {
            year,
            budget: KindFilter::default(),
            ministries: Vec::new(),
            areas: Vec::new(),
            q: String::new(),
            program: None,
            lang,
            sort,
            embed,
            controls,
            order,
        }
    }
}

/// `pairs` as a query string, values encoded, with a leading `?` unless there are none.
pub fn query_string(pairs: &[(Param, String)]) -> String {
    let mut query = String::new();
    for (param, value) in pairs {
        query.push(if query.is_empty() { '?' } else { '&' });
        query.push_str(param.as_str());
        query.push('=');
        query.push_str(&encode(value));
    }
    query
}

/// Reads an on/off parameter: `1` or `0`.
fn flag(value: &str) -> Option<bool> {
    match value {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// Splits a comma-separated list into the items `valid` accepts and the ones it does not;
/// spaces and controls around an item are taken off, and reported.
fn split_list<'a>(
    value: &'a str,
    notice: &mut dyn FnMut(NoticeKind, &str),
    valid: impl Fn(&str) -> bool,
) -> (Vec<&'a str>, Vec<&'a str>) {
    let around = |c: char| c.is_whitespace() || c.is_control();
    let items: Vec<&str> = value.split(',').collect();
    if items.iter().any(|item| item.trim_matches(around) != *item) {
        notice(NoticeKind::CharactersRemoved, value);
    }
    items
        .into_iter()
        .map(|item| item.trim_matches(around))
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
