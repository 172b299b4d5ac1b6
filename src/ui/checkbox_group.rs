//! A group of checkboxes for a multiple choice, each with the number of programs it leaves.

use leptos::prelude::*;

/// One checkbox; its texts and state follow the view.
#[derive(Clone)]
pub struct CheckboxChoice {
    /// The value added to or removed from the state.
    pub value: String,
    /// Visible label.
    pub label: Signal<String>,
    /// Programs this choice leaves, shown beside the label.
    pub count: Signal<String>,
    /// Whether it is selected.
    pub checked: Signal<bool>,
}

/// A `<fieldset>` of checkboxes. Created once; only texts and state change, so focus stays.
#[component]
pub fn CheckboxGroup(
    /// The group's name, unique on the page.
    name: &'static str,
    /// The visible legend.
    legend: Signal<String>,
    /// The choices.
    choices: Vec<CheckboxChoice>,
    /// Called with the value and whether it is now selected.
    on_toggle: Callback<(String, bool)>,
) -> impl IntoView {
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
                                type="checkbox"
                                name=name
                                id=id.clone()
                                value=choice.value.clone()
                                prop:checked=choice.checked
                                on:change=move |ev| on_toggle.run((value.clone(), event_target_checked(&ev)))
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
