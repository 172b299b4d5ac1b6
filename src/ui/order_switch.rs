//! The order of the breakdowns: largest first or as in the source (markup:
//! `crate::markup::order_switch`).

use leptos::prelude::*;

use super::html_host::{target_element, Part};
use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::sort::BreakdownOrder;
use crate::markup::order_switch::order_switch;

/// Two radio buttons that write the `order` URL parameter; the breakdowns by area and by
/// ministry follow it (what no ministry holds stays last either way).
pub fn part(state: AppState) -> Part {
    let html = Memo::new(move |_| state.view_state.with(|s| order_switch(s.order, s.lang)));
    Part::new("order-switch", "fieldset", html)
        .attribute("class", "order-switch")
        .attribute("id", "order-switch")
        .on("change", move |ev| {
            let order = target_element(ev, "input[name=\"order\"]")
                .and_then(|input| input.get_attribute("value"))
                .and_then(|id| BreakdownOrder::from_id(&id));
            if let Some(order) = order {
                state.update(HistoryMode::Push, |s| s.order = order);
            }
        })
}
