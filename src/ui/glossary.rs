//! The glossary of About the data.

use leptos::prelude::*;

use crate::budget::Lang;
use crate::text::{takeaway_labels, term, Term};

/// Every glossary word with its definition, as a definition list.
#[component]
pub fn Glossary(
    /// The page language.
    lang: Memo<Lang>,
) -> impl IntoView {
    move || {
        let lang = lang.get();
        view! {
            <h3 id="glossary-heading">{takeaway_labels(lang).glossary_heading}</h3>
            <dl class="glossary" id="glossary" aria-labelledby="glossary-heading">
                {Term::ALL
                    .into_iter()
                    .map(|t| {
                        let (word, definition) = term(t, lang);
                        view! {
                            <dt id=format!("term-{}", t.id())><dfn>{word}</dfn></dt>
                            <dd>{definition}</dd>
                        }
                    })
                    .collect_view()}
            </dl>
        }
    }
}
