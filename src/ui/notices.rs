//! The notice listing the parts of the URL that were ignored (markup:
//! `crate::markup::notices`).

use crate::ui::prelude::*;

use super::focus;
use super::html_host::Part;
use super::state::AppState;
use crate::markup::names::{Action, Id, PartKey};
use crate::markup::notices::url_notices;

/// Says which URL parameters or values were ignored, until dismissed; once the app has
/// written a URL without them (`AppState::update`), it says they were removed.
///
/// The notice comes and goes, so the part's element is a wrapper that stays
/// (`#url-notices-host`).
pub fn part(state: AppState) -> Part {
    let html = Memo::new(move |_| {
        let lang = state.lang.get();
        let removed = state.notices_removed.get();
        state
            .notices
            .with(|notices| url_notices(notices, removed, lang))
    });
    Part::new(PartKey::Notices, "div", html)
        .attribute("id", Id::UrlNoticesHost.as_str())
        .on_action(move |action, _| {
            if action == Action::DismissNotices {
                state.notices.set(Vec::new());
            }
        })
        // The dismissed notice took its button, and the focus, away: on to the content.
        .after_redraw(|| focus::restore_if_lost(&[&format!("#{}", Id::Main.as_str())]))
}
