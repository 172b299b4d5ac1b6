//! The program table's caption, header and one page of rows, as HTML.

use crate::budget::export::plain_amount;
use crate::budget::format::{signed_percent, signed_table_number, table_number};
use crate::budget::query::{encode, query_string, Param, ViewState};
use crate::budget::sort::{Sort, SortKey};
use crate::budget::view::{Change, ProgramRow};
use crate::budget::{Dataset, Lang};
use crate::html::{Html, Markup};
use crate::markup::names::{Action, Id};
use crate::markup::search_hits::{marked_name, match_quote};
use crate::text::{change_short, labels, with_unit};

/// Rows drawn at once. A large edition (the 10,000-program benchmark) would otherwise draw
/// thousands of rows on every filter change; the FY2024 edition's 31 fit on one page, and
/// then no page controls are shown.
pub const PAGE_SIZE: usize = 100;

/// The links that open each program's detail from one view: the query is written once and
/// only the program id changes per row (writing the whole query per row cost a
/// `to_query` for each of up to [`PAGE_SIZE`] rows on every redraw).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgramHrefs {
    /// The query up to and including `program=`.
    before: String,
    /// The query after the program id.
    after: String,
}

impl ProgramHrefs {
    /// The links from `state` (its own `program` is replaced).
    pub fn new(state: &ViewState, data: &Dataset) -> Self {
        let mut pairs = state.query_pairs(data);
        pairs.retain(|(param, _)| *param != Param::Program);
        // The parameters the contract writes before `program`, and those after it.
        let at = pairs
            .iter()
            .position(|(param, _)| *param > Param::Program)
            .unwrap_or(pairs.len());
        let mut before = query_string(&pairs[..at]);
        before.push(if before.is_empty() { '?' } else { '&' });
        before.push_str(Param::Program.as_str());
        before.push('=');
        let mut after = String::new();
        for (param, value) in &pairs[at..] {
            after.push('&');
            after.push_str(param.as_str());
            after.push('=');
            after.push_str(&encode(value));
        }
        ProgramHrefs { before, after }
    }

    /// The link that opens `program_id`, equal to the state's `to_query` with it chosen.
    pub fn href(&self, program_id: &str) -> String {
        let mut href = String::with_capacity(self.before.len() + self.after.len() + 16);
        href.push_str(&self.before);
        href.push_str(&encode(program_id));
        href.push_str(&self.after);
        href
    }
}

/// A column's header; money columns name their unit, so their cells hold bare numbers.
fn column_label(key: SortKey, lang: Lang) -> String {
    let l = labels(lang);
    match key {
        SortKey::Name => l.col_name.to_string(),
        SortKey::Ministry => l.col_ministry.to_string(),
        SortKey::Area => l.col_area.to_string(),
        SortKey::Amount => with_unit(l.col_amount, lang),
        SortKey::Change => with_unit(l.col_change, lang),
    }
}

/// What one program table shows.
pub struct ProgramTable<'a> {
    /// The edition.
    pub data: &'a Dataset,
    /// Every matching program, in the chosen order.
    pub rows: &'a [ProgramRow],
    /// The chosen order.
    pub sort: Sort,
    /// The page shown, from 0.
    pub page: usize,
    /// The language.
    pub lang: Lang,
    /// The rows' links.
    pub hrefs: &'a ProgramHrefs,
    /// The search's folded terms (`budget::search::search_terms`); empty without a search.
    pub terms: &'a [String],
}

/// The table's content: caption, a header of sort buttons, and the page's rows.
///
/// Each sort button's state is its `aria-sort` (which also draws the arrow, CSS `::after`,
/// so a copied header holds no glyphs); its action names the column for the click handler
/// and for putting the focus back after a redraw. A program link keeps a real `href`, and
/// its action names its program.
pub fn program_table(table: &ProgramTable) -> Markup {
    let lang = table.lang;
    let l = labels(lang);
    let mut html = Html::default();
    html.element(
        "caption",
        &[("id", Id::ProgramTableCaption.as_str())],
        l.program_table_caption,
    );
    html.open("thead", &[]).open("tr", &[("role", "row")]);
    for &key in SortKey::ALL {
        let sorted = match (table.sort.key == key, table.sort.descending) {
            (false, _) => "none",
            (true, true) => "descending",
            (true, false) => "ascending",
        };
        let numeric = matches!(key, SortKey::Amount | SortKey::Change);
        let mut th = vec![
            ("scope", "col"),
            ("role", "columnheader"),
            ("aria-sort", sorted),
        ];
        if numeric {
            th.push(("class", "num"));
        }
        let id = format!("sort-{}", key.as_str());
        html.open("th", &th)
            .element(
                "button",
                &Action::SortBy(key).attributes().with(&[
                    ("type", "button"),
                    ("class", "sort-button"),
                    ("data-sort", sorted),
                    ("id", &id),
                ]),
                &column_label(key, lang),
            )
            .close("th");
    }
    html.close("tr").close("thead").open("tbody", &[]);
    if table.rows.is_empty() {
        html.open("tr", &[("role", "row")])
            .element(
                "td",
                &[("colspan", "5"), ("class", "empty"), ("role", "cell")],
                l.no_programs,
            )
            .close("tr");
    }
    let start = (table.page * PAGE_SIZE).min(table.rows.len());
    let end = (start + PAGE_SIZE).min(table.rows.len());
    for row in &table.rows[start..end] {
        program_row(&mut html, table, row);
    }
    html.close("tbody");
    html.finish()
}

