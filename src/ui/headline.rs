//! The headline: total, its basis, change, share and per-resident figure (markup:
//! `crate::markup::headline`).

use leptos::prelude::*;

use super::html_host::{close_term_help_on_escape, follow, target_attribute, toggle_term_help};
use super::state::AppState;
use super::url::HistoryMode;
use crate::markup::headline::{headline, leading_split};
use crate::text::{announcement, scope};

/// The figures for the current filter, announced politely to screen readers when they change.
#[component]
pub fn Headline(state: AppState) -> impl IntoView {
    let html = Memo::new(move |_| {
        state.explorer.with_value(|e| {
            state
                .view_state
                .with(|s| state.view.with(|v| headline(e, s, v)))
        })
    });
    follow("headline-figures".to_string(), html);
    // The live region stays outside the redrawn markup: a region replaced with its text
    // is not announced, one whose text changes is.
    let announced = Memo::new(move |_| {
        state.explorer.with_value(|e| {
            state.view_state.with(|s| {
                state.view.with(|v| {
                    let h = &v.headline;
                    let sentence = leading_split(s, v, s.lang);
                    announcement(
                        &scope(&e.data, s, s.lang),
                        h.total,
                        &h.change,
                        sentence.as_deref(),
                        v.programs.len(),
                        s.lang,
                    )
                })
            })
        })
    });
    let on_click = move |ev: web_sys::MouseEvent| {
        if target_attribute(&ev, "data-include").is_some() {
            ev.prevent_default();
            let next = state
                .explorer
                .with_value(|e| state.view_state.with_untracked(|s| s.including_program(e)));
            if let Some(next) = next {
                state.update(HistoryMode::Push, move |s| *s = next);
            }
        } else {
            toggle_term_help(&ev);
        }
    };
    let on_keydown = |ev: web_sys::KeyboardEvent| close_term_help_on_escape(&ev);
    view! {
        <section class="headline" aria-labelledby="headline-heading">
            <div id="headline-figures" inner_html=html.get_untracked() on:click=on_click on:keydown=on_keydown></div>
            <div class="visually-hidden" aria-live="polite" aria-atomic="true" id="headline-announcement">
                {announced}
            </div>
        </section>
    }
}
