//! The budget model: the dataset, its validation, filters, views and the formatting of
//! money. Pure Rust: nothing here imports leptos or web-sys, so all of it is tested
//! natively and can be reused by exports, benchmarks and the build script.

pub mod check;
pub mod codec;
pub mod export;
pub mod filter;
pub mod format;
pub mod json;
pub mod like_for_like;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod model;
pub mod names;
pub mod pages;
pub mod query;
pub mod search;
pub mod sort;
pub mod view;
pub mod yen;

pub use filter::{Coverage, Filter, KindFilter};
#[cfg(not(target_arch = "wasm32"))]
pub use load::{load_edition, DataError};
pub use model::*;
pub use view::{Change, Explorer, Facets, TotalBasis, View};
