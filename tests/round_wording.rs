//! Every place that names a view's rounds names exactly the rounds in its sum (issue 18,
//! item 1): for every fiscal year × budget choice of the FY2024 edition, in both languages,
//! the scope line over the figure, what stands under it, the budget choice in the filter
//! panel and its chip, the live announcement, the citation, the embed's title and the
//! exports' lines, as exact strings. The edition has FY2024 initial, FY2023 supplementary
//! and FY2023 initial: no FY2024 supplementary, no FY2022 supplementary.

use cyber_budget_explorer::budget::export::citation;
use cyber_budget_explorer::budget::query::ViewState;
use cyber_budget_explorer::budget::{Explorer, KindFilter, Lang};
use cyber_budget_explorer::dataset::latest_edition;
use cyber_budget_explorer::markup::active_filters::{chips, Chip};
use cyber_budget_explorer::markup::filter_panel::filter_body;
use cyber_budget_explorer::markup::headline::headline;
use cyber_budget_explorer::text::{announcement, embed_title, scope, view_rounds, RoundsWording};

/// What one view's labels say.
struct Expected {
    query: &'static str,
    /// The scope line (over the figure, and in the citation, announcement, embed title).
    scope: &'static str,
    /// The budget choice in the filter panel and its chip, with its count.
    choice: &'static str,
    count: &'static str,
    /// The rounds added up, by name, and what is missing (the exports' line).
    listed: &'static str,
    /// The figure and what stands under it; `None` where there is no figure.
    total: &'static str,
    basis: Option<&'static str>,
}

