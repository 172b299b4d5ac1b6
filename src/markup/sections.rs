//! The figure sections as whole elements' content: each heading, note and table frame
//! around the tables and charts the other modules write. The app redraws a section as one
//! part (`crate::ui::html_host::Part`), so a language change reaches its heading and a
//! filter change its figures through the same markup.

use crate::budget::Lang;
use crate::html::{Html, Markup};
use crate::markup::names::{Action, Id};
use crate::markup::term_help::term_help_row;
use crate::text::{labels, page_range, page_step, Term};

/// A scrolling frame (keyboard-focusable, a region named by the table's caption) around
/// the table `table` holding `content`. Explicit roles keep it a table for screen readers
/// when the phone stylesheet lays its rows out as cards.
fn scrolling_table(html: &mut Html, table: Id, content: &Markup) {
    html.open(
        "div",
        &[
            ("class", "table-scroll"),
            ("tabindex", "0"),
            ("role", "region"),
            ("aria-labelledby", &table.caption_of()),
        ],
    )
    .open("table", &[("id", table.as_str()), ("role", "table")])
    .raw(content)
    .close("table")
    .close("div");
}

/// The rounds section: its heading, note and the table `table` (from
/// `rounds_table::rounds_table`).
pub fn rounds_section(table: &Markup, lang: Lang) -> Markup {
    let l = labels(lang);
    let mut html = Html::default();
    html.element(
        "h2",
        &[("id", Id::RoundsHeading.as_str())],
        l.rounds_heading,
    )
    .element("p", &[("class", "note")], l.rounds_note);
    scrolling_table(&mut html, Id::RoundsTable, table);
    html.finish()
}

/// A breakdown's heading (`heading_id`) and the hint on choosing a bar.
fn breakdown_heading(html: &mut Html, heading_id: Id, heading: &str, lang: Lang) {
    html.element("h2", &[("id", heading_id.as_str())], heading)
        .element("p", &[("class", "hint")], labels(lang).chart_hint);
}

/// A breakdown's list of bars (`breakdown::bar_chart`).
fn bar_list(html: &mut Html, chart_id: Id, chart: &Markup) {
    html.open("ul", &[("class", "bar-chart"), ("id", chart_id.as_str())])
        .raw(chart)
        .close("ul");
}

/// A breakdown's data table (`breakdown::data_table`, the table `table_id`), folded under
/// a disclosure ([`Id::details_of`] the table).
fn folded_table(html: &mut Html, table_id: Id, table: &Markup) {
    html.open(
        "details",
        &[("class", "data-table"), ("id", &table_id.details_of())],
    )
    .raw(table)
    .close("details");
}

/// The breakdown by area: heading, hint, the chart `chart` with its legend and help, the
/// rounding note and the data table `table` (from `breakdown::{bar_chart, area_table}`).
pub fn area_section(chart: &Markup, table: &Markup, lang: Lang) -> Markup {
    let l = labels(lang);
    let mut html = Html::default();
    breakdown_heading(&mut html, Id::ByAreaHeading, l.by_area_heading, lang);
    bar_list(&mut html, Id::AreaChart, chart);
    html.open("p", &[("class", "legend"), ("aria-hidden", "true")])
        .element("span", &[("class", "swatch swatch-itemised")], "")
        .text(l.itemised)
        .element("span", &[("class", "swatch swatch-remainder")], "")
        .text(l.not_itemised)
        .close("p");
    html.open("p", &[("class", "term-help-row")]);
    term_help_row(&mut html, &[Term::NotItemised], "area", lang);
    html.close("p")
        .element("p", &[("class", "note")], l.rounding_note);
    folded_table(&mut html, Id::AreaTable, table);
    html.finish()
}

/// The breakdown by ministry: heading, hint, the chart and its data table.
pub fn ministry_section(chart: &Markup, table: &Markup, lang: Lang) -> Markup {
    let mut html = Html::default();
    breakdown_heading(
        &mut html,
        Id::ByMinistryHeading,
        labels(lang).by_ministry_heading,
        lang,
    );
    bar_list(&mut html, Id::MinistryChart, chart);
    folded_table(&mut html, Id::MinistryTable, table);
    html.finish()
}

/// The detail of one program (`program_detail::program_detail`) as its focusable section,
/// or nothing when no program is chosen.
pub fn detail_section(detail: Option<&Markup>) -> Markup {
    let Some(detail) = detail else {
        return Markup::default();
    };
    let mut html = Html::default();
    html.open(
        "section",
        &[
            ("class", "detail"),
            ("id", Id::ProgramDetail.as_str()),
            ("aria-labelledby", Id::ProgramDetailTitle.as_str()),
            ("tabindex", "-1"),
        ],
    )
    .raw(detail)
    .close("section");
    html.finish()
}

/// Where a page of a long list stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    /// The page shown, from 0.
    pub page: usize,
    /// Rows in the whole list.
    pub n_rows: usize,
    /// Rows per page.
    pub page_size: usize,
}

