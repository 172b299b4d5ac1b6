//! Entry point: mounts the app in the browser. Natively it does nothing, so that
//! `cargo test` and `cargo build` work without a wasm toolchain.

#[cfg(target_arch = "wasm32")]
fn main() {
    cyber_budget_explorer::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The explorer runs in the browser: build it with `trunk build --release --offline`.");
}
