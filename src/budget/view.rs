//! Everything the page shows for a filter, computed exactly.
//!
//! The source publishes a grand total per round and totals for areas (1)-(4); it itemises
//! only some programs. So a total is one of three things, and the view says which
//! ([`TotalBasis`]): the published grand total, a sum of published (and derived) area
//! totals, or a sum of itemised programs when the reader filters by ministry or text, for
//! which the source publishes no total. Nothing is estimated: a figure the source does not
//! give is `None`, never zero.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::filter::{rounds_of, Filter, KindFilter};
use super::like_for_like::LikeForLike;
use super::model::{BudgetKind, Dataset};
use super::search::{match_rank, matches, normalize, search_terms, MatchRank};
use super::sort::{stable_sort_by, BreakdownOrder};
use super::yen::{Sum, YenAmounts};

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
    /// stays after them wherever it is shown. A view already ordered can be ordered again
    /// either way, so the page re-sorts a dozen rows when only the order changes.
    pub fn ordered(mut self, order: BreakdownOrder) -> View {
        // Largest first, equal figures in the source's order, which is the order of the
        // indices; or that order alone.
        let largest = |a: Decimal, b: Decimal| match order {
            BreakdownOrder::Largest => b.cmp(&a),
            BreakdownOrder::Source => Ordering::Equal,
        };
        stable_sort_by(&mut self.by_ministry, |a, b| {
            largest(a.itemised, b.itemised).then(a.ministry_idx.cmp(&b.ministry_idx))
        });
        stable_sort_by(&mut self.by_area, |a, b| {
            let figure = |r: &AreaRow| r.total.unwrap_or(r.itemised);
            largest(figure(a), figure(b)).then(a.area_idxs[0].cmp(&b.area_idxs[0]))
        });
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
/// The dataset with what is precomputed once for fast views: folded search text, amounts
/// as yen, and each program's ministry and area group in compact tables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explorer {
    /// The edition shown.
    pub data: Dataset,
    /// Per program: names and descriptions in both languages, folded for search.
    haystacks: Vec<String>,
    /// Every program amount in yen, for exact integer sums.
    amounts: YenAmounts,
    /// Per program: its ministry index and its area group (an index into `area_groups`).
    places: Vec<(usize, usize)>,
    /// The rows of the area breakdown: each area with a published total alone, and all
    /// areas without one together (the grand total's remainder covers them as one).
    area_groups: Vec<Vec<usize>>,
}

/// What one view adds up for a set of programs (all, an area group, a ministry), in one
/// pass over the programs: their sums now and in the rounds compared, and how many are
/// listed now.
// Copy: `vec![Tally::default(); n]` then copies bytes, where a `Clone` of six sums was
// its own code in the wasm.
#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    now: Sum,
    then: Sum,
    n_listed: usize,
    continuing: (usize, Sum, Sum),
    new: (usize, Sum),
    dropped: (usize, Sum),
}

impl Tally {
    /// Counts one program with its sums now and then.
    fn add(&mut self, now: Sum, then: Sum) {
        self.now.add(now);
        self.then.add(then);
        self.n_listed += usize::from(!now.is_empty());
        match (now.is_empty(), then.is_empty()) {
            (false, false) => {
                self.continuing.0 += 1;
                self.continuing.1.add(now);
                self.continuing.2.add(then);
            }
            (false, true) => {
                self.new.0 += 1;
                self.new.1.add(now);
            }
            (true, false) => {
                self.dropped.0 += 1;
                self.dropped.1.add(then);
            }
            (true, true) => {}
        }
    }

    /// The like-for-like split of the programs counted (as [`LikeForLike::split`] gives it).
    fn like_for_like(&self) -> LikeForLike {
        LikeForLike {
            n_continuing: self.continuing.0,
            continuing_now: self.continuing.1.decimal(),
            continuing_then: self.continuing.2.decimal(),
            n_new: self.new.0,
            new_amount: self.new.1.decimal(),
            n_dropped: self.dropped.0,
            dropped_amount: self.dropped.1.decimal(),
        }
    }
}

