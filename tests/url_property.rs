//! 10,000 random and hostile queries through the whole path a link takes: parse, view,
//! the sentences of the page, and back to a URL. A seeded generator (no dependency, the
//! same queries every run) mixes the contract's own names and values (`Param::ALL` and
//! `Param::examples`, so a new parameter is drawn too) with what a probe sends: markup,
//! control and bidi characters, broken and sign-led escapes, full-width digits, empty
//! names, repeats, and long runs.

mod common;

use cyber_budget_explorer::budget::query::{
    encode, is_hidden, Notice, NoticeKind, Param, ViewState, MAX_PARAMS, MAX_SHOWN_CHARS,
};
use cyber_budget_explorer::budget::{Dataset, Explorer, Lang};
use cyber_budget_explorer::dataset::latest_edition;
use cyber_budget_explorer::text::{notice, notice_parts, scope, scope_parts, Part};

use common::Rng;

/// Names a probe sends that the contract does not have (or not spelt so).
const HOSTILE_KEYS: &[&str] = &[
    "",
    "Year",
    "ye%00ar",
    "%E2%80%AE",
    "%3Cscript%3E",
    "q%5B%5D",
    "%",
    "%+0",
    "+",
    "utm_source",
    "%EF%BC%91",
    "lang ",
];

/// Values a probe sends: near misses of valid ones, markup, controls, bidi, broken escapes.
const HOSTILE_VALUES: &[&str] = &[
    "1999",
    "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%94",
    "true",
    "mod,nasa,,",
    "7,x",
    "6,2,2",
    "fr",
    "-",
    "%00",
    "%E2%80%AEdom",
    "m%00od",
    "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "%FF",
    "a%+Ab",
    "%+0",
    "%-1",
    "%",
    "%4",
    "%E6%BC%94%E7%BF%92",
    "+",
    "%2B",
    "%26",
    "%3D",
    "%E2%80%8B%EF%BB%BF",
    "%C2%AD",
    "%F0%9F%98%80",
    "",
];

/// The contract's parameters with their valid values (`Param::examples`), encoded as a
/// link would carry them: the generator draws most pairs from here, so it follows the
/// contract as parameters are added.
fn contract(data: &Dataset) -> Vec<(Param, Vec<String>)> {
    Param::ALL
        .iter()
        .map(|&param| {
            let values = param.examples(data).iter().map(|v| encode(v)).collect();
            (param, values)
        })
        .collect()
}

/// Characters for raw, unescaped text: the query of a `&str` may hold any of them.
const RAW: &[char] = &[
    'a', 'Z', '0', '9', '&', '=', '%', '+', '#', '?', ',', '-', ' ', '\0', '\n', '\u{7F}',
    '\u{202E}', '\u{2066}', '\u{200B}', '\u{FEFF}', 'あ', '防', '１', '　', '😀', '<', '>', '"',
];

fn random_text(rng: &mut Rng, max: usize) -> String {
    (0..rng.below(max + 1))
        .map(|_| RAW[rng.below(RAW.len())])
        .collect()
}

fn random_query(rng: &mut Rng, contract: &[(Param, Vec<String>)], drawn: &mut [usize]) -> String {
    let n_pairs = match rng.below(10) {
        0 => rng.below(300),
        _ => rng.below(12),
    };
    let mut pairs = Vec::new();
    for _ in 0..n_pairs {
        let param = (rng.below(6) != 0).then(|| rng.below(contract.len()));
        let key = match param {
            Some(i) => contract[i].0.as_str().to_string(),
            None if rng.below(3) == 0 => random_text(rng, 8),
            None => rng.pick(HOSTILE_KEYS).to_string(),
        };
        let value = match (rng.below(8), param) {
            (0, _) => random_text(rng, 20),
            (1, _) => "x%E3%81%82".repeat(rng.below(120)),
            (2..=4, Some(i)) => {
                drawn[i] += 1;
                let values = &contract[i].1;
                values[rng.below(values.len())].clone()
            }
            _ => rng.pick(HOSTILE_VALUES).to_string(),
        };
        pairs.push(match rng.below(10) {
            0 => key,
            1 => String::new(),
            _ => format!("{key}={value}"),
        });
    }
    let query = pairs.join("&");
    if rng.below(2) == 0 {
        format!("?{query}")
    } else {
        query
    }
}

fn assert_shown(notice: &Notice, query: &str) {
    for text in [&notice.param, &notice.value] {
        assert!(!text.chars().any(is_hidden), "{query}: {text:?}");
        // A `[U+XXXX]` stands for one character: at most 8 characters each, and `…`.
        assert!(text.chars().count() <= MAX_SHOWN_CHARS * 8 + 1, "{query}");
    }
}

fn assert_sentence(parts: &[Part], query: &str) {
    for part in parts {
        let (Part::Page(text) | Part::FromUrl(text)) = part;
        assert!(!text.chars().any(is_hidden), "{query}: {text:?}");
    }
}

#[test]
fn ten_thousand_random_and_hostile_queries_parse_render_and_round_trip() {
    let explorer = Explorer::new(latest_edition().unwrap());
    let data = &explorer.data;
    let mut rng = Rng(0x5EED_CAFE_F00D_0010);
    let contract = contract(data);
    let mut drawn = vec![0; contract.len()];
    let mut n_notices = 0;
    let mut n_views = 0;
    for _ in 0..10_000 {
        let query = random_query(&mut rng, &contract, &mut drawn);
        let (state, notices) = ViewState::parse(&query, data);
        n_notices += notices.len();
        assert!(notices.len() <= MAX_PARAMS + 1, "{query}");
        for n in &notices {
            assert_shown(n, &query);
            for lang in [Lang::Ja, Lang::En] {
                assert_sentence(&notice_parts(n, lang), &query);
                assert!(!notice(n, lang).is_empty());
            }
        }
        if let Some(NoticeKind::TooLong { .. }) = notices.get(1).map(|n| &n.kind) {
            panic!("{query}: the too-long notice comes first");
        }
        // The state is one the page can show, in both languages.
        for lang in [Lang::Ja, Lang::En] {
            assert_sentence(&scope_parts(data, &state, lang), &query);
            assert!(!scope(data, &state, lang).is_empty());
        }
        // Views are costly compared to parsing; one in ten is enough to find a panic.
        if rng.below(10) == 0 {
            explorer.view(&state.filter(data));
            if let Some(next) = state.including_program(&explorer) {
                assert_eq!(next.including_program(&explorer), None, "{query}");
            }
            n_views += 1;
        }
        // The URL the app writes for it reads back to the same view, with no notice: so a
        // click, which writes that URL, leaves no notice standing.
        let written = state.to_query(data);
        assert_eq!(
            ViewState::parse(&written, data),
            (state.clone(), vec![]),
            "{query} -> {written}"
        );
        assert!(written.is_ascii(), "{written}");
    }
    // The generator reaches what it is meant to: many notices, views, and every parameter
    // of the contract with valid values many times.
    assert!(n_notices > 20_000, "{n_notices}");
    assert!(n_views > 800, "{n_views}");
    for ((param, _), n) in contract.iter().zip(&drawn) {
        assert!(
            *n > 1_000,
            "{param:?} drawn with a valid value only {n} times"
        );
    }
}
