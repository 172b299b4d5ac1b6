//! The words of the page in Japanese and English, and the sentences built from figures.
//!
//! Pure Rust (no leptos), so the sentences a screen reader announces are tested natively.

use rust_decimal::Decimal;

use crate::budget::format::{oku, signed_oku, signed_percent};
use crate::budget::query::{Notice, NoticeKind, ViewState};
use crate::budget::view::{Change, TotalBasis};
use crate::budget::{BudgetKind, Dataset, KindFilter, Lang};

/// Fixed labels of the page; each field is the text of the element its name says.
#[derive(Debug)]
#[allow(missing_docs)]
pub struct Labels {
    pub app_title: &'static str,
    pub app_subtitle: &'static str,
    pub skip_to_content: &'static str,
    pub language_switch: &'static str,
    pub language_switch_label: &'static str,
    pub filters_heading: &'static str,
    pub filters_show: &'static str,
    pub filters_hide: &'static str,
    pub year_legend: &'static str,
    pub budget_legend: &'static str,
    pub ministry_legend: &'static str,
    pub area_legend: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub clear_all: &'static str,
    pub programs_count: &'static str,
    pub n_matching_prefix: &'static str,
    pub headline_heading: &'static str,
    pub basis_grand: &'static str,
    pub basis_areas: &'static str,
    pub basis_areas_derived: &'static str,
    pub basis_itemised: &'static str,
    pub share_label: &'static str,
    pub per_resident_label: &'static str,
    pub change_label: &'static str,
    pub no_total: &'static str,
    pub by_area_heading: &'static str,
    pub by_ministry_heading: &'static str,
    pub chart_hint: &'static str,
    pub show_table: &'static str,
    pub itemised: &'static str,
    pub not_itemised: &'static str,
    pub not_itemised_by_ministry: &'static str,
    pub total: &'static str,
    pub derived_marker: &'static str,
    pub programs_heading: &'static str,
    pub col_name: &'static str,
    pub col_ministry: &'static str,
    pub col_area: &'static str,
    pub col_amount: &'static str,
    pub col_change: &'static str,
    pub sort_by: &'static str,
    pub no_programs: &'static str,
    pub detail_close: &'static str,
    pub detail_amounts: &'static str,
    pub detail_round: &'static str,
    pub detail_source: &'static str,
    pub detail_page: &'static str,
    pub detail_description: &'static str,
    pub detail_executing_body: &'static str,
    pub detail_scheme: &'static str,
    pub detail_plan_years: &'static str,
    pub detail_outcome: &'static str,
    pub detail_sub_items: &'static str,
    pub detail_precise: &'static str,
    pub detail_notes: &'static str,
    pub detail_item: &'static str,
    pub page: &'static str,
    pub absent: &'static str,
    pub about_heading: &'static str,
    pub notices_heading: &'static str,
    pub dismiss: &'static str,
    pub rounding_note_heading: &'static str,
    pub rounding_note: &'static str,
    pub area_table_caption: &'static str,
    pub ministry_table_caption: &'static str,
    pub program_table_caption: &'static str,
    pub filter_by: &'static str,
}

