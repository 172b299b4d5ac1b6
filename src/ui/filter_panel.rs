//! The filter controls: search, year, budget kind, ministries, areas, clear all.

use leptos::prelude::*;

use super::active_filters::focus_headline;
use super::choice_group::{Choice, ChoiceGroup, Selection};
use super::search_box::SearchBox;
use super::state::AppState;
use super::term_help::TermHelp;
use super::url::HistoryMode;
use crate::budget::sort::stable_sort_by;
use crate::budget::KindFilter;
use crate::text::{
    fifteen_month_explainer, fiscal_year, kind_filter, labels, n_programs, show_results, Term,
};

/// Every filter of the view, each choice showing how many programs it leaves.
#[component]
pub fn FilterPanel(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let data = move |f: &dyn Fn(&crate::budget::Dataset) -> String| {
        state.explorer.with_value(|e| f(&e.data))
    };

    let years: Vec<u16> = state.explorer.with_value(|e| e.data.fiscal_years());
    let year_choices = years
        .into_iter()
        .map(|year| Choice {
            value: year.to_string(),
            label: Signal::derive(move || fiscal_year(year, lang.get())),
            count: Signal::derive(move || {
                let n = state.facets.with(|f| {
                    f.by_year
                        .iter()
                        .find(|(y, _)| *y == year)
                        .map_or(0, |(_, n)| *n)
                });
                n_programs(n, lang.get())
            }),
            checked: Signal::derive(move || state.view_state.with(|s| s.year == year)),
        })
        .collect();
    let kind_choices = KindFilter::ALL
        .into_iter()
        .map(|kind| Choice {
            value: kind.id().to_string(),
            label: Signal::derive(move || kind_filter(kind, lang.get()).to_string()),
            count: Signal::derive(move || {
                let n = state.facets.with(|f| {
                    f.by_kind
                        .iter()
                        .find(|(k, _)| *k == kind)
                        .map_or(0, |(_, n)| *n)
                });
                n_programs(n, lang.get())
            }),
            checked: Signal::derive(move || state.view_state.with(|s| s.budget == kind)),
        })
        .collect();
    let n_ministries = state.explorer.with_value(|e| e.data.ministries.len());
    let ministry_choices = (0..n_ministries)
        .map(|idx| {
            let id = state
                .explorer
                .with_value(|e| e.data.ministries[idx].id.clone());
            let checked_id = id.clone();
            Choice {
                value: id,
                label: Signal::derive(move || {
                    data(&|d| d.ministries[idx].name.get(lang.get()).to_string())
                }),
                count: Signal::derive(move || {
                    n_programs(state.facets.with(|f| f.by_ministry[idx]), lang.get())
                }),
                checked: Signal::derive(move || {
                    state
                        .view_state
                        .with(|s| s.ministries.contains(&checked_id))
                }),
            }
        })
        .collect();
    let n_areas = state.explorer.with_value(|e| e.data.areas.len());
    let area_choices = (0..n_areas)
        .map(|idx| {
            let number = state.explorer.with_value(|e| e.data.areas[idx].number);
            Choice {
                value: number.to_string(),
                label: Signal::derive(move || {
                    data(&|d| format!("({number}) {}", d.areas[idx].name.get(lang.get())))
                }),
                count: Signal::derive(move || {
                    n_programs(state.facets.with(|f| f.by_area[idx]), lang.get())
                }),
                checked: Signal::derive(move || {
                    state.view_state.with(|s| s.areas.contains(&number))
                }),
            }
        })
        .collect();

    let on_year = Callback::new(move |(value, _): (String, bool)| {
        if let Ok(year) = value.parse::<u16>() {
            state.update(HistoryMode::Push, |s| s.year = year);
        }
    });
    let on_kind = Callback::new(move |(value, _): (String, bool)| {
        if let Some(kind) = KindFilter::from_id(&value) {
            state.update(HistoryMode::Push, |s| s.budget = kind);
        }
    });
    let on_ministry = Callback::new(move |(id, checked): (String, bool)| {
        let order: Vec<String> = state
            .explorer
            .with_value(|e| e.data.ministries.iter().map(|m| m.id.clone()).collect());
        state.update(HistoryMode::Push, |s| {
            s.ministries.retain(|m| *m != id);
            if checked {
                s.ministries.push(id);
            }
            // Keep the government's order, so one selection has one URL.
            stable_sort_by(&mut s.ministries, |a, b| {
                let rank = |m: &String| order.iter().position(|o| o == m);
                rank(a).cmp(&rank(b))
            });
            s.program = None;
        });
    });
    let on_area = Callback::new(move |(value, checked): (String, bool)| {
        let Ok(number) = value.parse::<u8>() else {
            return;
        };
        state.update(HistoryMode::Push, |s| {
            s.areas.retain(|a| *a != number);
            if checked {
                s.areas.push(number);
                stable_sort_by(&mut s.areas, u8::cmp);
            }
            s.program = None;
        });
    });

    // On a phone the controls fold away behind one button so the figures come first; on
    // wider screens CSS always shows them and hides the button.
    let expanded = RwSignal::new(false);

    view! {
        <aside class="filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading">{move || labels(lang.get()).filters_heading}</h2>
            <button
                type="button"
                class="filters-toggle"
                id="filters-toggle"
                aria-controls="filter-body"
                aria-expanded=move || expanded.get().to_string()
                on:click=move |_| expanded.update(|open| *open = !*open)
            >
                {move || if expanded.get() { labels(lang.get()).filters_hide } else { labels(lang.get()).filters_show }}
            </button>
            <div class="filter-body" class:collapsed=move || !expanded.get() id="filter-body">
            <p class="match-count" id="match-count">
                {move || labels(lang.get()).n_matching_prefix}
                ": "
                <strong>{move || n_programs(state.facets.with(|f| f.n_matching), lang.get())}</strong>
            </p>
            <SearchBox state=state />
            <ChoiceGroup
                name="year"
                selection=Selection::Single
                legend=Signal::derive(move || labels(lang.get()).year_legend.to_string())
                choices=year_choices
                on_change=on_year
            />
            <ChoiceGroup
                name="budget"
                selection=Selection::Single
                legend=Signal::derive(move || labels(lang.get()).budget_legend.to_string())
                choices=kind_choices
                on_change=on_kind
            />
            <p class="hint" id="budget-15month-hint">
                {move || state.view_state.with(|s| fifteen_month_explainer(s.year, lang.get()))}
            </p>
            <p class="term-help-row">
                <TermHelp term=Term::Initial lang=lang show_word=true />
                <TermHelp term=Term::Supplementary lang=lang show_word=true />
                <TermHelp term=Term::FifteenMonth lang=lang show_word=true />
            </p>
            <ChoiceGroup
                name="ministry"
                selection=Selection::Multiple
                legend=Signal::derive(move || labels(lang.get()).ministry_legend.to_string())
                choices=ministry_choices
                on_change=on_ministry
            />
            <ChoiceGroup
                name="area"
                selection=Selection::Multiple
                legend=Signal::derive(move || labels(lang.get()).area_legend.to_string())
                choices=area_choices
                on_change=on_area
            />
            <button
                type="button"
                class="clear-all"
                id="clear-all"
                disabled=move || state.view_state.with(|s| *s == s.cleared())
                on:click=move |_| {
                    state.update(HistoryMode::Push, |s| *s = s.cleared());
                    state.notices.set(Vec::new());
                }
            >
                {move || labels(lang.get()).clear_all}
            </button>
            // Phones only (CSS): closes the panel and takes the reader to the result.
            <button
                type="button"
                class="show-results"
                id="show-results"
                on:click=move |_| {
                    expanded.set(false);
                    focus_headline();
                }
            >
                {move || show_results(state.facets.with(|f| f.n_matching), lang.get())}
            </button>
            </div>
        </aside>
    }
}
