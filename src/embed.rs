//! The snippet a ministry web editor pastes to embed a view: pure text, no leptos, so it
//! is tested natively. The UI (`ui::embed_snippet`) only supplies the URLs and the title.
//!
//! The snippet is text to paste, shown in a text area, so it is written as a host would
//! write it (bare boolean attributes), with values escaped by the page's escaper.

use crate::html::escape_attribute;

/// The iframe's `sandbox` tokens, each needed:
/// - `allow-scripts`: the explorer is a WebAssembly app;
/// - `allow-same-origin`: without it the frame has an opaque origin and its own server
///   refuses it the `.wasm` (a cross-origin fetch). The explorer is served from another
///   origin than the host page, so it still cannot reach the host's page or cookies;
/// - `allow-popups` and `allow-popups-to-escape-sandbox`: the "open as a full page" link
///   opens a new tab, which should be an ordinary, unsandboxed page;
/// - `allow-downloads`: the CSV and JSON exports of the view.
pub const SANDBOX_TOKENS: &str =
    "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads";

/// The iframe's height before `embed.js` sets the real one, in CSS pixels: about one
/// screen of the compact page, so a host without `embed.js` still shows the headline.
pub const INITIAL_HEIGHT_PX: u32 = 900;

/// The attribute by which `embed.js` recognises the explorer's iframes.
pub const FRAME_MARKER: &str = "data-cyber-budget-explorer";

/// The HTML to paste: the iframe of `view_url` and the `embed.js` script at `script_url`.
pub fn snippet(view_url: &str, script_url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{INITIAL_HEIGHT_PX}\" \
         loading=\"lazy\" sandbox=\"{SANDBOX_TOKENS}\" {FRAME_MARKER}></iframe>\n\
         <script src=\"{script}\" defer></script>",
        src = escape_attribute(view_url),
        title = escape_attribute(title),
        script = escape_attribute(script_url),
    )
}

/// The folder of a page's address (everything up to its last `/`), where `embed.js` is.
/// `https://x.go.jp/budget/index.html?embed=1` gives `https://x.go.jp/budget/`.
pub fn folder_of(page_url: &str) -> &str {
    let without_query = page_url.split(['?', '#']).next().unwrap_or(page_url);
    // `get`, not indexing, which would bring string slicing's panic formatting into the wasm.
    match without_query.rfind('/') {
        Some(i) => without_query.get(..=i).unwrap_or(without_query),
        None => without_query,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_escapes_the_url_and_title_and_names_every_part() {
        let html = snippet(
            "https://x.go.jp/budget/?ministry=mic&embed=1",
            "https://x.go.jp/budget/embed.js",
            "予算 \"<script>\"",
        );
        assert_eq!(
            html,
            "<iframe src=\"https://x.go.jp/budget/?ministry=mic&amp;embed=1\" \
             title=\"予算 &quot;&lt;script&gt;&quot;\" width=\"100%\" height=\"900\" \
             loading=\"lazy\" sandbox=\"allow-scripts allow-same-origin allow-popups \
             allow-popups-to-escape-sandbox allow-downloads\" data-cyber-budget-explorer></iframe>\n\
             <script src=\"https://x.go.jp/budget/embed.js\" defer></script>"
        );
    }

    #[test]
    fn folder_of_drops_the_file_query_and_fragment() {
        assert_eq!(
            folder_of("https://x.go.jp/budget/index.html?a=1#b"),
            "https://x.go.jp/budget/"
        );
        assert_eq!(
            folder_of("https://x.go.jp/a/b/?q=a/b"),
            "https://x.go.jp/a/b/"
        );
        assert_eq!(
            folder_of("http://127.0.0.1:8080/"),
            "http://127.0.0.1:8080/"
        );
    }
}
