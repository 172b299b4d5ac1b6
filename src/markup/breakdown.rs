//! The breakdowns by area and by ministry, as HTML: a bar chart whose bars are buttons,
//! and the data table behind it.
//!
//! Labels and values are HTML text beside each bar, so they stay legible at any width and
//! small items stay labelled; the SVG only draws the bars (geometry from `crate::chart`,
//! as SVG attributes: the strict CSP blocks `style` attributes).

use rust_decimal::Decimal;

use crate::budget::format::{oku, table_number};
use crate::budget::pages::area_total_pages;
use crate::budget::view::{AreaRow, View};
use crate::budget::{Dataset, Lang};
use crate::chart::{layout_bars, CHART_WIDTH};
use crate::html::{Html, Markup};
use crate::markup::names::{Action, Id};
use crate::markup::page_ref::{page_label, page_ref};
use crate::text::{
    area_label, change_short, labels, like_for_like_change, like_for_like_short, n_programs,
    programs_and_amount, with_unit,
};

/// One bar as its breakdown describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BarRow {
    /// What choosing the bar does; `None` for a bar that only shows a figure.
    pub action: Option<Action>,
    /// Whether the view is filtered by the bar now (its button is pressed; choosing it again
    /// takes the filter off).
    pub pressed: bool,
    /// The row's name.
    pub label: String,
    /// The bar's figure.
    pub value_text: String,
    /// A second line: what the figure is made of, or its change.
    pub detail_text: String,
    /// The solid part, 億円.
    pub itemised: Decimal,
    /// The outlined part (not itemised in the source), 億円.
    pub remainder: Decimal,
}

/// The items of a bar chart's list (`<ul class="bar-chart">`), on one linear scale.
///
/// A bar with an action is a toggle button (`aria-pressed`) whose name is its visible texts
/// (label, figure, detail); the rest is a plain block.
pub fn bar_chart(rows: &[BarRow]) -> Markup {
    let geometry = layout_bars(
        &rows
            .iter()
            .map(|r| (r.itemised, r.remainder))
            .collect::<Vec<_>>(),
    );
    let view_box = format!("0 0 {CHART_WIDTH} 20");
    let mut html = Html::default();
    for (row, g) in rows.iter().zip(geometry) {
        html.open("li", &[("class", "bar-row")]);
        let tag = match &row.action {
            Some(action) => {
                html.open(
                    "button",
                    &action.attributes().with(&[
                        ("type", "button"),
                        ("class", "bar-button"),
                        ("aria-pressed", if row.pressed { "true" } else { "false" }),
                    ]),
                );
                "button"
            }
            None => {
                html.open("div", &[("class", "bar-static")]);
                "div"
            }
        };
        let itemised_width = g.itemised_width.to_string();
        let remainder_width = g.remainder_width.to_string();
        html.element("span", &[("class", "bar-label")], &row.label)
            .element("span", &[("class", "bar-value")], &row.value_text)
            .element("span", &[("class", "bar-detail")], &row.detail_text)
            .open(
                "svg",
                &[
                    ("class", "bar"),
                    ("viewBox", &view_box),
                    ("preserveAspectRatio", "none"),
                    ("aria-hidden", "true"),
                    ("focusable", "false"),
                ],
            )
            .element(
                "rect",
                &[
                    ("class", "bar-itemised"),
                    ("x", "0"),
                    ("y", "1"),
                    ("width", &itemised_width),
                    ("height", "18"),
                ],
                "",
            )
            .element(
                "rect",
                &[
                    ("class", "bar-remainder"),
                    ("x", &itemised_width),
                    ("y", "1"),
                    ("width", &remainder_width),
                    ("height", "18"),
                    ("vector-effect", "non-scaling-stroke"),
                ],
                "",
            )
            .close("svg")
            .close(tag)
            .close("li");
    }
    html.finish()
}

/// One row of a data table: a header cell and its data cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableRow {
    /// The row header (`<th scope="row">`).
    pub header: String,
    /// The data cells, each with whether it holds a number (right-aligned).
    pub cells: Vec<(String, bool)>,
    /// The pages of the source that print the first cell's figure (a published total),
    /// linked after it; empty for a figure the source does not publish.
    pub pages: Vec<u16>,
}

/// A chart's data table.
pub struct DataTable<'a> {
    /// The dataset (for the source's address that page references link).
    pub data: &'a Dataset,
    /// The page's language.
    pub lang: Lang,
    /// The table's id; the caption's is [`Id::caption_of`] it.
    pub id: Id,
    /// The caption.
    pub caption: &'a str,
    /// The summary text of the disclosure.
    pub summary: &'a str,
    /// Column headers, the row-header column first.
    pub columns: &'a [String],
    /// The rows.
    pub rows: &'a [TableRow],
}

