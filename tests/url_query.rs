//! The URL query contract: parsing, notices for what is ignored, and round trips.

use cyber_budget_explorer::budget::query::{
    is_bidi_control, search_text, Notice, NoticeKind, Param, ViewState, MAX_SEARCH_CHARS,
};
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
            // Only controls: taken off, leaving no item (so all areas).
            ("area", &NoticeKind::CharactersRemoved),
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

// Issue 10: hostile and odd URLs. Each test names the URL of the probe that found the case.

use cyber_budget_explorer::budget::query::{MAX_PARAMS, MAX_QUERY_BYTES};
use cyber_budget_explorer::budget::Explorer;
use cyber_budget_explorer::text::{notice as notice_text, notice_parts, scope_parts, Part};

#[test]
fn notices_name_what_was_received_with_hidden_characters_shown() {
    let data = data();
    // Control characters used to be removed, so this reported that "year" is no parameter.
    let (state, notices) = ViewState::parse("?ye%00ar=2023&lang=en", &data);
    assert_eq!(state.year, 2024);
    assert_eq!(
        notices,
        vec![notice("ye[U+0000]ar", "2023", NoticeKind::UnknownParameter)]
    );
    assert_eq!(
        notice_text(&notices[0], Lang::En),
        "\"ye[U+0000]ar\" is not a parameter this page takes; it was ignored."
    );
    // ... and that the value "mod" was invalid.
    let (state, notices) = ViewState::parse("ministry=m%00od", &data);
    assert!(state.ministries.is_empty());
    assert_eq!(
        notices,
        vec![notice("ministry", "m[U+0000]od", NoticeKind::InvalidValue)]
    );
    assert_eq!(
        notice_text(&notices[0], Lang::Ja),
        "「ministry」の値「m[U+0000]od」は使えないため無視しました。"
    );
}

#[test]
fn bidi_overrides_are_shown_and_kept_apart_from_the_sentence() {
    let data = data();
    let (_, notices) = ViewState::parse("?lang=en&ministry=%E2%80%AEdom", &data);
    assert_eq!(
        notice_parts(&notices[0], Lang::En),
        vec![
            Part::Page("The value \"".into()),
            Part::FromUrl("[U+202E]dom".into()),
            Part::Page("\" of \"".into()),
            Part::FromUrl("ministry".into()),
            Part::Page("\" is not valid; it was ignored.".into()),
        ]
    );
    // The search text in the scope line is the one piece of it from the URL, isolated: a
    // right-to-left word cannot carry the figures around it along.
    let (state, _) = ViewState::parse("?lang=en&q=%D7%A9%D7%9C%D7%95%D7%9D1", &data);
    assert_eq!(state.q, "שלום1");
    assert_eq!(
        scope_parts(&data, &state, Lang::En),
        vec![
            Part::Page("FY2024 Initial · \"".into()),
            Part::FromUrl("שלום1".into()),
            Part::Page("\"".into()),
        ]
    );
}

#[test]
fn percent_decoding_follows_the_whatwg_rules() {
    let data = data();
    // `from_str_radix` took `+A` as a hex number: "ab" was searched, `%+0` became NUL.
    assert_eq!(ViewState::parse("?q=a%+Ab", &data).0.q, "a% Ab");
    assert_eq!(ViewState::parse("?q=%+0", &data).0.q, "% 0");
    assert_eq!(ViewState::parse("?q=%e6%bc%94%E7%BF%92", &data).0.q, "演習");
    assert_eq!(ViewState::parse("?q=%", &data).0.q, "%");
    assert_eq!(ViewState::parse("?q=%F0%9F", &data).0.q, "\u{FFFD}");
}

