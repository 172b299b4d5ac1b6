//! The page's parts: elements whose content is markup from `crate::markup`, and the events
//! inside them; and [`Host`], what the app keeps about the page it has drawn.
//!
//! The page is written once from its parts ([`Part::write`]): at build time into
//! index.html (the pre-render), in the browser only for a view other than the default.
//! After that [`Host::follow_parts`] brings each part's content to its memo's new markup
//! whenever it changes: parsed once, then only the nodes that differ are changed, in place
//! (`morph.js`), so a filter click that changes numbers changes text nodes, not the
//! laid-out tables around them. Events are read once at the page's root ([`Host::listen`])
//! and handed to the part they happened in: a click on a button or link marked with an
//! [`Action`] reaches the part's action handler with the action read back, typed.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::ui::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;

use super::tasks::{next_task, AfterPaint};
use crate::budget::query::Param;
use crate::html::{Html, Markup};
use crate::markup::names::{
    Action, DomEvent, Id, PartKey, DATA_ACTION, DATA_DEFINITION, DATA_PART, DATA_VALUE,
};

#[wasm_bindgen(module = "/src/ui/morph.js")]
extern "C" {
    /// Brings `container`'s content to `html`, changing only the nodes that differ
    /// (`morph.js` says why it is JavaScript).
    fn morph(container: &web_sys::Element, html: &str);
}

#[wasm_bindgen(module = "/src/ui/in_view.js")]
extern "C" {
    /// Starts watching which of the parts (`selector`) now in `root` are in the viewport.
    #[wasm_bindgen(js_name = watchParts)]
    fn watch_parts(root: &web_sys::Element, selector: &str);
    /// Whether the reader may be looking at `part` (in the viewport or holding the focus;
    /// a part not yet seen by the observer counts as in view).
    #[wasm_bindgen(js_name = inView)]
    fn in_view(part: &web_sys::Element) -> bool;
}

/// What a part does with one kind of event that happened inside it.
pub type Handler = Rc<dyn Fn(&web_sys::Event)>;

/// What a part does when a button or link inside it is used: the [`Action`] its markup
/// marked it with, read back.
pub type ActionHandler = Rc<dyn Fn(Action, &web_sys::Event)>;

