//! Everything the page shows for a filter, computed exactly.
//!
//! The source publishes a grand total per round and totals for areas (1)-(4); it itemises
//! only some programs. So a total is one of three things, and the view says which
//! ([`TotalBasis`]): the published grand total, a sum of published (and derived) area
//! totals, or a sum of itemised programs when the reader filters by ministry or text, for
//! which the source publishes no total. Nothing is estimated: a figure the source does not
//! give is `None`, never zero.

use rust_decimal::Decimal;

use super::filter::{rounds_of, Filter, KindFilter};
use super::like_for_like::LikeForLike;
use super::model::{BudgetKind, Dataset};
use super::search::{match_rank, matches, normalize, search_terms, MatchRank};
use super::sort::{stable_sort_by, BreakdownOrder};

/// Yen in one 億円.
const YEN_PER_OKU: Decimal = Decimal::from_parts(100_000_000, 0, 0, false, 0);

/// What a headline total is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TotalBasis {
    /// The published grand total.
    GrandTotal,
    /// Published area totals; `includes_derived` when areas without a published total are
    /// selected, whose share is the grand total less the published area totals.
    AreaTotals {
        /// True when the derived remainder of the unpublished areas is part of the total.
        includes_derived: bool,
    },
    /// The sum of the itemised programs that match; the source publishes no such total.
    ItemisedSum,
}

/// The change from the previous fiscal year, or why there is none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Both years have a figure.
    Delta {
        /// The previous year's figure, 億円.
        previous: Decimal,
        /// This year's less the previous year's, 億円.
        amount: Decimal,
        /// `amount` as a percentage of `previous`; `None` when `previous` is zero.
        percent: Option<Decimal>,
    },
    /// The edition has no round of the previous fiscal year to compare with.
    NoEarlierRound,
    /// A round needed for a like-for-like comparison is not in the edition, such as the
    /// FY2024 supplementary budget when comparing initial plus supplementary.
    RoundMissing {
        /// The fiscal year of the missing round.
        fiscal_year: u16,
        /// Its kind.
        kind: BudgetKind,
    },
    /// The previous year has no amount for this (a new program, or nothing itemised then).
    AbsentThen,
    /// This year has no amount, so there is nothing to compare.
    AbsentNow,
}

impl Change {
    fn between(now: Option<Decimal>, then: Option<Decimal>) -> Change {
        match (now, then) {
            (None, _) => Change::AbsentNow,
            (Some(_), None) => Change::AbsentThen,
            (Some(now), Some(previous)) => {
                let amount = now - previous;
                let percent =
                    (!previous.is_zero()).then(|| amount * Decimal::ONE_HUNDRED / previous);
                Change::Delta {
                    previous,
                    amount,
                    percent,
                }
            }
        }
    }

    /// The absolute change, where there is one.
    pub fn amount(&self) -> Option<Decimal> {
        match self {
            Change::Delta { amount, .. } => Some(*amount),
            _ => None,
        }
    }
}

/// The headline of a view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headline {
    /// The total, 億円; `None` when the selected rounds have no figure at all.
    pub total: Option<Decimal>,
    /// What the total is made of.
    pub basis: TotalBasis,
    /// Change from the previous fiscal year's same budget kind.
    pub change: Change,
    /// The total as a percentage of the grand total of the same rounds; `None` where that
    /// is trivially 100% (the total is the grand total) or there is no grand total.
    pub share_of_grand_percent: Option<Decimal>,
    /// The grand total of the same rounds, 億円: the base of the share, which the page names.
    pub grand_total: Option<Decimal>,
    /// For a sum of itemised programs, its change split by whether each program is listed
    /// in both years; `None` for published totals, which are compared as published, and
    /// where there is no previous year to compare with.
    pub like_for_like: Option<LikeForLike>,
    /// The total in yen per resident.
    pub per_resident_yen: Option<Decimal>,
}

/// One bar of the breakdown by strategy area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaRow {
    /// The areas of the row: one, or all areas without a published total together.
    pub area_idxs: Vec<usize>,
    /// The published total (or, for `derived` rows, the grand total less the published area
    /// totals); `None` when a ministry or text filter makes it meaningless.
    pub total: Option<Decimal>,
    /// True when `total` is derived rather than published.
    pub derived: bool,
    /// The matching itemised programs' sum.
    pub itemised: Decimal,
    /// How many matching itemised programs have an amount.
    pub n_programs: usize,
    /// `total` less `itemised`: what the source does not itemise.
    pub remainder: Option<Decimal>,
    /// The change of the itemised part, split by whether each program is listed in both
    /// years; `None` where there is no previous year to compare with.
    pub itemised_like_for_like: Option<LikeForLike>,
}

