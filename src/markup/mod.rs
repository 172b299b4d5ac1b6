//! The figure sections and the page frame as HTML strings: pure functions from the model's views and the
//! words (`crate::text`, `crate::budget::format`) to markup, written with
//! [`crate::html::Html`].
//!
//! The components in `crate::ui` put these strings into their containers, so the app and
//! the build-time pre-render (which renders those components) share this one source of
//! markup. No leptos here: the markup is tested natively.

pub mod about;
pub mod breakdown;
pub mod embed_snippet;
pub mod frame;
pub mod headline;
pub mod notices;
pub mod program_detail;
pub mod program_table;
pub mod rounds_table;
pub mod site_header;
pub mod view_tools;
