//! The exports and the citation of a view, byte for byte where it matters, against the
//! published figures (NISC, FY2024 edition).

use cyber_budget_explorer::budget::export::{
    citation, citation_source, cited_pages, dataset_csv, file_name, page_ranges, plain_amount,
    view_csv, view_json, ViewExport,
};
use cyber_budget_explorer::budget::query::ViewState;
use cyber_budget_explorer::budget::sort::sort_programs;
use cyber_budget_explorer::budget::{Explorer, Lang, View};
use cyber_budget_explorer::dataset::{edition_digest, latest_edition, served_file};
use cyber_budget_explorer::text::ExportWords;
use rust_decimal::Decimal;
use sha2::{Digest, Sha256};

fn explorer() -> Explorer {
    Explorer::new(latest_edition().expect("the embedded edition loads"))
}

/// The view of a query, its rows in table order, and the page's own words for it.
fn view_of(e: &Explorer, query: &str) -> (ViewState, View, ExportWords) {
    let (state, notices) = ViewState::parse(query, &e.data);
    assert!(notices.is_empty(), "{notices:?}");
    let mut view = e.view(&state.filter(&e.data));
    sort_programs(&mut view.programs, state.sort, &e.data, state.lang);
    let words = ExportWords::of(&e.data, &state, view.headline.basis);
    (state, view, words)
}

/// The CSV and JSON of a query, built as the page builds them (`src/ui/view_tools.rs`),
/// naming the data file the site serves.
fn files_of(e: &Explorer, query: &str, url: &str) -> (String, String) {
    let (state, view, words) = view_of(e, query);
    let other_rows = e.other_round_programs(&state.filter(&e.data));
    let (_, sha) = edition_digest(&e.data.edition.id).expect("the edition has a digest");
    let file = served_file(&e.data.edition.id);
    let export = ViewExport {
        data: &e.data,
        state: &state,
        view: &view,
        rows: &view.programs,
        other_rows: &other_rows,
        scope: &words.scope,
        rounds: &words.rounds,
        basis: &words.basis,
        view_url: url,
        dataset_file: &file,
        dataset_sha256: sha,
    };
    (view_csv(&export), view_json(&export))
}

/// The lines of a CSV, without its BOM.
fn lines(csv: &str) -> Vec<&str> {
    csv.trim_start_matches('\u{feff}').split("\r\n").collect()
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
    assert_eq!(served_file("fy2024"), "data/fy2024.json");
}

