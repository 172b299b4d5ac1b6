//! The fast model (`Explorer::view`, `facets`, `rounds_table`: one pass over the programs,
//! amounts added as whole yen) against a straightforward computation of the same figures
//! with `Decimal` arithmetic: the model as it was before it was made fast, kept here as
//! the oracle. Every figure of every view must be equal, scale included (compared through
//! `Debug`, which writes `4.0` and `4` differently), for many filters over the real
//! edition, the synthetic benchmark edition, and the real edition with its amounts
//! rewritten to mixed scales and zeros.

use std::str::FromStr;

use cyber_budget_explorer::budget::filter::rounds_of;
use cyber_budget_explorer::budget::like_for_like::LikeForLike;
use cyber_budget_explorer::budget::model::Sourced;
use cyber_budget_explorer::budget::search::{
    match_rank, matches, normalize, search_terms, MatchRank,
};
use cyber_budget_explorer::budget::sort::BreakdownOrder;
use cyber_budget_explorer::budget::view::{
    AreaRow, Headline, MinistryRow, ProgramRow, RoundsRow, RoundsRowKind, RoundsTable,
};
use cyber_budget_explorer::budget::{
    BudgetKind, Change, Dataset, Explorer, Facets, Filter, KindFilter, TotalBasis, View,
};
use cyber_budget_explorer::dataset::latest_edition;
use cyber_budget_explorer::synthetic::{self, Config};
use rust_decimal::Decimal;

/// Yen in one 億円.
const YEN_PER_OKU: Decimal = Decimal::from_parts(100_000_000, 0, 0, false, 0);

/// The model computed the plain way: every sum a fold of `Decimal`s, every breakdown row a
/// filter over the matching programs.
struct Oracle<'a> {
    data: &'a Dataset,
    haystacks: Vec<String>,
}

fn change_between(now: Option<Decimal>, then: Option<Decimal>) -> Change {
    match (now, then) {
        (None, _) => Change::AbsentNow,
        (Some(_), None) => Change::AbsentThen,
        (Some(now), Some(previous)) => {
            let amount = now - previous;
            let percent = (!previous.is_zero()).then(|| amount * Decimal::ONE_HUNDRED / previous);
            Change::Delta {
                previous,
                amount,
                percent,
            }
        }
    }
}

fn sum_rounds(amounts: &[Option<Decimal>], rounds: &[usize]) -> Option<Decimal> {
    rounds
        .iter()
        .filter_map(|&r| amounts[r])
        .fold(None, |acc, a| Some(acc.unwrap_or(Decimal::ZERO) + a))
}

fn sum_published(figures: &[Option<Sourced>], rounds: &[usize]) -> Option<Decimal> {
    if rounds.is_empty() {
        return None;
    }
    rounds
        .iter()
        .map(|&r| figures[r].as_ref().map(|s| s.amount))
        .sum()
}

impl<'a> Oracle<'a> {
    fn new(data: &'a Dataset) -> Self {
        let haystacks = data
            .programs
            .iter()
            .map(|p| {
                normalize(
                    &[&p.name.ja, &p.name.en, &p.description.ja, &p.description.en]
                        .map(|s| s.as_str())
                        .join("\n"),
                )
            })
            .collect();
        Oracle { data, haystacks }
    }

    fn matches_program(&self, p: usize, filter: &Filter, terms: &[String]) -> bool {
        let program = &self.data.programs[p];
        (filter.ministry_idxs.is_empty() || filter.ministry_idxs.contains(&program.ministry_idx))
            && (filter.area_idxs.is_empty() || filter.area_idxs.contains(&program.area_idx))
            && (terms.is_empty() || matches(&self.haystacks[p], terms))
    }

    fn comparison_rounds(&self, filter: &Filter) -> Result<Vec<usize>, Change> {
        let data = self.data;
        let previous_year = filter
            .fiscal_year
            .checked_sub(1)
            .ok_or(Change::NoEarlierRound)?;
        let previous = rounds_of(data, previous_year, filter.kind);
        if previous.is_empty() {
            return Err(Change::NoEarlierRound);
        }
        for &kind in filter.kind.kinds() {
            for year in [filter.fiscal_year, previous_year].map(|y| filter.kind.year_of(kind, y)) {
                if !data
                    .rounds
                    .iter()
                    .any(|r| r.fiscal_year == year && r.kind == kind)
                {
                    return Err(Change::RoundMissing {
                        fiscal_year: year,
                        kind,
                    });
                }
            }
        }
        Ok(previous)
    }

