//! The Cyber Budget Explorer: the budget model (pure Rust), the page's markup (pure Rust)
//! and the UI (Leptos signals, memos and effects over that markup: run in the browser,
//! written to HTML natively for the pre-rendered first view).
pub mod budget;
pub mod chart;
pub mod dataset;
pub mod embed;
pub mod hook;
pub mod html;
pub mod markup;
// Native only: the accessibility statement is written at build time, from JSON (serde).
#[cfg(not(target_arch = "wasm32"))]
pub mod statement;
pub mod text;
// Native only: benchmarks build a large edition with it; the wasm never carries it.
#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic;
pub mod ui;