#[test]
fn an_empty_name_gets_a_sentence_that_reads_naturally() {
    let data = data();
    let (state, notices) = ViewState::parse("?=x&lang=en", &data);
    assert_eq!(state.lang, Lang::En);
    assert_eq!(notices, vec![notice("", "x", NoticeKind::EmptyName)]);
    assert_eq!(
        notice_text(&notices[0], Lang::En),
        "A parameter without a name (value \"x\") was ignored."
    );
    assert_eq!(
        notice_text(&notices[0], Lang::Ja),
        "名前のないパラメータ（値「x」）を無視しました。"
    );
    let (_, notices) = ViewState::parse("?=&year", &data);
    assert_eq!(
        notices
            .iter()
            .map(|n| notice_text(n, Lang::En))
            .collect::<Vec<_>>(),
        vec![
            "A parameter without a name was ignored.",
            "\"year\" has no value; it was ignored.",
        ]
    );
}

#[test]
fn past_the_limit_the_query_is_counted_not_read_with_one_notice() {
    let data = data();
    // 100,000 keys, 0.9 MB: the probe took 6 to 14 seconds and gave 100,000 notices.
    let keys: Vec<String> = (0..100_000).map(|i| format!("k{i}=v")).collect();
    let query = format!("?lang=en&{}", keys.join("&"));
    assert!(query.len() > 850_000);
    let (state, notices) = ViewState::parse(&query, &data);
    assert_eq!(state.lang, Lang::En);
    assert_eq!(notices.len(), MAX_PARAMS);
    let ignored = 100_000 + 1 - MAX_PARAMS;
    assert_eq!(
        notices[0].kind,
        NoticeKind::TooLong {
            params: ignored,
            chars: query.len() - query.find(&format!("&k{}=", MAX_PARAMS - 1)).unwrap(),
        }
    );
    assert_eq!(
        notice_text(&notices[0], Lang::En),
        "The link is too long: the remaining 99,901 parameters (888,306 characters) were not read."
    );
    assert!(notices[1..]
        .iter()
        .all(|n| n.kind == NoticeKind::UnknownParameter));
    // One huge value: the parameter that crosses the limit is not read in part.
    let query = format!("q={}&lang=en", "x".repeat(MAX_QUERY_BYTES));
    let (state, notices) = ViewState::parse(&query, &data);
    assert_eq!((state.q.as_str(), state.lang), ("", Lang::Ja));
    assert_eq!(
        notice_text(&notices[0], Lang::Ja),
        "リンクが長すぎるため、残りの2個のパラメータ（65,546文字）は読まずに無視しました。"
    );
}

#[test]
fn a_program_outside_the_filter_opens_and_the_view_that_includes_it_is_offered() {
    let data = data();
    let explorer = Explorer::new(data.clone());
    // A 防衛省 program under a 内閣官房 filter: narrowed to its own ministry.
    let (state, notices) = ViewState::parse("?program=mod-rmf&ministry=cas", &explorer.data);
    assert!(notices.is_empty());
    assert_eq!(state.program.as_deref(), Some("mod-rmf"));
    let including = state.including_program(&explorer).unwrap();
    assert_eq!(including.to_query(&data), "?ministry=mod&program=mod-rmf");
    assert_eq!(including.including_program(&explorer), None);
    // FY2024 has no supplementary budget in this edition: both rounds include it.
    let (state, _) = ViewState::parse("?program=mod-rmf&budget=supplementary", &data);
    let including = state.including_program(&explorer).unwrap();
    assert_eq!(including.to_query(&data), "?budget=all&program=mod-rmf");
    let view = explorer.view(&including.filter(&data));
    let row = view
        .programs
        .iter()
        .find(|r| data.programs[r.program_idx].id == "mod-rmf")
        .unwrap();
    assert_eq!(row.amount.to_string(), "290.8");
    // A search that misses it is cleared; the area it is in stays.
    let (state, _) = ViewState::parse("?program=mod-rmf&area=3&q=IoT&lang=en", &data);
    assert_eq!(
        state.including_program(&explorer).unwrap().to_query(&data),
        "?area=3&program=mod-rmf&lang=en"
    );
    // Included already, or no program: nothing to offer.
    let (state, _) = ViewState::parse("?program=mod-rmf&ministry=mod", &data);
    assert_eq!(state.including_program(&explorer), None);
    assert_eq!(
        ViewState::default_for(&data).including_program(&explorer),
        None
    );
}