const JA: Labels = Labels {
    app_title: "政府のサイバーセキュリティ予算",
    app_subtitle: "NISC「政府のサイバーセキュリティに関する予算」（令和6年度）を府省庁・分野別に",
    skip_to_content: "本文へ移動",
    language_switch: "English",
    language_switch_label: "Switch to English",
    filters_heading: "絞り込み",
    filters_show: "絞り込みの条件を表示",
    filters_hide: "絞り込みの条件を隠す",
    year_legend: "年度",
    budget_legend: "予算の種類",
    ministry_legend: "府省庁",
    area_legend: "戦略の分野",
    search_label: "施策を検索",
    search_placeholder: "例: IoT、演習、防衛",
    clear_all: "すべての絞り込みを解除",
    programs_count: "施策数",
    n_matching_prefix: "該当する個別施策",
    headline_heading: "予算額",
    basis_grand: "公表された総額",
    basis_areas: "公表された分野別総額の合計",
    basis_areas_derived: "公表総額から差し引いて求めた(5)(6)の合計を含む",
    basis_itemised: "個別施策の合計（府省庁別・検索結果の総額は公表されていません）",
    share_label: "総額に占める割合",
    per_resident_label: "国民1人あたり",
    change_label: "前年度比",
    no_total: "金額なし",
    by_area_heading: "分野別の内訳",
    by_ministry_heading: "府省庁別の内訳（個別施策）",
    chart_hint: "棒を選ぶとその項目で絞り込みます。",
    show_table: "データ表で見る",
    itemised: "個別施策",
    not_itemised: "個別施策として記載のない額",
    not_itemised_by_ministry: "府省庁別に記載のない額",
    total: "総額",
    derived_marker: "（総額からの差し引き）",
    programs_heading: "個別施策",
    col_name: "施策名",
    col_ministry: "府省庁",
    col_area: "分野",
    col_amount: "金額",
    col_change: "前年度比",
    sort_by: "並べ替え",
    no_programs: "この条件に該当する個別施策はありません。",
    detail_close: "閉じる",
    detail_amounts: "予算額",
    detail_round: "予算",
    detail_source: "出典",
    detail_page: "事業ページ",
    detail_description: "概要（当サイトによる要約）",
    detail_executing_body: "事業主体",
    detail_scheme: "事業スキーム",
    detail_plan_years: "計画年度",
    detail_outcome: "成果目標",
    detail_sub_items: "内訳",
    detail_precise: "事業ページの百万円単位の金額",
    detail_notes: "注記",
    detail_item: "項目",
    page: "p.",
    absent: "—（記載なし）",
    about_heading: "データについて",
    notices_heading: "URLの一部を無視しました",
    dismiss: "閉じる",
    rounding_note_heading: "端数について",
    rounding_note: "金額は資料のとおり0.1億円単位で四捨五入されているため、内訳の合計が総額と一致しないことがあります。各分野の総額には個別施策として記載のない施策も含まれます（注2）。",
    area_table_caption: "分野別の内訳（億円）",
    ministry_table_caption: "府省庁別の内訳（個別施策、億円）",
    program_table_caption: "個別施策の一覧（億円）",
    filter_by: "で絞り込む",
};

const EN: Labels = Labels {
    app_title: "Japan's Government Cybersecurity Budget",
    app_subtitle: "NISC's \"The Government's Cybersecurity Budget\" (FY2024 edition), by ministry and strategy area",
    skip_to_content: "Skip to content",
    language_switch: "日本語",
    language_switch_label: "日本語に切り替え",
    filters_heading: "Filters",
    filters_show: "Show filters",
    filters_hide: "Hide filters",
    year_legend: "Fiscal year",
    budget_legend: "Budget",
    ministry_legend: "Ministry or agency",
    area_legend: "Strategy area",
    search_label: "Search programs",
    search_placeholder: "e.g. IoT, exercise, defense",
    clear_all: "Clear all filters",
    programs_count: "Programs",
    n_matching_prefix: "Matching itemised programs",
    headline_heading: "Budget",
    basis_grand: "Published grand total",
    basis_areas: "Sum of published area totals",
    basis_areas_derived: "Includes areas (5) and (6) together, derived from the grand total",
    basis_itemised: "Sum of itemised programs (no total is published per ministry or search)",
    share_label: "Share of the grand total",
    per_resident_label: "Per resident",
    change_label: "Change from the previous year",
    no_total: "No amount",
    by_area_heading: "By strategy area",
    by_ministry_heading: "By ministry (itemised programs)",
    chart_hint: "Choose a bar to filter by it.",
    show_table: "Show as a table",
    itemised: "Itemised programs",
    not_itemised: "Not itemised in the source",
    not_itemised_by_ministry: "Not itemised by ministry",
    total: "Total",
    derived_marker: " (derived from the grand total)",
    programs_heading: "Itemised programs",
    col_name: "Program",
    col_ministry: "Ministry",
    col_area: "Area",
    col_amount: "Amount",
    col_change: "Change",
    sort_by: "Sort by",
    no_programs: "No itemised program matches these filters.",
    detail_close: "Close",
    detail_amounts: "Amounts",
    detail_round: "Budget",
    detail_source: "Source",
    detail_page: "program page",
    detail_description: "Summary (ours)",
    detail_executing_body: "Executing body",
    detail_scheme: "Scheme",
    detail_plan_years: "Plan years",
    detail_outcome: "Outcome target",
    detail_sub_items: "Breakdown",
    detail_precise: "Figures in millions of yen on the program page",
    detail_notes: "Notes",
    detail_item: "Item",
    page: "p.",
    absent: "— (none in the source)",
    about_heading: "About the data",
    notices_heading: "Part of the link was ignored",
    dismiss: "Dismiss",
    rounding_note_heading: "Rounding",
    rounding_note: "As in the source, amounts are rounded to 0.1 (×100 million yen), so parts may not add up exactly to totals. Each area's total includes programs the source does not list (note 2).",
    area_table_caption: "By strategy area",
    ministry_table_caption: "By ministry, itemised programs",
    program_table_caption: "Itemised programs",
    filter_by: "filter by",
};

