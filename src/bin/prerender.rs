//! Writes the default view, rendered from the app's own components
//! (`cyber_budget_explorer::ui::prerender`), into the staged index.html, so the page shows
//! the figures before the WebAssembly has loaded, and without it.
//!
//! Trunk runs it after each build (`[[hooks]]` in Trunk.toml), with `TRUNK_STAGING_DIR` set
//! to the folder that becomes `dist/`; by hand: `cargo run --bin prerender -- <folder>`.
//! A page without the markers fails the build rather than ship without the pre-render.
//! The page's own comments (not the markers) are left out of what ships.
//!
//! Then it takes the whole-line comments out of the page's own scripts (every
//! `<script src>` of index.html: boot.js, boot-late.js, start.js, under their hashed names;
//! and the module snippets of `snippets/`: morph.js, in_view.js;
//! `cyber_budget_explorer::hook::strip_comment_lines`) and out of its stylesheet (every
//! `<link rel="stylesheet">`: style.css; `strip_css_comment_lines`), which ship unminified
//! because Trunk's minifier would strip the pre-render markers. The sources keep their
//! comments.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use cyber_budget_explorer::hook::{
    strip_comment_lines, strip_css_comment_lines, strip_html_comments,
};
use cyber_budget_explorer::ui::prerender::{insert, render_default, MARKER_END, MARKER_START};

fn main() -> ExitCode {
    cyber_budget_explorer::hook::run("prerender", "the folder holding index.html", |dir| {
        let mut messages = vec![write(&dir.join("index.html"))?];
        messages.extend(strip_scripts(dir)?);
        messages.extend(strip_stylesheets(dir)?);
        messages.extend(strip_snippets(&dir.join("snippets"))?);
        Ok(messages)
    })
}

/// Strips the comment lines of the module snippets the wasm-bindgen bindings import
/// (`src/ui/morph.js`, `src/ui/in_view.js`), every `.js` file under `dir`.
fn strip_snippets(dir: &Path) -> Result<Vec<String>, String> {
    let mut messages = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(messages);
    };
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.is_dir() {
            messages.extend(strip_snippets(&path)?);
        } else if path.extension().is_some_and(|e| e == "js") {
            messages.push(strip_file(&path, strip_comment_lines)?);
        }
    }
    Ok(messages)
}

/// Removes the comment lines of the file at `path` with `strip`, in place.
fn strip_file(path: &Path, strip: fn(&str) -> Result<String, String>) -> Result<String, String> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let stripped = strip(&source).map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::write(path, &stripped).map_err(|e| format!("{}: {e}", path.display()))?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    Ok(format!(
        "{name}: {} -> {} bytes without its comment lines",
        source.len(),
        stripped.len()
    ))
}

/// Strips the comment lines of each script index.html loads by `src`.
fn strip_scripts(dir: &Path) -> Result<Vec<String>, String> {
    linked_files(dir, "<script", "src", |_| true)?
        .iter()
        .map(|path| strip_file(path, strip_comment_lines))
        .collect()
}

/// Strips the comment blocks of each stylesheet index.html links (`<link rel="stylesheet"
/// href>`).
fn strip_stylesheets(dir: &Path) -> Result<Vec<String>, String> {
    linked_files(dir, "<link", "href", |tag| {
        tag.contains("rel=\"stylesheet\"")
    })?
    .iter()
    .map(|path| strip_file(path, strip_css_comment_lines))
    .collect()
}

/// The files of `dir` that index.html names in the `attribute` of each `open` tag (such as
/// `<script`) for which `wanted(tag)` holds, found by the last segment of the URL, so
/// `--public-url` does not matter.
fn linked_files(
    dir: &Path,
    open: &str,
    attribute: &str,
    wanted: impl Fn(&str) -> bool,
) -> Result<Vec<PathBuf>, String> {
    let index = dir.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let quoted = format!(" {attribute}=\"");
    Ok(page
        .split(open)
        .skip(1)
        .map(|tag| &tag[..tag.find('>').unwrap_or(tag.len())])
        .filter(|tag| wanted(tag))
        .filter_map(|tag| tag.split(quoted.as_str()).nth(1)?.split('"').next())
        .map(|url| dir.join(url.rsplit('/').next().unwrap_or(url)))
        .collect())
}

fn write(path: &Path) -> Result<String, String> {
    let page = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let started = Instant::now();
    let html = render_default().map_err(|e| e.to_string())?;
    let took = started.elapsed();
    let page = insert(&page, &html).map_err(|e| format!("{}: {e}", path.display()))?;
    // The page's comments explain index.html to its readers; a reader of the page would
    // download them first (the markers stay: a rebuild under `trunk serve` finds them).
    let page = strip_html_comments(&page, &[MARKER_START, MARKER_END])
        .map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::write(path, page).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(format!(
        "wrote the default view into {} ({} bytes of HTML, rendered in {} ms)",
        path.display(),
        html.len(),
        took.as_millis()
    ))
}
