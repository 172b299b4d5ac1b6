//! Text search that treats full-width and half-width forms, and upper and lower case, alike.
//!
//! Japanese text mixes full-width Latin letters and digits (ＩｏＴ, ５Ｇ) with half-width
//! ones; a reader typing either must find both.

/// Folds `text` for matching: full-width ASCII to ASCII, the ideographic space to a space,
/// and letters to lower case.
pub fn normalize(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of a search box, folded; empty when the box holds only spaces.
pub fn search_terms(query: &str) -> Vec<String> {
    normalize(query)
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// True when every term occurs in the (already folded) haystack.
///
/// A term that starts with a Latin letter or digit must start a word (`rmf` finds "RMF",
/// not "harmful"); other terms, such as Japanese, which has no spaces between words,
/// match anywhere.
pub fn matches(haystack: &str, terms: &[String]) -> bool {
    terms.iter().all(|term| {
        let word_start = term
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric());
        haystack.match_indices(term.as_str()).any(|(at, _)| {
            !word_start
                || !haystack[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_alphanumeric())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
