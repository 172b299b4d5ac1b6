//! The Cyber Budget Explorer: the budget model (pure Rust) and, on wasm, the Leptos UI.
pub mod budget;
pub mod dataset;
