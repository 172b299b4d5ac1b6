//! The sortable table of itemised programs, a page of [`PAGE_SIZE`] rows at a time
//! (markup: `crate::markup::program_table`).

use crate::ui::prelude::*;

use super::html_host::Part;
use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::search::search_terms;
use crate::budget::sort::{Sort, SortKey};
use crate::markup::names::{Action, Id, PartKey};
use crate::markup::program_table::{program_table, ProgramHrefs, ProgramTable, PAGE_SIZE};
use crate::markup::sections::{programs_section, Paging};

/// Every matching program with its amount and change, a page at a time; a name opens the
/// program's detail, a column header sorts by it, the pager moves between pages.
pub fn part(state: AppState) -> Part {
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
    let paging = Memo::new(move |_| {
        let n_rows = state.sorted_programs.with(Vec::len);
        let (generation, chosen) = chosen_page.get();
        let mut paging = Paging {
            page: 0,
            n_rows,
            page_size: PAGE_SIZE,
        };
        if generation == rows_generation.get() {
            paging.page = chosen.min(paging.n_pages() - 1);
        }
        paging
    });
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
    let terms = Memo::new(move |_| state.view_state.with(|s| search_terms(&s.q)));
    let html = Memo::new(move |_| {
        let (lang, sort, paging) = (lang.get(), sort.get(), paging.get());
        let table = state.explorer.with_value(|e| {
            hrefs.with(|hrefs| {
                state.sorted_programs.with(|rows| {
                    program_table(&ProgramTable {
                        data: &e.data,
                        rows,
                        sort,
                        page: paging.page,
                        lang,
                        hrefs,
                        terms: &terms.get(),
                    })
                })
            })
        });
        programs_section(&table, paging, lang)
    });
    Part::new(PartKey::Programs, "section", html)
        .attribute("class", "programs")
        .attribute("aria-labelledby", Id::ProgramsHeading.as_str())
        .on_action(move |action, ev| match action {
            Action::OpenProgram(id) => {
                ev.prevent_default();
                state.update(HistoryMode::Push, |s| s.program = Some(id));
            }
            Action::PreviousPage | Action::NextPage => {
                // A move past either end is ignored (the button says it is unavailable).
                let now = paging.get_untracked();
                let target = match action {
                    Action::NextPage => now.page + 1,
                    _ => now.page.wrapping_sub(1),
                };
                if target < now.n_pages() {
                    chosen_page.set((rows_generation.get_untracked(), target));
                }
            }
            Action::SortBy(key) => {
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
            _ => {}
        })
}
