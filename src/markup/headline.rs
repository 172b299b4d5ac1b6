//! The headline's figures, as HTML: total, its basis, change, share and per-resident
//! figure (the announcement for screen readers stays a live region outside this markup).

use crate::budget::format::{integer, oku, percent, yen};
use crate::budget::pages::total_pages;
use crate::budget::query::ViewState;
use crate::budget::{Explorer, Lang, View};
use crate::html::{Html, Markup};
use crate::markup::names::{Action, Id};
use crate::markup::page_ref::page_ref;
use crate::markup::term_help::term_help;
use crate::text::{
    basis_parts, change, compared_with, labels, like_for_like_change, like_for_like_sentence,
    program_include_link, program_outside_view, scope_parts, share_of, view_rounds, Part,
    RoundsWording, Term,
};

/// Sentence parts: the page's words as text, each piece from the URL in a `<bdi>`, so
/// right-to-left or override characters in a link cannot reorder the words around it.
pub fn sentence(html: &mut Html, parts: &[Part]) {
    for part in parts {
        match part {
            Part::Page(text) => html.text(text),
            Part::FromUrl(text) => html.element("bdi", &[("class", "from-url")], text),
        };
    }
}

/// The change sentence of a like-for-like comparison, when it differs from the raw
/// difference of the sums: then it leads the headline's change (shared with the
/// announcement, so both say the same).
pub fn leading_split(state: &ViewState, view: &View, lang: Lang) -> Option<String> {
    let split = view.headline.like_for_like.as_ref()?;
    split
        .differs_from_raw()
        .then(|| like_for_like_sentence(split, state.year, state.budget, lang))
        .flatten()
}

