//! The headline: total, its basis, change, share and per-resident figure.

use leptos::prelude::*;

use super::outside_selection::OutsideSelection;
use super::sentence::Sentence;
use super::state::AppState;
use super::term_help::TermHelp;
use crate::budget::format::{integer, oku, percent, yen};
use crate::budget::Lang;
use crate::text::{
    announcement, basis, change, compared_with, labels, like_for_like_change,
    like_for_like_sentence, missing_round, scope, scope_parts, share_of, Term,
};

/// The figures for the current filter, announced politely to screen readers when they change.
#[component]
pub fn Headline(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let headline = Memo::new(move |_| state.view.with(|v| v.headline.clone()));
    let scope_text = move || {
        state
            .explorer
            .with_value(|e| state.view_state.with(|s| scope(&e.data, s, lang.get())))
    };
    let total_text = move || {
        headline.with(|h| {
            h.total.map_or_else(
                || labels(lang.get()).no_total.to_string(),
                |t| oku(t, lang.get()),
            )
        })
    };
    let missing = move || {
        let (year, budget) = state.view_state.with(|s| (s.year, s.budget));
        state.view.with(|v| {
            v.missing_kinds
                .iter()
                .map(|&k| view! { <p class="missing-round">{missing_round(budget.year_of(k, year), k, lang.get())}</p> })
                .collect_view()
        })
    };
    let population_note = move || {
        state.explorer.with_value(|e| {
            let p = &e.data.population;
            match lang.get() {
                Lang::Ja => format!("人口 {}人（{}）で割った額", integer(p.residents), p.as_of),
                Lang::En => format!(
                    "divided by a population of {} ({})",
                    integer(p.residents),
                    p.as_of
                ),
            }
        })
    };
    // A sum of itemised programs is compared like for like: the change of the programs
    // listed in both years leads, and the sentence says what the raw difference holds.
    let split = Memo::new(move |_| headline.with(|h| h.like_for_like.clone()));
    let leads_with_split = move || split.with(|s| s.as_ref().is_some_and(|s| s.differs_from_raw()));
    let split_sentence = move || {
        let (year, budget) = state.view_state.with(|s| (s.year, s.budget));
        split.with(|s| {
            s.as_ref()
                .map(|s| like_for_like_sentence(s, year, budget, lang.get()))
        })
    };
    let change_text = move || {
        if leads_with_split() {
            split.with(|s| {
                s.as_ref()
                    .map(|s| like_for_like_change(s, lang.get()))
                    .unwrap_or_default()
            })
        } else {
            headline.with(|h| change(&h.change, lang.get()))
        }
    };
    let share = move || headline.with(|h| h.share_of_grand_percent.zip(h.grand_total));
    view! {
        <section class="headline" aria-labelledby="headline-heading">
            // Focusable from script only: the phone's "show results" and the filter chips
            // move focus here, to the result.
            <h2 id="headline-heading" tabindex="-1">{move || labels(lang.get()).headline_heading}</h2>
            // The search text came from the URL: <Sentence> isolates it in a <bdi>.
            <p class="scope" id="headline-scope">
                {move || {
                    let parts = state
                        .explorer
                        .with_value(|e| state.view_state.with(|s| scope_parts(&e.data, s, lang.get())));
                    view! { <Sentence parts=parts /> }
                }}
            </p>
            <OutsideSelection state=state />
            <p class="total" id="headline-total">{total_text}</p>
            <p class="basis" id="headline-basis">{move || headline.with(|h| basis(h.basis, lang.get()))}</p>
            <p class="term-help-row">
                <TermHelp term=Term::Oku lang=lang show_word=true />
                <TermHelp term=Term::Itemised lang=lang show_word=true />
            </p>
            {missing}
            <dl class="facts">
                <div class="fact">
                    <dt id="headline-change-label">
                        {move || {
                            let l = labels(lang.get());
                            if leads_with_split() { l.change_like_for_like_label } else { l.change_label }
                        }}
                        <span class="fact-note">
                            {move || state.view_state.with(|s| compared_with(s.year, s.budget, lang.get()))}
                        </span>
                    </dt>
                    <dd id="headline-change">{change_text}</dd>
                </div>
                // The grand total's share of itself is 100% and says nothing: not shown.
                {move || {
                    share()
                        .map(|(pct, base)| {
                            view! {
                                <div class="fact">
                                    <dt id="headline-share-label">{share_of(base, lang.get())}</dt>
                                    <dd id="headline-share">{percent(pct)}</dd>
                                </div>
                            }
                        })
                }}
                <div class="fact">
                    <dt>
                        {move || labels(lang.get()).per_resident_label}
                        <span class="fact-note">{population_note}</span>
                    </dt>
                    <dd id="headline-per-resident">
                        {move || headline.with(|h| h.per_resident_yen.map_or_else(|| "—".to_string(), |y| yen(y, lang.get())))}
                    </dd>
                </div>
            </dl>
            {move || split_sentence().map(|text| view! { <p class="like-for-like" id="headline-like-for-like">{text}</p> })}
            <div class="visually-hidden" aria-live="polite" aria-atomic="true" id="headline-announcement">
                {move || {
                    let n = state.view.with(|v| v.programs.len());
                    let sentence = if leads_with_split() { split_sentence() } else { None };
                    headline.with(|h| announcement(&scope_text(), h.total, &h.change, sentence.as_deref(), n, lang.get()))
                }}
            </div>
        </section>
    }
}
