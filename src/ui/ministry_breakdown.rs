//! The breakdown by ministry: a chart and its table.

use leptos::prelude::*;
use rust_decimal::Decimal;

use super::bar_chart::{BarChart, BarRow};
use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::format::oku;
use crate::text::{change, labels, n_programs};

/// Each ministry's itemised programs, and what the published total holds beyond them.
#[component]
pub fn MinistryBreakdown(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let rows = Signal::derive(move || {
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
                        let detail = format!(
                            "{} · {}",
                            n_programs(row.n_programs, lang),
                            change(&row.change, lang)
                        );
                        BarRow {
                            key: ministry.id.clone(),
                            accessible_label: format!(
                                "{label}: {}. {detail}. {}",
                                oku(row.itemised, lang),
                                l.chart_hint
                            ),
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
                        accessible_label: format!(
                            "{}: {}",
                            l.not_itemised_by_ministry,
                            oku(rest, lang)
                        ),
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
    view! {
        <section class="breakdown" aria-labelledby="by-ministry-heading">
            <h2 id="by-ministry-heading">{move || labels(lang.get()).by_ministry_heading}</h2>
            <p class="hint">{move || labels(lang.get()).chart_hint}</p>
            <BarChart id="ministry-chart" rows=rows on_select=on_select />
            <details class="data-table">
                <summary>{move || labels(lang.get()).show_table}</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="ministry-table-caption">
                    <table id="ministry-table">
                        <caption id="ministry-table-caption">{move || labels(lang.get()).ministry_table_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || labels(lang.get()).col_ministry}</th>
                                <th scope="col">{move || labels(lang.get()).itemised}</th>
                                <th scope="col">{move || labels(lang.get()).col_change}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let lang = lang.get();
                                rows.get()
                                    .into_iter()
                                    .zip(state.view.with(|v| v.by_ministry.iter().map(|r| Some(r.change.clone())).chain([None]).collect::<Vec<_>>()))
                                    .map(|(row, delta)| {
                                        view! {
                                            <tr>
                                                <th scope="row">{row.label}</th>
                                                <td class="num">{row.value_text}</td>
                                                <td>{delta.map(|d| change(&d, lang)).unwrap_or_default()}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