/// A part of the page: one element, marked `data-part="<key>"`, whose content is a memo of
/// markup. The page is written from its parts ([`Part::write`]), in the browser too; after
/// that each part only follows its memo ([`Host::follow_parts`]) and reads its events from
/// the one listener per event type on the page's root ([`Host::listen`]). A part's element
/// itself (tag, attributes) never changes; what changes is inside it.
pub struct Part {
    key: PartKey,
    tag: &'static str,
    attributes: Vec<(&'static str, String)>,
    /// The markup as drawn: `markup` while `open`, else what it was when closed.
    html: Memo<Markup>,
    /// Closed while the part is held back after a change (see [`Host::hold_out_of_view`]).
    open: RwSignal<bool>,
    handlers: Vec<(DomEvent, Handler)>,
    on_action: Option<ActionHandler>,
    after_redraw: Option<Rc<dyn Fn()>>,
}

impl Part {
    /// The part `key` (unique on the page): a `tag` element holding `markup`.
    pub fn new(key: PartKey, tag: &'static str, markup: Memo<Markup>) -> Self {
        let open = RwSignal::new(true);
        // While closed the part keeps what it has and does not read `markup`, so nothing
        // the markup depends on is computed for it.
        let html = Memo::new_owning(move |drawn: Option<Markup>| match drawn {
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
            on_action: None,
            after_redraw: None,
        }
    }

    /// Adds an attribute to the element.
    pub fn attribute(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.attributes.push((name, value.into()));
        self
    }

    /// Handles the events `event` inside the part.
    pub fn on(mut self, event: DomEvent, handler: impl Fn(&web_sys::Event) + 'static) -> Self {
        self.handlers.push((event, Rc::new(handler)));
        self
    }

    /// Handles the actions of the buttons and links inside the part (a click, or Enter or
    /// Space on a button). A link opened in another tab or window (a modifier key held) is
    /// the browser's, and never reaches the handler.
    pub fn on_action(mut self, handler: impl Fn(Action, &web_sys::Event) + 'static) -> Self {
        self.on_action = Some(Rc::new(handler));
        self
    }

    /// Runs `then` after each redraw of the content (not after the first draw).
    pub fn after_redraw(mut self, then: impl Fn() + 'static) -> Self {
        self.after_redraw = Some(Rc::new(then));
        self
    }

    /// Writes the element with its current content.
    pub fn write(&self, out: &mut Html) {
        let mut attributes: Vec<(&'static str, &str)> = vec![(DATA_PART, self.key.as_str())];
        attributes.extend(self.attributes.iter().map(|(n, v)| (*n, v.as_str())));
        out.open(self.tag, &attributes);
        self.html.with_untracked(|content| out.raw(content));
        out.close(self.tag);
    }
}

/// What the app keeps about the page it has drawn, in one owned place: the handlers of its
/// parts, their gates, whether the reader has acted since the page was taken over, and the
/// jobs waiting for the next painted frame. It lives as long as the app (`AppState::host`);
/// a handle is cheap to clone.
#[derive(Clone, Default)]
pub struct Host {
    inner: Rc<HostState>,
}

#[derive(Default)]
struct HostState {
    /// Counts the pages drawn: parts still waiting to follow a page that was replaced stop.
    page: Cell<u64>,
    /// Whether the reader has done anything since the page was taken over (see
    /// [`Host::mark_changed`]).
    changed: Cell<bool>,
    /// The handlers of the parts now on the page, by part and event.
    handlers: RefCell<Vec<(PartKey, DomEvent, Handler)>>,
    /// The action handlers of the parts now on the page.
    action_handlers: RefCell<Vec<(PartKey, ActionHandler)>>,
    /// The elements and gates of the parts now on the page (see [`Host::hold_out_of_view`]).
    gates: RefCell<Vec<(web_sys::Element, RwSignal<bool>)>>,
    /// Whether releasing the held parts is asked for after the next frame already.
    release_asked: Cell<bool>,
    /// Counts Back and Forward (see [`Host::history_moves`]).
    history_moves: Cell<u64>,
    /// Jobs waiting for the next painted frame (the address bar, the held parts).
    after_paint: AfterPaint,
}

impl Host {
    /// Runs `job` in a task after the next frame has been painted ([`AfterPaint::push`]).
    pub fn after_next_paint(&self, job: impl FnOnce() + 'static) {
        self.inner.after_paint.push(job);
    }

    /// How many times the reader has moved in the history (Back, Forward): a URL waiting to
    /// be written for a view is not written once the history has moved since.
    pub fn history_moves(&self) -> u64 {
        self.inner.history_moves.get()
    }

    /// Notes a move in the history (see [`Host::history_moves`]).
    pub fn moved_in_history(&self) {
        self.inner
            .history_moves
            .set(self.inner.history_moves.get() + 1);
    }

    /// Notes that the reader did something that may change the view (an event in a part,
    /// Back or Forward): a part that starts following after this draws its content at once.
    pub fn mark_changed(&self) {
        self.inner.changed.set(true);
    }

    /// Makes `parts` the page's parts: their handlers replace the previous parts', and
    /// each part's element follows its memo from now on. Call it inside the owner of the
    /// page's layout, so these effects end with it.
    ///
    /// A page just drawn is current: each part redraws from its first change on. An
    /// `adopted` page (the pre-render, taken over as it stands) needs none of its markup
    /// until something changes, so its parts start following one per task, after the page
    /// is interactive, rather than all computing their markup in the task that took it over.
    pub fn follow_parts(&self, parts: Vec<Part>, adopted: bool) {
        let state = &self.inner;
        let page = state.page.get() + 1;
        state.page.set(page);
        if let Some(root) = document().get_element_by_id(Id::App.as_str()) {
            watch_parts(&root, &format!("[{DATA_PART}]"));
        }
        *state.gates.borrow_mut() = parts
            .iter()
            .filter_map(|part| Some((part_element(part.key)?, part.open)))
            .collect();
        *state.handlers.borrow_mut() = parts
            .iter()
            .flat_map(|part| {
                part.handlers
                    .iter()
                    .map(|(event, handler)| (part.key, *event, handler.clone()))
            })
            .collect();
        *state.action_handlers.borrow_mut() = parts
            .iter()
            .filter_map(|part| Some((part.key, part.on_action.clone()?)))
            .collect();
        if !adopted {
            for part in parts {
                self.follow(part, false);
            }
            return;
        }
        state.changed.set(false);
        let Some(owner) = Owner::current() else {
            return;
        };
        let host = self.clone();
        crate::ui::prelude::spawn_local(async move {
            for part in parts {
                // Once the reader has changed something, the rest start at once, so the
                // page is never half redrawn.
                if !host.inner.changed.get() {
                    next_task().await;
                }
                if host.inner.page.get() != page {
                    return;
                }
                owner.with(|| host.follow(part, true));
            }
        });
    }

    /// Redraws `part` whenever its markup changes; when it starts `late` (on an adopted
    /// page), also at once if the reader changed something before.
    fn follow(&self, part: Part, late: bool) {
        let Part {
            key,
            html,
            after_redraw,
            ..
        } = part;
        let host = self.clone();
        // Effects run only in the browser; natively the first render is all there is.
        Effect::new(move |drawn: Option<()>| {
            let draw = drawn.is_some() || (late && host.inner.changed.get());
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

    /// The parts' elements and gates for which `keep(element, open)` holds.
    fn gates_where(
        &self,
        keep: impl Fn(&web_sys::Element, bool) -> bool,
    ) -> Vec<(web_sys::Element, RwSignal<bool>)> {
        self.inner
            .gates
            .borrow()
            .iter()
            .filter(|(element, open)| keep(element, open.get_untracked()))
            .cloned()
            .collect()
    }

    /// Holds back, until the next frame has been painted, the parts the reader cannot see
    /// now. Call it before the view changes (`AppState::update`, Back and Forward).
    ///
    /// The frame after a filter click then computes, patches, lays out and paints only what
    /// is in view (the counts, the chips, the headline); the sections below the fold follow
    /// right after that frame, one per task, with their own markup computed only then (at
    /// 10,000 programs, the sorted table page is most of a click's work). What the reader
    /// sees is never stale, and a part out of view is behind by a frame or a few tasks. A
    /// part holding the keyboard focus counts as in view. Held parts are `aria-busy` until
    /// drawn.
    pub fn hold_out_of_view(&self) {
        let held = self.gates_where(|element, open| open && !in_view(element));
        if held.is_empty() {
            return;
        }
        for (element, open) in held {
            open.set(false);
            // Assistive technologies may wait for the part; the bench times its catching up.
            let _ = element.set_attribute("aria-busy", "true");
        }
        if !self.inner.release_asked.replace(true) {
            let host = self.clone();
            self.after_next_paint(move || host.release_held());
        }
    }

    /// Lets the parts held by [`Host::hold_out_of_view`] catch up with the view, one per
    /// task, so a tap right after the frame is not kept waiting behind all of them.
    fn release_held(&self) {
        self.inner.release_asked.set(false);
        let held = self.gates_where(|_, open| !open);
        crate::ui::prelude::spawn_local(async move {
            for (element, open) in held {
                // A part of a page since replaced is gone with it.
                if open.try_get_untracked() == Some(false) {
                    open.set(true);
                }
                // The part's effect draws it before this task ends.
                next_task().await;
                // Unless a later click held it again.
                if open.try_get_untracked() == Some(true) {
                    let _ = element.remove_attribute("aria-busy");
                }
            }
        });
    }

    /// Listens on `root` for every [`DomEvent`] and hands an event to the parts it
    /// happened in (innermost first). Listening once at the root, rather than on each
    /// part's element, leaves the elements free to be replaced when the layout changes.
    pub fn listen(&self, root: &web_sys::Element) {
        use wasm_bindgen::closure::Closure;
        for &event_type in DomEvent::ALL {
            let host = self.clone();
            let dispatch = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
                host.dispatch(event_type, &event);
            });
            let _ = root.add_event_listener_with_callback(
                event_type.as_str(),
                dispatch.as_ref().unchecked_ref(),
            );
            // The root lives as long as the page: so does its listener.
            dispatch.forget();
        }
    }

    /// Hands `event` to the handlers of the parts it happened in, innermost first; a click
    /// on an element with an action goes to the action handler of the part holding it.
    fn dispatch(&self, event_type: DomEvent, event: &web_sys::Event) {
        let action = match event_type {
            DomEvent::Click => clicked_action(event),
            DomEvent::Keydown => {
                close_help_on_escape(event);
                None
            }
            _ => None,
        };
        // A help word's bubble is the same everywhere: opened and closed here.
        if let Some((Action::ToggleHelp, button)) = &action {
            set_term_help(button, None);
            return;
        }
        let mut node = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let mut action = action.map(|(action, _)| action);
        let any_part = format!("[{DATA_PART}]");
        while let Some(element) = node.and_then(|e| e.closest(&any_part).ok().flatten()) {
            let key = element
                .get_attribute(DATA_PART)
                .and_then(|key| PartKey::parse(&key));
            if let Some(key) = key {
                self.mark_changed();
                let handlers: Vec<Handler> = self
                    .inner
                    .handlers
                    .borrow()
                    .iter()
                    .filter(|(k, e, _)| *k == key && *e == event_type)
                    .map(|(_, _, h)| h.clone())
                    .collect();
                for handler in handlers {
                    handler(event);
                }
                let on_action = self
                    .inner
                    .action_handlers
                    .borrow()
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, h)| h.clone());
                if let (Some(on_action), Some(action)) = (on_action, action.take()) {
                    on_action(action, event);
                }
            }
            node = element.parent_element();
        }
    }
}

/// The action of the button or link a click landed on, and that element; `None` when the
/// click is not the app's: on a link, anything but a plain primary click (Ctrl, Shift, Alt
/// or Meta held, or another button) opens it the browser's way, in a new tab or window.
fn clicked_action(event: &web_sys::Event) -> Option<(Action, web_sys::Element)> {
    let element = target_element(event, &format!("[{DATA_ACTION}]"))?;
    let is_link = element.tag_name().eq_ignore_ascii_case("a") && element.has_attribute("href");
    if is_link {
        let mouse = event.dyn_ref::<web_sys::MouseEvent>()?;
        let modified = mouse.ctrl_key() || mouse.shift_key() || mouse.alt_key() || mouse.meta_key();
        if modified || mouse.button() != 0 {
            return None;
        }
    }
    let kind = element.get_attribute(DATA_ACTION)?;
    let value = element.get_attribute(DATA_VALUE);
    Some((Action::read(&kind, value.as_deref())?, element))
}

/// The selector of help buttons, with `extra` conditions appended.
fn help_buttons(extra: &str) -> String {
    format!("{}{extra}", Action::ToggleHelp.selector())
}

/// Opens or closes the help bubble of `button` (a help button of
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
        let definition = button.get_attribute(DATA_DEFINITION);
        let text = definition.as_deref().filter(|_| open);
        // Unchanged text is left alone: rewritten, a live region is announced again.
        if bubble.text_content().as_deref().unwrap_or("") != text.unwrap_or("") {
            bubble.set_text_content(text);
        }
    }
}

