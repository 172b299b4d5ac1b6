//! 10,000 seeded views of the real edition (and 1,000 of a synthetic one with ten fiscal
//! years) through the pure export functions, each file read back as a spreadsheet would:
//! every program the rounds table adds up is in the file, once; each round's column adds
//! up to the rounds table's figure of the itemised programs; the view's column adds up to
//! the view's itemised sum and is, row by row, the program's amounts in the view's rounds;
//! the total line is the headline; the JSON says the same. The CSV is parsed here by its
//! own RFC 4180 reader, not by the writer's code, so the test checks the file.

mod common;

use std::collections::BTreeSet;

use cyber_budget_explorer::budget::export::{view_csv, view_json, ViewExport};
use cyber_budget_explorer::budget::query::ViewState;
use cyber_budget_explorer::budget::sort::sort_programs;
use cyber_budget_explorer::budget::view::{RoundsRowKind, RoundsTable};
use cyber_budget_explorer::budget::{
    BudgetKind, Explorer, Filter, KindFilter, Lang, TotalBasis, View,
};
use cyber_budget_explorer::dataset::latest_edition;
use cyber_budget_explorer::synthetic::{dataset, Config};
use cyber_budget_explorer::text::ExportWords;
use rust_decimal::Decimal;

use common::Rng;

/// Search texts: none (most often), words of both languages that match a few programs or
/// many, two words, and one that matches nothing.
const SEARCHES: &[&str] = &[
    "",
    "",
    "",
    "",
    "演習",
    "exercise",
    "セキュリティ",
    "security",
    "IoT",
    "防衛",
    "RMF",
    "情報",
    "サイバー 演習",
    "system",
    "program 1",
    "zzzz",
];

const SORTS: &[&str] = &[
    "", "name", "-name", "ministry", "area", "-area", "amount", "-amount", "change", "-change",
];

/// A random view of `explorer`'s edition as the URL a reader would open.
fn random_query(rng: &mut Rng, explorer: &Explorer) -> String {
    let data = &explorer.data;
    let years = data.fiscal_years();
    let mut pairs = vec![
        format!("year={}", years[rng.below(years.len())]),
        format!("budget={}", KindFilter::ALL[rng.below(4)].as_str()),
    ];
    let ministries: Vec<&str> = match rng.below(5) {
        0 | 1 => vec![],
        _ => data
            .ministries
            .iter()
            .filter(|_| rng.below(5) == 0)
            .map(|m| m.id.as_str())
            .collect(),
    };
    if !ministries.is_empty() {
        pairs.push(format!("ministry={}", ministries.join(",")));
    }
    let areas: Vec<String> = match rng.below(2) {
        0 => vec![],
        _ => data
            .areas
            .iter()
            .filter(|_| rng.below(4) == 0)
            .map(|a| a.number.to_string())
            .collect(),
    };
    if !areas.is_empty() {
        pairs.push(format!("area={}", areas.join(",")));
    }
    let q = rng.pick(SEARCHES);
    if !q.is_empty() {
        pairs.push(format!(
            "q={}",
            form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
        ));
    }
    if rng.below(2) == 0 {
        pairs.push("lang=en".to_string());
    }
    let sort = rng.pick(SORTS);
    if !sort.is_empty() {
        pairs.push(format!("sort={sort}"));
    }
    pairs.join("&")
}

/// A CSV as records of fields (RFC 4180: quoted fields, doubled quotes, CRLF only).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text
        .strip_prefix('\u{feff}')
        .expect("the file starts with a BOM");
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "a CR without its LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            '\n' => panic!("a line ends in LF alone"),
            _ => field.push(c),
        }
    }
    assert!(
        field.is_empty() && record.is_empty() && !quoted,
        "the file ends with CRLF"
    );
    records
}

/// A cell of an amount column: empty, or a plain number in the file's unit with at least
/// `min_decimals` decimals (ASCII digits, `-`, one `.`; no grouping, no unit). Returned in
/// 億円, the unit of the model, exactly: ¥ billion is ten times as much.
fn amount_cell(cell: &str, lang: Lang, context: &str) -> Option<Decimal> {
    if cell.is_empty() {
        return None;
    }
    let (min_decimals, oku_per_unit) = match lang {
        Lang::Ja => (1, Decimal::ONE),
        Lang::En => (2, Decimal::TEN),
    };
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let (whole, decimals) = digits
        .split_once('.')
        .unwrap_or_else(|| panic!("{context}: {cell:?} has no decimal point"));
    assert!(
        !whole.is_empty()
            && decimals.len() >= min_decimals
            && (whole.len() == 1 || !whole.starts_with('0'))
            && whole
                .chars()
                .chain(decimals.chars())
                .all(|c| c.is_ascii_digit()),
        "{context}: {cell:?} is not a plain number"
    );
    let value = Decimal::from_str_exact(cell).expect("a plain number parses");
    Some(value * oku_per_unit)
}

