//! 「この表示を引用」: a ready citation of the view and its copy button. The panel's
//! markup is part of `crate::markup::view_tools`; this is what its buttons do.

use crate::ui::prelude::*;

use super::clipboard;
use super::state::AppState;
use super::view_tools::view_url;
use crate::budget::export::citation;
use crate::markup::names::Id;
use crate::markup::view_tools::CiteState;
use crate::text::{scope, takeaway_labels};

/// Today in the reader's time zone, `YYYY-MM-DD`: the access date of the citation.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The citation of the view on the page now (source title, publisher, meeting, date, pages,
/// the view's URL and today's date, built by `budget::export::citation`): what "Cite this
/// view" copies and what a printed page carries (`super::print_record`), one text for both.
/// Reads the view's signals, so a memo of it follows the view. One copy in the wasm for
/// both callers.
#[inline(never)]
pub fn view_citation(state: AppState) -> String {
    let s = state.view_state.get();
    let accessed = today();
    state.explorer.with_value(|e| {
        state.view.with(|v| {
            let scope = scope(&e.data, &s, s.lang);
            citation(
                &e.data,
                v,
                &scope,
                &view_url(&e.data, &s),
                &accessed,
                s.lang,
            )
        })
    })
}

/// The citation of the view ([`view_citation`]) and the panel's state.
#[derive(Clone, Copy)]
pub struct CitePanel {
    state: AppState,
    text: Memo<String>,
    /// Whether the panel is open, and what the copy button did.
    pub cite: RwSignal<CiteState>,
}

impl CitePanel {
    /// The panel, closed; its text area follows the view.
    pub fn new(state: AppState) -> Self {
        let cite = RwSignal::new(CiteState::default());
        let text = Memo::new(move |_| view_citation(state));
        // The text goes in as the text area's value, in the browser only (an effect): a
        // native render to HTML has no browser clock for the access date. A status from
        // one view must not linger on the next.
        // The citation is written only while its panel is open: a closed panel needs none,
        // and it is not worth its cost on every filter change (or at start).
        let open = Memo::new(move |_| cite.with(|c| c.open));
        Effect::new(move |_| {
            if open.get() {
                text.with(|text| clipboard::fill(Id::CiteText, text));
            }
            if cite.with_untracked(|c| !c.status.is_empty()) {
                cite.update(|c| c.status.clear());
            }
        });
        CitePanel { state, text, cite }
    }

    /// Opens or closes the panel.
    pub fn toggle(self) {
        self.cite.update(|c| c.open = !c.open);
    }

    /// Copies the citation with the Clipboard API, or selects it where the browser refuses,
    /// and says which in the panel's live region.
    pub fn copy(self) {
        let l = takeaway_labels(self.state.lang.get_untracked());
        let cite = self.cite;
        let text = self.text.get_untracked();
        crate::ui::prelude::spawn_local(async move {
            let status = if clipboard::write(&text).await {
                l.cite_copied
            } else {
                clipboard::select(Id::CiteText);
                l.cite_copy_failed
            };
            cite.update(|c| c.status = status.to_string());
        });
    }
}
