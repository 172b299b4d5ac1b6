//! 「この表示を引用」: a ready citation of the view with a copy button.

use leptos::prelude::*;

use super::clipboard;
use super::state::AppState;
use super::view_tools::view_url;
use crate::budget::export::citation;
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

/// The citation toggle and panel: the text (source title, publisher, meeting, date,
/// pages, the view's URL and the access date, built by `budget::export::citation`) in a
/// read-only text area, and a copy button using the Clipboard API, which falls back to
/// selecting the text where the browser refuses.
#[component]
pub fn CitePanel(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let open = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    // The access date is taken when the citation is first shown (a `prop:`, which a native
    // render to HTML never reads: there is no browser clock there).
    let text = Memo::new(move |_| {
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
    });
    // A status from one view must not linger on the next.
    Effect::new(move |_| {
        text.track();
        status.set(String::new());
    });
    let copy = move |_| {
        let l = takeaway_labels(lang.get_untracked());
        let text = text.get_untracked();
        leptos::task::spawn_local(async move {
            if clipboard::write(&text).await {
                status.set(l.cite_copied.to_string());
            } else {
                clipboard::select("cite-text");
                status.set(l.cite_copy_failed.to_string());
            }
        });
    };
    let l = move || takeaway_labels(lang.get());
    view! {
        <button
            type="button"
            class="tool-button"
            id="cite-toggle"
            aria-expanded=move || open.get().to_string()
            aria-controls="cite-panel"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || l().cite_button}
        </button>
        <div class="cite-panel" id="cite-panel" hidden=move || !open.get()>
            <label for="cite-text" class="cite-label">{move || l().cite_heading}</label>
            <textarea id="cite-text" class="cite-text" readonly rows="7" prop:value=move || text.get()></textarea>
            <div class="cite-actions">
                <button type="button" class="tool-button" id="cite-copy" on:click=copy>
                    {move || l().cite_copy}
                </button>
                <p class="cite-status" id="cite-status" role="status">{move || status.get()}</p>
            </div>
        </div>
    }
}