    fn total(&self, filter: &Filter, rounds: &[usize], matching: &[usize]) -> Option<Decimal> {
        let data = self.data;
        if rounds.is_empty() {
            return None;
        }
        if filter.needs_itemised_sum() {
            let amounts: Vec<Decimal> = matching
                .iter()
                .filter_map(|&p| sum_rounds(&data.programs[p].amounts, rounds))
                .collect();
            return (!amounts.is_empty()).then(|| amounts.iter().sum());
        }
        if filter.area_idxs.is_empty() {
            return sum_published(&data.grand_totals, rounds);
        }
        let mut total = Decimal::ZERO;
        let mut derived_counted = false;
        for &a in &filter.area_idxs {
            match &data.areas[a].published_totals {
                Some(totals) => total += sum_published(totals, rounds)?,
                None if !derived_counted => {
                    total += self.derived_remainder(rounds)?;
                    derived_counted = true;
                }
                None => {}
            }
        }
        Some(total)
    }

    fn derived_remainder(&self, rounds: &[usize]) -> Option<Decimal> {
        let data = self.data;
        let grand = sum_published(&data.grand_totals, rounds)?;
        let mut published = Decimal::ZERO;
        for area in &data.areas {
            if let Some(totals) = &area.published_totals {
                published += sum_published(totals, rounds)?;
            }
        }
        Some(grand - published)
    }

    fn area_rows(
        &self,
        filter: &Filter,
        rounds: &[usize],
        programs: &[ProgramRow],
        itemised_basis: bool,
    ) -> Vec<AreaRow> {
        let data = self.data;
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let unpublished: Vec<usize> = (0..data.areas.len())
            .filter(|&a| data.areas[a].published_totals.is_none())
            .collect();
        for (a, area) in data.areas.iter().enumerate() {
            if area.published_totals.is_some() {
                groups.push(vec![a]);
            } else if a == unpublished[0] {
                groups.push(unpublished.clone());
            }
        }
        let mut rows = Vec::new();
        for area_idxs in groups {
            if !filter.area_idxs.is_empty()
                && !area_idxs.iter().any(|a| filter.area_idxs.contains(a))
            {
                continue;
            }
            let in_group: Vec<&ProgramRow> = programs
                .iter()
                .filter(|r| area_idxs.contains(&data.programs[r.program_idx].area_idx))
                .collect();
            let itemised: Decimal = in_group.iter().map(|r| r.amount).sum();
            let derived = data.areas[area_idxs[0]].published_totals.is_none();
            let total = if itemised_basis || rounds.is_empty() {
                None
            } else if derived {
                self.derived_remainder(rounds)
            } else {
                data.areas[area_idxs[0]]
                    .published_totals
                    .as_ref()
                    .and_then(|t| sum_published(t, rounds))
            };
            if itemised_basis && in_group.is_empty() {
                continue;
            }
            rows.push(AreaRow {
                area_idxs,
                total,
                derived,
                itemised,
                n_programs: in_group.len(),
                remainder: total.map(|t| t - itemised),
                itemised_like_for_like: None,
            });
        }
        rows
    }

