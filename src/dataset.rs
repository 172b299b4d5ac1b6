//! The editions embedded at compile time (validated by `build.rs`), and the one shown.

use crate::budget::codec::{decode, DecodeError};
use crate::budget::Dataset;
#[cfg(not(target_arch = "wasm32"))]
use crate::budget::{load_edition, DataError};

/// The newest edition in the compact form of [`crate::budget::codec`], written by `build.rs`
/// after validating every file: the browser reads it without a JSON parser.
pub const LATEST_EDITION: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/latest.bin"));

/// Every `data/editions/*.json` as `(path, json)`, in file-name order.
pub const EMBEDDED_EDITIONS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/editions.rs"));

/// Every embedded edition as `(edition id, file, SHA-256 of the file in hex)`, computed by
/// `build.rs`, so an export can name the exact data it came from.
pub const EDITION_DIGESTS: &[(&str, &str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/edition_digests.rs"));

/// The file and SHA-256 (hex) of the embedded edition with this id.
pub fn edition_digest(edition_id: &str) -> Option<(&'static str, &'static str)> {
    EDITION_DIGESTS
        .iter()
        .find(|(id, _, _)| *id == edition_id)
        .map(|(_, file, digest)| (*file, *digest))
}

/// Where the site serves an edition's data file, relative to the page: `data/fy2024.json`
/// (written there, byte for byte, by the `export-data` hook, so [`edition_digest`] is the
/// SHA-256 of the bytes a reader fetches).
pub fn served_file(edition_id: &str) -> String {
    format!("data/{edition_id}.json")
}

/// The embedded edition with the newest fiscal year (what [`latest_of`] picks from
/// [`EMBEDDED_EDITIONS`]; a test checks that they agree).
///
/// The build already validated the files and read the bytes back, so an error here means
/// the binary and its build script disagree; the caller shows it instead of panicking.
pub fn latest_edition() -> Result<Dataset, DecodeError> {
    // black_box: the bytes are a constant, and the optimiser would otherwise evaluate the
    // format check at compile time, so a corrupted module could not say what is wrong.
    decode(std::hint::black_box(LATEST_EDITION))
}

/// Loads every `(path, json)` edition and returns the one with the newest fiscal year, so
/// adding `data/editions/fy2025.json` is all it takes to show the next edition. Native only
/// (build script, tools, tests): the wasm reads [`LATEST_EDITION`].
#[cfg(not(target_arch = "wasm32"))]
pub fn latest_of(editions: &[(&str, &str)]) -> Result<Dataset, DataError> {
    let mut newest: Option<Dataset> = None;
    for (file, json) in editions {
        let dataset = load_edition(file, json)?;
        if newest
            .as_ref()
            .is_none_or(|n| dataset.latest_fiscal_year() > n.latest_fiscal_year())
        {
            newest = Some(dataset);
        }
    }
    newest.ok_or_else(|| DataError {
        file: "data/editions".to_string(),
        record: String::new(),
        problem: "no edition is embedded".to_string(),
    })
}
