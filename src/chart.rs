//! Geometry of the bar charts: pure arithmetic, no leptos, so it is tested natively.
//!
//! This is the only place money becomes `f64`, and only as pixel widths: every figure a
//! reader sees is formatted from the `Decimal` it came from.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// Width of the chart's coordinate space (the SVG `viewBox` width).
pub const CHART_WIDTH: f64 = 1000.0;

/// The narrowest a non-zero segment is drawn, so that small items stay visible.
pub const MIN_VISIBLE_WIDTH: f64 = 6.0;

/// One bar: a solid part (itemised programs) and an optional hatched part (the rest of a
/// published total the source does not itemise).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BarGeometry {
    /// Width of the itemised part, in chart units.
    pub itemised_width: f64,
    /// Width of the not-itemised part, in chart units, drawn after the itemised part.
    pub remainder_width: f64,
}

/// Lays out bars on one linear scale whose maximum is the largest bar.
///
/// Each input is `(itemised, remainder)`, both in 億円. A non-zero segment is at least
/// [`MIN_VISIBLE_WIDTH`] wide; zero and negative segments get no width.
pub fn layout_bars(bars: &[(Decimal, Decimal)]) -> Vec<BarGeometry> {
    let max = bars
        .iter()
        .map(|(i, r)| i.max(&Decimal::ZERO) + r.max(&Decimal::ZERO))
        .max()
        .unwrap_or_default();
    let width = |value: Decimal| -> f64 {
        if value <= Decimal::ZERO || max.is_zero() {
            return 0.0;
        }
        let share = (value / max).to_f64().unwrap_or(0.0);
        (share * CHART_WIDTH).max(MIN_VISIBLE_WIDTH)
    };
    bars.iter()
        .map(|&(itemised, remainder)| BarGeometry {
            itemised_width: width(itemised),
            remainder_width: width(remainder),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn largest_bar_fills_the_width_and_small_ones_stay_visible() {
        let bars = layout_bars(&[
            (d("1507.9"), d("14.2")),
            (d("0.1"), d("0")),
            (d("0"), d("29.5")),
        ]);
        assert!((bars[0].itemised_width + bars[0].remainder_width - CHART_WIDTH).abs() < 1e-9);
        assert_eq!(bars[1].itemised_width, MIN_VISIBLE_WIDTH);
        assert_eq!(bars[1].remainder_width, 0.0);
        assert_eq!(bars[2].itemised_width, 0.0);
        assert!(bars[2].remainder_width > MIN_VISIBLE_WIDTH);
    }

    #[test]
    fn no_bars_or_all_zero_lay_out_empty() {
        assert!(layout_bars(&[]).is_empty());
        assert_eq!(layout_bars(&[(d("0"), d("0"))])[0].itemised_width, 0.0);
    }
}
