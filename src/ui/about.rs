//! About the data: source, computation, gaps, licence (markup: `crate::markup::about`).

use leptos::prelude::*;

use super::html_host::follow;
use super::state::AppState;
use crate::markup::about::about;

/// Where the figures come from, how each is computed, what the source leaves out, the
/// downloads and the glossary; it changes only with the language.
#[component]
pub fn About(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let html = Memo::new(move |_| {
        let lang = lang.get();
        state.explorer.with_value(|e| about(&e.data, lang))
    });
    follow("about".to_string(), html);
    view! {
        <section class="about" id="about" aria-labelledby="about-heading" inner_html=html.get_untracked()></section>
    }
}
