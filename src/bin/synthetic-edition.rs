//! Writes the synthetic benchmark edition (10,000 programs x 10 fiscal years, see
//! `src/synthetic.rs`) as build input: `<dir>/editions/synthetic.json` and
//! `<dir>/source/synthetic.txt`, for `CBE_DATA_DIR=<dir>/editions` (`cargo xtask bench`).
//! Never shipped: `dist/` is built from `data/editions`.
//!
//! `cargo run --bin synthetic-edition -- [DIR]` (default `target/bench-data`, from the
//! repository root, which is where `build.rs` resolves the edition's `source_text`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use cyber_budget_explorer::synthetic::{edition_files, Config};
    use std::path::Path;

    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/bench-data".to_string());
    let dir = dir.trim_end_matches('/');
    let source_path = format!("{dir}/source/synthetic.txt");
    let files = edition_files(&Config::default(), &source_path);
    for (path, text) in [
        (format!("{dir}/editions/synthetic.json"), &files.json),
        (source_path.clone(), &files.source_text),
    ] {
        let path = Path::new(&path);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(path, text));
        if let Err(e) = written {
            eprintln!("synthetic-edition: {}: {e}", path.display());
            return std::process::ExitCode::FAILURE;
        }
        println!(
            "synthetic-edition: wrote {} ({} bytes)",
            path.display(),
            text.len()
        );
    }
    std::process::ExitCode::SUCCESS
}

// The wasm build of the package compiles every bin; this one has nothing to do there.
#[cfg(target_arch = "wasm32")]
fn main() {}
