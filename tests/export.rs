//! The exports and the citation of a view, byte for byte where it matters, against the
//! published figures (NISC, FY2024 edition).

use cyber_budget_explorer::budget::export::{
    citation, citation_source, cited_pages, dataset_csv, file_name, page_ranges, view_csv,
    view_json, ViewExport,
};
use cyber_budget_explorer::budget::query::ViewState;
use cyber_budget_explorer::budget::sort::sort_programs;
use cyber_budget_explorer::budget::{Explorer, Lang, View};
use cyber_budget_explorer::dataset::{edition_digest, latest_edition};
use cyber_budget_explorer::text::{basis, scope};

fn explorer() -> Explorer {
    Explorer::new(latest_edition().expect("the embedded edition loads"))
}

/// The view of a query, its rows in table order, and the page's own words for it.
fn view_of(e: &Explorer, query: &str) -> (ViewState, View, String, String) {
    let (state, notices) = ViewState::parse(query, &e.data);
    assert!(notices.is_empty(), "{notices:?}");
    let mut view = e.view(&state.filter(&e.data));
    sort_programs(&mut view.programs, state.sort, &e.data, state.lang);
    let scope = scope(&e.data, &state, state.lang);
    let basis = basis(view.headline.basis, state.lang).to_string();
    (state, view, scope, basis)
}

fn export<'a>(
    e: &'a Explorer,
    state: &'a ViewState,
    view: &'a View,
    scope: &'a str,
    basis: &'a str,
    url: &'a str,
) -> ViewExport<'a> {
    let (file, sha) = edition_digest(&e.data.edition.id).expect("the edition has a digest");
    ViewExport {
        data: &e.data,
        state,
        view,
        rows: &view.programs,
        scope,
        basis,
        view_url: url,
        dataset_file: file,
        dataset_sha256: sha,
    }
}

#[test]
fn the_digest_is_the_sha256_of_the_embedded_file() {
    let (file, sha) = edition_digest("fy2024").unwrap();
    assert_eq!(file, "data/editions/fy2024.json");
    assert_eq!(sha.len(), 64);
    assert!(sha
        .chars()
        .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
    // Recomputed independently of build.rs: the file the tests read is the one embedded.
    let embedded = cyber_budget_explorer::dataset::EMBEDDED_EDITIONS[0].1;
    assert_eq!(embedded, include_str!("../data/editions/fy2024.json"));
    assert!(edition_digest("fy1999").is_none());
}

#[test]
fn csv_of_the_ministry_of_defense_in_japanese() {
    let e = explorer();
    let (state, view, scope, basis) = view_of(&e, "ministry=mod");
    let url = "https://example.jp/budget/?ministry=mod";
    let csv = view_csv(&export(&e, &state, &view, &scope, &basis, url));
    assert!(csv.starts_with('\u{feff}'), "starts with a BOM");
    assert!(
        !csv.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Cyber Budget Explorer,政府のサイバーセキュリティ予算：この表示の個別施策"
    );
    assert_eq!(lines[1], "絞り込み,令和6年度 当初予算 · 防衛省");
    // 防衛省's five itemised programs add up to 1,521.0億円 in FY2024 (pages 1-2).
    assert_eq!(lines[2], "総額（億円）,1521.0");
    assert!(
        lines[3].starts_with("総額の根拠,個別施策の合計"),
        "{}",
        lines[3]
    );
    assert_eq!(lines[4], "個別施策の数,5");
    assert_eq!(
        lines[5],
        "出典,内閣サイバーセキュリティセンター（NISC）「政府のサイバーセキュリティに関する令和6年度予算」（サイバーセキュリティ戦略本部 第41回会合 資料3、2024年7月10日）"
    );
    assert_eq!(
        lines[6],
        "出典のURL,https://www.nisc.go.jp/council/cs/index.html#cs41"
    );
    assert!(lines[7].starts_with("ライセンス,NISCのウェブサイトのコンテンツは政府標準利用規約"));
    assert_eq!(lines[8], format!("この表示のURL,{url}"));
    let (_, sha) = edition_digest("fy2024").unwrap();
    assert_eq!(
        lines[9],
        format!("データ（SHA-256）,data/editions/fy2024.json {sha}")
    );
    assert_eq!(lines[11], "");
    assert_eq!(
        lines[12],
        "施策ID,施策名,府省庁ID,府省庁,分野番号,分野,令和6年度当初予算（億円）,令和5年度補正予算（億円）,令和5年度当初予算（億円）,この表示の額（億円）,前年度比（億円）,総括表のページ,事業ページ"
    );
    // Largest first (the default sort): 防衛省's system protection, 1,064.0億円.
    assert!(
        lines[13].starts_with("mod-system-protection,"),
        "{}",
        lines[13]
    );
    assert!(lines[13].contains(",1064.0,"), "{}", lines[13]);
    // mod-rmf: 290.8 in FY2024, — in the FY2023 supplementary (an empty cell), 301.1 in
    // FY2023; 290.8 − 301.1 = −10.3.
    let rmf = lines
        .iter()
        .find(|l| l.starts_with("mod-rmf,"))
        .expect("mod-rmf is a row");
    assert_eq!(
        *rmf,
        "mod-rmf,リスク管理枠組み（RMF）の導入,mod,防衛省,3,国際社会の平和・安定及び我が国の安全保障への寄与,290.8,,301.1,290.8,-10.3,2,27"
    );
    assert_eq!(lines.len(), 13 + 5 + 1, "5 rows and the final CRLF");
}

#[test]
fn csv_in_english_names_ministries_and_areas_in_english() {
    let e = explorer();
    let (state, view, scope, basis) = view_of(&e, "ministry=mod&lang=en");
    let csv = view_csv(&export(
        &e,
        &state,
        &view,
        &scope,
        &basis,
        "https://x/?lang=en",
    ));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[1], "Filter,FY2024 Initial · Ministry of Defense");
    assert_eq!(lines[2], "Total (100 million yen),1521.0");
    assert!(lines[12].starts_with("Program ID,Program,Ministry ID,Ministry,Area number,Area,FY2024 initial budget (100 million yen),"));
    let rmf = lines.iter().find(|l| l.starts_with("mod-rmf,")).unwrap();
    assert!(
        rmf.starts_with(
            "mod-rmf,Introducing the Risk Management Framework (RMF),mod,Ministry of Defense,3,"
        ),
        "{rmf}"
    );
    assert!(rmf.ends_with(",290.8,,301.1,290.8,-10.3,2,27"), "{rmf}");
}

