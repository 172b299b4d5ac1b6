//! The title bar with the language switch (markup: `crate::markup::site_header`).

use crate::ui::prelude::*;

use super::html_host::Part;
use super::lang_toggle::on_lang_switch;
use super::state::AppState;
use crate::markup::names::PartKey;
use crate::markup::site_header::site_header;

/// Title, subtitle and the Japanese/English switch.
pub fn part(state: AppState) -> Part {
    let html = Memo::new(move |_| site_header(state.lang.get()));
    Part::new(PartKey::SiteHeader, "header", html)
        .attribute("class", "site-header")
        .on_action(move |action, _| on_lang_switch(state, action))
}
