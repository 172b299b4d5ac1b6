//! The record a printed page carries: the citation of the view, the same text "Cite this
//! view" gives (`super::cite_panel::view_citation`), shown only in print (style.css).
//!
//! The page is written without an address or a clock (the pre-render at build time, and
//! `/` is taken over without a redraw), so the part's markup is the citation's first line:
//! the source, the pages the view stands on and the source's URL, which is true for every
//! reader, with JavaScript or without. As the page is printed (`beforeprint`, which the
//! browser sends before it lays out the pages), the whole citation takes its place, with
//! this view's URL and today's date ([`fill_on_print`]). Between prints the view may
//! change: the next print writes it again.

use crate::ui::prelude::*;

use super::cite_panel::view_citation;
use super::html_host::Part;
use super::state::AppState;
use crate::budget::export::citation_source;
use crate::html::Markup;
use crate::markup::names::{Id, PartKey};

/// The printed citation of the view: as drawn, the source line of the citation.
pub fn part(state: AppState) -> Part {
    let html = Memo::new(move |_| {
        let lang = state.lang.get();
        state.explorer.with_value(|e| {
            state
                .view
                .with(|v| Markup::escape(&citation_source(&e.data, v, lang)))
        })
    });
    Part::new(PartKey::PrintRecord, "p", html)
        .attribute("class", "print-record")
        .attribute("id", Id::PrintRecord.as_str())
}

/// From now on, as the page is about to print, writes the whole citation of the view into
/// the printed record. Once per page, in the browser (`super::app::run`): the state lives
/// as long as the page, and every layout's page has the record.
pub fn fill_on_print(state: AppState) {
    let _ = window_event_listener_untyped("beforeprint", move |_| {
        if let Some(record) = document().get_element_by_id(Id::PrintRecord.as_str()) {
            record.set_text_content(Some(&untrack(|| view_citation(state))));
        }
    });
}