/// The fixed labels in `lang`.
pub fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

/// A count of programs: `5件` / `5 programs`.
pub fn n_programs(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{n}件"),
        Lang::En if n == 1 => "1 program".to_string(),
        Lang::En => format!("{n} programs"),
    }
}

/// A fiscal year as readers of each language name it: `令和6年度` / `FY2024`.
pub fn fiscal_year(year: u16, lang: Lang) -> String {
    match lang {
        // 令和1年 = 2019; the source writes 令和6年度 for fiscal 2024.
        Lang::Ja if year >= 2019 => format!("令和{}年度", year - 2018),
        Lang::Ja => format!("{year}年度"),
        Lang::En => format!("FY{year}"),
    }
}

/// The name of a budget-kind choice.
pub fn kind_filter(kind: KindFilter, lang: Lang) -> &'static str {
    match (kind, lang) {
        (KindFilter::Initial, Lang::Ja) => "当初予算",
        (KindFilter::Supplementary, Lang::Ja) => "補正予算",
        (KindFilter::All, Lang::Ja) => "当初＋補正",
        (KindFilter::Initial, Lang::En) => "Initial",
        (KindFilter::Supplementary, Lang::En) => "Supplementary",
        (KindFilter::All, Lang::En) => "Initial + supplementary",
    }
}

fn budget_kind(kind: BudgetKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (BudgetKind::Initial, Lang::Ja) => "当初予算",
        (BudgetKind::Supplementary, Lang::Ja) => "補正予算",
        (BudgetKind::Initial, Lang::En) => "initial budget",
        (BudgetKind::Supplementary, Lang::En) => "supplementary budget",
    }
}

/// The basis of a headline total.
pub fn basis(basis: TotalBasis, lang: Lang) -> &'static str {
    let l = labels(lang);
    match basis {
        TotalBasis::GrandTotal => l.basis_grand,
        TotalBasis::AreaTotals {
            includes_derived: false,
        } => l.basis_areas,
        TotalBasis::AreaTotals {
            includes_derived: true,
        } => l.basis_areas_derived,
        TotalBasis::ItemisedSum => l.basis_itemised,
    }
}

/// A round that is not in the edition: `令和6年度補正予算はこの資料にありません`.
pub fn missing_round(fiscal_year_: u16, kind: BudgetKind, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!(
            "{}{}はこの資料に含まれていません。",
            fiscal_year(fiscal_year_, lang),
            budget_kind(kind, lang)
        ),
        Lang::En => format!(
            "The {} {} is not in this edition of the source.",
            fiscal_year(fiscal_year_, lang),
            budget_kind(kind, lang)
        ),
    }
}

