//! What a reader copies from the page: the screen's minus sign (U+2212, the one the page
//! uses everywhere) becomes the ASCII hyphen-minus, the only one spreadsheets read as a
//! sign, so a copied table still pastes as numbers.

use crate::ui::prelude::*;
use wasm_bindgen::JsCast;

/// The page's minus sign.
const MINUS: char = '\u{2212}';

/// From now on, a copy of a selection holding a minus sign puts the selection's text, with
/// ASCII minus signs, on the clipboard. A selection without one is left to the browser.
/// Once per page, in the browser (`super::app::run`).
pub fn plain_minus_on_copy() {
    let _ = window_event_listener_untyped("copy", |event| {
        let Some(text) = window()
            .get_selection()
            .ok()
            .flatten()
            .map(|selection| String::from(selection.to_string()))
            .filter(|text| text.chars().any(|c| c == MINUS))
        else {
            return;
        };
        // Character by character: `str::replace` would bring core's string searcher.
        let plain: String = text
            .chars()
            .map(|c| if c == MINUS { '-' } else { c })
            .collect();
        let data = event
            .dyn_ref::<web_sys::ClipboardEvent>()
            .and_then(web_sys::ClipboardEvent::clipboard_data);
        if let Some(data) = data {
            if data.set_data("text/plain", &plain).is_ok() {
                event.prevent_default();
            }
        }
    });
}