/// The content of a `<details>`: its summary and a captioned table with column and row
/// headers, so the figures of a chart are also available as text to every reader.
pub fn data_table(table: &DataTable) -> Markup {
    let caption_id = table.id.caption_of();
    let mut html = Html::default();
    html.element("summary", &[], table.summary)
        .open(
            "div",
            &[
                ("class", "table-scroll"),
                ("tabindex", "0"),
                ("role", "region"),
                ("aria-labelledby", &caption_id),
            ],
        )
        .open("table", &[("id", table.id.as_str())])
        .element("caption", &[("id", &caption_id)], table.caption)
        .column_heads(&table.columns.iter().map(String::as_str).collect::<Vec<_>>())
        .open("tbody", &[]);
    for row in table.rows {
        html.open("tr", &[])
            .element("th", &[("scope", "row")], &row.header);
        for (c, (text, numeric)) in row.cells.iter().enumerate() {
            let class: &[(&str, &str)] = if *numeric { &[("class", "num")] } else { &[] };
            html.open("td", class).text(text);
            if c == 0 {
                page_ref(&mut html, table.data, &row.pages, table.lang);
            }
            html.close("td");
        }
        html.close("tr");
    }
    html.close("tbody").close("table").close("div");
    html.finish()
}

/// The pages of the source behind an area row's total: none where the row has no
/// published (or derived) total in this view.
fn area_pages(data: &Dataset, view: &View, row: &AreaRow) -> Vec<u16> {
    if row.total.is_none() {
        return Vec::new();
    }
    area_total_pages(data, &row.area_idxs, &view.round_idxs, row.derived)
}

fn area_row_label(data: &Dataset, row: &AreaRow, lang: Lang) -> String {
    let mut label = area_label(data, &row.area_idxs, lang);
    if row.derived {
        label.push_str(labels(lang).derived_marker);
    }
    label
}

/// A table cell: a bare number (the unit is in the column header, so a copied table
/// pastes as numbers), or the source's "—".
fn or_dash(value: Option<Decimal>, lang: Lang) -> String {
    value.map_or_else(|| "—".to_string(), |v| table_number(v, lang))
}

/// The area chart's bars: each area's total, solid for its itemised programs and outlined
/// for the rest the source does not itemise; a bar selects its area numbers (`1,2`), and
/// is pressed while every one of them is among the `chosen` areas.
pub fn area_bars(data: &Dataset, view: &View, chosen: &[u8], lang: Lang) -> Vec<BarRow> {
    let l = labels(lang);
    view.by_area
        .iter()
        .map(|row| {
            let mut detail = match row.remainder {
                Some(rest) => format!(
                    "{} {} · {} {}",
                    l.itemised,
                    oku(row.itemised, lang),
                    l.not_itemised,
                    oku(rest, lang)
                ),
                None => format!("{} {}", l.itemised, oku(row.itemised, lang)),
            };
            // The page that prints the total (a button cannot hold the link; the table
            // under the chart links it).
            if let Some(pages) = page_label(&area_pages(data, view, row), lang) {
                detail.push_str(" · ");
                detail.push_str(&pages);
            }
            let numbers: Vec<u8> = row
                .area_idxs
                .iter()
                .map(|&a| data.areas[a].number)
                .collect();
            BarRow {
                pressed: !chosen.is_empty() && numbers.iter().all(|n| chosen.contains(n)),
                action: Some(Action::ChooseAreas(numbers)),
                label: area_row_label(data, row, lang),
                value_text: oku(row.total.unwrap_or(row.itemised), lang),
                detail_text: detail,
                itemised: row.itemised,
                remainder: row.remainder.unwrap_or(Decimal::ZERO),
            }
        })
        .collect()
}

/// The area table's content (inside its `<details>`): a published total links the page
/// that prints it.
pub fn area_table(data: &Dataset, view: &View, lang: Lang) -> Markup {
    let l = labels(lang);
    let rows: Vec<TableRow> = view
        .by_area
        .iter()
        .map(|row| TableRow {
            header: area_row_label(data, row, lang),
            pages: area_pages(data, view, row),
            cells: vec![
                (or_dash(row.total, lang), true),
                (table_number(row.itemised, lang), true),
                (or_dash(row.remainder, lang), true),
                (
                    row.itemised_like_for_like
                        .as_ref()
                        .map_or_else(|| "—".to_string(), |s| like_for_like_short(s, lang)),
                    false,
                ),
            ],
        })
        .collect();
    data_table(&DataTable {
        data,
        lang,
        id: Id::AreaTable,
        caption: l.area_table_caption,
        summary: l.show_table,
        columns: &[
            l.col_area.to_string(),
            with_unit(l.total, lang),
            with_unit(l.itemised, lang),
            with_unit(l.not_itemised, lang),
            l.col_itemised_like_for_like.to_string(),
        ],
        rows: &rows,
    })
}

