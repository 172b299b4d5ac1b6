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
mod glossary;
mod headline;
mod lang_toggle;
mod ministry_breakdown;
mod notices;
mod order_switch;
mod outside_selection;
mod pager;
mod program_detail;
mod program_table;
mod rounds_table;
mod search_box;
mod sentence;
mod site_header;
pub mod state;
mod term_help;
pub mod url;
mod view_tools;

use leptos::prelude::*;

/// Starts the app: installs the panic notice, loads the embedded data and mounts.
pub fn start() {
    fatal::install_panic_notice();
    let boot = document().get_element_by_id("boot");
    match crate::dataset::latest_edition() {
        Ok(data) => {
            let explorer = crate::budget::Explorer::new(data);
            let query = url::current_query();
            mount_to_body(
                move || view! { <app::App explorer=explorer.clone() initial_query=query.clone() /> },
            );
        }
        Err(error) => fatal::show_fatal(&error.to_string()),
    }
    if let Some(boot) = boot {
        boot.remove();
    }
}
