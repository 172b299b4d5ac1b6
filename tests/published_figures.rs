//! The budget model against the figures the source publishes (NISC, FY2024 edition).
//!
//! Every expected number here is read off the source (page numbers in comments) or is
//! simple arithmetic on such numbers, spelled out.

use std::str::FromStr;

use cyber_budget_explorer::budget::format::{oku, percent, signed_oku, signed_percent, yen};
use cyber_budget_explorer::budget::view::{Change, TotalBasis, View};
use cyber_budget_explorer::budget::{BudgetKind, Explorer, Filter, KindFilter, Lang};
use cyber_budget_explorer::dataset::latest_edition;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn explorer() -> Explorer {
    Explorer::new(latest_edition().expect("the embedded edition loads"))
}

fn filter(e: &Explorer, year: u16, kind: KindFilter) -> Filter {
    Filter {
        fiscal_year: year,
        kind,
        ..Filter::for_dataset(&e.data)
    }
}

fn with_ministries(e: &Explorer, ids: &[&str]) -> Filter {
    Filter {
        ministry_idxs: ids
            .iter()
            .map(|id| e.data.ministry_idx(id).unwrap())
            .collect(),
        ..Filter::for_dataset(&e.data)
    }
}

fn delta(change: &Change) -> (Decimal, Option<Decimal>) {
    match change {
        Change::Delta {
            amount, percent, ..
        } => (*amount, *percent),
        other => panic!("expected a change, got {other:?}"),
    }
}

#[test]
fn the_edition_holds_three_rounds_six_areas_eleven_ministries_and_31_programs() {
    let e = explorer();
    let rounds: Vec<&str> = e.data.rounds.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        rounds,
        ["fy2024-initial", "fy2023-supplementary", "fy2023-initial"]
    );
    assert_eq!(e.data.areas.len(), 6);
    let ministries: Vec<&str> = e.data.ministries.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ministries,
        ["cas", "npa", "fsa", "digital", "mic", "mofa", "mext", "mhlw", "meti", "mlit", "mod"]
    );
    assert_eq!(e.data.programs.len(), 31);
}

#[test]
fn grand_totals_are_the_published_ones() {
    // p. 1: 2,126.2億円 and (令和5年度当初予算額 1,378.9億円); p. 2: 令和5年度補正予算 238.9億円.
    let e = explorer();
    let total = |year, kind| e.view(&filter(&e, year, kind)).headline;
    let fy2024 = total(2024, KindFilter::Initial);
    assert_eq!(fy2024.total, Some(d("2126.2")));
    assert_eq!(fy2024.basis, TotalBasis::GrandTotal);
    assert_eq!(
        total(2023, KindFilter::Supplementary).total,
        Some(d("238.9"))
    );
    assert_eq!(total(2023, KindFilter::Initial).total, Some(d("1378.9")));
    assert_eq!(total(2023, KindFilter::All).total, Some(d("1617.8")));
    assert_eq!(oku(d("2126.2"), Lang::Ja), "2,126.2億円");
    assert_eq!(oku(d("2126.2"), Lang::En), "¥212.62 billion");
}

#[test]
fn fy2024_is_747_3_oku_yen_or_54_2_percent_more_than_fy2023_initial() {
    // p. 4: 令和5年度当初予算額に対し約747.3億円の増額.
    let e = explorer();
    let view = e.view(&filter(&e, 2024, KindFilter::Initial));
    let (amount, pct) = delta(&view.headline.change);
    assert_eq!(amount, d("747.3"));
    assert_eq!(signed_oku(amount, Lang::Ja), "+747.3億円");
    assert_eq!(signed_percent(pct.unwrap()), "+54.2%");
    // The grand total's share of itself (100%) is not shown; its base is.
    assert_eq!(view.headline.share_of_grand_percent, None);
    assert_eq!(view.headline.grand_total, Some(d("2126.2")));
}

