//! The page of the source a published figure stands on, as a link to the source: 「p. 1」.

use crate::budget::export::page_ranges;
use crate::budget::{Dataset, Lang};
use crate::html::Html;
use crate::text::labels;

/// Writes `p. 1` (or `pp. 1–2` in English) linking the source document, after the figure
/// just written (CSS spaces it); nothing when `pages` is empty (a figure the source does not
/// publish). Left out of a copied table (`copy-skip`), so a copied cell is still a bare
/// number.
pub fn page_ref(html: &mut Html, data: &Dataset, pages: &[u16], lang: Lang) {
    let Some(label) = page_label(pages, lang) else {
        return;
    };
    html.element(
        "a",
        &[
            ("class", "page-ref copy-skip"),
            ("href", &data.edition.citation.url),
            ("rel", "noopener"),
        ],
        &label,
    );
}

/// `p. 1`; several pages `pp. 1–2` in English and `p. 1–2` in Japanese, as each is
/// written there (the labels a program's detail uses too); `None` for no page.
pub fn page_label(pages: &[u16], lang: Lang) -> Option<String> {
    let l = labels(lang);
    let prefix = match pages {
        [] => return None,
        [_] => l.page,
        _ => l.pages,
    };
    Some(format!("{prefix} {}", page_ranges(pages)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_page_or_a_range_links_the_source_and_none_writes_nothing() {
        let data = crate::dataset::latest_edition().expect("the embedded edition loads");
        let url = &data.edition.citation.url;
        let mut html = Html::default();
        page_ref(&mut html, &data, &[1], Lang::Ja);
        page_ref(&mut html, &data, &[], Lang::Ja);
        page_ref(&mut html, &data, &[1, 2], Lang::En);
        assert_eq!(
            html.finish().into_string(),
            format!(
                "<a class=\"page-ref copy-skip\" href=\"{url}\" rel=\"noopener\">p. 1</a>\
                 <a class=\"page-ref copy-skip\" href=\"{url}\" rel=\"noopener\">pp. 1–2</a>"
            )
        );
    }
}
