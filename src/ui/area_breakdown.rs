//! The breakdown by strategy area (markup: `crate::markup::breakdown`).

use crate::ui::prelude::*;

use super::html_host::Part;
use super::state::AppState;
use super::url::HistoryMode;
use crate::markup::breakdown::{area_bars, area_table, bar_chart};
use crate::markup::names::{Action, Id, PartKey};
use crate::markup::sections::area_section;

/// The area chart (solid: itemised programs; outlined: the published remainder) and its
/// data table; choosing a bar filters by its area or areas.
pub fn part(state: AppState) -> Part {
    let lang = state.lang;
    let html = Memo::new(move |_| {
        let lang = lang.get();
        state.explorer.with_value(|e| {
            state.view.with(|v| {
                let chosen = state.view_state.with(|s| s.areas.clone());
                area_section(
                    &bar_chart(&area_bars(&e.data, v, &chosen, lang)),
                    &area_table(&e.data, v, lang),
                    lang,
                )
            })
        })
    });
    Part::new(PartKey::ByArea, "section", html)
        .attribute("class", "breakdown")
        .attribute("aria-labelledby", Id::ByAreaHeading.as_str())
        .on_action(move |action, _| {
            if let Action::ChooseAreas(areas) = action {
                // A toggle: a bar pressed (all its areas shown) takes them off.
                state.update(HistoryMode::Push, |s| {
                    if !s.areas.is_empty() && areas.iter().all(|a| s.areas.contains(a)) {
                        s.areas.retain(|a| !areas.contains(a));
                    } else {
                        s.areas = areas;
                    }
                    s.program = None;
                });
            }
        })
}
