//! "Embed this view", as HTML: the disclosure holding the iframe snippet and its copy
//! button (the snippet itself is `crate::embed::snippet`).

use crate::budget::Lang;
use crate::html::{Html, Markup};
use crate::markup::lang_runs::text_in;
use crate::markup::names::{Action, Id};
use crate::text::embed_labels;

/// The content of `<section id="embed">`. `open` shows the snippet; `copy_status` is what
/// the copy button did (announced: the span is a live region). The snippet's text area is
/// filled by property, like the citation's, so the markup stays the same for every view.
pub fn embed_snippet(lang: Lang, open: bool, copy_status: &str) -> Markup {
    let l = embed_labels(lang);
    let mut html = Html::default();
    html.element("h2", &[("id", Id::EmbedHeading.as_str())], l.embed_heading)
        .element(
            "button",
            &Action::ToggleEmbedCode.attributes().with(&[
                ("type", "button"),
                ("class", "secondary"),
                ("id", Id::EmbedToggle.as_str()),
                ("aria-expanded", if open { "true" } else { "false" }),
                ("aria-controls", Id::EmbedBody.as_str()),
            ]),
            if open { l.embed_hide } else { l.embed_show },
        )
        .open(
            "div",
            &[
                ("id", Id::EmbedBody.as_str()),
                (
                    "class",
                    if open {
                        "embed-body"
                    } else {
                        "embed-body collapsed"
                    },
                ),
            ],
        )
        .element("p", &[], l.embed_intro)
        .element(
            "label",
            &[("for", Id::EmbedCode.as_str())],
            l.embed_snippet_label,
        )
        .element(
            "textarea",
            &[
                ("id", Id::EmbedCode.as_str()),
                ("readonly", ""),
                ("rows", "5"),
                ("spellcheck", "false"),
            ],
            "",
        )
        .open("div", &[("class", "embed-copy-row")])
        .element(
            "button",
            &Action::CopyEmbedCode
                .attributes()
                .with(&[("type", "button"), ("id", Id::EmbedCopy.as_str())]),
            l.embed_copy,
        )
        .element(
            "span",
            &[("class", "copy-status"), ("role", "status")],
            copy_status,
        )
        .close("div");
    // The notes name attributes and directives: code, of no language.
    for note in [l.embed_sandbox_note, l.embed_csp_note] {
        html.open("p", &[("class", "note")]);
        text_in(&mut html, note, lang);
        html.close("p");
    }
    html.close("div");
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_the_body_is_collapsed_and_the_button_offers_to_show() {
        let html = embed_snippet(Lang::Ja, false, "").into_string();
        assert!(html.contains(
            "aria-expanded=\"false\" aria-controls=\"embed-body\" data-action=\"toggle-embed-code\">埋め込みコードを表示</button>"
        ));
        assert!(html.contains("<div id=\"embed-body\" class=\"embed-body collapsed\">"));
        assert!(html.contains("spellcheck=\"false\"></textarea>"));
        assert!(html.contains("<span class=\"copy-status\" role=\"status\"></span>"));
    }

    #[test]
    fn open_the_body_shows_and_the_copy_status_is_announced() {
        let status = embed_labels(Lang::En).embed_copied;
        let html = embed_snippet(Lang::En, true, status).into_string();
        assert!(html.contains("aria-expanded=\"true\""));
        assert!(html.contains("class=\"embed-body\">"));
        assert!(!html.contains("collapsed"));
        assert!(html.contains(&format!("role=\"status\">{status}</span>")));
        assert!(html.contains(&format!(">{}</button>", embed_labels(Lang::En).embed_hide)));
    }
}
