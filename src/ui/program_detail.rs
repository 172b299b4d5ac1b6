//! The detail of one program: what it does, its figures and the page each comes from
//! (markup: `crate::markup::program_detail`).

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::focus;
use super::html_host::{close_term_help_on_escape, target_attribute, toggle_term_help, Part};
use super::state::AppState;
use super::url::HistoryMode;
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
        detail_section(detail.as_deref())
    });
    // The program whose detail had the focus moved to it.
    let focused = RefCell::new(program_id.get_untracked());
    Part::new("detail", "div", html)
        .on("click", move |ev| {
            if target_attribute(ev, "data-close").is_some() {
                ev.prevent_default();
                state.update(HistoryMode::Push, |s| s.program = None);
            } else {
                toggle_term_help(ev);
            }
        })
        .on("keydown", close_term_help_on_escape)
        .after_redraw(move || {
            let now = program_id.get_untracked();
            if now.is_some() && *focused.borrow() != now {
                focus_detail();
            }
            // Closed while it had the focus: back to the program's link it was opened from.
            if let (None, Some(closed)) = (&now, &*focused.borrow()) {
                focus::restore_if_lost(&[&format!("a[data-program=\"{closed}\"]"), "#main"]);
            }
            *focused.borrow_mut() = now;
        })
}

/// Moves the keyboard focus to the open program's detail, if one is open.
pub fn focus_detail() {
    if let Some(section) = document()
        .get_element_by_id("program-detail")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = section.focus();
    }
}
