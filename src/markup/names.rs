//! The names that tie the page's markup to its behaviour, each written once: element ids,
//! the page's parts, the actions of its buttons and links, and the DOM events the app
//! listens to. The markup writes them and the handlers in `crate::ui` read them through
//! these types, so a misspelling fails to compile (and `tests/names.rs` round-trips every
//! one and checks that every id a rendered page points to exists).
//!
//! The names of form inputs are the URL parameters they set
//! ([`crate::budget::query::Param`]).

use crate::budget::names::named_enum;
use crate::budget::sort::SortKey;
use crate::markup::active_filters::Chip;

/// The attribute naming a part of the page (`crate::ui::html_host::Part`).
pub const DATA_PART: &str = "data-part";
/// The attribute naming what a button or link does ([`Action`]).
pub const DATA_ACTION: &str = "data-action";
/// The attribute holding an action's argument (a program id, a sort key...).
pub const DATA_VALUE: &str = "data-value";
/// The attribute holding a help button's definition, written into its bubble when open.
pub const DATA_DEFINITION: &str = "data-definition";

named_enum! {
    /// The fixed element ids of the page. Ids made from a value (a filter choice, a sort
    /// column, a help bubble) are built from these or from the value's own enum.
    pub enum Id {
        /// The app's container in index.html.
        App = "app",
        /// The loading notice index.html shows until the app has started.
        Boot = "boot",
        /// The note over the pre-rendered default view.
        DefaultViewNote = "default-view-note",
        /// The panic notice.
        Fatal = "fatal",
        /// The page's main content, the skip link's target.
        Main = "main",
        /// The language switch.
        LangToggle = "lang-toggle",
        /// The embed bar's link to the full page.
        EmbedOpenFull = "embed-open-full",
        /// The wrapper of the URL notices.
        UrlNoticesHost = "url-notices-host",
        /// The URL notices.
        UrlNotices = "url-notices",
        /// Their heading.
        UrlNoticesHeading = "url-notices-heading",
        /// The line saying the ignored parts were removed from the address bar.
        UrlNoticesRemoved = "url-notices-removed",
        /// The filter panel's heading.
        FiltersHeading = "filters-heading",
        /// The phone's button that shows or hides the filters.
        FiltersToggle = "filters-toggle",
        /// The filters themselves.
        FilterBody = "filter-body",
        /// How many programs the filters leave.
        MatchCount = "match-count",
        /// The search box.
        SearchInput = "search-input",
        /// The explanation of the 15-month budget.
        Budget15MonthHint = "budget-15month-hint",
        /// The filter panel's "clear all".
        ClearAll = "clear-all",
        /// The phone's "show n results".
        ShowResults = "show-results",
        /// The wrapper of the filter chips.
        ActiveFiltersHost = "active-filters-host",
        /// The filter chips.
        ActiveFilters = "active-filters",
        /// Their label.
        ActiveFiltersLabel = "active-filters-label",
        /// The chips' "clear all".
        ChipsClearAll = "chips-clear-all",
        /// The headline's figures (a part).
        HeadlineFigures = "headline-figures",
        /// The headline's heading, focused after a filter is chosen on a phone.
        HeadlineHeading = "headline-heading",
        /// The line saying which view the figures are of.
        HeadlineScope = "headline-scope",
        /// The total.
        HeadlineTotal = "headline-total",
        /// What the total is made of.
        HeadlineBasis = "headline-basis",
        /// The change's label.
        HeadlineChangeLabel = "headline-change-label",
        /// The change.
        HeadlineChange = "headline-change",
        /// The share's label.
        HeadlineShareLabel = "headline-share-label",
        /// The share.
        HeadlineShare = "headline-share",
        /// The amount per resident.
        HeadlinePerResident = "headline-per-resident",
        /// The like-for-like sentence.
        HeadlineLikeForLike = "headline-like-for-like",
        /// The live region announcing a new view.
        HeadlineAnnouncement = "headline-announcement",
        /// The note that the open program is outside the view.
        OutsideSelection = "outside-selection",
        /// Its link to the nearest view that includes it.
        IncludeProgram = "include-program",
        /// The downloads' and citation's heading.
        ViewToolsHeading = "view-tools-heading",
        /// The CSV download.
        DownloadCsv = "download-csv",
        /// The JSON download.
        DownloadJson = "download-json",
        /// The note under the downloads.
        DownloadNote = "download-note",
        /// The button that opens the citation.
        CiteToggle = "cite-toggle",
        /// The citation's panel.
        CitePanel = "cite-panel",
        /// The citation's text area.
        CiteText = "cite-text",
        /// The citation's copy button.
        CiteCopy = "cite-copy",
        /// What the copy button did.
        CiteStatus = "cite-status",
        /// The citation a printed page carries.
        PrintRecord = "print-record",
        /// The rounds section's heading.
        RoundsHeading = "rounds-heading",
        /// The rounds table.
        RoundsTable = "rounds-table",
        /// Its caption.
        RoundsTableCaption = "rounds-table-caption",
        /// The order switch of the breakdowns.
        OrderSwitch = "order-switch",
        /// The breakdown by area's heading.
        ByAreaHeading = "by-area-heading",
        /// Its bars.
        AreaChart = "area-chart",
        /// Its data table.
        AreaTable = "area-table",
        /// The breakdown by ministry's heading.
        ByMinistryHeading = "by-ministry-heading",
        /// Its bars.
        MinistryChart = "ministry-chart",
        /// Its data table.
        MinistryTable = "ministry-table",
        /// The open program's detail.
        ProgramDetail = "program-detail",
        /// Its title.
        ProgramDetailTitle = "program-detail-title",
        /// Its close link.
        CloseDetail = "close-detail",
        /// Its table of amounts.
        DetailAmounts = "detail-amounts",
        /// Its link to the source.
        DetailSourceLink = "detail-source-link",
        /// The program table's heading.
        ProgramsHeading = "programs-heading",
        /// The program table.
        ProgramTable = "program-table",
        /// Its caption.
        ProgramTableCaption = "program-table-caption",
        /// The pager's button to the previous page.
        PagerPrevious = "pager-previous",
        /// Where the page stands.
        PagerRange = "pager-range",
        /// The pager's button to the next page.
        PagerNext = "pager-next",
        /// "Embed this view".
        Embed = "embed",
        /// Its heading.
        EmbedHeading = "embed-heading",
        /// The button that shows or hides the snippet.
        EmbedToggle = "embed-toggle",
        /// The snippet's panel.
        EmbedBody = "embed-body",
        /// The snippet's text area.
        EmbedCode = "embed-code",
        /// Its copy button.
        EmbedCopy = "embed-copy",
        /// About the data.
        About = "about",
        /// Its heading.
        AboutHeading = "about-heading",
        /// Its link to the source.
        AboutSourceLink = "about-source-link",
        /// The link to the whole dataset as JSON.
        DatasetJson = "dataset-json",
        /// The link to the whole dataset as CSV.
        DatasetCsv = "dataset-csv",
        /// The glossary.
        Glossary = "glossary",
        /// Its heading.
        GlossaryHeading = "glossary-heading",
        /// The embed's source attribution.
        Attribution = "attribution",
        /// The footer's link to the accessibility statement.
        AccessibilityLink = "accessibility-link",
        /// About's link to the accessibility statement.
        AboutAccessibility = "about-accessibility",
    }
}

