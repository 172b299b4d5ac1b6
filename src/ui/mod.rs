//! The UI: the page's parts (one per file, each an element whose content is a memo of
//! markup from `crate::markup`, with its event handlers) over Leptos's reactive state.
//! Parts draw what `crate::budget` computed; none of them computes money.

mod about;
mod active_filters;
mod app;
mod area_breakdown;
mod cite_panel;
mod clipboard;
mod copy;
mod embed_bar;
mod embed_footer;
mod embed_snippet;
mod fatal;
mod filter_panel;
mod focus;
mod headline;
mod html_host;
mod lang_toggle;
mod ministry_breakdown;
mod notices;
mod order_switch;
pub mod prelude;
pub mod prerender;
mod print_record;
mod program_detail;
mod program_table;
mod rounds_table;
mod site_header;
pub mod state;
mod tasks;
pub mod url;
mod view_tools;

use crate::ui::prelude::*;

use crate::markup::names::{Id, DATA_PART};

/// Starts the app: installs the panic notice, then, each step in its own task, loads the
/// embedded data and runs the explorer in `#app`.
///
/// For the default URL `#app` already holds the app's page (pre-rendered at build time
/// from the same parts, `prerender::render`): the app takes it over as it is, with no
/// redraw, so nothing moves and no long task builds the page again. Any other URL was
/// hidden behind "Preparing this view" (`cbe-pending`) and is drawn now.
pub fn start() {
    fatal::install_panic_notice();
    wasm_bindgen_futures::spawn_local(async {
        // The wasm's compile and instantiation took this task: decode in the next.
        tasks::next_task().await;
        match crate::dataset::latest_edition() {
            Ok(data) => {
                let explorer = crate::budget::Explorer::new(data);
                tasks::next_task().await;
                run(explorer);
            }
            Err(error) => fatal::show_fatal(&error.to_string()),
        }
        if let Some(boot) = document().get_element_by_id(Id::Boot.as_str()) {
            boot.remove();
        }
    });
}

/// Runs `explorer` in `#app` for the URL the page was opened with.
fn run(explorer: crate::budget::Explorer) {
    use wasm_bindgen::JsCast;

    let document = document();
    let query = url::current_query();
    let pending = document
        .document_element()
        .is_some_and(|html| html.class_list().contains(app::PENDING_CLASS));
    let root = match document.get_element_by_id(Id::App.as_str()) {
        Some(root) => root,
        None => {
            let root = document.create_element("div").expect("a div");
            root.set_id(Id::App.as_str());
            if let Some(body) = document.body() {
                let _ = body.append_child(&root);
            }
            root
        }
    };
    // Adopted only if it is the pre-render of the view this URL asks for.
    let adopt = !pending
        && query.is_empty()
        && root
            .query_selector(&format!("[{DATA_PART}]"))
            .ok()
            .flatten()
            .is_some();
    if adopt {
        // The note for readers without the app is for them only.
        if let Some(note) = document.get_element_by_id(Id::DefaultViewNote.as_str()) {
            note.remove();
        }
    }
    let state = state::AppState::new(explorer, &query);
    // The reactive graph lives as long as the page.
    let owner = Owner::new();
    owner.with(|| app::run(state, root.unchecked_into(), adopt));
    std::mem::forget(owner);
}
