//! The page frame's small parts, as HTML: the skip link's words, the footers, and the note
//! over the pre-rendered default view.

use crate::budget::Lang;
use crate::html::{Html, Markup};
use crate::markup::names::Id;
use crate::text::labels;

/// The content of the `<a class="skip-link">` to `#main`.
pub fn skip_link(lang: Lang) -> Markup {
    Markup::escape(labels(lang).skip_to_content)
}

/// The content of an iframe's `<footer class="embed-footer">`: the source attribution
/// (`crate::text::attribution`), which the source's licence requires.
pub fn embed_footer(attribution: &str) -> Markup {
    let mut html = Html::default();
    html.element(
        "p",
        &[("class", "attribution"), ("id", Id::Attribution.as_str())],
        attribution,
    );
    html.finish()
}

/// The content of the full page's `<footer class="site-footer">`: the publisher.
pub fn site_footer(publisher: &str) -> Markup {
    let mut html = Html::default();
    html.element("p", &[], publisher);
    html.finish()
}

/// The note over the pre-rendered default view, in Japanese and English (the reader's
/// choice of language cannot be known without the app), saying that the page shows the
/// default view and why. Only the pre-render writes it; CSS shows it without JavaScript
/// (`html:not(.cbe-js)`) or when boot-late.js reports that the app cannot start
/// (`cbe-failed`), and the app removes it when it takes the page over.
pub fn default_view_note(ja: &str, en: &str) -> Markup {
    let mut html = Html::default();
    html.open(
        "div",
        &[
            ("class", "default-view-note"),
            ("id", Id::DefaultViewNote.as_str()),
            ("role", "note"),
        ],
    )
    .element("p", &[("lang", "ja")], ja)
    .element("p", &[("lang", "en")], en)
    .close("div");
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_skip_link_speaks_the_page_language() {
        assert_eq!(skip_link(Lang::Ja).as_str(), "本文へ移動");
        assert_eq!(
            skip_link(Lang::En).as_str(),
            labels(Lang::En).skip_to_content
        );
        assert_ne!(skip_link(Lang::En), skip_link(Lang::Ja));
    }

    #[test]
    fn footers_escape_their_text() {
        assert_eq!(
            embed_footer("出典：A & B <C>").as_str(),
            "<p class=\"attribution\" id=\"attribution\">出典：A &amp; B &lt;C&gt;</p>"
        );
        assert_eq!(site_footer("NISC").as_str(), "<p>NISC</p>");
    }

    #[test]
    fn the_default_view_note_is_in_both_languages() {
        let html = default_view_note("既定の表示", "the default view").into_string();
        assert_eq!(
            html,
            "<div class=\"default-view-note\" id=\"default-view-note\" role=\"note\">\
             <p lang=\"ja\">既定の表示</p><p lang=\"en\">the default view</p></div>"
        );
    }
}