const VIEWS: &[Expected] = &[
    Expected {
        query: "",
        scope: "令和6年度 当初予算",
        choice: "当初予算",
        count: "30件",
        listed: "令和6年度当初予算",
        total: "2,126.2億円",
        basis: Some("公表された総額"),
    },
    Expected {
        query: "lang=en",
        scope: "FY2024 Initial",
        choice: "Initial",
        count: "30 programs",
        listed: "FY2024 initial budget",
        total: "¥212.62 billion",
        basis: Some("Published grand total"),
    },
    Expected {
        query: "budget=supplementary",
        scope: "令和6年度補正予算（資料にありません）",
        choice: "補正予算（資料になし）",
        count: "0件",
        listed: "なし（令和6年度補正予算は資料にありません）",
        total: "金額なし",
        basis: None,
    },
    Expected {
        query: "budget=supplementary&lang=en",
        scope: "FY2024 supplementary budget (not in the source)",
        choice: "Supplementary (not in the source)",
        count: "0 programs",
        listed: "none (the FY2024 supplementary budget is not in the source)",
        total: "No amount",
        basis: None,
    },
    Expected {
        query: "budget=all",
        scope: "令和6年度当初予算のみ（令和6年度補正予算は資料にありません）",
        choice: "当初＋補正（当初のみ）",
        count: "30件",
        listed: "令和6年度当初予算のみ（令和6年度補正予算は資料にありません）",
        total: "2,126.2億円",
        basis: Some("令和6年度当初予算のみの公表された総額"),
    },
    Expected {
        query: "budget=all&lang=en",
        scope: "FY2024 initial budget only (the FY2024 supplementary budget is not in the source)",
        choice: "Initial + supplementary (initial only)",
        count: "30 programs",
        listed: "FY2024 initial budget only (the FY2024 supplementary budget is not in the source)",
        total: "¥212.62 billion",
        basis: Some("Published grand total, FY2024 initial budget only"),
    },
    Expected {
        query: "budget=15month",
        scope: "令和6年度 15か月予算",
        choice: "15か月予算",
        count: "31件",
        listed: "令和6年度当初予算と令和5年度補正予算",
        total: "2,365.1億円",
        basis: Some("公表された総額"),
    },
    Expected {
        query: "budget=15month&lang=en",
        scope: "FY2024 15-month budget",
        choice: "15-month budget",
        count: "31 programs",
        listed: "FY2024 initial budget and FY2023 supplementary budget",
        total: "¥236.51 billion",
        basis: Some("Published grand total"),
    },
    Expected {
        query: "year=2023",
        scope: "令和5年度 当初予算",
        choice: "当初予算",
        count: "27件",
        listed: "令和5年度当初予算",
        total: "1,378.9億円",
        basis: Some("公表された総額"),
    },
    Expected {
        query: "year=2023&lang=en",
        scope: "FY2023 Initial",
        choice: "Initial",
        count: "27 programs",
        listed: "FY2023 initial budget",
        total: "¥137.89 billion",
        basis: Some("Published grand total"),
    },
    Expected {
        query: "year=2023&budget=supplementary",
        scope: "令和5年度 補正予算",
        choice: "補正予算",
        count: "12件",
        listed: "令和5年度補正予算",
        total: "238.9億円",
        basis: Some("公表された総額"),
    },
    Expected {
        query: "year=2023&budget=supplementary&lang=en",
        scope: "FY2023 Supplementary",
        choice: "Supplementary",
        count: "12 programs",
        listed: "FY2023 supplementary budget",
        total: "¥23.89 billion",
        basis: Some("Published grand total"),
    },
    Expected {
        query: "year=2023&budget=all",
        scope: "令和5年度 当初＋補正",
        choice: "当初＋補正",
        count: "28件",
        listed: "令和5年度補正予算と令和5年度当初予算",
        total: "1,617.8億円",
        basis: Some("公表された総額"),
    },
    Expected {
        query: "year=2023&budget=all&lang=en",
        scope: "FY2023 Initial + supplementary",
        choice: "Initial + supplementary",
        count: "28 programs",
        listed: "FY2023 supplementary budget and FY2023 initial budget",
        total: "¥161.78 billion",
        basis: Some("Published grand total"),
    },
    Expected {
        query: "year=2023&budget=15month",
        scope: "令和5年度当初予算のみ（令和4年度補正予算は資料にありません）",
        choice: "15か月予算（当初のみ）",
        count: "27件",
        listed: "令和5年度当初予算のみ（令和4年度補正予算は資料にありません）",
        total: "1,378.9億円",
        basis: Some("令和5年度当初予算のみの公表された総額"),
    },
    Expected {
        query: "year=2023&budget=15month&lang=en",
        scope: "FY2023 initial budget only (the FY2022 supplementary budget is not in the source)",
        choice: "15-month budget (initial only)",
        count: "27 programs",
        listed: "FY2023 initial budget only (the FY2022 supplementary budget is not in the source)",
        total: "¥137.89 billion",
        basis: Some("Published grand total, FY2023 initial budget only"),
    },
];

