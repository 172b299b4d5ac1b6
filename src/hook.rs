//! What the Trunk `post_build` hooks (`src/bin/export-data.rs`, `src/bin/prerender.rs`)
//! share: which folder they write into, and how they report.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Runs the hook `program`: `work` gets the folder named by the first argument, else by
/// `TRUNK_STAGING_DIR` (the folder Trunk turns into `dist/`). Each line it returns is
/// printed after `program: `; an error is printed the same way and fails the build.
/// `folder` says what the folder must hold, for the message when none is given.
pub fn run(
    program: &str,
    folder: &str,
    work: impl FnOnce(&Path) -> Result<Vec<String>, String>,
) -> ExitCode {
    let Some(dir) = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
    else {
        eprintln!("{program}: give {folder}, or run it from Trunk (TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    match work(&dir) {
        Ok(lines) => {
            for line in lines {
                println!("{program}: {line}");
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{program}: {message}");
            ExitCode::FAILURE
        }
    }
}
