//! The order of the breakdowns: largest first or as in the source (markup:
//! `crate::markup::order_switch`).

use crate::ui::prelude::*;

use super::html_host::{changed_choice, Part};
use super::state::AppState;
use crate::markup::names::{DomEvent, Id, PartKey};
use crate::markup::order_switch::order_switch;

/// Two radio buttons that write the `order` URL parameter; the breakdowns by area and by
/// ministry follow it (what no ministry holds stays last either way).
pub fn part(state: AppState) -> Part {
    let html = Memo::new(move |_| state.view_state.with(|s| order_switch(s.order, s.lang)));
    Part::new(PartKey::OrderSwitch, "fieldset", html)
        .attribute("class", "order-switch")
        .attribute("id", Id::OrderSwitch.as_str())
        .on(DomEvent::Change, move |ev| {
            if let Some((param, value, checked)) = changed_choice(ev) {
                state.choose(param, &value, checked);
            }
        })
}
