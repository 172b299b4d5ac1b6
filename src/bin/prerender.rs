//! Writes the default view, rendered from the app's own components
//! (`cyber_budget_explorer::ui::prerender`), into the staged index.html, so the page shows
//! the figures before the WebAssembly has loaded, and without it.
//!
//! Trunk runs it after each build (`[[hooks]]` in Trunk.toml), with `TRUNK_STAGING_DIR` set
//! to the folder that becomes `dist/`; by hand: `cargo run --bin prerender -- <folder>`.
//! A page without the markers fails the build rather than ship without the pre-render.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use cyber_budget_explorer::ui::prerender::{insert, render_default};

fn main() -> ExitCode {
    let Some(dir) = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
    else {
        eprintln!("prerender: give the folder holding index.html, or run it from Trunk (TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    match write(&dir.join("index.html")) {
        Ok(message) => {
            println!("prerender: {message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
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
