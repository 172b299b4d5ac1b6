//! Like-for-like changes: a change of a sum of itemised programs, split by whether each
//! program is listed in both years.
//!
//! The source itemises a different set of programs each year. A ministry's sum can double
//! because two programs were listed for the first time, while the programs listed in both
//! years hardly moved (経済産業省, FY2024: +58.4億円 in all, of which 57.9億円 is two programs
//! with no FY2023 amount; the other two moved +0.5億円). So wherever a change is computed
//! from itemised programs, the model also gives this split, and the page leads with it.
//!
//! "Listed in a round" means the source gives the program an amount in that round. Every
//! program of an edition states every round, and the source's `—` is `None`: a program
//! with `None` in every round compared is not listed then, even though it has a row.

use rust_decimal::Decimal;

/// A change of a sum of itemised programs, split three ways. The raw difference of the
/// sums is `continuing_change + new_amount − dropped_amount`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LikeForLike {
    /// Programs with an amount in both years.
    pub n_continuing: usize,
    /// Their sum this year, 億円.
    pub continuing_now: Decimal,
    /// Their sum the previous year, 億円.
    pub continuing_then: Decimal,
    /// Programs with an amount this year and none the previous year.
    pub n_new: usize,
    /// Their sum this year, 億円.
    pub new_amount: Decimal,
    /// Programs with an amount the previous year and none this year.
    pub n_dropped: usize,
    /// Their sum the previous year, 億円.
    pub dropped_amount: Decimal,
}

impl LikeForLike {
    /// Splits the change of programs given as `(this year, previous year)` amounts, where
    /// `None` is "not listed in the rounds compared".
    pub fn split(pairs: impl IntoIterator<Item = (Option<Decimal>, Option<Decimal>)>) -> Self {
        let mut split = LikeForLike::default();
        for pair in pairs {
            match pair {
                (Some(now), Some(then)) => {
                    split.n_continuing += 1;
                    split.continuing_now += now;
                    split.continuing_then += then;
                }
                (Some(now), None) => {
                    split.n_new += 1;
                    split.new_amount += now;
                }
                (None, Some(then)) => {
                    split.n_dropped += 1;
                    split.dropped_amount += then;
                }
                (None, None) => {}
            }
        }
        split
    }

    /// The change of the programs listed in both years, 億円.
    pub fn continuing_change(&self) -> Decimal {
        self.continuing_now - self.continuing_then
    }

    /// That change as a percentage of their previous sum; `None` when there is nothing to
    /// divide by (no program in both years, or a previous sum of zero).
    pub fn continuing_percent(&self) -> Option<Decimal> {
        (!self.continuing_then.is_zero())
            .then(|| self.continuing_change() * Decimal::ONE_HUNDRED / self.continuing_then)
    }

    /// The raw difference of the two years' sums, 億円: what the split adds up to.
    pub fn raw_change(&self) -> Decimal {
        self.continuing_change() + self.new_amount - self.dropped_amount
    }

    /// True when the set of programs differs between the years, so the raw difference of
    /// the sums is not a like-for-like change.
    pub fn differs_from_raw(&self) -> bool {
        self.n_new > 0 || self.n_dropped > 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Option<Decimal> {
        Some(Decimal::from_str(s).unwrap())
    }

    #[test]
    fn the_parts_add_up_to_the_raw_difference() {
        let split = LikeForLike::split([
            (d("23.4"), d("23.5")),
            (d("0.7"), None),
            (None, d("5.1")),
            (None, None),
        ]);
        assert_eq!(split.n_continuing, 1);
        assert_eq!(
            split.continuing_change(),
            Decimal::from_str("-0.1").unwrap()
        );
        assert_eq!((split.n_new, split.new_amount), (1, d("0.7").unwrap()));
        assert_eq!(
            (split.n_dropped, split.dropped_amount),
            (1, d("5.1").unwrap())
        );
        // 24.1 − 28.6 = −4.5.
        assert_eq!(split.raw_change(), Decimal::from_str("-4.5").unwrap());
        assert!(split.differs_from_raw());
        assert_eq!(
            LikeForLike::split([(None, d("1.0"))]).continuing_percent(),
            None
        );
    }
}