#[test]
fn csv_of_the_ministry_of_defense_in_japanese() {
    let e = explorer();
    let url = "https://example.jp/budget/?ministry=mod";
    let (csv, _) = files_of(&e, "ministry=mod", url);
    assert!(csv.starts_with('\u{feff}'), "starts with a BOM");
    assert!(
        !csv.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    let lines = lines(&csv);
    assert_eq!(
        lines[0],
        "Cyber Budget Explorer,政府のサイバーセキュリティ予算：この表示の個別施策"
    );
    assert_eq!(lines[1], "絞り込み,令和6年度 当初予算 · 防衛省");
    assert_eq!(lines[2], "合計した予算,令和6年度当初予算");
    // 防衛省's five itemised programs add up to 1,521.0億円 in FY2024 (pages 1-2).
    assert_eq!(lines[3], "総額（億円）,1521.0");
    assert!(
        lines[4].starts_with("総額の根拠,個別施策の合計"),
        "{}",
        lines[4]
    );
    assert_eq!(lines[5], "この表示に金額のある個別施策の数,5");
    assert_eq!(lines[6], "一覧の個別施策の数,5");
    assert!(
        lines[7].starts_with(
            "一覧について,この絞り込みで、資料のいずれかの回に金額のある個別施策です。"
        ),
        "{}",
        lines[7]
    );
    assert_eq!(
        lines[8],
        "出典,内閣サイバーセキュリティセンター（NISC）「政府のサイバーセキュリティに関する令和6年度予算」（サイバーセキュリティ戦略本部 第41回会合 資料3、2024年7月10日）"
    );
    assert_eq!(
        lines[9],
        "出典のURL,https://www.nisc.go.jp/council/cs/index.html#cs41"
    );
    assert!(lines[10].starts_with("ライセンス,NISCのウェブサイトのコンテンツは政府標準利用規約"));
    assert_eq!(lines[11], format!("この表示のURL,{url}"));
    let (_, sha) = edition_digest("fy2024").unwrap();
    // The file the site serves beside the page (a reader can fetch it), not the
    // repository's path.
    assert_eq!(
        lines[12],
        format!("データ（この表示のURLからの相対パス、SHA-256）,data/fy2024.json {sha}")
    );
    assert!(lines[13].starts_with("単位,億円。"), "{}", lines[13]);
    assert_eq!(lines[14], "");
    assert_eq!(
        lines[15],
        "施策ID,施策名,府省庁ID,府省庁,分野番号,分野,令和6年度当初予算（億円）,令和5年度補正予算（億円）,令和5年度当初予算（億円）,この表示の額（億円）,前年度比（億円）,総括表のページ,事業ページ"
    );
    // Largest first (the default sort): 防衛省's system protection, 1,064.0億円.
    assert!(
        lines[16].starts_with("mod-system-protection,"),
        "{}",
        lines[16]
    );
    assert!(lines[16].contains(",1064.0,"), "{}", lines[16]);
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
    assert_eq!(lines.len(), 16 + 5 + 1, "5 rows and the final CRLF");
}

#[test]
fn csv_in_english_is_in_yen_billions_as_the_english_page_is() {
    let e = explorer();
    let (csv, _) = files_of(&e, "ministry=mod&lang=en", "https://x/?lang=en");
    let lines = lines(&csv);
    assert_eq!(lines[1], "Filter,FY2024 Initial · Ministry of Defense");
    assert_eq!(lines[2], "Rounds added up,FY2024 initial budget");
    // 1,521.0億円 is ¥152.10 billion: the decimal point moves, nothing is rounded.
    assert_eq!(lines[3], "Total (¥ billion),152.10");
    assert!(
        lines[13].starts_with("Unit,\"¥ billion (¥1 billion = 10億円;"),
        "{}",
        lines[13]
    );
    assert_eq!(lines[15], "Program ID,Program,Ministry ID,Ministry,Area number,Area,FY2024 initial budget (¥ billion),FY2023 supplementary budget (¥ billion),FY2023 initial budget (¥ billion),Amount in this view (¥ billion),Change from previous year (¥ billion),Summary table page,Program page");
    let rmf = lines.iter().find(|l| l.starts_with("mod-rmf,")).unwrap();
    assert!(
        rmf.starts_with(
            "mod-rmf,Introducing the Risk Management Framework (RMF),mod,Ministry of Defense,3,"
        ),
        "{rmf}"
    );
    assert!(rmf.ends_with(",29.08,,30.11,29.08,-1.03,2,27"), "{rmf}");
    let system = lines
        .iter()
        .find(|l| l.starts_with("mod-system-protection,"))
        .unwrap();
    assert!(system.contains(",106.40,,47.74,106.40,58.66,"), "{system}");
}

#[test]
fn plain_amounts_are_exact_in_either_unit() {
    let d = |s: &str| Decimal::from_str_exact(s).unwrap();
    for (amount, ja, en) in [
        ("1064.0", "1064.0", "106.40"),
        ("0.1", "0.1", "0.01"),
        ("-10.3", "-10.3", "-1.03"),
        ("5", "5.0", "0.50"),
        // Finer than the source's 0.1億円: more digits, never rounded away.
        ("0.05", "0.05", "0.005"),
        ("2126.2", "2126.2", "212.62"),
    ] {
        assert_eq!(plain_amount(d(amount), Lang::Ja), ja, "{amount}");
        assert_eq!(plain_amount(d(amount), Lang::En), en, "{amount}");
    }
}

#[test]
fn a_view_lists_the_programs_of_every_round_its_rounds_table_shows() {
    // 総務省 and 経済産業省, FY2024 initial: 9 programs have an FY2024 amount; the rounds
    // table's FY2023 supplementary column holds 5.1億円, all of it
    // meti-industrial-environment, which has no FY2024 amount. The file lists it, its
    // amount in this view blank, so the column sums to 5.1 as the table says.
    let e = explorer();
    let (csv, json) = files_of(&e, "ministry=mic,meti", "https://x/?ministry=meti,mic");
    let lines = lines(&csv);
    assert_eq!(lines[5], "この表示に金額のある個別施策の数,9");
    assert_eq!(lines[6], "一覧の個別施策の数,10");
    let environment = lines
        .iter()
        .find(|l| l.starts_with("meti-industrial-environment,"))
        .expect("the program of the FY2023 supplementary budget is listed");
    assert!(environment.ends_with(",,5.1,,,,1,10"), "{environment}");
    assert_eq!(
        lines[lines.len() - 2],
        *environment,
        "after the table's rows"
    );
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let programs = value["programs"].as_array().unwrap();
    assert_eq!(programs.len(), 10);
    let last = &programs[9];
    assert_eq!(last["id"], "meti-industrial-environment");
    assert_eq!(last["amounts"]["fy2023-supplementary"], "5.1");
    assert!(last["amount"].is_null() && last["change"].is_null());
}

#[test]
fn a_view_the_source_holds_only_part_of_names_what_it_adds_up() {
    let e = explorer();
    let (csv, json) = files_of(&e, "year=2023&budget=15month", "https://x/");
    let lines_ja = lines(&csv);
    assert_eq!(
        lines_ja[1],
        "絞り込み,令和5年度当初予算のみ（令和4年度補正予算は資料にありません）"
    );
    assert_eq!(
        lines_ja[2],
        "合計した予算,令和5年度当初予算のみ（令和4年度補正予算は資料にありません）"
    );
    assert_eq!(lines_ja[3], "総額（億円）,1378.9");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        value["rounds_added_up"],
        "令和5年度当初予算のみ（令和4年度補正予算は資料にありません）"
    );
    assert_eq!(
        value["round_ids_added_up"],
        serde_json::json!(["fy2023-initial"])
    );
    let (csv, json) = files_of(&e, "budget=supplementary&lang=en", "https://x/");
    let lines_en = lines(&csv);
    assert_eq!(
        lines_en[1],
        "Filter,FY2024 supplementary budget (not in the source)"
    );
    assert_eq!(
        lines_en[2],
        "Rounds added up,none (the FY2024 supplementary budget is not in the source)"
    );
    assert_eq!(lines_en[3], "Total (¥ billion),", "no figure");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(value["total"].is_null());
    assert_eq!(value["round_ids_added_up"], serde_json::json!([]));
    // The programs of the rounds the table shows, none with an amount in this view.
    let programs = value["programs"].as_array().unwrap();
    assert_eq!(programs.len(), 31);
    assert!(programs.iter().all(|p| p["amount"].is_null()));
}

