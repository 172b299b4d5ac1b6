//! Text search that treats full-width and half-width forms, and upper and lower case, alike.
//!
//! Japanese text mixes full-width Latin letters and digits (ＩｏＴ, ５Ｇ) with half-width
//! ones; a reader typing either must find both.

/// Folds `text` for matching: full-width ASCII to ASCII, the ideographic space to a space,
/// and letters to lower case.
///
/// Only ASCII letters (and the Kelvin sign, whose lower case is `k`) are lowered: the
/// standard library's Unicode lower-casing would bring its case tables into the wasm (about
/// 4 KB) and can find nothing more, because the data the search runs over holds no other
/// cased character ([`in_fold_domain`], which the loader enforces; the tests prove that
/// every search gives the same result as with Unicode lower-casing).
pub fn normalize(text: &str) -> String {
    text.chars().map(fold).collect()
}

/// One character of [`normalize`].
fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => {
            char::from((c as u32 - 0xFF01 + 0x21) as u8).to_ascii_lowercase()
        }
        '\u{3000}' => ' ',
        '\u{212A}' => 'k',
        _ => c.to_ascii_lowercase(),
    }
}

/// True when a searchable text may hold `c`: ASCII, full-width ASCII, the ideographic
/// space, and any character that has no case and is no character's lower case (kana,
/// kanji, punctuation). The combining dot above is out too: it is half of the lower case
/// of `İ`. On such text [`normalize`] equals Unicode lower-casing, and a query character
/// the two fold differently can match nothing in it, so every search finds the same.
#[cfg(not(target_arch = "wasm32"))]
pub fn in_fold_domain(c: char) -> bool {
    c.is_ascii()
        || matches!(c, '\u{FF01}'..='\u{FF5E}' | '\u{3000}')
        || (!c.is_lowercase() && !c.is_uppercase() && c != '\u{0307}' && c.to_lowercase().eq([c]))
}

/// The words of a search box, folded; empty when the box holds only spaces.
pub fn search_terms(query: &str) -> Vec<String> {
    normalize(query)
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// Shortest Latin term, in characters, that also matches inside a word. Shorter terms are
/// mostly acronyms (RMF, IoT, 5G), which inside a word would find unrelated text ("rmf" in
/// "harmful"); longer ones find compounds ("security" in "cybersecurity").
pub const MIN_INFIX_CHARS: usize = 4;

/// Where `needle` first occurs in `haystack` at or after byte `from`: what
/// `haystack[from..].find(needle)` gives, plus `from`. See [`Finder`].
pub fn find_from(haystack: &str, needle: &str, from: usize) -> Option<usize> {
    Finder::new(needle).find(haystack, from)
}

/// One needle to find in many haystacks, on bytes (for two UTF-8 strings a byte match is
/// a character match, on character boundaries). Written out because core's string searcher
/// brings the panic message of string slicing into the wasm, and with it `char`'s `Debug`
/// (about 5 KB gzip with its tables). Like core's searcher it skips a whole needle's length
/// where the window ends in a byte the needle does not hold.
pub struct Finder<'a> {
    needle: &'a [u8],
    /// Bit `b % 64` set for each byte `b` of the needle.
    byteset: u64,
}

impl<'a> Finder<'a> {
    /// Prepares the search for `needle`.
    pub fn new(needle: &'a str) -> Self {
        let needle = needle.as_bytes();
        let byteset = needle.iter().fold(0, |set, &b| set | 1 << (b % 64));
        Finder { needle, byteset }
    }

    /// Where the needle first occurs in `haystack` at or after byte `from`.
    pub fn find(&self, haystack: &str, from: usize) -> Option<usize> {
        let bytes = haystack.as_bytes();
        let Some((&last, head)) = self.needle.split_last() else {
            return (from <= bytes.len()).then_some(from);
        };
        let mut at = from;
        while let Some(&end) = bytes.get(at.checked_add(head.len())?) {
            if self.byteset >> (end % 64) & 1 == 0 {
                at += self.needle.len();
            } else if end == last && bytes.get(at..at + head.len()) == Some(head) {
                return Some(at);
            } else {
                at += 1;
            }
        }
        None
    }
}

/// How well a haystack matches the search: lower is better, and ranks results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchRank {
    /// Every Latin term occurs as a whole word (Japanese terms match anywhere).
    WholeWord,
    /// Every Latin term at least starts a word ("secur" in "security").
    WordStart,
    /// Some Latin term occurs only inside a word ("security" in "cybersecurity").
    InsideWord,
}

/// True when every term occurs in the (already folded) haystack; see [`match_rank`].
pub fn matches(haystack: &str, terms: &[String]) -> bool {
    match_rank(haystack, terms).is_some()
}

