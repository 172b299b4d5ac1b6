//! The browser's address bar: reading the query, and writing it back.
//!
//! The app writes only the query, keeping whatever path it is served under, so it works
//! unchanged under a sub-path such as `/cyber/budget/` (no router base to keep in sync).
//!
//! This is also the one seam between the parts and the page's address when they are
//! written natively (the pre-render, `super::prerender`): there is no browser then, and a
//! web-sys call would panic, so the address reads as the default view's (an empty query,
//! no page address) and writes and listeners do nothing.

#[cfg(target_arch = "wasm32")]
use crate::ui::prelude::window;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsValue;

/// How a change of view enters the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    /// A deliberate change of view (a filter, a program): Back returns to the previous view.
    Push,
    /// A continuous change (typing, sorting): the current entry is updated in place.
    Replace,
}

/// The current query string, with its leading `?` (empty when there is none, and natively).
pub fn current_query() -> String {
    #[cfg(target_arch = "wasm32")]
    let query = window().location().search().unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    let query = String::new();
    query
}

/// This page's address without its query or fragment (origin and path); natively empty,
/// so a pre-rendered link to a view is the bare relative query.
pub fn page_address() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let location = window().location();
        format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// This page's full address (`location.href`); natively empty.
pub fn page_href() -> String {
    #[cfg(target_arch = "wasm32")]
    let href = window().location().href().unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    let href = String::new();
    href
}

/// Calls `on_change` when Back or Forward change the address bar (the browser does not
/// say so otherwise), for as long as the current reactive owner lives; natively nothing.
pub fn on_history_change(on_change: impl Fn() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        let handle =
            crate::ui::prelude::window_event_listener_untyped("popstate", move |_| on_change());
        crate::ui::prelude::on_cleanup(move || handle.remove());
    }
    #[cfg(not(target_arch = "wasm32"))]
    drop(on_change);
}

/// Puts `query` (empty, or starting with `?`) into the address bar; natively nothing.
pub fn write_query(query: &str, mode: HistoryMode) {
    #[cfg(target_arch = "wasm32")]
    {
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
            // The error's own words (`SecurityError: …`), through its `toString`.
            let words = String::from(js_sys::Object::from(error).to_string());
            leptos_dom::logging::console_warn(&format!(
                "could not update the address bar: {words}"
            ));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (query, mode);
}
