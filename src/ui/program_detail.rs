//! The detail of one program: what it does, its figures and the page each comes from
//! (markup: `crate::markup::program_detail`).

use leptos::html;
use leptos::prelude::*;

use super::html_host::{close_term_help_on_escape, follow, target_attribute, toggle_term_help};
use super::state::AppState;
use super::url::HistoryMode;
use crate::markup::program_detail::program_detail;

/// The open program's page, shown when the URL names one; focus moves to it on opening.
#[component]
pub fn ProgramDetail(state: AppState) -> impl IntoView {
    let program_id = Memo::new(move |_| state.view_state.with(|s| s.program.clone()));
    move || {
        let id = program_id.get()?;
        let program_idx = state.explorer.with_value(|e| e.data.program_idx(&id))?;
        Some(view! { <DetailSection state=state program_idx=program_idx /> })
    }
}

#[component]
fn DetailSection(state: AppState, program_idx: usize) -> impl IntoView {
    let lang = state.lang;
    let section = NodeRef::<html::Section>::new();
    // Moving focus is talking to the outside world: done once the section is in the page.
    Effect::new(move |_| {
        if let Some(element) = section.get() {
            let _ = element.focus();
        }
    });
    let html = Memo::new(move |_| {
        let lang = lang.get();
        let close_href = state.href(|s| s.program = None);
        state
            .explorer
            .with_value(|e| program_detail(&e.data, program_idx, &close_href, lang))
    });
    follow("program-detail".to_string(), html);
    let on_click = move |ev: web_sys::MouseEvent| {
        if target_attribute(&ev, "data-close").is_some() {
            ev.prevent_default();
            state.update(HistoryMode::Push, |s| s.program = None);
        } else {
            toggle_term_help(&ev);
        }
    };
    let on_keydown = |ev: web_sys::KeyboardEvent| close_term_help_on_escape(&ev);
    view! {
        <section
            class="detail"
            id="program-detail"
            aria-labelledby="program-detail-title"
            tabindex="-1"
            node_ref=section
            inner_html=html.get_untracked()
            on:click=on_click
            on:keydown=on_keydown
        ></section>
    }
}