/// How every term occurs in the (already folded) haystack, or `None` when one does not.
///
/// A term that starts with a Latin letter or digit matches at a word start, or, when it
/// has at least [`MIN_INFIX_CHARS`] characters, anywhere in a word; the rank says which.
/// Other terms, such as Japanese, which has no spaces between words, match anywhere and
/// count as whole words.
pub fn match_rank(haystack: &str, terms: &[String]) -> Option<MatchRank> {
    // A character is a Latin letter or digit exactly when its UTF-8 is one such byte.
    let is_word = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
    let bytes = haystack.as_bytes();
    let mut worst = MatchRank::WholeWord;
    for term in terms {
        let latin = is_word(term.as_bytes().first());
        let mut best: Option<MatchRank> = None;
        let finder = Finder::new(term);
        let mut from = 0;
        // Each match after the previous one, as `match_indices` gives them.
        while let Some(at) = finder.find(haystack, from) {
            let end = at + term.len();
            from = end.max(at + 1);
            let rank = if !latin {
                MatchRank::WholeWord
            } else {
                let starts = !is_word(at.checked_sub(1).and_then(|i| bytes.get(i)));
                let ends = !is_word(bytes.get(end));
                match (starts, ends) {
                    (true, true) => MatchRank::WholeWord,
                    (true, false) => MatchRank::WordStart,
                    (false, _) if term.chars().count() >= MIN_INFIX_CHARS => MatchRank::InsideWord,
                    (false, _) => continue,
                }
            };
            best = Some(best.map_or(rank, |b| b.min(rank)));
            if best == Some(MatchRank::WholeWord) {
                break;
            }
        }
        worst = worst.max(best?);
    }
    Some(worst)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fold as it was: full-width ASCII, the ideographic space, then Unicode
    /// lower-casing of every character.
    fn unicode_fold(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
                '\u{3000}' => ' ',
                _ => c,
            })
            .flat_map(char::to_lowercase)
            .collect()
    }

    /// Every character either folds as with Unicode lower-casing, or is outside the domain
    /// and folds, both ways, to text holding a character outside the domain (so a query
    /// term with it matches no searchable text either way) and no space (so the query
    /// splits into the same terms).
    #[test]
    fn the_fold_differs_from_unicode_lower_casing_only_where_nothing_can_match() {
        let outside = |s: &str| s.chars().any(|c| !in_fold_domain(c));
        let mut differing = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let (narrow, full) = (normalize(&c.to_string()), unicode_fold(&c.to_string()));
            if narrow == full {
                continue;
            }
            differing += 1;
            assert!(
                !in_fold_domain(c),
                "{c:?} is in the domain but folds to {narrow:?}, not {full:?}"
            );
            assert!(
                outside(&narrow) && outside(&full),
                "{c:?} folds to {narrow:?} / {full:?}"
            );
            assert!(!(narrow + &full).chars().any(char::is_whitespace), "{c:?}");
        }
        // The cased letters of other scripts (Latin-1, Greek, Cyrillic, …) are all there.
        assert!(differing > 1000, "{differing}");
        // What the domain holds: the data's scripts and symbols.
        for c in "ａＡ１　防衛セキュリティ（）「」、。・〜①※－—±×".chars()
        {
            assert!(in_fold_domain(c), "{c:?}");
        }
        for c in "ÉéΣσⅡⅱＫ\u{0307}".chars().filter(|&c| c != 'Ｋ') {
            assert!(!in_fold_domain(c), "{c:?}");
        }
    }

    /// Over every character of every embedded edition (the real one), and over each text
    /// the search reads, the fold equals Unicode lower-casing.
    #[test]
    fn the_fold_equals_unicode_lower_casing_on_the_real_edition() {
        for (file, json) in crate::dataset::EMBEDDED_EDITIONS {
            assert_eq!(normalize(json), unicode_fold(json), "{file}");
        }
        let data = crate::dataset::latest_edition().unwrap();
        assert!(!data.programs.is_empty());
        for p in &data.programs {
            for text in [&p.name.ja, &p.name.en, &p.description.ja, &p.description.en] {
                assert_eq!(normalize(text), unicode_fold(text), "program {}", p.id);
                assert!(text.chars().all(in_fold_domain), "program {}", p.id);
            }
        }
    }

    /// `match_rank` as it was, with core's `match_indices` and string slicing.
    fn match_rank_by_str(haystack: &str, terms: &[String]) -> Option<MatchRank> {
        let is_word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        let mut worst = MatchRank::WholeWord;
        for term in terms {
            let latin = is_word(term.chars().next());
            let mut best: Option<MatchRank> = None;
            for (at, found) in haystack.match_indices(term.as_str()) {
                let rank = if !latin {
                    MatchRank::WholeWord
                } else {
                    let starts = !is_word(haystack[..at].chars().next_back());
                    let ends = !is_word(haystack[at + found.len()..].chars().next());
                    match (starts, ends) {
                        (true, true) => MatchRank::WholeWord,
                        (true, false) => MatchRank::WordStart,
                        (false, _) if term.chars().count() >= MIN_INFIX_CHARS => {
                            MatchRank::InsideWord
                        }
                        (false, _) => continue,
                    }
                };
                best = Some(best.map_or(rank, |b| b.min(rank)));
                if best == Some(MatchRank::WholeWord) {
                    break;
                }
            }
            worst = worst.max(best?);
        }
        Some(worst)
    }

    /// Every word of the real edition's texts, its prefixes and a few infixes, alone and
    /// in pairs, rank every program as with `match_indices`.
    #[test]
    fn match_rank_ranks_as_with_str_search_on_the_real_edition() {
        let data = crate::dataset::latest_edition().unwrap();
        let haystacks: Vec<String> = data
            .programs
            .iter()
            .map(|p| {
                normalize(
                    &[&p.name.en, &p.description.en, &p.name.ja]
                        .map(|s| s.as_str())
                        .join("\n"),
                )
            })
            .collect();
        let mut queries: Vec<String> = [
            "aa",
            "ion",
            "secur",
            "security",
            "rmf",
            "情報",
            "セキュリティ",
            "e",
            "5g",
        ]
        .map(String::from)
        .to_vec();
        for word in haystacks[0]
            .split_whitespace()
            .chain(haystacks[1].split_whitespace())
        {
            queries.push(word.to_string());
            queries.extend(
                word.char_indices()
                    .skip(1)
                    .map(|(at, _)| word[..at].to_string()),
            );
        }
        let mut compared = 0;
        for query in &queries {
            for pair in [vec![query.clone()], vec![query.clone(), "the".to_string()]] {
                for haystack in &haystacks {
                    assert_eq!(
                        match_rank(haystack, &pair),
                        match_rank_by_str(haystack, &pair),
                        "{pair:?}"
                    );
                    compared += 1;
                }
            }
        }
        assert!(compared > 10_000, "{compared}");
    }

    #[test]
    fn find_from_finds_what_str_find_finds() {
        let long = "ab".repeat(200);
        let haystack = &format!("情報セキュリティ and security, secure: sec {long}c {long}");
        let needles = [
            "sec",
            "セキュリティ",
            "情",
            "c",
            "",
            "security,",
            "x",
            "ty and",
        ];
        for needle in needles
            .iter()
            .copied()
            .chain([&format!("{long}c")[..], &long[1..]])
        {
            for from in (0..=haystack.len()).filter(|&i| haystack.is_char_boundary(i)) {
                assert_eq!(
                    find_from(haystack, needle, from),
                    haystack[from..].find(needle).map(|at| at + from),
                    "{needle:?} from {from}"
                );
            }
        }
        assert_eq!(find_from("ab", "b", 3), None);
    }

    #[test]
    fn full_width_and_case_fold_together() {
        assert_eq!(normalize("ＩｏＴ　セキュリティ"), "iot セキュリティ");
        assert_eq!(
            search_terms("  RMF\u{3000}防衛 "),
            vec!["rmf".to_string(), "防衛".to_string()]
        );
        assert!(matches(
            &normalize("リスク管理枠組み（RMF）の導入"),
            &search_terms("ｒｍｆ 導入")
        ));
        assert!(!matches(
            &normalize("リスク管理枠組み"),
            &search_terms("rmf")
        ));
    }

    #[test]
    fn latin_terms_match_inside_words_and_whole_words_rank_first() {
        let rank = |haystack: &str, q: &str| match_rank(&normalize(haystack), &search_terms(q));
        assert_eq!(
            rank("Cybersecurity exercises", "security"),
            Some(MatchRank::InsideWord)
        );
        assert_eq!(
            rank("Information security", "security"),
            Some(MatchRank::WholeWord)
        );
        assert_eq!(
            rank("Information security", "SECUR"),
            Some(MatchRank::WordStart)
        );
        // Short terms are acronyms: "rmf" must not find "harmful".
        assert_eq!(rank("illegal and harmful information", "rmf"), None);
        assert_eq!(rank("the RMF", "rmf"), Some(MatchRank::WholeWord));
        // One term inside a word makes the whole match rank lower.
        assert_eq!(
            rank(
                "information security for cybersecurity",
                "information cybersec"
            ),
            Some(MatchRank::WordStart)
        );
        assert_eq!(
            rank("情報セキュリティ", "セキュリティ"),
            Some(MatchRank::WholeWord)
        );
    }
}
