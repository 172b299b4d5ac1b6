//! A group of radio buttons or checkboxes, as HTML, each with the number of programs it
//! would leave.

use crate::budget::query::Param;
use crate::html::Html;

/// Whether one choice or several can be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    /// Radio buttons.
    Single,
    /// Checkboxes.
    Multiple,
}

/// One choice.
pub struct Choice {
    /// The input's `value` (and part of its id): what the change handler reads.
    pub value: String,
    /// Visible label.
    pub label: String,
    /// Programs this choice would leave, shown beside the label.
    pub count: String,
    /// Whether it is chosen.
    pub checked: bool,
}

/// A `<fieldset id="filter-<param>">` of choices; inputs get the id `<param>-<value>` and
/// the name `param`, the URL parameter they set. A chosen input carries the `checked` attribute: the pre-render shows
/// it, and `morph.js` brings the input's `checked` property to it on every redraw.
pub fn choice_group(
    html: &mut Html,
    param: Param,
    selection: Selection,
    legend: &str,
    choices: &[Choice],
) {
    let name = param.as_str();
    let input_type = match selection {
        Selection::Single => "radio",
        Selection::Multiple => "checkbox",
    };
    html.open(
        "fieldset",
        &[("class", "choice-group"), ("id", &format!("filter-{name}"))],
    )
    .element("legend", &[], legend);
    for choice in choices {
        let id = format!("{name}-{}", choice.value);
        let mut attributes = vec![
            ("type", input_type),
            ("name", name),
            ("id", id.as_str()),
            ("value", choice.value.as_str()),
        ];
        if choice.checked {
            attributes.push(("checked", ""));
        }
        html.open("div", &[("class", "choice")])
            .open("input", &attributes)
            .open("label", &[("for", &id)])
            .element("span", &[("class", "choice-label")], &choice.label)
            .text(" ")
            .element("span", &[("class", "count")], &choice.count)
            .close("label")
            .close("div");
    }
    html.close("fieldset");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(value: &str, checked: bool) -> Choice {
        Choice {
            value: value.to_string(),
            label: format!("<{value}>"),
            count: "3件".to_string(),
            checked,
        }
    }

    #[test]
    fn only_chosen_inputs_are_checked_and_labels_are_escaped() {
        let mut html = Html::default();
        choice_group(
            &mut html,
            Param::Ministry,
            Selection::Multiple,
            "府省庁",
            &[choice("mic", true), choice("mod", false)],
        );
        let html = html.finish().into_string();
        assert!(html.starts_with(
            "<fieldset class=\"choice-group\" id=\"filter-ministry\"><legend>府省庁</legend>"
        ));
        assert!(html.contains(
            "<input type=\"checkbox\" name=\"ministry\" id=\"ministry-mic\" value=\"mic\" checked=\"\">\
             <label for=\"ministry-mic\"><span class=\"choice-label\">&lt;mic&gt;</span> \
             <span class=\"count\">3件</span></label>"
        ));
        assert!(html.contains("id=\"ministry-mod\" value=\"mod\"><label"));
        assert_eq!(html.matches("checked").count(), 1);
    }

    #[test]
    fn a_single_choice_is_a_radio_button() {
        let mut html = Html::default();
        choice_group(
            &mut html,
            Param::Year,
            Selection::Single,
            "年度",
            &[choice("2024", true)],
        );
        assert!(html
            .finish()
            .as_str()
            .contains("<input type=\"radio\" name=\"year\" id=\"year-2024\""));
    }
}