/// A change as a short phrase: `+747.3億円（+54.2%）`, or why there is none.
pub fn change(change: &Change, lang: Lang) -> String {
    match change {
        Change::Delta {
            amount, percent, ..
        } => {
            let direction = match (
                amount.is_sign_negative() && !amount.is_zero(),
                amount.is_zero(),
                lang,
            ) {
                (_, true, Lang::Ja) => "増減なし",
                (_, true, Lang::En) => "no change",
                (true, _, Lang::Ja) => "減",
                (true, _, Lang::En) => "decrease",
                (false, _, Lang::Ja) => "増",
                (false, _, Lang::En) => "increase",
            };
            let pct = percent.map(signed_percent);
            match (lang, pct) {
                (Lang::Ja, Some(p)) => format!("{}（{p}）{direction}", signed_oku(*amount, lang)),
                (Lang::Ja, None) => format!("{}{direction}", signed_oku(*amount, lang)),
                (Lang::En, Some(p)) => format!("{} ({p}), {direction}", signed_oku(*amount, lang)),
                (Lang::En, None) => format!("{}, {direction}", signed_oku(*amount, lang)),
            }
        }
        Change::NoEarlierRound => match lang {
            Lang::Ja => "比較できる前年度の予算がこの資料にありません".to_string(),
            Lang::En => "no earlier year in this edition to compare with".to_string(),
        },
        Change::RoundMissing {
            fiscal_year: year,
            kind,
        } => match lang {
            Lang::Ja => format!(
                "{}{}がこの資料にないため比較できません",
                fiscal_year(*year, lang),
                budget_kind(*kind, lang)
            ),
            Lang::En => format!(
                "not comparable: the {} {} is not in this edition",
                fiscal_year(*year, lang),
                budget_kind(*kind, lang)
            ),
        },
        Change::AbsentThen => match lang {
            Lang::Ja => "前年度の記載なし（新規など）".to_string(),
            Lang::En => "none the previous year (new, or not itemised)".to_string(),
        },
        Change::AbsentNow => match lang {
            Lang::Ja => "比較なし".to_string(),
            Lang::En => "no comparison".to_string(),
        },
    }
}

/// A change as a table cell: the same phrase for a change, a short one where there is none
/// (the headline gives the full reason once).
pub fn change_short(change_: &Change, lang: Lang) -> String {
    match (change_, lang) {
        (Change::Delta { .. }, _) => change(change_, lang),
        (Change::NoEarlierRound | Change::RoundMissing { .. } | Change::AbsentNow, Lang::Ja) => {
            "比較なし".to_string()
        }
        (Change::NoEarlierRound | Change::RoundMissing { .. } | Change::AbsentNow, Lang::En) => {
            "no comparison".to_string()
        }
        (Change::AbsentThen, Lang::Ja) => "前年度の記載なし".to_string(),
        (Change::AbsentThen, Lang::En) => "none the year before".to_string(),
    }
}

/// The previous year a change compares with: `令和5年度当初予算比`.
pub fn compared_with(year: u16, kind: KindFilter, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!(
            "{}{}比",
            fiscal_year(year.saturating_sub(1), lang),
            kind_filter(kind, lang)
        ),
        Lang::En => format!(
            "vs {} ({})",
            fiscal_year(year.saturating_sub(1), lang),
            kind_filter(kind, lang).to_lowercase()
        ),
    }
}

/// The sentence announced politely when the headline changes.
pub fn announcement(
    scope: &str,
    total: Option<Decimal>,
    change_: &Change,
    n_programs: usize,
    lang: Lang,
) -> String {
    let total = total.map_or_else(|| labels(lang).no_total.to_string(), |t| oku(t, lang));
    match lang {
        Lang::Ja => format!("{scope}：{total}、前年度比 {}。該当する個別施策 {n_programs}件。", change(change_, lang)),
        Lang::En => format!("{scope}: {total}; change from the previous year: {}. {n_programs} matching itemised programs.", change(change_, lang)),
    }
}

/// A notice about an ignored part of the URL.
pub fn notice(notice: &Notice, lang: Lang) -> String {
    let Notice { param, value, kind } = notice;
    match (kind, lang) {
        (NoticeKind::UnknownParameter, Lang::Ja) => {
            format!("「{param}」は使えないパラメータのため無視しました。")
        }
        (NoticeKind::UnknownParameter, Lang::En) => {
            format!("\"{param}\" is not a parameter this page takes; it was ignored.")
        }
        (NoticeKind::InvalidValue, Lang::Ja) => {
            format!("「{param}」の値「{value}」は使えないため無視しました。")
        }
        (NoticeKind::InvalidValue, Lang::En) => {
            format!("The value \"{value}\" of \"{param}\" is not valid; it was ignored.")
        }
        (NoticeKind::Repeated, Lang::Ja) => format!(
            "「{param}」が複数回指定されたため、最初の値を使いました（「{value}」は無視）。"
        ),
        (NoticeKind::Repeated, Lang::En) => format!(
            "\"{param}\" was given more than once; the first was used and \"{value}\" ignored."
        ),
        (NoticeKind::Truncated, Lang::Ja) => {
            format!("「{param}」の検索語が長すぎるため、先頭の200文字を使いました。")
        }
        (NoticeKind::Truncated, Lang::En) => format!(
            "The search text in \"{param}\" was too long; its first 200 characters were used."
        ),
    }
}

