//! A sentence whose pieces from the URL are isolated from the page's own words.

use leptos::prelude::*;

use crate::text::Part;

/// Draws sentence parts: the page's words as text, each piece from the URL in a `<bdi>`, so
/// right-to-left or override characters in a link cannot reorder the words around it.
#[component]
pub fn Sentence(parts: Vec<Part>) -> impl IntoView {
    parts
        .into_iter()
        .map(|part| match part {
            Part::Page(text) => text.into_any(),
            Part::FromUrl(text) => view! { <bdi class="from-url">{text}</bdi> }.into_any(),
        })
        .collect_view()
}
