//! The title bar with the language switch (markup: `crate::markup::site_header`).

use leptos::prelude::*;

use super::html_host::follow_selector;
use super::lang_toggle::on_lang_click;
use super::state::AppState;
use crate::markup::site_header::site_header;

/// Title, subtitle and the Japanese/English switch.
#[component]
pub fn SiteHeader(state: AppState) -> impl IntoView {
    let html = Memo::new(move |_| site_header(state.lang.get()));
    // Redrawn in place on a language change, so the switch keeps the keyboard focus.
    follow_selector(".site-header", html);
    let on_click = move |ev: web_sys::MouseEvent| on_lang_click(state, &ev);
    view! { <header class="site-header" inner_html=html.get_untracked() on:click=on_click></header> }
}