/// True when a filter's list of choices (empty: all) includes `idx`.
fn chosen(choices: &[usize], idx: usize) -> bool {
    choices.is_empty() || choices.contains(&idx)
}

impl Explorer {
    /// Prepares a dataset for viewing.
    ///
    /// # Panics
    /// If a program amount is not a whole number of yen ([`super::yen::yen_of`]), which
    /// `load_edition` and `codec::decode` refuse with a message.
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
        let unpublished: Vec<usize> = (0..data.areas.len())
            .filter(|&a| data.areas[a].published_totals.is_none())
            .collect();
        let mut area_groups = Vec::new();
        for (a, area) in data.areas.iter().enumerate() {
            if area.published_totals.is_some() {
                area_groups.push(vec![a]);
            } else if a == unpublished[0] {
                area_groups.push(unpublished.clone());
            }
        }
        let places = data
            .programs
            .iter()
            .map(|p| {
                let group = area_groups.iter().position(|g| g.contains(&p.area_idx));
                (p.ministry_idx, group.unwrap_or_default())
            })
            .collect();
        Explorer {
            amounts: YenAmounts::new(&data),
            haystacks,
            places,
            area_groups,
            data,
        }
    }

    /// The programs `filter`'s ministries, areas and search select, in source order, with
    /// how the search matches each (`WholeWord` without a search).
    fn selected(&self, filter: &Filter) -> Vec<(usize, MatchRank)> {
        let data = &self.data;
        let terms = search_terms(&filter.search);
        let mut selected = Vec::new();
        for (p, program) in data.programs.iter().enumerate() {
            if !chosen(&filter.ministry_idxs, program.ministry_idx)
                || !chosen(&filter.area_idxs, program.area_idx)
            {
                continue;
            }
            let rank = if terms.is_empty() {
                MatchRank::WholeWord
            } else {
                match match_rank(&self.haystacks[p], &terms) {
                    Some(rank) => rank,
                    None => continue,
                }
            };
            selected.push((p, rank));
        }
        selected
    }

    /// The programs `filter`'s ministries, areas and search select that have no amount in
    /// its rounds but one in another round of the edition, in source order. The rounds
    /// table adds them up in their rounds, so a view's export lists them after the view's
    /// own programs, with this view's amount blank.
    pub fn other_round_programs(&self, filter: &Filter) -> Vec<usize> {
        let round_idxs = filter.round_idxs(&self.data);
        let mut programs = Vec::new();
        for (p, _) in self.selected(filter) {
            if !self.amounts.has_any(p, &round_idxs) && self.amounts.has_any_round(p) {
                programs.push(p);
            }
        }
        programs
    }

    /// Computes the view of `filter`.
    ///
    /// One pass over the selected programs adds their amounts (as yen) into a [`Tally`]
    /// for all of them, their area group and their ministry; every figure is then made
    /// from those tallies.
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
        let previous_rounds: &[usize] = comparison.as_deref().unwrap_or_default();
        let itemised_basis = filter.needs_itemised_sum();
        let change_for = |now: Option<Decimal>, then: Option<Decimal>| match &comparison {
            Ok(_) => Change::between(now, then),
            Err(reason) if now.is_some() => reason.clone(),
            Err(_) => Change::AbsentNow,
        };
        // The like-for-like split of a tally, where there is a previous year to compare.
        let split_of = |tally: &Tally| comparison.is_ok().then(|| tally.like_for_like());

        let mut all = Tally::default();
        let mut by_group = vec![Tally::default(); self.area_groups.len()];
        let mut by_ministry_idx = vec![Tally::default(); data.ministries.len()];
        let mut programs = Vec::new();
        for (p, match_rank) in self.selected(filter) {
            let now = self.amounts.sum(p, &round_idxs);
            let then = self.amounts.sum(p, previous_rounds);
            let (ministry_idx, group) = self.places[p];
            all.add(now, then);
            by_group[group].add(now, then);
            by_ministry_idx[ministry_idx].add(now, then);
            if let Some(amount) = now.amount() {
                programs.push(ProgramRow {
                    program_idx: p,
                    amount,
                    change: change_for(Some(amount), then.amount()),
                    match_rank,
                });
            }
        }
        let itemised_total = all.now.decimal();

        let (total_now, total_then) = if itemised_basis {
            (all.now.amount(), all.then.amount())
        } else {
            (
                self.published_total(filter, &round_idxs),
                self.published_total(filter, previous_rounds),
            )
        };
        let change = change_for(total_now, total_then);
        let grand_now = sum_published(&data.grand_totals, &round_idxs);
        let share_of_grand_percent = match (total_now, grand_now) {
            // The grand total's share of itself says nothing.
            _ if !itemised_basis && filter.area_idxs.is_empty() => None,
            (Some(t), Some(g)) if !g.is_zero() => Some(t * Decimal::ONE_HUNDRED / g),
            _ => None,
        };
        let per_resident_yen = total_now.map(|t| t * YEN_PER_OKU / data.population.residents);
        let basis = basis_of(filter, data);

        let mut by_area = Vec::new();
        for (area_idxs, tally) in self.area_groups.iter().zip(&by_group) {
            if !filter.area_idxs.is_empty()
                && !area_idxs.iter().any(|a| filter.area_idxs.contains(a))
                || itemised_basis && tally.n_listed == 0
            {
                continue;
            }
            let total = if itemised_basis {
                None
            } else {
                self.area_total(area_idxs, &round_idxs)
            };
            let itemised = tally.now.decimal();
            by_area.push(AreaRow {
                area_idxs: area_idxs.clone(),
                total,
                derived: data.areas[area_idxs[0]].published_totals.is_none(),
                itemised,
                n_programs: tally.n_listed,
                remainder: total.map(|t| t - itemised),
                itemised_like_for_like: split_of(tally),
            });
        }
        let mut by_ministry = Vec::new();
        for (ministry_idx, tally) in by_ministry_idx.iter().enumerate() {
            if tally.n_listed == 0 {
                continue;
            }
            let itemised = tally.now.decimal();
            by_ministry.push(MinistryRow {
                ministry_idx,
                itemised,
                n_programs: tally.n_listed,
                change: change_for(Some(itemised), tally.then.amount()),
                like_for_like: split_of(tally),
            });
        }
        let headline_split = if itemised_basis { split_of(&all) } else { None };
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
    ///
    /// Each column holds what the view of that round alone shows (its total, area rows,
    /// itemised sum and remainder); one pass over the selected programs adds them for
    /// every column, rather than one view per round.
    pub fn rounds_table(&self, filter: &Filter) -> RoundsTable {
        let data = &self.data;
        let itemised_basis = filter.needs_itemised_sum();
        // The rounds each column's view adds up: the round, and any other of the same
        // year and kind.
        let columns: Vec<Vec<usize>> = data
            .rounds
            .iter()
            .map(|round| {
                let kind = match round.kind {
                    BudgetKind::Initial => KindFilter::Initial,
                    BudgetKind::Supplementary => KindFilter::Supplementary,
                };
                rounds_of(data, round.fiscal_year, kind)
            })
            .collect();
        let n_groups = self.area_groups.len();
        // Per column: the sum of all selected programs, then per area group its sum.
        // (Tallies of which only `now` is used: one vector type less in the wasm.)
        let mut totals = vec![Tally::default(); columns.len()];
        let mut groups = vec![Tally::default(); columns.len() * n_groups];
        // A column is almost always its own round alone, whose sum is the program's amount
        // there; only a column of several rounds adds each program's amounts first.
        let alone: Vec<bool> = columns
            .iter()
            .enumerate()
            .map(|(c, rounds)| rounds[..] == [c])
            .collect();
        for (p, _) in self.selected(filter) {
            let group = self.places[p].1;
            for (c, rounds) in columns.iter().enumerate() {
                let sum = if alone[c] {
                    self.amounts.amount(p, c)
                } else {
                    self.amounts.sum(p, rounds)
                };
                if !sum.is_empty() {
                    totals[c].now.add(sum);
                    groups[c * n_groups + group].now.add(sum);
                }
            }
        }
        let column_total = |c: usize| {
            if itemised_basis {
                totals[c].now.amount()
            } else {
                self.published_total(filter, &columns[c])
            }
        };
        let basis = if data.rounds.is_empty() {
            TotalBasis::GrandTotal
        } else {
            basis_of(filter, data)
        };
        let mut rows = vec![RoundsRow {
            kind: RoundsRowKind::Total(basis),
            amounts: (0..columns.len()).map(column_total).collect(),
        }];
        for (g, area_idxs) in self.area_groups.iter().enumerate() {
            if !filter.area_idxs.is_empty()
                && !area_idxs.iter().any(|a| filter.area_idxs.contains(a))
            {
                continue;
            }
            // The figure of the group's row in column `c`, or `None` where that round's
            // view has no such row.
            let amounts: Vec<Option<Decimal>> = (0..columns.len())
                .map(|c| {
                    let itemised = groups[c * n_groups + g].now;
                    if itemised_basis {
                        // The view of the round lists the group where it lists a program.
                        itemised.amount()
                    } else {
                        Some(
                            self.area_total(area_idxs, &columns[c])
                                .unwrap_or_else(|| itemised.decimal()),
                        )
                    }
                })
                .collect();
            if amounts.iter().all(Option::is_none) {
                continue;
            }
            rows.push(RoundsRow {
                kind: RoundsRowKind::Area {
                    area_idxs: area_idxs.clone(),
                    derived: data.areas[area_idxs[0]].published_totals.is_none(),
                },
                amounts,
            });
        }
        if basis != TotalBasis::ItemisedSum {
            let itemised: Vec<Option<Decimal>> = (0..columns.len())
                .map(|c| column_total(c).map(|_| totals[c].now.decimal()))
                .collect();
            let not_itemised = (0..columns.len())
                .map(|c| column_total(c).map(|t| t - totals[c].now.decimal()))
                .collect();
            rows.push(RoundsRow {
                kind: RoundsRowKind::Itemised,
                amounts: itemised,
            });
            rows.push(RoundsRow {
                kind: RoundsRowKind::NotItemised,
                amounts: not_itemised,
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
            let ministry_ok = chosen(&filter.ministry_idxs, program.ministry_idx);
            let area_ok = chosen(&filter.area_idxs, program.area_idx);
            // A program outside both the ministries and the areas chosen counts nowhere.
            if !ministry_ok && !area_ok || !terms.is_empty() && !matches(&self.haystacks[p], &terms)
            {
                continue;
            }
            let has = |rounds: &[usize]| self.amounts.has_any(p, rounds);
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

    /// The headline total of a filter without ministries or search over `rounds`: the
    /// grand total, or the published (and derived) totals of its areas.
    fn published_total(&self, filter: &Filter, rounds: &[usize]) -> Option<Decimal> {
        let data = &self.data;
        if rounds.is_empty() {
            return None;
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

    /// The total of an area group's row over `rounds`: its published total, or for the
    /// areas without one, the derived remainder.
    fn area_total(&self, area_idxs: &[usize], rounds: &[usize]) -> Option<Decimal> {
        if rounds.is_empty() {
            return None;
        }
        match &self.data.areas[area_idxs[0]].published_totals {
            Some(totals) => sum_published(totals, rounds),
            None => self.derived_remainder(rounds),
        }
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
}

/// What a filter's headline total is made of.
fn basis_of(filter: &Filter, data: &Dataset) -> TotalBasis {
    if filter.needs_itemised_sum() {
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
    }
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
