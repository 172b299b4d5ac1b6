//! The page layout, the address-bar listeners and `<html lang>`.

use leptos::prelude::*;

use super::about::About;
use super::active_filters::ActiveFilters;
use super::area_breakdown::AreaBreakdown;
use super::filter_panel::FilterPanel;
use super::headline::Headline;
use super::ministry_breakdown::MinistryBreakdown;
use super::notices::UrlNotices;
use super::program_detail::ProgramDetail;
use super::program_table::ProgramTable;
use super::site_header::SiteHeader;
use super::state::AppState;
use super::url::current_query;
use super::view_tools::ViewTools;
use crate::budget::Explorer;
use crate::text::labels;

/// The whole explorer.
#[component]
pub fn App(explorer: Explorer, initial_query: String) -> impl IntoView {
    let state = AppState::new(explorer, &initial_query);

    // Back and Forward change the address bar without telling us: re-read it.
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        state.restore(&current_query())
    });
    on_cleanup(move || popstate.remove());

    // Talking to the outside world: the document's language and title follow the view.
    Effect::new(move |_| {
        let lang = state.lang.get();
        let document = document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        document.set_title(labels(lang).app_title);
    });

    view! {
        <a class="skip-link" href="#main">{move || labels(state.lang.get()).skip_to_content}</a>
        <SiteHeader state=state />
        <UrlNotices state=state />
        <div class="layout">
            <FilterPanel state=state />
            <main id="main" tabindex="-1">
                <ActiveFilters state=state />
                <Headline state=state />
                <ViewTools state=state />
                <div class="breakdowns">
                    <AreaBreakdown state=state />
                    <MinistryBreakdown state=state />
                </div>
                <ProgramDetail state=state />
                <ProgramTable state=state />
                <About state=state />
            </main>
        </div>
        <footer class="site-footer">
            <p>{move || state.explorer.with_value(|e| e.data.edition.publisher.get(state.lang.get()).to_string())}</p>
        </footer>
    }
}
