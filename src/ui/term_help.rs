//! Inline help for a word of the glossary: a toggletip, opened by a real button.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::budget::Lang;
use crate::text::{term as term_words, term_help_label, Term};

/// Distinct DOM ids for the many help bubbles of one page.
static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// A small "?" button (or the word itself, with `show_word`) that shows the term's
/// definition in a live region below it; click or Enter opens and closes it, Escape
/// closes it. No hover-only content: it works by touch, keyboard and screen reader alike.
#[component]
pub fn TermHelp(
    /// The glossary word.
    term: Term,
    /// The page language.
    lang: Memo<Lang>,
    /// Show the word as the button's text instead of a "?".
    #[prop(optional)]
    show_word: bool,
) -> impl IntoView {
    let term_ = term;
    let id = format!(
        "term-help-{}-{}",
        term_.id(),
        NEXT_ID.fetch_add(1, Ordering::Relaxed)
    );
    let open = RwSignal::new(false);
    let button_text = move || {
        if show_word {
            term_words(term_, lang.get()).0.to_string()
        } else {
            "?".to_string()
        }
    };
    view! {
        <span class="term-help" class:term-help-word=show_word>
            <button
                type="button"
                class="term-help-button"
                data-term=term_.id()
                aria-expanded=move || open.get().to_string()
                aria-controls=id.clone()
                aria-label=move || term_help_label(term_, lang.get())
                on:click=move |_| open.update(|o| *o = !*o)
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        open.set(false);
                    }
                }
            >
                {button_text}
            </button>
            // A live region that is always in the page, so the definition is announced
            // when it appears.
            <span id=id role="status" class="term-help-bubble" class:open=move || open.get()>
                {move || open.get().then(|| term_words(term_, lang.get()).1)}
            </span>
        </span>
    }
}
