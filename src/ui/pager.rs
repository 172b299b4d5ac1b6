//! The page controls under the program table (markup: `crate::markup::pager`).

use leptos::prelude::*;

use super::html_host::{follow, target_attribute};
use crate::budget::Lang;
use crate::markup::pager::pager;

/// Where the page stands in the list (announced when it changes) and buttons to the pages
/// before and after; the container (`#pager-host`) is empty when the list fits on one page.
#[component]
pub fn Pager(
    lang: Memo<Lang>,
    /// The page shown, from 0.
    page: Memo<usize>,
    /// Rows in the whole list.
    n_rows: Memo<usize>,
    page_size: usize,
    /// Moves by this many pages (-1 or 1); the caller ignores a move past either end.
    go: impl Fn(isize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let html = Memo::new(move |_| pager(page.get(), n_rows.get(), page_size, lang.get()));
    follow("pager-host".to_string(), html);
    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some(step) = target_attribute(&ev, "data-step").and_then(|s| s.parse().ok()) {
            go(step);
        }
    };
    view! { <div id="pager-host" inner_html=html.get_untracked() on:click=on_click></div> }
}
