//! The sortable table of itemised programs, a page of [`PAGE_SIZE`] rows at a time
//! (markup: `crate::markup::program_table`).

use leptos::prelude::*;

use super::html_host::{follow, target_attribute};
use super::pager::Pager;
use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::sort::{Sort, SortKey};
use crate::markup::program_table::{program_table, ProgramHrefs, ProgramTable, PAGE_SIZE};
use crate::text::labels;

/// Every matching program with its amount and change, a page at a time; a name opens the
/// program's detail, a column header sorts by it.
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
    // The rows' links hold the whole state but the program: written once per state.
    let hrefs = Memo::new(move |_| {
        state.explorer.with_value(|e| {
            state.view_state.with(|s| {
                let mut without_program = s.clone();
                without_program.program = None;
                ProgramHrefs::new(&without_program, &e.data)
            })
        })
    });
    let html = Memo::new(move |_| {
        let (lang, sort, page) = (lang.get(), sort.get(), page.get());
        state.explorer.with_value(|e| {
            hrefs.with(|hrefs| {
                state.sorted_programs.with(|rows| {
                    program_table(&ProgramTable {
                        data: &e.data,
                        rows,
                        sort,
                        page,
                        lang,
                        hrefs,
                    })
                })
            })
        })
    });
    follow("program-table".to_string(), html);
    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some(id) = target_attribute(&ev, "data-program") {
            ev.prevent_default();
            state.update(HistoryMode::Push, |s| s.program = Some(id));
        } else if let Some(key) = target_attribute(&ev, "data-key")
            .and_then(|id| SortKey::ALL.into_iter().find(|k| k.id() == id))
        {
            let current = sort.get_untracked();
            // Same column: flip. New column: money largest first, words A to Z.
            let numeric = matches!(key, SortKey::Amount | SortKey::Change);
            let descending = if current.key == key {
                !current.descending
            } else {
                numeric
            };
            state.update(HistoryMode::Replace, |s| s.sort = Sort { key, descending });
        }
    };

    view! {
        <section class="programs" aria-labelledby="programs-heading">
            <h2 id="programs-heading">{move || labels(lang.get()).programs_heading}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="program-table-caption">
                // Explicit roles keep the table a table for screen readers when the phone
                // stylesheet lays its rows out as cards.
                <table id="program-table" role="table" inner_html=html.get_untracked() on:click=on_click></table>
            </div>
            <Pager lang page n_rows page_size=PAGE_SIZE go />
        </section>
    }
}