/// Adds cells up as a spreadsheet's SUM does, except that a column with no number at all
/// is `None` (as the rounds table shows `—`, not 0, where nothing is itemised).
fn sum(cells: impl IntoIterator<Item = Option<Decimal>>) -> Option<Decimal> {
    cells.into_iter().flatten().reduce(|a, b| a + b)
}

/// The programs the rounds table adds up in some column: those each round's own view
/// lists, found without the export's code.
fn programs_of_every_round(explorer: &Explorer, filter: &Filter) -> BTreeSet<String> {
    let data = &explorer.data;
    let mut ids = BTreeSet::new();
    for round in &data.rounds {
        let kind = match round.kind {
            BudgetKind::Initial => KindFilter::Initial,
            BudgetKind::Supplementary => KindFilter::Supplementary,
        };
        let view = explorer.view(&Filter {
            fiscal_year: round.fiscal_year,
            kind,
            ..filter.clone()
        });
        ids.extend(
            view.programs
                .iter()
                .map(|row| data.programs[row.program_idx].id.clone()),
        );
    }
    ids
}

/// The rounds table's figure of the itemised programs in each round: the total row where
/// the total is a sum of programs, else the row of the itemised part of the published total.
fn itemised_per_round(table: &RoundsTable) -> &[Option<Decimal>] {
    let row = table
        .rows
        .iter()
        .find(|row| {
            matches!(
                row.kind,
                RoundsRowKind::Itemised | RoundsRowKind::Total(TotalBasis::ItemisedSum)
            )
        })
        .expect("the rounds table has an itemised row");
    &row.amounts
}