#[test]
fn characters_that_hide_or_reorder_text_are_removed_from_the_link_and_said_so() {
    let data = data();
    // U+202E then 円億0 would read as 「0億円」 in a chip or the search box.
    let (state, notices) = ViewState::parse("q=%E2%80%AE%E5%86%86%E5%84%840", &data);
    assert_eq!(state.q, "円億0");
    assert_eq!(
        notices,
        vec![notice("q", "[U+202E]円億0", NoticeKind::CharactersRemoved)]
    );
    let (state, notices) = ViewState::parse("q=%E9%98%B2%E8%A1%9B%01", &data);
    assert_eq!(state.q, "防衛");
    assert_eq!(
        notices,
        vec![notice("q", "防衛[U+0001]", NoticeKind::CharactersRemoved)]
    );
    // A tab after a list item: the item is used, and the notice says what was taken off.
    let (state, notices) = ViewState::parse("ministry=mod%09&area=%201", &data);
    assert_eq!(state.ministries, vec!["mod".to_string()]);
    assert_eq!(state.areas, vec![1]);
    assert_eq!(
        notices,
        vec![
            notice("ministry", "mod[U+0009]", NoticeKind::CharactersRemoved),
            notice("area", " 1", NoticeKind::CharactersRemoved),
        ]
    );
    // Typed text is cleaned the same way.
    assert_eq!(search_text("\u{2066}防衛\u{2069}\u{7}"), "防衛");
    assert!(is_bidi_control('\u{202A}') && is_bidi_control('\u{2069}'));
    assert!(!is_bidi_control('\u{200B}'));
}

#[test]
fn a_notice_stops_applying_once_the_reader_chooses_what_it_says_was_ignored() {
    let data = data();
    let (state, notices) = ViewState::parse("ministry=mod&ministry=cas&year=1999", &data);
    assert_eq!(notices.len(), 2);
    let mut ticked = state.clone();
    ticked.choose(Param::Ministry, "cas", true, &data);
    assert_eq!(
        ticked.ministries,
        vec!["cas".to_string(), "mod".to_string()]
    );
    // "cas was ignored" is no longer true; "1999 is not a year" still is.
    let left: Vec<_> = notices
        .iter()
        .filter(|n| !n.answered_by(&ticked, &data))
        .collect();
    assert_eq!(
        left,
        vec![&notice("year", "1999", NoticeKind::InvalidValue)]
    );
    // Before the tick, nothing is answered.
    assert!(notices.iter().all(|n| !n.answered_by(&state, &data)));
}

#[test]
fn choosing_in_a_control_adds_or_removes_one_item_in_the_canonical_order() {
    let data = data();
    let mut state = ViewState::default_for(&data);
    state.program = Some("mod-rmf".to_string());
    state.choose(Param::Ministry, "mod", true, &data);
    state.choose(Param::Ministry, "cas", true, &data);
    assert_eq!(state.ministries, vec!["cas".to_string(), "mod".to_string()]);
    assert_eq!(
        state.program, None,
        "a filter change closes the open program"
    );
    state.choose(Param::Ministry, "cas", false, &data);
    assert_eq!(state.ministries, vec!["mod".to_string()]);
    state.choose(Param::Area, "3", true, &data);
    state.choose(Param::Area, "1", true, &data);
    assert_eq!(state.areas, vec![1, 3]);
    state.choose(Param::Year, "2023", true, &data);
    state.choose(Param::Budget, "all", true, &data);
    state.choose(Param::Order, "source", true, &data);
    assert_eq!(
        state.to_query(&data),
        "?year=2023&budget=all&ministry=mod&area=1,3&order=source"
    );
}