/// Escape on a help button closes its bubble.
fn close_help_on_escape(event: &web_sys::Event) {
    let escape = event
        .dyn_ref::<web_sys::KeyboardEvent>()
        .is_some_and(|e| e.key() == "Escape");
    if escape {
        if let Some(button) = target_element(event, &help_buttons("")) {
            set_term_help(&button, Some(false));
        }
    }
}

/// A value that can stand quoted in a CSS attribute selector as it is: the values looked
/// up are the code's own (ministry ids, area numbers, column names, bubble ids).
fn plain_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ',' | '-' | '_'))
}

/// The element of the part `key` on the page now.
fn part_element(key: PartKey) -> Option<web_sys::Element> {
    document()
        .query_selector(&format!("[{DATA_PART}=\"{}\"]", key.as_str()))
        .ok()
        .flatten()
}

/// A selector that finds `element` again after a redraw replaced it: its id, else its
/// action and the action's value.
fn same_element(element: &web_sys::Element) -> Option<String> {
    let id = element.id();
    if !id.is_empty() {
        return plain_key(&id).then(|| format!("#{id}"));
    }
    let kind = element.get_attribute(DATA_ACTION)?;
    let value = element.get_attribute(DATA_VALUE);
    Some(Action::read(&kind, value.as_deref())?.selector())
}

