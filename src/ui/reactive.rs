//! One type for every reactive value of the same output type.
//!
//! Leptos compiles its rendering code (build, rebuild, the render effect, unmount) once per
//! closure type, and every `move || ...` in a `view!` is a type of its own: with a hundred
//! and more of them that was most of the wasm. Boxed as [`Reactive<T>`], all the `String`
//! closures share one copy of that code (Leptos implements its view traits for
//! `Arc<dyn Fn() -> T + Send + Sync>`), and each closure costs only its own body.

use std::sync::{Arc, Mutex};

use leptos::prelude::{AnyView, IntoAny, IntoView};

/// A reactive value of type `T`, rendered as text, attribute, class or property.
pub type Reactive<T> = Arc<dyn Fn() -> T + Send + Sync>;

/// Boxes `f` as a [`Reactive`] (see the module comment for why).
pub fn rx<T>(f: impl Fn() -> T + Send + Sync + 'static) -> Reactive<T> {
    Arc::new(f)
}

/// A reactive view: the closures that return markup, boxed as one type.
///
/// Each closure's own view type is still built by its own code, but the render effect
/// around it (build, rebuild, mount, unmount, the effect's closure) is compiled once for
/// [`AnyView`] instead of once per closure.
pub type ReactiveView = Arc<Mutex<dyn FnMut() -> AnyView + Send>>;

/// Boxes a closure returning any view as a [`ReactiveView`].
pub fn rx_view<V: IntoView + 'static>(f: impl Fn() -> V + Send + 'static) -> ReactiveView {
    Arc::new(Mutex::new(move || f().into_any()))
}
