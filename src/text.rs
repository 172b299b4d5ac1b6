//! The words of the page in Japanese and English, and the sentences built from figures.
//!
//! Pure Rust (no leptos), so the sentences a screen reader announces are tested natively.

use rust_decimal::Decimal;

use crate::budget::format::{integer, oku, signed_oku, signed_percent};
use crate::budget::like_for_like::LikeForLike;
use crate::budget::names::named_enum;
use crate::budget::query::{visible, Notice, NoticeKind, ViewState, MAX_SEARCH_CHARS};
use crate::budget::search::find_from;
use crate::budget::view::{Change, RoundsRowKind, TotalBasis};
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
    /// The name of the program table's page controls, for screen readers.
    pub programs_pager: &'static str,
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
    /// Before more than one page, or a range: `p.` in Japanese, `pp.` in English.
    pub pages: &'static str,
    /// Before a quote of the summary a search term was found in.
    pub matched_in_summary: &'static str,
    /// Before a quote of the other language's summary a search term was found in.
    pub matched_in_other_summary: &'static str,
    /// Before the other language's name a search term was found in.
    pub matched_in_other_name: &'static str,
    /// What the total of a search is, around the search text (`{}`).
    pub basis_search: &'static str,
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
    pub change_like_for_like_label: &'static str,
    pub col_change_raw: &'static str,
    pub col_change_like_for_like: &'static str,
    pub col_new_programs: &'static str,
    pub col_dropped_programs: &'static str,
    pub col_itemised_like_for_like: &'static str,
    pub order_legend: &'static str,
    pub order_largest: &'static str,
    pub order_source: &'static str,
    pub rounds_heading: &'static str,
    pub rounds_caption: &'static str,
    pub rounds_note: &'static str,
    pub rounds_row_itemised: &'static str,
    pub rounds_current: &'static str,
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
    chart_hint: "棒を選ぶとその項目で絞り込み、もう一度選ぶと解除します。",
    show_table: "データ表で見る",
    itemised: "個別施策",
    not_itemised: "個別施策として記載のない額",
    not_itemised_by_ministry: "府省庁別に記載のない額",
    total: "総額",
    derived_marker: "（総額からの差し引き）",
    programs_heading: "個別施策",
    programs_pager: "個別施策の一覧のページ",
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
    pages: "p.",
    matched_in_summary: "概要：",
    matched_in_other_summary: "英語の概要：",
    matched_in_other_name: "英語名：",
    basis_search: "名称か概要（概要はこのサイトによる要約）に「{}」を含む個別施策の合計（検索結果の総額は公表されていません）",
    absent: "—（記載なし）",
    about_heading: "データについて",
    notices_heading: "URLの一部を無視しました",
    dismiss: "閉じる",
    rounding_note_heading: "端数について",
    rounding_note: "金額は資料のとおり0.1億円単位で四捨五入されているため、内訳の合計が総額と一致しないことがあります。各分野の総額には個別施策として記載のない施策も含まれます（注2）。棒の長さの1%に満たない「個別施策として記載のない額」は棒に描かず、金額だけを示します。",
    area_table_caption: "分野別の内訳",
    ministry_table_caption: "府省庁別の内訳（個別施策）",
    program_table_caption: "個別施策の一覧",
    filter_by: "で絞り込む",
    change_like_for_like_label: "前年度比（両年度に記載のある施策）",
    col_change_raw: "前年度比（合計の差）",
    col_change_like_for_like: "両年度に記載のある施策の増減",
    col_new_programs: "前年度に記載のない施策",
    col_dropped_programs: "今年度に記載のない施策",
    col_itemised_like_for_like: "個別施策の前年度比（両年度に記載のある施策）",
    order_legend: "内訳の並び順",
    order_largest: "金額の大きい順",
    order_source: "資料の順",
    rounds_heading: "予算の回ごとの金額",
    rounds_caption: "この絞り込みの金額を資料の表と同じく予算の回ごとに並べた表（億円）",
    rounds_note: "資料の総括表と同じ3列です。各回の金額は別々の予算で、互いに足し合わせていません。",
    rounds_row_itemised: "うち個別施策",
    rounds_current: "（表示中）",
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
    chart_hint: "Choose a bar to filter by it; choose it again to undo.",
    show_table: "Show as a table",
    itemised: "Itemised programs",
    not_itemised: "Not itemised in the source",
    not_itemised_by_ministry: "Not itemised by ministry",
    total: "Total",
    derived_marker: " (derived from the grand total)",
    programs_heading: "Itemised programs",
    programs_pager: "Pages of the itemised programs",
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
    pages: "pp.",
    matched_in_summary: "Summary: ",
    matched_in_other_summary: "Japanese summary: ",
    matched_in_other_name: "Japanese name: ",
    basis_search: "Sum of the itemised programs whose name or summary (this site's summary) contains \"{}\" (no total is published for a search)",
    absent: "— (none in the source)",
    about_heading: "About the data",
    notices_heading: "Part of the link was ignored",
    dismiss: "Dismiss",
    rounding_note_heading: "Rounding",
    rounding_note: "As in the source, amounts are rounded to ¥0.01 billion (0.1 × 100 million yen), so parts may not add up exactly to totals. Each area's total includes programs the source does not list (note 2). A part not itemised that is under 1% of the bar's scale is not drawn; its amount is given in words.",
    area_table_caption: "By strategy area",
    ministry_table_caption: "By ministry, itemised programs",
    program_table_caption: "Itemised programs",
    filter_by: "filter by",
    change_like_for_like_label: "Change, programs listed in both years",
    col_change_raw: "Change (difference of the sums)",
    col_change_like_for_like: "Programs listed in both years",
    col_new_programs: "Not listed the year before",
    col_dropped_programs: "No longer listed",
    col_itemised_like_for_like: "Itemised change, programs listed in both years",
    order_legend: "Order of the breakdowns",
    order_largest: "Largest first",
    order_source: "As in the source",
    rounds_heading: "Budget rounds side by side",
    rounds_caption: "This selection in each budget round, as the source's table shows them (¥\u{a0}billion)",
    rounds_note: "The same three columns as the source's summary table. Each round is a separate budget; they are not added together.",
    rounds_row_itemised: "of which itemised programs",
    rounds_current: " (shown)",
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
        Lang::Ja => format!("{}件", count(n)),
        Lang::En if n == 1 => "1 program".to_string(),
        Lang::En => format!("{} programs", count(n)),
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
        (KindFilter::FifteenMonth, Lang::Ja) => "15か月予算",
        (KindFilter::FifteenMonth, Lang::En) => "15-month budget",
    }
}

