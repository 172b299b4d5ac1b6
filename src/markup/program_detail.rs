//! The detail of one program, as HTML: what it does, its figures and the page each comes
//! from.

use crate::budget::format::{million_yen, oku};
use crate::budget::{Dataset, Lang, SourceRef, Text};
use crate::html::{Html, Markup};
use crate::markup::names::{Action, Id};
use crate::markup::term_help::term_help;
use crate::text::{area_label, labels, takeaway_labels, Term};

/// The id of the detail's one help bubble (each row of help buttons names its own).
pub const DETAIL_TERM_HELP_ID: &str = "term-help-absent-detail";

fn page_ref(source: &SourceRef, lang: Lang) -> String {
    format!("{} {}", labels(lang).page, source.page)
}

fn optional_fact(html: &mut Html, label: &str, value: &Option<Text>, lang: Lang) {
    if let Some(value) = value {
        html.open("div", &[("class", "fact")])
            .element("dt", &[], label)
            .element("dd", &[], value.get(lang))
            .close("div");
    }
}

/// The content of the detail section of program `program_idx`; `close_href` is the view
/// without it (a real link; the app's click handler stays on the page).
pub fn program_detail(data: &Dataset, program_idx: usize, close_href: &str, lang: Lang) -> Markup {
    let l = labels(lang);
    let p = &data.programs[program_idx];
    let mut html = Html::default();
    let meta = format!(
        "{} · {}{}",
        data.ministries[p.ministry_idx].name.get(lang),
        area_label(data, &[p.area_idx], lang),
        p.detail_page
            .map(|page| format!(" · {} {} {page}", l.detail_page, l.page))
            .unwrap_or_default()
    );
    html.open("div", &[("class", "detail-head")])
        .element(
            "h2",
            &[("id", Id::ProgramDetailTitle.as_str())],
            p.name.get(lang),
        )
        .element(
            "a",
            &Action::CloseDetail.attributes().with(&[
                ("class", "close-detail"),
                ("id", Id::CloseDetail.as_str()),
                ("href", close_href),
            ]),
            l.detail_close,
        )
        .close("div")
        .element("p", &[("class", "detail-meta")], &meta)
        .open(
            "table",
            &[
                ("class", "detail-table"),
                ("id", Id::DetailAmounts.as_str()),
            ],
        )
        .element("caption", &[], l.detail_amounts)
        .column_heads(&[l.detail_round, l.col_amount, l.detail_source])
        .open("tbody", &[]);
    for (round, amount) in data.rounds.iter().zip(&p.amounts) {
        html.open("tr", &[])
            .element("th", &[("scope", "row")], round.name.get(lang))
            .element(
                "td",
                &[("class", "num")],
                &amount.map_or_else(|| l.absent.to_string(), |a| oku(a, lang)),
            )
            .element("td", &[], &page_ref(&p.amounts_source, lang))
            .close("tr");
    }
    html.close("tbody")
        .close("table")
        .open("p", &[("class", "term-help-row")]);
    term_help(&mut html, Term::Absent, DETAIL_TERM_HELP_ID, lang);
    html.close("p")
        .open("p", &[("class", "source-link")])
        .element(
            "a",
            &[
                ("href", &data.edition.citation.url),
                ("id", Id::DetailSourceLink.as_str()),
                ("rel", "noopener"),
            ],
            takeaway_labels(lang).source_link,
        );
    if let Some(page) = p.detail_page {
        html.text(&format!(" · {} {page}", l.page));
    }
    html.close("p")
        .element("h3", &[], l.detail_description)
        .element("p", &[("class", "description")], p.description.get(lang))
        .open("dl", &[("class", "facts detail-facts")]);
    optional_fact(&mut html, l.detail_executing_body, &p.executing_body, lang);
    optional_fact(&mut html, l.detail_scheme, &p.scheme, lang);
    optional_fact(&mut html, l.detail_plan_years, &p.plan_years, lang);
    optional_fact(&mut html, l.detail_outcome, &p.outcome, lang);
    html.close("dl");
    if !p.sub_items.is_empty() {
        html.open("table", &[("class", "detail-table")])
            .element("caption", &[], l.detail_sub_items)
            .column_heads(&[l.detail_item, l.detail_round, l.col_amount, l.detail_source])
            .open("tbody", &[]);
        for item in &p.sub_items {
            for (round, amount) in data.rounds.iter().zip(&item.amounts) {
                if let Some(a) = amount {
                    html.open("tr", &[])
                        .element("th", &[("scope", "row")], item.name.get(lang))
                        .element("td", &[], round.name.get(lang))
                        .element("td", &[("class", "num")], &oku(a.amount, lang))
                        .element("td", &[], &page_ref(&a.source, lang))
                        .close("tr");
                }
            }
        }
        html.close("tbody").close("table");
    }
    if !p.precise.is_empty() {
        html.element("h3", &[], l.detail_precise)
            .open("ul", &[("class", "detail-list")]);
        for f in &p.precise {
            html.element(
                "li",
                &[],
                &format!(
                    "{}: {} ({})",
                    f.label.get(lang),
                    million_yen(f.million_yen, lang),
                    page_ref(&f.source, lang)
                ),
            );
        }
        html.close("ul");
    }
    if !p.notes.is_empty() {
        html.element("h3", &[], l.detail_notes)
            .open("ul", &[("class", "detail-list")]);
        for n in &p.notes {
            html.element(
                "li",
                &[],
                &format!("{} ({})", n.text.get(lang), page_ref(&n.source, lang)),
            );
        }
        html.close("ul");
    }
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_detail_has_its_figures_sources_help_and_a_real_close_link() {
        let data = crate::dataset::latest_edition().expect("the embedded edition loads");
        let idx = data.program_idx("mod-rmf").expect("the RMF program");
        let html = program_detail(&data, idx, "?ministry=mod", Lang::Ja).into_string();
        assert!(html.contains("<h2 id=\"program-detail-title\">リスク管理枠組み（RMF）の導入</h2>"));
        assert!(html.contains("href=\"?ministry=mod\""));
        assert!(html.contains("id=\"detail-source-link\""));
        assert!(html.contains(&format!("aria-controls=\"{DETAIL_TERM_HELP_ID}\"")));
        assert!(html.contains(&format!(
            "<span id=\"{DETAIL_TERM_HELP_ID}\" role=\"status\" class=\"term-help-bubble\"></span>"
        )));
        let p = &data.programs[idx];
        assert_eq!(
            html.matches("<tr>").count(),
            1 + p.amounts.len()
                + usize::from(!p.sub_items.is_empty())
                + p.sub_items
                    .iter()
                    .map(|s| s.amounts.iter().flatten().count())
                    .sum::<usize>()
        );
    }
}
