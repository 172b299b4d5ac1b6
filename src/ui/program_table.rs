//! The sortable table of itemised programs, a page of [`PAGE_SIZE`] rows at a time.

use leptos::prelude::*;

use super::pager::Pager;
use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::export::plain_amount;
use crate::budget::format::{signed_percent, signed_table_number, table_number};
use crate::budget::sort::{Sort, SortKey};
use crate::budget::view::Change;
use crate::text::{change_short, labels, with_unit};

/// Rows drawn at once. A large edition (the 10,000-program benchmark) would otherwise draw
/// thousands of rows on every filter change; the FY2024 edition's 31 fit on one page, and
/// then no page controls are shown.
pub const PAGE_SIZE: usize = 100;

/// A column's header; money columns name their unit, so their cells hold bare numbers.
fn column_label(key: SortKey, lang: crate::budget::Lang) -> String {
    let l = labels(lang);
    match key {
        SortKey::Name => l.col_name.to_string(),
        SortKey::Ministry => l.col_ministry.to_string(),
        SortKey::Area => l.col_area.to_string(),
        SortKey::Amount => with_unit(l.col_amount, lang),
        SortKey::Change => with_unit(l.col_change, lang),
    }
}

/// A change cell: the amount as a number a spreadsheet reads (`<data>` holds it exactly),
/// the percentage beside it left out of copies; words where there is no change to show.
fn change_cell(change: &Change, lang: crate::budget::Lang) -> AnyView {
    match change {
        Change::Delta {
            amount, percent, ..
        } => {
            let percent = percent.map(|p| format!(" ({})", signed_percent(p)));
            view! {
                <data value=plain_amount(*amount)>{signed_table_number(*amount, lang)}</data>
                <span class="copy-skip">{percent}</span>
            }
            .into_any()
        }
        other => change_short(other, lang).into_any(),
    }
}

/// Every matching program with its amount and change, a page at a time; a name opens the
/// program's detail.
#[component]
pub fn ProgramTable(state: AppState) -> impl IntoView {
    let lang = state.lang;
    // The page is local state, not part of the URL contract: it belongs to one list, so it
    // goes back to the first page whenever the list changes (a filter, the sort, a search).
    // `rows_generation` counts those changes (the memo of rows only notifies when the rows
    // differ), and a page chosen for an older list reads as page 0; no effect runs after a
    // render to reset it, so a filter change draws once.
    let rows_generation = Memo::new(move |previous: Option<&u64>| {
        state.sorted_programs.track();
        previous.map_or(0, |g| g + 1)
    });
    let chosen_page = RwSignal::new((0u64, 0usize));
    let n_rows = Memo::new(move |_| state.sorted_programs.with(Vec::len));
    let n_pages = move || n_rows.get().div_ceil(PAGE_SIZE).max(1);
    let page = Memo::new(move |_| {
        let (generation, page) = chosen_page.get();
        if generation == rows_generation.get() {
            page.min(n_pages() - 1)
        } else {
            0
        }
    });
    let go = move |step: isize| {
        let target = page.get_untracked().saturating_add_signed(step);
        let n_pages = n_rows.get_untracked().div_ceil(PAGE_SIZE).max(1);
        if target < n_pages && target != page.get_untracked() {
            chosen_page.set((rows_generation.get_untracked(), target));
        }
    };
    let sort = Memo::new(move |_| state.view_state.with(|s| s.sort));
    let header = SortKey::ALL
        .into_iter()
        .map(|key| {
            // The state of this column: its aria-sort value, which also draws the arrow (CSS
            // ::after on the button), so a copied header holds no glyphs.
            let sorted = move || {
                let s = sort.get();
                match (s.key == key, s.descending) {
                    (false, _) => "none",
                    (true, true) => "descending",
                    (true, false) => "ascending",
                }
            };
            let numeric = matches!(key, SortKey::Amount | SortKey::Change);
            view! {
                <th scope="col" role="columnheader" aria-sort=sorted class:num=numeric>
                    <button
                        type="button"
                        class="sort-button"
                        data-sort=sorted
                        id=format!("sort-{}", key.id())
                        on:click=move |_| {
                            let current = sort.get_untracked();
                            // Same column: flip. New column: money largest first, words A to Z.
                            let descending = if current.key == key { !current.descending } else { numeric };
                            state.update(HistoryMode::Replace, |s| s.sort = Sort { key, descending });
                        }
                    >
                        {move || column_label(key, lang.get())}
                    </button>
                </th>
            }
        })
        .collect_view();

    let body = move || {
        let lang = lang.get();
        let rows = state.sorted_programs.get();
        if rows.is_empty() {
            return view! {
                <tr role="row">
                    <td colspan="5" class="empty" role="cell">{labels(lang).no_programs}</td>
                </tr>
            }
            .into_any();
        }
        let start = page.get() * PAGE_SIZE;
        let end = (start + PAGE_SIZE).min(rows.len());
        state.explorer.with_value(|e| {
            rows[start..end]
                .iter()
                .map(|row| {
                    let program = &e.data.programs[row.program_idx];
                    let area = &e.data.areas[program.area_idx];
                    let id = program.id.clone();
                    let href = state.href(|s| s.program = Some(id.clone()));
                    view! {
                        <tr role="row">
                            <th scope="row" role="rowheader" class="name-cell">
                                <a
                                    href=href
                                    class="program-link"
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        state.update(HistoryMode::Push, |s| s.program = Some(id.clone()));
                                    }
                                >
                                    {program.name.get(lang).to_string()}
                                </a>
                            </th>
                            <td class="ministry-cell" role="cell">
                                {e.data.ministries[program.ministry_idx].name.get(lang).to_string()}
                            </td>
                            // The number only, so the table fits a phone; the name is read out
                            // and stands beside the number in the filters and the area chart.
                            <td class="area-cell" role="cell">
                                {format!("({})", area.number)}
                                <span class="visually-hidden">{format!(" {}", area.name.get(lang))}</span>
                            </td>
                            <td class="num amount-cell" role="cell">
                                <data value=plain_amount(row.amount)>{table_number(row.amount, lang)}</data>
                            </td>
                            <td class="num change-cell" role="cell">{change_cell(&row.change, lang)}</td>
                        </tr>
                    }
                })
                .collect_view()
                .into_any()
        })
    };

    view! {
        <section class="programs" aria-labelledby="programs-heading">
            <h2 id="programs-heading">{move || labels(lang.get()).programs_heading}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="program-table-caption">
                // Explicit roles keep the table a table for screen readers when the phone
                // stylesheet lays its rows out as cards.
                <table id="program-table" role="table">
                    <caption id="program-table-caption">{move || labels(lang.get()).program_table_caption}</caption>
                    <thead>
                        <tr role="row">{header}</tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            {move || (n_pages() > 1).then(|| view! { <Pager lang page n_rows page_size=PAGE_SIZE go /> })}
        </section>
    }
}