#[test]
fn search_text_that_looks_like_a_formula_is_defused_and_quoted() {
    let e = explorer();
    let (csv, _) = files_of(&e, "q=%3DHYPERLINK(%22x%22%2C1)", "https://x/");
    let filter_line = csv.split("\r\n").nth(1).unwrap();
    // The filter text starts with 令和, so it is only quoted; a cell that starts with `=`
    // would be prefixed with an apostrophe.
    assert_eq!(
        filter_line,
        "絞り込み,\"令和6年度 当初予算 · 「=HYPERLINK(\"\"x\"\",1)」\""
    );
    let (state, view, words) = view_of(&e, "");
    let export = ViewExport {
        data: &e.data,
        state: &state,
        view: &view,
        rows: &view.programs,
        other_rows: &[],
        scope: "=1+1",
        rounds: "",
        basis: &words.basis,
        view_url: "https://x/",
        dataset_file: "data/fy2024.json",
        dataset_sha256: "",
    };
    assert_eq!(
        view_csv(&export).split("\r\n").nth(1).unwrap(),
        "絞り込み,'=1+1"
    );
}

#[test]
fn json_of_the_view_carries_the_same_programs_and_the_dataset_hash() {
    let e = explorer();
    let (_, json) = files_of(&e, "ministry=mod", "https://x/?ministry=mod");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let (_, sha) = edition_digest("fy2024").unwrap();
    assert_eq!(value["dataset"]["sha256"], sha);
    assert_eq!(value["dataset"]["file"], "data/fy2024.json");
    assert_eq!(value["total"], "1521.0");
    assert_eq!(value["yen_per_unit"], 100_000_000);
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
    // In English, ¥ billion, as the English page.
    let (_, json) = files_of(&e, "ministry=mod&lang=en", "https://x/");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["total"], "152.10");
    assert_eq!(value["yen_per_unit"], 1_000_000_000_u64);
    let rmf = value["programs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "mod-rmf")
        .unwrap();
    assert_eq!(
        rmf["amounts"],
        serde_json::json!({ "fy2023-initial": "30.11", "fy2023-supplementary": null, "fy2024-initial": "29.08" })
    );
    assert_eq!(rmf["change"], "-1.03");
}

#[test]
fn the_served_data_file_is_the_hashed_one() {
    // export-data writes what the site serves; its bytes hash to the digest every export
    // states (hashed here independently of build.rs).
    let dir = std::env::temp_dir().join(format!("cbe-export-data-{}", std::process::id()));
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_export-data"))
        .arg(&dir)
        .status()
        .expect("export-data runs");
    assert!(status.success());
    let served = std::fs::read(dir.join(served_file("fy2024"))).expect("data/fy2024.json");
    let digest: String = Sha256::digest(&served)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let (_, sha) = edition_digest("fy2024").unwrap();
    assert_eq!(digest, sha);
    let csv = std::fs::read_to_string(dir.join("data/fy2024.csv")).unwrap();
    assert!(
        csv.contains(&format!(",data/fy2024.json {sha}\r\n")),
        "the dataset CSV names the served file"
    );
    std::fs::remove_dir_all(&dir).unwrap();
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
    let (state, view, words) = view_of(&e, "ministry=mod");
    // 防衛省's programs: summary rows on pages 1-2, program pages 26-29 and 31; the grand
    // total on page 1.
    assert_eq!(page_ranges(&cited_pages(&e.data, &view)), "1–2, 26–29, 31");
    let ja = citation(
        &e.data,
        &view,
        &words.scope,
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
    let (state_en, view_en, words_en) = view_of(&e, "ministry=mod&lang=en");
    assert_eq!(state_en.lang, Lang::En);
    let en = citation(
        &e.data,
        &view_en,
        &words_en.scope,
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