impl Paging {
    /// How many pages the list has (at least one).
    pub fn n_pages(&self) -> usize {
        self.n_rows.div_ceil(self.page_size).max(1)
    }
}

/// The page controls under a long list: where the page stands (announced when it changes)
/// and buttons to the pages before and after.
///
/// At either end a button stays focusable and says it is unavailable (`aria-disabled`)
/// instead of becoming `disabled`, which would drop the keyboard focus onto the page.
pub fn pager(paging: Paging, lang: Lang) -> Markup {
    let Paging {
        page,
        n_rows,
        page_size,
    } = paging;
    let first = page * page_size + 1;
    let last = (first + page_size - 1).min(n_rows);
    let at_start = page == 0;
    let at_end = page + 1 >= paging.n_pages();
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
        &Action::PreviousPage.attributes().with(&[
            ("type", "button"),
            ("class", "pager-button"),
            ("id", Id::PagerPrevious.as_str()),
            ("aria-disabled", if at_start { "true" } else { "false" }),
        ]),
        &page_step(false, page_size, lang),
    )
    .element(
        "p",
        &[
            ("class", "pager-range"),
            ("id", Id::PagerRange.as_str()),
            ("role", "status"),
        ],
        &page_range(first, last, n_rows, lang),
    )
    .element(
        "button",
        &Action::NextPage.attributes().with(&[
            ("type", "button"),
            ("class", "pager-button"),
            ("id", Id::PagerNext.as_str()),
            ("aria-disabled", if at_end { "true" } else { "false" }),
        ]),
        &page_step(true, page_size, lang),
    )
    .close("nav");
    html.finish()
}

/// The programs section: heading, the table `table` (from `program_table::program_table`)
/// and, for a list longer than a page, the pager.
pub fn programs_section(table: &Markup, paging: Paging, lang: Lang) -> Markup {
    let mut html = Html::default();
    html.element(
        "h2",
        &[("id", Id::ProgramsHeading.as_str())],
        labels(lang).programs_heading,
    );
    scrolling_table(&mut html, Id::ProgramTable, table);
    if paging.n_pages() > 1 {
        html.raw(&pager(paging, lang));
    }
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Markup written by `write`, as the modules that write tables and charts give it.
    fn markup(write: impl FnOnce(&mut Html)) -> Markup {
        let mut html = Html::default();
        write(&mut html);
        html.finish()
    }

    fn element(tag: &'static str, text: &str) -> Markup {
        markup(|html| {
            html.element(tag, &[], text);
        })
    }

    #[test]
    fn the_pager_says_where_the_page_stands_and_which_way_is_closed() {
        let first = pager(
            Paging {
                page: 0,
                n_rows: 250,
                page_size: 100,
            },
            Lang::Ja,
        )
        .into_string();
        assert!(first.contains("250件中 1〜100件"), "{first}");
        assert!(first.contains(
            "id=\"pager-previous\" aria-disabled=\"true\" data-action=\"previous-page\""
        ));
        assert!(
            first.contains("id=\"pager-next\" aria-disabled=\"false\" data-action=\"next-page\"")
        );
        let last = pager(
            Paging {
                page: 2,
                n_rows: 250,
                page_size: 100,
            },
            Lang::En,
        )
        .into_string();
        assert!(
            last.contains("id=\"pager-next\" aria-disabled=\"true\""),
            "{last}"
        );
        assert!(last.contains("201"), "{last}");
    }

    #[test]
    fn a_short_list_has_no_pager_and_a_long_one_has() {
        let short = Paging {
            page: 0,
            n_rows: 100,
            page_size: 100,
        };
        assert_eq!(short.n_pages(), 1);
        let table = element("tbody", "");
        assert!(!programs_section(&table, short, Lang::Ja)
            .as_str()
            .contains("pager"));
        let long = Paging {
            n_rows: 101,
            ..short
        };
        assert!(programs_section(&table, long, Lang::Ja)
            .as_str()
            .contains("class=\"pager\""));
    }

    #[test]
    fn sections_escape_nothing_they_are_given_and_frame_their_tables() {
        let rounds = rounds_section(&element("tbody", "1"), Lang::Ja).into_string();
        assert!(
            rounds.contains("<table id=\"rounds-table\" role=\"table\"><tbody>1</tbody></table>")
        );
        assert!(rounds.contains("aria-labelledby=\"rounds-table-caption\""));
        assert!(detail_section(None).is_empty());
        assert!(detail_section(Some(&element("h2", "x")))
            .as_str()
            .starts_with("<section class=\"detail\" id=\"program-detail\""));
        let area =
            area_section(&element("li", "a"), &element("summary", "t"), Lang::En).into_string();
        assert!(area.contains("id=\"term-help-not-itemised-area\""));
        assert!(area.contains("<details class=\"data-table\" id=\"area-table-details\"><summary>t</summary></details>"));
    }
}
