//! Where a search matched a program, as HTML: the terms marked in its name, and when a term
//! is not in the name, a short quote of the text it is in (the summary, or the other
//! language's name or summary), marked too. The search looks in all four (`budget::search`),
//! so a reader sees why each program counts: 「演習」 finds a program whose name does not
//! say it, because this site's summary of it does.

use crate::budget::model::{Lang, Program};
use crate::budget::search::highlights;
use crate::html::Html;
use crate::markup::site_header::other_language;
use crate::text::labels;

/// Characters of context on each side of the first match in a quote.
const CONTEXT_CHARS: usize = 24;

/// Writes `text` with the byte `ranges` (sorted, apart, on character boundaries) in `<mark>`.
pub fn marked(html: &mut Html, text: &str, ranges: &[(usize, usize)]) {
    let mut at = 0;
    for &(start, end) in ranges {
        // `get`, not slicing: a slice's panic message would bring its formatting code.
        html.text(text.get(at..start).unwrap_or_default()).element(
            "mark",
            &[],
            text.get(start..end).unwrap_or_default(),
        );
        at = end;
    }
    html.text(text.get(at..).unwrap_or_default());
}

/// The program's name in `lang`, with the search's `terms` marked where they occur in it.
pub fn marked_name(html: &mut Html, program: &Program, terms: &[String], lang: Lang) {
    let name = program.name.get(lang);
    marked(html, name, &highlights(name, terms));
}

/// Which text of a program a quote comes from.
#[derive(Clone, Copy)]
enum Field {
    Summary(Lang),
    Name(Lang),
}

/// Under the name, for each term the name lacks: where it is, quoted with the term marked
/// (`概要：…国際的なサイバー<mark>演習</mark>への参加…`). Nothing when the name holds every
/// term, or no search is on. A quote in the other language says so with `lang`. Left out
/// of a copied table (`copy-skip`).
pub fn match_quote(html: &mut Html, program: &Program, terms: &[String], lang: Lang) {
    let name = program.name.get(lang);
    let missing: Vec<String> = terms
        .iter()
        .filter(|t| highlights(name, std::slice::from_ref(t)).is_empty())
        .cloned()
        .collect();
    if missing.is_empty() {
        return;
    }
    let other = other_language(lang);
    let fields = [
        Field::Summary(lang),
        Field::Name(other),
        Field::Summary(other),
    ];
    let found = fields.into_iter().find_map(|field| {
        let text = match field {
            Field::Summary(l) => program.description.get(l),
            Field::Name(l) => program.name.get(l),
        };
        let ranges = highlights(text, &missing);
        (!ranges.is_empty()).then_some((field, text, ranges))
    });
    let Some((field, text, ranges)) = found else {
        return;
    };
    let l = labels(lang);
    let (label, quote_lang) = match field {
        Field::Summary(q) if q == lang => (l.matched_in_summary, q),
        Field::Summary(q) => (l.matched_in_other_summary, q),
        Field::Name(q) => (l.matched_in_other_name, q),
    };
    let (start, end) = quote_around(text, ranges[0]);
    let inside: Vec<(usize, usize)> = ranges
        .iter()
        .filter(|(s, e)| *s >= start && *e <= end)
        .map(|(s, e)| (s - start, e - start))
        .collect();
    let quote = text.get(start..end).unwrap_or_default();
    html.open("span", &[("class", "match-quote copy-skip")])
        .text(label);
    let mut lang_attr = Vec::new();
    if quote_lang != lang {
        lang_attr.push(("lang", quote_lang.as_str()));
    }
    html.open("q", &lang_attr);
    if start > 0 {
        html.text("…");
    }
    marked(html, quote, &inside);
    if end < text.len() {
        html.text("…");
    }
    html.close("q").close("span");
}

/// The byte range of `text` around `hit` with up to [`CONTEXT_CHARS`] characters on each
/// side, on character boundaries.
fn quote_around(text: &str, hit: (usize, usize)) -> (usize, usize) {
    // The CONTEXT_CHARS-th character back from the hit, or the text's start.
    let start = text
        .get(..hit.0)
        .and_then(|before| before.char_indices().rev().nth(CONTEXT_CHARS - 1))
        .map_or(0, |(at, _)| at);
    let end = text
        .char_indices()
        .map(|(at, _)| at)
        .filter(|&at| at >= hit.1)
        .nth(CONTEXT_CHARS)
        .unwrap_or(text.len());
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::search::search_terms;

    fn program(id: &str) -> Program {
        let data = crate::dataset::latest_edition().expect("the embedded edition loads");
        let p = data.program_idx(id).expect("the program");
        data.programs[p].clone()
    }

    fn render(write: impl FnOnce(&mut Html)) -> String {
        let mut html = Html::default();
        write(&mut html);
        html.finish().into_string()
    }

    #[test]
    fn terms_in_the_name_are_marked_and_need_no_quote() {
        let p = program("mod-rmf");
        let terms = search_terms("ＲＭＦ");
        assert_eq!(
            render(|h| marked_name(h, &p, &terms, Lang::Ja)),
            "リスク管理枠組み（<mark>RMF</mark>）の導入"
        );
        assert_eq!(render(|h| match_quote(h, &p, &terms, Lang::Ja)), "");
    }

    #[test]
    fn a_term_only_in_the_summary_is_quoted_there_marked() {
        let data = crate::dataset::latest_edition().expect("the embedded edition loads");
        // 演習 is in no name of the edition's 産業サイバーセキュリティ強靭化事業, only in this
        // site's summary of it.
        let p = data
            .programs
            .iter()
            .find(|p| p.name.ja.contains("産業サイバーセキュリティ強靭化事業"))
            .expect("the program");
        let terms = search_terms("演習");
        assert_eq!(render(|h| marked_name(h, p, &terms, Lang::Ja)), p.name.ja);
        let quote = render(|h| match_quote(h, p, &terms, Lang::Ja));
        assert!(
            quote.starts_with("<span class=\"match-quote copy-skip\">概要："),
            "{quote}"
        );
        assert!(quote.contains("<mark>演習</mark>"), "{quote}");
        assert!(!quote.contains("lang="), "{quote}");
        // Typed on the Japanese page, an English word is found in the English summary, and
        // the quote says it is English.
        let english = render(|h| match_quote(h, p, &search_terms("exercise"), Lang::Ja));
        assert!(english.contains("<q lang=\"en\">"), "{english}");
        assert!(
            english.to_lowercase().contains("<mark>exercise"),
            "{english}"
        );
    }

    #[test]
    fn marks_cover_whole_characters_where_folding_changes_lengths() {
        // İ folds to two characters; the mark still covers the one character of the text.
        let ranges = highlights("İstanbul and Ⅱ", &search_terms("i ⅱ"));
        assert_eq!(ranges, vec![(0, 2), (14, 17)]);
        assert_eq!(
            render(|h| marked(h, "İstanbul and Ⅱ", &ranges)),
            "<mark>İ</mark>stanbul and <mark>Ⅱ</mark>"
        );
    }
}
