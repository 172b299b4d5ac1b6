//! Embeds and validates every `data/editions/*.json` at compile time.
//!
//! A data file that fails validation fails the build with a message naming the file, the
//! record and the field, so a broken edition never reaches a browser. The validation is
//! the budget model's own loader, compiled into this script from `src/budget/`.

#[allow(dead_code, unused_imports)]
#[path = "src/budget/mod.rs"]
mod budget;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    // CBE_DATA_DIR points the build at another folder of editions; scripts/test.sh uses it
    // to prove that a broken file fails the build with its message.
    let editions_dir = match std::env::var("CBE_DATA_DIR") {
        Ok(dir) => root.join(dir),
        Err(_) => root.join("data/editions"),
    };
    println!("cargo:rerun-if-env-changed=CBE_DATA_DIR");
    println!("cargo:rerun-if-changed={}", editions_dir.display());
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/budget");

    let mut files: Vec<PathBuf> = std::fs::read_dir(&editions_dir)
        .unwrap_or_else(|e| fail(&format!("{}: cannot be read: {e}", editions_dir.display())))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    if files.is_empty() {
        fail(&format!(
            "{} holds no *.json edition: the explorer has nothing to show",
            relative(&root, &editions_dir)
        ));
    }

    let mut generated = String::from("&[\n");
    // (edition id, file, SHA-256 of its bytes): exports state which data they came from.
    // Hashed here so the wasm carries a constant, not hashing code.
    let mut digests = String::from("&[\n");
    // The newest edition (by fiscal year; the first file wins a tie, as in
    // `dataset::latest_of`), written in the compact form the wasm reads without a JSON parser.
    let mut newest: Option<budget::Dataset> = None;
    for path in &files {
        let name = relative(&root, path);
        let json = std::fs::read_to_string(path)
            .unwrap_or_else(|e| fail(&format!("{name}: cannot be read: {e}")));
        let dataset = budget::load_edition(&name, &json).unwrap_or_else(|e| fail(&e.to_string()));
        let source_path = root.join(&dataset.edition.source_text);
        let source = std::fs::read_to_string(&source_path).unwrap_or_else(|e| {
            fail(&format!(
                "{name}: edition: source_text '{}' cannot be read: {e}",
                dataset.edition.source_text
            ))
        });
        if let Err((record, problem)) = budget::check::check_quotes(&dataset, &source) {
            fail(&format!("{name}: {record}: {problem}"));
        }
        let digest: String = Sha256::digest(json.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        writeln!(
            digests,
            "    ({:?}, {name:?}, {digest:?}),",
            dataset.edition.id
        )
        .unwrap();
        writeln!(
            generated,
            "    ({name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
        if newest
            .as_ref()
            .is_none_or(|n| dataset.latest_fiscal_year() > n.latest_fiscal_year())
        {
            newest = Some(dataset);
        }
    }
    generated.push_str("]\n");
    digests.push_str("]\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let newest = newest.expect("at least one file was loaded above");
    let encoded = budget::codec::encode(&newest);
    // A decoder that disagrees with the encoder would show other figures than the ones
    // validated here: check the round trip before the wasm embeds the bytes.
    if budget::codec::decode(&encoded).as_ref() != Ok(&newest) {
        fail("the compact form of the newest edition does not read back as the same data (src/budget/codec.rs)");
    }
    let latest = out_dir.join("latest.bin");
    std::fs::write(&latest, encoded)
        .unwrap_or_else(|e| fail(&format!("{}: cannot be written: {e}", latest.display())));
    for (file, text) in [("editions.rs", generated), ("edition_digests.rs", digests)] {
        let out = out_dir.join(file);
        std::fs::write(&out, text)
            .unwrap_or_else(|e| fail(&format!("{}: cannot be written: {e}", out.display())));
    }
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Stops the build with one line a person can act on (cargo shows it as the error).
fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
