//! The page controls under the program table, as HTML.

use crate::budget::Lang;
use crate::html::Html;
use crate::text::{labels, page_range, page_step};

/// Where page `page` (from 0) of `n_rows` rows, `page_size` a page, stands in the list and
/// buttons to the pages before and after (`data-step` -1 and 1); nothing when the list fits
/// on one page.
///
/// At either end a button stays focusable and says it is unavailable (`aria-disabled`)
/// instead of becoming `disabled`, which would drop the keyboard focus onto the page. The
/// range is a live region: a redraw changes its text in place, so it is announced.
pub fn pager(page: usize, n_rows: usize, page_size: usize, lang: Lang) -> String {
    let n_pages = n_rows.div_ceil(page_size).max(1);
    if n_pages <= 1 {
        return String::new();
    }
    let first = page * page_size + 1;
    let last = (first + page_size - 1).min(n_rows);
    let at_start = if page == 0 { "true" } else { "false" };
    let at_end = if page + 1 >= n_pages { "true" } else { "false" };
    let mut html = Html::default();
    html.open(
        "nav",
        &[
            ("class", "pager"),
            ("aria-label", labels(lang).programs_pager),
        ],
    )
    .element(
        "button",
        &[
            ("type", "button"),
            ("class", "pager-button"),
            ("id", "pager-previous"),
            ("aria-disabled", at_start),
            ("data-step", "-1"),
        ],
        &page_step(false, page_size, lang),
    )
    .element(
        "p",
        &[
            ("class", "pager-range"),
            ("id", "pager-range"),
            ("role", "status"),
        ],
        &page_range(first, last, n_rows, lang),
    )
    .element(
        "button",
        &[
            ("type", "button"),
            ("class", "pager-button"),
            ("id", "pager-next"),
            ("aria-disabled", at_end),
            ("data-step", "1"),
        ],
        &page_step(true, page_size, lang),
    )
    .close("nav");
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_page_needs_no_pager() {
        assert_eq!(pager(0, 50, 50, Lang::Ja), "");
        assert_eq!(pager(0, 0, 50, Lang::Ja), "");
    }

    #[test]
    fn the_ends_say_they_are_unavailable_and_the_range_is_counted() {
        let first = pager(0, 120, 50, Lang::Ja);
        assert!(first.contains("id=\"pager-previous\" aria-disabled=\"true\""));
        assert!(first.contains("id=\"pager-next\" aria-disabled=\"false\""));
        assert!(first.contains(&page_range(1, 50, 120, Lang::Ja)));
        let last = pager(2, 120, 50, Lang::En);
        assert!(last.contains("id=\"pager-previous\" aria-disabled=\"false\""));
        assert!(last.contains("id=\"pager-next\" aria-disabled=\"true\""));
        assert!(last.contains(&page_range(101, 120, 120, Lang::En)));
        assert!(last.contains(labels(Lang::En).programs_pager));
    }
}
