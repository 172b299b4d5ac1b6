//! The URL query contract: parsing, notices for what is ignored, and round trips.

use cyber_budget_explorer::budget::query::{Notice, NoticeKind, ViewState, MAX_SEARCH_CHARS};
use cyber_budget_explorer::budget::sort::{Sort, SortKey};
use cyber_budget_explorer::budget::{Dataset, KindFilter, Lang};
use cyber_budget_explorer::dataset::latest_edition;

fn data() -> Dataset {
    latest_edition().unwrap()
}

fn notice(param: &str, value: &str, kind: NoticeKind) -> Notice {
    Notice {
        param: param.to_string(),
        value: value.to_string(),
        kind,
    }
}

#[test]
fn an_empty_query_is_the_default_view_and_writes_back_empty() {
    let data = data();
    let (state, notices) = ViewState::parse("", &data);
    assert_eq!(state, ViewState::default_for(&data));
    assert_eq!(state.year, 2024);
    assert_eq!(state.budget, KindFilter::Initial);
    assert_eq!(state.lang, Lang::Ja);
    assert!(notices.is_empty());
    assert_eq!(state.to_query(&data), "");
}

#[test]
fn every_parameter_of_the_contract_is_read() {
    let data = data();
    let (state, notices) = ViewState::parse(
        "?year=2023&budget=all&ministry=meti,mod&area=3,1&q=%E6%BC%94%E7%BF%92&program=mod-rmf&lang=en&sort=name",
        &data,
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.year, 2023);
    assert_eq!(state.budget, KindFilter::All);
    assert_eq!(state.ministries, vec!["meti", "mod"]);
    assert_eq!(state.areas, vec![1, 3]);
    assert_eq!(state.q, "演習");
    assert_eq!(state.program.as_deref(), Some("mod-rmf"));
    assert_eq!(state.lang, Lang::En);
    assert_eq!(
        state.sort,
        Sort {
            key: SortKey::Name,
            descending: false
        }
    );
}

#[test]
fn lists_are_written_in_a_canonical_order() {
    let data = data();
    let (state, _) = ViewState::parse("ministry=mod,cas,mod&area=6,2,2", &data);
    assert_eq!(state.ministries, vec!["cas", "mod"]);
    assert_eq!(state.areas, vec![2, 6]);
    assert_eq!(state.to_query(&data), "?ministry=cas,mod&area=2,6");
}

#[test]
fn unknown_and_malformed_values_are_ignored_with_a_notice_and_the_rest_applies() {
    let data = data();
    let (state, notices) = ViewState::parse(
        "year=1999&budget=extra&ministry=mod,nasa&area=3,7,x&program=nope&lang=fr&sort=price&utm_source=mail&year=2023",
        &data,
    );
    assert_eq!(state.year, 2024);
    assert_eq!(state.budget, KindFilter::Initial);
    assert_eq!(state.ministries, vec!["mod"]);
    assert_eq!(state.areas, vec![3]);
    assert_eq!(state.program, None);
    assert_eq!(state.lang, Lang::Ja);
    assert_eq!(
        notices,
        vec![
            notice("year", "1999", NoticeKind::InvalidValue),
            notice("budget", "extra", NoticeKind::InvalidValue),
            notice("ministry", "nasa", NoticeKind::InvalidValue),
            notice("area", "7,x", NoticeKind::InvalidValue),
            notice("program", "nope", NoticeKind::InvalidValue),
            notice("lang", "fr", NoticeKind::InvalidValue),
            notice("sort", "price", NoticeKind::InvalidValue),
            notice("utm_source", "mail", NoticeKind::UnknownParameter),
            notice("year", "2023", NoticeKind::Repeated),
        ]
    );
}

