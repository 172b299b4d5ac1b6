//! The page layout (full page or embed mode), drawn from its parts; the address-bar
//! listeners and `<html>`'s language and mode.
//!
//! The page is markup (`crate::markup` via each part in `crate::ui`), not a tree of Leptos
//! views: the build writes the default view into index.html from [`Page::markup`], and the
//! app takes that document over as it is ([`run`]) instead of building it again. After
//! that each part follows its memo and only what changed is patched (`html_host`).

use leptos::prelude::*;

use super::embed_bar::EmbedBar;
use super::embed_footer::EmbedFooter;
use super::embed_snippet::EmbedSnippet;
use super::html_host::{follow_parts, listen, mark_changed, text_markup, Part};
use super::notices::UrlNotices;
use super::site_header::SiteHeader;
use super::state::AppState;
use super::url::{current_query, on_history_change};
use super::view_tools::ViewTools;
use super::{
    about, active_filters, area_breakdown, filter_panel, headline, ministry_breakdown,
    order_switch, program_detail, program_table, rounds_table,
};
use crate::html::Html;
use crate::text::labels;

/// The class on `<html>` in embed mode; boot.js sets it before first paint, the app keeps
/// it in step with the URL (Back can leave embed mode).
const EMBED_CLASS: &str = "cbe-embed";

/// The class boot.js puts on `<html>` when the URL asks for a view other than the
/// pre-rendered default: the pre-render is hidden until the app has drawn that view.
pub(super) const PENDING_CLASS: &str = "cbe-pending";

/// The events the parts handle, each listened to once on the page's root.
const EVENTS: &[&str] = &["click", "keydown", "change", "input"];

/// Which page is drawn: it changes only with the URL's `embed` and `controls`.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Layout {
    embed: bool,
    /// Filters and other controls in an embed (`controls=1`); the full page always has them.
    controls: bool,
}

/// A part still drawn by a Leptos view: a `<div data-slot>` (CSS `display: contents`, so
/// the layout does not see it) that the pre-render fills natively and the app mounts the
/// view into.
struct Slot {
    key: &'static str,
    view: Box<dyn Fn() -> AnyView>,
}

impl Slot {
    fn new(key: &'static str, view: impl Fn() -> AnyView + 'static) -> Self {
        Slot {
            key,
            view: Box::new(view),
        }
    }

    fn write(&self, html: &mut Html) {
        html.open("div", &[("data-slot", self.key)]);
        #[cfg(not(target_arch = "wasm32"))]
        {
            use leptos::tachys::view::RenderHtml;
            html.raw(&untrack(|| (self.view)()).to_html());
        }
        html.close("div");
    }

    /// Mounts the view in place of what the slot holds.
    fn mount(self) {
        use wasm_bindgen::JsCast;
        let element = document()
            .query_selector(&format!("[data-slot=\"{}\"]", self.key))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            element.set_text_content(None);
            let view = self.view;
            leptos::mount::mount_to(element, view).forget();
        }
    }
}

fn write_part(part: &Option<Part>, html: &mut Html) {
    if let Some(part) = part {
        part.write(html);
    }
}

fn write_slot(slot: &Option<Slot>, html: &mut Html) {
    if let Some(slot) = slot {
        slot.write(html);
    }
}

/// The page of one layout: its parts, in the order they stand.
pub struct Page {
    layout: Layout,
    skip_link: Part,
    site_header: Option<Slot>,
    embed_bar: Option<Slot>,
    notices: Slot,
    filters: Option<Part>,
    active_filters: Option<Part>,
    view_tools: Slot,
    order_switch: Option<Part>,
    embed_snippet: Option<Slot>,
    embed_footer: Option<Slot>,
    headline: [Part; 2],
    rounds: Part,
    by_area: Part,
    by_ministry: Part,
    detail: Part,
    programs: Part,
    about: Option<Part>,
    footer: Option<Part>,
}

impl Page {
    /// The parts of `state`'s layout (each with its memo, read when the page is written).
    pub fn new(state: AppState) -> Self {
        let layout = state.view_state.with_untracked(|s| Layout {
            embed: s.embed,
            controls: s.controls,
        });
        let lang = state.lang;
        let skip = Memo::new(move |_| text_markup(labels(lang.get()).skip_to_content));
        let skip_link = Part::new("skip", "a", skip)
            .attribute("class", "skip-link")
            .attribute("href", "#main");
        let full_page = !layout.embed;
        let footer = full_page.then(|| {
            let publisher = Memo::new(move |_| {
                let lang = lang.get();
                let mut html = Html::default();
                state.explorer.with_value(|e| {
                    html.element("p", &[], e.data.edition.publisher.get(lang));
                });
                html.finish()
            });
            Part::new("footer", "footer", publisher).attribute("class", "site-footer")
        });
        // Controls show on the full page, and in an embed only with `controls=1`.
        let with_controls = full_page || layout.controls;
        let slot = |key, show: bool, view: fn(AppState) -> AnyView| {
            show.then(|| Slot::new(key, move || view(state)))
        };
        Page {
            layout,
            skip_link,
            site_header: slot("site-header", full_page, |state| {
                view! { <SiteHeader state=state /> }.into_any()
            }),
            embed_bar: slot("embed-bar", layout.embed, |state| {
                view! { <EmbedBar state=state /> }.into_any()
            }),
            notices: Slot::new("notices", move || {
                view! { <UrlNotices state=state /> }.into_any()
            }),
            filters: with_controls.then(|| filter_panel::part(state)),
            active_filters: with_controls.then(|| active_filters::part(state)),
            view_tools: Slot::new("view-tools", move || {
                view! { <ViewTools state=state /> }.into_any()
            }),
            order_switch: with_controls.then(|| order_switch::part(state)),
            embed_snippet: slot("embed-snippet", full_page, |state| {
                view! { <EmbedSnippet state=state /> }.into_any()
            }),
            embed_footer: slot("embed-footer", layout.embed, |state| {
                view! { <EmbedFooter state=state /> }.into_any()
            }),
            headline: headline::parts(state),
            rounds: rounds_table::part(state),
            by_area: area_breakdown::part(state),
            by_ministry: ministry_breakdown::part(state),
            detail: program_detail::part(state),
            programs: program_table::part(state),
            about: full_page.then(|| about::part(state)),
            footer,
        }
    }

