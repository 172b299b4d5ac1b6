//! The breakdown by strategy area: a chart and its table.

use leptos::prelude::*;

use super::bar_chart::BarChart;
use super::data_table::DataTable;
use super::state::AppState;
use super::term_help::TermHelpRow;
use super::url::HistoryMode;
use crate::markup::breakdown::{area_bars, area_table, bar_chart};
use crate::text::{labels, Term};

/// Each area's total with its itemised part and the rest the source does not itemise.
#[component]
pub fn AreaBreakdown(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let chart = Memo::new(move |_| {
        let lang = lang.get();
        state
            .explorer
            .with_value(|e| state.view.with(|v| bar_chart(&area_bars(&e.data, v, lang))))
    });
    let table = Memo::new(move |_| {
        let lang = lang.get();
        state
            .explorer
            .with_value(|e| state.view.with(|v| area_table(&e.data, v, lang)))
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
            <BarChart id="area-chart" html=chart on_select=on_select />
            <p class="legend" aria-hidden="true">
                <span class="swatch swatch-itemised"></span>
                {move || l().itemised}
                <span class="swatch swatch-remainder"></span>
                {move || l().not_itemised}
            </p>
            <TermHelpRow terms=&[Term::NotItemised] place="area" lang=lang />
            <p class="note">{move || l().rounding_note}</p>
            <DataTable id="area-table" html=table />
        </section>
    }
}
