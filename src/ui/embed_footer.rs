//! The source attribution of embed mode, which the source's licence requires (markup:
//! `crate::markup::frame::embed_footer`).

use crate::ui::prelude::*;

use super::html_host::Part;
use super::state::AppState;
use crate::markup::frame::embed_footer;
use crate::markup::names::PartKey;
use crate::text::attribution;

/// One line naming the source document and its terms of use, below the embedded view, and
/// the link to the accessibility statement.
pub fn part(state: AppState) -> Part {
    let html = Memo::new(move |_| {
        let lang = state.lang.get();
        state
            .explorer
            .with_value(|e| embed_footer(&attribution(&e.data, lang), lang))
    });
    Part::new(PartKey::EmbedFooter, "footer", html).attribute("class", "embed-footer")
}
