//! The compact top line of embed mode: title, language switch, and the way out to the full
//! page (markup: `crate::markup::site_header::embed_bar`).

use crate::ui::prelude::*;

use super::html_host::Part;
use super::lang_toggle::on_lang_switch;
use super::state::AppState;
use crate::markup::names::PartKey;
use crate::markup::site_header::embed_bar;

/// Replaces the site header in an iframe: a small title, the language switch, and a link
/// that opens the same view as a full page in a new tab.
pub fn part(state: AppState) -> Part {
    let html = Memo::new(move |_| {
        let full_page_href = state.href(|s| *s = s.full_page());
        embed_bar(state.lang.get(), &full_page_href)
    });
    Part::new(PartKey::EmbedBar, "header", html)
        .attribute("class", "embed-bar")
        .on_action(move |action, _| on_lang_switch(state, action))
}
