//! The breakdown by strategy area (markup: `crate::markup::breakdown`).

use leptos::prelude::*;

use super::html_host::{close_term_help_on_escape, target_attribute, toggle_term_help, Part};
use super::state::AppState;
use super::url::HistoryMode;
use crate::markup::breakdown::{area_bars, area_table, bar_chart};
use crate::markup::sections::area_section;

/// The area chart (solid: itemised programs; outlined: the published remainder) and its
/// data table; choosing a bar filters by its area or areas.
pub fn part(state: AppState) -> Part {
    let lang = state.lang;
    let html = Memo::new(move |_| {
        let lang = lang.get();
        state.explorer.with_value(|e| {
            state.view.with(|v| {
                area_section(
                    &bar_chart(&area_bars(&e.data, v, lang)),
                    &area_table(&e.data, v, lang),
                    lang,
                )
            })
        })
    });
    Part::new("by-area", "section", html)
        .attribute("class", "breakdown")
        .attribute("aria-labelledby", "by-area-heading")
        .on("click", move |ev| {
            if let Some(key) = target_attribute(ev, "data-key") {
                let areas: Vec<u8> = key.split(',').filter_map(|n| n.parse().ok()).collect();
                state.update(HistoryMode::Push, |s| {
                    s.areas = areas;
                    s.program = None;
                });
            } else {
                toggle_term_help(ev);
            }
        })
        .on("keydown", close_term_help_on_escape)
}
