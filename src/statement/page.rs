//! The statement as a whole HTML page: no script, styled by the site's stylesheet, every
//! link relative (so it works in any folder the site is copied to), and every run of the
//! other language marked with `lang` (the test names, in English; on the English page, the
//! Japanese words it quotes).

use super::words::{self, words, Words};
use super::{Both, Contact, Criterion, CriterionResult, Outcome, Results};
use crate::budget::Lang;
use crate::html::Html;
use crate::markup::frame::statement_href;
use crate::markup::lang_runs::text_in;
use crate::markup::site_header::other_language;
use crate::text::labels;

/// The statement's own stylesheet, written beside it as [`STYLESHEET_FILE`]: its few rules
/// over the site's, kept out of the explorer's first view.
pub const STYLESHEET: &str = include_str!("statement.css");

/// The file name of [`STYLESHEET`] in the built folder.
pub const STYLESHEET_FILE: &str = "accessibility.css";

/// The site's files the page links, by their (hashed) names in the built folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assets {
    /// The stylesheet, `style-<hash>.css`.
    pub stylesheet: String,
    /// The icon, `favicon-<hash>.svg`, if the build has one.
    pub icon: Option<String>,
}

/// The statement page in `lang`, from the criteria, a run's results and the host's contact.
pub fn page(
    lang: Lang,
    criteria: &[Criterion],
    results: &Results,
    contact: &Contact,
    assets: &Assets,
) -> String {
    let w = words(lang);
    let mut html = Html::default();
    html.doctype()
        .open("html", &[("lang", lang.as_str())])
        .text("\n")
        .open("head", &[])
        .text("\n")
        .open("meta", &[("charset", "utf-8")])
        .text("\n")
        .open(
            "meta",
            &[
                ("name", "viewport"),
                ("content", "width=device-width, initial-scale=1"),
            ],
        )
        .text("\n")
        .element("title", &[], &format!("{} | {}", w.title, w.app_title))
        .text("\n")
        .open(
            "link",
            &[("rel", "stylesheet"), ("href", &assets.stylesheet)],
        )
        .text("\n")
        .open("link", &[("rel", "stylesheet"), ("href", STYLESHEET_FILE)]);
    if let Some(icon) = &assets.icon {
        html.text("\n")
            .open("link", &[("rel", "icon"), ("href", icon)]);
    }
    html.text("\n")
        .close("head")
        .text("\n")
        .open("body", &[])
        .text("\n");
    html.element(
        "a",
        &[("class", "skip-link"), ("href", "#main")],
        w.skip_to_content,
    )
    .text("\n");
    header(&mut html, lang, w);
    html.open("main", &[("id", "main"), ("class", "statement")])
        .text("\n")
        .element("h1", &[], w.title)
        .text("\n");
    paragraph(&mut html, w.intro, lang);
    policy(&mut html, lang, w, results);
    test_results(&mut html, lang, w, criteria, results);
    contact_section(&mut html, lang, w, contact);
    html.close("main").text("\n");
    html.open("footer", &[("class", "site-footer")])
        .open("p", &[])
        .element("a", &[("href", explorer_href(lang))], w.back_to_explorer)
        .close("p")
        .close("footer")
        .text("\n")
        .close("body")
        .text("\n")
        .close("html")
        .text("\n");
    html.finish().into_string()
}

/// The explorer, in `lang`: its folder (`./`, so a copy in any folder links its own).
fn explorer_href(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "./",
        Lang::En => "./?lang=en",
    }
}

/// The site's title (a link to the explorer) and the link to the other language's page.
fn header(html: &mut Html, lang: Lang, w: &Words) {
    let other = other_language(lang);
    html.open("header", &[("class", "site-header")])
        .open("div", &[("class", "site-title")])
        .open("p", &[("class", "site-name")])
        .element("a", &[("href", explorer_href(lang))], w.app_title)
        .close("p")
        .close("div")
        // The explorer's own language switch's words (WCAG 3.2.4), as a link to the page
        // in the other language.
        .element(
            "a",
            &[
                ("class", "lang-toggle"),
                ("href", statement_href(other)),
                ("hreflang", other.as_str()),
                ("lang", other.as_str()),
                ("aria-label", labels(lang).language_switch_label),
            ],
            labels(lang).language_switch,
        )
        .close("header")
        .text("\n");
}

