//! The active filters as removable chips, as HTML.

use crate::budget::query::ViewState;
use crate::budget::{Dataset, KindFilter, Lang};
use crate::html::{Html, Markup};
use crate::markup::names::{Action, Id};
use crate::text::{chip_remove_label, fiscal_year, takeaway_labels, view_rounds, RoundsWording};

/// What one chip removes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Chip {
    /// Another year than the newest: back to the newest.
    Year(u16),
    /// Another budget kind than the default.
    Budget,
    /// One ministry.
    Ministry(String),
    /// One strategy area.
    Area(u8),
    /// The search text.
    Search,
}

impl Chip {
    /// Takes the chip's filter out of `s` (and closes the open program, as any filter
    /// change does).
    pub fn remove(&self, s: &mut ViewState) {
        match self {
            Chip::Year(latest) => s.year = *latest,
            Chip::Budget => s.budget = KindFilter::default(),
            Chip::Ministry(id) => s.ministries.retain(|m| m != id),
            Chip::Area(n) => s.areas.retain(|a| a != n),
            Chip::Search => s.q.clear(),
        }
        s.program = None;
    }

    /// The chip's key, its action's `data-value`, read back by [`Chip::from_key`].
    pub fn key(&self) -> String {
        match self {
            Chip::Year(latest) => format!("year-{latest}"),
            Chip::Budget => "budget".to_string(),
            Chip::Ministry(id) => format!("ministry-{id}"),
            Chip::Area(n) => format!("area-{n}"),
            Chip::Search => "q".to_string(),
        }
    }

    /// The chip a key names.
    pub fn from_key(key: &str) -> Option<Chip> {
        match key {
            "budget" => Some(Chip::Budget),
            "q" => Some(Chip::Search),
            _ => {
                if let Some(year) = key.strip_prefix("year-") {
                    year.parse().ok().map(Chip::Year)
                } else if let Some(id) = key.strip_prefix("ministry-") {
                    Some(Chip::Ministry(id.to_string()))
                } else {
                    key.strip_prefix("area-")?.parse().ok().map(Chip::Area)
                }
            }
        }
    }
}

/// The chips of a state, with their labels, in the order of the filter panel.
pub fn chips(data: &Dataset, s: &ViewState, lang: Lang) -> Vec<(Chip, String)> {
    let mut out = Vec::new();
    // Another year than the newest is a choice too, though "clear all" keeps it (as the
    // panel's button does): so it stays visible, and removable on its own.
    let latest = data.latest_fiscal_year();
    if s.year != latest {
        out.push((Chip::Year(latest), fiscal_year(s.year, lang)));
    }
    if !s.q.trim().is_empty() {
        let label = match lang {
            Lang::Ja => format!("「{}」", s.q.trim()),
            Lang::En => format!("\"{}\"", s.q.trim()),
        };
        out.push((Chip::Search, label));
    }
    if s.budget != KindFilter::default() {
        out.push((
            Chip::Budget,
            view_rounds(data, s.year, s.budget, RoundsWording::Choice, lang),
        ));
    }
    for id in &s.ministries {
        if let Some(m) = data.ministry_idx(id) {
            out.push((
                Chip::Ministry(id.clone()),
                data.ministries[m].name.get(lang).to_string(),
            ));
        }
    }
    for &n in &s.areas {
        if let Some(a) = data.area_idx(n) {
            out.push((
                Chip::Area(n),
                format!("({n}) {}", data.areas[a].name.get(lang)),
            ));
        }
    }
    out
}

/// One real button per active filter (its name says what it removes) and "clear all";
/// nothing when no filter is on.
pub fn active_filters(data: &Dataset, s: &ViewState) -> Markup {
    let lang = s.lang;
    let list = chips(data, s, lang);
    if list.is_empty() {
        return Markup::default();
    }
    let l = takeaway_labels(lang);
    let mut html = Html::default();
    html.open(
        "div",
        &[
            ("class", "active-filters"),
            ("id", Id::ActiveFilters.as_str()),
            ("role", "group"),
            ("aria-labelledby", Id::ActiveFiltersLabel.as_str()),
        ],
    )
    .element(
        "span",
        &[
            ("class", "active-filters-label"),
            ("id", Id::ActiveFiltersLabel.as_str()),
        ],
        l.chips_label,
    )
    .open("ul", &[("class", "chips")]);
    for (chip, label) in list {
        let name = chip_remove_label(&label, lang);
        let remove = Action::RemoveChip(chip).attributes();
        html.open("li", &[])
            .open(
                "button",
                &remove.with(&[("type", "button"), ("class", "chip"), ("aria-label", &name)]),
            )
            .element("span", &[("class", "chip-label")], &label)
            .element("span", &[("class", "chip-x"), ("aria-hidden", "true")], "×")
            .close("button")
            .close("li");
    }
    html.close("ul")
        .element(
            "button",
            &Action::ClearAll.attributes().with(&[
                ("type", "button"),
                ("class", "chips-clear"),
                ("id", Id::ChipsClearAll.as_str()),
            ]),
            l.chips_clear_all,
        )
        .close("div");
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::Explorer;

    fn data() -> Dataset {
        crate::dataset::latest_edition().expect("the embedded edition loads")
    }

    #[test]
    fn no_filter_no_chips() {
        let data = data();
        assert!(active_filters(&data, &ViewState::default_for(&data)).is_empty());
    }

    #[test]
    fn each_filter_is_a_chip_whose_key_removes_it() {
        let data = data();
        let (state, _) = ViewState::parse("ministry=mic,mod&area=2&q=<セキュリティ>", &data);
        let html = active_filters(&data, &state).into_string();
        assert_eq!(html.matches("class=\"chip\"").count(), 4, "{html}");
        assert!(html.contains("「&lt;セキュリティ&gt;」"));
        assert!(html.contains("data-action=\"remove-chip\" data-value=\"ministry-mod\""));
        assert!(html.contains("data-action=\"remove-chip\" data-value=\"area-2\""));
        assert!(html.contains(takeaway_labels(Lang::Ja).chips_clear_all));
        let mut after = state.clone();
        Chip::from_key("ministry-mic")
            .expect("a key")
            .remove(&mut after);
        assert_eq!(after.ministries, vec!["mod".to_string()]);
        Chip::from_key("q").expect("a key").remove(&mut after);
        assert!(after.q.is_empty());
        Chip::from_key("area-2").expect("a key").remove(&mut after);
        assert!(after.areas.is_empty());
        assert_eq!(Chip::from_key("area-x"), None);
        let latest = data.latest_fiscal_year();
        assert_eq!(
            Chip::from_key(&Chip::Year(latest).key()),
            Some(Chip::Year(latest))
        );
    }

    #[test]
    fn chips_speak_english_too() {
        let explorer = Explorer::new(data());
        let (state, _) = ViewState::parse("ministry=mod&lang=en", &explorer.data);
        let html = active_filters(&explorer.data, &state).into_string();
        assert!(html.contains(takeaway_labels(Lang::En).chips_label));
        let name = explorer.data.ministries[explorer.data.ministry_idx("mod").expect("mod")]
            .name
            .get(Lang::En);
        assert!(html.contains(&format!(
            "aria-label=\"{}\"",
            chip_remove_label(name, Lang::En)
        )));
    }
}
