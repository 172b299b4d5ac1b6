//! The filter panel's body, as HTML: the match count, search, year, budget kind,
//! ministries, areas, clear all and the phone's "show results".

use crate::budget::query::{Param, ViewState};
use crate::budget::{Dataset, Facets, KindFilter};
use crate::html::{Html, Markup};
use crate::markup::choice_group::{choice_group, Choice, Selection};
use crate::markup::names::{Action, Id};
use crate::markup::search_box::search_box;
use crate::markup::term_help::term_help_row;
use crate::text::{
    fifteen_month_explainer, fiscal_year, labels, n_programs, show_results, view_rounds,
    RoundsWording, Term,
};

/// The glossary words explained under the budget kinds.
const BUDGET_TERMS: [Term; 3] = [Term::Initial, Term::Supplementary, Term::FifteenMonth];

/// The content of `#filter-body` for the view `state`, each choice showing how many
/// programs it leaves (`facets`).
pub fn filter_body(data: &Dataset, state: &ViewState, facets: &Facets) -> Markup {
    let lang = state.lang;
    let l = labels(lang);
    let count = |n: usize| n_programs(n, lang);
    let mut html = Html::default();
    html.open(
        "p",
        &[("class", "match-count"), ("id", Id::MatchCount.as_str())],
    )
    .text(l.n_matching_prefix)
    .text(": ")
    .element("strong", &[], &count(facets.n_matching))
    .close("p");
    search_box(&mut html, lang);

    let years: Vec<Choice> = data
        .fiscal_years()
        .into_iter()
        .map(|year| Choice {
            value: year.to_string(),
            label: fiscal_year(year, lang),
            count: count(
                facets
                    .by_year
                    .iter()
                    .find(|(y, _)| *y == year)
                    .map_or(0, |(_, n)| *n),
            ),
            checked: state.year == year,
        })
        .collect();
    choice_group(
        &mut html,
        Param::Year,
        Selection::Single,
        l.year_legend,
        &years,
    );

    let kinds: Vec<Choice> = KindFilter::ALL
        .iter()
        .map(|&kind| Choice {
            value: kind.as_str().to_string(),
            // A choice the source holds only part of says so beside its count.
            label: view_rounds(data, state.year, kind, RoundsWording::Choice, lang),
            count: count(
                facets
                    .by_kind
                    .iter()
                    .find(|(k, _)| *k == kind)
                    .map_or(0, |(_, n)| *n),
            ),
            checked: state.budget == kind,
        })
        .collect();
    choice_group(
        &mut html,
        Param::Budget,
        Selection::Single,
        l.budget_legend,
        &kinds,
    );

    html.element(
        "p",
        &[("class", "hint"), ("id", Id::Budget15MonthHint.as_str())],
        &fifteen_month_explainer(data, state.year, lang),
    )
    .open("p", &[("class", "term-help-row")]);
    term_help_row(&mut html, &BUDGET_TERMS, "filters", lang);
    html.close("p");

    let ministries: Vec<Choice> = data
        .ministries
        .iter()
        .enumerate()
        .map(|(idx, m)| Choice {
            value: m.id.clone(),
            label: m.name.get(lang).to_string(),
            count: count(facets.by_ministry[idx]),
            checked: state.ministries.contains(&m.id),
        })
        .collect();
    choice_group(
        &mut html,
        Param::Ministry,
        Selection::Multiple,
        l.ministry_legend,
        &ministries,
    );

    let areas: Vec<Choice> = data
        .areas
        .iter()
        .enumerate()
        .map(|(idx, a)| Choice {
            value: a.number.to_string(),
            label: format!("({}) {}", a.number, a.name.get(lang)),
            count: count(facets.by_area[idx]),
            checked: state.areas.contains(&a.number),
        })
        .collect();
    choice_group(
        &mut html,
        Param::Area,
        Selection::Multiple,
        l.area_legend,
        &areas,
    );

    // Nothing to clear: a disabled button says so.
    let clear_all = Action::ClearAll.attributes();
    let mut clear = clear_all.with(&[
        ("type", "button"),
        ("class", "clear-all"),
        ("id", Id::ClearAll.as_str()),
    ]);
    if *state == state.cleared() {
        clear.push(("disabled", ""));
    }
    html.element("button", &clear, l.clear_all)
        // Phones only (CSS): closes the panel and takes the reader to the result.
        .element(
            "button",
            &Action::ShowResults.attributes().with(&[
                ("type", "button"),
                ("class", "show-results"),
                ("id", Id::ShowResults.as_str()),
            ]),
            &show_results(facets.n_matching, lang),
        );
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::{Explorer, Lang};

    fn body(query: &str) -> String {
        let explorer =
            Explorer::new(crate::dataset::latest_edition().expect("the embedded edition loads"));
        let data = &explorer.data;
        let (state, _) = ViewState::parse(query, data);
        let facets = explorer.facets(&state.filter(data));
        filter_body(data, &state, &facets).into_string()
    }

    #[test]
    fn the_default_view_checks_the_newest_year_and_nothing_else_and_cannot_be_cleared() {
        let explorer =
            Explorer::new(crate::dataset::latest_edition().expect("the embedded edition loads"));
        let data = &explorer.data;
        let html = body("");
        let latest = data.latest_fiscal_year();
        assert!(html.contains(&format!(
            "id=\"year-{latest}\" value=\"{latest}\" checked=\"\""
        )));
        // The year and the budget kind: one radio button each.
        assert_eq!(html.matches("checked=\"\"").count(), 2, "{html}");
        assert!(html.contains(
            "<button type=\"button\" class=\"clear-all\" id=\"clear-all\" data-action=\"clear-all\" disabled=\"\">"
        ));
        let n = data.programs.len();
        assert!(html.contains(&format!(
            "<strong>{}</strong>",
            n_programs(
                explorer
                    .facets(&ViewState::default_for(data).filter(data))
                    .n_matching,
                Lang::Ja
            )
        )));
        assert!(n > 0);
        assert!(html.contains("aria-controls=\"term-help-supplementary-filters\""));
        assert!(html.contains("class=\"term-help-row\"><span class=\"term-help term-help-word\">"));
    }

    #[test]
    fn chosen_ministries_and_areas_are_checked_in_both_languages() {
        let ja = body("ministry=mic,mod&area=2");
        assert!(ja.contains("id=\"ministry-mic\" value=\"mic\" checked=\"\""));
        assert!(ja.contains("id=\"ministry-mod\" value=\"mod\" checked=\"\""));
        assert!(ja.contains("id=\"area-2\" value=\"2\" checked=\"\""));
        assert!(!ja.contains("id=\"area-1\" value=\"1\" checked"));
        assert!(ja.contains("<button type=\"button\" class=\"clear-all\" id=\"clear-all\" data-action=\"clear-all\">"));
        assert!(ja.contains(labels(Lang::Ja).ministry_legend));
        let en = body("ministry=mic,mod&area=2&lang=en");
        assert!(en.contains(labels(Lang::En).ministry_legend));
        assert!(en.contains("id=\"ministry-mod\" value=\"mod\" checked=\"\""));
        assert!(!en.contains(labels(Lang::Ja).area_legend));
    }

    #[test]
    fn the_counts_follow_the_search() {
        let none = body("q=zzzzzzzzzz");
        assert!(none.contains(&format!("<strong>{}</strong>", n_programs(0, Lang::Ja))));
        assert!(none.contains(&show_results(0, Lang::Ja)));
        // The search text is the reader's: never written into the markup.
        assert!(!none.contains("zzzzzzzzzz"));
    }
}