#[test]
fn published_area_totals_per_round() {
    // pp. 1-2: the figures in parentheses after each area.
    let e = explorer();
    let expected = [
        (1, ["63.2", "9.8", "49.1"]),
        (2, ["383.0", "186.3", "264.7"]),
        (3, ["1522.1", "3.1", "878.0"]),
        (4, ["128.4", "37.3", "150.3"]),
    ];
    for (number, totals) in expected {
        for ((year, kind), total) in [
            (2024, KindFilter::Initial),
            (2023, KindFilter::Supplementary),
            (2023, KindFilter::Initial),
        ]
        .into_iter()
        .zip(totals)
        {
            let f = Filter {
                area_idxs: vec![e.data.area_idx(number).unwrap()],
                ..filter(&e, year, kind)
            };
            let view = e.view(&f);
            assert_eq!(
                view.headline.total,
                Some(d(total)),
                "area {number}, FY{year} {kind:?}"
            );
            assert_eq!(
                view.headline.basis,
                TotalBasis::AreaTotals {
                    includes_derived: false
                }
            );
        }
    }
}

#[test]
fn area_3_is_about_70_percent_and_area_2_about_20_percent() {
    // p. 4: (3) が約7割、(2) が約2割.
    let e = explorer();
    let share = |number| {
        let f = Filter {
            area_idxs: vec![e.data.area_idx(number).unwrap()],
            ..filter(&e, 2024, KindFilter::Initial)
        };
        e.view(&f).headline.share_of_grand_percent.unwrap()
    };
    assert_eq!(percent(share(3)), "71.6%");
    assert_eq!(percent(share(2)), "18.0%");
    // "About 70%" and "about 20%": the nearest ten.
    assert_eq!((share(3) / Decimal::TEN).round(), d("7"));
    assert_eq!((share(2) / Decimal::TEN).round(), d("2"));
}

#[test]
fn areas_5_and_6_hold_together_what_the_grand_total_leaves() {
    // 2,126.2 − (63.2 + 383.0 + 1,522.1 + 128.4) = 29.5; 238.9 − 236.5 = 2.4; 1,378.9 − 1,342.1 = 36.8.
    let e = explorer();
    for ((year, kind), derived) in [
        (2024, KindFilter::Initial),
        (2023, KindFilter::Supplementary),
        (2023, KindFilter::Initial),
    ]
    .into_iter()
    .zip(["29.5", "2.4", "36.8"])
    {
        let f = Filter {
            area_idxs: vec![e.data.area_idx(5).unwrap()],
            ..filter(&e, year, kind)
        };
        let view = e.view(&f);
        assert_eq!(view.headline.total, Some(d(derived)));
        assert_eq!(
            view.headline.basis,
            TotalBasis::AreaTotals {
                includes_derived: true
            }
        );
        // Selecting (5) and (6) counts their shared remainder once, not twice.
        let both = Filter {
            area_idxs: vec![e.data.area_idx(5).unwrap(), e.data.area_idx(6).unwrap()],
            ..f
        };
        assert_eq!(e.view(&both).headline.total, Some(d(derived)));
    }
}

