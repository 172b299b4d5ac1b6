//! A row of inline help for words of the glossary: toggletips, each opened by a real
//! button (markup: `crate::markup::term_help`).

use leptos::prelude::*;

use super::html_host::{close_term_help_on_escape, follow_node, toggle_term_help};
use crate::budget::Lang;
use crate::html::Html;
use crate::markup::term_help::term_help_row;
use crate::text::Term;

/// A `<p class="term-help-row">` of help words: each word is a button that shows its
/// definition in a live region below it; click or Enter opens and closes it, Escape closes
/// it. No hover-only content: it works by touch, keyboard and screen reader alike. The
/// sections written as markup put the same row in their own markup; this one is for a
/// section that is still a Leptos view.
#[component]
pub fn TermHelpRow(
    /// The glossary words, in order.
    terms: &'static [Term],
    /// Names the row on the page: the bubbles' ids are `term-help-<term>-<place>`.
    place: &'static str,
    /// The page language.
    lang: Memo<Lang>,
) -> impl IntoView {
    let html = Memo::new(move |_| {
        let mut html = Html::default();
        term_help_row(&mut html, terms, place, lang.get());
        html.finish()
    });
    let row = NodeRef::new();
    follow_node(row, html);
    view! {
        <p
            class="term-help-row"
            node_ref=row
            inner_html=html.get_untracked()
            on:click=move |ev| {
                toggle_term_help(&ev);
            }
            on:keydown=|ev| close_term_help_on_escape(&ev)
        ></p>
    }
}
