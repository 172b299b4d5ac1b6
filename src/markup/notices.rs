//! The notice listing the parts of the URL that were ignored, as HTML.

use crate::budget::query::Notice;
use crate::budget::Lang;
use crate::html::{Html, Markup};
use crate::markup::headline::sentence;
use crate::markup::names::{Action, Id};
use crate::text::{labels, more_notices, notice_parts, notices_removed};

/// Notices listed before the rest is summed up as "and N more": a hostile link can carry
/// a hundred bad parameters, and each language switch redraws the list.
pub const MAX_SHOWN_NOTICES: usize = 5;

/// The `#url-notices` section, or nothing when there is no notice. `removed` says that the
/// app has written a URL without the ignored parts.
pub fn url_notices(notices: &[Notice], removed: bool, lang: Lang) -> Markup {
    let mut html = Html::default();
    if notices.is_empty() {
        return html.finish();
    }
    let l = labels(lang);
    html.open(
        "section",
        &[
            ("class", "notices"),
            ("id", Id::UrlNotices.as_str()),
            ("role", "status"),
            ("aria-labelledby", Id::UrlNoticesHeading.as_str()),
        ],
    )
    .element(
        "h2",
        &[("id", Id::UrlNoticesHeading.as_str())],
        l.notices_heading,
    );
    if removed {
        html.element(
            "p",
            &[("id", Id::UrlNoticesRemoved.as_str())],
            notices_removed(lang),
        );
    }
    html.open("ul", &[]);
    for notice in notices.iter().take(MAX_SHOWN_NOTICES) {
        html.open("li", &[]);
        sentence(&mut html, &notice_parts(notice, lang));
        html.close("li");
    }
    let more = notices.len().saturating_sub(MAX_SHOWN_NOTICES);
    if more > 0 {
        html.element(
            "li",
            &[("class", "more-notices")],
            &more_notices(more, lang),
        );
    }
    html.close("ul")
        .element(
            "button",
            &Action::DismissNotices
                .attributes()
                .with(&[("type", "button"), ("class", "dismiss")]),
            l.dismiss,
        )
        .close("section");
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::query::ViewState;

    fn notices_of(query: &str) -> Vec<Notice> {
        let data = crate::dataset::latest_edition().expect("the embedded edition loads");
        ViewState::parse(query, &data).1
    }

    #[test]
    fn no_notice_draws_nothing() {
        assert!(url_notices(&[], true, Lang::Ja).is_empty());
    }

    #[test]
    fn ignored_parts_are_listed_isolated_and_escaped_up_to_five() {
        let notices = notices_of("a=1&b=2&c=3&d=4&e=5&f=6&g=7&%3Cx%3E=1");
        assert_eq!(notices.len(), 8);
        let html = url_notices(&notices, false, Lang::Ja).into_string();
        assert_eq!(html.matches("<li>").count(), MAX_SHOWN_NOTICES);
        assert!(html.contains("<li class=\"more-notices\">ほか3件</li>"));
        assert!(html.contains("<bdi class=\"from-url\">a</bdi>"));
        assert!(!html.contains("url-notices-removed"));
        assert!(html.contains(
            "<button type=\"button\" class=\"dismiss\" data-action=\"dismiss-notices\">"
        ));
        let one = url_notices(&notices_of("%3Cx%3E=1"), true, Lang::En).into_string();
        assert!(
            one.contains("<bdi class=\"from-url\">&lt;x&gt;</bdi>"),
            "{one}"
        );
        assert!(one.contains(
            "<p id=\"url-notices-removed\">They have been removed from the address bar.</p>"
        ));
        assert!(!one.contains("more-notices"));
    }
}
