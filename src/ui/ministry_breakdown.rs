//! The breakdown by ministry (markup: `crate::markup::breakdown`).

use leptos::prelude::*;

use super::html_host::{target_attribute, Part};
use super::state::AppState;
use super::url::HistoryMode;
use crate::markup::breakdown::{bar_chart, ministry_bars, ministry_table};
use crate::markup::sections::ministry_section;

/// Itemised programs by ministry (the source publishes no ministry totals) and the data
/// table; choosing a bar shows that ministry alone.
pub fn part(state: AppState) -> Part {
    let lang = state.lang;
    let html = Memo::new(move |_| {
        let lang = lang.get();
        state.explorer.with_value(|e| {
            state.view.with(|v| {
                ministry_section(
                    &bar_chart(&ministry_bars(&e.data, v, lang)),
                    &ministry_table(&e.data, v, lang),
                    lang,
                )
            })
        })
    });
    Part::new("by-ministry", "section", html)
        .attribute("class", "breakdown")
        .attribute("aria-labelledby", "by-ministry-heading")
        .on("click", move |ev| {
            if let Some(id) = target_attribute(ev, "data-key") {
                state.update(HistoryMode::Push, |s| {
                    s.ministries = vec![id];
                    s.program = None;
                });
            }
        })
}
