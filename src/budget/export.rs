//! What a reader takes away: the current view as CSV and JSON, the whole dataset as CSV,
//! and a citation of the source.
//!
//! Pure functions of the dataset and the view (no leptos, no web-sys), so every byte of an
//! export is tested natively against the published figures; the UI only hands the text to
//! a Blob. The words of the files live here rather than in `src/text.rs`: `build.rs`
//! compiles `src/budget/` on its own, so nothing in it may depend on the page's text
//! module; the page's own sentences (the filter line, the basis) come in through
//! [`ViewExport`].
//!
//! Amounts are plain decimals in the page's unit, exactly: 億円 in Japanese (`1064.0`, the
//! source's precision), ¥ billion in English (`106.40`), as the screen shows them, the unit
//! named in each column header; a `—` of the source is an empty cell (CSV) or `null`
//! (JSON), never zero. JSON amounts are strings, as in the data files, so no reader passes
//! them through a float.
//!
//! A view's file lists every program of its filter that has an amount in any round, as the
//! rounds table adds them up: each round's column sums to that table's itemised figure
//! (`tests/export_property.rs` checks it over 10,000 seeded views).

use std::fmt::Write as _;

use rust_decimal::Decimal;

use super::json::Json;
use super::model::{Dataset, Lang};
use super::query::ViewState;
use super::sort::stable_sort_by;
use super::view::{ProgramRow, View};

/// Everything an export of the current view states besides the figures.
#[derive(Clone, Copy, Debug)]
pub struct ViewExport<'a> {
    /// The dataset.
    pub data: &'a Dataset,
    /// The URL state of the view (filter, language).
    pub state: &'a ViewState,
    /// The computed view.
    pub view: &'a View,
    /// The view's programs in the order the table shows them.
    pub rows: &'a [ProgramRow],
    /// The programs of the filter with an amount only in rounds this view does not add up
    /// (`Explorer::other_round_programs`), in source order: the rounds table counts them,
    /// so the file lists them after `rows`, with this view's amount blank.
    pub other_rows: &'a [usize],
    /// The filter as the page words it (`令和6年度 当初予算 · 防衛省`).
    pub scope: &'a str,
    /// The rounds the total adds up, by name, and any the source lacks, as the page words
    /// them (`令和5年度当初予算のみ（令和4年度補正予算は資料にありません）`).
    pub rounds: &'a str,
    /// What the total is made of, as the page words it.
    pub basis: &'a str,
    /// The absolute URL of the view.
    pub view_url: &'a str,
    /// The data file as the site serves it, relative to the view's URL: `data/fy2024.json`.
    pub dataset_file: &'a str,
    /// The SHA-256 of that file, hex.
    pub dataset_sha256: &'a str,
}

/// The words of the export files, per language.
struct Words {
    title: &'static str,
    filter: &'static str,
    rounds: &'static str,
    total: &'static str,
    basis: &'static str,
    n_programs: &'static str,
    n_rows: &'static str,
    rows_note: &'static str,
    /// What the list holds and what its columns add up to.
    rows_text: &'static str,
    source: &'static str,
    source_url: &'static str,
    licence: &'static str,
    view_url: &'static str,
    data: &'static str,
    unit: &'static str,
    unit_text: &'static str,
    /// Yen in one unit of the file's amounts, for a program to convert without guessing.
    yen_per_unit: &'static str,
    col_id: &'static str,
    col_name: &'static str,
    col_ministry_id: &'static str,
    col_ministry: &'static str,
    col_area: &'static str,
    col_area_name: &'static str,
    col_view_amount: &'static str,
    col_change: &'static str,
    col_summary_page: &'static str,
    col_detail_page: &'static str,
    unit_suffix: &'static str,
}

const JA: Words = Words {
    title: "政府のサイバーセキュリティ予算：この表示の個別施策",
    filter: "絞り込み",
    rounds: "合計した予算",
    total: "総額（億円）",
    basis: "総額の根拠",
    n_programs: "この表示に金額のある個別施策の数",
    n_rows: "一覧の個別施策の数",
    rows_note: "一覧について",
    rows_text: "この絞り込みで、資料のいずれかの回に金額のある個別施策です。「この表示の額」が空欄の施策は、ほかの回にのみ金額があります。",
    source: "出典",
    source_url: "出典のURL",
    licence: "ライセンス",
    view_url: "この表示のURL",
    data: "データ（この表示のURLからの相対パス、SHA-256）",
    unit: "単位",
    unit_text: "億円。空欄は資料に金額の記載がない（—）ことを示し、ゼロではありません。",
    yen_per_unit: "100000000",
    col_id: "施策ID",
    col_name: "施策名",
    col_ministry_id: "府省庁ID",
    col_ministry: "府省庁",
    col_area: "分野番号",
    col_area_name: "分野",
    col_view_amount: "この表示の額（億円）",
    col_change: "前年度比（億円）",
    col_summary_page: "総括表のページ",
    col_detail_page: "事業ページ",
    unit_suffix: "（億円）",
};

