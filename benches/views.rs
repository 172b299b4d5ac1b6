//! How long one view takes over a large synthetic edition: 10,000 programs across 10
//! fiscal years (20 rounds: initial and supplementary), 11 ministries, 6 areas.
//!
//! Run with `cargo bench --bench views`. It measures; it asserts nothing about time.

use std::hint::black_box;
use std::time::{Duration, Instant};

use cyber_budget_explorer::budget::model::*;
use cyber_budget_explorer::budget::{Explorer, Filter, KindFilter};
use rust_decimal::Decimal;

const N_PROGRAMS: usize = 10_000;
const YEARS: std::ops::RangeInclusive<u16> = 2015..=2024;

fn text(ja: String, en: String) -> Text {
    Text { ja, en }
}

/// A deterministic pseudo-random sequence, so every run measures the same data.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn synthetic_dataset() -> Dataset {
    let mut rng = Lcg(2024);
    let rounds: Vec<Round> = YEARS
        .rev()
        .flat_map(|year| {
            [BudgetKind::Initial, BudgetKind::Supplementary].map(|kind| Round {
                id: format!("fy{year}-{}", kind.id()),
                fiscal_year: year,
                kind,
                name: text(
                    format!("{year}年度 {}", kind.id()),
                    format!("FY{year} {}", kind.id()),
                ),
            })
        })
        .collect();
    let source = SourceRef {
        page: 1,
        quote: "synthetic".to_string(),
    };
    let ministries: Vec<Ministry> = (0..11)
        .map(|m| Ministry {
            id: format!("ministry-{m}"),
            name: text(format!("省{m}"), format!("Ministry {m}")),
        })
        .collect();
    let programs: Vec<Program> = (0..N_PROGRAMS)
        .map(|p| Program {
            id: format!("program-{p}"),
            ministry_idx: p % ministries.len(),
            area_idx: p % 4,
            name: text(
                format!("施策{p} サイバー演習"),
                format!("Program {p} cyber exercise"),
            ),
            amounts: rounds
                .iter()
                .map(|_| {
                    (!rng.next().is_multiple_of(5))
                        .then(|| Decimal::new((rng.next() % 5000) as i64, 1))
                })
                .collect(),
            amounts_source: source.clone(),
            detail_page: None,
            description: text(format!("説明{p}"), format!("Description of program {p}")),
            executing_body: None,
            scheme: None,
            plan_years: None,
            outcome: None,
            sub_items: Vec::new(),
            precise: Vec::new(),
            notes: Vec::new(),
        })
        .collect();
    let area_totals = |area_idx: usize| -> Vec<Option<Sourced>> {
        (0..rounds.len())
            .map(|r| {
                let itemised: Decimal = programs
                    .iter()
                    .filter(|p| p.area_idx == area_idx)
                    .filter_map(|p| p.amounts[r])
                    .sum();
                Some(Sourced {
                    amount: itemised + Decimal::new(1000, 1),
                    source: source.clone(),
                })
            })
            .collect()
    };
    let areas: Vec<Area> = (0..6)
        .map(|a| Area {
            number: a as u8 + 1,
            name: text(format!("分野{}", a + 1), format!("Area {}", a + 1)),
            published_totals: (a < 4).then(|| area_totals(a)),
        })
        .collect();
    let grand_totals = (0..rounds.len())
        .map(|r| {
            let published: Decimal = areas
                .iter()
                .filter_map(|a| a.published_totals.as_ref())
                .filter_map(|t| t[r].as_ref())
                .map(|s| s.amount)
                .sum();
            Some(Sourced {
                amount: published + Decimal::new(500, 1),
                source: source.clone(),
            })
        })
        .collect();
    Dataset {
        edition: Edition {
            id: "synthetic".to_string(),
            title: text("合成".to_string(), "Synthetic".to_string()),
            publisher: text("ベンチマーク".to_string(), "Benchmark".to_string()),
            licence: text("なし".to_string(), "None".to_string()),
            source_text: String::new(),
            source_notes: Vec::new(),
            citation: Citation {
                document: text("資料".to_string(), "Document".to_string()),
                title: text("合成".to_string(), "Synthetic".to_string()),
                publisher: text("ベンチマーク".to_string(), "Benchmark".to_string()),
                body: text("なし".to_string(), "None".to_string()),
                meeting: text("なし".to_string(), "None".to_string()),
                date: "2024-07-10".to_string(),
                url: "https://example.org/".to_string(),
            },
        },
        rounds,
        grand_totals,
        areas,
        ministries,
        programs,
        population: Population {
            residents: Decimal::from(123_802_000),
            as_of: "2024-10-01".to_string(),
            source: text("合成".to_string(), "Synthetic".to_string()),
        },
    }
}

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
    let data = synthetic_dataset();
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
}
