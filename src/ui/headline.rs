//! The headline: total, its basis, change, share and per-resident figure.

use leptos::prelude::*;

use super::state::AppState;
use super::term_help::TermHelp;
use crate::budget::format::{integer, oku, percent, yen};
use crate::budget::Lang;
use crate::text::{announcement, basis, change, compared_with, labels, missing_round, scope, Term};

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
        let year = state.view_state.with(|s| s.year);
        state.view.with(|v| {
            v.missing_kinds
                .iter()
                .map(|&k| view! { <p class="missing-round">{missing_round(year, k, lang.get())}</p> })
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
    view! {
        <section class="headline" aria-labelledby="headline-heading">
            // Focusable from script only: the phone's "show results" and the filter chips
            // move focus here, to the result.
            <h2 id="headline-heading" tabindex="-1">{move || labels(lang.get()).headline_heading}</h2>
            <p class="scope" id="headline-scope">{scope_text}</p>
            <p class="total" id="headline-total">{total_text}</p>
            <p class="basis" id="headline-basis">{move || headline.with(|h| basis(h.basis, lang.get()))}</p>
            <p class="term-help-row">
                <TermHelp term=Term::Oku lang=lang show_word=true />
                <TermHelp term=Term::Itemised lang=lang show_word=true />
            </p>
            {missing}
            <dl class="facts">
                <div class="fact">
                    <dt>
                        {move || labels(lang.get()).change_label}
                        <span class="fact-note">
                            {move || state.view_state.with(|s| compared_with(s.year, s.budget, lang.get()))}
                        </span>
                    </dt>
                    <dd id="headline-change">{move || headline.with(|h| change(&h.change, lang.get()))}</dd>
                </div>
                <div class="fact">
                    <dt>{move || labels(lang.get()).share_label}</dt>
                    <dd id="headline-share">
                        {move || headline.with(|h| h.share_of_grand_percent.map_or_else(|| "—".to_string(), percent))}
                    </dd>
                </div>
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
            <div class="visually-hidden" aria-live="polite" aria-atomic="true" id="headline-announcement">
                {move || {
                    let n = state.view.with(|v| v.programs.len());
                    headline.with(|h| announcement(&scope_text(), h.total, &h.change, n, lang.get()))
                }}
            </div>
        </section>
    }
}
