//! The Cyber Budget Explorer: the budget model (pure Rust) and the Leptos UI (mounted in
//! the browser, rendered to HTML natively for the pre-rendered first view).
// The native render to HTML (tachys' `ssr`) lays out the whole page's view type in one
// async `resolve`; its depth is past the default limit of 128.
#![recursion_limit = "256"]
pub mod budget;
pub mod chart;
pub mod dataset;
pub mod embed;
pub mod hook;
pub mod html;
pub mod markup;
pub mod text;
// Native only: benchmarks build a large edition with it; the wasm never carries it.
#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic;
pub mod ui;