/// One bar of the breakdown by ministry (itemised programs only: the source's per-ministry
/// totals did not survive extraction).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MinistryRow {
    /// Index into `Dataset::ministries`.
    pub ministry_idx: usize,
    /// The ministry's matching itemised programs' sum, 億円.
    pub itemised: Decimal,
    /// How many of them have an amount.
    pub n_programs: usize,
    /// Change from the previous year's same rounds: the raw difference of the sums.
    pub change: Change,
    /// The same change split by whether each program is listed in both years; `None`
    /// where there is no previous year to compare with.
    pub like_for_like: Option<LikeForLike>,
}

/// One row of the program table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgramRow {
    /// Index into `Dataset::programs`.
    pub program_idx: usize,
    /// The amount in the selected rounds, 億円.
    pub amount: Decimal,
    /// Change from the previous year's same rounds.
    pub change: Change,
    /// How the search text matches it; whole words rank first. `WholeWord` without a search.
    pub match_rank: MatchRank,
}

/// Everything shown for one filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    /// The rounds added up.
    pub round_idxs: Vec<usize>,
    /// Kinds the filter asks for that the edition lacks for this year.
    pub missing_kinds: Vec<BudgetKind>,
    /// Total, change, share and per-resident figure.
    pub headline: Headline,
    /// Breakdown by area; rows in the source's order (see [`View::ordered`]).
    pub by_area: Vec<AreaRow>,
    /// Breakdown by ministry; rows in the dataset's order (see [`View::ordered`]).
    pub by_ministry: Vec<MinistryRow>,
    /// The part of a published total no ministry row holds: `total − Σ itemised`.
    pub not_itemised: Option<Decimal>,
    /// Programs that match and have an amount in the selected rounds, in source order.
    pub programs: Vec<ProgramRow>,
    /// The sum of `programs`.
    pub itemised_total: Decimal,
}

impl View {
    /// The view with its breakdowns in `order`: largest first (ties in source order), or
    /// the source's order. What no row holds (`not_itemised`) is not a row here, so it
    /// stays after them wherever it is shown.
    pub fn ordered(mut self, order: BreakdownOrder) -> View {
        if order == BreakdownOrder::Largest {
            // Stable sorts: equal figures keep the source's order.
            stable_sort_by(&mut self.by_ministry, |a, b| b.itemised.cmp(&a.itemised));
            stable_sort_by(&mut self.by_area, |a, b| {
                let figure = |r: &AreaRow| r.total.unwrap_or(r.itemised);
                figure(b).cmp(&figure(a))
            });
        }
        self
    }
}

/// One row of the rounds table: a figure per round of the edition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundsRow {
    /// What the row is.
    pub kind: RoundsRowKind,
    /// The figure per round, in `RoundsTable::round_idxs` order; `None` where there is none.
    pub amounts: Vec<Option<Decimal>>,
}

/// What a row of the rounds table holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoundsRowKind {
    /// The total of the filter, on the basis the view states.
    Total(TotalBasis),
    /// One area row (as in the area breakdown): its total, or its itemised sum when the
    /// filter allows no published total.
    Area {
        /// The areas of the row.
        area_idxs: Vec<usize>,
        /// True when the figures are derived from the grand total.
        derived: bool,
    },
    /// The matching itemised programs' sum.
    Itemised,
    /// The total less the itemised sum.
    NotItemised,
}

/// The current filter's figures in every round side by side, as the source's summary
/// table shows them (FY2024 initial, FY2023 supplementary, FY2023 initial).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundsTable {
    /// The rounds, as columns, in the source's order.
    pub round_idxs: Vec<usize>,
    /// The rows: the total, each area, the itemised sum and, under a published total,
    /// what it does not itemise.
    pub rows: Vec<RoundsRow>,
}

/// How many programs each choice of a control would leave, the rest of the filter kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    /// Per ministry index.
    pub by_ministry: Vec<usize>,
    /// Per area index.
    pub by_area: Vec<usize>,
    /// Per fiscal year of the edition, newest first.
    pub by_year: Vec<(u16, usize)>,
    /// Per budget kind, in `KindFilter::ALL` order.
    pub by_kind: Vec<(KindFilter, usize)>,
    /// Programs the whole filter leaves.
    pub n_matching: usize,
}

/// The dataset with what is precomputed once for fast views (folded search text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explorer {
    /// The edition shown.
    pub data: Dataset,
    /// Per program: names and descriptions in both languages, folded for search.
    haystacks: Vec<String>,
}

impl Explorer {
    /// Prepares a dataset for viewing.
    pub fn new(data: Dataset) -> Self {
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
        Explorer { data, haystacks }
    }

