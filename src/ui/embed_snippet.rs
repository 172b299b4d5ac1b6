//! "Embed this view": the iframe snippet of the current view, with a copy button.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::clipboard;
use super::state::AppState;
use super::url::page_href;
use crate::embed::{folder_of, snippet};
use crate::text::{embed_labels, embed_title};

/// A disclosure on the full page that shows the snippet a host pastes to embed exactly
/// this view (an iframe with `embed=1` and the `embed.js` line), and copies it.
#[component]
pub fn EmbedSnippet(state: AppState) -> impl IntoView {
    let open = RwSignal::new(false);
    let copy_status = RwSignal::new(None::<&'static str>);
    let code = Memo::new(move |_| {
        let lang = state.lang.get();
        let href = page_href();
        let folder = folder_of(&href).to_string();
        state.explorer.with_value(|e| {
            state.view_state.with(|s| {
                let view_url = format!("{folder}{}", s.embedded().to_query(&e.data));
                let title = embed_title(&e.data, s, lang);
                snippet(&view_url, &format!("{folder}embed.js"), &title)
            })
        })
    });
    // A new view or language makes an earlier "Copied." untrue.
    Effect::new(move |_| {
        code.track();
        copy_status.set(None);
    });
    let on_copy = move |_| {
        let text = code.get_untracked();
        leptos::task::spawn_local(async move {
            let copied = copy_to_clipboard(&text).await;
            let l = embed_labels(state.lang.get_untracked());
            copy_status.set(Some(if copied {
                l.embed_copied
            } else {
                l.embed_copy_failed
            }));
        });
    };
    view! {
        <section class="embed-snippet" id="embed" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{move || embed_labels(state.lang.get()).embed_heading}</h2>
            <button
                type="button"
                class="secondary"
                id="embed-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="embed-body"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || {
                    let l = embed_labels(state.lang.get());
                    if open.get() { l.embed_hide } else { l.embed_show }
                }}
            </button>
            <div id="embed-body" class="embed-body" class:collapsed=move || !open.get()>
                <p>{move || embed_labels(state.lang.get()).embed_intro}</p>
                <label for="embed-code">{move || embed_labels(state.lang.get()).embed_snippet_label}</label>
                <textarea id="embed-code" readonly rows="5" spellcheck="false" prop:value=move || code.get()>
                </textarea>
                <div class="embed-copy-row">
                    <button type="button" id="embed-copy" on:click=on_copy>
                        {move || embed_labels(state.lang.get()).embed_copy}
                    </button>
                    <span class="copy-status" role="status">{move || copy_status.get()}</span>
                </div>
                <p class="note">{move || embed_labels(state.lang.get()).embed_sandbox_note}</p>
                <p class="note">{move || embed_labels(state.lang.get()).embed_csp_note}</p>
            </div>
        </section>
    }
}

/// Writes `text` to the clipboard; where the Clipboard API is missing or refused (plain
/// http, an old browser, a frame without permission), selects the text area and tries the
/// legacy copy command.
async fn copy_to_clipboard(text: &str) -> bool {
    if clipboard::write(text).await {
        return true;
    }
    clipboard::select("embed-code").is_some()
        && document()
            .dyn_into::<web_sys::HtmlDocument>()
            .ok()
            .and_then(|d| d.exec_command("copy").ok())
            .unwrap_or(false)
}
