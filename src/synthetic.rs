//! A large synthetic edition for benchmarks: by default 10,000 programs across 10 fiscal
//! years (20 rounds: initial and supplementary), the 11 ministries and 6 areas.
//!
//! One generator serves both benchmarks: `benches/views.rs` times the model over it in
//! memory, and `src/bin/synthetic-edition.rs` writes it as an edition file plus the source
//! text its quotes are checked against, so `CBE_DATA_DIR` can build the real page over it
//! (`cargo xtask bench`). Native only: it is never compiled into the wasm.
//!
//! The file obeys the data format's rules (`data/README.md`), so the build's own loader and
//! quote check accept it: every program states every round; the published totals of areas
//! 1-4 are their itemised sums plus a not-itemised part; areas 5 and 6 publish none, as in
//! the FY2024 edition; the grand total covers the published area totals and what areas 5
//! and 6 itemise, plus a remainder of its own; every figure stands in its quote.

use std::fmt::Write as _;
use std::ops::RangeInclusive;

use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

use crate::budget::{load_edition, Dataset};

/// The size and shape of a synthetic edition.
#[derive(Clone, Debug)]
pub struct Config {
    /// Number of itemised programs.
    pub n_programs: usize,
    /// Fiscal years, each with an initial and a supplementary round.
    pub years: RangeInclusive<u16>,
    /// Seed of the pseudo-random amounts: the same seed gives the same file, byte for byte.
    pub seed: u64,
    /// How many different summary rows the programs draw their amounts from.
    ///
    /// The build checks each program's quote by searching the whole source text (in an
    /// unoptimised build script), which costs the text's length per program; with one row
    /// per program a 10,000-program text took minutes. Programs share rows instead, which
    /// changes nothing that a view computes or draws.
    pub distinct_rows: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            n_programs: 10_000,
            years: 2015..=2024,
            seed: 2024,
            distinct_rows: 400,
        }
    }
}

/// An edition as files: the JSON of `data/editions/*.json` and the text its quotes stand in.
#[derive(Clone, Debug)]
pub struct EditionFiles {
    /// The edition file (data format 1).
    pub json: String,
    /// The source text named by the edition's `source_text`.
    pub source_text: String,
}

/// A deterministic pseudo-random sequence (a 64-bit LCG), so every run measures the same data.
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

/// The ministries of the FY2024 edition, so `?ministry=mic,mod` means the same on both datasets.
const MINISTRIES: [(&str, &str, &str); 11] = [
    ("cas", "内閣官房", "Cabinet Secretariat"),
    ("npa", "警察庁", "National Police Agency"),
    ("fsa", "金融庁", "Financial Services Agency"),
    ("digital", "デジタル庁", "Digital Agency"),
    (
        "mic",
        "総務省",
        "Ministry of Internal Affairs and Communications",
    ),
    ("mofa", "外務省", "Ministry of Foreign Affairs"),
    (
        "mext",
        "文部科学省",
        "Ministry of Education, Culture, Sports, Science and Technology",
    ),
    (
        "mhlw",
        "厚生労働省",
        "Ministry of Health, Labour and Welfare",
    ),
    (
        "meti",
        "経済産業省",
        "Ministry of Economy, Trade and Industry",
    ),
    (
        "mlit",
        "国土交通省",
        "Ministry of Land, Infrastructure, Transport and Tourism",
    ),
    ("mod", "防衛省", "Ministry of Defense"),
];

/// Areas 1-4 publish totals; 5 and 6 do not, as in the FY2024 edition.
const N_AREAS: usize = 6;
const N_PUBLISHED_AREAS: usize = 4;

/// The phase in each program's name, by program number modulo 3: the Roman numerals of
/// Unicode (Ⅱ is an upper-case letter whose lower case is ⅱ), as government documents write
/// 「第Ⅱ期」, so the search's case folding runs over them at every size.
pub const PHASES: [&str; 3] = ["Ⅰ", "Ⅱ", "Ⅲ"];

/// What each program's description ends with, by program number modulo 4: letters outside
/// ASCII with and without case (α, ℓ, É, é), which the build and the search must take.
pub const LETTERS: [&str; 4] = ["", " α", " 5 ℓ", " Élan, café"];

fn text(ja: impl Into<String>, en: impl Into<String>) -> Value {
    json!({ "ja": ja.into(), "en": en.into() })
}