#[test]
fn itemised_sums_reconcile_with_published_totals() {
    // Itemised programs per area (FY2024 initial) and what the source does not itemise.
    let e = explorer();
    let view = e.view(&filter(&e, 2024, KindFilter::Initial));
    type AreaFigures = (Vec<u8>, Decimal, Option<Decimal>, Option<Decimal>);
    let rows: Vec<AreaFigures> = view
        .by_area
        .iter()
        .map(|r| {
            (
                r.area_idxs
                    .iter()
                    .map(|&a| e.data.areas[a].number)
                    .collect(),
                r.itemised,
                r.total,
                r.remainder,
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (vec![1], d("58.4"), Some(d("63.2")), Some(d("4.8"))),
            (vec![2], d("147.4"), Some(d("383.0")), Some(d("235.6"))),
            (vec![3], d("1507.9"), Some(d("1522.1")), Some(d("14.2"))),
            (vec![4], d("29.1"), Some(d("128.4")), Some(d("99.3"))),
            (vec![5, 6], d("0"), Some(d("29.5")), Some(d("29.5"))),
        ]
    );
    // The parts add up to the whole, exactly.
    let parts: Decimal = view.by_area.iter().map(|r| r.total.unwrap()).sum();
    assert_eq!(parts, d("2126.2"));
    assert_eq!(view.itemised_total, d("1742.8"));
    assert_eq!(view.not_itemised, Some(d("383.4")));

    // Every round, every area: itemised never exceeds published, allowing 0.05 per item for rounding.
    for (year, kind) in [
        (2024, KindFilter::Initial),
        (2023, KindFilter::Supplementary),
        (2023, KindFilter::Initial),
    ] {
        let view = e.view(&filter(&e, year, kind));
        for row in &view.by_area {
            let tolerance = d("0.05") * Decimal::from(row.n_programs as u64);
            assert!(
                row.itemised <= row.total.unwrap() + tolerance,
                "FY{year} {kind:?} {:?}",
                row.area_idxs
            );
        }
    }
}

#[test]
fn each_ministrys_itemised_sum_for_fy2024_initial() {
    let e = explorer();
    let expected = [
        ("cas", "1.8"),
        ("npa", "17.9"),
        ("fsa", "0.9"),
        ("digital", "1.3"),
        ("mic", "52.4"),
        ("mofa", "11.9"),
        ("mext", "3.2"),
        ("mhlw", "30.4"),
        ("meti", "101.5"),
        ("mlit", "0.5"),
        ("mod", "1521.0"),
    ];
    let view = e.view(&filter(&e, 2024, KindFilter::Initial));
    let sums: Vec<(&str, Decimal)> = view
        .by_ministry
        .iter()
        .map(|r| (e.data.ministries[r.ministry_idx].id.as_str(), r.itemised))
        .collect();
    assert_eq!(sums, expected.map(|(id, s)| (id, d(s))));
    for (id, sum) in expected {
        let headline = e.view(&with_ministries(&e, &[id])).headline;
        assert_eq!(headline.total, Some(d(sum)), "{id}");
        assert_eq!(headline.basis, TotalBasis::ItemisedSum);
    }
}

#[test]
fn the_ministry_of_defense_and_its_change_from_fy2023() {
    // 1,064.0 + 290.8 + 119.8 + 20.9 + 25.5 = 1,521.0; FY2023: 477.4 + 301.1 + 68.5 + 14.6 + 20.1 = 881.7.
    let e = explorer();
    let view = e.view(&with_ministries(&e, &["mod"]));
    assert_eq!(view.headline.total, Some(d("1521.0")));
    let (amount, pct) = delta(&view.headline.change);
    assert_eq!(amount, d("639.3"));
    assert_eq!(signed_percent(pct.unwrap()), "+72.5%");
    assert_eq!(
        percent(view.headline.share_of_grand_percent.unwrap()),
        "71.5%"
    );
    // 1,521.0億円 / 123,802,000 residents.
    assert_eq!(
        yen(view.headline.per_resident_yen.unwrap(), Lang::Ja),
        "1,229円"
    );
    assert_eq!(view.programs.len(), 5);
}

#[test]
fn yen_per_resident_of_the_grand_total() {
    // 212,620,000,000 yen / 123,802,000 residents = 1,717.4 yen.
    let e = explorer();
    let headline = e.view(&filter(&e, 2024, KindFilter::Initial)).headline;
    assert_eq!(yen(headline.per_resident_yen.unwrap(), Lang::Ja), "1,717円");
    assert_eq!(yen(headline.per_resident_yen.unwrap(), Lang::En), "¥1,717");
}

#[test]
fn no_comparison_is_distinct_from_zero() {
    let e = explorer();
    // FY2023 has no earlier round in this edition.
    assert_eq!(
        e.view(&filter(&e, 2023, KindFilter::Initial))
            .headline
            .change,
        Change::NoEarlierRound
    );
    // Initial + supplementary for FY2024 needs the FY2024 supplementary budget, which is not in the edition.
    let all = e.view(&filter(&e, 2024, KindFilter::All));
    assert_eq!(all.headline.total, Some(d("2126.2")));
    assert_eq!(all.missing_kinds, vec![BudgetKind::Supplementary]);
    assert_eq!(
        all.headline.change,
        Change::RoundMissing {
            fiscal_year: 2024,
            kind: BudgetKind::Supplementary
        }
    );
    // A round that does not exist has no total at all, not zero.
    let none: View = e.view(&filter(&e, 2024, KindFilter::Supplementary));
    assert_eq!(none.headline.total, None);
    assert!(none.programs.is_empty());
    // A program that is new in FY2024 has no change, not +100%.
    let view = e.view(&filter(&e, 2024, KindFilter::Initial));
    let sme = e.data.program_idx("meti-sme-supply-chain").unwrap();
    let row = view.programs.iter().find(|r| r.program_idx == sme).unwrap();
    assert_eq!(row.amount, d("0.7"));
    assert_eq!(row.change, Change::AbsentThen);
    // A program with the same amount both years changes by zero, which is a change.
    let cynex = e.data.program_idx("mic-cynex").unwrap();
    let row = view
        .programs
        .iter()
        .find(|r| r.program_idx == cynex)
        .unwrap();
    assert_eq!(delta(&row.change), (d("0.0"), Some(d("0"))));
}

#[test]
fn a_supplementary_only_program_appears_only_in_supplementary_views() {
    let e = explorer();
    let idx = e.data.program_idx("meti-industrial-environment").unwrap();
    let initial = e.view(&filter(&e, 2024, KindFilter::Initial));
    assert!(!initial.programs.iter().any(|r| r.program_idx == idx));
    assert_eq!(initial.programs.len(), 30);
    let supplementary = e.view(&filter(&e, 2023, KindFilter::Supplementary));
    let row = supplementary
        .programs
        .iter()
        .find(|r| r.program_idx == idx)
        .unwrap();
    assert_eq!(row.amount, d("5.1"));
}

#[test]
fn search_covers_both_languages_and_folds_width_and_case() {
    let e = explorer();
    let ids = |q: &str| -> Vec<String> {
        let f = Filter {
            search: q.to_string(),
            ..Filter::for_dataset(&e.data)
        };
        e.view(&f)
            .programs
            .iter()
            .map(|r| e.data.programs[r.program_idx].id.clone())
            .collect()
    };
    assert_eq!(ids("RMF"), vec!["mod-rmf"]);
    assert_eq!(ids("ｒｍｆ"), vec!["mod-rmf"]);
    assert_eq!(ids("risk management framework"), vec!["mod-rmf"]);
    assert_eq!(ids("リスク管理枠組み"), vec!["mod-rmf"]);
    assert!(ids("no such words anywhere").is_empty());
    let f = Filter {
        search: "RMF".to_string(),
        ..Filter::for_dataset(&e.data)
    };
    let view = e.view(&f);
    assert_eq!(view.headline.total, Some(d("290.8")));
    assert_eq!(view.headline.basis, TotalBasis::ItemisedSum);
    assert_eq!(view.not_itemised, None);
}

#[test]
fn facets_count_what_each_choice_would_leave() {
    let e = explorer();
    let facets = e.facets(&filter(&e, 2024, KindFilter::Initial));
    let by_ministry: Vec<usize> = facets.by_ministry.clone();
    // cas npa fsa digital mic mofa mext mhlw meti mlit mod
    assert_eq!(by_ministry, vec![5, 3, 1, 1, 5, 2, 1, 1, 4, 2, 5]);
    assert_eq!(facets.by_area, vec![5, 15, 6, 4, 0, 0]);
    assert_eq!(facets.by_year, vec![(2024, 30), (2023, 27)]);
    assert_eq!(
        facets.by_kind,
        vec![
            (KindFilter::Initial, 30),
            (KindFilter::Supplementary, 0),
            (KindFilter::All, 30),
            // FY2023 supplementary + FY2024 initial: the 30, and the one program with only a
            // supplementary amount (meti-industrial-environment).
            (KindFilter::FifteenMonth, 31)
        ]
    );
    assert_eq!(facets.n_matching, 30);
    // With the Ministry of Defense chosen, areas count only its programs.
    let mod_facets = e.facets(&with_ministries(&e, &["mod"]));
    assert_eq!(mod_facets.by_area, vec![0, 0, 4, 1, 0, 0]);
    assert_eq!(mod_facets.n_matching, 5);
}
