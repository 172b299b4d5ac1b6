//! The budget model: the dataset, its validation, filters, views and the formatting of
//! money. Pure Rust: nothing here imports leptos or web-sys, so all of it is tested
//! natively and can be reused by exports, benchmarks and the build script.

pub mod check;
pub mod load;
pub mod model;

pub use load::{load_edition, DataError};
pub use model::*;
