//! The compact top line of embed mode: title, language switch, and the way out to the full page.

use leptos::prelude::*;

use super::lang_toggle::LangToggle;
use super::state::AppState;
use crate::text::{embed_labels, labels};

/// Replaces the site header in an iframe: a small title, the language switch, and a link
/// that opens the same view as a full page in a new tab.
#[component]
pub fn EmbedBar(state: AppState) -> impl IntoView {
    let full_page_href = move || state.href(|s| *s = s.full_page());
    view! {
        <header class="embed-bar">
            <h1 class="embed-title">{move || labels(state.lang.get()).app_title}</h1>
            <div class="embed-actions">
                <a class="embed-open" id="embed-open-full" href=full_page_href target="_blank" rel="noopener">
                    {move || embed_labels(state.lang.get()).open_full_page}
                    <span class="new-tab">{move || embed_labels(state.lang.get()).new_tab}</span>
                </a>
                <LangToggle state=state />
            </div>
        </header>
    }
}