/// The policy: standard, target, 対応度, scope, exceptions, what it does not cover, and
/// the technologies relied upon.
fn policy(html: &mut Html, lang: Lang, w: &Words, results: &Results) {
    section_heading(html, "policy", w.policy_heading);
    paragraph(html, w.policy, lang);
    html.open("dl", &[("class", "statement-facts")]).text("\n");
    fact(html, w.standard_label, w.standard, lang);
    fact(html, w.target_label, w.target, lang);
    let conformance = results.conformance();
    html.element("dt", &[], w.conformance_label).open("dd", &[]);
    html.open("p", &[]);
    text_in(html, words::conformance(conformance, lang), lang);
    html.close("p").open("p", &[("class", "note")]);
    text_in(html, w.conformance_note, lang);
    html.close("p").close("dd").text("\n");
    fact(html, w.scope_label, w.scope, lang);
    fact(html, w.exceptions_label, w.exceptions, lang);
    fact(html, w.out_of_scope_label, w.out_of_scope, lang);
    fact(html, w.technologies_label, w.technologies, lang);
    html.close("dl").text("\n").close("section").text("\n");
}

/// The results: date, build, method, browser and tools, the pages and how they were
/// chosen, the summary and the table of every criterion.
fn test_results(html: &mut Html, lang: Lang, w: &Words, criteria: &[Criterion], results: &Results) {
    section_heading(html, "results", w.results_heading);
    html.open("dl", &[("class", "statement-facts")]).text("\n");
    fact(html, w.tested_on_label, &results.tested_on, lang);
    html.element("dt", &[], w.build_label)
        .open("dd", &[])
        .element("code", &[], &results.commit);
    if results.commit_modified {
        html.text(w.modified);
    }
    html.close("dd").text("\n");
    fact(html, w.method_label, w.method, lang);
    // The tools' names and versions as they report them, in English.
    let t = &results.tools;
    html.element("dt", &[], w.tools_label)
        .open("dd", &[])
        .open("ul", &[("lang", "en")])
        .element("li", &[], &t.chromium)
        .element("li", &[], &format!("axe-core {}", t.axe_core))
        .element("li", &[], &format!("playwright-core {}", t.playwright_core))
        .element("li", &[], &format!("Node.js {}", t.node))
        .close("ul")
        .open("p", &[]);
    text_in(html, w.axe_rules, lang);
    html.close("p").close("dd").text("\n");
    html.element("dt", &[], w.selection_label).open("dd", &[]);
    html.open("p", &[]);
    text_in(html, w.selection, lang);
    html.close("p")
        .element("p", &[], &words::page_count(results.views.len(), lang))
        .close("dd")
        .text("\n");
    html.element("dt", &[], w.pages_label)
        .open("dd", &[])
        .open("ul", &[("class", "tested-pages")]);
    for view in &results.views {
        let href = if view.address.is_empty() {
            "./".to_string()
        } else if view.address.starts_with('?') {
            format!("./{}", view.address)
        } else {
            view.address.clone()
        };
        let shown = if view.address.is_empty() {
            "./"
        } else {
            &view.address
        };
        html.open("li", &[])
            .open("a", &[("href", &href)])
            .element("code", &[], shown)
            .close("a")
            .text(" ");
        if view.no_script {
            html.text(w.no_script);
        }
        html.text(in_lang(&view.why, lang)).close("li");
    }
    html.close("ul").close("dd").text("\n");
    let counts = [
        Outcome::Pass,
        Outcome::NotApplicable,
        Outcome::Fail,
        Outcome::Untested,
    ]
    .map(|o| (o, results.count(o)));
    fact(
        html,
        w.summary_label,
        &words::summary(counts, criteria.len(), lang),
        lang,
    );
    html.close("dl").text("\n");
    criteria_table(html, lang, w, criteria, &results.criteria);
    html.open("p", &[("class", "note")]);
    text_in(html, w.source_note, lang);
    html.close("p").text("\n").close("section").text("\n");
}

