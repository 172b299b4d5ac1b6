//! The current selection in every budget round side by side, as the source's table has it
//! (markup: `crate::markup::rounds_table`).
use crate::ui::prelude::*;

use super::html_host::Part;
use super::state::AppState;
use crate::markup::names::{Id, PartKey};
use crate::markup::rounds_table::rounds_table;
use crate::markup::sections::rounds_section;

/// The rounds section: each round's published and itemised totals for the current filter.
pub fn part(state: AppState) -> Part {
    let lang = state.lang;
    let table = Memo::new(move |_| {
        state
            .explorer
            .with_value(|e| state.filter.with(|f| e.rounds_table(f)))
    });
    let html = Memo::new(move |_| {
        let lang = lang.get();
        let table = state.explorer.with_value(|e| {
            table.with(|t| {
                state.view.with(|v| {
                    state
                        .filter
                        .with(|f| rounds_table(&e.data, t, &v.round_idxs, &f.area_idxs, lang))
                })
            })
        });
        rounds_section(&table, lang)
    });
    Part::new(PartKey::Rounds, "section", html)
        .attribute("class", "rounds")
        .attribute("aria-labelledby", Id::RoundsHeading.as_str())
}
