//! The order of the breakdowns: largest first or as in the source.

use leptos::prelude::*;

use super::state::AppState;
use super::url::HistoryMode;
use crate::budget::sort::BreakdownOrder;
use crate::text::labels;

/// Two radio buttons that write the `order` URL parameter; the breakdowns by area and by
/// ministry follow it (what no ministry holds stays last either way).
#[component]
pub fn OrderSwitch(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let choice = move |order: BreakdownOrder| {
        let id = format!("order-{}", order.id());
        let label = move || {
            let l = labels(lang.get());
            match order {
                BreakdownOrder::Largest => l.order_largest,
                BreakdownOrder::Source => l.order_source,
            }
        };
        view! {
            <span class="choice">
                <input
                    type="radio"
                    name="order"
                    id=id.clone()
                    value=order.id()
                    // The first state also as the attribute, for the pre-rendered HTML.
                    checked=state.view_state.with_untracked(|s| s.order == order)
                    prop:checked=move || state.view_state.with(|s| s.order == order)
                    on:change=move |_| state.update(HistoryMode::Push, |s| s.order = order)
                />
                <label for=id>{label}</label>
            </span>
        }
    };
    view! {
        <fieldset class="order-switch" id="order-switch">
            <legend>{move || labels(lang.get()).order_legend}</legend>
            {choice(BreakdownOrder::Largest)}
            {choice(BreakdownOrder::Source)}
        </fieldset>
    }
}
