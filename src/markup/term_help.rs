//! A glossary word's help button and its bubble, as HTML: a toggletip opened by a real
//! button (`crate::ui::html_host::set_term_help` opens and closes it).

use crate::budget::Lang;
use crate::html::Html;
use crate::markup::lang_runs::text_in;
use crate::markup::names::{Action, DATA_DEFINITION};
use crate::text::{term, term_help_label, Term};

/// A glossary word's help button, closed: the word itself is the button's text, its
/// definition waits in `data-definition` and is written into the bubble `id` (a live
/// region, always in the page, so the definition is announced when it appears) on opening.
pub fn term_help(html: &mut Html, term_: Term, id: &str, lang: Lang) {
    let (word, definition) = term(term_, lang);
    html.open("span", &[("class", "term-help term-help-word")])
        .open(
            "button",
            &Action::ToggleHelp.attributes().with(&[
                ("type", "button"),
                ("class", "term-help-button"),
                ("data-term", term_.as_str()),
                ("aria-expanded", "false"),
                ("aria-controls", id),
                ("aria-label", &term_help_label(term_, lang)),
                (DATA_DEFINITION, definition),
            ]),
        );
    // An English term quotes the source's Japanese word.
    text_in(html, word, lang);
    html.close("button")
        .element(
            "span",
            &[
                ("id", id),
                ("role", "status"),
                ("class", "term-help-bubble"),
            ],
            "",
        )
        .close("span");
}

/// The help buttons of `terms`, the content of a `<p class="term-help-row">`; each
/// bubble's id is `term-help-<term>-<place>`, `place` naming the row on the page.
pub fn term_help_row(html: &mut Html, terms: &[Term], place: &str, lang: Lang) {
    for &t in terms {
        term_help(html, t, &format!("term-help-{}-{place}", t.as_str()), lang);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(terms: &[Term], place: &str, lang: Lang) -> String {
        let mut html = Html::default();
        term_help_row(&mut html, terms, place, lang);
        html.finish().into_string()
    }

    #[test]
    fn a_row_has_one_closed_button_per_word_in_the_page_language() {
        let ja = row(&[Term::Initial, Term::FifteenMonth], "filters", Lang::Ja);
        assert_eq!(ja.matches("class=\"term-help-button\"").count(), 2);
        assert!(ja.contains("aria-controls=\"term-help-initial-filters\""));
        assert!(ja.contains("<span id=\"term-help-fifteen-month-filters\" role=\"status\""));
        assert!(ja.contains(">当初予算</button>"));
        assert!(!ja.contains("aria-expanded=\"true\""));
        let en = row(&[Term::Initial], "filters", Lang::En);
        assert!(!en.contains(term(Term::Initial, Lang::Ja).1), "{en}");
        assert!(en.contains(term(Term::Initial, Lang::En).1));
        assert!(en.contains(">Initial budget (<span lang=\"ja\">当初予算</span>)</button>"));
        assert!(
            en.contains("aria-label=\"What is &quot;Initial budget&quot;?\""),
            "{en}"
        );
    }
}