#[test]
fn search_text_that_looks_like_a_formula_is_defused_and_quoted() {
    let e = explorer();
    let (state, view, scope, basis) = view_of(&e, "q=%3DHYPERLINK(%22x%22%2C1)");
    let csv = view_csv(&export(&e, &state, &view, &scope, &basis, "https://x/"));
    let filter_line = csv.split("\r\n").nth(1).unwrap();
    // The filter text starts with 令和, so it is only quoted; a cell that starts with `=`
    // would be prefixed with an apostrophe.
    assert_eq!(
        filter_line,
        "絞り込み,\"令和6年度 当初予算 · 「=HYPERLINK(\"\"x\"\",1)」\""
    );
    let (state, view, _, basis) = view_of(&e, "");
    let csv = view_csv(&export(&e, &state, &view, "=1+1", &basis, "https://x/"));
    assert_eq!(csv.split("\r\n").nth(1).unwrap(), "絞り込み,'=1+1");
}

#[test]
fn json_of_the_view_carries_the_same_programs_and_the_dataset_hash() {
    let e = explorer();
    let (state, view, scope, basis) = view_of(&e, "ministry=mod");
    let json = view_json(&export(
        &e,
        &state,
        &view,
        &scope,
        &basis,
        "https://x/?ministry=mod",
    ));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let (_, sha) = edition_digest("fy2024").unwrap();
    assert_eq!(value["dataset"]["sha256"], sha);
    assert_eq!(value["dataset"]["file"], "data/editions/fy2024.json");
    assert_eq!(value["total"], "1521.0");
    assert_eq!(value["filter"]["query"], "?ministry=mod");
    assert_eq!(value["filter"]["ministries"], serde_json::json!(["mod"]));
    assert_eq!(value["source"]["date"], "2024-07-10");
    assert_eq!(
        value["source"]["url"],
        "https://www.nisc.go.jp/council/cs/index.html#cs41"
    );
    assert_eq!(value["source"]["document"], "資料3");
    let programs = value["programs"].as_array().unwrap();
    assert_eq!(programs.len(), 5);
    assert_eq!(programs[0]["id"], "mod-system-protection");
    assert_eq!(programs[0]["amount"], "1064.0");
    let rmf = programs.iter().find(|p| p["id"] == "mod-rmf").unwrap();
    assert_eq!(rmf["amounts"]["fy2024-initial"], "290.8");
    assert!(
        rmf["amounts"]["fy2023-supplementary"].is_null(),
        "— is null, not zero"
    );
    assert_eq!(rmf["change"], "-10.3");
    assert_eq!(rmf["ministry"], "防衛省");
    assert_eq!(rmf["detail_page"], 27);
}

