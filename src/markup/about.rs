//! About the data, as HTML: source, computation, gaps, licence, downloads and glossary.

use crate::budget::export::source_line;
use crate::budget::{Dataset, Lang};
use crate::html::{Html, Markup};
use crate::markup::frame::statement_href;
use crate::markup::lang_runs::text_in;
use crate::markup::names::Id;
use crate::text::{labels, takeaway_labels, term, Term};

/// The content of the About section (`<section id="about">`): where the figures come
/// from, how each is computed, what the source leaves out, and every glossary word.
pub fn about(data: &Dataset, lang: Lang) -> Markup {
    let l = labels(lang);
    let t = takeaway_labels(lang);
    let edition = &data.edition;
    let population = &data.population;
    let explanation: &[&str] = match lang {
        Lang::Ja => &[
            "総額は資料が公表した総額です。分野で絞り込むと、公表された分野別総額の合計になります。(5)推進体制と(6)その他は個別の総額が公表されていないため、総額から(1)〜(4)の総額を差し引いた額を両者の合計として示します。",
            "府省庁や検索語で絞り込んだときの金額は、資料に掲載された個別施策の合計です。府省庁別の総額を示す図は抽出できなかったため、府省庁の予算全体ではありません。",
            "各分野の総額には個別施策として掲載されていない施策も含まれます（注2）。その差額を「個別施策として記載のない額」として常に表示し、推計で埋めることはしません。",
            "前年度比は、前年度の同じ種類の予算（当初なら当初）と比べます。比較できる予算がない場合や、前年度に記載のない施策は「比較なし」とし、ゼロとは扱いません。",
            "府省庁や検索語の合計の前年度比は、両年度に記載のある施策どうしで比べた増減を先に示し、片方の年度にしか記載のない施策の額と件数を分けて示します。個別施策として記載される施策は年度ごとに異なるため、合計の差だけでは同じ施策の増減と読み違えるおそれがあるためです（合計の差は府省庁別の表にあります）。15か月予算は前年度の補正予算と今年度の当初予算を合わせた見方で、ほかの合計には足しません。",
            "金額はすべて10進数で正確に計算し、表示のときだけ0.1億円単位に四捨五入します。",
            "ページ番号は、PDFから抽出した文章の並びから数えたものです（1〜2ページが総括表、5ページ以降が各施策）。",
        ],
        Lang::En => &[
            "The total is the source's published grand total. Filtering by area gives the sum of the published area totals. Areas (5) and (6) have no published totals of their own, so what they hold together is shown as the grand total less the totals of areas (1) to (4).",
            "Filtered by ministry or by search text, the amount is the sum of the programs the source itemises. The source's per-ministry chart could not be extracted, so this is not a ministry's whole budget.",
            "Each area's total includes programs the source does not list (note 2). That difference is always shown as \"not itemised in the source\" and never filled with estimates.",
            "Changes compare with the previous year's budget of the same kind (initial with initial). Where there is nothing to compare with, or a program had no amount the year before, the page says so instead of showing zero.",
            "For a ministry or a search, the change from the previous year first compares the programs listed in both years, and gives the amount and number of programs listed in only one of the years separately: the source itemises different programs each year, so the difference of the sums alone would read as growth of the same spending (it stays in the ministry table). The 15-month budget is the previous year's supplementary budget and this year's initial budget together; it is never added to any other total.",
            "All amounts are computed exactly in decimal and shown rounded: in Japanese to 0.1億円, in English to ¥0.01 billion (the same step).",
            "Page numbers count the slides of the source PDF in the order of its extracted text (pages 1-2 are the summary table, program pages start at 5).",
        ],
    };
    let population_text = match lang {
        Lang::Ja => format!(
            "1人あたりの額は、{}による人口（{}時点）で割って求めています。",
            population.source.get(lang),
            population.as_of
        ),
        Lang::En => format!(
            "Per-resident amounts divide by the population from the {} (as of {}).",
            population.source.get(lang),
            population.as_of
        ),
    };
    let mut html = Html::default();
    html.element("h2", &[("id", Id::AboutHeading.as_str())], l.about_heading)
        .element("p", &[], edition.publisher.get(lang))
        .open("ul", &[]);
    for text in explanation {
        html.open("li", &[]);
        text_in(&mut html, text, lang);
        html.close("li");
    }
    html.close("ul")
        .element("p", &[], &population_text)
        .element("h3", &[], l.rounding_note_heading)
        .open("ul", &[]);
    for note in &edition.source_notes {
        html.open("li", &[]);
        text_in(&mut html, note.get(lang), lang);
        html.close("li");
    }
    html.close("ul")
        .element("p", &[("class", "licence")], edition.licence.get(lang))
        .element("h3", &[], t.about_source)
        .open("p", &[])
        .element(
            "a",
            &[
                ("href", &edition.citation.url),
                ("id", Id::AboutSourceLink.as_str()),
                ("rel", "noopener"),
            ],
            &source_line(data, lang),
        )
        .close("p")
        .element("h3", &[], t.about_downloads_heading)
        // Relative links: dist/ works at any path (Trunk.toml's export-data hook writes them).
        .open("ul", &[("class", "downloads")])
        .open("li", &[])
        .element(
            "a",
            &[
                ("href", &format!("data/{}.csv", edition.id)),
                ("id", Id::DatasetCsv.as_str()),
                ("download", ""),
            ],
            t.about_dataset_csv,
        )
        .close("li")
        .open("li", &[])
        .element(
            "a",
            &[
                ("href", &format!("data/{}.json", edition.id)),
                ("id", Id::DatasetJson.as_str()),
                ("download", ""),
            ],
            t.about_dataset_json,
        )
        .close("li")
        .close("ul")
        .element("h3", &[], t.accessibility)
        .open("p", &[])
        .element(
            "a",
            &[
                ("href", statement_href(lang)),
                ("id", Id::AboutAccessibility.as_str()),
            ],
            t.accessibility_about,
        )
        .close("p");
    glossary(&mut html, lang);
    html.finish()
}

