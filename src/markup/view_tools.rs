//! The downloads of the current view and its citation panel, as HTML (the files and the
//! citation text are built when used: `crate::budget::export`).

use crate::budget::Lang;
use crate::html::{Html, Markup};
use crate::markup::lang_runs::text_in;
use crate::markup::names::{Action, Id};
use crate::text::takeaway_labels;

/// What the reader has done with the citation panel.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CiteState {
    /// The panel is shown.
    pub open: bool,
    /// What the copy button did (announced: the paragraph is a live region), or empty.
    pub status: String,
}

/// The content of `<section class="view-tools">`: the CSV and JSON links with their file
/// names, the citation toggle and panel. The links' `href` is `#` until a Blob URL is set
/// as one is used; the citation's text area is filled by property, as it holds the
/// reader's access date, which a render at build time cannot know.
pub fn view_tools(lang: Lang, csv_name: &str, json_name: &str, cite: &CiteState) -> Markup {
    let l = takeaway_labels(lang);
    let mut html = Html::default();
    html.element(
        "h2",
        &[
            ("id", Id::ViewToolsHeading.as_str()),
            ("class", "visually-hidden"),
        ],
        l.tools_heading,
    )
    .open("div", &[("class", "view-tools-row")]);
    for (action, id, name, label) in [
        (
            Action::DownloadCsv,
            Id::DownloadCsv,
            csv_name,
            l.download_csv,
        ),
        (
            Action::DownloadJson,
            Id::DownloadJson,
            json_name,
            l.download_json,
        ),
    ] {
        html.element(
            "a",
            &action.attributes().with(&[
                ("class", "tool-button"),
                ("id", id.as_str()),
                ("href", "#"),
                ("download", name),
                ("aria-describedby", Id::DownloadNote.as_str()),
            ]),
            label,
        );
    }
    html.element(
        "button",
        &Action::ToggleCitation.attributes().with(&[
            ("type", "button"),
            ("class", "tool-button"),
            ("id", Id::CiteToggle.as_str()),
            ("aria-expanded", if cite.open { "true" } else { "false" }),
            ("aria-controls", Id::CitePanel.as_str()),
        ]),
        l.cite_button,
    );
    let panel: &[(&str, &str)] = if cite.open {
        &[("class", "cite-panel"), ("id", Id::CitePanel.as_str())]
    } else {
        &[
            ("class", "cite-panel"),
            ("id", Id::CitePanel.as_str()),
            ("hidden", ""),
        ]
    };
    html.open("div", panel)
        .element(
            "label",
            &[("for", Id::CiteText.as_str()), ("class", "cite-label")],
            l.cite_heading,
        )
        .element(
            "textarea",
            &[
                ("id", Id::CiteText.as_str()),
                ("class", "cite-text"),
                ("readonly", ""),
                ("rows", "7"),
            ],
            "",
        )
        .open("div", &[("class", "cite-actions")])
        .element(
            "button",
            &Action::CopyCitation.attributes().with(&[
                ("type", "button"),
                ("class", "tool-button"),
                ("id", Id::CiteCopy.as_str()),
            ]),
            l.cite_copy,
        )
        .element(
            "p",
            &[
                ("class", "cite-status"),
                ("id", Id::CiteStatus.as_str()),
                ("role", "status"),
            ],
            &cite.status,
        )
        .close("div")
        .close("div")
        .close("div")
        .open("p", &[("class", "note"), ("id", Id::DownloadNote.as_str())]);
    // The English note names the source's unit, 億円.
    text_in(&mut html, l.download_note, lang);
    html.close("p");
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_links_carry_the_file_names_and_the_panel_starts_hidden_and_empty() {
        let html = view_tools(
            Lang::Ja,
            "cyber-budget-fy2024-initial-ja.csv",
            "a&b.json",
            &CiteState::default(),
        )
        .into_string();
        assert!(html.contains(
            "<a class=\"tool-button\" id=\"download-csv\" href=\"#\" \
             download=\"cyber-budget-fy2024-initial-ja.csv\" aria-describedby=\"download-note\" \
             data-action=\"download-csv\">\
             CSVをダウンロード（Excel向け）</a>"
        ));
        assert!(html.contains("download=\"a&amp;b.json\""));
        assert!(html.contains("aria-expanded=\"false\""));
        assert!(html.contains("id=\"cite-panel\" hidden=\"\""));
        assert!(
            html.contains("rows=\"7\"></textarea>"),
            "no text in the text area"
        );
        assert!(html.contains("role=\"status\"></p>"));
    }

    #[test]
    fn an_open_panel_shows_and_announces_the_copy_status() {
        let cite = CiteState {
            open: true,
            status: "Copied.".to_string(),
        };
        let html = view_tools(Lang::En, "x.csv", "x.json", &cite).into_string();
        assert!(html.contains("aria-expanded=\"true\""));
        assert!(!html.contains("hidden=\"\""));
        assert!(html.contains("role=\"status\">Copied.</p>"));
        assert!(html.contains(">Cite this view</button>"), "{html}");
    }
}
