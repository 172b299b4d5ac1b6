//! The statement's words, in Japanese and English. A run between backticks is code (an
//! address parameter, a file name); the page marks the Japanese an English text quotes
//! (`crate::markup::lang_runs`). The 対応度 wording follows WAIC's
//! ウェブコンテンツの JIS X 8341-3:2016 対応度表記ガイドライン; the list of what a test
//! result shows follows JIS X 8341-3:2016 附属書JB, JB.3.1 (表示事項).

use super::{Conformance, Outcome};
use crate::budget::Lang;

/// The fixed words of one language; each field is the text its name says.
#[allow(missing_docs)]
pub struct Words {
    pub title: &'static str,
    pub app_title: &'static str,
    pub skip_to_content: &'static str,
    pub back_to_explorer: &'static str,
    pub intro: &'static str,
    pub conformance_note: &'static str,
    pub policy_heading: &'static str,
    pub policy: &'static str,
    pub standard_label: &'static str,
    pub standard: &'static str,
    pub target_label: &'static str,
    pub target: &'static str,
    pub conformance_label: &'static str,
    pub scope_label: &'static str,
    pub scope: &'static str,
    pub exceptions_label: &'static str,
    pub exceptions: &'static str,
    pub out_of_scope_label: &'static str,
    pub out_of_scope: &'static str,
    pub technologies_label: &'static str,
    pub technologies: &'static str,
    pub results_heading: &'static str,
    pub tested_on_label: &'static str,
    pub build_label: &'static str,
    pub modified: &'static str,
    pub method_label: &'static str,
    pub method: &'static str,
    pub tools_label: &'static str,
    pub axe_rules: &'static str,
    pub selection_label: &'static str,
    pub selection: &'static str,
    pub pages_label: &'static str,
    pub no_script: &'static str,
    pub summary_label: &'static str,
    pub table_caption: &'static str,
    pub col_criterion: &'static str,
    pub col_level: &'static str,
    pub col_applies: &'static str,
    pub col_result: &'static str,
    pub col_method: &'static str,
    pub applies_yes: &'static str,
    pub applies_no: &'static str,
    pub automated: &'static str,
    pub by_hand: &'static str,
    pub source_note: &'static str,
    pub contact_heading: &'static str,
    pub contact_intro: &'static str,
    pub contact_default: &'static str,
}

const JA: Words = Words {
    title: "アクセシビリティ方針と試験結果",
    app_title: "政府のサイバーセキュリティ予算",
    skip_to_content: "本文へ移動",
    back_to_explorer: "予算エクスプローラーに戻る",
    intro: "政府のサイバーセキュリティ予算を府省庁・分野別に探索できるこの予算エクスプローラーの、ウェブアクセシビリティ方針と、JIS X 8341-3:2016 に基づく試験の結果です。",
    conformance_note: "「準拠」「一部準拠」「配慮」の表記は、情報通信アクセス協議会ウェブアクセシビリティ基盤委員会「ウェブコンテンツの JIS X 8341-3:2016 対応度表記ガイドライン」によります。",
    policy_heading: "ウェブアクセシビリティ方針",
    policy: "府省庁のサイトに掲載し、埋め込んで使えるよう、この予算エクスプローラーは、高齢者や障害のある人を含む誰もが、キーボードだけでも、スクリーンリーダーや拡大表示を使っても、すべての数値と機能を利用できることを目指して作っています。",
    standard_label: "規格",
    standard: "JIS X 8341-3:2016（WCAG 2.0 と同じ要件）。WCAG 2.1 と 2.2 の適合レベル A・AA の達成基準も試験しています（下の表には 1.4.10、1.4.12、1.4.13、2.5.8 を含めています）。",
    target_label: "目標とする適合レベル",
    target: "適合レベル AA",
    conformance_label: "対応度",
    scope_label: "対象範囲",
    scope: "URL で指定できるすべての表示（年度、予算の種類、府省庁、分野、検索、施策の詳細、並び順、表示順、言語）、ほかのサイトに埋め込んだ表示（`embed=1`、`controls=1`）、JavaScript を使わない場合に表示される既定の表示、およびこのページ。",
    exceptions_label: "例外",
    exceptions: "ありません。",
    out_of_scope_label: "対象外",
    out_of_scope: "埋め込み先のページ（`iframe` を置くサイトのページ）、リンク先の外部サイト（出典の資料を公開しているサイトなど）、ダウンロードできる CSV・JSON ファイル（ウェブページではないデータファイル）は、この方針の対象外です。",
    technologies_label: "依存したウェブコンテンツ技術",
    technologies: "HTML、CSS、WAI-ARIA、SVG、JavaScript、WebAssembly（JavaScript を使わない既定の表示とこのページは HTML と CSS のみ）",
    results_heading: "試験結果",
    tested_on_label: "試験日",
    build_label: "試験したビルド",
    modified: "（試験時、このコミットにない変更を含む）",
    method_label: "試験の方法",
    method: "自動試験（実際のブラウザでページを開き、キーボードで操作し、表示と読み上げの情報を確かめる試験）と、開発チームによる手作業の確認を組み合わせました。自動試験は変更のたびに CI で実行され、この表で「適合」または「適用なし」とした達成基準の試験が一つでも失敗すると CI が失敗します。",
    tools_label: "ブラウザとツール",
    axe_rules: "`axe-core` の規則：`wcag2a`、`wcag2aa`、`wcag21a`、`wcag21aa`、`wcag22aa`",
    selection_label: "試験対象のページの選択方法とページ数",
    selection: "附属書JB の JB.1.2 c)「ウェブページ一式を代表するウェブページを選択する場合」によります。予算エクスプローラーは URL のパラメータで表示が決まる一つのページなので、レイアウト（全体、埋め込み、絞り込み付きの埋め込み）、言語、表示される内容の種類ごとに、代表する表示を選びました。",
    pages_label: "試験したページ（エクスプローラーのアドレスからの相対 URL）",
    no_script: "（JavaScript なし）",
    summary_label: "結果の概要",
    table_caption: "達成基準ごとの試験結果",
    col_criterion: "達成基準",
    col_level: "適合レベル",
    col_applies: "適用",
    col_result: "結果",
    col_method: "確認の方法",
    applies_yes: "あり",
    applies_no: "なし",
    automated: "自動試験：",
    by_hand: "手作業の確認",
    source_note: "この試験結果は、試験の実行から書き出した `accessibility/results.json` から、ビルドのときに作られています。",
    contact_heading: "お問い合わせ",
    contact_intro: "この予算エクスプローラーを利用するうえで支障があった場合や、アクセシビリティについてのご意見は、次の窓口にお知らせください。",
    contact_default: "このページを掲載しているサイト（府省庁など）の問い合わせ窓口にお知らせください。",
};

