//! The note over the pre-rendered default view, for readers whose browser cannot run the app.

use leptos::prelude::*;

/// Says, in Japanese and English (the reader's choice of language cannot be known without
/// the app), that the page shows the default view and why. Only the pre-render draws it;
/// CSS shows it without JavaScript (`html:not(.cbe-js)`) or when boot.js reports that the
/// app cannot start (`cbe-failed`), and the app replaces it when it mounts.
#[component]
pub fn DefaultViewNote(ja: String, en: String) -> impl IntoView {
    view! {
        <div class="default-view-note" id="default-view-note" role="note">
            <p lang="ja">{ja}</p>
            <p lang="en">{en}</p>
        </div>
    }
}
