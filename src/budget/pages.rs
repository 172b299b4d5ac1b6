//! Where the source prints the published totals a view shows: the pages behind a figure,
//! so the page can point to them (「p. 1」) as a program's detail does for its amounts.
//!
//! A published total has a page in the data (`Sourced::source`); a total derived from
//! published ones (areas 5 and 6 together: the grand total less areas 1 to 4) stands on the
//! pages of all of those; a sum of itemised programs has no published total and no page.

use super::model::Dataset;
use super::sort::stable_sort_by;
use super::view::TotalBasis;

/// The pages of the published totals of the areas `area_idxs` in the rounds `round_idxs`;
/// for a `derived` row, of the grand total and every published area total it is derived
/// from. Sorted, without repeats; empty where there is nothing published.
pub fn area_total_pages(
    data: &Dataset,
    area_idxs: &[usize],
    round_idxs: &[usize],
    derived: bool,
) -> Vec<u16> {
    let mut pages = Vec::new();
    for &r in round_idxs {
        if derived {
            pages.extend(data.grand_totals[r].as_ref().map(|t| t.source.page));
        }
        for (a, area) in data.areas.iter().enumerate() {
            if derived || area_idxs.contains(&a) {
                let total = area.published_totals.as_ref().and_then(|t| t[r].as_ref());
                pages.extend(total.map(|t| t.source.page));
            }
        }
    }
    sorted(pages)
}

/// The pages of a view's total on `basis` in the rounds `round_idxs`, with `area_idxs` the
/// areas it is filtered by (empty: all). Empty for a sum of itemised programs.
pub fn total_pages(
    data: &Dataset,
    basis: TotalBasis,
    area_idxs: &[usize],
    round_idxs: &[usize],
) -> Vec<u16> {
    match basis {
        TotalBasis::GrandTotal => sorted(
            round_idxs
                .iter()
                .filter_map(|&r| Some(data.grand_totals[r].as_ref()?.source.page))
                .collect(),
        ),
        TotalBasis::AreaTotals { includes_derived } => {
            area_total_pages(data, area_idxs, round_idxs, includes_derived)
        }
        TotalBasis::ItemisedSum => Vec::new(),
    }
}

fn sorted(mut pages: Vec<u16>) -> Vec<u16> {
    stable_sort_by(&mut pages, u16::cmp);
    pages.dedup();
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        crate::dataset::latest_edition().expect("the embedded edition loads")
    }

    #[test]
    fn published_totals_name_the_pages_that_print_them() {
        let data = data();
        let round = |id: &str| data.rounds.iter().position(|r| r.id == id).unwrap();
        let (initial, supplementary) = (round("fy2024-initial"), round("fy2023-supplementary"));
        // 2,126.2億円 on page 1; 238.9億円 on page 2.
        assert_eq!(
            total_pages(&data, TotalBasis::GrandTotal, &[], &[initial]),
            [1]
        );
        assert_eq!(
            total_pages(
                &data,
                TotalBasis::GrandTotal,
                &[],
                &[initial, supplementary]
            ),
            [1, 2]
        );
        // Area (3) is printed on page 2, area (1) on page 1.
        let area = |n: u8| data.area_idx(n).unwrap();
        assert_eq!(area_total_pages(&data, &[area(3)], &[initial], false), [2]);
        assert_eq!(area_total_pages(&data, &[area(1)], &[initial], false), [1]);
        // (5)+(6) is the grand total less areas (1) to (4): every page they stand on.
        assert_eq!(
            area_total_pages(&data, &[area(5), area(6)], &[initial], true),
            [1, 2]
        );
        // A sum of itemised programs is published nowhere.
        assert!(total_pages(&data, TotalBasis::ItemisedSum, &[], &[initial]).is_empty());
    }
}
