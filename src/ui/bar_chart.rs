//! A horizontal bar chart whose bars are buttons (markup: `crate::markup::breakdown`).

use leptos::prelude::*;

use super::html_host::{follow, target_attribute};

/// The list `html` (from [`crate::markup::breakdown::bar_chart`]); choosing a selectable
/// bar calls `on_select` with its key.
#[component]
pub fn BarChart(
    /// DOM id of the list.
    id: &'static str,
    /// The list's items.
    html: Memo<String>,
    /// Called with the key of a chosen bar.
    on_select: Callback<String>,
) -> impl IntoView {
    follow(id.to_string(), html);
    view! {
        <ul
            class="bar-chart"
            id=id
            inner_html=html.get_untracked()
            on:click=move |ev| {
                if let Some(key) = target_attribute(&ev, "data-key") {
                    on_select.run(key);
                }
            }
        ></ul>
    }
}