/// One program: its linked name, ministry, area number, amount and change.
fn program_row(html: &mut Html, table: &ProgramTable, row: &ProgramRow) {
    let (data, lang) = (table.data, table.lang);
    let program = &data.programs[row.program_idx];
    let area = &data.areas[program.area_idx];
    let cell = [("role", "cell")];
    html.open("tr", &[("role", "row")])
        .open(
            "th",
            &[
                ("scope", "row"),
                ("role", "rowheader"),
                ("class", "name-cell"),
            ],
        )
        .open(
            "a",
            &Action::OpenProgram(program.id.clone()).attributes().with(&[
                ("href", &table.hrefs.href(&program.id)),
                ("class", "program-link"),
            ]),
        );
    // With a search, where it matched: the terms marked in the name, and a quote of the
    // text holding a term the name lacks.
    marked_name(html, program, table.terms, lang);
    html.close("a");
    match_quote(html, program, table.terms, lang);
    html.close("th")
        .element(
            "td",
            &[("class", "ministry-cell"), cell[0]],
            data.ministries[program.ministry_idx].name.get(lang),
        )
        // The number only, so the table fits a phone; the name is read out and stands
        // beside the number in the filters and the area chart.
        .open("td", &[("class", "area-cell"), cell[0]])
        .text(&format!("({})", area.number))
        .element(
            "span",
            &[("class", "visually-hidden")],
            &format!(" {}", area.name.get(lang)),
        )
        .close("td")
        .open("td", &[("class", "num amount-cell"), cell[0]])
        .element(
            "data",
            &[("value", &plain_amount(row.amount, lang))],
            &table_number(row.amount, lang),
        )
        .close("td")
        .open("td", &[("class", "num change-cell"), cell[0]]);
    change_cell(html, &row.change, lang);
    html.close("td").close("tr");
}

/// A change cell: the amount as a number a spreadsheet reads (`<data>` holds it exactly),
/// the percentage beside it left out of copies; words where there is no change to show.
fn change_cell(html: &mut Html, change: &Change, lang: Lang) {
    match change {
        Change::Delta {
            amount, percent, ..
        } => {
            // Brackets as the page's sentences have them: full-width in Japanese.
            let percent = percent.map_or_else(String::new, |p| match lang {
                Lang::Ja => format!("（{}）", signed_percent(p)),
                Lang::En => format!(" ({})", signed_percent(p)),
            });
            html.element(
                "data",
                &[("value", &plain_amount(*amount, lang))],
                &signed_table_number(*amount, lang),
            )
            .element("span", &[("class", "copy-skip")], &percent);
        }
        other => {
            html.text(&change_short(other, lang));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::query::ViewState;
    use crate::budget::{Explorer, Lang};

    fn explorer() -> Explorer {
        Explorer::new(crate::dataset::latest_edition().expect("the embedded edition loads"))
    }

    #[test]
    fn each_program_link_equals_the_query_of_the_state_with_it_chosen() {
        let explorer = explorer();
        let data = &explorer.data;
        let queries = [
            "",
            "ministry=mod,mic&q=R%26D%20program%3D&lang=en&sort=-amount",
            "program=mod-rmf&embed=1&controls=1&order=source",
            "q=PROGRAMIDMARK&area=1,3",
        ];
        for query in queries {
            let (state, _) = ViewState::parse(query, data);
            let hrefs = ProgramHrefs::new(&state, data);
            for program in &data.programs {
                let mut chosen = state.clone();
                chosen.program = Some(program.id.clone());
                assert_eq!(hrefs.href(&program.id), chosen.to_query(data), "{query}");
            }
        }
    }

    #[test]
    fn the_default_table_has_every_program_its_figures_and_escaped_names() {
        let explorer = explorer();
        let data = &explorer.data;
        let state = ViewState::default_for(data);
        let view = explorer.view(&state.filter(data));
        let hrefs = ProgramHrefs::new(&state, data);
        let html = program_table(&ProgramTable {
            data,
            rows: &view.programs,
            sort: state.sort,
            page: 0,
            lang: Lang::Ja,
            hrefs: &hrefs,
            terms: &[],
        })
        .into_string();
        assert_eq!(
            html.matches("<tr role=\"row\">").count(),
            31,
            "header and 30 rows"
        );
        assert!(html.contains("<caption id=\"program-table-caption\">"));
        assert!(html.contains("id=\"sort-amount\""));
        assert!(html.contains("金額（億円）"));
        for row in &view.programs {
            let program = &data.programs[row.program_idx];
            let name = program.name.get(Lang::Ja).replace('&', "&amp;");
            assert!(html.contains(&format!(">{name}</a>")), "{name}");
            assert!(html.contains(&format!("href=\"?program={}\"", encode(&program.id))));
        }
    }

    #[test]
    fn an_empty_list_says_so_and_a_page_past_the_end_draws_no_rows() {
        let explorer = explorer();
        let data = &explorer.data;
        let state = ViewState::default_for(data);
        let hrefs = ProgramHrefs::new(&state, data);
        let html = program_table(&ProgramTable {
            data,
            rows: &[],
            sort: state.sort,
            page: 3,
            lang: Lang::En,
            hrefs: &hrefs,
            terms: &[],
        })
        .into_string();
        assert!(html.contains("class=\"empty\""));
        assert_eq!(html.matches("program-link").count(), 0);
    }
}
