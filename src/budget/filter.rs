//! What the reader asked to see: fiscal year, budget kind, ministries, areas, search text.

use super::model::{BudgetKind, Dataset};
use super::names::named_enum;
use super::search::search_terms;

named_enum! {
    /// Which budget rounds of a fiscal year to add up; its name is the value of the
    /// `budget` URL parameter.
    #[derive(Default)]
    pub enum KindFilter {
        /// The initial budget only (当初), the default: it is what years are compared on.
        #[default]
        Initial = "initial",
        /// The supplementary budget only (補正).
        Supplementary = "supplementary",
        /// Initial and supplementary together.
        All = "all",
        /// The 15-month budget (15か月予算): the previous fiscal year's supplementary budget
        /// and this year's initial budget, as they are commonly read together. Only a view:
        /// its total is never added to any other.
        FifteenMonth = "15month",
    }
}

impl KindFilter {
    /// The budget kinds this filter adds up.
    pub fn kinds(self) -> &'static [BudgetKind] {
        match self {
            KindFilter::Initial => &[BudgetKind::Initial],
            KindFilter::Supplementary => &[BudgetKind::Supplementary],
            KindFilter::All | KindFilter::FifteenMonth => {
                &[BudgetKind::Initial, BudgetKind::Supplementary]
            }
        }
    }

    /// The fiscal year whose round of `kind` this filter takes when showing `fiscal_year`:
    /// the year itself, except the 15-month view's supplementary budget, a year earlier.
    pub fn year_of(self, kind: BudgetKind, fiscal_year: u16) -> u16 {
        match (self, kind) {
            (KindFilter::FifteenMonth, BudgetKind::Supplementary) => fiscal_year.saturating_sub(1),
            _ => fiscal_year,
        }
    }

    /// Which of the rounds this choice names for `fiscal_year` the edition holds: the
    /// rounds its view adds up, and the ones it names that the source does not have (the
    /// FY2022 supplementary budget of the FY2023 15-month view). Every place that names a
    /// view's rounds words it from this, so a label never names a round that is not summed.
    pub fn coverage(self, data: &Dataset, fiscal_year: u16) -> Coverage {
        let summed = rounds_of(data, fiscal_year, self);
        let mut missing = Vec::new();
        for &kind in self.kinds() {
            let year = self.year_of(kind, fiscal_year);
            let mut held = false;
            for &r in &summed {
                held |= data.rounds[r].kind == kind && data.rounds[r].fiscal_year == year;
            }
            if !held {
                missing.push((year, kind));
            }
        }
        Coverage { summed, missing }
    }
}

/// The rounds a budget choice adds up for one fiscal year, and those it names that the
/// edition lacks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// The rounds added up, in dataset order.
    pub summed: Vec<usize>,
    /// Each round the choice names that is not in the edition, as (fiscal year, kind), in
    /// the order of [`KindFilter::kinds`].
    pub missing: Vec<(u16, BudgetKind)>,
}

impl Coverage {
    /// True when every round the choice names is in the edition.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }
}

/// A selection of the dataset. Empty `ministry_idxs` or `area_idxs` mean "all".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// The fiscal year shown.
    pub fiscal_year: u16,
    /// Which rounds of that year.
    pub kind: KindFilter,
    /// Ministries, as indices into `Dataset::ministries`, sorted and without repeats.
    pub ministry_idxs: Vec<usize>,
    /// Strategy areas, as indices into `Dataset::areas`, sorted and without repeats.
    pub area_idxs: Vec<usize>,
    /// Free text; every word must occur in a program's names or descriptions.
    pub search: String,
}

impl Filter {
    /// The default view of a dataset: its newest fiscal year, initial budget, everything.
    pub fn for_dataset(data: &Dataset) -> Self {
        Filter {
            fiscal_year: data.latest_fiscal_year(),
            ..Filter::default()
        }
    }

    /// The rounds this filter adds up, in dataset order.
    pub fn round_idxs(&self, data: &Dataset) -> Vec<usize> {
        rounds_of(data, self.fiscal_year, self.kind)
    }

    /// True when the total can only be the sum of itemised programs, because the source
    /// publishes no total per ministry or per search result.
    pub fn needs_itemised_sum(&self) -> bool {
        !self.ministry_idxs.is_empty() || !search_terms(&self.search).is_empty()
    }
}

/// The rounds of `fiscal_year` whose kind `kind` selects, in dataset order.
pub fn rounds_of(data: &Dataset, fiscal_year: u16, kind: KindFilter) -> Vec<usize> {
    data.rounds
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            kind.kinds().contains(&r.kind) && r.fiscal_year == kind.year_of(r.kind, fiscal_year)
        })
        .map(|(idx, _)| idx)
        .collect()
}
