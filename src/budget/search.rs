//! Text search that treats full-width and half-width forms, and upper and lower case, alike.
//!
//! Japanese text mixes full-width Latin letters and digits (ＩｏＴ, ５Ｇ) with half-width
//! ones; a reader typing either must find both.

/// Folds `text` for matching: full-width ASCII to ASCII, the ideographic space to a space,
/// then every character to its Unicode lower case (`Ⅱ` to `ⅱ`, `É` to `é`, `Σ` to `σ`).
///
/// Character by character, so a query and a text fold alike wherever the characters stand
/// (`str::to_lowercase` would make a word-final `Σ` a `ς`). Some lower cases are longer or
/// shorter than their capitals (`İ` is `i` and a combining dot, `K` the Kelvin sign is `k`):
/// every position the search computes is one in the folded text, never in the original.
pub fn normalize(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        let narrow = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from((c as u32 - 0xFF01 + 0x21) as u8),
            '\u{3000}' => ' ',
            _ => c,
        };
        folded.extend(narrow.to_lowercase());
    }
    folded
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
/// (5.6 KB gzip with its tables, measured again for issue 20), and memchr's `memmem` 3.6 KB;
/// over the 10,000-program edition neither searched faster. Like core's searcher it skips a
/// whole needle's length where the window ends in a byte the needle does not hold.
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
    let mut worst = MatchRank::WholeWord;
    for term in terms {
        let mut best: Option<MatchRank> = None;
        for_each_match(haystack, term, |_, rank| {
            best = Some(best.map_or(rank, |b| b.min(rank)));
            // Stop at the best rank there is.
            best != Some(MatchRank::WholeWord)
        });
        worst = worst.max(best?);
    }
    Some(worst)
}

/// Calls `found(start, rank)` for each match of `term` in the (already folded) `haystack`
/// that the search counts ([`match_rank`]'s rules), in order, while it returns true.
fn for_each_match(haystack: &str, term: &str, mut found: impl FnMut(usize, MatchRank) -> bool) {
    // A character is a Latin letter or digit exactly when its UTF-8 is one such byte.
    let is_word = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
    let bytes = haystack.as_bytes();
    let latin = is_word(term.as_bytes().first());
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
        if !found(at, rank) {
            return;
        }
    }
}

