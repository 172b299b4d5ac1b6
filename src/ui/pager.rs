//! The page controls under the program table.

use leptos::prelude::*;

use crate::budget::Lang;
use crate::text::{labels, page_range, page_step};

/// Where the page stands in the list (announced when it changes) and buttons to the pages
/// before and after.
///
/// At either end a button stays focusable and says it is unavailable (`aria-disabled`)
/// instead of becoming `disabled`, which would drop the keyboard focus onto the page.
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
    let n_pages = move || n_rows.get().div_ceil(page_size).max(1);
    let at_start = move || page.get() == 0;
    let at_end = move || page.get() + 1 >= n_pages();
    let range = move || {
        let first = page.get() * page_size + 1;
        let last = (first + page_size - 1).min(n_rows.get());
        page_range(first, last, n_rows.get(), lang.get())
    };
    view! {
        <nav class="pager" aria-label=move || labels(lang.get()).programs_pager>
            <button
                type="button"
                class="pager-button"
                id="pager-previous"
                aria-disabled=move || at_start().to_string()
                on:click=move |_| go(-1)
            >
                {move || page_step(false, page_size, lang.get())}
            </button>
            <p class="pager-range" id="pager-range" role="status">{range}</p>
            <button
                type="button"
                class="pager-button"
                id="pager-next"
                aria-disabled=move || at_end().to_string()
                on:click=move |_| go(1)
            >
                {move || page_step(true, page_size, lang.get())}
            </button>
        </nav>
    }
}