/// [`kind_filter`] in English inside a phrase, in lower case: `initial`.
fn kind_in_phrase(kind: KindFilter) -> &'static str {
    match kind {
        KindFilter::Initial => "initial",
        KindFilter::Supplementary => "supplementary",
        KindFilter::All => "initial + supplementary",
        KindFilter::FifteenMonth => "15-month budget",
    }
}

/// How [`view_rounds`] names a view's rounds, for the place it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundsWording {
    /// The head of the scope line, over the figure, in the citation, the announcement, the
    /// embed's title and the export's filter line: the year and the choice's name when
    /// every round of it is in the source (`令和6年度 15か月予算`), else what is summed and
    /// what is missing (`令和5年度当初予算のみ（令和4年度補正予算は資料にありません）`).
    Scope,
    /// A budget choice in the filter panel or its chip: the choice's name, qualified in a
    /// few words when the source holds only part of it (`15か月予算（当初のみ）`) or none.
    Choice,
    /// What is summed, by the rounds' own names, as it stands under the figure:
    /// `令和5年度補正予算と令和6年度当初予算`, `令和5年度当初予算のみ`, `なし`.
    Summed,
    /// What is summed and what is missing, by name (the exports' line of rounds):
    /// `令和5年度当初予算のみ（令和4年度補正予算は資料にありません）`.
    Listed,
}

/// The words [`view_rounds`] puts around the names of rounds.
struct RoundsWords {
    /// Between two names: `と` / ` and `.
    and: &'static str,
    /// Between two names of missing rounds, after `the`: `と` / ` and the `.
    and_the: &'static str,
    /// No round summed: `なし` / `none`.
    none: &'static str,
    /// After what is summed, when a round is missing: `のみ` / ` only`.
    only: &'static str,
    /// Before the missing rounds: `（` / ` (the `.
    missing_open: &'static str,
    /// After one missing round, and after several.
    missing_one: &'static str,
    missing_many: &'static str,
    /// After a scope of which the source has nothing.
    absent: &'static str,
    /// After a choice of which the source has nothing.
    choice_absent: &'static str,
    /// Around the kinds a choice holds only part of: `（当初のみ）` / ` (initial only)`.
    choice_open: &'static str,
    choice_only: &'static str,
    /// The kinds in a word: `当初`, `補正` / `initial`, `supplementary`.
    initial: &'static str,
    supplementary: &'static str,
}

const ROUNDS_JA: RoundsWords = RoundsWords {
    and: "と",
    and_the: "と",
    none: "なし",
    only: "のみ",
    missing_open: "（",
    missing_one: "は資料にありません）",
    missing_many: "は資料にありません）",
    absent: "（資料にありません）",
    choice_absent: "（資料になし）",
    choice_open: "（",
    choice_only: "のみ）",
    initial: "当初",
    supplementary: "補正",
};

const ROUNDS_EN: RoundsWords = RoundsWords {
    and: " and ",
    and_the: " and the ",
    none: "none",
    only: " only",
    missing_open: " (the ",
    missing_one: " is not in the source)",
    missing_many: " are not in the source)",
    absent: " (not in the source)",
    choice_absent: " (not in the source)",
    choice_open: " (",
    choice_only: " only)",
    initial: "initial",
    supplementary: "supplementary",
};