#[test]
fn every_year_and_budget_choice_is_named_by_what_it_adds_up_in_both_languages() {
    let explorer = Explorer::new(latest_edition().unwrap());
    let data = &explorer.data;
    let mut seen = Vec::new();
    for expected in VIEWS {
        let q = expected.query;
        let (state, notices) = ViewState::parse(q, data);
        assert!(notices.is_empty());
        seen.push((state.year, state.budget, state.lang));
        let lang = state.lang;
        let filter = state.filter(data);
        let view = explorer.view(&filter);
        let words = |wording| view_rounds(data, state.year, state.budget, wording, lang);
        assert_eq!(scope(data, &state, lang), expected.scope, "{q}");
        assert_eq!(words(RoundsWording::Scope), expected.scope, "{q}");
        assert_eq!(words(RoundsWording::Choice), expected.choice, "{q}");
        assert_eq!(words(RoundsWording::Listed), expected.listed, "{q}");

        // Over the figure, the figure, and under it; no yellow note repeating the scope.
        let html = headline(&explorer, &state, &view).into_string();
        assert!(
            html.contains(&format!(
                "<p class=\"scope\" id=\"headline-scope\">{}</p><p class=\"total\" id=\"headline-total\">{}</p>",
                expected.scope,
                // A figure may break before its unit (`<wbr>`), not inside 「億円」.
                expected.total.replace("億円", "<wbr>億円")
            )),
            "{q}: {html}"
        );
        match expected.basis {
            // The published total, and the page that prints it.
            Some(basis) => assert!(
                html.contains(&format!(
                    "<p class=\"basis\"><span id=\"headline-basis\">{basis}</span><a class=\"page-ref copy-skip\""
                )),
                "{q}: {html}"
            ),
            // No round at all: no basis, change or per-resident figure to show.
            None => assert!(
                !html.contains("headline-basis") && !html.contains("headline-change"),
                "{q}: {html}"
            ),
        }
        assert!(!html.contains("class=\"missing-round\""), "{q}: {html}");

        // The choice in the filter panel, with its count, and its chip.
        let panel = filter_body(data, &state, &explorer.facets(&filter)).into_string();
        assert!(
            panel.contains(&format!(
                "id=\"budget-{}\" value=\"{}\" checked=\"\"><label for=\"budget-{}\"><span class=\"choice-label\">{}</span> <span class=\"count\">{}</span>",
                state.budget.as_str(),
                state.budget.as_str(),
                state.budget.as_str(),
                expected.choice,
                expected.count
            )),
            "{q}: {panel}"
        );
        let chip = chips(data, &state, lang)
            .into_iter()
            .find(|(chip, _)| *chip == Chip::Budget);
        match state.budget {
            KindFilter::Initial => assert_eq!(chip, None, "{q}"),
            _ => assert_eq!(chip.map(|c| c.1).as_deref(), Some(expected.choice), "{q}"),
        }

        // The announcement, the citation and the embed's title begin with the scope.
        let said = announcement(
            expected.scope,
            view.headline.total,
            &view.headline.change,
            None,
            view.programs.len(),
            lang,
        );
        let separator = if lang == Lang::Ja { "：" } else { ": " };
        assert!(
            said.starts_with(&format!("{}{separator}{}", expected.scope, expected.total)),
            "{q}: {said}"
        );
        let cited = citation(
            data,
            &view,
            &scope(data, &state, lang),
            "https://x/",
            "2026-12-01",
            lang,
        );
        let view_line = match lang {
            Lang::Ja => format!("\n表示：{}（Cyber Budget Explorer）", expected.scope),
            Lang::En => format!("\nView: {}. Cyber Budget Explorer,", expected.scope),
        };
        assert!(cited.contains(&view_line), "{q}: {cited}");
        assert!(
            embed_title(data, &state, lang).ends_with(&format!("{separator}{}", expected.scope)),
            "{q}"
        );
    }
    // Every fiscal year × budget choice in both languages.
    assert_eq!(seen.len(), 2 * KindFilter::ALL.len() * 2);
    for (i, a) in seen.iter().enumerate() {
        assert!(!seen[i + 1..].contains(a), "{a:?} twice");
    }
}

#[test]
fn the_fifteen_month_hint_says_what_the_choice_holds_in_a_year_the_source_lacks_a_round() {
    let explorer = Explorer::new(latest_edition().unwrap());
    let data = &explorer.data;
    for (q, tail) in [
        ("year=2023", "ほかの合計には足していません。この年度の15か月予算は令和5年度当初予算のみ（令和4年度補正予算は資料にありません）です。</p>"),
        ("year=2023&lang=en", "It is never added to any other total. In FY2023 it holds the FY2023 initial budget only (the FY2022 supplementary budget is not in the source).</p>"),
        ("", "ほかの合計には足していません。</p>"),
        ("lang=en", "It is never added to any other total.</p>"),
    ] {
        let (state, _) = ViewState::parse(q, data);
        let panel = filter_body(data, &state, &explorer.facets(&state.filter(data))).into_string();
        let start = panel.find("id=\"budget-15month-hint\"").unwrap();
        let hint = &panel[start..];
        assert!(hint[..hint.find("</p>").unwrap() + 4].ends_with(tail), "{q}: {hint}");
    }
}