/// The headline's content above its live announcement. `include_href` is the link to the
/// nearest view that includes the open program, when the current view leaves it out.
pub fn headline(explorer: &Explorer, state: &ViewState, view: &View) -> Markup {
    let data = &explorer.data;
    let lang = state.lang;
    let l = labels(lang);
    let h = &view.headline;
    let mut html = Html::default();
    // Focusable from script only: the phone's "show results" and the filter chips move
    // focus here, to the result.
    html.element(
        "h2",
        &[("id", Id::HeadlineHeading.as_str()), ("tabindex", "-1")],
        l.headline_heading,
    )
    .open(
        "p",
        &[("class", "scope"), ("id", Id::HeadlineScope.as_str())],
    );
    sentence(&mut html, &scope_parts(data, state, lang));
    html.close("p");
    // The open program is left out of this view: say so, and link the nearest view that
    // includes it.
    if let Some(next) = state.including_program(explorer) {
        let query = next.to_query(data);
        let href = if query.is_empty() { "?" } else { &query };
        html.open(
            "p",
            &[
                ("class", "missing-round outside-selection"),
                ("id", Id::OutsideSelection.as_str()),
            ],
        )
        .text(program_outside_view(lang))
        .text(" ")
        .open(
            "a",
            &Action::IncludeProgram
                .attributes()
                .with(&[("href", href), ("id", Id::IncludeProgram.as_str())]),
        )
        .text(program_include_link(lang));
        sentence(&mut html, &scope_parts(data, &next, lang));
        html.close("a").close("p");
    }
    let total = h
        .total
        .map_or_else(|| l.no_total.to_string(), |t| oku(t, lang));
    html.open(
        "p",
        &[("class", "total"), ("id", Id::HeadlineTotal.as_str())],
    );
    // A figure wider than its line (200% text on a phone) breaks before its unit, never
    // inside 「億円」, where keep-all with overflow-wrap would otherwise break it.
    match total.strip_suffix('円').and_then(|t| t.strip_suffix('億')) {
        Some(number) => html.text(number).open("wbr", &[]).text("億円"),
        None => html.text(&total),
    };
    html.close("p");
    // The source has no round of this choice (the FY2024 supplementary budget): the scope
    // line above says so, and there is no figure to explain, compare or divide.
    if view.round_idxs.is_empty() {
        return html.finish();
    }
    // Under the figure, what it is; when the source lacks a round of the choice, also which
    // rounds it adds up, so the figure and its label never part.
    let mut basis = basis_parts(state, h.basis, lang);
    if !view.missing_kinds.is_empty() {
        let summed = view_rounds(data, state.year, state.budget, RoundsWording::Summed, lang);
        match lang {
            Lang::Ja => basis.insert(0, Part::Page(format!("{summed}の"))),
            Lang::En => basis.push(Part::Page(format!(", {summed}"))),
        }
    }
    // A published total links the page of the source that prints it.
    let areas = state.filter(data).area_idxs;
    // What the figure is, and beside it the page that prints it: the page's words stand
    // alone in their own element (`#headline-basis`), the link is the source's.
    html.open("p", &[("class", "basis")])
        .open("span", &[("id", Id::HeadlineBasis.as_str())]);
    sentence(&mut html, &basis);
    html.close("span");
    page_ref(
        &mut html,
        data,
        &total_pages(data, h.basis, &areas, &view.round_idxs),
        lang,
    );
    html.close("p").open("p", &[("class", "term-help-row")]);
    term_help(&mut html, Term::Oku, "term-help-oku-headline", lang);
    term_help(
        &mut html,
        Term::Itemised,
        "term-help-itemised-headline",
        lang,
    );
    html.close("p");
    // A sum of itemised programs is compared like for like: the change of the programs
    // listed in both years leads, and the sentence says what the raw difference holds.
    let split = h.like_for_like.as_ref().filter(|s| s.differs_from_raw());
    let (change_label, change_text) = match split {
        Some(s) => (l.change_like_for_like_label, like_for_like_change(s, lang)),
        None => (l.change_label, change(&h.change, lang)),
    };
    html.open("dl", &[("class", "facts")])
        .open("div", &[("class", "fact")])
        .open("dt", &[("id", Id::HeadlineChangeLabel.as_str())])
        .text(change_label)
        .element(
            "span",
            &[("class", "fact-note")],
            &compared_with(state.year, state.budget, lang),
        )
        .close("dt")
        .element("dd", &[("id", Id::HeadlineChange.as_str())], &change_text)
        .close("div");
    // The grand total's share of itself is 100% and says nothing: not shown.
    if let Some((pct, base)) = h.share_of_grand_percent.zip(h.grand_total) {
        html.open("div", &[("class", "fact")])
            .element(
                "dt",
                &[("id", Id::HeadlineShareLabel.as_str())],
                &share_of(base, lang),
            )
            .element("dd", &[("id", Id::HeadlineShare.as_str())], &percent(pct))
            .close("div");
    }
    let p = &data.population;
    let population_note = match lang {
        Lang::Ja => format!("人口 {}人（{}）で割った額", integer(p.residents), p.as_of),
        Lang::En => format!(
            "divided by a population of {} ({})",
            integer(p.residents),
            p.as_of
        ),
    };
    html.open("div", &[("class", "fact")])
        .open("dt", &[])
        .text(l.per_resident_label)
        .element("span", &[("class", "fact-note")], &population_note)
        .close("dt")
        .element(
            "dd",
            &[("id", Id::HeadlinePerResident.as_str())],
            &h.per_resident_yen
                .map_or_else(|| "—".to_string(), |y| yen(y, lang)),
        )
        .close("div")
        .close("dl");
    let sentence = h
        .like_for_like
        .as_ref()
        .and_then(|split| like_for_like_sentence(split, state.year, state.budget, lang));
    if let Some(sentence) = sentence {
        html.element(
            "p",
            &[
                ("class", "like-for-like"),
                ("id", Id::HeadlineLikeForLike.as_str()),
            ],
            &sentence,
        );
    }
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_headline_has_the_published_total_change_and_help() {
        let explorer =
            Explorer::new(crate::dataset::latest_edition().expect("the embedded edition loads"));
        let state = ViewState::default_for(&explorer.data);
        let view = explorer.view(&state.filter(&explorer.data));
        let html = headline(&explorer, &state, &view).into_string();
        // The figure may break before its unit, not inside it.
        assert!(html.contains("<p class=\"total\" id=\"headline-total\">2,126.2<wbr>億円</p>"));
        assert!(html.contains("<dd id=\"headline-change\">+747.3億円（+54.2%）増</dd>"));
        assert!(html.contains("<dd id=\"headline-per-resident\">1,717円</dd>"));
        assert!(!html.contains("headline-share"), "no share of itself");
        assert!(html.contains("data-term=\"oku\""));
        assert!(!html.contains("outside-selection"));
    }

    #[test]
    fn text_from_the_url_is_isolated_and_an_excluded_program_is_linked() {
        let explorer =
            Explorer::new(crate::dataset::latest_edition().expect("the embedded edition loads"));
        let data = &explorer.data;
        let (state, _) = ViewState::parse("q=%E2%80%AEabc<b>&program=mod-rmf&ministry=mic", data);
        let view = explorer.view(&state.filter(data));
        let html = headline(&explorer, &state, &view).into_string();
        assert!(html.contains("<bdi class=\"from-url\">"));
        assert!(html.contains("&lt;b&gt;"));
        assert!(html.contains("id=\"include-program\""));
    }
}
