//! The Cyber Budget Explorer: the budget model (pure Rust) and, on wasm, the Leptos UI.
pub mod budget;
pub mod chart;
pub mod dataset;
pub mod embed;
pub mod text;
// Native only: benchmarks build a large edition with it; the wasm never carries it.
#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic;
#[cfg(target_arch = "wasm32")]
pub mod ui;
