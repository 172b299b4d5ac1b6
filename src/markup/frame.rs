//! The page frame's small parts, as HTML: the skip link's words, the footers (with the
//! link to the accessibility statement), and the note over the pre-rendered default view.

use crate::budget::Lang;
use crate::html::{Html, Markup};
use crate::markup::names::Id;
use crate::text::{embed_labels, labels, takeaway_labels};

/// The accessibility statement in `lang`: a static page beside index.html, written at build
/// time (`crate::statement`, native only), linked relatively so any copy of the site links
/// its own.
pub fn statement_href(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "accessibility.html",
        Lang::En => "accessibility-en.html",
    }
}

/// The content of the `<a class="skip-link">` to `#main`.
pub fn skip_link(lang: Lang) -> Markup {
    Markup::escape(labels(lang).skip_to_content)
}

/// The content of an iframe's `<footer class="embed-footer">`: the source attribution
/// (`crate::text::attribution`), which the source's licence requires, and the link to the
/// accessibility statement, which opens in a new tab (a frame sized to the explorer is no
/// place to read it).
pub fn embed_footer(attribution: &str, lang: Lang) -> Markup {
    let mut html = Html::default();
    html.element(
        "p",
        &[("class", "attribution"), ("id", Id::Attribution.as_str())],
        attribution,
    )
    .open("p", &[])
    .open(
        "a",
        &[
            ("href", statement_href(lang)),
            ("id", Id::AccessibilityLink.as_str()),
            ("target", "_blank"),
            ("rel", "noopener"),
        ],
    )
    .text(takeaway_labels(lang).accessibility)
    .element("span", &[("class", "new-tab")], embed_labels(lang).new_tab)
    .close("a")
    .close("p");
    html.finish()
}

/// The content of the full page's `<footer class="site-footer">`: the publisher and the
/// link to the accessibility statement.
pub fn site_footer(publisher: &str, lang: Lang) -> Markup {
    let mut html = Html::default();
    html.element("p", &[], publisher)
        .open("p", &[])
        .element(
            "a",
            &[
                ("href", statement_href(lang)),
                ("id", Id::AccessibilityLink.as_str()),
            ],
            takeaway_labels(lang).accessibility,
        )
        .close("p");
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
    fn footers_escape_their_text_and_link_the_statement_in_the_page_language() {
        assert_eq!(
            embed_footer("出典：A & B <C>", Lang::Ja).into_string(),
            "<p class=\"attribution\" id=\"attribution\">出典：A &amp; B &lt;C&gt;</p>\
             <p><a href=\"accessibility.html\" id=\"accessibility-link\" target=\"_blank\" \
             rel=\"noopener\">アクセシビリティ<span class=\"new-tab\">（新しいタブ）</span></a></p>"
        );
        assert_eq!(
            site_footer("NISC", Lang::En).into_string(),
            "<p>NISC</p><p><a href=\"accessibility-en.html\" id=\"accessibility-link\">\
             Accessibility</a></p>"
        );
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
