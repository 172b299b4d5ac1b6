//! One type for every reactive value of the same output type.
//!
//! Leptos compiles its rendering code (build, rebuild, the render effect, unmount) once per
//! closure type, and every `move || ...` in a `view!` is a type of its own: with a hundred
//! and more of them that was most of the wasm. Boxed as [`Reactive<T>`], all the `String`
//! closures share one copy of that code (Leptos implements its view traits for
//! `Arc<dyn Fn() -> T + Send + Sync>`), and each closure costs only its own body.

use std::sync::Arc;

/// A reactive value of type `T`, rendered as text, attribute, class or property.
pub type Reactive<T> = Arc<dyn Fn() -> T + Send + Sync>;

/// Boxes `f` as a [`Reactive`] (see the module comment for why).
pub fn rx<T>(f: impl Fn() -> T + Send + Sync + 'static) -> Reactive<T> {
    Arc::new(f)
}