    fn view(&self, filter: &Filter) -> View {
        let data = self.data;
        let round_idxs = filter.round_idxs(data);
        let missing_kinds: Vec<BudgetKind> = filter
            .kind
            .kinds()
            .iter()
            .copied()
            .filter(|k| !round_idxs.iter().any(|&r| data.rounds[r].kind == *k))
            .collect();
        let comparison = self.comparison_rounds(filter);
        let terms = search_terms(&filter.search);
        let itemised_basis = filter.needs_itemised_sum();

        let matching: Vec<usize> = (0..data.programs.len())
            .filter(|&p| self.matches_program(p, filter, &terms))
            .collect();
        let sum = |program_idx: usize, rounds: &[usize]| {
            sum_rounds(&data.programs[program_idx].amounts, rounds)
        };
        let change_for = |now: Option<Decimal>, previous: &dyn Fn(&[usize]) -> Option<Decimal>| {
            match &comparison {
                Ok(prev_rounds) => change_between(now, previous(prev_rounds)),
                Err(reason) if now.is_some() => reason.clone(),
                Err(_) => Change::AbsentNow,
            }
        };

        let mut programs = Vec::new();
        for &p in &matching {
            if let Some(amount) = sum(p, &round_idxs) {
                let change = change_for(Some(amount), &|prev| sum(p, prev));
                let match_rank = if terms.is_empty() {
                    MatchRank::WholeWord
                } else {
                    match_rank(&self.haystacks[p], &terms).unwrap_or(MatchRank::InsideWord)
                };
                programs.push(ProgramRow {
                    program_idx: p,
                    amount,
                    change,
                    match_rank,
                });
            }
        }
        let itemised_total: Decimal = programs.iter().map(|r| r.amount).sum();

        let total_now = self.total(filter, &round_idxs, &matching);
        let change = change_for(total_now, &|prev| self.total(filter, prev, &matching));
        let grand_now = sum_published(&data.grand_totals, &round_idxs);
        let split_of = |of: &dyn Fn(usize) -> bool| {
            comparison.as_ref().ok().map(|prev_rounds| {
                LikeForLike::split(
                    matching
                        .iter()
                        .filter(|&&p| of(p))
                        .map(|&p| (sum(p, &round_idxs), sum(p, prev_rounds))),
                )
            })
        };
        let share_of_grand_percent = match (total_now, grand_now) {
            _ if !itemised_basis && filter.area_idxs.is_empty() => None,
            (Some(t), Some(g)) if !g.is_zero() => Some(t * Decimal::ONE_HUNDRED / g),
            _ => None,
        };
        let per_resident_yen = total_now.map(|t| t * YEN_PER_OKU / data.population.residents);
        let basis = if itemised_basis {
            TotalBasis::ItemisedSum
        } else if filter.area_idxs.is_empty() {
            TotalBasis::GrandTotal
        } else {
            TotalBasis::AreaTotals {
                includes_derived: filter
                    .area_idxs
                    .iter()
                    .any(|&a| data.areas[a].published_totals.is_none()),
            }
        };

        let mut by_area = self.area_rows(filter, &round_idxs, &programs, itemised_basis);
        for row in &mut by_area {
            row.itemised_like_for_like =
                split_of(&|p| row.area_idxs.contains(&data.programs[p].area_idx));
        }
        let mut by_ministry = Vec::new();
        for (ministry_idx, _) in data.ministries.iter().enumerate() {
            let rows: Vec<&ProgramRow> = programs
                .iter()
                .filter(|r| data.programs[r.program_idx].ministry_idx == ministry_idx)
                .collect();
            if rows.is_empty() {
                continue;
            }
            let itemised: Decimal = rows.iter().map(|r| r.amount).sum();
            let previous = |prev: &[usize]| {
                let amounts: Vec<Decimal> = matching
                    .iter()
                    .filter(|&&p| data.programs[p].ministry_idx == ministry_idx)
                    .filter_map(|&p| sum(p, prev))
                    .collect();
                (!amounts.is_empty()).then(|| amounts.iter().sum())
            };
            by_ministry.push(MinistryRow {
                ministry_idx,
                itemised,
                n_programs: rows.len(),
                change: change_for(Some(itemised), &previous),
                like_for_like: split_of(&|p| data.programs[p].ministry_idx == ministry_idx),
            });
        }
        let headline_split = if itemised_basis {
            split_of(&|_| true)
        } else {
            None
        };
        let not_itemised = if itemised_basis {
            None
        } else {
            total_now.map(|t| t - itemised_total)
        };

        View {
            round_idxs,
            missing_kinds,
            headline: Headline {
                total: total_now,
                basis,
                change,
                share_of_grand_percent,
                grand_total: grand_now,
                like_for_like: headline_split,
                per_resident_yen,
            },
            by_area,
            by_ministry,
            not_itemised,
            programs,
            itemised_total,
        }
    }

    /// One whole view per round, then the columns read off them.
    fn rounds_table(&self, filter: &Filter) -> RoundsTable {
        let data = self.data;
        let views: Vec<View> = data
            .rounds
            .iter()
            .map(|round| {
                let kind = match round.kind {
                    BudgetKind::Initial => KindFilter::Initial,
                    BudgetKind::Supplementary => KindFilter::Supplementary,
                };
                self.view(&Filter {
                    fiscal_year: round.fiscal_year,
                    kind,
                    ..filter.clone()
                })
            })
            .collect();
        let column = |f: &dyn Fn(&View) -> Option<Decimal>| views.iter().map(f).collect();
        let basis = views
            .first()
            .map_or(TotalBasis::GrandTotal, |v| v.headline.basis);
        let mut rows = vec![RoundsRow {
            kind: RoundsRowKind::Total(basis),
            amounts: column(&|v| v.headline.total),
        }];
        let mut groups: Vec<(Vec<usize>, bool)> = Vec::new();
        for view in &views {
            for row in &view.by_area {
                if !groups.iter().any(|(g, _)| *g == row.area_idxs) {
                    groups.push((row.area_idxs.clone(), row.derived));
                }
            }
        }
        groups.sort_by(|a, b| a.0[0].cmp(&b.0[0]));
        for (area_idxs, derived) in groups {
            let amounts = column(&|v| {
                v.by_area
                    .iter()
                    .find(|r| r.area_idxs == area_idxs)
                    .map(|r| r.total.unwrap_or(r.itemised))
            });
            rows.push(RoundsRow {
                kind: RoundsRowKind::Area { area_idxs, derived },
                amounts,
            });
        }
        if basis != TotalBasis::ItemisedSum {
            rows.push(RoundsRow {
                kind: RoundsRowKind::Itemised,
                amounts: column(&|v| v.headline.total.map(|_| v.itemised_total)),
            });
            rows.push(RoundsRow {
                kind: RoundsRowKind::NotItemised,
                amounts: column(&|v| v.not_itemised),
            });
        }
        RoundsTable {
            round_idxs: (0..data.rounds.len()).collect(),
            rows,
        }
    }