/// Names the rounds of the view `kind` × `year` as the source holds them: the one wording
/// every label of a view's rounds comes from, so none names a round that is not in its sum.
pub fn view_rounds(
    data: &Dataset,
    year: u16,
    kind: KindFilter,
    wording: RoundsWording,
    lang: Lang,
) -> String {
    let w = match lang {
        Lang::Ja => &ROUNDS_JA,
        Lang::En => &ROUNDS_EN,
    };
    let coverage = kind.coverage(data, year);
    let choice = kind_filter(kind, lang);
    let mut out = String::new();
    // Appends the names of the rounds summed, `and` between them.
    let push_summed = |out: &mut String, and: &str| {
        for (i, &r) in coverage.summed.iter().enumerate() {
            if i > 0 {
                out.push_str(and);
            }
            out.push_str(data.rounds[r].name.get(lang));
        }
    };
    match wording {
        _ if !coverage.is_complete() => {}
        RoundsWording::Scope => {
            out.push_str(&fiscal_year(year, lang));
            out.push(' ');
            out.push_str(choice);
            return out;
        }
        RoundsWording::Choice => return choice.to_string(),
        RoundsWording::Summed | RoundsWording::Listed => {
            push_summed(&mut out, w.and);
            return out;
        }
    }
    if wording == RoundsWording::Choice {
        // The kinds of the rounds that are summed, in a word each.
        out.push_str(choice);
        let mut n_kinds = 0;
        for (k, word) in [
            (BudgetKind::Initial, w.initial),
            (BudgetKind::Supplementary, w.supplementary),
        ] {
            if coverage.summed.iter().any(|&r| data.rounds[r].kind == k) {
                out.push_str(if n_kinds == 0 { w.choice_open } else { w.and });
                out.push_str(word);
                n_kinds += 1;
            }
        }
        out.push_str(if n_kinds == 0 {
            w.choice_absent
        } else {
            w.choice_only
        });
        return out;
    }
    // A scope line of which the source has no round names the rounds and says they are
    // absent; otherwise what is summed comes first, then what is missing.
    let absent_scope = coverage.summed.is_empty() && wording == RoundsWording::Scope;
    if !absent_scope {
        if coverage.summed.is_empty() {
            out.push_str(w.none);
        } else {
            push_summed(&mut out, w.and);
            out.push_str(w.only);
        }
        if wording == RoundsWording::Summed {
            return out;
        }
        out.push_str(w.missing_open);
    }
    for (i, &(y, k)) in coverage.missing.iter().enumerate() {
        if i > 0 {
            out.push_str(w.and_the);
        }
        out.push_str(&fiscal_year(y, lang));
        if lang == Lang::En {
            out.push(' ');
        }
        out.push_str(budget_kind(k, lang));
    }
    out.push_str(match (absent_scope, coverage.missing.len()) {
        (true, _) => w.absent,
        (false, 1) => w.missing_one,
        (false, _) => w.missing_many,
    });
    out
}

/// What the 15-month view is, where it is offered: `令和5年度補正予算と令和6年度当初予算…`,
/// and what it holds for `year` when the source lacks one of its rounds.
pub fn fifteen_month_explainer(data: &Dataset, year: u16, lang: Lang) -> String {
    let previous = fiscal_year(year.saturating_sub(1), lang);
    let this = fiscal_year(year, lang);
    let mut text = match lang {
        Lang::Ja => format!(
            "15か月予算：{previous}補正予算と{this}当初予算を合わせた額です。前年度の補正予算は年度をまたいで翌年度の当初予算と一体で使われることが多いため、この見方がよく使われます。ほかの合計には足していません。"
        ),
        Lang::En => format!(
            "15-month budget: the {previous} supplementary budget and the {this} initial budget together. A supplementary budget is often spent with the next year's initial budget, so the two are commonly read as one. It is never added to any other total."
        ),
    };
    if !KindFilter::FifteenMonth.coverage(data, year).is_complete() {
        let holds = view_rounds(
            data,
            year,
            KindFilter::FifteenMonth,
            RoundsWording::Listed,
            lang,
        );
        text.push_str(&match lang {
            Lang::Ja => format!("この年度の15か月予算は{holds}です。"),
            Lang::En => format!(" In {this} it holds the {holds}."),
        });
    }
    text
}

/// The share's label, naming its base: `総額 2,126.2億円に占める割合` / `Share of the ¥212.62 billion total`.
pub fn share_of(base: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("総額 {}に占める割合", oku(base, lang)),
        Lang::En => format!("Share of the {} total", oku(base, lang)),
    }
}

/// A year and budget kind as one phrase: `令和6年度当初予算` / `FY2024 (initial)`.
fn year_and_kind(year: u16, kind: KindFilter, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}{}", fiscal_year(year, lang), kind_filter(kind, lang)),
        Lang::En => format!("{} ({})", fiscal_year(year, lang), kind_in_phrase(kind)),
    }
}

/// The change of the programs listed in both years as a phrase: `+0.5億円（+1.2%）増`, or
/// that there are none.
pub fn like_for_like_change(split: &LikeForLike, lang: Lang) -> String {
    if split.n_continuing == 0 {
        return match lang {
            Lang::Ja => "両年度に記載のある施策はありません".to_string(),
            Lang::En => "no program is listed in both years".to_string(),
        };
    }
    change(
        &Change::Delta {
            previous: split.continuing_then,
            amount: split.continuing_change(),
            percent: split.continuing_percent(),
        },
        lang,
    )
}

/// A count and amount of programs, for a table cell: `2件 57.9億円`, or `—` for none.
pub fn programs_and_amount(n: usize, amount: Decimal, lang: Lang) -> String {
    if n == 0 {
        return "—".to_string();
    }
    format!("{} {}", n_programs(n, lang), oku(amount, lang))
}

