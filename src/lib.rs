//! The Cyber Budget Explorer: the budget model (pure Rust) and, on wasm, the Leptos UI.
pub mod budget;
pub mod chart;
pub mod dataset;
pub mod embed;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod ui;