impl Id {
    /// The id of the caption of the table this id names (`<table>-caption`).
    pub fn caption_of(self) -> String {
        format!("{}-caption", self.as_str())
    }

    /// The id of the disclosure around the table this id names (`<table>-details`).
    pub fn details_of(self) -> String {
        format!("{}-details", self.as_str())
    }
}

named_enum! {
    /// The parts of the page: one element each, marked `data-part`, redrawn on its own
    /// (`crate::ui::html_host::Part`).
    pub enum PartKey {
        /// The skip link.
        Skip = "skip",
        /// The full page's header.
        SiteHeader = "site-header",
        /// The embed's top line.
        EmbedBar = "embed-bar",
        /// The URL notices.
        Notices = "notices",
        /// The filter panel.
        Filters = "filters",
        /// The filter chips.
        ActiveFilters = "active-filters",
        /// The headline's figures.
        Headline = "headline",
        /// The headline's live announcement.
        Announcement = "announcement",
        /// Downloads and citation.
        ViewTools = "view-tools",
        /// The citation a printed page carries.
        PrintRecord = "print-record",
        /// The rounds table.
        Rounds = "rounds",
        /// The order switch.
        OrderSwitch = "order-switch",
        /// The breakdown by area.
        ByArea = "by-area",
        /// The breakdown by ministry.
        ByMinistry = "by-ministry",
        /// The open program's detail.
        Detail = "detail",
        /// The program table.
        Programs = "programs",
        /// "Embed this view".
        EmbedSnippet = "embed-snippet",
        /// About the data.
        About = "about",
        /// The full page's footer.
        Footer = "footer",
        /// The embed's footer.
        EmbedFooter = "embed-footer",
    }
}

