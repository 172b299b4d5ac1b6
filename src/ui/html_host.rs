//! Containers whose content is a string of HTML from `crate::markup`, and the delegated
//! clicks inside them.
//!
//! A container is rendered with `inner_html` set to the string's first value: the
//! pre-render writes it as the element's content, the app sets it once when it mounts.
//! After that [`follow`] brings the content to the new string whenever it changes: parsed
//! once, then only the nodes that differ are changed, in place (`morph.js`), so a filter
//! click that changes numbers changes text nodes, not the laid-out tables around them. A container has one click listener that reads the
//! `data-*` attribute of what was clicked ([`target_attribute`]).

use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/ui/morph.js")]
extern "C" {
    /// Brings `container`'s content to `html`, changing only the nodes that differ
    /// (`morph.js` says why it is JavaScript).
    fn morph(container: &web_sys::Element, html: &str);
}

/// Keeps the content of the element `id` equal to `html` after its first render.
///
/// A node whose tag changed is replaced, and with it the keyboard focus it held: the focus
/// goes back to the new element of the same `id` or `data-key`, so a reader who chose a bar
/// or a sort button with the keyboard stays on it. A container that is a `<details>` keeps its open
/// state, since the container itself stays.
pub fn follow(id: String, html: Memo<String>) {
    follow_with(move || document().get_element_by_id(&id), html);
}

/// [`follow`] for a container without an id: the element `node` refers to.
pub fn follow_node<E>(node: NodeRef<E>, html: Memo<String>)
where
    E: leptos::tachys::html::element::ElementType,
    E::Output: JsCast + Clone + Send + Sync + 'static,
{
    follow_with(
        move || node.get_untracked().map(|e| e.unchecked_into()),
        html,
    );
}

fn follow_with(
    container: impl Fn() -> Option<web_sys::Element> + Send + Sync + 'static,
    html: Memo<String>,
) {
    // Effects run only in the browser; natively the first render is all there is.
    Effect::new(move |drawn: Option<()>| {
        html.with(|markup| {
            if drawn.is_some() {
                if let Some(container) = container() {
                    replace(&container, markup);
                }
            }
        });
    });
}

/// Opens or closes the help bubble of `button` (a `.term-help-button` of
/// `crate::markup::term_help::term_help`); `open` `None` flips it. The definition is
/// written into the bubble, a live region, only while open, so it is announced when it
/// appears.
pub fn set_term_help(button: &web_sys::Element, open: Option<bool>) {
    let open =
        open.unwrap_or_else(|| button.get_attribute("aria-expanded").as_deref() != Some("true"));
    let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    let bubble = button
        .get_attribute("aria-controls")
        .and_then(|id| document().get_element_by_id(&id));
    if let Some(bubble) = bubble {
        let _ = bubble.class_list().toggle_with_force("open", open);
        let definition = button.get_attribute("data-definition");
        let text = definition.as_deref().filter(|_| open);
        // Unchanged text is left alone: rewritten, a live region is announced again.
        if bubble.text_content().as_deref().unwrap_or("") != text.unwrap_or("") {
            bubble.set_text_content(text);
        }
    }
}

/// A click on a help button inside markup opens or closes its bubble; true when the click
/// was on one (the sections' listeners try their own `data-*` actions first).
pub fn toggle_term_help(event: &web_sys::Event) -> bool {
    let Some(button) = target_element(event, ".term-help-button") else {
        return false;
    };
    set_term_help(&button, None);
    true
}

/// Escape on a help button inside markup closes its bubble.
pub fn close_term_help_on_escape(event: &web_sys::KeyboardEvent) {
    if event.key() == "Escape" {
        if let Some(button) = target_element(event, ".term-help-button") {
            set_term_help(&button, Some(false));
        }
    }
}

/// A value that can stand quoted in a CSS attribute selector as it is: the keys and ids
/// looked up are the code's own (ministry ids, area numbers, column ids, bubble ids).
fn plain_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ',' | '-' | '_'))
}

fn replace(container: &web_sys::Element, markup: &str) {
    let document = document();
    // Help bubbles that were open stay open (in the new words, after a language change).
    let open_help: Vec<String> = container
        .query_selector_all(".term-help-button[aria-expanded=\"true\"]")
        .ok()
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
                .filter_map(|b| b.get_attribute("aria-controls"))
                .collect()
        })
        .unwrap_or_default();
    let focused = document
        .active_element()
        .filter(|e| !e.is_same_node(Some(container)) && container.contains(Some(e)));
    morph(container, markup);
    for id in open_help.iter().filter(|id| plain_key(id)) {
        if let Ok(Some(button)) = container.query_selector(&format!("[aria-controls=\"{id}\"]")) {
            set_term_help(&button, Some(true));
        }
    }
    let Some(focused) = focused else {
        return;
    };
    // Kept in place (the usual case: a checkbox, a sort button): nothing to do, and calling
    // `focus()` anyway would make the browser lay out the page before the frame does.
    if focused.is_connected() {
        return;
    }
    let (focused_id, key) = (focused.id(), focused.get_attribute("data-key"));
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
