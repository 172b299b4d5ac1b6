//! The page's parts: elements whose content is a string of HTML from `crate::markup`, and
//! the events inside them.
//!
//! The page is written once from its parts ([`Part::write`]): at build time into
//! index.html (the pre-render), in the browser only for a view other than the default.
//! After that [`follow_parts`] brings each part's content to its memo's new string
//! whenever it changes: parsed once, then only the nodes that differ are changed, in place
//! (`morph.js`), so a filter click that changes numbers changes text nodes, not the
//! laid-out tables around them. Events are read once at the page's root ([`listen`]) and
//! handed to the part they happened in, whose handler reads the `data-*` attribute of what
//! was clicked ([`target_attribute`]).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;

use crate::html::Html;

#[wasm_bindgen(module = "/src/ui/morph.js")]
extern "C" {
    /// Brings `container`'s content to `html`, changing only the nodes that differ
    /// (`morph.js` says why it is JavaScript).
    fn morph(container: &web_sys::Element, html: &str);
}

#[wasm_bindgen(module = "/src/ui/in_view.js")]
extern "C" {
    /// Starts watching which of the parts now in `root` are in the viewport.
    #[wasm_bindgen(js_name = watchParts)]
    fn watch_parts(root: &web_sys::Element);
    /// Whether the reader may be looking at `part` (in the viewport or holding the focus;
    /// a part not yet seen by the observer counts as in view).
    #[wasm_bindgen(js_name = inView)]
    fn in_view(part: &web_sys::Element) -> bool;
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
pub fn close_term_help_on_escape(event: &web_sys::Event) {
    let escape = event
        .dyn_ref::<web_sys::KeyboardEvent>()
        .is_some_and(|e| e.key() == "Escape");
    if escape {
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

/// The element of the part `key` on the page now.
fn part_element(key: &str) -> Option<web_sys::Element> {
    document()
        .query_selector(&format!("[data-part=\"{key}\"]"))
        .ok()
        .flatten()
}

/// Brings the content of `container` to `markup`, keeping open help bubbles open and the
/// keyboard focus where it was.
fn redraw(container: &web_sys::Element, markup: &str) {
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

/// What a part does with one kind of event that happened inside it.
pub type Handler = Rc<dyn Fn(&web_sys::Event)>;

/// A part of the page: one element, marked `data-part="<key>"`, whose content is a memo of
/// markup. The page is written from its parts ([`Part::write`]), in the browser too; after
/// that each part only follows its memo ([`follow_parts`]) and reads its events from the
/// one listener per event type on the page's root ([`listen`]). A part's element itself
/// (tag, attributes) never changes; what changes is inside it.
pub struct Part {
    key: &'static str,
    tag: &'static str,
    attributes: Vec<(&'static str, String)>,
    /// The markup as drawn: `markup` while `open`, else what it was when closed.
    html: Memo<String>,
    /// Closed while the part is held back after a change (see [`hold_out_of_view`]).
    open: RwSignal<bool>,
    handlers: Vec<(&'static str, Handler)>,
    after_redraw: Option<Rc<dyn Fn()>>,
}

impl Part {
    /// The part `key` (unique on the page): a `tag` element holding `html`.
    pub fn new(key: &'static str, tag: &'static str, markup: Memo<String>) -> Self {
        let open = RwSignal::new(true);
        // While closed the part keeps what it has and does not read `markup`, so nothing
        // the markup depends on is computed for it.
        let html = Memo::new_owning(move |drawn: Option<String>| match drawn {
            Some(drawn) if !open.get() => (drawn, false),
            drawn => markup.with(|now| match drawn {
                Some(drawn) if drawn == *now => (drawn, false),
                _ => (now.clone(), true),
            }),
        });
        Part {
            key,
            tag,
            attributes: Vec::new(),
            html,
            open,
            handlers: Vec::new(),
            after_redraw: None,
        }
    }

    /// Adds an attribute to the element.
    pub fn attribute(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.attributes.push((name, value.into()));
        self
    }

    /// Handles the events named `event` (`"click"`, `"keydown"`, ...) inside the part.
    pub fn on(mut self, event: &'static str, handler: impl Fn(&web_sys::Event) + 'static) -> Self {
        self.handlers.push((event, Rc::new(handler)));
        self
    }

    /// Runs `then` after each redraw of the content (not after the first draw).
    pub fn after_redraw(mut self, then: impl Fn() + 'static) -> Self {
        self.after_redraw = Some(Rc::new(then));
        self
    }

    /// Writes the element with its current content.
    pub fn write(&self, out: &mut Html) {
        let mut attributes: Vec<(&str, &str)> = vec![("data-part", self.key)];
        attributes.extend(self.attributes.iter().map(|(n, v)| (*n, v.as_str())));
        out.open(self.tag, &attributes);
        self.html.with_untracked(|content| out.raw(content));
        out.close(self.tag);
    }
}

/// The text `text` as markup (escaped), for a part that holds only text.
pub fn text_markup(text: &str) -> String {
    let mut html = Html::default();
    html.text(text);
    html.finish()
}

thread_local! {
    /// The handlers of the parts now on the page, by part key and event type.
    static HANDLERS: RefCell<Vec<(&'static str, &'static str, Handler)>> = const { RefCell::new(Vec::new()) };
    /// Counts the pages drawn: parts still waiting to follow a page that was replaced stop.
    static PAGE: Cell<u64> = const { Cell::new(0) };
    /// Whether the reader has done anything since the page was taken over (see
    /// [`mark_changed`]).
    static CHANGED: Cell<bool> = const { Cell::new(false) };
}

/// Notes that the reader did something that may change the view (an event in a part,
/// Back or Forward): a part that starts following after this draws its content at once.
pub fn mark_changed() {
    CHANGED.set(true);
}

/// Makes `parts` the page's parts: their handlers replace the previous parts', and each
/// part's element follows its memo from now on. Call it inside the owner of the page's
/// layout, so these effects end with it.
///
/// A page just drawn is current: each part redraws from its first change on. An `adopted`
/// page (the pre-render, taken over as it stands) needs none of its markup until something
/// changes, so its parts start following one per task, after the page is interactive,
/// rather than all computing their markup in the task that took it over.
pub fn follow_parts(parts: Vec<Part>, adopted: bool) {
    let page = PAGE.get() + 1;
    PAGE.set(page);
    if let Some(root) = document().get_element_by_id("app") {
        watch_parts(&root);
    }
    GATES.with_borrow_mut(|gates| {
        *gates = parts
            .iter()
            .filter_map(|part| Some((part_element(part.key)?, part.open)))
            .collect();
    });
    HANDLERS.with_borrow_mut(|handlers| {
        handlers.clear();
        for part in &parts {
            for (event, handler) in &part.handlers {
                handlers.push((part.key, *event, handler.clone()));
            }
        }
    });
    if !adopted {
        for part in parts {
            follow(part, false);
        }
        return;
    }
    CHANGED.set(false);
    let Some(owner) = Owner::current() else {
        return;
    };
    leptos::task::spawn_local(async move {
        for part in parts {
            // Once the reader has changed something, the rest start at once, so the page
            // is never half redrawn.
            if !CHANGED.get() {
                super::tasks::next_task().await;
            }
            if PAGE.get() != page {
                return;
            }
            owner.with(|| follow(part, true));
        }
    });
}

thread_local! {
    /// The gates of the parts now on the page (see [`hold_out_of_view`]).
    static GATES: RefCell<Vec<(web_sys::Element, RwSignal<bool>)>> = const { RefCell::new(Vec::new()) };
    /// Whether [`release_held`] is asked for after the next frame already.
    static RELEASE_ASKED: Cell<bool> = const { Cell::new(false) };
}

/// The parts' elements and gates for which `keep(element, open)` holds.
fn gates_where(
    keep: impl Fn(&web_sys::Element, bool) -> bool,
) -> Vec<(web_sys::Element, RwSignal<bool>)> {
    GATES.with_borrow(|gates| {
        gates
            .iter()
            .filter(|(element, open)| keep(element, open.get_untracked()))
            .cloned()
            .collect()
    })
}

/// Holds back, until the next frame has been painted, the parts the reader cannot see now.
/// Call it before the view changes (`AppState::update`, Back and Forward).
///
/// The frame after a filter click then computes, patches, lays out and paints only what is
/// in view (the counts, the chips, the headline); the sections below the fold follow right
/// after that frame, one per task, with their own markup computed only then (at 10,000
/// programs, the sorted table page is most of a click's work). What the reader sees is
/// never stale, and a part out of view is behind by a frame or a few tasks. A part holding
/// the keyboard focus counts as in view. Held parts are `aria-busy` until drawn.
pub fn hold_out_of_view() {
    let held = gates_where(|element, open| open && !in_view(element));
    if held.is_empty() {
        return;
    }
    for (element, open) in held {
        open.set(false);
        // Assistive technologies may wait for the part; the bench times its catching up.
        let _ = element.set_attribute("aria-busy", "true");
    }
    if !RELEASE_ASKED.replace(true) {
        super::tasks::after_next_paint(release_held);
    }
}

/// Lets the parts held by [`hold_out_of_view`] catch up with the view, one per task, so a
/// tap right after the frame is not kept waiting behind all of them.
fn release_held() {
    RELEASE_ASKED.set(false);
    let held = gates_where(|_, open| !open);
    leptos::task::spawn_local(async move {
        for (element, open) in held {
            // A part of a page since replaced is gone with it.
            if open.try_get_untracked() == Some(false) {
                open.set(true);
            }
            // The part's effect draws it before this task ends.
            super::tasks::next_task().await;
            // Unless a later click held it again.
            if open.try_get_untracked() == Some(true) {
                let _ = element.remove_attribute("aria-busy");
            }
        }
    });
}

/// Redraws `part` whenever its markup changes; when it starts `late` (on an adopted page),
/// also at once if the reader changed something before.
fn follow(part: Part, late: bool) {
    let Part {
        key,
        html,
        after_redraw,
        ..
    } = part;
    // Effects run only in the browser; natively the first render is all there is.
    Effect::new(move |drawn: Option<()>| {
        let draw = drawn.is_some() || (late && CHANGED.get());
        html.with(|markup| {
            let Some(container) = draw.then(|| part_element(key)).flatten() else {
                return;
            };
            redraw(&container, markup);
            if let Some(then) = &after_redraw {
                then();
            }
        });
    });
}

/// Listens on `root` for each of `events` and hands an event to the handlers of the parts
/// it happened in (innermost first). Listening once at the root, rather than on each
/// part's element, leaves the elements free to be replaced when the layout changes.
pub fn listen(root: &web_sys::Element, events: &[&'static str]) {
    use wasm_bindgen::closure::Closure;
    for &event_type in events {
        let dispatch = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            let mut node = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            while let Some(element) = node.and_then(|e| e.closest("[data-part]").ok().flatten()) {
                if let Some(key) = element.get_attribute("data-part") {
                    mark_changed();
                    let handlers: Vec<Handler> = HANDLERS.with_borrow(|handlers| {
                        handlers
                            .iter()
                            .filter(|(k, e, _)| *k == key && *e == event_type)
                            .map(|(_, _, h)| h.clone())
                            .collect()
                    });
                    for handler in handlers {
                        handler(&event);
                    }
                }
                node = element.parent_element();
            }
        });
        let _ =
            root.add_event_listener_with_callback(event_type, dispatch.as_ref().unchecked_ref());
        // The root lives as long as the page: so does its listener.
        dispatch.forget();
    }
}