/// The like-for-like split as a sentence a reader cannot misread, for the headline of a sum
/// of itemised programs shown for `year` and `kind`; `None` when no program is listed in
/// either year (there is nothing to describe).
pub fn like_for_like_sentence(
    split: &LikeForLike,
    year: u16,
    kind: KindFilter,
    lang: Lang,
) -> Option<String> {
    if split.n_continuing + split.n_new + split.n_dropped == 0 {
        return None;
    }
    let now = year_and_kind(year, kind, lang);
    let then = year_and_kind(year.saturating_sub(1), kind, lang);
    let n = |n| n_programs(n, lang);
    let mut parts = Vec::new();
    if !split.differs_from_raw() {
        parts.push(match lang {
            Lang::Ja => format!(
                "{}すべてが両年度に記載されている施策です。",
                n(split.n_continuing)
            ),
            Lang::En if split.n_continuing == 1 => {
                "The 1 program is listed in both years.".to_string()
            }
            Lang::En => format!("All {} are listed in both years.", n(split.n_continuing)),
        });
        return Some(parts.concat());
    }
    parts.push(match (lang, split.n_continuing) {
        (Lang::Ja, 0) => "両年度に記載のある施策はありません。".to_string(),
        (Lang::En, 0) => "No program is listed in both years.".to_string(),
        (Lang::Ja, c) => format!(
            "両年度に記載のある施策{}は{}。",
            n(c),
            like_for_like_change(split, lang)
        ),
        (Lang::En, c) => format!(
            "The {} listed in both years: {}.",
            n(c),
            like_for_like_change(split, lang)
        ),
    });
    if split.n_new > 0 {
        parts.push(match lang {
            Lang::Ja => format!(
                "{then}に記載がなく{now}に記載のある施策{}：{}。",
                n(split.n_new),
                oku(split.new_amount, lang)
            ),
            Lang::En => format!(
                " {} listed in {now} but not in {then}: {}.",
                n(split.n_new),
                oku(split.new_amount, lang)
            ),
        });
    }
    if split.n_dropped > 0 {
        parts.push(match lang {
            Lang::Ja => format!(
                "{then}に記載があり{now}に記載のない施策{}：{}。",
                n(split.n_dropped),
                oku(split.dropped_amount, lang)
            ),
            Lang::En => format!(
                " {} listed in {then} but not in {now}: {}.",
                n(split.n_dropped),
                oku(split.dropped_amount, lang)
            ),
        });
    }
    let raw = split.raw_change();
    let raw_percent = (!(split.continuing_then + split.dropped_amount).is_zero())
        .then(|| raw * Decimal::ONE_HUNDRED / (split.continuing_then + split.dropped_amount));
    let raw_text = match raw_percent {
        Some(p) => match lang {
            Lang::Ja => format!("{}（{}）", signed_oku(raw, lang), signed_percent(p)),
            Lang::En => format!("{} ({})", signed_oku(raw, lang), signed_percent(p)),
        },
        None => signed_oku(raw, lang),
    };
    parts.push(match lang {
        Lang::Ja => format!("合計の差{raw_text}はこれらを含んだ額で、同じ施策の増減ではありません。"),
        Lang::En => format!(" The difference of the sums, {raw_text}, includes them and is not a change of the same programs."),
    });
    Some(parts.concat())
}

/// The split in a few words, for a bar or a table cell: `両年度に記載の2件 +0.5億円（+1.2%）、前年度記載なし2件 57.9億円`.
pub fn like_for_like_short(split: &LikeForLike, lang: Lang) -> String {
    let mut parts = vec![match lang {
        Lang::Ja if split.n_continuing == 0 => "両年度に記載の施策なし".to_string(),
        Lang::En if split.n_continuing == 0 => "none listed in both years".to_string(),
        Lang::Ja => format!(
            "両年度に記載の{} {}",
            n_programs(split.n_continuing, lang),
            like_for_like_change(split, lang)
        ),
        Lang::En => format!(
            "listed both years ({}): {}",
            split.n_continuing,
            like_for_like_change(split, lang)
        ),
    }];
    if split.n_new > 0 {
        parts.push(match lang {
            Lang::Ja => format!(
                "前年度記載なし{} {}",
                n_programs(split.n_new, lang),
                oku(split.new_amount, lang)
            ),
            Lang::En => format!(
                "not listed the year before ({}): {}",
                split.n_new,
                oku(split.new_amount, lang)
            ),
        });
    }
    if split.n_dropped > 0 {
        parts.push(match lang {
            Lang::Ja => format!(
                "今年度記載なし{} {}",
                n_programs(split.n_dropped, lang),
                oku(split.dropped_amount, lang)
            ),
            Lang::En => format!(
                "no longer listed ({}): {}",
                split.n_dropped,
                oku(split.dropped_amount, lang)
            ),
        });
    }
    parts.join(if lang == Lang::Ja { "、" } else { "; " })
}

/// The header of a rounds-table row.
pub fn rounds_row(data: &Dataset, kind: &RoundsRowKind, lang: Lang) -> String {
    let l = labels(lang);
    match kind {
        RoundsRowKind::Total(b) => match (b, lang) {
            (TotalBasis::GrandTotal, _) => l.total.to_string(),
            (TotalBasis::AreaTotals { .. }, Lang::Ja) => "選択した分野の総額".to_string(),
            (TotalBasis::AreaTotals { .. }, Lang::En) => "Total of the areas chosen".to_string(),
            (TotalBasis::ItemisedSum, Lang::Ja) => "該当する個別施策の合計".to_string(),
            (TotalBasis::ItemisedSum, Lang::En) => "Sum of the matching programs".to_string(),
        },
        RoundsRowKind::Area { area_idxs, derived } => {
            let mut label = area_label(data, area_idxs, lang);
            if *derived {
                label.push_str(l.derived_marker);
            }
            label
        }
        RoundsRowKind::Itemised => l.rounds_row_itemised.to_string(),
        RoundsRowKind::NotItemised => l.not_itemised.to_string(),
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

/// What a view's total is, as the page states it under the figure ([`basis`]); for a search,
/// which programs it adds up: those whose name or summary (this site's own) holds the search
/// text, which comes from the URL and so stands as [`Part::FromUrl`].
pub fn basis_parts(state: &ViewState, total_basis: TotalBasis, lang: Lang) -> Vec<Part> {
    let q = state.q.trim();
    if total_basis == TotalBasis::ItemisedSum && !q.is_empty() {
        fill(labels(lang).basis_search, &[&visible(q)])
    } else {
        vec![Part::Page(basis(total_basis, lang).to_string())]
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
            kind_in_phrase(kind)
        ),
    }
}

/// The sentence announced politely when the headline changes. `like_for_like`, where the
/// total is a sum of itemised programs, replaces the raw change.
pub fn announcement(
    scope: &str,
    total: Option<Decimal>,
    change_: &Change,
    like_for_like: Option<&str>,
    n_programs: usize,
    lang: Lang,
) -> String {
    let total = total.map_or_else(|| labels(lang).no_total.to_string(), |t| oku(t, lang));
    let n_programs = count(n_programs);
    match (lang, like_for_like) {
        (Lang::Ja, None) => format!("{scope}：{total}、前年度比 {}。該当する個別施策 {n_programs}件。", change(change_, lang)),
        (Lang::En, None) => format!("{scope}: {total}; change from the previous year: {}. {n_programs} matching itemised programs.", change(change_, lang)),
        (Lang::Ja, Some(s)) => format!("{scope}：{total}。{s}該当する個別施策 {n_programs}件。"),
        (Lang::En, Some(s)) => format!("{scope}: {total}. {s} {n_programs} matching itemised programs."),
    }
}

/// A piece of a sentence: the page's own words, or text that came from the URL. The page
/// puts the second kind in an isolating element (`<bdi>`), so right-to-left or override
/// characters in a link cannot reorder the sentence around them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// Words of the page.
    Page(String),
    /// Text from the URL, with hidden characters already made visible.
    FromUrl(String),
}

