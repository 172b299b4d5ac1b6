//! The active filters as removable chips above the headline (markup:
//! `crate::markup::active_filters`).

use crate::ui::prelude::*;
use wasm_bindgen::JsCast;

use super::html_host::Part;
use super::state::AppState;
use super::url::HistoryMode;
use crate::markup::active_filters::active_filters;
use crate::markup::names::{Action, Id, PartKey};

/// Moves focus to the headline, once the page has drawn the change, so a reader who just
/// chose a filter (on a phone, far below) lands on its result.
pub fn focus_headline() {
    request_animation_frame(|| {
        if let Some(el) = document()
            .get_element_by_id(Id::HeadlineHeading.as_str())
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
            .query_selector(&format!("#{} .chip", Id::ActiveFilters.as_str()))
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
/// shown only when a filter is on, so it is visible on a phone with the panel closed. The
/// part's element (`#active-filters-host`) is empty when no filter is on.
pub fn part(state: AppState) -> Part {
    let html = Memo::new(move |_| {
        state
            .explorer
            .with_value(|e| state.view_state.with(|s| active_filters(&e.data, s)))
    });
    Part::new(PartKey::ActiveFilters, "div", html)
        .attribute("id", Id::ActiveFiltersHost.as_str())
        .on_action(move |action, _| match action {
            Action::RemoveChip(chip) => {
                state.update(HistoryMode::Push, |s| chip.remove(s));
                focus_after_removal();
            }
            Action::ClearAll => {
                state.update(HistoryMode::Push, |s| *s = s.cleared());
                state.notices.set(Vec::new());
                focus_headline();
            }
            _ => {}
        })
}
