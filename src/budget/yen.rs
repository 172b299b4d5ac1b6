//! Program amounts as integers, so views add integers instead of `Decimal`s.
//!
//! A view of 10,000 programs adds each program's amounts over the rounds shown and the
//! rounds compared, then adds those sums per area, per ministry and in all; done with
//! `Decimal` that was most of a filter click's time in the browser. Every program amount
//! is a whole number of yen (at most 8 decimals of 億円, 1億円 = 10^8 yen, and at most
//! 2^63 yen; the loader and the decoder refuse others), so its mantissa fits an `i64` and
//! any sum of them an `i128`: the views add integers and make each figure a `Decimal` once.
//!
//! Exactness includes the scale, since exports write figures with it: `rust_decimal`'s
//! addition keeps the larger scale of two non-zero operands (1.5 + 2.5 = 4.0, not 4) and
//! returns the other operand unchanged when one is zero (0.00 + 3 = 3, 3 + 0.00 = 3). A
//! [`Sum`] keeps a mantissa and scale as `Decimal` does and follows the same two rules, so
//! [`Sum::decimal`] is exactly the `Decimal` that adding the amounts from zero in the same
//! order gives. `tests/model_oracle.rs` checks every figure of many views against
//! `Decimal` arithmetic.

use rust_decimal::Decimal;

use super::model::Dataset;

/// Decimals of 億円 in one yen.
const YEN_SCALE: u32 = 8;

/// 10^k for every difference of scales (a table: no `pow` loop in the wasm).
const POWERS_OF_TEN: [i128; YEN_SCALE as usize + 1] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
];

/// Marks "no amount" (the source's `—`) in [`YenAmounts`].
const ABSENT: u8 = u8::MAX;

/// `amount` in whole yen, or `None` when it is negative, has more than 8 decimals of 億円
/// (a fraction of a yen) or more yen than an `i64` holds. The loader and the decoder refuse
/// such amounts, so every program amount of a loaded edition has a value here.
pub fn yen_of(amount: Decimal) -> Option<i64> {
    // The data has no negative amounts, and a sum with one could cancel to a signed zero.
    if amount.is_sign_negative() || amount.scale() > YEN_SCALE {
        return None;
    }
    // No overflow: a mantissa is below 2^96 and the factor at most 10^8, below 2^27.
    let factor = POWERS_OF_TEN[(YEN_SCALE - amount.scale()) as usize];
    i64::try_from(amount.mantissa() * factor).ok()
}

/// Why a program amount cannot be added as yen, for the loader's and decoder's messages.
pub const NOT_YEN: &str =
    "is negative, has more than 8 decimals (a fraction of a yen) or is too large to add exactly";

/// The decoder's error and the panic of [`YenAmounts::new`] (one string in the wasm).
pub const NOT_WHOLE_YEN: &str = "amount not in whole yen";

/// A sum of program amounts, kept as `Decimal` keeps a number: a mantissa and a scale.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sum {
    /// The mantissa at `scale`. An `i128` cannot overflow: each amount is at most 2^63 yen.
    units: i128,
    /// The scale (at most 8): the largest of the non-zero amounts added, as in `Decimal`.
    scale: u8,
    /// How many amounts were added; zero means "no amount", which is not a zero amount.
    n: u32,
}

impl Sum {
    /// Adds another sum, as `Decimal` addition would (see the module's note on scales).
    pub fn add(&mut self, other: Sum) {
        if other.n == 0 {
            return;
        }
        let n = self.n + other.n;
        if self.units == 0 {
            // Zero plus x is x, scale and all.
            *self = other;
        } else if other.units != 0 && self.scale == other.scale {
            self.units += other.units;
        } else if other.units != 0 {
            // Both at the larger scale, by multiplying: never rounding.
            let scale = self.scale.max(other.scale);
            self.units = self.units * POWERS_OF_TEN[usize::from(scale - self.scale)]
                + other.units * POWERS_OF_TEN[usize::from(scale - other.scale)];
            self.scale = scale;
        }
        self.n = n;
    }

    /// True when no amount was added.
    pub fn is_empty(self) -> bool {
        self.n == 0
    }

    /// The sum in 億円, exactly as adding the amounts' `Decimal`s to zero gives it (zero,
    /// of scale 0, when nothing was added).
    pub fn decimal(self) -> Decimal {
        // Non-negative and below 2^96 (fewer than 2^32 amounts below 2^63 each).
        let units = self.units;
        Decimal::from_parts(
            units as u32,
            (units >> 32) as u32,
            (units >> 64) as u32,
            false,
            u32::from(self.scale),
        )
    }

    /// The sum in 億円, or `None` when no amount was added.
    pub fn amount(self) -> Option<Decimal> {
        (!self.is_empty()).then(|| self.decimal())
    }
}

