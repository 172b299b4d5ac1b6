//! The Japanese/English switch's click, shared by the site header and the embed bar (its
//! markup: `crate::markup::site_header::lang_toggle`).

use leptos::prelude::*;

use super::html_host::target_element;
use super::state::AppState;
use super::url::HistoryMode;
use crate::markup::site_header::other_language;

/// When `event` is a click on the language switch (`#lang-toggle`), switches the page to
/// the other language: a history entry, like a filter.
pub fn on_lang_click(state: AppState, event: &web_sys::Event) {
    if target_element(event, "#lang-toggle").is_some() {
        let lang = other_language(state.lang.get_untracked());
        state.update(HistoryMode::Push, |s| s.lang = lang);
    }
}
