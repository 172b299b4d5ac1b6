//! The detail of one program: what it does, its figures and the page each comes from.

use leptos::html;
use leptos::prelude::*;

use super::state::AppState;
use super::term_help::TermHelp;
use super::url::HistoryMode;
use crate::budget::format::{million_yen, oku};
use crate::budget::{Lang, SourceRef, Text};
use crate::text::{area_label, labels, takeaway_labels, Term};

fn page_ref(source: &SourceRef, lang: Lang) -> String {
    format!("{} {}", labels(lang).page, source.page)
}

fn optional_fact(label: &'static str, value: &Option<Text>, lang: Lang) -> impl IntoView {
    value.as_ref().map(|v| {
        view! {
            <div class="fact">
                <dt>{label}</dt>
                <dd>{v.get(lang).to_string()}</dd>
            </div>
        }
    })
}

/// The open program's page, shown when the URL names one; focus moves to it on opening.
#[component]
pub fn ProgramDetail(state: AppState) -> impl IntoView {
    let program_id = Memo::new(move |_| state.view_state.with(|s| s.program.clone()));
    move || {
        let id = program_id.get()?;
        let program_idx = state.explorer.with_value(|e| e.data.program_idx(&id))?;
        Some(view! { <DetailSection state=state program_idx=program_idx /> })
    }
}

#[component]
fn DetailSection(state: AppState, program_idx: usize) -> impl IntoView {
    let lang = state.lang;
    let section = NodeRef::<html::Section>::new();
    // Moving focus is talking to the outside world: done once the section is in the page.
    Effect::new(move |_| {
        if let Some(element) = section.get() {
            let _ = element.focus();
        }
    });
    let content = move || {
        let lang = lang.get();
        let l = labels(lang);
        state.explorer.with_value(|e| {
            let data = &e.data;
            let p = &data.programs[program_idx];
            let amounts = data
                .rounds
                .iter()
                .zip(&p.amounts)
                .map(|(round, amount)| {
                    view! {
                        <tr>
                            <th scope="row">{round.name.get(lang).to_string()}</th>
                            <td class="num">{amount.map_or_else(|| l.absent.to_string(), |a| oku(a, lang))}</td>
                            <td>{page_ref(&p.amounts_source, lang)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let sub_items = (!p.sub_items.is_empty()).then(|| {
                let rows = p
                    .sub_items
                    .iter()
                    .flat_map(|item| {
                        data.rounds.iter().zip(&item.amounts).filter_map(move |(round, amount)| {
                            amount.as_ref().map(|a| {
                                view! {
                                    <tr>
                                        <th scope="row">{item.name.get(lang).to_string()}</th>
                                        <td>{round.name.get(lang).to_string()}</td>
                                        <td class="num">{oku(a.amount, lang)}</td>
                                        <td>{page_ref(&a.source, lang)}</td>
                                    </tr>
                                }
                            })
                        })
                    })
                    .collect_view();
                view! {
                    <table class="detail-table">
                        <caption>{l.detail_sub_items}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{l.detail_item}</th>
                                <th scope="col">{l.detail_round}</th>
                                <th scope="col">{l.col_amount}</th>
                                <th scope="col">{l.detail_source}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                }
            });
            let precise = (!p.precise.is_empty()).then(|| {
                view! {
                    <h3>{l.detail_precise}</h3>
                    <ul class="detail-list">
                        {p.precise
                            .iter()
                            .map(|f| {
                                view! {
                                    <li>
                                        {f.label.get(lang).to_string()} ": " {million_yen(f.million_yen, lang)} " ("
                                        {page_ref(&f.source, lang)} ")"
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            });
            let notes = (!p.notes.is_empty()).then(|| {
                view! {
                    <h3>{l.detail_notes}</h3>
                    <ul class="detail-list">
                        {p.notes
                            .iter()
                            .map(|n| view! { <li>{n.text.get(lang).to_string()} " (" {page_ref(&n.source, lang)} ")"</li> })
                            .collect_view()}
                    </ul>
                }
            });
            let meta = format!(
                "{} · {}{}",
                data.ministries[p.ministry_idx].name.get(lang),
                area_label(data, &[p.area_idx], lang),
                p.detail_page.map(|page| format!(" · {} {} {page}", l.detail_page, l.page)).unwrap_or_default()
            );
            view! {
                <div class="detail-head">
                    <h2 id="program-detail-title">{p.name.get(lang).to_string()}</h2>
                    <a
                        class="close-detail"
                        id="close-detail"
                        href=state.href(|s| s.program = None)
                        on:click=move |ev| {
                            ev.prevent_default();
                            state.update(HistoryMode::Push, |s| s.program = None);
                        }
                    >
                        {l.detail_close}
                    </a>
                </div>
                <p class="detail-meta">{meta}</p>
                <table class="detail-table" id="detail-amounts">
                    <caption>{l.detail_amounts}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{l.detail_round}</th>
                            <th scope="col">{l.col_amount}</th>
                            <th scope="col">{l.detail_source}</th>
                        </tr>
                    </thead>
                    <tbody>{amounts}</tbody>
                </table>
                <p class="term-help-row">
                    <TermHelp term=Term::Absent lang=state.lang show_word=true />
                </p>
                <p class="source-link">
                    <a href=data.edition.citation.url.clone() id="detail-source-link" rel="noopener">
                        {takeaway_labels(lang).source_link}
                    </a>
                    {p.detail_page.map(|page| format!(" · {} {page}", l.page))}
                </p>
                <h3>{l.detail_description}</h3>
                <p class="description">{p.description.get(lang).to_string()}</p>
                <dl class="facts detail-facts">
                    {optional_fact(l.detail_executing_body, &p.executing_body, lang)}
                    {optional_fact(l.detail_scheme, &p.scheme, lang)}
                    {optional_fact(l.detail_plan_years, &p.plan_years, lang)}
                    {optional_fact(l.detail_outcome, &p.outcome, lang)}
                </dl>
                {sub_items}
                {precise}
                {notes}
            }
        })
    };
    view! {
        <section class="detail" id="program-detail" aria-labelledby="program-detail-title" tabindex="-1" node_ref=section>
            {content}
        </section>
    }
}
