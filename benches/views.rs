//! How long one view takes over a large synthetic edition: 10,000 programs across 10
//! fiscal years (20 rounds: initial and supplementary), 11 ministries, 6 areas: the
//! edition of `src/synthetic.rs`, which `cargo xtask bench` also loads into the page.
//!
//! Run with `cargo bench --bench views`. It measures; it asserts nothing about time.

use std::hint::black_box;
use std::time::{Duration, Instant};

use cyber_budget_explorer::budget::sort::{sort_programs, Sort};
use cyber_budget_explorer::budget::{Explorer, Filter, KindFilter, Lang};
use cyber_budget_explorer::synthetic;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn measure(label: &str, iterations: usize, mut work: impl FnMut()) {
    work(); // warm up
    let samples: Vec<Duration> = (0..iterations)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    let median = median(samples.clone());
    let max = samples.iter().max().copied().unwrap_or_default();
    println!(
        "{label:<48} median {:>8.3} ms   max {:>8.3} ms",
        median.as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3
    );
}

fn main() {
    let start = Instant::now();
    // The same edition `cargo xtask bench` loads into the page (src/synthetic.rs).
    let data = synthetic::dataset(&synthetic::Config::default());
    println!(
        "synthetic edition: {} programs, {} rounds (built in {:?})",
        data.programs.len(),
        data.rounds.len(),
        start.elapsed()
    );
    let start = Instant::now();
    let explorer = Explorer::new(data);
    println!("Explorer::new (search index): {:?}", start.elapsed());

    let base = Filter::for_dataset(&explorer.data);
    let cases: Vec<(&str, Filter)> = vec![
        ("view: everything, FY2024 initial", base.clone()),
        (
            "view: initial + supplementary",
            Filter {
                kind: KindFilter::All,
                ..base.clone()
            },
        ),
        (
            "view: two ministries",
            Filter {
                ministry_idxs: vec![2, 7],
                ..base.clone()
            },
        ),
        (
            "view: one area",
            Filter {
                area_idxs: vec![2],
                ..base.clone()
            },
        ),
        (
            "view: search 'exercise 42'",
            Filter {
                search: "exercise 42".to_string(),
                ..base.clone()
            },
        ),
        (
            "view: ministry + area + search, FY2020",
            Filter {
                fiscal_year: 2020,
                ministry_idxs: vec![3],
                area_idxs: vec![1],
                search: "サイバー".to_string(),
                ..base.clone()
            },
        ),
    ];
    for (label, filter) in &cases {
        measure(label, 30, || {
            black_box(explorer.view(black_box(filter)));
        });
    }
    measure("facets: everything, FY2024 initial", 30, || {
        black_box(explorer.facets(black_box(&base)));
    });
    // The rounds table puts the filter's figures of every round side by side, so the page
    // recomputes it on every filter change, as it does the view and the facets.
    measure("rounds table: everything", 10, || {
        black_box(explorer.rounds_table(black_box(&base)));
    });
    let one_ministry = Filter {
        ministry_idxs: vec![4],
        ..base.clone()
    };
    measure("rounds table: one ministry", 10, || {
        black_box(explorer.rounds_table(black_box(&one_ministry)));
    });
    let everything = explorer.view(&base);
    measure("program rows sorted: everything, by amount", 10, || {
        let mut rows = everything.programs.clone();
        sort_programs(
            black_box(&mut rows),
            Sort::default(),
            &explorer.data,
            Lang::Ja,
        );
        black_box(rows);
    });
    // What one click on a checkbox makes the model do: the view, the facets, the rounds
    // table and the sorted rows of the new filter.
    for (label, filter) in [
        (
            "click: one ministry (view, facets, rounds, rows)",
            &one_ministry,
        ),
        ("click: back to everything (the same)", &base),
    ] {
        measure(label, 10, || {
            let view = explorer.view(black_box(filter));
            black_box(explorer.facets(black_box(filter)));
            black_box(explorer.rounds_table(black_box(filter)));
            let mut rows = view.programs.clone();
            sort_programs(&mut rows, Sort::default(), &explorer.data, Lang::Ja);
            black_box(rows);
        });
    }
}
