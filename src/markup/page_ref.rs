//! The page of the source a published figure stands on, as a link to the source: 「p. 1」.

use crate::budget::export::page_ranges;
use crate::budget::Dataset;
use crate::html::Html;

/// Writes ` p. 1` (or ` pp. 1–2`) linking the source document, for the figure just written;
/// nothing when `pages` is empty (a figure the source does not publish). Both languages cite
/// pages so, as the citation does. Left out of a copied table (`copy-skip`), so a copied
/// cell is still a bare number.
pub fn page_ref(html: &mut Html, data: &Dataset, pages: &[u16]) {
    let Some(label) = page_label(pages) else {
        return;
    };
    html.text(" ").element(
        "a",
        &[
            ("class", "page-ref copy-skip"),
            ("href", &data.edition.citation.url),
            ("rel", "noopener"),
        ],
        &label,
    );
}

/// `p. 1`, `pp. 1–2`: pages as the citation writes them; `None` for no page.
pub fn page_label(pages: &[u16]) -> Option<String> {
    match pages {
        [] => None,
        [page] => Some(format!("p. {page}")),
        _ => Some(format!("pp. {}", page_ranges(pages))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_page_or_a_range_links_the_source_and_none_writes_nothing() {
        let data = crate::dataset::latest_edition().expect("the embedded edition loads");
        let url = &data.edition.citation.url;
        let mut html = Html::default();
        page_ref(&mut html, &data, &[1]);
        page_ref(&mut html, &data, &[]);
        page_ref(&mut html, &data, &[1, 2]);
        assert_eq!(
            html.finish().into_string(),
            format!(
                " <a class=\"page-ref copy-skip\" href=\"{url}\" rel=\"noopener\">p. 1</a> \
                 <a class=\"page-ref copy-skip\" href=\"{url}\" rel=\"noopener\">pp. 1–2</a>"
            )
        );
    }
}