const EN: Words = Words {
    title: "Accessibility policy and test results",
    app_title: "Japan's Government Cybersecurity Budget",
    skip_to_content: "Skip to content",
    back_to_explorer: "Back to the budget explorer",
    intro: "The web accessibility policy of this budget explorer, which shows the Japanese government's cybersecurity budget by ministry and area, and the results of its tests against JIS X 8341-3:2016.",
    conformance_note: "「準拠」 (conforms), 「一部準拠」 (partly conforms) and 「配慮」 (considered) are the levels of WAIC's guideline on stating conformance to JIS X 8341-3:2016 (ウェブコンテンツの JIS X 8341-3:2016 対応度表記ガイドライン).",
    policy_heading: "Web accessibility policy",
    policy: "So that ministries can publish and embed it, this budget explorer is built so that everyone, older people and people with disabilities included, can use every figure and every feature: with a keyboard alone, with a screen reader, or magnified.",
    standard_label: "Standard",
    standard: "JIS X 8341-3:2016 (the same requirements as WCAG 2.0). The level A and AA criteria of WCAG 2.1 and 2.2 are tested too (the table includes 1.4.10, 1.4.12, 1.4.13 and 2.5.8).",
    target_label: "Target level",
    target: "Level AA",
    conformance_label: "Conformance",
    scope_label: "Scope",
    scope: "Every view the address can ask for (year, budget kind, ministries, areas, search, a program's detail, sort, order, language), the view embedded in another site (`embed=1`, `controls=1`), the default view shown without JavaScript, and this page.",
    exceptions_label: "Exceptions",
    exceptions: "None.",
    out_of_scope_label: "Not covered",
    out_of_scope: "The page an embed stands in (the host site's page with the iframe), external sites linked to (such as the one publishing the source document), and the CSV and JSON files to download (data files, not web pages) are not covered by this policy.",
    technologies_label: "Technologies relied upon",
    technologies: "HTML, CSS, WAI-ARIA, SVG, JavaScript, WebAssembly (the default view without JavaScript and this page: HTML and CSS only)",
    results_heading: "Test results",
    tested_on_label: "Tested on",
    build_label: "Build tested",
    modified: " (with changes not in this commit at the time of the test)",
    method_label: "Method",
    method: "Automated tests (each opens the pages in a real browser, operates them with the keyboard, and checks what is shown and what assistive technology is told) and checks by hand by the development team. The automated tests run in CI on every change; CI fails when a test behind a criterion this table marks as met or not applicable fails.",
    tools_label: "Browser and tools",
    axe_rules: "The `axe-core` rule sets run: `wcag2a`, `wcag2aa`, `wcag21a`, `wcag21aa`, `wcag22aa`.",
    selection_label: "How the pages were chosen, and how many",
    selection: "JIS X 8341-3:2016 annex JB, JB.1.2 c): pages chosen to represent the whole. The explorer is one page whose view is set by the parameters of its address, so a view was chosen for each layout (full page, embed, embed with filters), each language and each kind of content a view can show.",
    pages_label: "Pages tested (addresses relative to the explorer's)",
    no_script: "(without JavaScript) ",
    summary_label: "Summary",
    table_caption: "Results by success criterion",
    col_criterion: "Success criterion",
    col_level: "Level",
    col_applies: "Applies",
    col_result: "Result",
    col_method: "How it was checked",
    applies_yes: "Yes",
    applies_no: "No",
    automated: "Automated tests:",
    by_hand: "Checked by hand",
    source_note: "These results are built, when the site is built, from `accessibility/results.json`, which a run of the tests writes.",
    contact_heading: "Contact",
    contact_intro: "If something in this budget explorer is hard or impossible for you to use, or for any comment on its accessibility, please tell:",
    contact_default: "the contact of the organisation (such as a ministry) whose website shows this page.",
};

