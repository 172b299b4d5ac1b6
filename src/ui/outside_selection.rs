//! The note shown when the open program is not part of the view beside it.

use leptos::prelude::*;

use super::sentence::Sentence;
use super::state::AppState;
use super::url::HistoryMode;
use crate::text::{program_include_link, program_outside_view, scope_parts};

/// Says that the open program (`program=`) is left out of the totals and lists by the
/// current filter, and links to the nearest selection that includes it. It follows the
/// view: once the filter includes the program, it goes.
#[component]
pub fn OutsideSelection(state: AppState) -> impl IntoView {
    let including = Memo::new(move |_| {
        state
            .explorer
            .with_value(|e| state.view_state.with(|s| s.including_program(e)))
    });
    move || {
        let next = including.get()?;
        let lang = state.lang.get();
        let parts = state
            .explorer
            .with_value(|e| scope_parts(&e.data, &next, lang));
        let href = state.href(|s| *s = next.clone());
        Some(view! {
            <p class="missing-round outside-selection" id="outside-selection">
                {program_outside_view(lang)} " "
                <a
                    href=href
                    id="include-program"
                    on:click=move |ev| {
                        ev.prevent_default();
                        let next = next.clone();
                        state.update(HistoryMode::Push, move |s| *s = next);
                    }
                >
                    {program_include_link(lang)}
                    <Sentence parts=parts />
                </a>
            </p>
        })
    }
}