    /// Counts each choice by applying it and counting what the view lists.
    fn facets(&self, filter: &Filter) -> Facets {
        let data = self.data;
        let listed = |f: &Filter| self.view(f).programs.len();
        let years = data.fiscal_years();
        Facets {
            by_ministry: (0..data.ministries.len())
                .map(|m| {
                    listed(&Filter {
                        ministry_idxs: vec![m],
                        ..filter.clone()
                    })
                })
                .collect(),
            by_area: (0..data.areas.len())
                .map(|a| {
                    listed(&Filter {
                        area_idxs: vec![a],
                        ..filter.clone()
                    })
                })
                .collect(),
            by_year: years
                .iter()
                .map(|&fiscal_year| {
                    let n = listed(&Filter {
                        fiscal_year,
                        ..filter.clone()
                    });
                    (fiscal_year, n)
                })
                .collect(),
            by_kind: KindFilter::ALL
                .iter()
                .map(|&kind| {
                    (
                        kind,
                        listed(&Filter {
                            kind,
                            ..filter.clone()
                        }),
                    )
                })
                .collect(),
            n_matching: listed(filter),
        }
    }
}

/// Equal, and equal in `Debug` too, which writes each `Decimal` with its scale.
fn assert_same<T: PartialEq + std::fmt::Debug>(fast: &T, oracle: &T, what: &str) {
    assert_eq!(fast, oracle, "{what}");
    assert_eq!(
        format!("{fast:?}"),
        format!("{oracle:?}"),
        "{what}: scales differ"
    );
}

/// The filters checked on an edition: every fiscal year and budget kind with nothing
/// else; on the newest year and one other, every single ministry and area, searches and
/// combinations; some of those on every kind.
fn filters(data: &Dataset, years: &[u16]) -> Vec<Filter> {
    let searches = [
        "サイバー",
        "security",
        "exercise 4",
        "secur",
        "ｒｍｆ",
        "no such words",
    ];
    let mut narrow: Vec<Filter> = Vec::new();
    for m in 0..data.ministries.len() {
        narrow.push(Filter {
            ministry_idxs: vec![m],
            ..Filter::default()
        });
    }
    for a in 0..data.areas.len() {
        narrow.push(Filter {
            area_idxs: vec![a],
            ..Filter::default()
        });
    }
    for search in searches {
        narrow.push(Filter {
            search: search.to_string(),
            ..Filter::default()
        });
    }
    let last_area = data.areas.len() - 1;
    narrow.extend([
        Filter {
            ministry_idxs: vec![0, data.ministries.len() - 1],
            ..Filter::default()
        },
        // A published area with the unpublished ones, and the unpublished ones alone.
        Filter {
            area_idxs: vec![0, last_area],
            ..Filter::default()
        },
        Filter {
            area_idxs: vec![last_area - 1, last_area],
            ..Filter::default()
        },
        Filter {
            ministry_idxs: vec![1],
            area_idxs: vec![1],
            ..Filter::default()
        },
        Filter {
            ministry_idxs: vec![data.ministries.len() - 1],
            area_idxs: vec![0, 2],
            search: searches[0].to_string(),
            ..Filter::default()
        },
    ]);
    let mut filters = Vec::new();
    for &fiscal_year in &data.fiscal_years() {
        for &kind in KindFilter::ALL {
            filters.push(Filter {
                fiscal_year,
                kind,
                ..Filter::default()
            });
            if years.contains(&fiscal_year) {
                for n in &narrow {
                    let detailed = kind == KindFilter::Initial || n.ministry_idxs.len() == 1;
                    if detailed {
                        filters.push(Filter {
                            fiscal_year,
                            kind,
                            ..n.clone()
                        });
                    }
                }
            }
        }
    }
    // A year the edition does not have, and the one before its first.
    let first = *data.fiscal_years().last().unwrap();
    filters.push(Filter {
        fiscal_year: first - 1,
        ..Filter::default()
    });
    filters.push(Filter {
        fiscal_year: data.latest_fiscal_year() + 1,
        ministry_idxs: vec![0],
        ..Filter::default()
    });
    filters
}