/// Brings the content of `container` to `markup`, keeping open help bubbles open and the
/// keyboard focus where it was.
fn redraw(container: &web_sys::Element, markup: &Markup) {
    let document = document();
    // Help bubbles that were open stay open (in the new words, after a language change).
    let open_help: Vec<String> = container
        .query_selector_all(&help_buttons("[aria-expanded=\"true\"]"))
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
    let focused_again = focused.as_ref().and_then(same_element);
    morph(container, markup.as_str());
    for id in open_help.iter().filter(|id| plain_key(id)) {
        if let Ok(Some(button)) = container.query_selector(&format!("[aria-controls=\"{id}\"]")) {
            set_term_help(&button, Some(true));
        }
    }
    // Kept in place (the usual case: a checkbox, a sort button): nothing to do, and calling
    // `focus()` anyway would make the browser lay out the page before the frame does.
    if focused.is_none_or(|f| f.is_connected()) {
        return;
    }
    let again = focused_again
        .and_then(|selector| container.query_selector(&selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = again {
        let _ = element.focus();
    }
}

/// The element the event happened on or its nearest ancestor that matches the CSS
/// `selector`.
pub fn target_element(event: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest(selector).ok().flatten()
}

/// The radio button or checkbox a `change` event happened on: the URL parameter it is
/// named after, its value and whether it is checked.
pub fn changed_choice(event: &web_sys::Event) -> Option<(Param, String, bool)> {
    let input = target_element(event, "input")?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let param = Param::parse(&input.name())?;
    Some((param, input.value(), input.checked()))
}
