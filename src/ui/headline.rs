//! The headline: total, its basis, change, share and per-resident figure (markup:
//! `crate::markup::headline`).

use leptos::prelude::*;

use super::html_host::{
    close_term_help_on_escape, target_attribute, text_markup, toggle_term_help, Part,
};
use super::state::AppState;
use super::url::HistoryMode;
use crate::html::Html;
use crate::markup::headline::{headline, leading_split};
use crate::text::{announcement, scope};

/// The figures for the current filter, and the sentence announced politely to screen
/// readers when they change: two parts, written into the headline section by [`write`].
pub fn parts(state: AppState) -> [Part; 2] {
    let html = Memo::new(move |_| {
        state.explorer.with_value(|e| {
            state
                .view_state
                .with(|s| state.view.with(|v| headline(e, s, v)))
        })
    });
    // The live region is its own part: a region replaced with its text is not announced,
    // one whose text changes is.
    let announced = Memo::new(move |_| {
        state.explorer.with_value(|e| {
            state.view_state.with(|s| {
                state.view.with(|v| {
                    let h = &v.headline;
                    let sentence = leading_split(s, v, s.lang);
                    text_markup(&announcement(
                        &scope(&e.data, s, s.lang),
                        h.total,
                        &h.change,
                        sentence.as_deref(),
                        v.programs.len(),
                        s.lang,
                    ))
                })
            })
        })
    });
    let figures = Part::new("headline", "div", html)
        .attribute("id", "headline-figures")
        .on("click", move |ev| {
            if target_attribute(ev, "data-include").is_some() {
                ev.prevent_default();
                let next = state
                    .explorer
                    .with_value(|e| state.view_state.with_untracked(|s| s.including_program(e)));
                if let Some(next) = next {
                    state.update(HistoryMode::Push, move |s| *s = next);
                }
            } else {
                toggle_term_help(ev);
            }
        })
        .on("keydown", close_term_help_on_escape);
    let announcement = Part::new("announcement", "div", announced)
        .attribute("class", "visually-hidden")
        .attribute("aria-live", "polite")
        .attribute("aria-atomic", "true")
        .attribute("id", "headline-announcement");
    [figures, announcement]
}

/// The headline section around its two parts.
pub fn write(parts: &[Part; 2], html: &mut Html) {
    html.open(
        "section",
        &[
            ("class", "headline"),
            ("aria-labelledby", "headline-heading"),
        ],
    );
    parts[0].write(html);
    parts[1].write(html);
    html.close("section");
}
