//! The breakdown by strategy area: a chart and its table.

use leptos::prelude::*;
use rust_decimal::Decimal;

use super::bar_chart::{BarChart, BarRow};
use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::format::oku;
use crate::budget::Lang;
use crate::text::{area_label, labels};

/// Each area's total with its itemised part and the rest the source does not itemise.
#[component]
pub fn AreaBreakdown(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let rows = Signal::derive(move || {
        let lang = lang.get();
        let l = labels(lang);
        state.explorer.with_value(|e| {
            state.view.with(|v| {
                v.by_area
                    .iter()
                    .map(|row| {
                        let mut label = area_label(&e.data, &row.area_idxs, lang);
                        if row.derived {
                            label.push_str(l.derived_marker);
                        }
                        let shown = row.total.unwrap_or(row.itemised);
                        let detail = match row.remainder {
                            Some(rest) => format!(
                                "{} {} · {} {}",
                                l.itemised,
                                oku(row.itemised, lang),
                                l.not_itemised,
                                oku(rest, lang)
                            ),
                            None => format!("{} {}", l.itemised, oku(row.itemised, lang)),
                        };
                        let numbers: Vec<String> = row
                            .area_idxs
                            .iter()
                            .map(|&a| e.data.areas[a].number.to_string())
                            .collect();
                        BarRow {
                            key: numbers.join(","),
                            accessible_label: format!(
                                "{label}: {}. {detail}. {}",
                                oku(shown, lang),
                                l.chart_hint
                            ),
                            label,
                            value_text: oku(shown, lang),
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
    let on_select = Callback::new(move |key: String| {
        let areas: Vec<u8> = key.split(',').filter_map(|n| n.parse().ok()).collect();
        state.update(HistoryMode::Push, |s| {
            s.areas = areas;
            s.program = None;
        });
    });
    let dash = |value: Option<Decimal>, lang: Lang| {
        value.map_or_else(|| "—".to_string(), |v| oku(v, lang))
    };
    view! {
        <section class="breakdown" aria-labelledby="by-area-heading">
            <h2 id="by-area-heading">{move || labels(lang.get()).by_area_heading}</h2>
            <p class="hint">{move || labels(lang.get()).chart_hint}</p>
            <BarChart id="area-chart" rows=rows on_select=on_select />
            <p class="legend" aria-hidden="true">
                <span class="swatch swatch-itemised"></span>
                {move || labels(lang.get()).itemised}
                <span class="swatch swatch-remainder"></span>
                {move || labels(lang.get()).not_itemised}
            </p>
            <details class="data-table">
                <summary>{move || labels(lang.get()).show_table}</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="area-table-caption">
                    <table id="area-table">
                        <caption id="area-table-caption">{move || labels(lang.get()).area_table_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || labels(lang.get()).col_area}</th>
                                <th scope="col">{move || labels(lang.get()).total}</th>
                                <th scope="col">{move || labels(lang.get()).itemised}</th>
                                <th scope="col">{move || labels(lang.get()).not_itemised}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let lang = lang.get();
                                state.explorer.with_value(|e| {
                                    state.view.with(|v| {
                                        v.by_area
                                            .iter()
                                            .map(|row| {
                                                let mut label = area_label(&e.data, &row.area_idxs, lang);
                                                if row.derived {
                                                    label.push_str(labels(lang).derived_marker);
                                                }
                                                view! {
                                                    <tr>
                                                        <th scope="row">{label}</th>
                                                        <td class="num">{dash(row.total, lang)}</td>
                                                        <td class="num">{oku(row.itemised, lang)}</td>
                                                        <td class="num">{dash(row.remainder, lang)}</td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()
                                    })
                                })
                            }}
                        </tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
