//! Writes the synthetic benchmark edition (10,000 programs x 10 fiscal years, see
//! `src/synthetic.rs`) as build input: `<dir>/editions/synthetic.json` and
//! `<dir>/source/synthetic.txt`, for `CBE_DATA_DIR=<dir>/editions` (`cargo xtask bench`).
//! Never shipped: `dist/` is built from `data/editions`.
//!
//! `cargo run --bin synthetic-edition -- [--programs N] [DIR]` (default 10,000 programs
//! into `target/bench-data`, from the repository root, which is where `build.rs` resolves
//! the edition's `source_text`). `scripts/test.sh` writes a small one (300 programs) for
//! the browser test of the program table's pages.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use cyber_budget_explorer::synthetic::{edition_files, Config};
    use std::path::Path;

    let usage = "usage: synthetic-edition [--programs N] [DIR]";
    let mut config = Config::default();
    let mut dir = "target/bench-data".to_string();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--programs" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => config.n_programs = n,
                None => {
                    eprintln!("synthetic-edition: --programs needs a number; {usage}");
                    return std::process::ExitCode::FAILURE;
                }
            },
            other if other.starts_with('-') => {
                eprintln!("synthetic-edition: unknown option '{other}'; {usage}");
                return std::process::ExitCode::FAILURE;
            }
            other => dir = other.to_string(),
        }
    }
    let dir = dir.trim_end_matches('/');
    let source_path = format!("{dir}/source/synthetic.txt");
    let files = edition_files(&config, &source_path);
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
