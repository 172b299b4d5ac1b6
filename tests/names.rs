//! The names that tie markup to behaviour: each round-trips through its text, no two share
//! a text, and every page the app writes uses only names its handlers can read back.
//!
//! A misspelt name in Rust fails to compile (the markup and the handlers use the same
//! variants); these tests catch what the compiler cannot: a text written wrong in the one
//! place it is written, an id pointed to that no element has, a `data-action` or input
//! name that nothing reads.

use std::collections::{BTreeMap, BTreeSet};

use cyber_budget_explorer::budget::query::Param;
use cyber_budget_explorer::budget::sort::{BreakdownOrder, SortKey};
use cyber_budget_explorer::budget::{BudgetKind, Explorer, KindFilter, Lang};
use cyber_budget_explorer::dataset::latest_edition;
use cyber_budget_explorer::markup::active_filters::{chips, Chip};
use cyber_budget_explorer::markup::names::{
    Action, ActionKind, DomEvent, Id, PartKey, DATA_ACTION, DATA_PART, DATA_VALUE,
};
use cyber_budget_explorer::text::Term;
use cyber_budget_explorer::ui::prerender::render_query;

/// Checks that every name of a set parses back to itself and that no two share a text.
macro_rules! round_trip {
    ($($name:ty),+ $(,)?) => {$(
        let mut seen = BTreeSet::new();
        for &value in <$name>::ALL {
            assert_eq!(<$name>::parse(value.as_str()), Some(value), "{value:?}");
            assert!(seen.insert(value.as_str()), "{} used twice in {}", value.as_str(), stringify!($name));
        }
    )+};
}

#[test]
fn every_name_round_trips_and_is_unique_in_its_set() {
    round_trip!(
        Id,
        PartKey,
        DomEvent,
        ActionKind,
        Param,
        Lang,
        BudgetKind,
        KindFilter,
        SortKey,
        BreakdownOrder,
        Term,
    );
}

#[test]
fn every_action_is_read_back_from_the_attributes_it_writes() {
    let data = latest_edition().expect("the embedded edition loads");
    let mut actions = vec![
        Action::ToggleFilters,
        Action::ClearAll,
        Action::ShowResults,
        Action::DismissNotices,
        Action::SwitchLanguage,
        Action::IncludeProgram,
        Action::CloseDetail,
        Action::PreviousPage,
        Action::NextPage,
        Action::ToggleHelp,
        Action::ToggleCitation,
        Action::CopyCitation,
        Action::ToggleEmbedCode,
        Action::CopyEmbedCode,
        Action::DownloadCsv,
        Action::DownloadJson,
        Action::ChooseAreas(vec![5, 6]),
    ];
    actions.extend(
        data.programs
            .iter()
            .map(|p| Action::OpenProgram(p.id.clone())),
    );
    actions.extend(
        data.ministries
            .iter()
            .map(|m| Action::ChooseMinistry(m.id.clone())),
    );
    actions.extend(
        data.areas
            .iter()
            .map(|a| Action::ChooseAreas(vec![a.number])),
    );
    actions.extend(SortKey::ALL.iter().map(|&k| Action::SortBy(k)));
    // Every chip of a view with every filter on.
    let (state, _) = cyber_budget_explorer::budget::query::ViewState::parse(
        "year=2023&budget=all&ministry=cas,mod&area=1,3&q=R%26D",
        &data,
    );
    let every_chip: Vec<Chip> = chips(&data, &state, Lang::Ja)
        .into_iter()
        .map(|(chip, _)| chip)
        .collect();
    assert_eq!(every_chip.len(), 7, "{every_chip:?}");
    actions.extend(every_chip.into_iter().map(Action::RemoveChip));

    let kinds: BTreeSet<&str> = actions.iter().map(|a| a.kind().as_str()).collect();
    assert_eq!(
        kinds.len(),
        ActionKind::ALL.len(),
        "a kind of action is not tried"
    );
    for action in actions {
        let value = action.value();
        assert_eq!(
            Action::read(action.kind().as_str(), value.as_deref()),
            Some(action.clone()),
            "{action:?}"
        );
        // Its selector finds what its attributes mark.
        let kind = action.kind().as_str();
        let expected = match &value {
            Some(value) => format!("[data-action=\"{kind}\"][data-value=\"{value}\"]"),
            None => format!("[data-action=\"{kind}\"]"),
        };
        assert_eq!(action.selector(), expected, "{action:?}");
    }
    // A value from the data stands in the selector as a CSS string.
    assert_eq!(
        Action::OpenProgram("a\"b\\c".to_string()).selector(),
        "[data-action=\"open-program\"][data-value=\"a\\\"b\\\\c\"]"
    );
}