/// What the current view covers, as one line: `令和6年度 当初予算 · 防衛省 · 「演習」`.
pub fn scope(data: &Dataset, state: &ViewState, lang: Lang) -> String {
    let separator = if lang == Lang::Ja { "、" } else { ", " };
    let mut parts = vec![format!(
        "{} {}",
        fiscal_year(state.year, lang),
        kind_filter(state.budget, lang)
    )];
    let ministries: Vec<&str> = state
        .ministries
        .iter()
        .filter_map(|id| data.ministry_idx(id))
        .map(|m| data.ministries[m].name.get(lang))
        .collect();
    if !ministries.is_empty() {
        parts.push(ministries.join(separator));
    }
    let areas: Vec<String> = state
        .areas
        .iter()
        .filter_map(|&n| data.area_idx(n))
        .map(|a| {
            format!(
                "({}) {}",
                data.areas[a].number,
                data.areas[a].name.get(lang)
            )
        })
        .collect();
    if !areas.is_empty() {
        parts.push(areas.join(separator));
    }
    if !state.q.trim().is_empty() {
        parts.push(match lang {
            Lang::Ja => format!("「{}」", state.q.trim()),
            Lang::En => format!("\"{}\"", state.q.trim()),
        });
    }
    parts.join(" · ")
}

/// The area label with its number: `(3) 国際社会の…`; for a derived group `(5)(6) …`.
pub fn area_label(data: &Dataset, area_idxs: &[usize], lang: Lang) -> String {
    let numbers: String = area_idxs
        .iter()
        .map(|&a| format!("({})", data.areas[a].number))
        .collect();
    let names: Vec<&str> = area_idxs
        .iter()
        .map(|&a| data.areas[a].name.get(lang))
        .collect();
    let joiner = if lang == Lang::Ja { "・" } else { " and " };
    format!("{numbers} {}", names.join(joiner))
}

/// Labels of the take-away parts of the page: downloads, citation, glossary, filter chips.
///
/// A struct of its own, beside [`Labels`], so these words stay together.
#[derive(Debug)]
#[allow(missing_docs)]
pub struct TakeawayLabels {
    pub tools_heading: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    pub download_note: &'static str,
    pub cite_button: &'static str,
    pub cite_heading: &'static str,
    pub cite_copy: &'static str,
    pub cite_copied: &'static str,
    pub cite_copy_failed: &'static str,
    pub source_link: &'static str,
    pub about_downloads_heading: &'static str,
    pub about_dataset_csv: &'static str,
    pub about_dataset_json: &'static str,
    pub about_source: &'static str,
    pub glossary_heading: &'static str,
    pub chips_label: &'static str,
    pub chips_clear_all: &'static str,
}

const TAKEAWAY_JA: TakeawayLabels = TakeawayLabels {
    tools_heading: "この表示のダウンロードと引用",
    download_csv: "CSVをダウンロード（Excel向け）",
    download_json: "JSONをダウンロード",
    download_note: "表示中の個別施策を、金額は億円の数値で、絞り込み・出典・ライセンス・この表示のURLとともに保存します。",
    cite_button: "この表示を引用",
    cite_heading: "引用文",
    cite_copy: "引用文をコピー",
    cite_copied: "引用文をコピーしました。",
    cite_copy_failed: "コピーできませんでした。引用文を選択したので、Ctrl+C（macOSでは⌘C）でコピーしてください。",
    source_link: "出典の資料（NISC、サイバーセキュリティ戦略本部 第41回会合 資料3）",
    about_downloads_heading: "データのダウンロード",
    about_dataset_csv: "全データ（CSV、日英併記、全施策・全予算）",
    about_dataset_json: "全データ（JSON、このサイトのデータファイルそのもの）",
    about_source: "出典",
    glossary_heading: "用語",
    chips_label: "適用中の絞り込み",
    chips_clear_all: "すべて解除",
};

