//! The breakdown by strategy area: a chart and its table.

use leptos::prelude::*;
use rust_decimal::Decimal;

use super::bar_chart::{BarChart, BarRow};
use super::data_table::{DataTable, TableRow};
use super::state::AppState;
use super::term_help::TermHelp;
use super::url::HistoryMode;
use crate::budget::format::{oku, table_number};
use crate::budget::view::AreaRow;
use crate::budget::{Dataset, Lang};
use crate::text::{area_label, labels, like_for_like_short, with_unit, Term};

fn row_label(data: &Dataset, row: &AreaRow, lang: Lang) -> String {
    let mut label = area_label(data, &row.area_idxs, lang);
    if row.derived {
        label.push_str(labels(lang).derived_marker);
    }
    label
}

/// A table cell: a bare number (the unit is in the column header, so a copied table
/// pastes as numbers), or the source's "—".
fn or_dash(value: Option<Decimal>, lang: Lang) -> String {
    value.map_or_else(|| "—".to_string(), |v| table_number(v, lang))
}

/// Each area's total with its itemised part and the rest the source does not itemise.
#[component]
pub fn AreaBreakdown(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let bars = Signal::derive(move || {
        let lang = lang.get();
        let l = labels(lang);
        state.explorer.with_value(|e| {
            state.view.with(|v| {
                v.by_area
                    .iter()
                    .map(|row| {
                        let label = row_label(&e.data, row, lang);
                        let shown = oku(row.total.unwrap_or(row.itemised), lang);
                        let detail = match row.remainder {
                            Some(rest) => {
                                format!(
                                    "{} {} · {} {}",
                                    l.itemised,
                                    oku(row.itemised, lang),
                                    l.not_itemised,
                                    oku(rest, lang)
                                )
                            }
                            None => format!("{} {}", l.itemised, oku(row.itemised, lang)),
                        };
                        let numbers: Vec<String> = row
                            .area_idxs
                            .iter()
                            .map(|&a| e.data.areas[a].number.to_string())
                            .collect();
                        BarRow {
                            key: numbers.join(","),
                            label,
                            value_text: shown,
                            detail_text: detail,
                            itemised: row.itemised,
                            remainder: row.remainder.unwrap_or(Decimal::ZERO),
                            selectable: true,
                        }
                    })
                    .collect()
            })
        })
    });
    let table_rows = Signal::derive(move || {
        let lang = lang.get();
        state.explorer.with_value(|e| {
            state.view.with(|v| {
                v.by_area
                    .iter()
                    .map(|row| TableRow {
                        header: row_label(&e.data, row, lang),
                        cells: vec![
                            (or_dash(row.total, lang), true),
                            (table_number(row.itemised, lang), true),
                            (or_dash(row.remainder, lang), true),
                            (
                                row.itemised_like_for_like.as_ref().map_or_else(
                                    || "—".to_string(),
                                    |s| like_for_like_short(s, lang),
                                ),
                                false,
                            ),
                        ],
                    })
                    .collect()
            })
        })
    });
    let on_select = Callback::new(move |key: String| {
        let areas: Vec<u8> = key.split(',').filter_map(|n| n.parse().ok()).collect();
        state.update(HistoryMode::Push, |s| {
            s.areas = areas;
            s.program = None;
        });
    });
    let l = move || labels(lang.get());
    view! {
        <section class="breakdown" aria-labelledby="by-area-heading">
            <h2 id="by-area-heading">{move || l().by_area_heading}</h2>
            <p class="hint">{move || l().chart_hint}</p>
            <BarChart id="area-chart" rows=bars on_select=on_select />
            <p class="legend" aria-hidden="true">
                <span class="swatch swatch-itemised"></span>
                {move || l().itemised}
                <span class="swatch swatch-remainder"></span>
                {move || l().not_itemised}
            </p>
            <p class="term-help-row">
                <TermHelp term=Term::NotItemised lang=lang show_word=true />
            </p>
            <p class="note">{move || l().rounding_note}</p>
            <DataTable
                id="area-table"
                caption=Signal::derive(move || l().area_table_caption.to_string())
                summary=Signal::derive(move || l().show_table.to_string())
                columns=Signal::derive(move || {
                    let lang = lang.get();
                    let money = |h: &str| with_unit(h, lang);
                    vec![
                        l().col_area.to_string(),
                        money(l().total),
                        money(l().itemised),
                        money(l().not_itemised),
                        l().col_itemised_like_for_like.to_string(),
                    ]
                })
                rows=table_rows
            />
        </section>
    }
}
