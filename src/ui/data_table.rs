//! The data table behind a chart, folded under a disclosure.

use leptos::prelude::*;

/// One row: a header cell and its data cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableRow {
    /// The row header (`<th scope="row">`).
    pub header: String,
    /// The data cells, each with whether it holds a number (right-aligned).
    pub cells: Vec<(String, bool)>,
}

/// A captioned table with column and row headers, inside `<details>`, so the figures of a
/// chart are also available as text to every reader.
#[component]
pub fn DataTable(
    /// DOM id of the table; the caption gets `<id>-caption`.
    id: &'static str,
    /// The caption.
    caption: Signal<String>,
    /// The summary text of the disclosure.
    summary: Signal<String>,
    /// Column headers, the row-header column first.
    columns: Signal<Vec<String>>,
    /// The rows.
    rows: Signal<Vec<TableRow>>,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let region_label = caption_id.clone();
    view! {
        <details class="data-table">
            <summary>{summary}</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby=region_label>
                <table id=id>
                    <caption id=caption_id>{caption}</caption>
                    <thead>
                        <tr>
                            {move || {
                                columns.get().into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()
                            }}
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            rows.get()
                                .into_iter()
                                .map(|row| {
                                    view! {
                                        <tr>
                                            <th scope="row">{row.header}</th>
                                            {row
                                                .cells
                                                .into_iter()
                                                .map(|(text, numeric)| view! { <td class:num=numeric>{text}</td> })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
        </details>
    }
}
