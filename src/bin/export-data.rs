//! Writes the whole dataset as static files for reuse without the app: for every embedded
//! edition, `data/<id>.json` (the data file itself, byte for byte, so its SHA-256 is the one
//! the app's exports state) and `data/<id>.csv` (every program, every round, both languages).
//!
//! Trunk runs it after each build (`[[hooks]]` in Trunk.toml), with `TRUNK_STAGING_DIR` set
//! to the folder that becomes `dist/`; by hand: `cargo run --bin export-data -- <folder>`.

#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use cyber_budget_explorer::budget::export::dataset_csv;
#[cfg(not(target_arch = "wasm32"))]
use cyber_budget_explorer::budget::load_edition;
#[cfg(not(target_arch = "wasm32"))]
use cyber_budget_explorer::dataset::{edition_digest, served_file, EMBEDDED_EDITIONS};

/// A build-time tool: the JSON loader it uses is not compiled for wasm.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    cyber_budget_explorer::hook::run("export-data", "the output folder", |out| {
        let written = write_all(out)?;
        Ok(written
            .into_iter()
            .map(|path| format!("wrote {path}"))
            .collect())
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn write_all(out: &std::path::Path) -> Result<Vec<String>, String> {
    let mut written = Vec::new();
    for (file, json) in EMBEDDED_EDITIONS {
        let data = load_edition(file, json).map_err(|e| e.to_string())?;
        let (_, sha256) = edition_digest(&data.edition.id)
            .ok_or_else(|| format!("{file}: no digest was embedded"))?;
        // The path the exports name: the data file's exact bytes, as hashed by build.rs.
        let served = served_file(&data.edition.id);
        let json_path = out.join(&served);
        let csv_path = json_path.with_extension("csv");
        if let Some(dir) = json_path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        for (path, text) in [
            (json_path, json.to_string()),
            (csv_path, dataset_csv(&data, &served, sha256)),
        ] {
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            written.push(path.display().to_string());
        }
    }
    Ok(written)
}
