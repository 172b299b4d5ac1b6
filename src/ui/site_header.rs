//! The title bar with the language switch (markup: `crate::markup::site_header`).

use leptos::prelude::*;

use super::html_host::Part;
use super::lang_toggle::on_lang_click;
use super::state::AppState;
use crate::markup::site_header::site_header;

/// Title, subtitle and the Japanese/English switch.
pub fn part(state: AppState) -> Part {
    let html = Memo::new(move |_| site_header(state.lang.get()));
    Part::new("site-header", "header", html)
        .attribute("class", "site-header")
        .on("click", move |ev| on_lang_click(state, ev))
}
