//! Writes the default view, rendered from the app's own components
//! (`cyber_budget_explorer::ui::prerender`), into the staged index.html, so the page shows
//! the figures before the WebAssembly has loaded, and without it.
//!
//! Trunk runs it after each build (`[[hooks]]` in Trunk.toml), with `TRUNK_STAGING_DIR` set
//! to the folder that becomes `dist/`; by hand: `cargo run --bin prerender -- <folder>`.
//! A page without the markers fails the build rather than ship without the pre-render.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use cyber_budget_explorer::ui::prerender::{insert, render_default};

fn main() -> ExitCode {
    cyber_budget_explorer::hook::run("prerender", "the folder holding index.html", |dir| {
        write(&dir.join("index.html")).map(|message| vec![message])
    })
}

fn write(path: &Path) -> Result<String, String> {
    let page = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let started = Instant::now();
    let html = render_default().map_err(|e| e.to_string())?;
    let took = started.elapsed();
    let page = insert(&page, &html).map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::write(path, page).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(format!(
        "wrote the default view into {} ({} bytes of HTML, rendered in {} ms)",
        path.display(),
        html.len(),
        took.as_millis()
    ))
}
