//! The order of the breakdowns: largest first or as in the source (markup:
//! `crate::markup::order_switch`).

use leptos::prelude::*;

use super::html_host::{follow, target_element};
use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::sort::BreakdownOrder;
use crate::markup::order_switch::order_switch;

/// Two radio buttons that write the `order` URL parameter; the breakdowns by area and by
/// ministry follow it (what no ministry holds stays last either way).
#[component]
pub fn OrderSwitch(state: AppState) -> impl IntoView {
    let html = Memo::new(move |_| state.view_state.with(|s| order_switch(s.order, s.lang)));
    follow("order-switch".to_string(), html);
    let on_change = move |ev: web_sys::Event| {
        let order = target_element(&ev, "input[name=\"order\"]")
            .and_then(|input| input.get_attribute("value"))
            .and_then(|id| BreakdownOrder::from_id(&id));
        if let Some(order) = order {
            state.update(HistoryMode::Push, |s| s.order = order);
        }
    };
    view! {
        <fieldset class="order-switch" id="order-switch" inner_html=html.get_untracked() on:change=on_change></fieldset>
    }
}
