//! The data table behind a chart, folded under a disclosure (markup:
//! `crate::markup::breakdown::data_table`).

use leptos::prelude::*;

use super::html_host::follow;

/// A `<details>` holding `html` (its summary and table), so the figures of a chart are
/// also available as text to every reader; it stays open across redraws once opened.
#[component]
pub fn DataTable(
    /// DOM id of the table; the disclosure is `<id>-details`.
    id: &'static str,
    /// The disclosure's content.
    html: Memo<String>,
) -> impl IntoView {
    let details_id = format!("{id}-details");
    follow(details_id.clone(), html);
    view! { <details class="data-table" id=details_id inner_html=html.get_untracked()></details> }
}
