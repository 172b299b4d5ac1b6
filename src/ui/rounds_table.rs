//! The current selection in every budget round side by side, as the source's table has it
//! (markup: `crate::markup::rounds_table`).

use leptos::prelude::*;

use super::html_host::follow;
use super::state::AppState;
use crate::markup::rounds_table::rounds_table;
use crate::text::labels;

/// A table with one column per budget round (FY2024 initial, FY2023 supplementary, FY2023
/// initial) for the ministries, areas and search chosen; the rounds the view adds up are
/// marked. The figures come from `Explorer::rounds_table`.
#[component]
pub fn RoundsTable(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let table = Memo::new(move |_| {
        state
            .explorer
            .with_value(|e| state.filter.with(|f| e.rounds_table(f)))
    });
    let html = Memo::new(move |_| {
        let lang = lang.get();
        state.explorer.with_value(|e| {
            table.with(|t| {
                state
                    .view
                    .with(|v| rounds_table(&e.data, t, &v.round_idxs, lang))
            })
        })
    });
    follow("rounds-table".to_string(), html);
    let l = move || labels(lang.get());
    view! {
        <section class="rounds" aria-labelledby="rounds-heading">
            <h2 id="rounds-heading">{move || l().rounds_heading}</h2>
            <p class="note">{move || l().rounds_note}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="rounds-table-caption">
                // Explicit roles keep it a table for screen readers when the phone
                // stylesheet puts each row's name above its three figures.
                <table id="rounds-table" role="table" inner_html=html.get_untracked()></table>
            </div>
        </section>
    }
}