/// Every program's amount in every round in one flat table (`program * n_rounds + round`)
/// that the views read in order, instead of each program's own `Vec` of `Option<Decimal>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YenAmounts {
    n_rounds: usize,
    /// The amount's mantissa (at its scale).
    units: Vec<i64>,
    /// The amount's scale, or [`ABSENT`].
    scales: Vec<u8>,
}

impl YenAmounts {
    /// Converts the program amounts of `data`.
    ///
    /// # Panics
    /// If an amount is not whole yen ([`yen_of`]); `load_edition` and `codec::decode`
    /// refuse such an edition with a message, so only a dataset built by hand can.
    pub fn new(data: &Dataset) -> Self {
        let n_rounds = data.rounds.len();
        let n_cells = data.programs.len() * n_rounds;
        let mut table = YenAmounts {
            n_rounds,
            units: Vec::with_capacity(n_cells),
            scales: Vec::with_capacity(n_cells),
        };
        for program in &data.programs {
            for r in 0..n_rounds {
                let (units, scale) = match program.amounts.get(r).copied().flatten() {
                    Some(amount) => {
                        // Whole yen, so the mantissa fits too (it is at most the yen).
                        yen_of(amount).expect(NOT_WHOLE_YEN);
                        (amount.mantissa() as i64, amount.scale() as u8)
                    }
                    None => (0, ABSENT),
                };
                table.units.push(units);
                table.scales.push(scale);
            }
        }
        table
    }

    /// Program `p`'s amounts in `rounds`, added.
    pub fn sum(&self, p: usize, rounds: &[usize]) -> Sum {
        let mut sum = Sum::default();
        for &r in rounds {
            sum.add(self.amount(p, r));
        }
        sum
    }

    /// Program `p`'s amount in round `r`, as a sum of it alone (empty where it has none).
    pub fn amount(&self, p: usize, r: usize) -> Sum {
        let cell = p * self.n_rounds + r;
        let scale = self.scales[cell];
        if scale == ABSENT {
            Sum::default()
        } else {
            Sum {
                units: i128::from(self.units[cell]),
                scale,
                n: 1,
            }
        }
    }

    /// True when program `p` has an amount in one of `rounds`.
    pub fn has_any(&self, p: usize, rounds: &[usize]) -> bool {
        let row = p * self.n_rounds;
        rounds.iter().any(|&r| self.scales[row + r] != ABSENT)
    }

    /// True when program `p` has an amount in any round of the edition.
    pub fn has_any_round(&self, p: usize) -> bool {
        let row = p * self.n_rounds;
        (row..row + self.n_rounds).any(|cell| self.scales[cell] != ABSENT)
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn sum_of(amounts: &[&str]) -> Sum {
        let mut sum = Sum::default();
        for a in amounts {
            let amount = d(a);
            assert!(yen_of(amount).is_some(), "{a}");
            sum.add(Sum {
                units: amount.mantissa(),
                scale: amount.scale() as u8,
                n: 1,
            });
        }
        sum
    }

    #[test]
    fn yen_are_exact_and_refuse_fractions_of_a_yen() {
        assert_eq!(yen_of(d("290.8")), Some(29_080_000_000));
        assert_eq!(yen_of(d("0.00000001")), Some(1));
        assert_eq!(yen_of(d("0.000000010")), None);
        assert_eq!(yen_of(d("0.000000001")), None);
        assert_eq!(yen_of(d("92233720368.54775807")), Some(i64::MAX));
        assert_eq!(yen_of(d("92233720368.54775808")), None);
        assert_eq!(yen_of(d("-1")), None);
        assert_eq!(yen_of(d("-0.5")), None);
    }

    /// The sum is the `Decimal` sum, scale included, for mixed scales and for nothing.
    #[test]
    fn sums_keep_the_scale_decimal_addition_gives() {
        for amounts in [
            &[][..],
            &["0"],
            &["1.5", "2.5"],
            &["1.5", "2.25"],
            &["3", "4"],
            &["3", "4.0"],
            &["0.00000001", "100000"],
            &["0.00", "3"],
            &["3", "0.00"],
            &["0.0", "0.000", "0"],
            &["0", "0.0"],
            &["2.5", "0.000", "1.25", "0"],
            &["92233720368.54775807", "92233720368.54775807"],
        ] {
            let expected: Decimal = amounts.iter().map(|a| d(a)).sum();
            let sum = sum_of(amounts);
            assert_eq!(
                sum.decimal().to_string(),
                expected.to_string(),
                "{amounts:?}"
            );
            assert_eq!(sum.decimal().scale(), expected.scale(), "{amounts:?}");
            assert_eq!(sum.amount().is_none(), amounts.is_empty());
        }
    }
}
