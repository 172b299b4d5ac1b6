//! What the UI uses of Leptos, in one `use`: its reactive system (`reactive_graph`: signals,
//! memos, effects, owners), its DOM helpers (`leptos_dom`) and its task spawner
//! (`any_spawner`), the crates the `leptos` crate itself re-exports in `leptos::prelude`.
//!
//! The app depends on these directly rather than on the `leptos` crate (Cargo.toml says
//! why), so a part reads as any Leptos code: `Memo::new`, `RwSignal`, `Effect::new`.

pub use any_spawner::Executor;
pub use leptos_dom::helpers::{
    document, request_animation_frame, window, window_event_listener_untyped,
};
pub use reactive_graph::computed::Memo;
pub use reactive_graph::effect::Effect;
pub use reactive_graph::graph::untrack;
pub use reactive_graph::owner::{on_cleanup, LocalStorage, Owner, StoredValue};
pub use reactive_graph::prelude::*;
pub use reactive_graph::signal::RwSignal;

/// Runs `future` on the page's task queue (as `leptos::task::spawn_local`).
pub fn spawn_local(future: impl std::future::Future<Output = ()> + 'static) {
    Executor::spawn_local(future);
}
