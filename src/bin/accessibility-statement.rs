//! Writes the accessibility statement (`cyber_budget_explorer::statement`) into the built
//! site: `accessibility.html` (Japanese) and `accessibility-en.html` (English), from
//! `accessibility/criteria.json` and `accessibility/results.json` (the results of a test
//! run), with the host's contact from `CBE_A11Y_CONTACT_JA`, `CBE_A11Y_CONTACT_EN` and
//! `CBE_A11Y_CONTACT_URL` (README, "Accessibility").
//!
//! Trunk runs it after each build (`[[hooks]]` in Trunk.toml), with `TRUNK_STAGING_DIR` set
//! to the folder that becomes `dist/`; by hand: `cargo run --bin accessibility-statement --
//! <folder>` (scripts/a11y.sh does, after a run of the tests). The pages link the site's
//! stylesheet and icon by their hashed names, found in the folder (not in index.html, which
//! the prerender hook rewrites at the same time).

#[cfg(not(target_arch = "wasm32"))]
use std::path::Path;
#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use cyber_budget_explorer::budget::Lang;
#[cfg(not(target_arch = "wasm32"))]
use cyber_budget_explorer::markup::frame::statement_href;
#[cfg(not(target_arch = "wasm32"))]
use cyber_budget_explorer::statement::{
    page, Assets, Contact, CriteriaFile, Results, STYLESHEET, STYLESHEET_FILE,
};

/// A build-time tool: the JSON reader it uses is not compiled for wasm.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    cyber_budget_explorer::hook::run("accessibility-statement", "the built site's folder", write)
}

#[cfg(not(target_arch = "wasm32"))]
fn write(dir: &Path) -> Result<Vec<String>, String> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("accessibility");
    let read = |name: &str| {
        let path = source.join(name);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let criteria = CriteriaFile::parse(&read("criteria.json")?)
        .map_err(|e| format!("accessibility/criteria.json: {e}"))?
        .criteria;
    let results = Results::parse(&read("results.json")?, &criteria)
        .map_err(|e| format!("accessibility/results.json: {e}"))?;
    let setting = |name: &str| std::env::var(name).ok();
    let contact = Contact::new(
        setting("CBE_A11Y_CONTACT_JA"),
        setting("CBE_A11Y_CONTACT_EN"),
        setting("CBE_A11Y_CONTACT_URL"),
    )?;
    let assets = Assets {
        stylesheet: hashed_file(dir, "style-", ".css")?
            .ok_or_else(|| format!("{}: no style-*.css", dir.display()))?,
        icon: hashed_file(dir, "favicon-", ".svg")?,
    };
    let css = dir.join(STYLESHEET_FILE);
    std::fs::write(&css, STYLESHEET).map_err(|e| format!("{}: {e}", css.display()))?;
    let mut written = vec![format!("wrote {}", css.display())];
    for lang in [Lang::Ja, Lang::En] {
        let path = dir.join(statement_href(lang));
        let html = page(lang, &criteria, &results, &contact, &assets);
        std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(format!("wrote {}", path.display()));
    }
    written.push(format!(
        "{:?} (results of {}, commit {}); contact: {}",
        results.conformance(),
        results.tested_on,
        results.commit,
        if contact.is_set() {
            "the host's"
        } else {
            "the default sentence (set CBE_A11Y_CONTACT_JA/_EN/_URL)"
        }
    ));
    Ok(written)
}

/// The one file of `dir` named `<prefix><hash><suffix>` (Trunk's hashed asset names).
#[cfg(not(target_arch = "wasm32"))]
fn hashed_file(dir: &Path, prefix: &str, suffix: &str) -> Result<Option<String>, String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let name = entry
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.starts_with(prefix) && name.ends_with(suffix) {
            found.push(name);
        }
    }
    match found.len() {
        0 | 1 => Ok(found.pop()),
        _ => Err(format!(
            "{}: more than one {prefix}*{suffix}: {found:?}",
            dir.display()
        )),
    }
}