/// The fixed words of `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

/// The result's name in the table.
pub fn outcome(outcome: Outcome, lang: Lang) -> &'static str {
    match (outcome, lang) {
        (Outcome::Pass, Lang::Ja) => "適合",
        (Outcome::Fail, Lang::Ja) => "不適合",
        (Outcome::NotApplicable, Lang::Ja) => "適用なし",
        (Outcome::Untested, Lang::Ja) => "未試験",
        (Outcome::Pass, Lang::En) => "Met",
        (Outcome::Fail, Lang::En) => "Not met",
        (Outcome::NotApplicable, Lang::En) => "Not applicable",
        (Outcome::Untested, Lang::En) => "Not tested",
    }
}

/// The sentence that states the 対応度, for the target level AA.
pub fn conformance(conformance: Conformance, lang: Lang) -> &'static str {
    match (conformance, lang) {
        (Conformance::Full, Lang::Ja) => {
            "この予算エクスプローラーは、JIS X 8341-3:2016 の適合レベル AA に準拠しています。"
        }
        (Conformance::Partial, Lang::Ja) => {
            "この予算エクスプローラーは、JIS X 8341-3:2016 の適合レベル AA に一部準拠しています（目標は適合レベル AA の準拠です）。満たしていない達成基準は、試験結果の表に「不適合」と示しています。"
        }
        (Conformance::Considered, Lang::Ja) => {
            "この予算エクスプローラーは、JIS X 8341-3:2016 の適合レベル AA に配慮しています（目標は適合レベル AA の準拠です）。試験も確認もしていない達成基準を、試験結果の表に「未試験」と示しています。"
        }
        (Conformance::Full, Lang::En) => {
            "This budget explorer conforms to JIS X 8341-3:2016 level AA (準拠)."
        }
        (Conformance::Partial, Lang::En) => {
            "This budget explorer partly conforms to JIS X 8341-3:2016 level AA (一部準拠; the target is to conform to level AA). The criteria it does not meet are marked \"Not met\" in the table of test results."
        }
        (Conformance::Considered, Lang::En) => {
            "This budget explorer was made with JIS X 8341-3:2016 level AA in mind (配慮; the target is to conform to level AA). The criteria neither tested nor checked are marked \"Not tested\" in the table of test results."
        }
    }
}

/// The count line of the summary: "適合 38、適用なし 4、不適合 0（全42の達成基準）".
pub fn summary(counts: [(Outcome, usize); 4], total: usize, lang: Lang) -> String {
    let parts: Vec<String> = counts
        .iter()
        .filter(|(o, n)| *n > 0 || matches!(o, Outcome::Fail))
        .map(|(o, n)| match lang {
            Lang::Ja => format!("{} {n}", outcome(*o, lang)),
            Lang::En => format!("{}: {n}", outcome(*o, lang)),
        })
        .collect();
    match lang {
        Lang::Ja => format!("{}（全{total}の達成基準）", parts.join("、")),
        Lang::En => format!("{} (of {total} success criteria)", parts.join(", ")),
    }
}

/// "7 pages" / "7ページ".
pub fn page_count(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{n}ページ"),
        Lang::En if n == 1 => "1 page".to_string(),
        Lang::En => format!("{n} pages"),
    }
}

/// "the development team, 2026-12-02" / "開発チーム、2026-12-02".
pub fn checked_by(by: &str, date: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{by}、{date}"),
        Lang::En => format!("{by}, {date}"),
    }
}

/// The level column: "AA", or "AA（WCAG 2.1）" for a criterion not in JIS X 8341-3:2016.
pub fn level(level: &str, wcag: &str, lang: Lang) -> String {
    match (wcag, lang) {
        ("2.0", _) => level.to_string(),
        (_, Lang::Ja) => format!("{level}（WCAG {wcag}）"),
        (_, Lang::En) => format!("{level} (WCAG {wcag})"),
    }
}
