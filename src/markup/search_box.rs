//! The search box, as HTML.

use crate::budget::query::{Param, MAX_SEARCH_CHARS};
use crate::budget::Lang;
use crate::html::Html;
use crate::markup::names::Id;
use crate::text::labels;

/// The label and the search input. The input has no `value` attribute: what the reader
/// types is the input's own, and a redraw (`morph.js` changes attributes) must never
/// touch it mid-word or mid-composition; the container sets the input's value from the
/// view when the view changes by other means (a link, Back, a chip).
pub fn search_box(html: &mut Html, lang: Lang) {
    let l = labels(lang);
    html.open("div", &[("class", "search")])
        .element(
            "label",
            &[("for", Id::SearchInput.as_str())],
            l.search_label,
        )
        .open(
            "input",
            &[
                ("type", "search"),
                ("id", Id::SearchInput.as_str()),
                ("name", Param::Q.as_str()),
                // The text may come from a link: let the browser isolate its direction.
                ("dir", "auto"),
                ("maxlength", &MAX_SEARCH_CHARS.to_string()),
                ("autocomplete", "off"),
                ("placeholder", l.search_placeholder),
            ],
        )
        .close("div");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_input_is_labelled_in_the_page_language_and_holds_no_value() {
        let mut ja = Html::default();
        search_box(&mut ja, Lang::Ja);
        let ja = ja.finish().into_string();
        assert!(ja.contains(&format!(
            "<label for=\"search-input\">{}</label>",
            labels(Lang::Ja).search_label
        )));
        assert!(ja.contains(&format!("maxlength=\"{MAX_SEARCH_CHARS}\"")));
        assert!(!ja.contains("value="));
        let mut en = Html::default();
        search_box(&mut en, Lang::En);
        assert!(en.finish().as_str().contains(&format!(
            "placeholder=\"{}\"",
            labels(Lang::En).search_placeholder
        )));
    }
}
