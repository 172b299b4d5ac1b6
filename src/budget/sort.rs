//! Ordering the program table.

use std::cmp::Ordering;

use super::model::{Dataset, Lang};
use super::names::named_enum;
use super::view::ProgramRow;

named_enum! {
    /// The column the program table is sorted by; its name is used in the `sort` URL
    /// parameter.
    pub enum SortKey {
        /// Program name in the reader's language.
        Name = "name",
        /// Ministry, in the government's order.
        Ministry = "ministry",
        /// Strategy area number.
        Area = "area",
        /// Amount in the selected rounds.
        Amount = "amount",
        /// Absolute change from the previous year; rows without one come last either way.
        Change = "change",
    }
}

/// A sort order: a key and a direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sort {
    /// The column.
    pub key: SortKey,
    /// True for largest (or last) first.
    pub descending: bool,
}

impl Default for Sort {
    /// Largest amount first: where the money goes.
    fn default() -> Self {
        Sort {
            key: SortKey::Amount,
            descending: true,
        }
    }
}

impl Sort {
    /// The `sort` URL parameter: the key, prefixed with `-` for descending (`-amount`).
    pub fn to_param(self) -> String {
        format!(
            "{}{}",
            if self.descending { "-" } else { "" },
            self.key.as_str()
        )
    }

    /// Parses the `sort` URL parameter.
    pub fn from_param(value: &str) -> Option<Sort> {
        let (descending, id) = match value.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, value),
        };
        SortKey::parse(id).map(|key| Sort { key, descending })
    }
}

named_enum! {
    /// The order of the breakdowns by ministry and by area; its name is the value of the
    /// `order` URL parameter.
    #[derive(Default)]
    pub enum BreakdownOrder {
        /// Largest first, the default: where the money goes.
        #[default]
        Largest = "largest",
        /// As the source lists them (the government's order of ministries, areas by number).
        Source = "source",
    }
}

/// Sorts `items` by `cmp`, keeping the order of equal items (like `slice::sort_by`).
///
/// Every call site of `slice::sort_by` with its own closure got its own copy of the
/// standard sort (several KB of wasm each, about 38 KB in all); here the sort itself is
/// compiled once, for a list of positions, and each caller only adds the small loop that
/// moves its items into the sorted order.
pub fn stable_sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let mut order = sorted_positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    // Apply the permutation (the item for place `i` is at `order[i]`) cycle by cycle.
    for start in 0..items.len() {
        let mut place = start;
        while order[place] != start {
            let from = order[place];
            items.swap(place, from);
            order[place] = place;
            place = from;
        }
        order[place] = place;
    }
}

/// `0..len` stably sorted by `cmp`: the one instance of the standard sort (see
/// [`stable_sort_by`]).
fn sorted_positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Sorts `rows` in place. Ties keep the source's order, so the table is stable. With a
/// search, programs where it matches whole words come first, then the chosen order.
pub fn sort_programs(rows: &mut [ProgramRow], sort: Sort, data: &Dataset, lang: Lang) {
    stable_sort_by(rows, program_order(sort, data, lang));
}

/// How [`sort_programs`] compares two rows.
fn program_order(
    sort: Sort,
    data: &Dataset,
    lang: Lang,
) -> impl Fn(&ProgramRow, &ProgramRow) -> Ordering + '_ {
    move |a, b| {
        let by_rank = a.match_rank.cmp(&b.match_rank);
        if by_rank != Ordering::Equal {
            return by_rank;
        }
        let pa = &data.programs[a.program_idx];
        let pb = &data.programs[b.program_idx];
        let ordering = match sort.key {
            SortKey::Name => pa.name.get(lang).cmp(pb.name.get(lang)),
            SortKey::Ministry => pa.ministry_idx.cmp(&pb.ministry_idx),
            SortKey::Area => pa.area_idx.cmp(&pb.area_idx),
            SortKey::Amount => a.amount.cmp(&b.amount),
            SortKey::Change => match (a.change.amount(), b.change.amount()) {
                (Some(x), Some(y)) => x.cmp(&y),
                // Rows without a change sort last whatever the direction.
                (Some(_), None) => return Ordering::Less,
                (None, Some(_)) => return Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
        };
        let ordering = if sort.descending {
            ordering.reverse()
        } else {
            ordering
        };
        ordering.then(a.program_idx.cmp(&b.program_idx))
    }
}

#[cfg(test)]
mod tests {
    use super::stable_sort_by;

    /// Same result as the standard stable sort, ties in their first order, on lists with
    /// many ties and long permutation cycles.
    #[test]
    fn stable_sort_by_agrees_with_the_standard_sort() {
        let mut seed = 7_u32;
        for len in 0..60 {
            let items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 7, i)
                })
                .collect();
            let mut ours = items.clone();
            stable_sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            let mut theirs = items;
            theirs.sort_by_key(|x| std::cmp::Reverse(x.0));
            assert_eq!(ours, theirs, "length {len}");
        }
    }
}