/// The parts as one plain string (for tests and screen-reader announcements).
pub fn plain(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|p| match p {
            Part::Page(text) | Part::FromUrl(text) => text.as_str(),
        })
        .collect()
}

/// Fills each `{}` of `template` with the next of `from_url`, as [`Part::FromUrl`].
fn fill(template: &str, from_url: &[&str]) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut values = from_url.iter();
    // `template.split("{}")` written out with `find_from` (core's string searcher would
    // bring string slicing's panic formatting into the wasm).
    let mut start = 0;
    loop {
        let end = find_from(template, "{}", start);
        let piece = template
            .get(start..end.unwrap_or(template.len()))
            .unwrap_or_default();
        if !piece.is_empty() {
            parts.push(Part::Page(piece.to_string()));
        }
        let Some(end) = end else { break };
        parts.push(Part::FromUrl(
            values.next().copied().unwrap_or_default().to_string(),
        ));
        start = end + 2;
    }
    parts
}

/// A count with its digits grouped: `1,234`.
fn count(n: usize) -> String {
    integer(Decimal::from(n))
}

/// A notice about an ignored part of the URL, in parts (names and values from the URL apart).
pub fn notice_parts(notice: &Notice, lang: Lang) -> Vec<Part> {
    let Notice { param, value, kind } = notice;
    let (param, value) = (param.as_str(), value.as_str());
    match (kind, lang) {
        (NoticeKind::UnknownParameter, Lang::Ja) => {
            fill("「{}」は使えないパラメータのため無視しました。", &[param])
        }
        (NoticeKind::UnknownParameter, Lang::En) => fill(
            "\"{}\" is not a parameter this page takes; it was ignored.",
            &[param],
        ),
        (NoticeKind::InvalidValue, Lang::Ja) if value.is_empty() => {
            fill("「{}」に値がないため無視しました。", &[param])
        }
        (NoticeKind::InvalidValue, Lang::En) if value.is_empty() => {
            fill("\"{}\" has no value; it was ignored.", &[param])
        }
        (NoticeKind::InvalidValue, Lang::Ja) => fill(
            "「{}」の値「{}」は使えないため無視しました。",
            &[param, value],
        ),
        (NoticeKind::InvalidValue, Lang::En) => fill(
            "The value \"{}\" of \"{}\" is not valid; it was ignored.",
            &[value, param],
        ),
        (NoticeKind::Repeated, Lang::Ja) => fill(
            "「{}」が複数回指定されたため、最初の値を使いました（「{}」は無視）。",
            &[param, value],
        ),
        (NoticeKind::Repeated, Lang::En) => fill(
            "\"{}\" was given more than once; the first was used and \"{}\" ignored.",
            &[param, value],
        ),
        (NoticeKind::Truncated, Lang::Ja) => fill(
            &format!("「{{}}」の検索語が長すぎるため、先頭の{MAX_SEARCH_CHARS}文字を使いました。"),
            &[param],
        ),
        (NoticeKind::Truncated, Lang::En) => fill(
            &format!(
                "The search text in \"{{}}\" was too long; its first {MAX_SEARCH_CHARS} characters were used."
            ),
            &[param],
        ),
        (NoticeKind::CharactersRemoved, Lang::Ja) => fill(
            "「{}」の値「{}」から、見えない文字・書字方向を変える文字・前後の空白を取り除いて使いました。",
            &[param, value],
        ),
        (NoticeKind::CharactersRemoved, Lang::En) => fill(
            "The value \"{}\" of \"{}\" held hidden or direction-changing characters or spaces around an item; they were removed and the rest was used.",
            &[value, param],
        ),
        (NoticeKind::EmptyName, Lang::Ja) if value.is_empty() => {
            fill("名前のないパラメータを無視しました。", &[])
        }
        (NoticeKind::EmptyName, Lang::En) if value.is_empty() => {
            fill("A parameter without a name was ignored.", &[])
        }
        (NoticeKind::EmptyName, Lang::Ja) => {
            fill("名前のないパラメータ（値「{}」）を無視しました。", &[value])
        }
        (NoticeKind::EmptyName, Lang::En) => fill(
            "A parameter without a name (value \"{}\") was ignored.",
            &[value],
        ),
        (NoticeKind::TooLong { params, chars }, Lang::Ja) => fill(
            &format!(
                "リンクが長すぎるため、残りの{}個のパラメータ（{}文字）は読まずに無視しました。",
                count(*params),
                count(*chars)
            ),
            &[],
        ),
        (NoticeKind::TooLong { params, chars }, Lang::En) => fill(
            &format!(
                "The link is too long: the remaining {} ({} characters) {} not read.",
                match params {
                    1 => "1 parameter".to_string(),
                    n => format!("{} parameters", count(*n)),
                },
                count(*chars),
                if *params == 1 { "was" } else { "were" }
            ),
            &[],
        ),
    }
}

