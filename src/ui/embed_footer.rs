//! The source attribution of embed mode, which the source's licence requires (markup:
//! `crate::markup::frame::embed_footer`).

use leptos::prelude::*;

use super::html_host::follow_selector;
use super::state::AppState;
use crate::markup::frame::embed_footer;
use crate::text::attribution;

/// One line naming the source document and its terms of use, below the embedded view.
#[component]
pub fn EmbedFooter(state: AppState) -> impl IntoView {
    let html = Memo::new(move |_| {
        let lang = state.lang.get();
        state
            .explorer
            .with_value(|e| embed_footer(&attribution(&e.data, lang)))
    });
    follow_selector(".embed-footer", html);
    view! { <footer class="embed-footer" inner_html=html.get_untracked()></footer> }
}
