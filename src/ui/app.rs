//! The page layout (full page or embed mode), drawn from its parts; the address-bar
//! listeners and `<html>`'s language and mode.
//!
//! The page is markup (`crate::markup` via each part in `crate::ui`), not a tree of Leptos
//! views: the build writes the default view into index.html from [`Page::markup`], and the
//! app takes that document over as it is ([`run`]) instead of building it again. After
//! that each part follows its memo and only what changed is patched (`html_host`).

use crate::ui::prelude::*;

use super::html_host::Part;
use super::state::AppState;
use super::url::{current_query, on_history_change};
use super::{
    about, active_filters, area_breakdown, copy, embed_bar, embed_footer, embed_snippet,
    filter_panel, headline, ministry_breakdown, notices, order_switch, print_record,
    program_detail, program_table, rounds_table, site_header, view_tools,
};
use crate::budget::query::ViewState;
use crate::html::{Html, Markup};
use crate::markup::frame::{site_footer, skip_link};
use crate::markup::names::{Id, PartKey};
use crate::text::labels;

/// The class on `<html>` in embed mode; boot.js sets it before first paint, the app keeps
/// it in step with the URL (Back can leave embed mode).
const EMBED_CLASS: &str = "cbe-embed";

/// The class boot.js puts on `<html>` when the URL asks for a view other than the
/// pre-rendered default: the pre-render is hidden until the app has drawn that view.
pub(super) const PENDING_CLASS: &str = "cbe-pending";

/// Which page is drawn: it changes only with the URL's `embed` and `controls`.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Layout {
    embed: bool,
    /// Filters and other controls in an embed (`controls=1`); the full page always has them.
    controls: bool,
}

impl Layout {
    /// The layout `state` asks for.
    fn of(state: &ViewState) -> Self {
        Layout {
            embed: state.embed,
            controls: state.controls,
        }
    }
}

fn write_part(part: &Option<Part>, html: &mut Html) {
    if let Some(part) = part {
        part.write(html);
    }
}

/// The page of one layout: its parts, in the order they stand.
pub struct Page {
    layout: Layout,
    skip_link: Part,
    site_header: Option<Part>,
    embed_bar: Option<Part>,
    notices: Part,
    filters: Option<Part>,
    active_filters: Option<Part>,
    headline: [Part; 2],
    view_tools: Part,
    print_record: Part,
    rounds: Part,
    order_switch: Option<Part>,
    by_area: Part,
    by_ministry: Part,
    detail: Part,
    programs: Part,
    embed_snippet: Option<Part>,
    about: Option<Part>,
    footer: Option<Part>,
    embed_footer: Option<Part>,
}

impl Page {
    /// The parts of `state`'s layout (each with its memo, read when the page is written).
    pub fn new(state: AppState) -> Self {
        let layout = state.view_state.with_untracked(Layout::of);
        let lang = state.lang;
        let skip = Memo::new(move |_| skip_link(lang.get()));
        let skip_link = Part::new(PartKey::Skip, "a", skip)
            .attribute("class", "skip-link")
            .attribute("href", format!("#{}", Id::Main.as_str()));
        let full_page = !layout.embed;
        let footer = full_page.then(|| {
            let publisher = Memo::new(move |_| {
                let lang = lang.get();
                state
                    .explorer
                    .with_value(|e| site_footer(e.data.edition.publisher.get(lang), lang))
            });
            Part::new(PartKey::Footer, "footer", publisher).attribute("class", "site-footer")
        });
        // Controls show on the full page, and in an embed only with `controls=1`.
        let with_controls = full_page || layout.controls;
        Page {
            layout,
            skip_link,
            site_header: full_page.then(|| site_header::part(state)),
            embed_bar: layout.embed.then(|| embed_bar::part(state)),
            notices: notices::part(state),
            filters: with_controls.then(|| filter_panel::part(state)),
            active_filters: with_controls.then(|| active_filters::part(state)),
            headline: headline::parts(state),
            view_tools: view_tools::part(state),
            print_record: print_record::part(state),
            rounds: rounds_table::part(state),
            order_switch: with_controls.then(|| order_switch::part(state)),
            by_area: area_breakdown::part(state),
            by_ministry: ministry_breakdown::part(state),
            detail: program_detail::part(state),
            programs: program_table::part(state),
            embed_snippet: full_page.then(|| embed_snippet::part(state)),
            about: full_page.then(|| about::part(state)),
            footer,
            embed_footer: layout.embed.then(|| embed_footer::part(state)),
        }
    }