const EN: Words = Words {
    title: "Government cybersecurity budget: the programs of this view",
    filter: "Filter",
    rounds: "Rounds added up",
    total: "Total (¥ billion)",
    basis: "What the total is",
    n_programs: "Programs with an amount in this view",
    n_rows: "Programs listed",
    rows_note: "About the list",
    rows_text: "The itemised programs of this filter with an amount in any round of the source; a blank amount in this view means other rounds only.",
    source: "Source",
    source_url: "Source URL",
    licence: "Licence",
    view_url: "URL of this view",
    data: "Data (path from the URL of this view, SHA-256)",
    unit: "Unit",
    unit_text: "¥ billion (¥1 billion = 10億円; the source gives 億円, 100 million yen). An empty cell means the source gives no amount (—); it is not zero.",
    yen_per_unit: "1000000000",
    col_id: "Program ID",
    col_name: "Program",
    col_ministry_id: "Ministry ID",
    col_ministry: "Ministry",
    col_area: "Area number",
    col_area_name: "Area",
    col_view_amount: "Amount in this view (¥ billion)",
    col_change: "Change from previous year (¥ billion)",
    col_summary_page: "Summary table page",
    col_detail_page: "Program page",
    unit_suffix: " (¥ billion)",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

/// An amount as a machine file writes it, in the unit of `lang`, exactly: 億円 with at least
/// one decimal (`1064.0`, `-10.3`), or ¥ billion with at least two (`106.40`, `-1.03`; 1億円
/// is ¥0.1 billion, so the digits stay and nothing is rounded). Plain digits, an ASCII `-`,
/// no grouping, so a spreadsheet reads it as a number.
pub fn plain_amount(amount: Decimal, lang: Lang) -> String {
    let (value, min_decimals) = match lang {
        Lang::Ja => (amount, 1),
        Lang::En => ((amount / Decimal::TEN).normalize(), 2),
    };
    // A precision of at least the value's own scale pads with zeros and never rounds.
    let decimals = value.scale().max(min_decimals) as usize;
    format!("{value:.decimals$}")
}

/// A CSV cell holding text: quoted when it must be, and defused when a spreadsheet would
/// run it as a formula (search text goes into the file, and `=HYPERLINK(…)` is text here).
fn text_cell(value: &str) -> String {
    let defused = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

/// Joins cells into one CSV record ending in CRLF, as Excel and RFC 4180 expect.
fn record(out: &mut String, cells: &[String]) {
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

fn optional_amount(amount: Option<Decimal>, lang: Lang) -> String {
    amount.map(|a| plain_amount(a, lang)).unwrap_or_default()
}

/// The source as one line: publisher, title, document, body, meeting and date.
pub fn source_line(data: &Dataset, lang: Lang) -> String {
    let c = &data.edition.citation;
    match lang {
        Lang::Ja => format!(
            "{}「{}」（{} {} {}、{}）",
            c.publisher.ja,
            c.title.ja,
            c.body.ja,
            c.meeting.ja,
            c.document.ja,
            date_text(&c.date, lang)
        ),
        Lang::En => format!(
            "{}, \"{}\" ({}, {}, {}, {})",
            c.publisher.en,
            c.title.en,
            c.document.en,
            c.body.en,
            c.meeting.en,
            date_text(&c.date, lang)
        ),
    }
}

/// An ISO date as each language writes it: `2024年7月10日` / `10 July 2024`.
pub fn date_text(iso: &str, lang: Lang) -> String {
    let parts: Vec<u32> = iso.split('-').filter_map(|p| p.parse().ok()).collect();
    let [year, month, day] = parts[..] else {
        return iso.to_string();
    };
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::Ja => format!("{year}年{month}月{day}日"),
        Lang::En => match MONTHS.get(month.wrapping_sub(1) as usize) {
            Some(name) => format!("{day} {name} {year}"),
            None => iso.to_string(),
        },
    }
}

/// One program of a view's file: its index, and its amount and change in this view
/// (`None` for a program listed for its amounts in other rounds).
struct FileRow {
    program_idx: usize,
    amount: Option<Decimal>,
    change: Option<Decimal>,
}

/// The programs of a view's file: the table's rows in its order, then the programs with
/// an amount only in other rounds.
fn file_rows(export: &ViewExport<'_>) -> Vec<FileRow> {
    let mut rows = Vec::with_capacity(export.rows.len() + export.other_rows.len());
    for row in export.rows {
        rows.push(FileRow {
            program_idx: row.program_idx,
            amount: Some(row.amount),
            change: row.change.amount(),
        });
    }
    for &program_idx in export.other_rows {
        rows.push(FileRow {
            program_idx,
            amount: None,
            change: None,
        });
    }
    rows
}

/// The CSV of the current view: UTF-8 with a BOM and CRLF line ends, so Excel in Japan
/// opens it as Unicode; the filter, rounds, total, source, licence, URL and dataset hash
/// first as `label,value` lines, a blank line, then one row per program: the table's in its
/// order, then those with an amount only in other rounds. Each round's column adds up to
/// the rounds table's figure of the itemised programs; amounts are in the page's unit.
pub fn view_csv(export: &ViewExport<'_>) -> String {
    let data = export.data;
    let lang = export.state.lang;
    let w = words(lang);
    let rows = file_rows(export);
    let mut out = String::from("\u{feff}");
    let meta = [
        ("Cyber Budget Explorer", w.title.to_string()),
        (w.filter, export.scope.to_string()),
        (w.rounds, export.rounds.to_string()),
        (w.total, optional_amount(export.view.headline.total, lang)),
        (w.basis, export.basis.to_string()),
        (w.n_programs, export.rows.len().to_string()),
        (w.n_rows, rows.len().to_string()),
        (w.rows_note, w.rows_text.to_string()),
        (w.source, source_line(data, lang)),
        (w.source_url, data.edition.citation.url.clone()),
        (w.licence, data.edition.licence.get(lang).to_string()),
        (w.view_url, export.view_url.to_string()),
        (
            w.data,
            format!("{} {}", export.dataset_file, export.dataset_sha256),
        ),
        (w.unit, w.unit_text.to_string()),
    ];
    for (label, value) in meta {
        // The total is a number: written bare so a spreadsheet reads it.
        let value = if label == w.total {
            value
        } else {
            text_cell(&value)
        };
        record(&mut out, &[text_cell(label), value]);
    }
    out.push_str("\r\n");

    let mut header: Vec<String> = [
        w.col_id,
        w.col_name,
        w.col_ministry_id,
        w.col_ministry,
        w.col_area,
        w.col_area_name,
    ]
    .map(text_cell)
    .to_vec();
    header.extend(
        data.rounds
            .iter()
            .map(|r| text_cell(&format!("{}{}", r.name.get(lang), w.unit_suffix))),
    );
    header.extend(
        [
            w.col_view_amount,
            w.col_change,
            w.col_summary_page,
            w.col_detail_page,
        ]
        .map(text_cell),
    );
    record(&mut out, &header);

    for row in &rows {
        let p = &data.programs[row.program_idx];
        let ministry = &data.ministries[p.ministry_idx];
        let area = &data.areas[p.area_idx];
        let mut cells = vec![
            text_cell(&p.id),
            text_cell(p.name.get(lang)),
            text_cell(&ministry.id),
            text_cell(ministry.name.get(lang)),
            area.number.to_string(),
            text_cell(area.name.get(lang)),
        ];
        cells.extend(p.amounts.iter().map(|a| optional_amount(*a, lang)));
        cells.push(optional_amount(row.amount, lang));
        cells.push(optional_amount(row.change, lang));
        cells.push(p.amounts_source.page.to_string());
        cells.push(p.detail_page.map(|n| n.to_string()).unwrap_or_default());
        record(&mut out, &cells);
    }
    out
}

/// The JSON of the current view: the same programs as [`view_csv`], the filter, the rounds
/// added up, the source and the SHA-256 of the data file. Amounts are decimal strings in
/// the page's unit (`yen_per_unit` says which), `null` for `—` and for no amount in this view.
pub fn view_json(export: &ViewExport<'_>) -> String {
    let data = export.data;
    let state = export.state;
    let lang = state.lang;
    let w = words(lang);
    let c = &data.edition.citation;
    let rows = file_rows(export);
    let amount = |a: Option<Decimal>| Json::opt_str(a.map(|a| plain_amount(a, lang)));
    let doc = Json::obj([
        ("title", Json::str(w.title)),
        ("language", Json::str(lang.as_str())),
        ("view_url", Json::str(export.view_url)),
        (
            "filter",
            Json::obj([
                ("description", Json::str(export.scope)),
                ("query", Json::Str(state.to_query(data))),
                ("year", Json::int(state.year)),
                ("budget", Json::str(state.budget.as_str())),
                (
                    "ministries",
                    Json::Arr(state.ministries.iter().map(|m| Json::str(m)).collect()),
                ),
                (
                    "areas",
                    Json::Arr(state.areas.iter().map(|&a| Json::int(a)).collect()),
                ),
                ("q", Json::str(&state.q)),
            ]),
        ),
        ("rounds_added_up", Json::str(export.rounds)),
        (
            "round_ids_added_up",
            Json::Arr(
                export
                    .view
                    .round_idxs
                    .iter()
                    .map(|&r| Json::str(&data.rounds[r].id))
                    .collect(),
            ),
        ),
        ("total", amount(export.view.headline.total)),
        ("total_basis", Json::str(export.basis)),
        ("unit", Json::str(w.unit_text)),
        ("yen_per_unit", Json::Num(w.yen_per_unit.to_string())),
        (
            "source",
            Json::obj([
                ("citation", Json::Str(source_line(data, lang))),
                ("publisher", Json::str(c.publisher.get(lang))),
                ("title", Json::str(c.title.get(lang))),
                ("document", Json::str(c.document.get(lang))),
                ("body", Json::str(c.body.get(lang))),
                ("meeting", Json::str(c.meeting.get(lang))),
                ("date", Json::str(&c.date)),
                ("url", Json::str(&c.url)),
            ]),
        ),
        ("licence", Json::str(data.edition.licence.get(lang))),
        (
            "dataset",
            Json::obj([
                ("file", Json::str(export.dataset_file)),
                ("sha256", Json::str(export.dataset_sha256)),
            ]),
        ),
        (
            "rounds",
            Json::Arr(
                data.rounds
                    .iter()
                    .map(|r| {
                        Json::obj([
                            ("id", Json::str(&r.id)),
                            ("name", Json::str(r.name.get(lang))),
                        ])
                    })
                    .collect(),
            ),
        ),
        (
            "programs",
            Json::Arr(
                rows.iter()
                    .map(|row| {
                        let p = &data.programs[row.program_idx];
                        let ministry = &data.ministries[p.ministry_idx];
                        let area = &data.areas[p.area_idx];
                        // Per round id, in id order as earlier exports had them (a
                        // serde_json map); `null` where the source has `—`.
                        let mut amounts: Vec<(String, Json)> = data
                            .rounds
                            .iter()
                            .zip(&p.amounts)
                            .map(|(r, a)| (r.id.clone(), amount(*a)))
                            .collect();
                        stable_sort_by(&mut amounts, |a, b| a.0.cmp(&b.0));
                        Json::obj([
                            ("id", Json::str(&p.id)),
                            ("name", Json::str(p.name.get(lang))),
                            ("ministry_id", Json::str(&ministry.id)),
                            ("ministry", Json::str(ministry.name.get(lang))),
                            ("area", Json::int(area.number)),
                            ("area_name", Json::str(area.name.get(lang))),
                            ("amounts", Json::Obj(amounts)),
                            ("amount", amount(row.amount)),
                            ("change", amount(row.change)),
                            ("summary_page", Json::int(p.amounts_source.page)),
                            ("detail_page", p.detail_page.map_or(Json::Null, Json::int)),
                        ])
                    })
                    .collect(),
            ),
        ),
    ]);
    let mut text = doc.pretty();
    text.push('\n');
    text
}

/// The whole dataset as one CSV for reuse without the app (shipped as `data/<id>.csv`):
/// every program with every round, names in both languages; BOM and CRLF as [`view_csv`].
pub fn dataset_csv(data: &Dataset, dataset_file: &str, dataset_sha256: &str) -> String {
    let mut out = String::from("\u{feff}");
    let meta = [
        (
            "出典 / Source",
            format!(
                "{} / {}",
                source_line(data, Lang::Ja),
                source_line(data, Lang::En)
            ),
        ),
        ("出典のURL / Source URL", data.edition.citation.url.clone()),
        (
            "ライセンス / Licence",
            format!("{} / {}", data.edition.licence.ja, data.edition.licence.en),
        ),
        (
            "データ（SHA-256） / Data (SHA-256)",
            format!("{dataset_file} {dataset_sha256}"),
        ),
        (
            "単位 / Unit",
            format!("{} / {}", JA.unit_text, EN.unit_text),
        ),
    ];
    for (label, value) in meta {
        record(&mut out, &[text_cell(label), text_cell(&value)]);
    }
    out.push_str("\r\n");
    let mut header: Vec<String> = [
        "program_id",
        "name_ja",
        "name_en",
        "ministry_id",
        "ministry_ja",
        "ministry_en",
        "area",
        "area_ja",
        "area_en",
    ]
    .map(String::from)
    .to_vec();
    header.extend(data.rounds.iter().map(|r| r.id.clone()));
    header.extend(["summary_page", "detail_page"].map(String::from));
    record(&mut out, &header);
    for p in &data.programs {
        let ministry = &data.ministries[p.ministry_idx];
        let area = &data.areas[p.area_idx];
        let mut cells = vec![
            text_cell(&p.id),
            text_cell(&p.name.ja),
            text_cell(&p.name.en),
            text_cell(&ministry.id),
            text_cell(&ministry.name.ja),
            text_cell(&ministry.name.en),
            area.number.to_string(),
            text_cell(&area.name.ja),
            text_cell(&area.name.en),
        ];
        cells.extend(p.amounts.iter().map(|a| optional_amount(*a, Lang::Ja)));
        cells.push(p.amounts_source.page.to_string());
        cells.push(p.detail_page.map(|n| n.to_string()).unwrap_or_default());
        record(&mut out, &cells);
    }
    out
}

/// The pages of the source a view's figures stand on: the grand totals of its rounds, the
/// published totals of the areas it shows, and each program's summary row and own page.
pub fn cited_pages(data: &Dataset, view: &View) -> Vec<u16> {
    let mut pages: Vec<u16> = Vec::new();
    for &r in &view.round_idxs {
        if let Some(total) = &data.grand_totals[r] {
            pages.push(total.source.page);
        }
        for row in &view.by_area {
            for &a in &row.area_idxs {
                if let Some(Some(total)) = data.areas[a].published_totals.as_ref().map(|t| &t[r]) {
                    pages.push(total.source.page);
                }
            }
        }
    }
    for row in &view.programs {
        let p = &data.programs[row.program_idx];
        pages.push(p.amounts_source.page);
        pages.extend(p.detail_page);
    }
    stable_sort_by(&mut pages, u16::cmp);
    pages.dedup();
    pages
}

/// Sorted pages as ranges: `1–2, 26–29, 31`.
pub fn page_ranges(pages: &[u16]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < pages.len() {
        let start = pages[i];
        let mut end = start;
        while i + 1 < pages.len() && pages[i + 1] == end + 1 {
            i += 1;
            end = pages[i];
        }
        parts.push(if start == end {
            start.to_string()
        } else {
            format!("{start}–{end}")
        });
        i += 1;
    }
    parts.join(", ")
}

/// The first line of [`citation`]: the source (publisher, title, document, meeting, date),
/// the pages the view's figures stand on and the source's URL. It needs no clock and no
/// address, so a page written at build time prints it as it is (`crate::markup::print_record`).
pub fn citation_source(data: &Dataset, view: &View, lang: Lang) -> String {
    let cited = cited_pages(data, view);
    let pages = page_ranges(&cited);
    let url = &data.edition.citation.url;
    match lang {
        Lang::Ja => format!("出典：{}{pages}ページ。{url}", source_line(data, lang)),
        Lang::En => {
            let pp = if cited.len() == 1 { "p." } else { "pp." };
            format!("Source: {}, {pp} {pages}. {url}", source_line(data, lang))
        }
    }
}

/// A ready citation of the view: the source (publisher, title, document, meeting, date,
/// pages, URL: [`citation_source`]), then the view (what it shows, its URL, the access
/// date, ISO `YYYY-MM-DD`).
pub fn citation(
    data: &Dataset,
    view: &View,
    scope: &str,
    view_url: &str,
    accessed: &str,
    lang: Lang,
) -> String {
    let source = citation_source(data, view, lang);
    let accessed = date_text(accessed, lang);
    match lang {
        Lang::Ja => {
            format!("{source}\n表示：{scope}（Cyber Budget Explorer）{view_url}（{accessed}閲覧）")
        }
        Lang::En => format!(
            "{source}\nView: {scope}. Cyber Budget Explorer, {view_url} (accessed {accessed})."
        ),
    }
}

/// A file name for an export of the view: `cyber-budget-fy2024-initial-mod.csv`.
pub fn file_name(state: &ViewState, extension: &str) -> String {
    let mut name = format!("cyber-budget-fy{}-{}", state.year, state.budget.as_str());
    if !state.ministries.is_empty() {
        write!(name, "-{}", state.ministries.join("-")).unwrap();
    }
    if !state.areas.is_empty() {
        let areas: Vec<String> = state.areas.iter().map(u8::to_string).collect();
        write!(name, "-area{}", areas.join("-")).unwrap();
    }
    if !state.q.trim().is_empty() {
        name.push_str("-search");
    }
    write!(name, "-{}.{extension}", state.lang.as_str()).unwrap();
    name
}
