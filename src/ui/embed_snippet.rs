//! "Embed this view": the iframe snippet of the current view, with a copy button (markup:
//! `crate::markup::embed_snippet`).

use crate::ui::prelude::*;
use wasm_bindgen::JsCast;

use super::clipboard;
use super::html_host::Part;
use super::state::AppState;
use super::url::page_href;
use crate::embed::{folder_of, snippet};
use crate::markup::embed_snippet::embed_snippet;
use crate::markup::names::{Action, Id, PartKey};
use crate::text::{embed_labels, embed_title};

/// A disclosure on the full page that shows the snippet a host pastes to embed exactly
/// this view (an iframe with `embed=1` and the `embed.js` line), and copies it.
pub fn part(state: AppState) -> Part {
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
    // The snippet goes in as the text area's value (the markup stays the same for every
    // view). A new view or language makes an earlier "Copied." untrue.
    // The code is written only while its panel is open (a closed one needs none).
    Effect::new(move |_| {
        if open.get() {
            code.with(|code| clipboard::fill(Id::EmbedCode, code));
        }
        if copy_status.with_untracked(Option::is_some) {
            copy_status.set(None);
        }
    });
    let html = Memo::new(move |_| {
        embed_snippet(
            state.lang.get(),
            open.get(),
            copy_status.get().unwrap_or_default(),
        )
    });
    Part::new(PartKey::EmbedSnippet, "section", html)
        .attribute("class", "embed-snippet")
        .attribute("id", Id::Embed.as_str())
        .attribute("aria-labelledby", Id::EmbedHeading.as_str())
        .on_action(move |action, _| match action {
            Action::ToggleEmbedCode => open.update(|o| *o = !*o),
            Action::CopyEmbedCode => {
                let text = code.get_untracked();
                crate::ui::prelude::spawn_local(async move {
                    let copied = copy_to_clipboard(&text).await;
                    let l = embed_labels(state.lang.get_untracked());
                    copy_status.set(Some(if copied {
                        l.embed_copied
                    } else {
                        l.embed_copy_failed
                    }));
                });
            }
            _ => {}
        })
}

async fn copy_to_clipboard(text: &str) -> bool {
    if clipboard::write(text).await {
        return true;
    }
    clipboard::select(Id::EmbedCode).is_some()
        && document()
            .dyn_into::<web_sys::HtmlDocument>()
            .ok()
            .and_then(|d| d.exec_command("copy").ok())
            .unwrap_or(false)
}