/// Every glossary word with its definition, as a definition list.
fn glossary(html: &mut Html, lang: Lang) {
    html.element(
        "h3",
        &[("id", Id::GlossaryHeading.as_str())],
        takeaway_labels(lang).glossary_heading,
    )
    .open(
        "dl",
        &[
            ("class", "glossary"),
            ("id", Id::Glossary.as_str()),
            ("aria-labelledby", Id::GlossaryHeading.as_str()),
        ],
    );
    for &t in Term::ALL {
        let (word, definition) = term(t, lang);
        html.open("dt", &[("id", &format!("term-{}", t.as_str()))])
            .open("dfn", &[]);
        // An English term quotes the source's Japanese word.
        text_in(html, word, lang);
        html.close("dfn").close("dt").open("dd", &[]);
        text_in(html, definition, lang);
        html.close("dd");
    }
    html.close("dl");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_names_the_source_the_downloads_and_every_glossary_word_in_both_languages() {
        let data = crate::dataset::latest_edition().expect("the embedded edition loads");
        for lang in [Lang::Ja, Lang::En] {
            let html = about(&data, lang).into_string();
            assert!(html.starts_with("<h2 id=\"about-heading\">"));
            assert!(html.contains(&format!("href=\"data/{}.csv\"", data.edition.id)));
            assert!(html.contains("id=\"about-source-link\""));
            for &t in Term::ALL {
                assert!(html.contains(&format!("<dt id=\"term-{}\"><dfn>", t.as_str())));
            }
        }
        assert!(about(&data, Lang::Ja)
            .as_str()
            .contains("1人あたりの額は、"));
        assert!(about(&data, Lang::En)
            .as_str()
            .contains("Per-resident amounts divide by"));
    }
}