/// A notice about an ignored part of the URL, as plain text.
pub fn notice(notice: &Notice, lang: Lang) -> String {
    plain(&notice_parts(notice, lang))
}

/// The last line of a list of notices cut short: `ほか3件` / `and 3 more`.
pub fn more_notices(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("ほか{}件", count(n)),
        Lang::En => format!("and {} more", count(n)),
    }
}

/// Under the URL notices once the app has written a URL without the parts they name.
pub fn notices_removed(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "これらはアドレスバーのURLから削除しました。",
        Lang::En => "They have been removed from the address bar.",
    }
}

/// Why an open program is missing from the totals and lists beside it.
pub fn program_outside_view(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "開いている施策は今の絞り込みに含まれないため、合計と一覧には入っていません。",
        Lang::En => "The open program is outside the current selection, so the totals and lists leave it out.",
    }
}

/// The link to the selection that includes the open program, before its scope line.
pub fn program_include_link(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "含まれる絞り込みに切り替える：",
        Lang::En => "Switch to a selection that includes it: ",
    }
}

/// What the current view covers, in parts (the search text from the URL apart).
pub fn scope_parts(data: &Dataset, state: &ViewState, lang: Lang) -> Vec<Part> {
    let separator = if lang == Lang::Ja { "、" } else { ", " };
    let mut parts = vec![view_rounds(
        data,
        state.year,
        state.budget,
        RoundsWording::Scope,
        lang,
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
    let mut out = vec![Part::Page(parts.join(" · "))];
    let q = state.q.trim();
    if !q.is_empty() {
        let (open, close) = match lang {
            Lang::Ja => ("「", "」"),
            Lang::En => ("\"", "\""),
        };
        out = vec![
            Part::Page(format!("{} · {open}", parts.join(" · "))),
            Part::FromUrl(visible(q)),
            Part::Page(close.to_string()),
        ];
    }
    out
}

/// What the current view covers, as one line: `令和6年度 当初予算 · 防衛省 · 「演習」`.
pub fn scope(data: &Dataset, state: &ViewState, lang: Lang) -> String {
    plain(&scope_parts(data, state, lang))
}

/// The page's own sentences a view's CSV and JSON carry
/// (`crate::budget::export::ViewExport`), worded as the page words them: the filter line,
/// the rounds the total adds up (and any the source lacks), and what the total is, as
/// under the figure (for a search, which programs it sums).
pub struct ExportWords {
    /// [`scope`].
    pub scope: String,
    /// [`view_rounds`], listed.
    pub rounds: String,
    /// [`basis_parts`], as plain text.
    pub basis: String,
}

impl ExportWords {
    /// The words of `state`'s files, whose headline total is of `total_basis`.
    pub fn of(data: &Dataset, state: &ViewState, total_basis: TotalBasis) -> ExportWords {
        let lang = state.lang;
        ExportWords {
            scope: scope(data, state, lang),
            rounds: view_rounds(data, state.year, state.budget, RoundsWording::Listed, lang),
            basis: plain(&basis_parts(state, total_basis, lang)),
        }
    }
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
    /// The link to the accessibility statement in the footers.
    pub accessibility: &'static str,
    /// The link to it in About.
    pub accessibility_about: &'static str,
}

const TAKEAWAY_JA: TakeawayLabels = TakeawayLabels {
    tools_heading: "この表示のダウンロードと引用",
    download_csv: "CSVをダウンロード（Excel向け）",
    download_json: "JSONをダウンロード",
    download_note: "この絞り込みの個別施策（ほかの予算の回にのみ金額のあるものも）を、金額は億円の数値で、絞り込み・出典・ライセンス・この表示のURLとともに保存します。",
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
    accessibility: "アクセシビリティ",
    accessibility_about: "アクセシビリティ方針と試験結果（JIS X 8341-3:2016 適合レベル AA）",
};

const TAKEAWAY_EN: TakeawayLabels = TakeawayLabels {
    tools_heading: "Download and cite this view",
    download_csv: "Download CSV (for Excel)",
    download_json: "Download JSON",
    download_note: "Saves the programs of this filter (also those with an amount in other rounds only), amounts as numbers in ¥ billion, with the filter, source, licence and the URL of this view.",
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
    accessibility: "Accessibility",
    accessibility_about: "Accessibility policy and test results (JIS X 8341-3:2016 level AA)",
};

/// The take-away labels in `lang`.
pub fn takeaway_labels(lang: Lang) -> &'static TakeawayLabels {
    match lang {
        Lang::Ja => &TAKEAWAY_JA,
        Lang::En => &TAKEAWAY_EN,
    }
}

named_enum! {
    /// A word of the glossary, shown in About and as inline help where it appears; its
    /// name is a stable id for anchors (`term-initial`).
    pub enum Term {
        /// 当初予算.
        Initial = "initial",
        /// 補正予算.
        Supplementary = "supplementary",
        /// 15か月予算.
        FifteenMonth = "fifteen-month",
        /// 億円.
        Oku = "oku",
        /// 個別施策.
        Itemised = "itemised",
        /// 記載なし.
        Absent = "absent",
        /// 個別施策として記載のない額.
        NotItemised = "not-itemised",
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
        (Term::Oku, Lang::En) => ("oku-en (億円)", "100 million yen. The source gives amounts in oku-en rounded to 0.1 (¥10 million); 10 oku-en is ¥1 billion."),
        (Term::Itemised, Lang::Ja) => ("個別施策", "資料の総括表に主な施策例として名前と金額が掲載された施策。各分野の総額には、掲載されていない施策も含まれます。"),
        (Term::Itemised, Lang::En) => ("Itemised program (個別施策)", "A program the source's summary table lists by name with its amount, as a main example. Each area's total also includes programs it does not list."),
        (Term::Absent, Lang::Ja) => ("記載なし", "資料の該当欄が「—」であること。金額がゼロという意味ではなく、その予算に金額が示されていないことを表します。"),
        (Term::Absent, Lang::En) => ("None in the source (記載なし)", "The source's cell is \"—\". It does not mean zero: the source gives no amount for that budget."),
        (Term::NotItemised, Lang::Ja) => ("個別施策として記載のない額", "公表された総額から、掲載された個別施策の合計を差し引いた額。資料が内訳を示していない部分で、推計では埋めません。"),
        (Term::NotItemised, Lang::En) => ("Not itemised in the source (個別施策として記載のない額)", "A published total less the sum of the programs the source lists: the part it does not break down. It is never filled with estimates."),
    }
}

/// The accessible name of a term's help button: `「億円」とは` / `What is "oku-en"?`. In
/// English it leaves out the source's Japanese word the visible term quotes: a name is
/// read out whole in the page's language, and an English voice cannot read Japanese.
pub fn term_help_label(term_: Term, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("「{}」とは", term(term_, lang).0),
        Lang::En => format!("What is \"{}\"?", term_in_english(term_)),
    }
}

