//! Where the keyboard focus goes when the element that had it is taken away (a closed
//! detail, a dismissed notice): a part redraws from markup, and a removed element leaves the
//! focus on `<body>`, which sends a keyboard or screen-reader user back to the top of the
//! page (WCAG 2.4.3).

use crate::ui::prelude::document;
use wasm_bindgen::JsCast;

/// If nothing has the focus (the element that had it is gone), gives it to the first
/// element matching one of `selectors` (CSS), in order.
pub fn restore_if_lost(selectors: &[&str]) {
    let document = document();
    let lost = document.active_element().is_none_or(|el| {
        document
            .body()
            .is_some_and(|body| body.is_same_node(Some(&el)))
    });
    if !lost {
        return;
    }
    for selector in selectors {
        if let Some(el) = document
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
            return;
        }
    }
}
