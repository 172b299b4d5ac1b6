//! The breakdown by ministry (markup: `crate::markup::breakdown`).

use crate::ui::prelude::*;

use super::html_host::Part;
use super::state::AppState;
use super::url::HistoryMode;
use crate::markup::breakdown::{bar_chart, ministry_bars, ministry_table};
use crate::markup::names::{Action, Id, PartKey};
use crate::markup::sections::ministry_section;

/// Itemised programs by ministry (the source publishes no ministry totals) and the data
/// table; choosing a bar shows that ministry alone.
pub fn part(state: AppState) -> Part {
    let lang = state.lang;
    let html = Memo::new(move |_| {
        let lang = lang.get();
        state.explorer.with_value(|e| {
            state.view.with(|v| {
                let chosen = state.view_state.with(|s| s.ministries.clone());
                ministry_section(
                    &bar_chart(&ministry_bars(&e.data, v, &chosen, lang)),
                    &ministry_table(&e.data, v, lang),
                    lang,
                )
            })
        })
    });
    Part::new(PartKey::ByMinistry, "section", html)
        .attribute("class", "breakdown")
        .attribute("aria-labelledby", Id::ByMinistryHeading.as_str())
        .on_action(move |action, _| {
            if let Action::ChooseMinistry(id) = action {
                // A toggle: a bar pressed (its ministry among those shown) takes it off.
                state.update(HistoryMode::Push, |s| {
                    if s.ministries.contains(&id) {
                        s.ministries.retain(|m| *m != id);
                    } else {
                        s.ministries = vec![id];
                    }
                    s.program = None;
                });
            }
        })
}
