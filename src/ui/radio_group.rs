//! A group of radio buttons, each with the number of programs it would leave.

use leptos::prelude::*;

/// One radio button; its texts and state follow the view.
#[derive(Clone)]
pub struct RadioChoice {
    /// The value written to the state when chosen.
    pub value: String,
    /// Visible label.
    pub label: Signal<String>,
    /// Programs this choice would leave, shown beside the label.
    pub count: Signal<String>,
    /// Whether it is the current choice.
    pub checked: Signal<bool>,
}

/// A `<fieldset>` of radio buttons. The buttons are created once and only their texts
/// and state change, so keyboard focus stays where it is while the view updates.
#[component]
pub fn RadioGroup(
    /// The group's name, unique on the page.
    name: &'static str,
    /// The visible legend.
    legend: Signal<String>,
    /// The choices.
    choices: Vec<RadioChoice>,
    /// Called with the chosen value.
    on_select: Callback<String>,
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
                                type="radio"
                                name=name
                                id=id.clone()
                                value=choice.value.clone()
                                prop:checked=choice.checked
                                on:change=move |_| on_select.run(value.clone())
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
