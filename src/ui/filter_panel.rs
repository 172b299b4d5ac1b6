//! The filter controls: search, year, budget kind, ministries, areas, clear all (markup:
//! `crate::markup::filter_panel`).

use crate::ui::prelude::*;
use wasm_bindgen::JsCast;

use super::active_filters::focus_headline;
use super::html_host::{changed_choice, target_element, Part};
use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::query::{search_text, Param};
use crate::html::Html;
use crate::markup::filter_panel::filter_body;
use crate::markup::names::{Action, DomEvent, Id, PartKey};
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
        html.element(
            "h2",
            &[("id", Id::FiltersHeading.as_str())],
            l.filters_heading,
        )
        .element(
            "button",
            &Action::ToggleFilters.attributes().with(&[
                ("type", "button"),
                ("class", "filters-toggle"),
                ("id", Id::FiltersToggle.as_str()),
                ("aria-controls", Id::FilterBody.as_str()),
                ("aria-expanded", if expanded { "true" } else { "false" }),
            ]),
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
        html.open("div", &[("class", class), ("id", Id::FilterBody.as_str())]);
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
            .get_element_by_id(Id::SearchInput.as_str())
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

    // A radio button or checkbox is named after the URL parameter it sets.
    let on_change = move |ev: &web_sys::Event| {
        if let Some((param, value, checked)) = changed_choice(ev) {
            state.choose(param, &value, checked);
        }
    };
    let on_input = move |ev: &web_sys::Event| {
        let search = target_element(ev, "input")
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .filter(|input| Param::parse(&input.name()) == Some(Param::Q));
        if let Some(input) = search {
            // Typing replaces the history entry instead of adding one per keystroke. What the
            // view holds is the text without characters that would hide or reorder it.
            let q = search_text(&input.value());
            state.update(HistoryMode::Replace, |s| {
                s.q = q;
                s.program = None;
            });
        }
    };

    // Enter in the search box, on a phone (where the panel folds away), shows the result as
    // "show n programs" does.
    let on_keydown = move |ev: &web_sys::Event| {
        let enter = ev
            .dyn_ref::<web_sys::KeyboardEvent>()
            .is_some_and(|k| k.key() == "Enter" && !k.is_composing());
        let in_search = target_element(ev, "input")
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|input| Param::parse(&input.name()) == Some(Param::Q));
        let folds = document()
            .get_element_by_id(Id::FiltersToggle.as_str())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|toggle| toggle.offset_parent().is_some());
        if enter && in_search && folds {
            ev.prevent_default();
            expanded.set(false);
            focus_headline();
        }
    };

    let on_action = move |action: Action, _: &web_sys::Event| match action {
        Action::ToggleFilters => expanded.update(|open| *open = !*open),
        Action::ClearAll => {
            state.update(HistoryMode::Push, |s| *s = s.cleared());
            state.notices.set(Vec::new());
        }
        Action::ShowResults => {
            // Phones only (CSS): closes the panel and takes the reader to the result.
            expanded.set(false);
            focus_headline();
        }
        _ => {}
    };

    Part::new(PartKey::Filters, "aside", html)
        .attribute("class", "filters")
        .attribute("aria-labelledby", Id::FiltersHeading.as_str())
        .on(DomEvent::Change, on_change)
        .on(DomEvent::Input, on_input)
        .on(DomEvent::Keydown, on_keydown)
        .on_action(on_action)
}
