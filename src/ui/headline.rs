//! The headline: total, its basis, change, share and per-resident figure (markup:
//! `crate::markup::headline`).

use crate::ui::prelude::*;

use super::html_host::Part;
use super::state::AppState;
use super::url::HistoryMode;
use crate::html::{Html, Markup};
use crate::markup::headline::{headline, leading_split};
use crate::markup::names::{Action, Id, PartKey};
use crate::text::{announcement, scope};

/// The figures for the current filter, and the sentence announced politely to screen
/// readers when they change: two parts, written into the headline section by [`write`].
pub fn parts(state: AppState) -> [Part; 2] {
    let html = Memo::new(move |_| {
        state.explorer.with_value(|e| {
            state
                .view_state
                .with(|s| state.view.with(|v| headline(e, s, v)))
        })
    });
    // The live region is its own part: a region replaced with its text is not announced,
    // one whose text changes is.
    let announced = Memo::new(move |_| {
        state.explorer.with_value(|e| {
            state.view_state.with(|s| {
                state.view.with(|v| {
                    let h = &v.headline;
                    let sentence = leading_split(s, v, s.lang);
                    Markup::escape(&announcement(
                        &scope(&e.data, s, s.lang),
                        h.total,
                        &h.change,
                        sentence.as_deref(),
                        v.programs.len(),
                        s.lang,
                    ))
                })
            })
        })
    });
    let figures = Part::new(PartKey::Headline, "div", html)
        .attribute("id", Id::HeadlineFigures.as_str())
        .on_action(move |action, ev| {
            if action == Action::IncludeProgram {
                ev.prevent_default();
                let next = state
                    .explorer
                    .with_value(|e| state.view_state.with_untracked(|s| s.including_program(e)));
                if let Some(next) = next {
                    state.update(HistoryMode::Push, move |s| *s = next);
                }
            }
        });
    let announcement = Part::new(PartKey::Announcement, "div", announced)
        .attribute("class", "visually-hidden")
        .attribute("aria-live", "polite")
        .attribute("aria-atomic", "true")
        .attribute("id", Id::HeadlineAnnouncement.as_str());
    [figures, announcement]
}

/// The headline section around its two parts.
pub fn write(parts: &[Part; 2], html: &mut Html) {
    html.open(
        "section",
        &[
            ("class", "headline"),
            ("aria-labelledby", Id::HeadlineHeading.as_str()),
        ],
    );
    parts[0].write(html);
    parts[1].write(html);
    html.close("section");
}
