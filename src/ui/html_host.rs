//! Containers whose content is a string of HTML from `crate::markup`, and the delegated
//! clicks inside them.
//!
//! A container is rendered with `inner_html` set to the string's first value: the
//! pre-render writes it as the element's content, the app sets it once when it mounts.
//! After that [`follow`] replaces the content whenever the string changes, in one parse,
//! instead of a DOM call per node. A container has one click listener that reads the
//! `data-*` attribute of what was clicked ([`target_attribute`]).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Keeps the content of the element `id` equal to `html` after its first render.
///
/// Replacing the content drops the nodes that held the keyboard focus: the focus goes back
/// to the new element of the same `id` or `data-key`, so a reader who chose a bar or a sort
/// button with the keyboard stays on it. A container that is a `<details>` keeps its open
/// state, since the container itself stays.
pub fn follow(id: String, html: Memo<String>) {
    // Effects run only in the browser; natively the first render is all there is.
    Effect::new(move |drawn: Option<()>| {
        html.with(|markup| {
            if drawn.is_some() {
                replace(&id, markup);
            }
        });
    });
}

/// A `data-key` value that can stand in a CSS attribute selector unquoted-safe: the keys
/// are the code's own (ministry ids, area numbers, column ids).
fn plain_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ',' | '-' | '_'))
}

fn replace(id: &str, markup: &str) {
    let document = document();
    let Some(container) = document.get_element_by_id(id) else {
        return;
    };
    let focused = document
        .active_element()
        .filter(|e| !e.is_same_node(Some(&container)) && container.contains(Some(e)))
        .map(|e| (e.id(), e.get_attribute("data-key")));
    container.set_inner_html(markup);
    let Some((focused_id, key)) = focused else {
        return;
    };
    let again = if focused_id.is_empty() {
        key.filter(|k| plain_key(k)).and_then(|k| {
            container
                .query_selector(&format!("[data-key=\"{k}\"]"))
                .ok()
                .flatten()
        })
    } else {
        document.get_element_by_id(&focused_id)
    };
    if let Some(element) = again.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// The clicked element or its nearest ancestor that matches the CSS `selector`.
pub fn target_element(event: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest(selector).ok().flatten()
}

/// The value of `attribute` on the clicked element or its nearest ancestor that has it.
pub fn target_attribute(event: &web_sys::Event, attribute: &str) -> Option<String> {
    target_element(event, &format!("[{attribute}]"))?.get_attribute(attribute)
}
