//! The synthetic benchmark edition (src/synthetic.rs) at a size where counting by hand is
//! cheap: it passes the build's checks, and every count beside a filter choice is exactly
//! the number of programs that choice then lists, as on the 10,000-program page.

use cyber_budget_explorer::budget::check::check_quotes;
use cyber_budget_explorer::budget::{load_edition, Explorer, Filter, KindFilter};
use cyber_budget_explorer::synthetic::{edition_files, Config, LETTERS, PHASES};

fn explorer() -> Explorer {
    let config = Config {
        n_programs: 2_000,
        ..Config::default()
    };
    let files = edition_files(&config, "target/bench-data/source/synthetic.txt");
    let data = load_edition("synthetic.json", &files.json).expect("the edition loads");
    check_quotes(&data, &files.source_text).expect("every quote stands in the source text");
    assert_eq!(data.programs.len(), 2_000);
    assert_eq!(data.rounds.len(), 20);
    assert_eq!(data.fiscal_years().len(), 10);
    Explorer::new(data)
}

#[test]
fn every_facet_count_is_the_number_of_programs_its_choice_lists() {
    let explorer = explorer();
    let base = Filter::for_dataset(&explorer.data);
    let filters = [
        base.clone(),
        Filter {
            ministry_idxs: vec![4, 10],
            ..base.clone()
        },
        Filter {
            area_idxs: vec![2, 5],
            kind: KindFilter::All,
            ..base.clone()
        },
        Filter {
            fiscal_year: 2019,
            search: "exercise 1".to_string(),
            ..base.clone()
        },
    ];
    for filter in &filters {
        let facets = explorer.facets(filter);
        let listed = |f: &Filter| explorer.view(f).programs.len();
        assert_eq!(facets.n_matching, listed(filter), "{filter:?}");
        for (m, &n) in facets.by_ministry.iter().enumerate() {
            let only = Filter {
                ministry_idxs: vec![m],
                ..filter.clone()
            };
            assert_eq!(n, listed(&only), "ministry {m} under {filter:?}");
        }
        for (a, &n) in facets.by_area.iter().enumerate() {
            let only = Filter {
                area_idxs: vec![a],
                ..filter.clone()
            };
            assert_eq!(n, listed(&only), "area {a} under {filter:?}");
        }
        for &(year, n) in &facets.by_year {
            let only = Filter {
                fiscal_year: year,
                ..filter.clone()
            };
            assert_eq!(n, listed(&only), "year {year} under {filter:?}");
        }
        // Nothing is lost to rounding or capping: the ministries' counts add up to the whole.
        if filter.ministry_idxs.is_empty() {
            assert_eq!(facets.by_ministry.iter().sum::<usize>(), facets.n_matching);
        }
    }
}

/// The synthetic texts hold Ⅱ, ℓ, É and α (`PHASES`, `LETTERS`): the edition passes the
/// build's loader and quote check (`explorer` above; `scripts/synthetic-dist.sh` builds the
/// page over it), and a search finds exactly the programs holding such a letter, typed in
/// upper or lower case.
#[test]
fn the_search_finds_letters_of_every_script_in_either_case() {
    let explorer = explorer();
    let base = Filter::for_dataset(&explorer.data);
    let number = |idx: usize| -> usize {
        let id = &explorer.data.programs[idx].id;
        id.rsplit('-').next().unwrap().parse().unwrap()
    };
    let found = |query: &str| -> Vec<usize> {
        let filter = Filter {
            search: query.to_string(),
            ..base.clone()
        };
        let mut numbers: Vec<usize> = explorer
            .view(&filter)
            .programs
            .iter()
            .map(|row| number(row.program_idx))
            .collect();
        numbers.sort();
        numbers
    };
    let everything = found("");
    assert!(everything.len() > 1_000, "{}", everything.len());
    let holding = |keep: &dyn Fn(usize) -> bool| -> Vec<usize> {
        everything.iter().copied().filter(|&p| keep(p)).collect()
    };
    assert_eq!(
        (PHASES[1], LETTERS[1], LETTERS[2], LETTERS[3]),
        ("Ⅱ", " α", " 5 ℓ", " Élan, café")
    );
    let phase_two = holding(&|p| p % 3 == 1);
    assert!(phase_two.len() > 300, "{}", phase_two.len());
    for query in ["ⅱ", "Ⅱ", "第ⅱ期", "第Ⅱ期", "phase ⅱ", "PHASE Ⅱ"] {
        assert_eq!(found(query), phase_two, "{query}");
    }
    assert_eq!(found("ⅲ"), holding(&|p| p % 3 == 2));
    for (queries, remainder) in [
        (&["α", "Α"][..], 1),
        (&["ℓ", "5 ℓ"], 2),
        (&["é", "ÉLAN", "CAFÉ"], 3),
    ] {
        let expected = holding(&|p| p % 4 == remainder);
        assert!(expected.len() > 200, "{}", expected.len());
        for query in queries {
            assert_eq!(found(query), expected, "{query}");
        }
    }
}