named_enum! {
    /// The DOM events the app handles, each listened to once at the page's root.
    pub enum DomEvent {
        /// A click, or Enter or Space on a button.
        Click = "click",
        /// A key pressed (Escape closes a help bubble).
        Keydown = "keydown",
        /// A radio button or checkbox changed.
        Change = "change",
        /// Typing in the search box.
        Input = "input",
        /// A pointer pressed (a download's file is made before the click follows it).
        PointerDown = "pointerdown",
    }
}

named_enum! {
    /// What kind of thing a button or link does: the value of its `data-action`.
    pub enum ActionKind {
        /// Show or hide the phone's filter panel.
        ToggleFilters = "toggle-filters",
        /// Clear every filter.
        ClearAll = "clear-all",
        /// Close the phone's filter panel and show the result.
        ShowResults = "show-results",
        /// Remove one filter chip (`data-value`: [`Chip::key`]).
        RemoveChip = "remove-chip",
        /// Dismiss the URL notices.
        DismissNotices = "dismiss-notices",
        /// Switch to the other language.
        SwitchLanguage = "switch-language",
        /// Go to the nearest view that includes the open program.
        IncludeProgram = "include-program",
        /// Open a program's detail (`data-value`: its id).
        OpenProgram = "open-program",
        /// Close the program's detail.
        CloseDetail = "close-detail",
        /// Sort the program table (`data-value`: the column).
        SortBy = "sort-by",
        /// The program table's previous page.
        PreviousPage = "previous-page",
        /// The program table's next page.
        NextPage = "next-page",
        /// Show the areas of a bar (`data-value`: area numbers, comma-separated).
        ChooseAreas = "choose-areas",
        /// Show the ministry of a bar (`data-value`: its id).
        ChooseMinistry = "choose-ministry",
        /// Open or close a glossary word's help bubble.
        ToggleHelp = "toggle-help",
        /// Open or close the citation.
        ToggleCitation = "toggle-citation",
        /// Copy the citation.
        CopyCitation = "copy-citation",
        /// Show or hide the embed snippet.
        ToggleEmbedCode = "toggle-embed-code",
        /// Copy the embed snippet.
        CopyEmbedCode = "copy-embed-code",
        /// Download the view as CSV.
        DownloadCsv = "download-csv",
        /// Download the view as JSON.
        DownloadJson = "download-json",
    }
}

/// What a button or link does, with its argument: written into the markup by
/// [`Action::attributes`] and read back by the handlers with [`Action::read`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show or hide the phone's filter panel.
    ToggleFilters,
    /// Clear every filter.
    ClearAll,
    /// Close the phone's filter panel and show the result.
    ShowResults,
    /// Remove one filter chip.
    RemoveChip(Chip),
    /// Dismiss the URL notices.
    DismissNotices,
    /// Switch to the other language.
    SwitchLanguage,
    /// Go to the nearest view that includes the open program.
    IncludeProgram,
    /// Open the detail of the program with this id.
    OpenProgram(String),
    /// Close the program's detail.
    CloseDetail,
    /// Sort the program table by this column.
    SortBy(SortKey),
    /// The program table's previous page.
    PreviousPage,
    /// The program table's next page.
    NextPage,
    /// Show these areas (a bar may stand for two, the derived (5)+(6)).
    ChooseAreas(Vec<u8>),
    /// Show the ministry with this id.
    ChooseMinistry(String),
    /// Open or close a glossary word's help bubble.
    ToggleHelp,
    /// Open or close the citation.
    ToggleCitation,
    /// Copy the citation.
    CopyCitation,
    /// Show or hide the embed snippet.
    ToggleEmbedCode,
    /// Copy the embed snippet.
    CopyEmbedCode,
    /// Download the view as CSV.
    DownloadCsv,
    /// Download the view as JSON.
    DownloadJson,
}

impl Action {
    /// Its kind, the value of `data-action`.
    pub fn kind(&self) -> ActionKind {
        match self {
            Action::ToggleFilters => ActionKind::ToggleFilters,
            Action::ClearAll => ActionKind::ClearAll,
            Action::ShowResults => ActionKind::ShowResults,
            Action::RemoveChip(_) => ActionKind::RemoveChip,
            Action::DismissNotices => ActionKind::DismissNotices,
            Action::SwitchLanguage => ActionKind::SwitchLanguage,
            Action::IncludeProgram => ActionKind::IncludeProgram,
            Action::OpenProgram(_) => ActionKind::OpenProgram,
            Action::CloseDetail => ActionKind::CloseDetail,
            Action::SortBy(_) => ActionKind::SortBy,
            Action::PreviousPage => ActionKind::PreviousPage,
            Action::NextPage => ActionKind::NextPage,
            Action::ChooseAreas(_) => ActionKind::ChooseAreas,
            Action::ChooseMinistry(_) => ActionKind::ChooseMinistry,
            Action::ToggleHelp => ActionKind::ToggleHelp,
            Action::ToggleCitation => ActionKind::ToggleCitation,
            Action::CopyCitation => ActionKind::CopyCitation,
            Action::ToggleEmbedCode => ActionKind::ToggleEmbedCode,
            Action::CopyEmbedCode => ActionKind::CopyEmbedCode,
            Action::DownloadCsv => ActionKind::DownloadCsv,
            Action::DownloadJson => ActionKind::DownloadJson,
        }
    }

