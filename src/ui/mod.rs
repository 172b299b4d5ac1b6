//! The Leptos UI: one component per file. Components draw what `crate::budget` computed;
//! none of them computes money.

mod about;
mod active_filters;
mod app;
mod area_breakdown;
mod bar_chart;
mod choice_group;
mod cite_panel;
mod clipboard;
mod data_table;
mod embed_bar;
mod embed_footer;
mod embed_snippet;
mod fatal;
mod filter_panel;
mod headline;
mod html_host;
mod lang_toggle;
mod ministry_breakdown;
mod notices;
mod order_switch;
mod pager;
pub mod prerender;
mod program_detail;
mod program_table;
mod rounds_table;
mod search_box;
mod site_header;
pub mod state;
mod term_help;
pub mod url;
mod view_tools;

use leptos::prelude::*;

/// The class boot.js puts on `<html>` when the URL asks for a view other than the
/// pre-rendered default: the pre-render is hidden until the app has drawn that view.
const PENDING_CLASS: &str = "cbe-pending";

/// Starts the app: installs the panic notice, loads the embedded data and mounts it in
/// `#app` in place of the pre-rendered default view.
///
/// Everything here runs in one task, so the browser never paints between the pre-render's
/// removal and the app's first frame: for the default URL the two are the same markup
/// (`prerender::render` renders these components), so nothing moves.
pub fn start() {
    use wasm_bindgen::JsCast;

    fatal::install_panic_notice();
    let document = document();
    let boot = document.get_element_by_id("boot");
    match crate::dataset::latest_edition() {
        Ok(data) => {
            let explorer = crate::budget::Explorer::new(data);
            let query = url::current_query();
            let app = move || view! { <app::App explorer=explorer.clone() initial_query=query.clone() /> };
            match document
                .get_element_by_id("app")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                Some(container) => {
                    container.set_text_content(None);
                    mount_to(container, app).forget();
                }
                None => mount_to_body(app),
            }
            // The view the URL asked for is drawn: show it.
            if let Some(root) = document.document_element() {
                let _ = root.class_list().remove_1(PENDING_CLASS);
            }
        }
        Err(error) => fatal::show_fatal(&error.to_string()),
    }
    if let Some(boot) = boot {
        boot.remove();
    }
}
