//! Downloads of exactly the current view (CSV, JSON) and its citation.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::cite_panel::CitePanel;
use super::state::AppState;
use super::url::page_address;
use crate::budget::export::{file_name, view_csv, view_json, ViewExport};
use crate::budget::query::ViewState;
use crate::budget::Dataset;
use crate::dataset::edition_digest;
use crate::text::{basis, scope, takeaway_labels};

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

/// The export files of the current view: CSV text, JSON text and their file names.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Files {
    csv: String,
    json: String,
    csv_name: String,
    json_name: String,
}

/// Download links for the view as CSV and JSON (built by `budget::export`), and the
/// citation panel. The links are real `<a download>` elements with Blob URLs, remade when
/// the view changes (the old ones are revoked).
#[component]
pub fn ViewTools(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let files = Memo::new(move |_| {
        let s = state.view_state.get();
        let rows = state.sorted_programs.get();
        state.explorer.with_value(|e| {
            state.view.with(|v| {
                let scope = scope(&e.data, &s, s.lang);
                let url = view_url(&e.data, &s);
                let (file, sha) = edition_digest(&e.data.edition.id).unwrap_or(("", ""));
                let export = ViewExport {
                    data: &e.data,
                    state: &s,
                    view: v,
                    rows: &rows,
                    scope: &scope,
                    basis: basis(v.headline.basis, s.lang),
                    view_url: &url,
                    dataset_file: file,
                    dataset_sha256: sha,
                };
                Files {
                    csv: view_csv(&export),
                    json: view_json(&export),
                    csv_name: file_name(&s, "csv"),
                    json_name: file_name(&s, "json"),
                }
            })
        })
    });
    let urls = RwSignal::new((None::<String>, None::<String>));
    // Creating object URLs talks to the browser: an effect, which also frees the last ones.
    Effect::new(move |_| {
        let next = files.with(|f| {
            (
                blob_url(&f.csv, "text/csv;charset=utf-8"),
                blob_url(&f.json, "application/json;charset=utf-8"),
            )
        });
        let previous = urls.get_untracked();
        urls.set(next);
        revoke(&previous.0);
        revoke(&previous.1);
    });
    on_cleanup(move || {
        let (csv, json) = urls.get_untracked();
        revoke(&csv);
        revoke(&json);
    });
    let l = move || takeaway_labels(lang.get());
    view! {
        <section class="view-tools" aria-labelledby="view-tools-heading">
            <h2 id="view-tools-heading" class="visually-hidden">{move || l().tools_heading}</h2>
            <div class="view-tools-row">
                <a
                    class="tool-button"
                    id="download-csv"
                    href=move || urls.get().0
                    download=move || files.with(|f| f.csv_name.clone())
                    aria-describedby="download-note"
                >
                    {move || l().download_csv}
                </a>
                <a
                    class="tool-button"
                    id="download-json"
                    href=move || urls.get().1
                    download=move || files.with(|f| f.json_name.clone())
                    aria-describedby="download-note"
                >
                    {move || l().download_json}
                </a>
                <CitePanel state=state />
            </div>
            <p class="note" id="download-note">{move || l().download_note}</p>
        </section>
    }
}