/// Compares view, facets and rounds table of every filter.
fn check_edition(name: &str, data: Dataset, years: &[u16], facets_every: usize) {
    let oracle = Oracle::new(&data);
    let explorer = Explorer::new(data.clone());
    let filters = filters(&data, years);
    let mut tables_checked: Vec<Filter> = Vec::new();
    for (i, filter) in filters.iter().enumerate() {
        let what = format!("{name}: {filter:?}");
        let view = explorer.view(filter);
        assert_same(&view, &oracle.view(filter), &what);
        for order in [BreakdownOrder::Source, BreakdownOrder::Largest] {
            // Ordering is its own inverse: either order from either order.
            let ordered = view.clone().ordered(order);
            assert_same(
                &ordered
                    .clone()
                    .ordered(BreakdownOrder::Largest)
                    .ordered(order),
                &ordered,
                &what,
            );
        }
        if i % facets_every == 0 {
            assert_same(&explorer.facets(filter), &oracle.facets(filter), &what);
        }
        // The rounds table does not depend on the year and kind.
        let key = Filter {
            fiscal_year: 0,
            kind: KindFilter::Initial,
            ..filter.clone()
        };
        if !tables_checked.contains(&key) {
            assert_same(
                &explorer.rounds_table(filter),
                &oracle.rounds_table(filter),
                &what,
            );
            tables_checked.push(key);
        }
    }
    assert!(filters.len() > 100, "{name}: {} filters", filters.len());
}

#[test]
fn the_real_edition_agrees_with_decimal_arithmetic() {
    let data = latest_edition().expect("the embedded edition loads");
    let years = data.fiscal_years();
    check_edition("fy2024", data, &years, 1);
}

/// Every amount of the real edition at another scale (3, 3.0, 3.00, ...) and some of
/// them zero, so sums meet every case of `Decimal`'s scale rules.
#[test]
fn mixed_scales_and_zeros_agree_with_decimal_arithmetic() {
    let mut data = latest_edition().expect("the embedded edition loads");
    for (p, program) in data.programs.iter_mut().enumerate() {
        for (r, amount) in program.amounts.iter_mut().enumerate() {
            if let Some(a) = amount {
                let mut rescaled = match (p + r) % 7 {
                    0 => Decimal::ZERO,
                    1 => Decimal::from_str("0.00").unwrap(),
                    _ => *a,
                };
                rescaled.rescale(((p * 3 + r) % 5) as u32);
                // Rounding to fewer decimals is fine here: any amount will do, as long as
                // the scales differ.
                *a = rescaled;
            }
        }
    }
    let scales: std::collections::BTreeSet<u32> = data
        .programs
        .iter()
        .flat_map(|p| p.amounts.iter().flatten().map(|a| a.scale()))
        .collect();
    assert!(scales.len() >= 4, "{scales:?}");
    let years = data.fiscal_years();
    check_edition("fy2024, mixed scales", data, &years, 1);
}

#[test]
fn the_synthetic_edition_agrees_with_decimal_arithmetic() {
    let data = synthetic::dataset(&Config {
        n_programs: 1_500,
        ..Config::default()
    });
    assert_eq!(data.rounds.len(), 20);
    let latest = data.latest_fiscal_year();
    check_edition("synthetic", data, &[latest, latest - 6], 7);
}

/// Two rounds of the same year and kind (the edition's FY2023 supplementary budget read as a
/// second FY2023 initial budget): views then add two rounds per kind, and a column of the
/// rounds table holds both, which the fast rounds table computes apart from the usual
/// one-round columns.
#[test]
fn two_rounds_of_one_kind_agree_with_decimal_arithmetic() {
    let mut data = latest_edition().expect("the embedded edition loads");
    let supplementary = data
        .rounds
        .iter()
        .position(|r| r.kind == BudgetKind::Supplementary)
        .unwrap();
    let year = data.rounds[supplementary].fiscal_year;
    data.rounds[supplementary].kind = BudgetKind::Initial;
    assert_eq!(
        rounds_of(&data, year, KindFilter::Initial).len(),
        2,
        "{:?}",
        data.rounds
    );
    let years = data.fiscal_years();
    check_edition("fy2024, two initial rounds", data, &years, 1);
}
