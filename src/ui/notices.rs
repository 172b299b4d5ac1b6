//! The notice listing the parts of the URL that were ignored (markup:
//! `crate::markup::notices`).

use leptos::prelude::*;

use super::html_host::{follow, target_element};
use super::state::AppState;
use crate::markup::notices::url_notices;

/// Says which URL parameters or values were ignored, until dismissed; once the app has
/// written a URL without them (`AppState::update`), it says they were removed.
///
/// The notice comes and goes, so its container is a wrapper that stays (`#url-notices-host`).
#[component]
pub fn UrlNotices(state: AppState) -> impl IntoView {
    let html = Memo::new(move |_| {
        let lang = state.lang.get();
        let removed = state.notices_removed.get();
        state
            .notices
            .with(|notices| url_notices(notices, removed, lang))
    });
    follow("url-notices-host".to_string(), html);
    let on_click = move |ev: web_sys::MouseEvent| {
        if target_element(&ev, ".dismiss").is_some() {
            state.notices.set(Vec::new());
        }
    };
    view! { <div id="url-notices-host" inner_html=html.get_untracked() on:click=on_click></div> }
}
