//! The Japanese/English switch, shared by the site header and the embed bar.

use leptos::prelude::*;

use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::Lang;
use crate::text::labels;

/// A button that switches the page to the other language (a history entry, like a filter).
#[component]
pub fn LangToggle(state: AppState) -> impl IntoView {
    let other = move || match state.lang.get() {
        Lang::Ja => Lang::En,
        Lang::En => Lang::Ja,
    };
    view! {
        <button
            type="button"
            class="lang-toggle"
            id="lang-toggle"
            lang=move || other().tag()
            aria-label=move || labels(state.lang.get()).language_switch_label
            on:click=move |_| {
                let lang = other();
                state.update(HistoryMode::Push, |s| s.lang = lang);
            }
        >
            {move || labels(state.lang.get()).language_switch}
        </button>
    }
}