/// The English words of a term, without the Japanese the page shows beside them.
fn term_in_english(term: Term) -> &'static str {
    match term {
        Term::Initial => "Initial budget",
        Term::Supplementary => "Supplementary budget",
        Term::FifteenMonth => "15-month budget",
        Term::Oku => "oku-en",
        Term::Itemised => "Itemised program",
        Term::Absent => "None in the source",
        Term::NotItemised => "Not itemised in the source",
    }
}

/// The accessible name of a filter chip's button: `防衛省 の絞り込みを解除`.
pub fn chip_remove_label(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{name} の絞り込みを解除"),
        Lang::En => format!("Remove the filter {name}"),
    }
}

/// Where a page of the program table stands in the list: `10,000件中 101〜200件` /
/// `101–200 of 10,000`.
pub fn page_range(first: usize, last: usize, total: usize, lang: Lang) -> String {
    let (first, last, total) = (count(first), count(last), count(total));
    match lang {
        Lang::Ja => format!("{total}件中 {first}〜{last}件"),
        Lang::En => format!("{first}–{last} of {total}"),
    }
}

/// The program table's buttons to the page before and after: `前の100件` / `Previous 100`.
pub fn page_step(next: bool, page_size: usize, lang: Lang) -> String {
    let n = count(page_size);
    match (lang, next) {
        (Lang::Ja, false) => format!("前の{n}件"),
        (Lang::Ja, true) => format!("次の{n}件"),
        (Lang::En, false) => format!("Previous {n}"),
        (Lang::En, true) => format!("Next {n}"),
    }
}

/// The phone button that closes the filters and shows the result: `5件を表示`.
pub fn show_results(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}件を表示", count(n)),
        Lang::En if n == 1 => "Show 1 program".to_string(),
        Lang::En => format!("Show {} programs", count(n)),
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
    fn a_help_buttons_english_name_is_its_terms_english_words_without_the_japanese() {
        // The name begins with the words shown, as a speech user says them (WCAG 2.5.3).
        for &t in Term::ALL {
            let shown = term(t, Lang::En).0;
            let english = term_in_english(t);
            // The term as shown is the English words and the source's word in brackets.
            let japanese = term(t, Lang::Ja).0;
            assert_eq!(shown, format!("{english} ({japanese})"));
            let label = term_help_label(t, Lang::En);
            assert!(
                !label.chars().any(crate::markup::lang_runs::is_japanese),
                "{label}"
            );
        }
        assert_eq!(term_help_label(Term::Oku, Lang::En), "What is \"oku-en\"?");
        assert_eq!(term_help_label(Term::Oku, Lang::Ja), "「億円」とは");
    }

    #[test]
    fn a_kind_in_a_phrase_is_the_label_in_lower_case() {
        for &kind in KindFilter::ALL {
            assert_eq!(
                kind_in_phrase(kind),
                kind_filter(kind, Lang::En).to_lowercase()
            );
        }
    }

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
    fn url_text_is_kept_apart_from_the_page_words() {
        assert_eq!(
            fill("The value \"{}\" of \"{}\" is not valid.", &["x", "y"]),
            vec![
                Part::Page("The value \"".into()),
                Part::FromUrl("x".into()),
                Part::Page("\" of \"".into()),
                Part::FromUrl("y".into()),
                Part::Page("\" is not valid.".into()),
            ]
        );
        assert_eq!(fill("{}", &[""]), vec![Part::FromUrl(String::new())]);
        assert_eq!(more_notices(1234, Lang::Ja), "ほか1,234件");
        assert_eq!(more_notices(3, Lang::En), "and 3 more");
    }

    #[test]
    fn every_term_has_words_and_a_definition_in_both_languages() {
        for &t in Term::ALL {
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
        assert_eq!(show_results(10_000, Lang::Ja), "10,000件を表示");
        assert_eq!(n_programs(10_000, Lang::En), "10,000 programs");
        assert_eq!(
            page_range(101, 200, 10_000, Lang::Ja),
            "10,000件中 101〜200件"
        );
        assert_eq!(page_range(1, 100, 1_234, Lang::En), "1–100 of 1,234");
        assert_eq!(page_step(true, 100, Lang::Ja), "次の100件");
        assert_eq!(page_step(false, 100, Lang::En), "Previous 100");
        assert_eq!(show_results(1, Lang::En), "Show 1 program");
        assert_eq!(with_unit("金額", Lang::Ja), "金額（億円）");
        assert_eq!(with_unit("Amount", Lang::En), "Amount (¥ billion)");
    }
}

