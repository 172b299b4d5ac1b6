//! The order of the breakdowns, as HTML: two radio buttons.

use crate::budget::query::Param;
use crate::budget::sort::BreakdownOrder;
use crate::budget::Lang;
use crate::html::{Html, Markup};
use crate::text::labels;

/// The content of `<fieldset id="order-switch">`: its legend and one radio button per
/// order (value: the `order` URL parameter), the current one `checked`.
pub fn order_switch(current: BreakdownOrder, lang: Lang) -> Markup {
    let l = labels(lang);
    let mut html = Html::default();
    html.element("legend", &[], l.order_legend);
    for (order, label) in [
        (BreakdownOrder::Largest, l.order_largest),
        (BreakdownOrder::Source, l.order_source),
    ] {
        let id = format!("order-{}", order.as_str());
        let mut attributes = vec![
            ("type", "radio"),
            ("name", Param::Order.as_str()),
            ("id", id.as_str()),
            ("value", order.as_str()),
        ];
        if order == current {
            attributes.push(("checked", ""));
        }
        html.open("span", &[("class", "choice")])
            .open("input", &attributes)
            .element("label", &[("for", &id)], label)
            .close("span");
    }
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_order_is_checked_in_either_language() {
        let ja = order_switch(BreakdownOrder::Largest, Lang::Ja).into_string();
        assert!(ja.starts_with(&format!(
            "<legend>{}</legend>",
            labels(Lang::Ja).order_legend
        )));
        assert!(ja.contains(
            "<input type=\"radio\" name=\"order\" id=\"order-largest\" value=\"largest\" checked=\"\">"
        ));
        assert!(ja.contains("id=\"order-source\" value=\"source\"><label for=\"order-source\">"));
        let en = order_switch(BreakdownOrder::Source, Lang::En).into_string();
        assert!(en.contains("value=\"source\" checked=\"\""));
        assert!(en.contains(labels(Lang::En).order_source));
        assert_eq!(en.matches("checked").count(), 1);
    }
}