    /// Its argument, the value of `data-value`, if it has one.
    pub fn value(&self) -> Option<String> {
        match self {
            Action::RemoveChip(chip) => Some(chip.key()),
            Action::OpenProgram(id) | Action::ChooseMinistry(id) => Some(id.clone()),
            Action::SortBy(key) => Some(key.as_str().to_string()),
            Action::ChooseAreas(numbers) => Some(
                numbers
                    .iter()
                    .map(u8::to_string)
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            _ => None,
        }
    }

    /// The attributes that mark an element with this action: `data-action`, and
    /// `data-value` when it has an argument. Spread them into [`crate::html::Html::open`]'s
    /// list with [`Action::with`].
    pub fn attributes(&self) -> ActionAttributes {
        ActionAttributes {
            kind: self.kind(),
            value: self.value(),
        }
    }

    /// A CSS selector for the elements marked with this action (see [`Action::attributes`]).
    pub fn selector(&self) -> String {
        let mut selector = format!("[{DATA_ACTION}=\"{}\"]", self.kind().as_str());
        if let Some(value) = self.value() {
            selector.push_str(&format!("[{DATA_VALUE}=\""));
            // A double-quoted CSS string: its quotes and backslashes escaped (ids come from
            // the data).
            for c in value.chars() {
                if matches!(c, '"' | '\\') {
                    selector.push('\\');
                }
                selector.push(c);
            }
            selector.push_str("\"]");
        }
        selector
    }

    /// The action an element's `data-action` (`kind`) and `data-value` (`value`) name.
    pub fn read(kind: &str, value: Option<&str>) -> Option<Action> {
        let kind = ActionKind::parse(kind)?;
        let text = || value.map(str::to_string);
        Some(match kind {
            ActionKind::ToggleFilters => Action::ToggleFilters,
            ActionKind::ClearAll => Action::ClearAll,
            ActionKind::ShowResults => Action::ShowResults,
            ActionKind::RemoveChip => Action::RemoveChip(Chip::from_key(value?)?),
            ActionKind::DismissNotices => Action::DismissNotices,
            ActionKind::SwitchLanguage => Action::SwitchLanguage,
            ActionKind::IncludeProgram => Action::IncludeProgram,
            ActionKind::OpenProgram => Action::OpenProgram(text()?),
            ActionKind::CloseDetail => Action::CloseDetail,
            ActionKind::SortBy => Action::SortBy(SortKey::parse(value?)?),
            ActionKind::PreviousPage => Action::PreviousPage,
            ActionKind::NextPage => Action::NextPage,
            ActionKind::ChooseAreas => Action::ChooseAreas(
                value?
                    .split(',')
                    .map(|n| n.parse().ok())
                    .collect::<Option<Vec<u8>>>()?,
            ),
            ActionKind::ChooseMinistry => Action::ChooseMinistry(text()?),
            ActionKind::ToggleHelp => Action::ToggleHelp,
            ActionKind::ToggleCitation => Action::ToggleCitation,
            ActionKind::CopyCitation => Action::CopyCitation,
            ActionKind::ToggleEmbedCode => Action::ToggleEmbedCode,
            ActionKind::CopyEmbedCode => Action::CopyEmbedCode,
            ActionKind::DownloadCsv => Action::DownloadCsv,
            ActionKind::DownloadJson => Action::DownloadJson,
        })
    }
}

/// The `data-action` and `data-value` of an element (see [`Action::attributes`]).
pub struct ActionAttributes {
    kind: ActionKind,
    value: Option<String>,
}

impl ActionAttributes {
    /// `attributes` followed by these, for [`crate::html::Html::open`].
    pub fn with<'a>(
        &'a self,
        attributes: &[(&'static str, &'a str)],
    ) -> Vec<(&'static str, &'a str)> {
        let mut all = attributes.to_vec();
        all.push((DATA_ACTION, self.kind.as_str()));
        if let Some(value) = &self.value {
            all.push((DATA_VALUE, value));
        }
        all
    }
}