    /// Computes the view of `filter`.
    pub fn view(&self, filter: &Filter) -> View {
        let data = &self.data;
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
                Ok(prev_rounds) => Change::between(now, previous(prev_rounds)),
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
        // Each program of `of`, as (this year, previous year) amounts, split like for like.
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
            // The grand total's share of itself says nothing.
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

    /// The filter's ministries, areas and search in every round of the edition, one column
    /// per round; the year and budget kind of the filter do not apply.
    pub fn rounds_table(&self, filter: &Filter) -> RoundsTable {
        let data = &self.data;
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
        // Every area row any round has, in the source's order.
        let mut groups: Vec<(Vec<usize>, bool)> = Vec::new();
        for view in &views {
            for row in &view.by_area {
                if !groups.iter().any(|(g, _)| *g == row.area_idxs) {
                    groups.push((row.area_idxs.clone(), row.derived));
                }
            }
        }
        stable_sort_by(&mut groups, |a, b| a.0[0].cmp(&b.0[0]));
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

    /// Counts, for each choice of each control, the programs it would leave.
    pub fn facets(&self, filter: &Filter) -> Facets {
        let data = &self.data;
        let terms = search_terms(&filter.search);
        let round_idxs = filter.round_idxs(data);
        let years = data.fiscal_years();
        let year_rounds: Vec<Vec<usize>> = years
            .iter()
            .map(|&y| rounds_of(data, y, filter.kind))
            .collect();
        let kind_rounds: Vec<Vec<usize>> = KindFilter::ALL
            .iter()
            .map(|&k| rounds_of(data, filter.fiscal_year, k))
            .collect();
        let mut facets = Facets {
            by_ministry: vec![0; data.ministries.len()],
            by_area: vec![0; data.areas.len()],
            by_year: years.iter().map(|&y| (y, 0)).collect(),
            by_kind: KindFilter::ALL.iter().map(|&k| (k, 0)).collect(),
            n_matching: 0,
        };
        for (p, program) in data.programs.iter().enumerate() {
            if !terms.is_empty() && !matches(&self.haystacks[p], &terms) {
                continue;
            }
            let ministry_ok = filter.ministry_idxs.is_empty()
                || filter.ministry_idxs.contains(&program.ministry_idx);
            let area_ok =
                filter.area_idxs.is_empty() || filter.area_idxs.contains(&program.area_idx);
            let has = |rounds: &[usize]| rounds.iter().any(|&r| program.amounts[r].is_some());
            let in_selected_rounds = has(&round_idxs);
            if area_ok && in_selected_rounds {
                facets.by_ministry[program.ministry_idx] += 1;
            }
            if ministry_ok && in_selected_rounds {
                facets.by_area[program.area_idx] += 1;
            }
            if ministry_ok && area_ok {
                for (slot, rounds) in facets.by_year.iter_mut().zip(&year_rounds) {
                    slot.1 += usize::from(has(rounds));
                }
                for (slot, rounds) in facets.by_kind.iter_mut().zip(&kind_rounds) {
                    slot.1 += usize::from(has(rounds));
                }
                facets.n_matching += usize::from(in_selected_rounds);
            }
        }
        facets
    }

    /// True when program `p` passes the ministry, area and text filters.
    fn matches_program(&self, p: usize, filter: &Filter, terms: &[String]) -> bool {
        let program = &self.data.programs[p];
        (filter.ministry_idxs.is_empty() || filter.ministry_idxs.contains(&program.ministry_idx))
            && (filter.area_idxs.is_empty() || filter.area_idxs.contains(&program.area_idx))
            && (terms.is_empty() || matches(&self.haystacks[p], terms))
    }

    /// The previous fiscal year's rounds of the same kinds, or why a like-for-like
    /// comparison is impossible.
    fn comparison_rounds(&self, filter: &Filter) -> Result<Vec<usize>, Change> {
        let data = &self.data;
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

    /// The headline total of `filter` over `rounds`, on the basis the filter allows.
    fn total(&self, filter: &Filter, rounds: &[usize], matching: &[usize]) -> Option<Decimal> {
        let data = &self.data;
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

    /// What the areas without a published total hold together: the grand total less the
    /// published area totals.
    pub fn derived_remainder(&self, rounds: &[usize]) -> Option<Decimal> {
        let data = &self.data;
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
        let data = &self.data;
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
}

/// The sum of `amounts` over `rounds`; `None` when every one of them is absent.
pub fn sum_rounds(amounts: &[Option<Decimal>], rounds: &[usize]) -> Option<Decimal> {
    rounds
        .iter()
        .filter_map(|&r| amounts[r])
        .fold(None, |acc, a| Some(acc.unwrap_or(Decimal::ZERO) + a))
}

/// The sum of published figures over `rounds`; `None` when any of them is not published,
/// because a total with a hole in it would look complete and not be.
fn sum_published(figures: &[Option<super::model::Sourced>], rounds: &[usize]) -> Option<Decimal> {
    if rounds.is_empty() {
        return None;
    }
    rounds
        .iter()
        .map(|&r| figures[r].as_ref().map(|s| s.amount))
        .sum()
}
