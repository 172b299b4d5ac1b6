//! The notice listing the parts of the URL that were ignored.

use leptos::prelude::*;

use super::state::AppState;
use crate::text::{labels, notice};

/// Says which URL parameters or values were ignored, until dismissed.
#[component]
pub fn UrlNotices(state: AppState) -> impl IntoView {
    move || {
        let notices = state.notices.get();
        if notices.is_empty() {
            return ().into_any();
        }
        let lang = state.lang.get();
        let l = labels(lang);
        view! {
            <section class="notices" id="url-notices" role="status" aria-labelledby="url-notices-heading">
                <h2 id="url-notices-heading">{l.notices_heading}</h2>
                <ul>
                    {notices.iter().map(|n| view! { <li>{notice(n, lang)}</li> }).collect_view()}
                </ul>
                <button type="button" class="dismiss" on:click=move |_| state.notices.set(Vec::new())>
                    {l.dismiss}
                </button>
            </section>
        }
        .into_any()
    }
}
