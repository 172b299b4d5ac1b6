//! The breakdown by ministry: a chart and its table.

use leptos::prelude::*;

use super::bar_chart::BarChart;
use super::data_table::DataTable;
use super::state::AppState;
use super::url::HistoryMode;
use crate::markup::breakdown::{bar_chart, ministry_bars, ministry_table};
use crate::text::labels;

/// Each ministry's itemised programs, and what the published total holds beyond them.
#[component]
pub fn MinistryBreakdown(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let chart = Memo::new(move |_| {
        let lang = lang.get();
        state.explorer.with_value(|e| {
            state
                .view
                .with(|v| bar_chart(&ministry_bars(&e.data, v, lang)))
        })
    });
    let table = Memo::new(move |_| {
        let lang = lang.get();
        state
            .explorer
            .with_value(|e| state.view.with(|v| ministry_table(&e.data, v, lang)))
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
            <BarChart id="ministry-chart" html=chart on_select=on_select />
            <DataTable id="ministry-table" html=table />
        </section>
    }
}