    /// The page's markup (the content of `#app`).
    pub fn markup(&self) -> Markup {
        let Layout { embed, controls } = self.layout;
        let mut html = Html::default();
        self.skip_link.write(&mut html);
        write_part(&self.site_header, &mut html);
        write_part(&self.embed_bar, &mut html);
        self.notices.write(&mut html);
        let class = if embed && !controls {
            "layout embed-no-controls"
        } else {
            "layout"
        };
        html.open("div", &[("class", class)]);
        write_part(&self.filters, &mut html);
        html.open("main", &[("id", Id::Main.as_str()), ("tabindex", "-1")]);
        write_part(&self.active_filters, &mut html);
        headline::write(&self.headline, &mut html);
        self.view_tools.write(&mut html);
        self.print_record.write(&mut html);
        self.rounds.write(&mut html);
        write_part(&self.order_switch, &mut html);
        html.open("div", &[("class", "breakdowns")]);
        self.by_area.write(&mut html);
        self.by_ministry.write(&mut html);
        html.close("div");
        self.detail.write(&mut html);
        self.programs.write(&mut html);
        write_part(&self.embed_snippet, &mut html);
        write_part(&self.about, &mut html);
        html.close("main").close("div");
        write_part(&self.footer, &mut html);
        write_part(&self.embed_footer, &mut html);
        html.finish()
    }

    /// Every part, for `Host::follow_parts`: the figures first (the parts of an adopted page
    /// start following in this order).
    fn into_parts(self) -> Vec<Part> {
        let [figures, announcement] = self.headline;
        let mut parts = vec![
            figures,
            announcement,
            self.rounds,
            self.by_area,
            self.by_ministry,
            self.programs,
            self.detail,
        ];
        parts.extend(self.filters);
        parts.extend(self.active_filters);
        parts.extend(self.order_switch);
        parts.push(self.view_tools);
        parts.push(self.print_record);
        parts.push(self.notices);
        parts.push(self.skip_link);
        parts.extend(self.site_header);
        parts.extend(self.embed_bar);
        parts.extend(self.embed_snippet);
        parts.extend(self.about);
        parts.extend(self.footer);
        parts.extend(self.embed_footer);
        parts
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
    let host = state.host();
    host.listen(&root);

    // Back and Forward change the address bar without telling us: re-read it.
    on_history_change(move || {
        state.host().mark_changed();
        state.restore(&current_query());
    });

    print_record::fill_on_print(state);
    copy::plain_minus_on_copy();

    let layout = Memo::new(move |_| state.view_state.with(Layout::of));

    // Talking to the outside world: the document's language, title and mode follow the view.
    Effect::new(move |_| {
        let lang = state.lang.get();
        let document = document();
        // Only what differs is written: setting `lang` even to its own value makes the
        // browser recompute the style of the whole page (CSS selects on `:lang`), which was
        // a long task of its own right after the takeover.
        if let Some(root) = document.document_element() {
            if root.get_attribute("lang").as_deref() != Some(lang.as_str()) {
                let _ = root.set_attribute("lang", lang.as_str());
            }
            let _ = root
                .class_list()
                .toggle_with_force(EMBED_CLASS, layout.get().embed);
        }
        let title = labels(lang).app_title;
        if document.title() != title {
            document.set_title(title);
        }
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
                    root.set_inner_html(page.markup().as_str());
                }
                host.follow_parts(page.into_parts(), first && adopt);
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
