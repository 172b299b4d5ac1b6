//! About the data: source, computation, gaps, licence (markup: `crate::markup::about`).

use crate::ui::prelude::*;

use super::html_host::Part;
use super::state::AppState;
use crate::markup::about::about;
use crate::markup::names::{Id, PartKey};

/// Where the figures come from, how each is computed, what the source leaves out, the
/// downloads and the glossary; it changes only with the language.
pub fn part(state: AppState) -> Part {
    let lang = state.lang;
    let html = Memo::new(move |_| {
        let lang = lang.get();
        state.explorer.with_value(|e| about(&e.data, lang))
    });
    Part::new(PartKey::About, "section", html)
        .attribute("class", "about")
        .attribute("id", Id::About.as_str())
        .attribute("aria-labelledby", Id::AboutHeading.as_str())
}
