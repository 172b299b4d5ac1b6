//! The filter controls: search, year, budget kind, ministries, areas, clear all (markup:
//! `crate::markup::filter_panel`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::active_filters::focus_headline;
use super::html_host::{close_term_help_on_escape, target_element, toggle_term_help, Part};
use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::sort::stable_sort_by;
use crate::budget::KindFilter;
use crate::html::Html;
use crate::markup::filter_panel::filter_body;
use crate::text::labels;

/// Every filter of the view, each choice showing how many programs it leaves.
///
/// One part, the `<aside>`: its heading, the phone's toggle and `#filter-body`, with one
/// handler per kind of event: `change` for the radio buttons and checkboxes, `input` for
/// the search box, `click` for the buttons and help words, `keydown` for Escape.
pub fn part(state: AppState) -> Part {
    let lang = state.lang;
    // On a phone the controls fold away behind one button so the figures come first; on
    // wider screens CSS always shows them and hides the button.
    let expanded = RwSignal::new(false);
    let html = Memo::new(move |_| {
        let l = labels(lang.get());
        let expanded = expanded.get();
        let mut html = Html::default();
        html.element("h2", &[("id", "filters-heading")], l.filters_heading)
            .element(
                "button",
                &[
                    ("type", "button"),
                    ("class", "filters-toggle"),
                    ("id", "filters-toggle"),
                    ("aria-controls", "filter-body"),
                    ("aria-expanded", if expanded { "true" } else { "false" }),
                ],
                if expanded {
                    l.filters_hide
                } else {
                    l.filters_show
                },
            );
        let class = if expanded {
            "filter-body"
        } else {
            "filter-body collapsed"
        };
        html.open("div", &[("class", class), ("id", "filter-body")]);
        let body = state.explorer.with_value(|e| {
            state
                .view_state
                .with(|s| state.facets.with(|f| filter_body(&e.data, s, f)))
        });
        html.raw(&body);
        html.close("div");
        html.finish()
    });
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

    let on_change = move |ev: &web_sys::Event| {
        let Some(input) = target_element(ev, "input")
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
    let on_input = move |ev: &web_sys::Event| {
        if let Some(input) = target_element(ev, "#search-input")
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            // Typing replaces the history entry instead of adding one per keystroke.
            let q = input.value();
            state.update(HistoryMode::Replace, |s| {
                s.q = q;
                s.program = None;
            });
        }
    };

    let on_click = move |ev: &web_sys::Event| {
        if target_element(ev, "#filters-toggle").is_some() {
            expanded.update(|open| *open = !*open);
        } else if target_element(ev, "#clear-all").is_some() {
            state.update(HistoryMode::Push, |s| *s = s.cleared());
            state.notices.set(Vec::new());
        } else if target_element(ev, "#show-results").is_some() {
            // Phones only (CSS): closes the panel and takes the reader to the result.
            expanded.set(false);
            focus_headline();
        } else {
            toggle_term_help(ev);
        }
    };

    Part::new("filters", "aside", html)
        .attribute("class", "filters")
        .attribute("aria-labelledby", "filters-heading")
        .on("change", on_change)
        .on("input", on_input)
        .on("click", on_click)
        .on("keydown", close_term_help_on_escape)
}