const TAKEAWAY_EN: TakeawayLabels = TakeawayLabels {
    tools_heading: "Download and cite this view",
    download_csv: "Download CSV (for Excel)",
    download_json: "Download JSON",
    download_note: "Saves the programs shown, amounts as numbers in 億円 (100 million yen), with the filter, source, licence and the URL of this view.",
    cite_button: "Cite this view",
    cite_heading: "Citation",
    cite_copy: "Copy the citation",
    cite_copied: "The citation was copied.",
    cite_copy_failed: "Could not copy. The citation is selected: press Ctrl+C (⌘C on macOS) to copy it.",
    source_link: "Source document (NISC, Cybersecurity Strategic Headquarters, 41st meeting, Document 3)",
    about_downloads_heading: "Download the data",
    about_dataset_csv: "The whole dataset (CSV, Japanese and English, every program and round)",
    about_dataset_json: "The whole dataset (JSON, this site's data file itself)",
    about_source: "Source",
    glossary_heading: "Glossary",
    chips_label: "Active filters",
    chips_clear_all: "Clear all",
};

/// The take-away labels in `lang`.
pub fn takeaway_labels(lang: Lang) -> &'static TakeawayLabels {
    match lang {
        Lang::Ja => &TAKEAWAY_JA,
        Lang::En => &TAKEAWAY_EN,
    }
}

/// A word of the glossary, shown in About and as inline help where it appears.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    /// 当初予算.
    Initial,
    /// 補正予算.
    Supplementary,
    /// 15か月予算.
    FifteenMonth,
    /// 億円.
    Oku,
    /// 個別施策.
    Itemised,
    /// 記載なし.
    Absent,
    /// 個別施策として記載のない額.
    NotItemised,
}

impl Term {
    /// Every term, in the order the glossary lists them.
    pub const ALL: [Term; 7] = [
        Term::Initial,
        Term::Supplementary,
        Term::FifteenMonth,
        Term::Oku,
        Term::Itemised,
        Term::Absent,
        Term::NotItemised,
    ];

    /// A stable id for anchors: `term-initial`.
    pub fn id(self) -> &'static str {
        match self {
            Term::Initial => "initial",
            Term::Supplementary => "supplementary",
            Term::FifteenMonth => "fifteen-month",
            Term::Oku => "oku",
            Term::Itemised => "itemised",
            Term::Absent => "absent",
            Term::NotItemised => "not-itemised",
        }
    }
}

/// The term as the page writes it, and its definition.
pub fn term(term: Term, lang: Lang) -> (&'static str, &'static str) {
    match (term, lang) {
        (Term::Initial, Lang::Ja) => ("当初予算", "年度が始まる前に国会で成立する、その年度の最初の予算。前年度比は当初予算どうしで比べます。"),
        (Term::Initial, Lang::En) => ("Initial budget (当初予算)", "The year's first budget, passed by the Diet before the fiscal year starts in April. Changes from the previous year compare initial with initial."),
        (Term::Supplementary, Lang::Ja) => ("補正予算", "年度の途中で、経済対策などのために追加される予算。当初予算とは別に数え、当初予算の前年度比には含めません。"),
        (Term::Supplementary, Lang::En) => ("Supplementary budget (補正予算)", "Money added during the fiscal year, for example with an economic package. It is counted apart from the initial budget and not in its year-on-year change."),
        (Term::FifteenMonth, Lang::Ja) => ("15か月予算", "前年度の補正予算と当年度の当初予算を合わせた、よく使われる見方（例：令和5年度補正予算＋令和6年度当初予算）。二つの年度にまたがるため、ほかの額と足し合わせません。"),
        (Term::FifteenMonth, Lang::En) => ("15-month budget (15か月予算)", "A common framing that adds the previous year's supplementary budget to this year's initial budget (for example FY2023 supplementary + FY2024 initial). It spans two fiscal years, so it is never added to other figures."),
        (Term::Oku, Lang::Ja) => ("億円", "1億円は1億（100,000,000）円。資料の金額は億円単位で、0.1億円（1,000万円）に四捨五入されています。"),
        (Term::Oku, Lang::En) => ("億円 (oku-en)", "100 million yen. The source gives amounts in 億円 rounded to 0.1 (¥10 million); 10億円 is ¥1 billion."),
        (Term::Itemised, Lang::Ja) => ("個別施策", "資料の総括表に主な施策例として名前と金額が掲載された施策。各分野の総額には、掲載されていない施策も含まれます。"),
        (Term::Itemised, Lang::En) => ("Itemised program (個別施策)", "A program the source's summary table lists by name with its amount, as a main example. Each area's total also includes programs it does not list."),
        (Term::Absent, Lang::Ja) => ("記載なし", "資料の該当欄が「—」であること。金額がゼロという意味ではなく、その予算に金額が示されていないことを表します。"),
        (Term::Absent, Lang::En) => ("None in the source (記載なし)", "The source's cell is \"—\". It does not mean zero: the source gives no amount for that budget."),
        (Term::NotItemised, Lang::Ja) => ("個別施策として記載のない額", "公表された総額から、掲載された個別施策の合計を差し引いた額。資料が内訳を示していない部分で、推計では埋めません。"),
        (Term::NotItemised, Lang::En) => ("Not itemised in the source (個別施策として記載のない額)", "A published total less the sum of the programs the source lists: the part it does not break down. It is never filled with estimates."),
    }
}

