//! The source attribution of embed mode, which the source's licence requires.

use leptos::prelude::*;

use super::state::AppState;
use crate::text::attribution;

/// One line naming the source document and its terms of use, below the embedded view.
#[component]
pub fn EmbedFooter(state: AppState) -> impl IntoView {
    let line = move || {
        state
            .explorer
            .with_value(|e| attribution(&e.data, state.lang.get()))
    };
    view! {
        <footer class="embed-footer">
            <p class="attribution" id="attribution">{line}</p>
        </footer>
    }
}
