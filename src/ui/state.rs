//! The app's shared reactive state, passed down as one bundle.
//!
//! The URL query ([`ViewState`]) is the single source of truth: controls call
//! [`AppState::update`], which changes the signal and writes the address bar; everything
//! shown is derived from it through memos over the budget model.

use std::sync::{Mutex, PoisonError};

use crate::ui::prelude::*;

use super::html_host::Host;
use super::url::{write_query, HistoryMode};
use crate::budget::query::{Notice, NoticeKind, Param, ViewState};
use crate::budget::sort::sort_programs;
use crate::budget::view::ProgramRow;
use crate::budget::{Explorer, Facets, Filter, Lang, View};

/// Everything the parts read and the one way they change it.
#[derive(Clone, Copy)]
pub struct AppState {
    /// What the app keeps about the page it has drawn (parts, handlers, held parts, jobs
    /// waiting for a frame).
    pub host: StoredValue<Host, LocalStorage>,
    /// The dataset, prepared for views.
    pub explorer: StoredValue<Explorer>,
    /// What the URL asks for.
    pub view_state: RwSignal<ViewState>,
    /// Parts of the URL that were ignored, for the notice.
    pub notices: RwSignal<Vec<Notice>>,
    /// True once the app has written a URL without the parts `notices` names.
    pub notices_removed: RwSignal<bool>,
    /// The filter part of the state (so language or sort changes do not recompute views).
    pub filter: Memo<Filter>,
    /// The computed view.
    pub view: Memo<View>,
    /// Program counts per control choice.
    pub facets: Memo<Facets>,
    /// The program table's rows in the chosen order.
    pub sorted_programs: Memo<Vec<ProgramRow>>,
    /// The language.
    pub lang: Memo<Lang>,
}

impl AppState {
    /// Builds the state from the dataset and the URL the page was opened with.
    pub fn new(explorer: Explorer, initial_query: &str) -> Self {
        let (view_state, notices) = ViewState::parse(initial_query, &explorer.data);
        // A link too long to read in full is replaced by the URL of the view it gave, before
        // anything is drawn: the browser resolves every relative link against the page's
        // URL, and a megabyte URL made each of them (and each redraw) cost a copy of it.
        let too_long = notices
            .iter()
            .any(|n| matches!(n.kind, NoticeKind::TooLong { .. }));
        if too_long {
            write_query(&view_state.to_query(&explorer.data), HistoryMode::Replace);
        }
        let explorer = StoredValue::new(explorer);
        let view_state = RwSignal::new(view_state);
        let filter =
            Memo::new(move |_| explorer.with_value(|e| view_state.with(|s| s.filter(&e.data))));
        let order = Memo::new(move |_| view_state.with(|s| s.order));
        // The filter the view memo last computed a view for: when only the breakdown order
        // changed, the memo re-sorts the previous view's breakdowns (it owns that view, so
        // nothing is copied) instead of computing the view again. A plain `Mutex` that the
        // memo's closure owns: what only it reads needs no reactive storage.
        let view_filter = Mutex::new(None::<Filter>);
        let view = Memo::new_owning(move |previous: Option<View>| {
            let order = order.get();
            let mut last = view_filter.lock().unwrap_or_else(PoisonError::into_inner);
            filter.with(|f| match previous {
                Some(view) if last.as_ref() == Some(f) => (view.ordered(order), true),
                previous => {
                    *last = Some(f.clone());
                    let view = explorer.with_value(|e| e.view(f)).ordered(order);
                    // As `Memo::new` would: readers run again only if the view differs (it
                    // usually does at once, at its rounds or headline).
                    let changed = previous.as_ref() != Some(&view);
                    (view, changed)
                }
            })
        });
        let facets = Memo::new(move |_| explorer.with_value(|e| filter.with(|f| e.facets(f))));
        let lang = Memo::new(move |_| view_state.with(|s| s.lang));
        let sort = Memo::new(move |_| view_state.with(|s| s.sort));
        // The rows depend on the filter, not on the breakdown order, so the view is read
        // untracked (a read still brings it up to date) and the filter tracked.
        let sorted_programs = Memo::new(move |_| {
            filter.track();
            let mut rows = view.with_untracked(|v| v.programs.clone());
            explorer.with_value(|e| sort_programs(&mut rows, sort.get(), &e.data, lang.get()));
            rows
        });
        AppState {
            host: StoredValue::new_local(Host::default()),
            explorer,
            view_state,
            notices: RwSignal::new(notices),
            notices_removed: RwSignal::new(too_long),
            filter,
            view,
            facets,
            sorted_programs,
            lang,
        }
    }

