//! The page's top line, as HTML: the site header of the full page, the embed bar of an
//! iframe, and the language switch both carry.

use crate::budget::Lang;
use crate::html::{Html, Markup};
use crate::markup::names::{Action, Id};
use crate::text::{embed_labels, labels};

/// The language the switch offers: the other one.
pub fn other_language(lang: Lang) -> Lang {
    match lang {
        Lang::Ja => Lang::En,
        Lang::En => Lang::Ja,
    }
}

/// The button that switches the page to the other language. Its words are in the language
/// it offers, so `lang` says so.
pub fn lang_toggle(html: &mut Html, lang: Lang) {
    let l = labels(lang);
    html.element(
        "button",
        &Action::SwitchLanguage.attributes().with(&[
            ("type", "button"),
            ("class", "lang-toggle"),
            ("id", Id::LangToggle.as_str()),
            ("lang", other_language(lang).as_str()),
            ("aria-label", l.language_switch_label),
        ]),
        l.language_switch,
    );
}

/// The content of the full page's `<header class="site-header">`: title, subtitle and the
/// language switch.
pub fn site_header(lang: Lang) -> Markup {
    let l = labels(lang);
    let mut html = Html::default();
    html.open("div", &[("class", "site-title")])
        .element("h1", &[], l.app_title)
        .element("p", &[("class", "subtitle")], l.app_subtitle)
        .close("div");
    lang_toggle(&mut html, lang);
    html.finish()
}

/// The content of an iframe's `<header class="embed-bar">`: a small title, the link that
/// opens the same view as a full page in a new tab (`full_page_href`), and the language
/// switch.
pub fn embed_bar(lang: Lang, full_page_href: &str) -> Markup {
    let e = embed_labels(lang);
    let mut html = Html::default();
    html.element("h1", &[("class", "embed-title")], labels(lang).app_title)
        .open("div", &[("class", "embed-actions")])
        .open(
            "a",
            &[
                ("class", "embed-open"),
                ("id", Id::EmbedOpenFull.as_str()),
                ("href", full_page_href),
                ("target", "_blank"),
                ("rel", "noopener"),
            ],
        )
        .text(e.open_full_page)
        .element("span", &[("class", "new-tab")], e.new_tab)
        .close("a");
    lang_toggle(&mut html, lang);
    html.close("div");
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_offers_the_other_language_in_its_own_words() {
        let ja = site_header(Lang::Ja).into_string();
        assert!(ja.contains("<h1>政府のサイバーセキュリティ予算</h1>"));
        assert!(ja.contains(
            "<button type=\"button\" class=\"lang-toggle\" id=\"lang-toggle\" lang=\"en\" \
             aria-label=\"Switch to English\" data-action=\"switch-language\">English</button>"
        ));
        let en = site_header(Lang::En).into_string();
        assert!(en.contains("lang=\"ja\""));
        assert!(!en.contains("lang=\"en\""));
        assert!(en.contains("<h1>Japan's Government Cybersecurity Budget</h1>"));
    }

    #[test]
    fn the_embed_bar_links_the_full_page_escaped_and_in_a_new_tab() {
        let html = embed_bar(Lang::Ja, "?q=a&b=\"c\"").into_string();
        assert!(html.contains(
            "<a class=\"embed-open\" id=\"embed-open-full\" href=\"?q=a&amp;b=&quot;c&quot;\" \
             target=\"_blank\" rel=\"noopener\">全画面で開く<span class=\"new-tab\">（新しいタブ）</span></a>"
        ));
        assert!(html.contains("id=\"lang-toggle\""));
        let en = embed_bar(Lang::En, "?").into_string();
        assert!(en.contains(">Japan's Government Cybersecurity Budget</h1>"));
        assert!(en.contains(">Open as a full page<span class=\"new-tab\"> (new tab)</span></a>"));
        assert!(en.contains(
            "lang=\"ja\" aria-label=\"日本語に切り替え\" data-action=\"switch-language\">日本語</button>"
        ));
    }
}
