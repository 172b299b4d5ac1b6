//! The sections and controls as HTML strings: pure functions from the model's views and
//! the words (`crate::text`, `crate::budget::format`) to markup, written with
//! [`crate::html::Html`].
//!
//! The components in `crate::ui` put these strings into their containers, so the app and
//! the build-time pre-render (which renders those components) share this one source of
//! markup. No leptos here: the markup is tested natively.

pub mod about;
pub mod active_filters;
pub mod breakdown;
pub mod choice_group;
pub mod filter_panel;
pub mod headline;
pub mod order_switch;
pub mod program_detail;
pub mod program_table;
pub mod rounds_table;
pub mod search_box;
pub mod sections;
pub mod term_help;
