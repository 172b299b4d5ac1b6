//! The page layout (full page or embed mode), the address-bar listeners and `<html>`'s
//! language and mode.

use leptos::prelude::*;

use super::about::About;
use super::active_filters::ActiveFilters;
use super::area_breakdown::AreaBreakdown;
use super::embed_bar::EmbedBar;
use super::embed_footer::EmbedFooter;
use super::embed_snippet::EmbedSnippet;
use super::filter_panel::FilterPanel;
use super::headline::Headline;
use super::html_host::follow_selector;
use super::ministry_breakdown::MinistryBreakdown;
use super::notices::UrlNotices;
use super::order_switch::OrderSwitch;
use super::program_detail::ProgramDetail;
use super::program_table::ProgramTable;
use super::rounds_table::RoundsTable;
use super::site_header::SiteHeader;
use super::state::AppState;
use super::url::{current_query, on_history_change};
use super::view_tools::ViewTools;
use crate::budget::Explorer;
use crate::markup::frame::{site_footer, skip_link as skip_link_html};
use crate::text::labels;

/// The class on `<html>` in embed mode; boot.js sets it before first paint, the app keeps
/// it in step with the URL (Back can leave embed mode).
const EMBED_CLASS: &str = "cbe-embed";

/// The whole explorer.
#[component]
pub fn App(explorer: Explorer, initial_query: String) -> impl IntoView {
    let state = AppState::new(explorer, &initial_query);
    let embed = Memo::new(move |_| state.view_state.with(|s| s.embed));
    let controls = Memo::new(move |_| state.view_state.with(|s| s.controls));

    // Back and Forward change the address bar without telling us: re-read it.
    on_history_change(move || state.restore(&current_query()));

    // Talking to the outside world: the document's language, title and mode follow the view.
    Effect::new(move |_| {
        let lang = state.lang.get();
        let document = document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.tag());
            let _ = root
                .class_list()
                .toggle_with_force(EMBED_CLASS, embed.get());
        }
        document.set_title(labels(lang).app_title);
    });

    // The frame's words follow the language in place (`html_host`), as the sections do.
    let skip_link = Memo::new(move |_| skip_link_html(state.lang.get()));
    follow_selector(".skip-link", skip_link);
    let footer = Memo::new(move |_| {
        let lang = state.lang.get();
        state
            .explorer
            .with_value(|e| site_footer(e.data.edition.publisher.get(lang)))
    });
    follow_selector(".site-footer", footer);

    let figures = move || {
        view! {
            // The chips remove filters: a control, so in an embed only with `controls=1`.
            {move || (!embed.get() || controls.get()).then(|| view! { <ActiveFilters state=state /> })}
            <Headline state=state />
            <ViewTools state=state />
            <RoundsTable state=state />
            // The order of the breakdowns is a control: shown on the full page, and in an
            // embed only with `controls=1`.
            {move || (!embed.get() || controls.get()).then(|| view! { <OrderSwitch state=state /> })}
            <div class="breakdowns">
                <AreaBreakdown state=state />
                <MinistryBreakdown state=state />
            </div>
            <ProgramDetail state=state />
            <ProgramTable state=state />
        }
    };

    move || {
        if embed.get() {
            view! {
                <a class="skip-link" href="#main" inner_html=skip_link.get_untracked()></a>
                <EmbedBar state=state />
                <UrlNotices state=state />
                <div class="layout" class:embed-no-controls=move || !controls.get()>
                    {move || controls.get().then(|| view! { <FilterPanel state=state /> })}
                    <main id="main" tabindex="-1">{figures()}</main>
                </div>
                <EmbedFooter state=state />
            }
            .into_any()
        } else {
            view! {
                <a class="skip-link" href="#main" inner_html=skip_link.get_untracked()></a>
                <SiteHeader state=state />
                <UrlNotices state=state />
                <div class="layout">
                    <FilterPanel state=state />
                    <main id="main" tabindex="-1">
                        {figures()}
                        <EmbedSnippet state=state />
                        <About state=state />
                    </main>
                </div>
                <footer class="site-footer" inner_html=footer.get_untracked()></footer>
            }
            .into_any()
        }
    }
}
