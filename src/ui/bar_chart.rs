//! A horizontal bar chart in SVG whose bars are buttons.
//!
//! Labels and values are HTML text beside each bar, so they stay legible at any width and
//! small items stay labelled; the SVG only draws the bars (geometry from `crate::chart`).

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::chart::{layout_bars, CHART_WIDTH};

/// One bar as its breakdown describes it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BarRow {
    /// What choosing the bar selects (passed to `on_select`).
    pub key: String,
    /// The row's name.
    pub label: String,
    /// The bar's figure.
    pub value_text: String,
    /// A second line: what the figure is made of, or its change.
    pub detail_text: String,
    /// The solid part, 億円.
    pub itemised: Decimal,
    /// The outlined part (not itemised in the source), 億円.
    pub remainder: Decimal,
    /// Whether choosing the bar filters by it.
    pub selectable: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct DrawnBar {
    row: BarRow,
    itemised_width: String,
    remainder_x: String,
    remainder_width: String,
}

/// Draws `rows` on one linear scale; choosing a selectable bar calls `on_select`.
#[component]
pub fn BarChart(
    /// DOM id of the list.
    id: &'static str,
    /// The bars, in display order.
    rows: Signal<Vec<BarRow>>,
    /// Called with the key of a chosen bar.
    on_select: Callback<String>,
) -> impl IntoView {
    let drawn = move || {
        let rows = rows.get();
        let geometry = layout_bars(
            &rows
                .iter()
                .map(|r| (r.itemised, r.remainder))
                .collect::<Vec<_>>(),
        );
        rows.into_iter()
            .zip(geometry)
            .map(|(row, g)| DrawnBar {
                row,
                itemised_width: g.itemised_width.to_string(),
                remainder_x: g.itemised_width.to_string(),
                remainder_width: g.remainder_width.to_string(),
            })
            .collect::<Vec<_>>()
    };
    let view_box = format!("0 0 {CHART_WIDTH} 20");
    view! {
        <ul class="bar-chart" id=id>
            // Keyed by content: a bar whose figures did not change keeps its element, and
            // so keeps keyboard focus after it was chosen.
            <For each=drawn key=|bar| bar.clone() let:bar>
                {
                    let svg = view! {
                        <svg class="bar" viewBox=view_box.clone() preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect class="bar-itemised" x="0" y="1" width=bar.itemised_width.clone() height="18" />
                            <rect
                                class="bar-remainder"
                                x=bar.remainder_x.clone()
                                y="1"
                                width=bar.remainder_width.clone()
                                height="18"
                                vector-effect="non-scaling-stroke"
                            />
                        </svg>
                    };
                    let text = view! {
                        <span class="bar-label">{bar.row.label.clone()}</span>
                        <span class="bar-value">{bar.row.value_text.clone()}</span>
                        <span class="bar-detail">{bar.row.detail_text.clone()}</span>
                    };
                    let key = bar.row.key.clone();
                    if bar.row.selectable {
                        view! {
                            <li class="bar-row">
                                // The visible texts are the button's name: label, figure, detail.
                                <button
                                    type="button"
                                    class="bar-button"
                                    on:click=move |_| on_select.run(key.clone())
                                >
                                    {text}
                                    {svg}
                                </button>
                            </li>
                        }
                        .into_any()
                    } else {
                        view! {
                            <li class="bar-row">
                                <div class="bar-static">
                                    {text}
                                    {svg}
                                </div>
                            </li>
                        }
                        .into_any()
                    }
                }
            </For>
        </ul>
    }
}
