//! The current selection in every budget round side by side, as the source's table has it.

use leptos::prelude::*;

use super::state::AppState;
use crate::budget::format::table_number;
use crate::text::{labels, rounds_row, with_unit};

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
    let shown = move |round_idx: usize| state.view.with(|v| v.round_idxs.contains(&round_idx));
    let header = move || {
        let lang = lang.get();
        let l = labels(lang);
        let columns = table.with(|t| t.round_idxs.clone());
        let names = state.explorer.with_value(|e| {
            columns
                .iter()
                .map(|&r| (r, with_unit(e.data.rounds[r].name.get(lang), lang)))
                .collect::<Vec<_>>()
        });
        view! {
            <tr role="row">
                <th scope="col" role="columnheader">{l.detail_item}</th>
                {names
                    .into_iter()
                    .map(|(r, name)| {
                        let current = shown(r);
                        view! {
                            <th scope="col" role="columnheader" class="num" class:current-round=current>
                                {name}
                                {current.then(|| view! { <span class="current-marker">{l.rounds_current}</span> })}
                            </th>
                        }
                    })
                    .collect_view()}
            </tr>
        }
    };
    let body = move || {
        let lang = lang.get();
        let rows = table.with(|t| t.rows.clone());
        let columns = table.with(|t| t.round_idxs.clone());
        state.explorer.with_value(|e| {
            rows.into_iter()
                .map(|row| {
                    let cells = row
                        .amounts
                        .iter()
                        .zip(&columns)
                        .map(|(amount, &r)| {
                            // Bare numbers, the unit in the header: a copied table pastes as numbers.
                            let text = amount.map_or_else(|| "—".to_string(), |a| table_number(a, lang));
                            view! { <td role="cell" class="num" class:current-round=shown(r)>{text}</td> }
                        })
                        .collect_view();
                    view! {
                        <tr role="row">
                            <th scope="row" role="rowheader">{rounds_row(&e.data, &row.kind, lang)}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let l = move || labels(lang.get());
    view! {
        <section class="rounds" aria-labelledby="rounds-heading">
            <h2 id="rounds-heading">{move || l().rounds_heading}</h2>
            <p class="note">{move || l().rounds_note}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="rounds-table-caption">
                // Explicit roles keep it a table for screen readers when the phone
                // stylesheet puts each row's name above its three figures.
                <table id="rounds-table" role="table">
                    <caption id="rounds-table-caption">{move || l().rounds_caption}</caption>
                    <thead>{header}</thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
}