/// One cell of a summary row as the source prints it: `12.3億円`, or `—` for no amount.
fn cell(amount: Option<Decimal>) -> String {
    amount.map_or_else(|| "—".to_string(), |a| format!("{a}億円"))
}

/// Writes the edition. `source_text_path` is what its `source_text` field says: the path,
/// from the repository root, where the caller writes [`EditionFiles::source_text`].
pub fn edition_files(config: &Config, source_text_path: &str) -> EditionFiles {
    let mut rng = Lcg(config.seed);
    // Newest first, as the source orders its rounds: (id, kind, fiscal year, name ja, name en).
    let rounds: Vec<(String, &str, u16, String, String)> = config
        .years
        .clone()
        .rev()
        .flat_map(|year| {
            [
                ("initial", "当初予算", "initial budget"),
                ("supplementary", "補正予算", "supplementary budget"),
            ]
            .map(|(kind, ja, en)| {
                (
                    format!("fy{year}-{kind}"),
                    kind,
                    year,
                    format!("{year}年度{ja}"),
                    format!("FY{year} {en}"),
                )
            })
        })
        .collect();
    let n_rounds = rounds.len();

    // Amounts from 0.1 to 500.0 億円; one cell in five is the source's `—`.
    let rows: Vec<Vec<Option<Decimal>>> = (0..config.distinct_rows.max(1))
        .map(|_| {
            (0..n_rounds)
                .map(|_| {
                    (!rng.next().is_multiple_of(5))
                        .then(|| Decimal::new((rng.next() % 5000 + 1) as i64, 1))
                })
                .collect()
        })
        .collect();
    let row_quotes: Vec<String> = rows
        .iter()
        .map(|row| row.iter().map(|a| cell(*a)).collect::<Vec<_>>().join(" "))
        .collect();

    // (ministry_idx, area_idx, row_idx) per program.
    let programs: Vec<(usize, usize, usize)> = (0..config.n_programs)
        .map(|p| {
            (
                p % MINISTRIES.len(),
                p % N_AREAS,
                (rng.next() as usize) % rows.len(),
            )
        })
        .collect();

    let itemised = |area_idx: usize, round_idx: usize| -> Decimal {
        programs
            .iter()
            .filter(|(_, a, _)| *a == area_idx)
            .filter_map(|(_, _, row)| rows[*row][round_idx])
            .sum()
    };
    // Published area totals: the itemised sum and a not-itemised 100.0.
    let area_totals: Vec<Vec<Decimal>> = (0..N_PUBLISHED_AREAS)
        .map(|area_idx| {
            (0..n_rounds)
                .map(|r| itemised(area_idx, r) + Decimal::new(1000, 1))
                .collect()
        })
        .collect();
    // The grand total: published area totals, what areas 5 and 6 itemise, and 50.0 more.
    let grand_totals: Vec<Decimal> = (0..n_rounds)
        .map(|r| {
            let published: Decimal = area_totals.iter().map(|t| t[r]).sum();
            let unpublished: Decimal = (N_PUBLISHED_AREAS..N_AREAS).map(|a| itemised(a, r)).sum();
            published + unpublished + Decimal::new(500, 1)
        })
        .collect();

    let mut source_text = String::from("合成データ（ベンチマーク用）\n");
    let mut sourced = |quote: String, amount: Decimal, page: u16| -> Value {
        writeln!(source_text, "{quote}").expect("writing to a String cannot fail");
        json!({ "amount": amount.to_string(), "page": page, "quote": quote })
    };

    let mut grand_json = Map::new();
    for (r, total) in grand_totals.iter().enumerate() {
        let quote = format!("{} 総額 {}", rounds[r].3, cell(Some(*total)));
        grand_json.insert(rounds[r].0.clone(), sourced(quote, *total, 1));
    }
    let areas_json: Vec<Value> = (0..N_AREAS)
        .map(|area_idx| {
            let number = area_idx + 1;
            let published = (area_idx < N_PUBLISHED_AREAS).then(|| {
                let mut totals = Map::new();
                for r in 0..n_rounds {
                    let amount = area_totals[area_idx][r];
                    let quote = format!("分野({number}) {} {}", rounds[r].3, cell(Some(amount)));
                    totals.insert(rounds[r].0.clone(), sourced(quote, amount, 2));
                }
                Value::Object(totals)
            });
            json!({
                "number": number,
                "name": text(format!("合成分野{number}（ベンチマーク用）"), format!("Synthetic area {number} (benchmark)")),
                "published_totals": published.unwrap_or(Value::Null),
            })
        })
        .collect();
    for quote in &row_quotes {
        writeln!(source_text, "{quote}").expect("writing to a String cannot fail");
    }

    let programs_json: Vec<Value> = programs
        .iter()
        .enumerate()
        .map(|(p, &(ministry_idx, area_idx, row_idx))| {
            let amounts: Map<String, Value> = rounds
                .iter()
                .zip(&rows[row_idx])
                .map(|((id, ..), a)| {
                    (id.clone(), a.map_or(Value::Null, |a| Value::String(a.to_string())))
                })
                .collect();
            json!({
                "id": format!("{}-program-{p}", MINISTRIES[ministry_idx].0),
                "ministry": MINISTRIES[ministry_idx].0,
                "area": area_idx + 1,
                "name": text(format!("施策{p} サイバー演習 第{}期", PHASES[p % 3]), format!("Program {p} cyber exercise, phase {}", PHASES[p % 3])),
                "amounts": amounts,
                "amounts_source": { "page": 3, "quote": row_quotes[row_idx] },
                "detail_page": null,
                "description": text(format!("合成の施策{p}（ベンチマーク用）{}", LETTERS[p % 4]), format!("Synthetic program {p} (benchmark){}", LETTERS[p % 4])),
            })
        })
        .collect();

    let rounds_json: Vec<Value> = rounds
        .iter()
        .map(|(id, kind, year, ja, en)| {
            json!({ "id": id, "fiscal_year": year, "kind": kind, "name": text(ja.clone(), en.clone()) })
        })
        .collect();
    let title = text(
        format!(
            "合成データ（ベンチマーク用、{}施策×{}年度）",
            config.n_programs,
            config.years.clone().count()
        ),
        format!(
            "Synthetic data (benchmark, {} programs x {} fiscal years)",
            config.n_programs,
            config.years.clone().count()
        ),
    );
    let file = json!({
        "format": 1,
        "edition": {
            "id": "synthetic",
            "title": title,
            "publisher": text("ベンチマーク", "Benchmark"),
            "licence": text("合成データ。予算の数字ではありません。", "Synthetic data, not budget figures."),
            "source_text": source_text_path,
            "source_notes": [text("合成データです。", "Synthetic data.")],
            "citation": {
                "document": text("合成資料", "Synthetic document"),
                "title": title,
                "publisher": text("ベンチマーク", "Benchmark"),
                "body": text("ベンチマーク", "Benchmark"),
                "meeting": text("なし", "None"),
                "date": "2024-07-10",
                "url": "https://example.org/synthetic",
            },
        },
        "rounds": rounds_json,
        "grand_totals": grand_json,
        "population": {
            "residents": "123802000",
            "as_of": "2024-10-01",
            "source": text("合成", "Synthetic"),
        },
        "areas": areas_json,
        "ministries": MINISTRIES.iter().map(|(id, ja, en)| json!({ "id": id, "name": text(*ja, *en) })).collect::<Vec<_>>(),
        "programs": programs_json,
    });
    EditionFiles {
        json: serde_json::to_string(&file).expect("a JSON value always serialises"),
        source_text,
    }
}

/// The edition loaded by the model's own loader, as the app would load it.
pub fn dataset(config: &Config) -> Dataset {
    let files = edition_files(config, "synthetic.txt");
    load_edition("synthetic.json", &files.json)
        .unwrap_or_else(|e| panic!("the synthetic edition does not load: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::check::check_quotes;

    #[test]
    fn a_small_edition_passes_the_builds_checks() {
        let config = Config {
            n_programs: 500,
            years: 2020..=2024,
            seed: 7,
            distinct_rows: 40,
        };
        let files = edition_files(&config, "target/synthetic.txt");
        let data = load_edition("synthetic.json", &files.json).expect("loads");
        assert_eq!(data.programs.len(), 500);
        assert_eq!(data.rounds.len(), 10);
        assert_eq!(data.areas.len(), 6);
        assert_eq!(data.ministries.len(), 11);
        check_quotes(&data, &files.source_text).expect("every quote stands in the text");
        // Same seed, same bytes: benchmark runs compare like with like.
        assert_eq!(
            edition_files(&config, "target/synthetic.txt").json,
            files.json
        );
    }
}
