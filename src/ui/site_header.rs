//! The title bar with the language switch.

use leptos::prelude::*;

use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::Lang;
use crate::text::labels;

/// Title, subtitle and the Japanese/English switch.
#[component]
pub fn SiteHeader(state: AppState) -> impl IntoView {
    let other = move || match state.lang.get() {
        Lang::Ja => Lang::En,
        Lang::En => Lang::Ja,
    };
    view! {
        <header class="site-header">
            <div class="site-title">
                <h1>{move || labels(state.lang.get()).app_title}</h1>
                <p class="subtitle">{move || labels(state.lang.get()).app_subtitle}</p>
            </div>
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
        </header>
    }
}
