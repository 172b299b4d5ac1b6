//! The default view rendered to HTML at build time, from the same parts the browser
//! follows, so `dist/index.html` shows the figures before (and without) WebAssembly.
//!
//! `src/bin/prerender.rs` (a Trunk `post_build` hook) writes the result into the staged
//! index.html between [`MARKER_START`] and [`MARKER_END`] (see [`insert`]). Natively no effect runs and `super::url` reads an
//! empty query, so what renders is exactly the app's page for the default URL; the app
//! takes it over as it is (`super::start`).

use crate::ui::prelude::*;

use super::app::Page;
use super::state::AppState;
use crate::budget::codec::DecodeError;
use crate::budget::query::ViewState;
use crate::budget::{Explorer, Lang};
use crate::html::Markup;
use crate::markup::frame::default_view_note as default_view_note_html;
use crate::text::{default_view_note, scope};

/// The comment in index.html's `#app` container after which the pre-render goes.
pub const MARKER_START: &str = "<!-- prerender -->";
/// The comment that ends what the pre-render replaces (index.html's fallback for a build
/// without it).
pub const MARKER_END: &str = "<!-- /prerender -->";

/// `page` (index.html) with `html` in place of what stands between the markers (the
/// markers stay, so running it twice gives the same page); an error names what is missing.
pub fn insert(page: &str, html: &str) -> Result<String, String> {
    let start = page
        .find(MARKER_START)
        .ok_or_else(|| format!("index.html has no `{MARKER_START}` marker"))?
        + MARKER_START.len();
    let end = page[start..]
        .find(MARKER_END)
        .ok_or_else(|| format!("index.html has no `{MARKER_END}` after `{MARKER_START}`"))?
        + start;
    Ok(format!("{}{html}{}", &page[..start], &page[end..]))
}

/// The default view (empty query, Japanese) of `explorer` as HTML: the note for readers
/// without the app, then the app's own markup.
pub fn render(explorer: Explorer) -> String {
    let default_scope = |lang| {
        let data = &explorer.data;
        scope(data, &ViewState::default_for(data), lang)
    };
    let ja = default_view_note(&default_scope(Lang::Ja), Lang::Ja);
    let en = default_view_note(&default_scope(Lang::En), Lang::En);
    // The reactive graph needs an owner; it (and every memo made while rendering) is
    // dropped with it once the string exists.
    let owner = Owner::new();
    let page = owner.with(|| Page::new(AppState::new(explorer, "")).markup());
    default_view_note_html(&ja, &en).into_string() + page.as_str()
}

/// The app's page (the content of `#app`) for the URL query `query`, written natively as
/// the browser would write it for that URL (with no address and no clock): for tests of
/// the markup of any view.
pub fn render_query(explorer: Explorer, query: &str) -> Markup {
    Owner::new().with(|| Page::new(AppState::new(explorer, query)).markup())
}

/// The default view of the embedded latest edition, as `start` would mount it.
pub fn render_default() -> Result<String, DecodeError> {
    Ok(render(Explorer::new(crate::dataset::latest_edition()?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` as it stands in HTML text content.
    fn escaped(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }

    #[test]
    fn the_default_view_renders_natively_with_the_published_total_and_every_program() {
        let html = render_default().expect("the embedded edition loads");
        // The grand total of the FY2024 initial budget as NISC published it.
        assert!(
            html.contains("2,126.2億円"),
            "no grand total in the pre-render"
        );
        assert!(html.contains("既定の表示（令和6年度 当初予算、全府省庁）"));
        // The printed record of a page without a clock or an address: the source line,
        // with the pages of the default view and the source's URL.
        assert!(html.contains(
            "class=\"print-record\" id=\"print-record\">出典：内閣サイバーセキュリティセンター（NISC）"
        ));
        assert!(html.contains(
            "1–2, 5–9, 11–33ページ。https://www.nisc.go.jp/council/cs/index.html#cs41</p>"
        ));
        let explorer = Explorer::new(crate::dataset::latest_edition().unwrap());
        let data = &explorer.data;
        let view = explorer.view(&ViewState::default_for(data).filter(data));
        // 30 of the edition's 31 programs have an FY2024 initial amount; the 31st has none
        // and shows only in the 15-month view (the filter panel counts it there).
        assert_eq!(data.programs.len(), 31);
        assert_eq!(view.programs.len(), 30);
        for row in &view.programs {
            let name = data.programs[row.program_idx].name.get(Lang::Ja);
            assert!(html.contains(&escaped(name)), "program `{name}` missing");
        }
        // Relative links only, as the app's, so dist/ works under any folder.
        assert!(html.contains("href=\"?program="));
        assert!(!html.contains("href=\"/"));
    }

    #[test]
    fn the_render_replaces_only_what_stands_between_the_markers() {
        let page =
            "<div id=\"app\"><!-- prerender --><noscript>x</noscript><!-- /prerender --></div>";
        let once = insert(page, "<main>1</main>").unwrap();
        assert_eq!(
            once,
            "<div id=\"app\"><!-- prerender --><main>1</main><!-- /prerender --></div>"
        );
        assert_eq!(insert(&once, "<main>1</main>").unwrap(), once);
        assert!(insert("<div id=\"app\"></div>", "x")
            .unwrap_err()
            .contains("no `<!-- prerender -->`"));
    }
}