/// The words of embed mode and of the "Embed this view" control.
#[derive(Debug)]
#[allow(missing_docs)]
pub struct EmbedLabels {
    pub open_full_page: &'static str,
    pub new_tab: &'static str,
    pub source_prefix: &'static str,
    pub licence_short: &'static str,
    pub embed_heading: &'static str,
    pub embed_show: &'static str,
    pub embed_hide: &'static str,
    pub embed_intro: &'static str,
    pub embed_snippet_label: &'static str,
    pub embed_copy: &'static str,
    pub embed_copied: &'static str,
    pub embed_copy_failed: &'static str,
    pub embed_sandbox_note: &'static str,
    pub embed_csp_note: &'static str,
}

const EMBED_JA: EmbedLabels = EmbedLabels {
    open_full_page: "全画面で開く",
    new_tab: "（新しいタブ）",
    source_prefix: "出典：",
    licence_short: "政府標準利用規約（第2.0版）に準拠（CC BY 4.0 互換）",
    embed_heading: "この表示を埋め込む",
    embed_show: "埋め込みコードを表示",
    embed_hide: "埋め込みコードを閉じる",
    embed_intro: "次のコードを貼り付けると、いまの表示（絞り込み・言語・並び順）をほかのサイトに埋め込めます。フィルターは表示されず、高さは embed.js が内容に合わせて調整します。",
    embed_snippet_label: "埋め込みコード",
    embed_copy: "コードをコピー",
    embed_copied: "コピーしました。",
    embed_copy_failed: "コピーできませんでした。コードを選択してコピーしてください。",
    embed_sandbox_note: "`sandbox` は、アプリの実行（`allow-scripts`）、自分の `.wasm` の読み込み（`allow-same-origin`）、全画面表示へのリンク（`allow-popups`、`allow-popups-to-escape-sandbox`）、CSV・JSON の保存（`allow-downloads`）に必要なものだけです。",
    embed_csp_note: "埋め込み元に CSP がある場合は、このサイトを `frame-src` と `script-src` に加えてください。",
};

const EMBED_EN: EmbedLabels = EmbedLabels {
    open_full_page: "Open as a full page",
    new_tab: " (new tab)",
    source_prefix: "Source: ",
    licence_short: "Government of Japan Standard Terms of Use 2.0 (compatible with CC BY 4.0)",
    embed_heading: "Embed this view",
    embed_show: "Show the embed code",
    embed_hide: "Hide the embed code",
    embed_intro: "Paste this code to embed the current view (filters, language and order) in another site. The filters are not shown, and embed.js fits the frame's height to its content.",
    embed_snippet_label: "Embed code",
    embed_copy: "Copy the code",
    embed_copied: "Copied.",
    embed_copy_failed: "Could not copy. Select the code and copy it.",
    embed_sandbox_note: "The sandbox grants only what the explorer needs: running the app (`allow-scripts`), loading its own `.wasm` (`allow-same-origin`), the link to the full page (`allow-popups`, `allow-popups-to-escape-sandbox`) and saving CSV or JSON (`allow-downloads`).",
    embed_csp_note: "If the host page has a Content-Security-Policy, add this site to its `frame-src` and `script-src`.",
};

/// The embed-mode words in `lang`.
pub fn embed_labels(lang: Lang) -> &'static EmbedLabels {
    match lang {
        Lang::Ja => &EMBED_JA,
        Lang::En => &EMBED_EN,
    }
}

/// The iframe's `title`: what the frame shows, in the page language.
pub fn embed_title(data: &Dataset, state: &ViewState, lang: Lang) -> String {
    let separator = if lang == Lang::Ja { "：" } else { ": " };
    format!(
        "{}{separator}{}",
        labels(lang).app_title,
        scope(data, state, lang)
    )
}

/// The source attribution line the licence requires: `出典：NISC「…」（政府標準利用規約…）`.
pub fn attribution(data: &Dataset, lang: Lang) -> String {
    let l = embed_labels(lang);
    let publisher = data.edition.publisher.get(lang);
    match lang {
        Lang::Ja => format!("{}{publisher}（{}）", l.source_prefix, l.licence_short),
        Lang::En => format!("{}{publisher} ({})", l.source_prefix, l.licence_short),
    }
}

/// The note over the pre-rendered default view, shown only where the app cannot run
/// (JavaScript off, WebAssembly blocked): which view the figures are (`scope`, the default
/// view's scope line), that the URL's choices are not applied, and what the explorer needs.
pub fn default_view_note(scope: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!(
            "この表示は既定の表示（{scope}、全府省庁）です。URL の絞り込みや言語の指定は反映されていません。\
             操作できるエクスプローラーには JavaScript と WebAssembly が必要です。"
        ),
        Lang::En => format!(
            "This is the default view ({scope}, all ministries). Filters and the language chosen in the URL \
             are not applied. The interactive explorer needs JavaScript and WebAssembly."
        ),
    }
}
