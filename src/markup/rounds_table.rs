//! The rounds table's caption, header and rows, as HTML.

use crate::budget::format::table_number;
use crate::budget::pages::{area_total_pages, total_pages};
use crate::budget::view::{RoundsRowKind, RoundsTable, TotalBasis};
use crate::budget::{Dataset, Lang};
use crate::html::{Html, Markup};
use crate::markup::names::Id;
use crate::markup::page_ref::page_ref;
use crate::text::{labels, rounds_row, with_unit};

/// The table's content: one column per budget round of the edition, the rounds the view
/// adds up (`shown`) marked; bare numbers in the cells, the unit in the headers, so a
/// copied table pastes as numbers. A published total links the page of the source that
/// prints it; `area_idxs` are the areas the view is filtered by (empty: all).
pub fn rounds_table(
    data: &Dataset,
    table: &RoundsTable,
    shown: &[usize],
    area_idxs: &[usize],
    lang: Lang,
) -> Markup {
    let l = labels(lang);
    let current = |r: usize| shown.contains(&r);
    let mut html = Html::default();
    html.element(
        "caption",
        &[("id", Id::RoundsTableCaption.as_str())],
        l.rounds_caption,
    )
    .open("thead", &[])
    .open("tr", &[("role", "row")])
    .element(
        "th",
        &[("scope", "col"), ("role", "columnheader")],
        l.detail_item,
    );
    for &r in &table.round_idxs {
        let class = if current(r) {
            "num current-round"
        } else {
            "num"
        };
        html.open(
            "th",
            &[("scope", "col"), ("role", "columnheader"), ("class", class)],
        )
        .text(&with_unit(data.rounds[r].name.get(lang), lang));
        if current(r) {
            html.element("span", &[("class", "current-marker")], l.rounds_current);
        }
        html.close("th");
    }
    html.close("tr").close("thead").open("tbody", &[]);
    // Under a total of itemised programs no row is a published figure.
    let published = !matches!(
        table.rows.first().map(|row| &row.kind),
        Some(RoundsRowKind::Total(TotalBasis::ItemisedSum))
    );
    for row in &table.rows {
        html.open("tr", &[("role", "row")]).element(
            "th",
            &[("scope", "row"), ("role", "rowheader")],
            &rounds_row(data, &row.kind, lang),
        );
        for (amount, &r) in row.amounts.iter().zip(&table.round_idxs) {
            let class = if current(r) {
                "num current-round"
            } else {
                "num"
            };
            let text = amount.map_or_else(|| "—".to_string(), |a| table_number(a, lang));
            html.open("td", &[("role", "cell"), ("class", class)])
                .text(&text);
            let pages = match &row.kind {
                _ if amount.is_none() || !published => Vec::new(),
                RoundsRowKind::Total(basis) => total_pages(data, *basis, area_idxs, &[r]),
                RoundsRowKind::Area { area_idxs, derived } => {
                    area_total_pages(data, area_idxs, &[r], *derived)
                }
                RoundsRowKind::Itemised | RoundsRowKind::NotItemised => Vec::new(),
            };
            page_ref(&mut html, data, &pages, lang);
            html.close("td");
        }
        html.close("tr");
    }
    html.close("tbody");
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::query::ViewState;
    use crate::budget::Explorer;

    #[test]
    fn the_default_rounds_table_marks_the_round_shown_and_has_the_published_total() {
        let explorer =
            Explorer::new(crate::dataset::latest_edition().expect("the embedded edition loads"));
        let data = &explorer.data;
        let filter = ViewState::default_for(data).filter(data);
        let view = explorer.view(&filter);
        let table = explorer.rounds_table(&filter);
        let html = rounds_table(data, &table, &view.round_idxs, &[], Lang::Ja).into_string();
        assert_eq!(
            html.matches("class=\"num current-round\"").count(),
            view.round_idxs.len() * (1 + table.rows.len())
        );
        assert_eq!(
            html.matches("<span class=\"current-marker\">").count(),
            view.round_idxs.len()
        );
        // The FY2024 initial total as NISC published it, with the page that prints it.
        assert!(html.contains(&format!(
            ">2,126.2<a class=\"page-ref copy-skip\" href=\"{}\" rel=\"noopener\">p. 1</a></td>",
            data.edition.citation.url
        )));
    }
}