/// Every criterion with whether it applies, its result and how it was checked. The table
/// scrolls inside its own region on a narrow screen (as the app's data tables do).
fn criteria_table(
    html: &mut Html,
    lang: Lang,
    w: &Words,
    criteria: &[Criterion],
    rows: &[CriterionResult],
) {
    html.open(
        "div",
        &[
            ("class", "table-scroll"),
            ("tabindex", "0"),
            ("role", "region"),
            ("aria-labelledby", "criteria-caption"),
        ],
    )
    .open("table", &[("id", "criteria"), ("class", "criteria-table")])
    .element("caption", &[("id", "criteria-caption")], w.table_caption)
    .column_heads(&[
        w.col_criterion,
        w.col_level,
        w.col_applies,
        w.col_result,
        w.col_method,
    ])
    .open("tbody", &[])
    .text("\n");
    for (criterion, row) in criteria.iter().zip(rows) {
        let name = match lang {
            Lang::Ja => &criterion.ja,
            Lang::En => &criterion.en,
        };
        let applies = if row.result == Outcome::NotApplicable {
            w.applies_no
        } else {
            w.applies_yes
        };
        html.open("tr", &[("id", &format!("sc-{}", criterion.id))])
            .open("th", &[("scope", "row")])
            .text(&criterion.id)
            .text(" ");
        text_in(html, name, lang);
        html.close("th")
            .element(
                "td",
                &[],
                &words::level(&criterion.level, &criterion.wcag, lang),
            )
            .element("td", &[], applies)
            .element(
                "td",
                &[("class", result_class(row.result))],
                words::outcome(row.result, lang),
            )
            .open("td", &[]);
        method(html, lang, w, row);
        html.close("td").close("tr").text("\n");
    }
    html.close("tbody").close("table").close("div").text("\n");
}

/// The class of a result cell, so a failure stands out by more than its words.
fn result_class(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Pass => "result-pass",
        Outcome::Fail => "result-fail",
        Outcome::NotApplicable => "result-na",
        Outcome::Untested => "result-untested",
    }
}

/// How a criterion was checked: the automated tests by name (in English, as the code names
/// them), and the check by hand with who did it and when.
fn method(html: &mut Html, lang: Lang, w: &Words, row: &CriterionResult) {
    if let Some(manual) = &row.manual {
        html.open("p", &[])
            .element("strong", &[], w.by_hand)
            .text(match lang {
                Lang::Ja => "（",
                Lang::En => " (",
            })
            .text(&words::checked_by(
                in_lang(&manual.by, lang),
                &manual.date,
                lang,
            ))
            .text(match lang {
                Lang::Ja => "）：",
                Lang::En => "): ",
            });
        text_in(html, in_lang(&manual.note, lang), lang);
        html.close("p");
    }
    if !row.tests.is_empty() {
        html.element("p", &[], w.automated)
            .open("ul", &[("class", "tests"), ("lang", "en")]);
        for test in &row.tests {
            html.element("li", &[], test);
        }
        html.close("ul");
    }
}

/// The contact: the host's own, or the sentence that sends the reader to the contact of
/// the site showing the page.
fn contact_section(html: &mut Html, lang: Lang, w: &Words, contact: &Contact) {
    section_heading(html, "contact", w.contact_heading);
    html.element("p", &[], w.contact_intro);
    if !contact.is_set() {
        html.element("p", &[("id", "contact-details")], w.contact_default)
            .text("\n")
            .close("section")
            .text("\n");
        return;
    }
    html.open("address", &[("id", "contact-details")]);
    // The host's text in the page's language, else the other one, marked as such.
    let (text, text_lang) = match lang {
        Lang::Ja => (
            contact.ja.as_ref().or(contact.en.as_ref()),
            contact.ja.is_some(),
        ),
        Lang::En => (
            contact.en.as_ref().or(contact.ja.as_ref()),
            contact.en.is_some(),
        ),
    };
    if let Some(text) = text {
        let attributes: &[(&str, &str)] = if text_lang {
            &[]
        } else {
            &[("lang", other_language(lang).as_str())]
        };
        html.element("p", attributes, text);
    }
    if let Some(url) = &contact.url {
        let shown = url.strip_prefix("mailto:").unwrap_or(url);
        html.open("p", &[])
            .element("a", &[("href", url)], shown)
            .close("p");
    }
    html.close("address").text("\n").close("section").text("\n");
}

fn in_lang(text: &Both, lang: Lang) -> &str {
    match lang {
        Lang::Ja => &text.ja,
        Lang::En => &text.en,
    }
}

/// Opens a `<section>` labelled by its `<h2>`.
fn section_heading(html: &mut Html, id: &str, heading: &str) {
    html.open("section", &[("aria-labelledby", id)])
        .text("\n")
        .element("h2", &[("id", id)], heading)
        .text("\n");
}

fn paragraph(html: &mut Html, text: &str, lang: Lang) {
    html.open("p", &[]);
    text_in(html, text, lang);
    html.close("p").text("\n");
}

/// A `<dt>` and its `<dd>`.
fn fact(html: &mut Html, label: &str, value: &str, lang: Lang) {
    html.element("dt", &[], label).open("dd", &[]);
    text_in(html, value, lang);
    html.close("dd").text("\n");
}
