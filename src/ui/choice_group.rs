//! A group of radio buttons or checkboxes, each with the number of programs it would leave.

use leptos::prelude::*;

/// Whether one choice or several can be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    /// Radio buttons.
    Single,
    /// Checkboxes.
    Multiple,
}

/// One choice; its texts and state follow the view.
#[derive(Clone)]
pub struct Choice {
    /// The value passed to `on_change` (also the input's `value` and part of its id).
    pub value: String,
    /// Visible label.
    pub label: Signal<String>,
    /// Programs this choice would leave, shown beside the label.
    pub count: Signal<String>,
    /// Whether it is chosen.
    pub checked: Signal<bool>,
}

/// A `<fieldset>` of choices. The inputs are created once and only their texts and state
/// change, so keyboard focus stays where it is while the view updates around it.
#[component]
pub fn ChoiceGroup(
    /// The group's name, unique on the page; inputs get the id `<name>-<value>`.
    name: &'static str,
    /// Radio buttons or checkboxes.
    selection: Selection,
    /// The visible legend.
    legend: Signal<String>,
    /// The choices.
    choices: Vec<Choice>,
    /// Called with the value and whether it is now chosen (always true for radio buttons).
    on_change: Callback<(String, bool)>,
) -> impl IntoView {
    let input_type = match selection {
        Selection::Single => "radio",
        Selection::Multiple => "checkbox",
    };
    view! {
        <fieldset class="choice-group" id=format!("filter-{name}")>
            <legend>{legend}</legend>
            {choices
                .into_iter()
                .map(|choice| {
                    let value = choice.value.clone();
                    let id = format!("{name}-{}", choice.value);
                    view! {
                        <div class="choice">
                            <input
                                type=input_type
                                name=name
                                id=id.clone()
                                value=choice.value.clone()
                                // The first state also as the attribute, so the HTML
                                // pre-rendered at build time shows it (a `prop:` is not HTML).
                                checked=choice.checked.get_untracked()
                                prop:checked=choice.checked
                                on:change=move |ev| on_change.run((value.clone(), event_target_checked(&ev)))
                            />
                            <label for=id>
                                <span class="choice-label">{choice.label}</span>
                                " "
                                <span class="count">{choice.count}</span>
                            </label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
