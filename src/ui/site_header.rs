//! The title bar with the language switch.

use leptos::prelude::*;

use super::lang_toggle::LangToggle;
use super::state::AppState;
use crate::text::labels;

/// Title, subtitle and the Japanese/English switch.
#[component]
pub fn SiteHeader(state: AppState) -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-title">
                <h1>{move || labels(state.lang.get()).app_title}</h1>
                <p class="subtitle">{move || labels(state.lang.get()).app_subtitle}</p>
            </div>
            <LangToggle state=state />
        </header>
    }
}