/// Builds the view's CSV and JSON as the page does, and checks them against the view and
/// its rounds table.
fn check_view(explorer: &Explorer, query: &str) {
    let data = &explorer.data;
    let (state, notices) = ViewState::parse(query, data);
    assert!(notices.is_empty(), "{query}: {notices:?}");
    let lang = state.lang;
    let filter = state.filter(data);
    let mut view: View = explorer.view(&filter);
    sort_programs(&mut view.programs, state.sort, data, lang);
    let other_rows = explorer.other_round_programs(&filter);
    let table = explorer.rounds_table(&filter);
    let words = ExportWords::of(data, &state, view.headline.basis);
    let export = ViewExport {
        data,
        state: &state,
        view: &view,
        rows: &view.programs,
        other_rows: &other_rows,
        scope: &words.scope,
        rounds: &words.rounds,
        basis: &words.basis,
        view_url: "https://example.jp/budget/",
        dataset_file: "data/x.json",
        dataset_sha256: "0",
    };
    let records = parse_csv(&view_csv(&export));

    // The label lines, a blank line, the header, the programs.
    let blank = records
        .iter()
        .position(|r| r == &[String::new()])
        .unwrap_or_else(|| panic!("{query}: no blank line after the labels"));
    let (unit, total_label) = match lang {
        Lang::Ja => ("（億円）", "総額（億円）"),
        Lang::En => (" (¥ billion)", "Total (¥ billion)"),
    };
    let total_line = records[..blank]
        .iter()
        .find(|r| r[0] == total_label)
        .unwrap_or_else(|| panic!("{query}: no total line"));
    assert_eq!(
        amount_cell(&total_line[1], lang, query),
        view.headline.total,
        "{query}: the total line is the headline"
    );
    let header = &records[blank + 1];
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{query}: no column {name:?} in {header:?}"))
    };
    let round_columns: Vec<usize> = data
        .rounds
        .iter()
        .map(|r| column(&format!("{}{unit}", r.name.get(lang))))
        .collect();
    let view_column = column(match lang {
        Lang::Ja => "この表示の額（億円）",
        Lang::En => "Amount in this view (¥ billion)",
    });
    let rows = &records[blank + 2..];
    for row in rows {
        assert_eq!(row.len(), header.len(), "{query}: {row:?}");
    }

    // Every program some round of the rounds table adds up, once; the table's rows first,
    // in its order.
    let ids: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    let unique: BTreeSet<String> = ids.iter().map(|id| id.to_string()).collect();
    assert_eq!(
        unique.len(),
        ids.len(),
        "{query}: a program is listed twice"
    );
    assert_eq!(
        unique,
        programs_of_every_round(explorer, &filter),
        "{query}"
    );
    let table_ids: Vec<&str> = view
        .programs
        .iter()
        .map(|row| data.programs[row.program_idx].id.as_str())
        .collect();
    assert_eq!(ids[..table_ids.len()], table_ids[..], "{query}");

    // Each round's column adds up to the rounds table's figure for that round.
    let amounts = |c: usize| -> Vec<Option<Decimal>> {
        rows.iter()
            .map(|r| amount_cell(&r[c], lang, query))
            .collect()
    };
    let expected = itemised_per_round(&table);
    assert_eq!(table.round_idxs, (0..data.rounds.len()).collect::<Vec<_>>());
    for (r, &c) in round_columns.iter().enumerate() {
        let column_sum = sum(amounts(c));
        match view.headline.basis {
            // The table's total is the programs' sum: `—` exactly where none is listed.
            TotalBasis::ItemisedSum => assert_eq!(
                column_sum, expected[r],
                "{query}: round {}",
                data.rounds[r].id
            ),
            // Under a published total the itemised part reads 0.0 where none is listed.
            _ => assert_eq!(
                Some(column_sum.unwrap_or(Decimal::ZERO)),
                expected[r],
                "{query}: round {}",
                data.rounds[r].id
            ),
        }
    }

    // The view's column: row by row the program's amounts in the view's rounds, and in
    // all the view's itemised sum (the headline, where that is a sum of programs).
    let view_cells = amounts(view_column);
    for (i, row) in rows.iter().enumerate() {
        let own = sum(view
            .round_idxs
            .iter()
            .map(|&r| amount_cell(&row[round_columns[r]], lang, query)));
        assert_eq!(view_cells[i], own, "{query}: {}", row[0]);
    }
    assert_eq!(
        view_cells.iter().flatten().count(),
        view.programs.len(),
        "{query}"
    );
    let view_sum = sum(view_cells.iter().copied());
    assert_eq!(
        view_sum.unwrap_or(Decimal::ZERO),
        view.itemised_total,
        "{query}"
    );
    if view.headline.basis == TotalBasis::ItemisedSum {
        assert_eq!(view_sum, view.headline.total, "{query}: the headline");
    }

    // The JSON holds the same programs, in the same order, with the same amounts.
    let json: serde_json::Value = serde_json::from_str(&view_json(&export)).unwrap();
    let programs = json["programs"].as_array().unwrap();
    assert_eq!(programs.len(), rows.len(), "{query}");
    for (program, row) in programs.iter().zip(rows) {
        assert_eq!(program["id"], row[0].as_str(), "{query}");
        let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
        assert_eq!(text(&program["amount"]), row[view_column], "{query}");
        for (r, round) in data.rounds.iter().enumerate() {
            assert_eq!(
                text(&program["amounts"][&round.id]),
                row[round_columns[r]],
                "{query}"
            );
        }
    }
    assert_eq!(
        json["total"].as_str().unwrap_or_default(),
        total_line[1],
        "{query}"
    );
}

#[test]
fn every_round_column_of_ten_thousand_views_adds_up_to_the_rounds_table() {
    let explorer = Explorer::new(latest_edition().unwrap());
    let mut rng = Rng(0x5EED_E8B0_27C5_0018);
    let mut partial = 0;
    let mut other_round_rows = 0;
    for _ in 0..10_000 {
        let query = random_query(&mut rng, &explorer);
        check_view(&explorer, &query);
        let (state, _) = ViewState::parse(&query, &explorer.data);
        let filter = state.filter(&explorer.data);
        partial += usize::from(
            !state
                .budget
                .coverage(&explorer.data, state.year)
                .is_complete(),
        );
        other_round_rows += explorer.other_round_programs(&filter).len();
    }
    // The generator reaches what the property is about: views the source holds only part
    // of, and files with programs of other rounds only.
    assert!(partial > 2_000, "{partial}");
    assert!(other_round_rows > 10_000, "{other_round_rows}");
}

#[test]
fn a_synthetic_edition_of_ten_years_adds_up_the_same_way() {
    let explorer = Explorer::new(dataset(&Config {
        n_programs: 150,
        years: 2015..=2024,
        seed: 18,
        distinct_rows: 40,
    }));
    let mut rng = Rng(0x5EED_0000_0000_0018);
    for _ in 0..1_000 {
        check_view(&explorer, &random_query(&mut rng, &explorer));
    }
}
