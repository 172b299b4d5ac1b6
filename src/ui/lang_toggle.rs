//! The Japanese/English switch's click, shared by the site header and the embed bar (its
//! markup: `crate::markup::site_header::lang_toggle`).

use crate::ui::prelude::*;

use super::state::AppState;
use super::url::HistoryMode;
use crate::markup::names::Action;
use crate::markup::site_header::other_language;

/// When `action` is the language switch's, switches the page to the other language: a
/// history entry, like a filter.
pub fn on_lang_switch(state: AppState, action: Action) {
    if action == Action::SwitchLanguage {
        let lang = other_language(state.lang.get_untracked());
        state.update(HistoryMode::Push, |s| s.lang = lang);
    }
}
