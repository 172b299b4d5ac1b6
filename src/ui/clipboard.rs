//! Copying text for the reader, shared by "Cite this view" and "Embed this view".

use crate::ui::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::markup::names::Id;

/// Writes `text` with the Clipboard API. False where there is none (pages served over plain
/// http lack it, and calling it there would throw) or the browser refuses.
pub async fn write(text: &str) -> bool {
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Focuses and selects the whole text of the text area `id`, so the reader can copy it by
/// hand; returns the text area when there is one.
pub fn select(id: Id) -> Option<web_sys::HtmlTextAreaElement> {
    let area = document()
        .get_element_by_id(id.as_str())
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())?;
    let _ = area.focus();
    area.select();
    Some(area)
}

/// Puts `text` in the text area `id` as its value (a property: the markup leaves the area
/// empty, since what it holds can differ from the build-time render, such as the access
/// date of a citation).
pub fn fill(id: Id, text: &str) {
    if let Some(area) = document()
        .get_element_by_id(id.as_str())
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        area.set_value(text);
    }
}