/// The ministry chart's bars: each ministry's itemised programs (a bar selects the
/// ministry id, and is pressed while it is among the `chosen` ones), then what the published
/// total holds beyond them, not selectable.
pub fn ministry_bars(data: &Dataset, view: &View, chosen: &[String], lang: Lang) -> Vec<BarRow> {
    let l = labels(lang);
    let mut rows: Vec<BarRow> = view
        .by_ministry
        .iter()
        .map(|row| {
            let ministry = &data.ministries[row.ministry_idx];
            // Like for like where there is a comparison, so a ministry that listed new
            // programs does not read as growth of the same spending.
            let change_text = row.like_for_like.as_ref().map_or_else(
                || change_short(&row.change, lang),
                |split| like_for_like_short(split, lang),
            );
            BarRow {
                action: Some(Action::ChooseMinistry(ministry.id.clone())),
                pressed: chosen.contains(&ministry.id),
                label: ministry.name.get(lang).to_string(),
                value_text: oku(row.itemised, lang),
                detail_text: format!("{} · {change_text}", n_programs(row.n_programs, lang)),
                itemised: row.itemised,
                remainder: Decimal::ZERO,
            }
        })
        .collect();
    if let Some(rest) = view.not_itemised {
        rows.push(BarRow {
            action: None,
            pressed: false,
            label: l.not_itemised_by_ministry.to_string(),
            value_text: oku(rest, lang),
            detail_text: String::new(),
            itemised: Decimal::ZERO,
            remainder: rest,
        });
    }
    rows
}

/// The ministry table's content (inside its `<details>`).
pub fn ministry_table(data: &Dataset, view: &View, lang: Lang) -> Markup {
    let l = labels(lang);
    let dash = || "—".to_string();
    let mut rows: Vec<TableRow> = view
        .by_ministry
        .iter()
        .map(|row| {
            let split = row.like_for_like.as_ref();
            TableRow {
                header: data.ministries[row.ministry_idx].name.get(lang).to_string(),
                // The source publishes no ministry totals: these are sums of programs.
                pages: Vec::new(),
                cells: vec![
                    // Bare numbers, units in the headers: a copied table pastes as numbers.
                    (table_number(row.itemised, lang), true),
                    (row.n_programs.to_string(), true),
                    (change_short(&row.change, lang), false),
                    (
                        split.map_or_else(dash, |s| like_for_like_change(s, lang)),
                        true,
                    ),
                    (
                        split.map_or_else(dash, |s| {
                            programs_and_amount(s.n_new, s.new_amount, lang)
                        }),
                        true,
                    ),
                    (
                        split.map_or_else(dash, |s| {
                            programs_and_amount(s.n_dropped, s.dropped_amount, lang)
                        }),
                        true,
                    ),
                ],
            }
        })
        .collect();
    if let Some(rest) = view.not_itemised {
        let mut cells = vec![(table_number(rest, lang), true)];
        cells.resize(6, (String::new(), false));
        rows.push(TableRow {
            header: l.not_itemised_by_ministry.to_string(),
            cells,
            pages: Vec::new(),
        });
    }
    data_table(&DataTable {
        data,
        lang,
        id: Id::MinistryTable,
        caption: l.ministry_table_caption,
        summary: l.show_table,
        columns: &[
            l.col_ministry.to_string(),
            with_unit(l.itemised, lang),
            l.programs_count.to_string(),
            l.col_change_raw.to_string(),
            l.col_change_like_for_like.to_string(),
            l.col_new_programs.to_string(),
            l.col_dropped_programs.to_string(),
        ],
        rows: &rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::query::ViewState;
    use crate::budget::Explorer;

    fn default_view() -> (Explorer, View) {
        let explorer =
            Explorer::new(crate::dataset::latest_edition().expect("the embedded edition loads"));
        let data = &explorer.data;
        let view = explorer.view(&ViewState::default_for(data).filter(data));
        (explorer, view)
    }

    #[test]
    fn bars_are_buttons_keyed_by_what_they_select_with_svg_geometry() {
        let (explorer, view) = default_view();
        let bars = ministry_bars(&explorer.data, &view, &[], Lang::Ja);
        let html = bar_chart(&bars).into_string();
        assert_eq!(html.matches("<li class=\"bar-row\">").count(), bars.len());
        assert!(html.contains("data-action=\"choose-ministry\" data-value=\"mod\""));
        // The largest bar spans the whole chart; geometry is SVG attributes, never `style`.
        assert!(html.contains("width=\"10000\""));
        assert!(!html.contains("style="));
        // What no ministry holds is drawn, but is not a button.
        let statics = bars.iter().filter(|b| b.action.is_none()).count();
        assert_eq!(html.matches("class=\"bar-static\"").count(), statics);
        assert_eq!(
            html.matches("class=\"bar-button\"").count(),
            bars.len() - statics
        );
    }

    #[test]
    fn the_tables_carry_the_published_figures_with_number_cells_marked() {
        let (explorer, view) = default_view();
        let areas = area_table(&explorer.data, &view, Lang::Ja).into_string();
        assert!(areas.starts_with("<summary>"));
        assert!(areas.contains("<table id=\"area-table\"><caption id=\"area-table-caption\">"));
        assert!(areas.contains("aria-labelledby=\"area-table-caption\""));
        let ministries = ministry_table(&explorer.data, &view, Lang::En).into_string();
        assert_eq!(
            ministries.matches("<tr>").count(),
            1 + view.by_ministry.len() + usize::from(view.not_itemised.is_some())
        );
        assert!(ministries.contains("<td class=\"num\">"));
        assert!(ministries.contains("(¥ billion)"));
    }
}
