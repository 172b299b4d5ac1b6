//! The detail of one program: what it does, its figures and the page each comes from
//! (markup: `crate::markup::program_detail`).

use std::cell::RefCell;

use crate::ui::prelude::*;
use wasm_bindgen::JsCast;

use super::focus;
use super::html_host::Part;
use super::state::AppState;
use super::url::HistoryMode;
use crate::markup::names::{Action, Id, PartKey};
use crate::markup::program_detail::program_detail;
use crate::markup::sections::detail_section;

/// The open program's page, shown when the URL names one; the keyboard focus moves to it
/// whenever another program opens.
pub fn part(state: AppState) -> Part {
    let lang = state.lang;
    let program_id = Memo::new(move |_| state.view_state.with(|s| s.program.clone()));
    let html = Memo::new(move |_| {
        let lang = lang.get();
        let id = program_id.get();
        let detail = id.and_then(|id| {
            let close_href = state.href(|s| s.program = None);
            state.explorer.with_value(|e| {
                let idx = e.data.program_idx(&id)?;
                Some(program_detail(&e.data, idx, &close_href, lang))
            })
        });
        detail_section(detail.as_ref())
    });
    // The program whose detail is drawn (and had the focus moved to it).
    let focused = RefCell::new(program_id.get_untracked());
    Part::new(PartKey::Detail, "div", html)
        .on_action(move |action, ev| {
            if action == Action::CloseDetail {
                ev.prevent_default();
                state.update(HistoryMode::Push, |s| s.program = None);
            }
        })
        .after_redraw(move || {
            let now = program_id.get_untracked();
            let before = focused.replace(now.clone());
            match (before, now) {
                (before, Some(now)) if before.as_ref() != Some(&now) => focus_detail(),
                // Closed: back to where the reader was, the program's row in the table.
                (Some(closed), None) => focus_program_link(&closed),
                _ => {}
            }
        })
}

/// When the detail of program `id` has just closed and taken the focus with it, gives the
/// focus back to the table's link that opens that program (the browser scrolls it into
/// view), or to the headline when the table does not list it.
fn focus_program_link(id: &str) {
    let link = format!(
        "#{} {}",
        Id::ProgramTable.as_str(),
        Action::OpenProgram(id.to_string()).selector()
    );
    focus::restore_if_lost(&[&link, &format!("#{}", Id::HeadlineHeading.as_str())]);
}

/// Moves the keyboard focus to the open program's detail, if one is open.
pub fn focus_detail() {
    if let Some(section) = document()
        .get_element_by_id(Id::ProgramDetail.as_str())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = section.focus();
    }
}