#[test]
fn hostile_values_are_contained() {
    let data = data();
    // Script, control characters, overlong text, broken escapes and invalid UTF-8.
    let long = "あ".repeat(MAX_SEARCH_CHARS + 50);
    let query = format!(
        "q={}&ministry=%3Cscript%3Ealert(1)%3C/script%3E&area=%00%0A&lang=%FF&year=2024%20&%3Cb%3E=1&q2=%",
        long
    );
    let (state, notices) = ViewState::parse(&query, &data);
    assert_eq!(state.q.chars().count(), MAX_SEARCH_CHARS);
    assert!(state.ministries.is_empty());
    assert_eq!(state.year, 2024);
    let kinds: Vec<(&str, &NoticeKind)> = notices
        .iter()
        .map(|n| (n.param.as_str(), &n.kind))
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("q", &NoticeKind::Truncated),
            ("ministry", &NoticeKind::InvalidValue),
            ("area", &NoticeKind::InvalidValue),
            ("lang", &NoticeKind::InvalidValue),
            ("year", &NoticeKind::InvalidValue),
            ("<b>", &NoticeKind::UnknownParameter),
            ("q2", &NoticeKind::UnknownParameter),
        ]
    );
    // Notices show values without control characters and at most 60 characters long.
    assert!(notices
        .iter()
        .all(|n| n.value.chars().count() <= 61 && !n.value.chars().any(char::is_control)));
    assert_eq!(notices[3].value, "\u{FFFD}");
}

#[test]
fn search_text_with_reserved_characters_round_trips() {
    let data = data();
    for q in [
        "a&b=c#d",
        "100% 防衛",
        "+plus+",
        "ｆｕｌｌ　ｗｉｄｔｈ",
        "?q=x",
        "a,b",
    ] {
        let state = ViewState {
            q: q.to_string(),
            ..ViewState::default_for(&data)
        };
        let query = state.to_query(&data);
        // One parameter: the text's own `&`, `=`, `#` and spaces are all escaped.
        assert_eq!(query.matches('=').count(), 1, "{query}");
        assert!(!query.contains(['&', '#', ' ']), "{query}");
        let (back, notices) = ViewState::parse(&query, &data);
        assert_eq!(back, state, "{query}");
        assert!(notices.is_empty());
    }
}

#[test]
fn every_state_round_trips_through_its_url() {
    let data = data();
    let (state, _) = ViewState::parse("year=2023&budget=supplementary&ministry=cas&area=2&q=x&program=cas-penetration-testing&lang=en&sort=-change", &data);
    let query = state.to_query(&data);
    assert_eq!(
        query,
        "?year=2023&budget=supplementary&ministry=cas&area=2&q=x&program=cas-penetration-testing&lang=en&sort=-change"
    );
    assert_eq!(ViewState::parse(&query, &data).0, state);
}

#[test]
fn clearing_keeps_language_year_and_sort() {
    let data = data();
    let (state, _) = ViewState::parse(
        "year=2023&budget=all&ministry=cas&q=x&lang=en&sort=name",
        &data,
    );
    let cleared = state.cleared();
    assert_eq!(cleared.to_query(&data), "?year=2023&lang=en&sort=name");
}

#[test]
fn embed_and_controls_are_part_of_the_contract() {
    let data = data();
    let (state, notices) = ViewState::parse("ministry=mic&embed=1&controls=1", &data);
    assert!(notices.is_empty());
    assert!(state.embed && state.controls);
    assert_eq!(state.to_query(&data), "?ministry=mic&embed=1&controls=1");
    // The full-page link of an embed drops both; the snippet of a full page adds embed only.
    assert_eq!(state.full_page().to_query(&data), "?ministry=mic");
    assert_eq!(
        state.full_page().embedded().to_query(&data),
        "?ministry=mic&embed=1"
    );
    // Clearing the filters inside an embed keeps it an embed.
    assert_eq!(state.cleared().to_query(&data), "?embed=1&controls=1");
    // `controls` means nothing outside embed mode: one view, one URL.
    let (state, notices) = ViewState::parse("controls=1", &data);
    assert!(notices.is_empty());
    assert!(!state.controls);
    assert_eq!(state.to_query(&data), "");
    // Only 1 and 0 are values.
    let (state, notices) = ViewState::parse("embed=yes&lang=en", &data);
    assert!(!state.embed);
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].param, "embed");
    assert_eq!(notices[0].kind, NoticeKind::InvalidValue);
}