#[test]
fn the_whole_dataset_as_csv_has_every_program_in_both_languages() {
    let e = explorer();
    let (file, sha) = edition_digest("fy2024").unwrap();
    let csv = dataset_csv(&e.data, file, sha);
    assert!(csv.starts_with('\u{feff}'));
    assert!(!csv.replace("\r\n", "").contains('\n'));
    let lines: Vec<&str> = csv.split("\r\n").collect();
    let header = lines
        .iter()
        .position(|l| l.starts_with("program_id,"))
        .unwrap();
    assert_eq!(
        lines[header],
        "program_id,name_ja,name_en,ministry_id,ministry_ja,ministry_en,area,area_ja,area_en,fy2024-initial,fy2023-supplementary,fy2023-initial,summary_page,detail_page"
    );
    let rows = &lines[header + 1..lines.len() - 1];
    assert_eq!(rows.len(), 31, "31 itemised programs");
    let rmf = rows.iter().find(|l| l.starts_with("mod-rmf,")).unwrap();
    assert!(rmf.ends_with(",290.8,,301.1,2,27"), "{rmf}");
    assert!(csv.contains(sha));
}

#[test]
fn the_citation_names_document_meeting_date_pages_url_and_access_date() {
    let e = explorer();
    let (state, view, scope, _) = view_of(&e, "ministry=mod");
    // 防衛省's programs: summary rows on pages 1-2, program pages 26-29 and 31; the grand
    // total on page 1.
    assert_eq!(page_ranges(&cited_pages(&e.data, &view)), "1–2, 26–29, 31");
    let ja = citation(
        &e.data,
        &view,
        &scope,
        "https://x/?ministry=mod",
        "2026-11-26",
        Lang::Ja,
    );
    assert_eq!(
        ja,
        "出典：内閣サイバーセキュリティセンター（NISC）「政府のサイバーセキュリティに関する令和6年度予算」（サイバーセキュリティ戦略本部 第41回会合 資料3、2024年7月10日）1–2, 26–29, 31ページ。https://www.nisc.go.jp/council/cs/index.html#cs41\n表示：令和6年度 当初予算 · 防衛省（Cyber Budget Explorer）https://x/?ministry=mod（2026年11月26日閲覧）"
    );
    // What a page prints without a clock or an address is the citation's first line.
    assert_eq!(
        ja.split_once('\n').map(|(source, _)| source),
        Some(citation_source(&e.data, &view, Lang::Ja).as_str())
    );
    let (state_en, view_en, scope_en, _) = view_of(&e, "ministry=mod&lang=en");
    assert_eq!(state_en.lang, Lang::En);
    let en = citation(
        &e.data,
        &view_en,
        &scope_en,
        "https://x/?ministry=mod&lang=en",
        "2026-11-26",
        Lang::En,
    );
    assert!(en.starts_with("Source: National center of Incident readiness and Strategy for Cybersecurity (NISC), \"The Government's Cybersecurity Budget for FY2024\" (Document 3, Cybersecurity Strategic Headquarters, 41st meeting, 10 July 2024), pp. 1–2, 26–29, 31. https://www.nisc.go.jp/council/cs/index.html#cs41\n"), "{en}");
    assert!(
        en.ends_with(
            "Cyber Budget Explorer, https://x/?ministry=mod&lang=en (accessed 26 November 2026)."
        ),
        "{en}"
    );
    assert!(en.starts_with(&format!(
        "{}\n",
        citation_source(&e.data, &view_en, Lang::En)
    )));
    let _ = state;
}

#[test]
fn export_file_names_say_what_the_view_is() {
    let e = explorer();
    let (state, ..) = view_of(&e, "ministry=mod,meti&area=3&lang=en");
    assert_eq!(
        file_name(&state, "csv"),
        "cyber-budget-fy2024-initial-meti-mod-area3-en.csv"
    );
    let (state, ..) = view_of(&e, "");
    assert_eq!(
        file_name(&state, "json"),
        "cyber-budget-fy2024-initial-ja.json"
    );
}
