//! The active filters as removable chips above the headline.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::query::ViewState;
use crate::budget::{Dataset, KindFilter, Lang};
use crate::text::{chip_remove_label, fiscal_year, kind_filter, takeaway_labels};

/// What one chip removes.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Chip {
    Year(u16),
    Budget,
    Ministry(String),
    Area(u8),
    Search,
}

impl Chip {
    fn remove(&self, s: &mut ViewState) {
        match self {
            Chip::Year(latest) => s.year = *latest,
            Chip::Budget => s.budget = KindFilter::default(),
            Chip::Ministry(id) => s.ministries.retain(|m| m != id),
            Chip::Area(n) => s.areas.retain(|a| a != n),
            Chip::Search => s.q.clear(),
        }
        s.program = None;
    }
}

/// The chips of a state, with their labels, in the order of the filter panel.
fn chips(data: &Dataset, s: &ViewState, lang: Lang) -> Vec<(Chip, String)> {
    let mut out = Vec::new();
    // Another year than the newest is a choice too, though "clear all" keeps it (as the
    // panel's button does): so it stays visible, and removable on its own.
    let latest = data.latest_fiscal_year();
    if s.year != latest {
        out.push((Chip::Year(latest), fiscal_year(s.year, lang)));
    }
    if !s.q.trim().is_empty() {
        let label = match lang {
            Lang::Ja => format!("「{}」", s.q.trim()),
            Lang::En => format!("\"{}\"", s.q.trim()),
        };
        out.push((Chip::Search, label));
    }
    if s.budget != KindFilter::default() {
        out.push((Chip::Budget, kind_filter(s.budget, lang).to_string()));
    }
    for id in &s.ministries {
        if let Some(m) = data.ministry_idx(id) {
            out.push((
                Chip::Ministry(id.clone()),
                data.ministries[m].name.get(lang).to_string(),
            ));
        }
    }
    for &n in &s.areas {
        if let Some(a) = data.area_idx(n) {
            out.push((
                Chip::Area(n),
                format!("({n}) {}", data.areas[a].name.get(lang)),
            ));
        }
    }
    out
}

/// Moves focus to the headline, once the page has drawn the change, so a reader who just
/// chose a filter (on a phone, far below) lands on its result.
pub fn focus_headline() {
    request_animation_frame(|| {
        if let Some(el) = document()
            .get_element_by_id("headline-heading")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// After a chip is removed its button is gone: focus the first remaining chip, or the
/// headline when none is left, so keyboard users do not fall back to the page's start.
fn focus_after_removal() {
    request_animation_frame(|| {
        let next = document()
            .query_selector("#active-filters .chip")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        match next {
            Some(el) => {
                let _ = el.focus();
            }
            None => focus_headline(),
        }
    });
}

/// One real button per active filter (its name says what it removes) and "clear all";
/// shown only when a filter is on, so it is visible on a phone with the panel closed.
#[component]
pub fn ActiveFilters(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let current = Memo::new(move |_| {
        state
            .explorer
            .with_value(|e| state.view_state.with(|s| chips(&e.data, s, lang.get())))
    });
    move || {
        let list = current.get();
        if list.is_empty() {
            return None;
        }
        let lang = lang.get();
        let l = takeaway_labels(lang);
        let buttons = list
            .into_iter()
            .map(|(chip, label)| {
                let name = chip_remove_label(&label, lang);
                view! {
                    <li>
                        <button
                            type="button"
                            class="chip"
                            aria-label=name
                            on:click=move |_| {
                                state.update(HistoryMode::Push, |s| chip.remove(s));
                                focus_after_removal();
                            }
                        >
                            <span class="chip-label">{label}</span>
                            <span class="chip-x" aria-hidden="true">"×"</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="active-filters" id="active-filters" role="group" aria-labelledby="active-filters-label">
                <span class="active-filters-label" id="active-filters-label">{l.chips_label}</span>
                <ul class="chips">{buttons}</ul>
                <button
                    type="button"
                    class="chips-clear"
                    id="chips-clear-all"
                    on:click=move |_| {
                        state.update(HistoryMode::Push, |s| *s = s.cleared());
                        state.notices.set(Vec::new());
                        focus_headline();
                    }
                >
                    {l.chips_clear_all}
                </button>
            </div>
        })
    }
}
