//! Text whose parts are in another language, or are code, as HTML (WCAG 3.1.2, language of
//! parts). An English page quotes the source's Japanese words (当初予算, 億円): an English
//! voice cannot read them, so each run of Japanese script is put in `<span lang="ja">`,
//! found in the text itself, so the words need no markup of their own. A run between
//! backticks is code (an attribute name, a file name: `allow-scripts`), written as
//! `<code>`, which is of no language. Everything is escaped.

use crate::budget::Lang;
use crate::html::Html;

/// Whether `c` is Japanese script: kana, kanji, half-width katakana.
pub fn is_japanese(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}' | '\u{ff66}'..='\u{ff9f}')
}

/// Whether `c` belongs to a run of Japanese it stands in: Japanese script, Japanese
/// punctuation and brackets (「」、。（）), full-width forms, and digits (10億円, 令和6年度).
fn joins_japanese(c: char) -> bool {
    is_japanese(c)
        || matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff65}')
        || c.is_ascii_digit()
}

/// Writes `text` of a page in `lang`: code between backticks as `<code>`, and on an
/// English page each run of Japanese in `<span lang="ja">`. A backtick without a pair is
/// written as it is.
pub fn text_in(html: &mut Html, text: &str, lang: Lang) {
    // One pass over the bytes (a backtick is one byte, never inside a longer character),
    // with no string searcher: every byte of code counts in the wasm.
    let mut plain_from = 0;
    let mut code_from = None;
    for (at, byte) in text.bytes().enumerate() {
        if byte != b'`' {
            continue;
        }
        match code_from {
            None => {
                plain(html, text.get(plain_from..at).unwrap_or_default(), lang);
                code_from = Some(at + 1);
            }
            Some(from) => {
                html.element("code", &[], text.get(from..at).unwrap_or_default());
                code_from = None;
                plain_from = at + 1;
            }
        }
    }
    let rest = code_from.map_or(plain_from, |from| from - 1);
    plain(html, text.get(rest..).unwrap_or_default(), lang);
}

fn plain(html: &mut Html, text: &str, lang: Lang) {
    match lang {
        Lang::En => japanese_runs(html, text),
        Lang::Ja => {
            html.text(text);
        }
    }
}

/// Writes `text` with each run of Japanese in `<span lang="ja">`. A run starts and ends
/// with Japanese script or punctuation; digits join it inside, and just before it (10億円,
/// 0.1億円), but not a separator that leads them.
fn japanese_runs(html: &mut Html, text: &str) {
    let bytes = text.as_bytes();
    let mut written = 0;
    let mut run: Option<(usize, usize)> = None;
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        match run {
            Some((start, _)) if joins_japanese(c) => {
                // Digits at its end join only if more Japanese follows.
                if !c.is_ascii_digit() {
                    run = Some((start, end));
                }
            }
            _ if is_japanese(c) || (joins_japanese(c) && !c.is_ascii_digit()) => {
                if let Some(done) = run.take() {
                    written = close_run(html, text, written, done);
                }
                let mut start = at;
                while start > written && is_number_byte(bytes[start - 1]) {
                    start -= 1;
                }
                while start < at && !bytes[start].is_ascii_digit() {
                    start += 1;
                }
                run = Some((start, end));
            }
            _ => {
                if let Some(done) = run.take() {
                    written = close_run(html, text, written, done);
                }
            }
        }
    }
    if let Some(done) = run {
        written = close_run(html, text, written, done);
    }
    html.text(text.get(written..).unwrap_or_default());
}

fn is_number_byte(byte: u8) -> bool {
    byte.is_ascii_digit() || byte == b'.' || byte == b','
}

/// Writes the text before the run `(start, end)` and the run, if it holds Japanese script
/// (punctuation alone is not a run); returns where the written text ends.
fn close_run(html: &mut Html, text: &str, written: usize, (start, end): (usize, usize)) -> usize {
    let run = text.get(start..end).unwrap_or_default();
    if !run.chars().any(is_japanese) {
        return written;
    }
    html.text(text.get(written..start).unwrap_or_default());
    html.element("span", &[("lang", "ja")], run);
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(text: &str, lang: Lang) -> String {
        let mut html = Html::default();
        text_in(&mut html, text, lang);
        html.finish().into_string()
    }

    #[test]
    fn japanese_words_in_english_are_marked_with_their_digits_and_brackets() {
        assert_eq!(
            written("Initial budget (当初予算)", Lang::En),
            "Initial budget (<span lang=\"ja\">当初予算</span>)"
        );
        assert_eq!(
            written(
                "in Japanese to 0.1億円, in English to ¥0.01 billion",
                Lang::En
            ),
            "in Japanese to <span lang=\"ja\">0.1億円</span>, in English to ¥0.01 billion"
        );
        assert_eq!(
            written("10億円 is ¥1 billion; FY2024 (令和6年度) & 「準拠」", Lang::En),
            "<span lang=\"ja\">10億円</span> is ¥1 billion; FY2024 (<span lang=\"ja\">令和6年度</span>) \
             &amp; <span lang=\"ja\">「準拠」</span>"
        );
    }

    #[test]
    fn english_without_japanese_and_japanese_pages_are_only_escaped() {
        assert_eq!(
            written("R&D <x> 2,126.2", Lang::En),
            "R&amp;D &lt;x&gt; 2,126.2"
        );
        assert_eq!(written("当初予算 & IoT", Lang::Ja), "当初予算 &amp; IoT");
    }

    #[test]
    fn code_between_backticks_is_code_in_either_language() {
        assert_eq!(
            written("sandbox は（`allow-scripts`）<", Lang::Ja),
            "sandbox は（<code>allow-scripts</code>）&lt;"
        );
        assert_eq!(
            written("add `a<b` to 当初", Lang::En),
            "add <code>a&lt;b</code> to <span lang=\"ja\">当初</span>"
        );
        assert_eq!(written("an ` alone", Lang::En), "an ` alone");
    }
}
