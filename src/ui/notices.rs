//! The notice listing the parts of the URL that were ignored.

use leptos::prelude::*;

use super::sentence::Sentence;
use super::state::AppState;
use crate::text::{labels, more_notices, notice_parts, notices_removed};

/// Notices listed before the rest is summed up as "and N more": a hostile link can carry
/// a hundred bad parameters, and each language switch redraws the list.
pub const MAX_SHOWN_NOTICES: usize = 5;

/// Says which URL parameters or values were ignored, until dismissed; once the app has
/// written a URL without them (`AppState::update`), it says they were removed.
#[component]
pub fn UrlNotices(state: AppState) -> impl IntoView {
    move || {
        let lang = state.lang.get();
        let l = labels(lang);
        let removed = state.notices_removed.get();
        state.notices.with(|notices| {
            if notices.is_empty() {
                return ().into_any();
            }
            let items = notices
                .iter()
                .take(MAX_SHOWN_NOTICES)
                .map(|n| view! { <li><Sentence parts=notice_parts(n, lang) /></li> })
                .collect_view();
            let more = notices.len().saturating_sub(MAX_SHOWN_NOTICES);
            let more = (more > 0)
                .then(|| view! { <li class="more-notices">{more_notices(more, lang)}</li> });
            view! {
                <section class="notices" id="url-notices" role="status" aria-labelledby="url-notices-heading">
                    <h2 id="url-notices-heading">{l.notices_heading}</h2>
                    {removed.then(|| view! { <p id="url-notices-removed">{notices_removed(lang)}</p> })}
                    <ul>{items} {more}</ul>
                    <button type="button" class="dismiss" on:click=move |_| state.notices.set(Vec::new())>
                        {l.dismiss}
                    </button>
                </section>
            }
            .into_any()
        })
    }
}
