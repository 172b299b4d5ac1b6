//! `cargo xtask <cmd> [args…]`: runs `bash scripts/<cmd>.sh args…` from the
//! repository root and exits with its status.
//!
//! The work lives in shell scripts so CI, the README and a newcomer run the
//! very same steps; this binary only makes them reachable from any subfolder
//! (cargo finds the workspace, the alias in `.cargo/config.toml` finds us).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The subcommands, each backed by `scripts/<name>.sh`, with a one-line help.
const COMMANDS: &[(&str, &str)] = &[
    (
        "serve",
        "[--port N]  install what is missing, then `trunk serve --offline` on 127.0.0.1 (default port 8080, or $PORT)",
    ),
    (
        "test",
        "            install what is missing (plus Chromium), then fmt, clippy, cargo test and the browser tests",
    ),
    (
        "bench",
        "           browser benchmark: load and click timings vs a static floor, 4x CPU and slow 4G, real data and 10,000 synthetic programs",
    ),
    (
        "dist",
        "[--public-url /sub/path/] [--dist DIR]  release build into dist/ and print its size",
    ),
    (
        "a11y",
        "[--contact-ja TEXT] [--contact-en TEXT] [--contact-url URL]  re-run the accessibility tests and write the statement (dist/accessibility.html) with this site's contact",
    ),
];

fn usage() -> String {
    let mut text = String::from("usage: cargo xtask <command> [args…]\n\ncommands:\n");
    for (name, help) in COMMANDS {
        text.push_str(&format!("  {name} {help}\n"));
    }
    text
}

/// The repository root: this crate lives in `<root>/xtask`.
fn repo_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .expect("xtask/ has a parent directory")
        .to_path_buf()
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(cmd) = args.next() else {
        eprint!("{}", usage());
        return ExitCode::from(2);
    };
    if matches!(cmd.as_str(), "-h" | "--help" | "help") {
        print!("{}", usage());
        return ExitCode::SUCCESS;
    }
    if !COMMANDS.iter().any(|(name, _)| *name == cmd) {
        eprint!("cargo xtask: unknown command `{cmd}`\n\n{}", usage());
        return ExitCode::from(2);
    }

    let root = repo_root();
    let script = root.join("scripts").join(format!("{cmd}.sh"));
    let status = Command::new("bash")
        .arg(&script)
        .args(args)
        .current_dir(&root)
        .status();
    match status {
        // A script killed by a signal has no code; report it as a failure.
        Ok(status) => ExitCode::from(status.code().map_or(1, |code| code as u8)),
        Err(err) => {
            eprintln!(
                "cargo xtask: could not run `bash {}`: {err}",
                script.display()
            );
            ExitCode::from(1)
        }
    }
}