/// The start tags of `html`: the tag name and its attributes, in order. The markup is the
/// app's own writer's (`crate::html`), so every value is double-quoted and escaped.
fn start_tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if rest.starts_with('/') || rest.starts_with('!') {
            continue;
        }
        let end = rest.find('>').expect("a tag ends");
        let inside = &rest[..end];
        let name_end = inside.find(' ').unwrap_or(inside.len());
        let mut attributes = Vec::new();
        let mut attrs = &inside[name_end..];
        while let Some(eq) = attrs.find("=\"") {
            let name = attrs[..eq].trim().to_string();
            let value_start = eq + 2;
            let value_end = value_start + attrs[value_start..].find('"').expect("a value ends");
            attributes.push((name, attrs[value_start..value_end].replace("&amp;", "&")));
            attrs = &attrs[value_end + 1..];
        }
        tags.push((inside[..name_end].to_string(), attributes));
        rest = &rest[end..];
    }
    tags
}

/// Whether the tags of `html` are balanced: every element opened is closed, in order (void
/// elements, which have no end tag, aside). The writer (`crate::html::Html`) leaves opening
/// and closing to its callers; this holds each page it writes to account.
fn unbalanced(html: &str) -> Option<String> {
    const VOID: &[&str] = &[
        "area", "br", "col", "hr", "img", "input", "link", "meta", "wbr",
    ];
    let mut open: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').expect("a tag ends");
        let tag = &rest[..end];
        rest = &rest[end..];
        if tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            match open.pop() {
                Some(opened) if opened == name => {}
                other => return Some(format!("</{name}> closes <{other:?}>")),
            }
        } else {
            let name = tag.split(' ').next().unwrap_or_default();
            if !VOID.contains(&name) {
                open.push(name);
            }
        }
    }
    (!open.is_empty()).then(|| format!("left open: {open:?}"))
}

/// Views whose pages between them hold every part, control and action the app writes.
const QUERIES: &[&str] = &[
    "",
    "lang=en",
    "embed=1",
    "embed=1&controls=1&lang=en",
    "program=mod-rmf",
    "program=mod-rmf&ministry=mic&lang=en",
    "year=2023&budget=all&ministry=cas,mod&area=1,3&q=R%26D&order=source",
    "bad=1&q=%E2%80%AE",
];

#[test]
fn every_page_points_only_to_ids_it_has_and_uses_only_names_the_handlers_read() {
    // The balance check finds what it is there for.
    assert!(unbalanced("<div><p>x</div>").is_some());
    assert!(unbalanced("<p><input type=\"checkbox\">x</p><ul><li>").is_some());
    assert_eq!(unbalanced("<p><input type=\"checkbox\">x</p>"), None);
    let mut kinds_seen = BTreeSet::new();
    let mut parts_seen = BTreeSet::new();
    for query in QUERIES {
        let explorer = Explorer::new(latest_edition().expect("the embedded edition loads"));
        let html = render_query(explorer, query).into_string();
        assert_eq!(unbalanced(&html), None, "{query}");
        let tags = start_tags(&html);
        let mut ids: BTreeMap<String, usize> = BTreeMap::new();
        for (_, attributes) in &tags {
            for (name, value) in attributes {
                if name == "id" {
                    *ids.entry(value.clone()).or_default() += 1;
                }
            }
        }
        let repeated: Vec<_> = ids.iter().filter(|(_, &n)| n > 1).collect();
        assert!(repeated.is_empty(), "{query}: ids used twice: {repeated:?}");
        for (tag, attributes) in &tags {
            let get = |wanted: &str| {
                attributes
                    .iter()
                    .find(|(name, _)| name == wanted)
                    .map(|(_, v)| v.as_str())
            };
            for (name, value) in attributes {
                let pointed: Vec<&str> = match name.as_str() {
                    "aria-labelledby" | "aria-describedby" | "aria-controls" => {
                        value.split(' ').collect()
                    }
                    "for" => vec![value.as_str()],
                    "href" if value.starts_with('#') && value.len() > 1 => vec![&value[1..]],
                    _ => Vec::new(),
                };
                for id in pointed {
                    assert!(
                        ids.contains_key(id),
                        "{query}: <{tag} {name}=\"{value}\"> points to no element"
                    );
                }
            }
            if let Some(kind) = get(DATA_ACTION) {
                let action = Action::read(kind, get(DATA_VALUE));
                assert!(
                    action.is_some(),
                    "{query}: <{tag}> has an action no handler reads: {attributes:?}"
                );
                kinds_seen.insert(kind.to_string());
            }
            if let Some(key) = get(DATA_PART) {
                assert!(PartKey::parse(key).is_some(), "{query}: unknown part {key}");
                parts_seen.insert(key.to_string());
            }
            if tag == "input" {
                let name = get("name").unwrap_or_default();
                assert!(
                    Param::parse(name).is_some(),
                    "{query}: input named `{name}` sets no URL parameter"
                );
            }
        }
    }
    // Every part and action the app has is written by one of these pages.
    for key in PartKey::ALL {
        assert!(
            parts_seen.contains(key.as_str()),
            "no page writes the part {key:?}"
        );
    }
    // The pager's only on a list longer than a page (tests/e2e/paging.test.mjs).
    for kind in ActionKind::ALL {
        let paged = matches!(kind, ActionKind::PreviousPage | ActionKind::NextPage);
        assert_eq!(kinds_seen.contains(kind.as_str()), !paged, "{kind:?}");
    }
}