    /// The page's markup (the content of `#app`).
    pub fn markup(&self) -> String {
        let Layout { embed, controls } = self.layout;
        let mut html = Html::default();
        self.skip_link.write(&mut html);
        write_slot(&self.site_header, &mut html);
        write_slot(&self.embed_bar, &mut html);
        self.notices.write(&mut html);
        let class = if embed && !controls {
            "layout embed-no-controls"
        } else {
            "layout"
        };
        html.open("div", &[("class", class)]);
        write_part(&self.filters, &mut html);
        html.open("main", &[("id", "main"), ("tabindex", "-1")]);
        write_part(&self.active_filters, &mut html);
        headline::write(&self.headline, &mut html);
        self.view_tools.write(&mut html);
        self.rounds.write(&mut html);
        write_part(&self.order_switch, &mut html);
        html.open("div", &[("class", "breakdowns")]);
        self.by_area.write(&mut html);
        self.by_ministry.write(&mut html);
        html.close("div");
        self.detail.write(&mut html);
        self.programs.write(&mut html);
        write_slot(&self.embed_snippet, &mut html);
        if let Some(about) = &self.about {
            about.write(&mut html);
        }
        html.close("main").close("div");
        if let Some(footer) = &self.footer {
            footer.write(&mut html);
        }
        write_slot(&self.embed_footer, &mut html);
        html.finish()
    }

    /// Every part, for [`follow_parts`], and the slots to mount.
    fn into_parts(self) -> (Vec<Part>, Vec<Slot>) {
        let slots = [
            self.site_header,
            self.embed_bar,
            Some(self.notices),
            Some(self.view_tools),
            self.embed_snippet,
            self.embed_footer,
        ]
        .into_iter()
        .flatten()
        .collect();
        let [figures, announcement] = self.headline;
        let mut parts = vec![self.skip_link];
        parts.extend(self.filters);
        parts.extend(self.active_filters);
        parts.extend([
            figures,
            announcement,
            self.rounds,
            self.by_area,
            self.by_ministry,
            self.detail,
            self.programs,
        ]);
        parts.extend(self.order_switch);
        parts.extend(self.about);
        parts.extend(self.footer);
        (parts, slots)
    }
}

/// Runs the explorer in `root` (`#app`). With `adopt`, `root` already holds the markup
/// of `state`'s page (the pre-rendered default view): the app takes it over as it is, so
/// nothing is parsed, laid out or painted again. Otherwise the page is drawn first.
pub fn run(state: AppState, root: web_sys::Element, adopt: bool) {
    // Effects run on Leptos's executor; mounting a view would start it, the page is not
    // mounted.
    #[cfg(target_arch = "wasm32")]
    let _ = any_spawner::Executor::init_wasm_bindgen();
    listen(&root, EVENTS);

    // Back and Forward change the address bar without telling us: re-read it.
    on_history_change(move || {
        mark_changed();
        state.restore(&current_query());
    });

    let layout = Memo::new(move |_| {
        state.view_state.with(|s| Layout {
            embed: s.embed,
            controls: s.controls,
        })
    });

    // Talking to the outside world: the document's language, title and mode follow the view.
    Effect::new(move |_| {
        let lang = state.lang.get();
        let document = document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.tag());
            let _ = root
                .class_list()
                .toggle_with_force(EMBED_CLASS, layout.get().embed);
        }
        document.set_title(labels(lang).app_title);
    });

    // The page of the current layout. A new layout (Back into or out of an embed) draws a
    // new page; the parts of the old one, and their effects, end with its owner.
    Effect::new(move |previous: Option<Owner>| {
        layout.track();
        let first = previous.is_none();
        if let Some(previous) = previous {
            previous.cleanup();
        }
        let owner = Owner::new();
        owner.with(|| {
            untrack(|| {
                let page = Page::new(state);
                if !(first && adopt) {
                    root.set_inner_html(&page.markup());
                }
                let (parts, slots) = page.into_parts();
                follow_parts(parts, first && adopt);
                for slot in slots {
                    slot.mount();
                }
            });
        });
        if first {
            // The view the URL asked for is drawn: show it.
            if let Some(html) = document().document_element() {
                let _ = html.class_list().remove_1(PENDING_CLASS);
            }
            if !adopt {
                program_detail::focus_detail();
            }
        }
        owner
    });
}
