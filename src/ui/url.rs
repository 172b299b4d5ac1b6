//! The browser's address bar: reading the query, and writing it back.
//!
//! The app writes only the query, keeping whatever path it is served under, so it works
//! unchanged under a sub-path such as `/cyber/budget/` (no router base to keep in sync).

use leptos::prelude::window;
use wasm_bindgen::JsValue;

/// How a change of view enters the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    /// A deliberate change of view (a filter, a program): Back returns to the previous view.
    Push,
    /// A continuous change (typing, sorting): the current entry is updated in place.
    Replace,
}

/// The current query string, with its leading `?` (empty when there is none).
pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// Puts `query` (empty, or starting with `?`) into the address bar.
pub fn write_query(query: &str, mode: HistoryMode) {
    let window = window();
    let path = window.location().pathname().unwrap_or_default();
    let url = format!("{path}{query}");
    let Ok(history) = window.history() else {
        return;
    };
    let result = match mode {
        HistoryMode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        HistoryMode::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
    if let Err(error) = result {
        leptos::logging::warn!("could not update the address bar: {error:?}");
    }
}
