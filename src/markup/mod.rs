//! The page as HTML strings: pure functions from the model's views and the words
//! (`crate::text`, `crate::budget::format`) to markup, written with
//! [`crate::html::Html`].
//!
//! The parts of the page (`crate::ui`) hold these strings, so the app and the build-time
//! pre-render (which writes the same parts) share this one source of markup. No leptos
//! here: the markup is tested natively.

pub mod about;
pub mod active_filters;
pub mod breakdown;
pub mod choice_group;
pub mod embed_snippet;
pub mod filter_panel;
pub mod frame;
pub mod headline;
pub mod lang_runs;
pub mod names;
pub mod notices;
pub mod order_switch;
pub mod page_ref;
pub mod program_detail;
pub mod program_table;
pub mod rounds_table;
pub mod search_box;
pub mod search_hits;
pub mod sections;
pub mod site_header;
pub mod term_help;
pub mod view_tools;