/// The accessible name of a term's help button: `「億円」とは` / `What is 億円 (oku-en)?`.
pub fn term_help_label(term_: Term, lang: Lang) -> String {
    let (word, _) = term(term_, lang);
    match lang {
        Lang::Ja => format!("「{word}」とは"),
        Lang::En => format!("What is \"{word}\"?"),
    }
}

/// The accessible name of a filter chip's button: `防衛省 の絞り込みを解除`.
pub fn chip_remove_label(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{name} の絞り込みを解除"),
        Lang::En => format!("Remove the filter {name}"),
    }
}

/// The phone button that closes the filters and shows the result: `5件を表示`.
pub fn show_results(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{n}件を表示"),
        Lang::En if n == 1 => "Show 1 program".to_string(),
        Lang::En => format!("Show {n} programs"),
    }
}

/// A column header with its unit, so cells hold bare numbers: `金額（億円）` / `Amount (¥ billion)`.
pub fn with_unit(header: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{header}（{}）", crate::budget::format::table_unit(lang)),
        Lang::En => format!("{header} ({})", crate::budget::format::table_unit(lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn fiscal_years_in_both_calendars() {
        assert_eq!(fiscal_year(2024, Lang::Ja), "令和6年度");
        assert_eq!(fiscal_year(2023, Lang::Ja), "令和5年度");
        assert_eq!(fiscal_year(2024, Lang::En), "FY2024");
    }

    #[test]
    fn a_change_is_told_in_words_not_only_colour() {
        let delta = Change::Delta {
            previous: Decimal::from_str("1378.9").unwrap(),
            amount: Decimal::from_str("747.3").unwrap(),
            percent: Some(Decimal::from_str("54.19537312350424251214736384").unwrap()),
        };
        assert_eq!(change(&delta, Lang::Ja), "+747.3億円（+54.2%）増");
        assert_eq!(
            change(&delta, Lang::En),
            "+¥74.73 billion (+54.2%), increase"
        );
    }

    #[test]
    fn every_term_has_words_and_a_definition_in_both_languages() {
        for t in Term::ALL {
            for lang in [Lang::Ja, Lang::En] {
                let (word, definition) = term(t, lang);
                assert!(!word.is_empty() && definition.len() > 20, "{t:?} {lang:?}");
            }
        }
        assert_eq!(term_help_label(Term::Oku, Lang::Ja), "「億円」とは");
        assert_eq!(
            chip_remove_label("防衛省", Lang::Ja),
            "防衛省 の絞り込みを解除"
        );
        assert_eq!(show_results(5, Lang::Ja), "5件を表示");
        assert_eq!(show_results(1, Lang::En), "Show 1 program");
        assert_eq!(with_unit("金額", Lang::Ja), "金額（億円）");
        assert_eq!(with_unit("Amount", Lang::En), "Amount (¥ billion)");
    }
}
