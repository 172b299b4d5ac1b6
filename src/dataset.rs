//! The editions embedded at compile time (validated by `build.rs`), and the one shown.

use crate::budget::{load_edition, DataError, Dataset};

/// Every `data/editions/*.json` as `(path, json)`, in file-name order.
pub const EMBEDDED_EDITIONS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/editions.rs"));

/// Loads every embedded edition and returns the one with the newest fiscal year.
///
/// The build already validated the files, so an error here means the binary and its
/// build script disagree; the caller shows it instead of panicking.
pub fn latest_edition() -> Result<Dataset, DataError> {
    let mut newest: Option<Dataset> = None;
    for (file, json) in EMBEDDED_EDITIONS {
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