    /// Changes the view and records it in the address bar; a change that changes nothing
    /// writes nothing, so repeated clicks do not pile up history.
    pub fn update(&self, mode: HistoryMode, change: impl FnOnce(&mut ViewState)) {
        let mut next = self.view_state.get_untracked();
        change(&mut next);
        self.show(next, mode);
    }

    /// The rest of [`AppState::update`], once: `update` is compiled again for each
    /// `change` it is called with, and this need not be.
    #[inline(never)]
    fn show(&self, next: ViewState, mode: HistoryMode) {
        if next == self.view_state.get_untracked() {
            return;
        }
        let query = self.explorer.with_value(|e| next.to_query(&e.data));
        let host = self.host();
        // The address bar is not part of the page's frame, and writing it cost a few
        // milliseconds of a click: it follows once the frame is painted, before the parts
        // held out of view catch up (so a part drawn after a click finds its URL written).
        // In an embed the frame's entry is replaced, never added: the host page's history
        // (its Back button) is the host's.
        let mode = if next.embed {
            HistoryMode::Replace
        } else {
            mode
        };
        // Back or Forward before the write (a click and `history.back()` in one task) make
        // the address bar the view's source again: then this view's URL is not written, or
        // it would stand over the view Back restored.
        let moves = host.history_moves();
        let written_by = host.clone();
        host.after_next_paint(move || {
            if written_by.history_moves() == moves {
                write_query(&query, mode);
            }
        });
        host.hold_out_of_view();
        // Notices follow the address bar: the URL written now holds only what the view uses,
        // so the parts they name are gone, except what the reader has chosen since (a
        // parameter repeated in the link, then ticked). Those that remain stay listed (a
        // reader may have switched language to read them) but say they were removed.
        if !self.notices.with_untracked(Vec::is_empty) {
            self.explorer.with_value(|e| {
                self.notices
                    .update(|notices| notices.retain(|n| !n.answered_by(&next, &e.data)))
            });
            self.notices_removed.set(true);
        }
        self.view_state.set(next);
    }

    /// Re-reads the address bar, after Back or Forward.
    pub fn restore(&self, query: &str) {
        self.host().moved_in_history();
        let (state, notices) = self
            .explorer
            .with_value(|e| ViewState::parse(query, &e.data));
        self.host().hold_out_of_view();
        self.view_state.set(state);
        self.notices.set(notices);
        self.notices_removed.set(false);
    }

    /// The view after the reader chose `value` in `param`'s radio buttons or checkboxes
    /// (`ViewState::choose`): a history entry, like any filter.
    pub fn choose(&self, param: Param, value: &str, checked: bool) {
        self.update(HistoryMode::Push, |s| {
            self.explorer
                .with_value(|e| s.choose(param, value, checked, &e.data))
        });
    }

    /// The page host (a handle).
    pub fn host(&self) -> Host {
        self.host.get_value()
    }

    /// The link to the state `change` makes of the current one, for real `href`s.
    pub fn href(&self, change: impl FnOnce(&mut ViewState)) -> String {
        let mut next = self.view_state.get();
        change(&mut next);
        let query = self.explorer.with_value(|e| next.to_query(&e.data));
        if query.is_empty() {
            "?".to_string()
        } else {
            query
        }
    }
}
