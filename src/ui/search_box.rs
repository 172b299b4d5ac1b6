//! The search box.

use leptos::prelude::*;

use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::query::MAX_SEARCH_CHARS;
use crate::text::labels;

/// Free-text search over program names and descriptions in both languages. Typing
/// replaces the history entry instead of adding one per keystroke.
#[component]
pub fn SearchBox(state: AppState) -> impl IntoView {
    view! {
        <div class="search">
            <label for="search-input">{move || labels(state.lang.get()).search_label}</label>
            <input
                type="search"
                id="search-input"
                // The text may come from a link: let the browser isolate its direction.
                dir="auto"
                maxlength=MAX_SEARCH_CHARS.to_string()
                autocomplete="off"
                placeholder=move || labels(state.lang.get()).search_placeholder
                prop:value=move || state.view_state.with(|s| s.q.clone())
                on:input=move |ev| {
                    let q = event_target_value(&ev);
                    state.update(HistoryMode::Replace, |s| {
                        s.q = q;
                        s.program = None;
                    });
                }
            />
        </div>
    }
}
