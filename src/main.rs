//! Entry point: mounts the app in the browser. Natively it does nothing, so that
//! `cargo test` and `cargo build` work without a wasm toolchain.

/// The heap: talc's wasm allocator (it grows the memory and reuses freed chunks), smaller
/// than the standard library's dlmalloc. The page is single-threaded (no `atomics`).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    cyber_budget_explorer::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The explorer runs in the browser: build it with `trunk build --release --offline`.");
}
