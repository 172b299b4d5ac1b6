//! The breakdown by ministry: a chart and its table.

use leptos::prelude::*;
use rust_decimal::Decimal;

use super::bar_chart::{BarChart, BarRow};
use super::data_table::{DataTable, TableRow};
use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::format::{oku, table_number};
use crate::text::{
    change_short, labels, like_for_like_change, like_for_like_short, n_programs,
    programs_and_amount, with_unit,
};

/// Each ministry's itemised programs, and what the published total holds beyond them.
#[component]
pub fn MinistryBreakdown(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let bars = Signal::derive(move || {
        let lang = lang.get();
        let l = labels(lang);
        state.explorer.with_value(|e| {
            state.view.with(|v| {
                let mut rows: Vec<BarRow> = v
                    .by_ministry
                    .iter()
                    .map(|row| {
                        let ministry = &e.data.ministries[row.ministry_idx];
                        let label = ministry.name.get(lang).to_string();
                        // Like for like where there is a comparison, so a ministry that listed
                        // new programs does not read as growth of the same spending.
                        let change_text = row.like_for_like.as_ref().map_or_else(
                            || change_short(&row.change, lang),
                            |split| like_for_like_short(split, lang),
                        );
                        let detail =
                            format!("{} · {change_text}", n_programs(row.n_programs, lang));
                        BarRow {
                            key: ministry.id.clone(),
                            label,
                            value_text: oku(row.itemised, lang),
                            detail_text: detail,
                            itemised: row.itemised,
                            remainder: Decimal::ZERO,
                            selectable: true,
                        }
                    })
                    .collect();
                if let Some(rest) = v.not_itemised {
                    rows.push(BarRow {
                        key: String::new(),
                        label: l.not_itemised_by_ministry.to_string(),
                        value_text: oku(rest, lang),
                        detail_text: String::new(),
                        itemised: Decimal::ZERO,
                        remainder: rest,
                        selectable: false,
                    });
                }
                rows
            })
        })
    });
    let table_rows = Signal::derive(move || {
        let lang = lang.get();
        state.explorer.with_value(|e| {
            state.view.with(|v| {
                let mut rows: Vec<TableRow> = v
                    .by_ministry
                    .iter()
                    .map(|row| {
                        let split = row.like_for_like.as_ref();
                        let dash = || "—".to_string();
                        TableRow {
                            header: e.data.ministries[row.ministry_idx]
                                .name
                                .get(lang)
                                .to_string(),
                            cells: vec![
                                // Bare numbers, units in the headers: a copied table pastes as numbers.
                                (table_number(row.itemised, lang), true),
                                (row.n_programs.to_string(), true),
                                (change_short(&row.change, lang), false),
                                (
                                    split.map_or_else(dash, |s| like_for_like_change(s, lang)),
                                    true,
                                ),
                                (
                                    split.map_or_else(dash, |s| {
                                        programs_and_amount(s.n_new, s.new_amount, lang)
                                    }),
                                    true,
                                ),
                                (
                                    split.map_or_else(dash, |s| {
                                        programs_and_amount(s.n_dropped, s.dropped_amount, lang)
                                    }),
                                    true,
                                ),
                            ],
                        }
                    })
                    .collect();
                if let Some(rest) = v.not_itemised {
                    rows.push(TableRow {
                        header: labels(lang).not_itemised_by_ministry.to_string(),
                        cells: vec![
                            (table_number(rest, lang), true),
                            (String::new(), false),
                            (String::new(), false),
                            (String::new(), false),
                            (String::new(), false),
                            (String::new(), false),
                        ],
                    });
                }
                rows
            })
        })
    });
    let on_select = Callback::new(move |id: String| {
        state.update(HistoryMode::Push, |s| {
            s.ministries = vec![id];
            s.program = None;
        });
    });
    let l = move || labels(lang.get());
    view! {
        <section class="breakdown" aria-labelledby="by-ministry-heading">
            <h2 id="by-ministry-heading">{move || l().by_ministry_heading}</h2>
            <p class="hint">{move || l().chart_hint}</p>
            <BarChart id="ministry-chart" rows=bars on_select=on_select />
            <DataTable
                id="ministry-table"
                caption=Signal::derive(move || l().ministry_table_caption.to_string())
                summary=Signal::derive(move || l().show_table.to_string())
                columns=Signal::derive(move || {
                    let lang = lang.get();
                    vec![
                        l().col_ministry.to_string(),
                        with_unit(l().itemised, lang),
                        l().programs_count.to_string(),
                        l().col_change_raw.to_string(),
                        l().col_change_like_for_like.to_string(),
                        l().col_new_programs.to_string(),
                        l().col_dropped_programs.to_string(),
                    ]
                })
                rows=table_rows
            />
        </section>
    }
}
