//! The filter controls: search, year, budget kind, ministries, areas, clear all (markup:
//! `crate::markup::filter_panel`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::active_filters::focus_headline;
use super::html_host::{close_term_help_on_escape, follow, target_element, toggle_term_help};
use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::sort::stable_sort_by;
use crate::budget::KindFilter;
use crate::markup::filter_panel::filter_body;
use crate::text::labels;

/// Every filter of the view, each choice showing how many programs it leaves.
///
/// The heading and the phone's toggle are the container; `#filter-body` holds the markup and
/// one listener per kind of event: `change` for the radio buttons and checkboxes, `input`
/// for the search box, `click` for the buttons and help words, `keydown` for Escape.
#[component]
pub fn FilterPanel(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let html = Memo::new(move |_| {
        state.explorer.with_value(|e| {
            state
                .view_state
                .with(|s| state.facets.with(|f| filter_body(&e.data, s, f)))
        })
    });
    follow("filter-body".to_string(), html);
    // The search input's value is the reader's while they type (the markup has none, so a
    // redraw leaves it alone, IME composition included); when the search changes by other
    // means (a link, Back, a chip, clear all) the input is brought to it, unless the reader
    // is in it.
    let q = Memo::new(move |_| state.view_state.with(|s| s.q.clone()));
    Effect::new(move |_| {
        let q = q.get();
        let input = document()
            .get_element_by_id("search-input")
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            let focused = document()
                .active_element()
                .is_some_and(|a| a.is_same_node(Some(&input)));
            if !focused && input.value() != q {
                input.set_value(&q);
            }
        }
    });

    let on_change = move |ev: web_sys::Event| {
        let Some(input) = target_element(&ev, "input")
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let (value, checked) = (input.value(), input.checked());
        match input.name().as_str() {
            "year" => {
                if let Ok(year) = value.parse::<u16>() {
                    state.update(HistoryMode::Push, |s| s.year = year);
                }
            }
            "budget" => {
                if let Some(kind) = KindFilter::from_id(&value) {
                    state.update(HistoryMode::Push, |s| s.budget = kind);
                }
            }
            "ministry" => {
                let order: Vec<String> = state
                    .explorer
                    .with_value(|e| e.data.ministries.iter().map(|m| m.id.clone()).collect());
                state.update(HistoryMode::Push, |s| {
                    s.ministries.retain(|m| *m != value);
                    if checked {
                        s.ministries.push(value);
                    }
                    // Keep the government's order, so one selection has one URL.
                    stable_sort_by(&mut s.ministries, |a, b| {
                        let rank = |m: &String| order.iter().position(|o| o == m);
                        rank(a).cmp(&rank(b))
                    });
                    s.program = None;
                });
            }
            "area" => {
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
            }
            _ => {}
        }
    };
    let on_input = move |ev: web_sys::Event| {
        if target_element(&ev, "#search-input").is_some() {
            // Typing replaces the history entry instead of adding one per keystroke.
            let q = event_target_value(&ev);
            state.update(HistoryMode::Replace, |s| {
                s.q = q;
                s.program = None;
            });
        }
    };

    // On a phone the controls fold away behind one button so the figures come first; on
    // wider screens CSS always shows them and hides the button.
    let expanded = RwSignal::new(false);
    let on_click = move |ev: web_sys::MouseEvent| {
        if target_element(&ev, "#clear-all").is_some() {
            state.update(HistoryMode::Push, |s| *s = s.cleared());
            state.notices.set(Vec::new());
        } else if target_element(&ev, "#show-results").is_some() {
            // Phones only (CSS): closes the panel and takes the reader to the result.
            expanded.set(false);
            focus_headline();
        } else {
            toggle_term_help(&ev);
        }
    };
    let on_keydown = |ev: web_sys::KeyboardEvent| close_term_help_on_escape(&ev);

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
            <div
                class="filter-body"
                class:collapsed=move || !expanded.get()
                id="filter-body"
                inner_html=html.get_untracked()
                on:change=on_change
                on:input=on_input
                on:click=on_click
                on:keydown=on_keydown
            ></div>
        </aside>
    }
}