/// Where the search's `terms` occur in the (not folded) `text`, as byte ranges of `text`,
/// sorted and merged: what to mark when showing where a program matched. Folding can
/// change a character's length (`İ`), so each folded match is mapped back to the whole
/// characters of `text` it came from.
pub fn highlights(text: &str, terms: &[String]) -> Vec<(usize, usize)> {
    // The folded text, and for each of its bytes the byte of `text` its character starts at.
    let mut folded = String::with_capacity(text.len());
    let mut origin: Vec<usize> = Vec::with_capacity(text.len() + 1);
    for (at, c) in text.char_indices() {
        let before = folded.len();
        folded.push_str(&normalize(c.encode_utf8(&mut [0; 4])));
        origin.resize(origin.len() + folded.len() - before, at);
    }
    origin.push(text.len());
    // The end of a match in `text`: the start of the character after its last byte's.
    let end_in_text = |end: usize| origin[end..].iter().copied().find(|&o| o > origin[end - 1]);
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for term in terms.iter().filter(|t| !t.is_empty()) {
        for_each_match(&folded, term, |start, _| {
            if let Some(end) = end_in_text(start + term.len()) {
                ranges.push((origin[start], end));
            }
            true
        });
    }
    super::sort::stable_sort_by(&mut ranges, |a, b| a.cmp(b));
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Letters of every script fold to lower case, full-width ones to ASCII first; what
    /// has no case (kana, kanji, ℓ, digits) stays as it is.
    #[test]
    fn every_script_folds_to_lower_case() {
        assert_eq!(normalize("第Ⅱ期 ⅢＡ"), "第ⅱ期 ⅲa");
        assert_eq!(normalize("Éclair ΣΑΣ Ωmega 5 ℓ"), "éclair σασ ωmega 5 ℓ");
        assert_eq!(normalize("ＫＥＩ　Ｋelvin"), "kei kelvin");
        // Lower cases of another length: the Kelvin sign (3 bytes) is `k` (1), the Ohm sign
        // (3) is `ω` (2), `Ⱥ` (2) is `ⱥ` (3), `İ` is two characters.
        assert_eq!(normalize("\u{212A}\u{2126}Ⱥİ"), "kωⱥi\u{307}");
        assert_eq!(search_terms("第Ⅱ期\u{3000}ΑΛΦΑ"), ["第ⅱ期", "αλφα"]);
        for (query, text) in [("ⅱ", "第Ⅱ期"), ("Ⅱ", "第ⅱ期"), ("é", "CAFÉ"), ("α", "Α")]
        {
            assert!(
                matches(&normalize(text), &search_terms(query)),
                "{query} in {text}"
            );
        }
    }

    /// Texts whose lower case changes length before, inside and after a match: the word
    /// rules still look at the characters beside the match, as `match_indices` over the
    /// folded text finds them.
    #[test]
    fn matches_stay_right_where_lower_casing_changes_lengths() {
        let rank = |text: &str, q: &str| match_rank(&normalize(text), &search_terms(q));
        // `İ` grows by a byte, the Kelvin sign shrinks by two: the word after is still whole.
        assert_eq!(rank("İİİ security", "security"), Some(MatchRank::WholeWord));
        assert_eq!(
            rank("\u{212A}\u{212A} rmf", "RMF"),
            Some(MatchRank::WholeWord)
        );
        // The Kelvin sign folds to a Latin letter, so it starts the word it stands in.
        assert_eq!(
            rank("\u{212A}ELVIN scale", "kelvin"),
            Some(MatchRank::WholeWord)
        );
        assert_eq!(
            rank("\u{212A}ELVIN scale", "kel"),
            Some(MatchRank::WordStart)
        );
        // `İ` is `i` and a combining dot: a term may start at its `i`.
        assert_eq!(rank("İstanbul", "İst"), Some(MatchRank::WordStart));
        assert_eq!(rank("ⱥⱥⱥ rmf", "ȺȺȺ"), Some(MatchRank::WholeWord));
        assert_eq!(rank("情報Ⅱ期", "ⅱ期"), Some(MatchRank::WholeWord));

        let texts = [
            "İİİ security İnformation ΣΑΣ \u{212A}elvin",
            "ȺȺ rmf\u{2126}Ω cybersecurity \u{212A}\u{212A}\u{212A} ⅡⅢ 第Ⅱ期 Éclair",
            "RMF İİ ｓｅｃｕｒｉｔｙ ⱥ",
        ];
        let mut compared = 0;
        for text in texts {
            let folded = normalize(text);
            let words = folded.split_whitespace().chain(text.split_whitespace());
            let queries: Vec<String> = words
                .flat_map(|word| {
                    let ends: Vec<usize> = word.char_indices().map(|(at, _)| at).collect();
                    ends.iter()
                        .flat_map(|&from| {
                            word.char_indices()
                                .map(|(to, c)| to + c.len_utf8())
                                .filter(move |&to| to > from)
                                .map(move |to| word.get(from..to).unwrap().to_string())
                        })
                        .collect::<Vec<_>>()
                })
                .collect();
            for query in &queries {
                let terms = search_terms(query);
                for haystack in &texts {
                    let haystack = normalize(haystack);
                    assert_eq!(
                        match_rank(&haystack, &terms),
                        match_rank_by_str(&haystack, &terms),
                        "{query:?} in {haystack:?}"
                    );
                    compared += 1;
                }
            }
        }
        assert!(compared > 1_000, "{compared}");
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
