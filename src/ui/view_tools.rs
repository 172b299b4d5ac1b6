//! Downloads of exactly the current view (CSV, JSON) and its citation (markup:
//! `crate::markup::view_tools`).

use crate::ui::prelude::*;
use wasm_bindgen::JsValue;

use super::cite_panel::CitePanel;
use super::html_host::{target_element, Part};
use super::state::AppState;
use super::url::page_address;
use crate::budget::export::{file_name, view_csv, view_json, ViewExport};
use crate::budget::query::ViewState;
use crate::budget::Dataset;
use crate::dataset::{edition_digest, served_file};
use crate::markup::names::{Action, ActionKind, DomEvent, Id, PartKey, DATA_ACTION};
use crate::markup::view_tools::view_tools;
use crate::text::ExportWords;

/// The absolute URL of a view: this page's address with the view's query, as a full page
/// (an export or citation taken from an embed points readers to the whole explorer).
pub fn view_url(data: &Dataset, state: &ViewState) -> String {
    format!("{}{}", page_address(), state.full_page().to_query(data))
}

/// An object URL for `text`: a strict Content-Security-Policy allows downloading a `blob:`
/// link, where a `data:` URL or script-driven download would need exemptions.
fn blob_url(text: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

fn revoke(url: &Option<String>) {
    if let Some(url) = url {
        let _ = web_sys::Url::revoke_object_url(url);
    }
}

/// Which file a download link gives.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Csv,
    Json,
}

/// Download links for the view as CSV and JSON (built by `budget::export`), and the
/// citation panel. The links are real `<a download>` elements with Blob URLs.
///
/// A file is built when its link is about to be used (pointer down, or the click that
/// Enter gives), not on every view change: it holds a row per program, and at 10,000
/// programs building both on each filter click cost more than the rest of the click. The
/// Blob URL is set on the link during that event, before the browser follows it; it is kept
/// while the view stays the same and revoked when a newer one replaces it.
pub fn part(state: AppState) -> Part {
    let build = move |format: Format| -> (ViewState, String) {
        let s = state.view_state.get_untracked();
        let rows = state.sorted_programs.get_untracked();
        let text = state.explorer.with_value(|e| {
            state.view.with_untracked(|v| {
                let data = &e.data;
                let words = ExportWords::of(data, &s, v.headline.basis);
                let url = view_url(data, &s);
                let other_rows = e.other_round_programs(&s.filter(data));
                let sha = edition_digest(&data.edition.id).map_or("", |(_, sha)| sha);
                let file = served_file(&data.edition.id);
                let export = ViewExport {
                    data,
                    state: &s,
                    view: v,
                    rows: &rows,
                    other_rows: &other_rows,
                    scope: &words.scope,
                    rounds: &words.rounds,
                    basis: &words.basis,
                    view_url: &url,
                    dataset_file: &file,
                    dataset_sha256: sha,
                };
                match format {
                    Format::Csv => view_csv(&export),
                    Format::Json => view_json(&export),
                }
            })
        });
        (s, text)
    };
    // The last Blob URL of each link and the view it was built for.
    let made: [StoredValue<Option<(ViewState, String)>>; 2] =
        [StoredValue::new(None), StoredValue::new(None)];
    // Sets the download link's `href` to its file's Blob URL.
    let prepare = move |link: &web_sys::Element, format: Format| {
        let slot = made[format as usize];
        let current = state.view_state.with_untracked(|s| {
            slot.with_value(|m| {
                m.as_ref()
                    .filter(|(built, _)| built == s)
                    .map(|(_, url)| url.clone())
            })
        });
        let url = match current {
            Some(url) => url,
            None => {
                let (built_for, text) = build(format);
                let mime = match format {
                    Format::Csv => "text/csv;charset=utf-8",
                    Format::Json => "application/json;charset=utf-8",
                };
                let Some(url) = blob_url(&text, mime) else {
                    return;
                };
                let previous = slot.with_value(|m| m.as_ref().map(|(_, url)| url.clone()));
                slot.set_value(Some((built_for, url.clone())));
                revoke(&previous);
                url
            }
        };
        let _ = link.set_attribute("href", &url);
    };
    // The download link an event happened on, and its file's format.
    let download_link = |ev: &web_sys::Event| {
        let link = target_element(ev, &format!("[{DATA_ACTION}]"))?;
        let kind = ActionKind::parse(&link.get_attribute(DATA_ACTION)?)?;
        let format = match kind {
            ActionKind::DownloadCsv => Format::Csv,
            ActionKind::DownloadJson => Format::Json,
            _ => return None,
        };
        Some((link, format))
    };
    on_cleanup(move || {
        for slot in made {
            revoke(&slot.with_value(|m| m.as_ref().map(|(_, url)| url.clone())));
        }
    });
    let cite = CitePanel::new(state);
    // A redraw (another view, language, or the panel's state) writes `href="#"` back on the
    // links: the Blob URL is set again when a link is next used.
    let html = Memo::new(move |_| {
        let lang = state.lang.get();
        state.view_state.with(|s| {
            cite.cite
                .with(|c| view_tools(lang, &file_name(s, "csv"), &file_name(s, "json"), c))
        })
    });
    Part::new(PartKey::ViewTools, "section", html)
        .attribute("class", "view-tools")
        .attribute("aria-labelledby", Id::ViewToolsHeading.as_str())
        // The download's blob URL is made as the pointer goes down, so the click that
        // follows already downloads this view's file.
        .on(DomEvent::PointerDown, move |ev| {
            if let Some((link, format)) = download_link(ev) {
                prepare(&link, format);
            }
        })
        .on_action(move |action, ev| match action {
            Action::ToggleCitation => cite.toggle(),
            Action::CopyCitation => cite.copy(),
            // A click without a pointer (Enter on the link) prepares the file here.
            Action::DownloadCsv | Action::DownloadJson => {
                if let Some((link, format)) = download_link(ev) {
                    prepare(&link, format);
                }
            }
            _ => {}
        })
}
