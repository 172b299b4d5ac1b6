//! Geometry of the bar charts: pure arithmetic, no leptos, so it is tested natively.
//!
//! Widths are whole units of a 10,000-wide coordinate space, computed from the `Decimal`
//! figures: no money ever becomes a float, and the wasm carries no float formatting (it
//! was about 15 KB of `core::fmt::float`), while 0.01% steps are finer than any screen.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

/// Width of the chart's coordinate space (the SVG `viewBox` width).
pub const CHART_WIDTH: u32 = 10_000;

/// The narrowest a non-zero itemised segment is drawn (0.6% of the width), so that small
/// items stay visible.
pub const MIN_VISIBLE_WIDTH: u32 = 60;

/// The narrowest a not-itemised segment is drawn (1% of the width). Its dashed outline
/// needs room to read as a box: a few pixels of it read as a stray glyph at the end of the
/// bar. A smaller one is left out of the bar; the bar's text gives the amount, and the
/// chart's note says so (`crate::text::Labels::rounding_note`).
pub const MIN_REMAINDER_WIDTH: u32 = 100;

/// One bar: a solid part (itemised programs) and an optional hatched part (the rest of a
/// published total the source does not itemise).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BarGeometry {
    /// Width of the itemised part, in chart units.
    pub itemised_width: u32,
    /// Width of the not-itemised part, in chart units, drawn after the itemised part.
    pub remainder_width: u32,
}

/// Lays out bars on one linear scale whose maximum is the largest bar.
///
/// Each input is `(itemised, remainder)`, both in 億円. A non-zero itemised segment is at
/// least [`MIN_VISIBLE_WIDTH`] wide; a remainder narrower than [`MIN_REMAINDER_WIDTH`] is
/// not drawn; zero and negative segments get no width.
pub fn layout_bars(bars: &[(Decimal, Decimal)]) -> Vec<BarGeometry> {
    let max = bars
        .iter()
        .map(|(i, r)| i.max(&Decimal::ZERO) + r.max(&Decimal::ZERO))
        .max()
        .unwrap_or_default();
    let width = |value: Decimal| -> u32 {
        if value <= Decimal::ZERO || max.is_zero() {
            return 0;
        }
        let units = (value * Decimal::from(CHART_WIDTH) / max)
            .round_dp_with_strategy(0, RoundingStrategy::MidpointNearestEven)
            .to_u32()
            .unwrap_or(CHART_WIDTH);
        units.clamp(MIN_VISIBLE_WIDTH, CHART_WIDTH)
    };
    bars.iter()
        .map(|&(itemised, remainder)| BarGeometry {
            itemised_width: width(itemised),
            remainder_width: Some(width(remainder))
                .filter(|&w| w >= MIN_REMAINDER_WIDTH)
                .unwrap_or(0),
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
            (d("40"), d("15.3")),
        ]);
        // 1507.9 / 1522.1 of 10,000 = 9906.7; 14.2 / 1522.1 = 93.3, under 1%: not drawn.
        assert_eq!(bars[0].itemised_width, 9907);
        assert_eq!(bars[0].remainder_width, 0);
        // 15.3 / 1522.1 = 100.5: drawn.
        assert_eq!(bars[3].remainder_width, 101);
        assert_eq!(bars[1].itemised_width, MIN_VISIBLE_WIDTH);
        assert_eq!(bars[1].remainder_width, 0);
        assert_eq!(bars[2].itemised_width, 0);
        // 29.5 / 1522.1 of 10,000 = 193.8.
        assert_eq!(bars[2].remainder_width, 194);
    }

    #[test]
    fn no_bars_or_all_zero_lay_out_empty() {
        assert!(layout_bars(&[]).is_empty());
        assert_eq!(layout_bars(&[(d("0"), d("0"))])[0].itemised_width, 0);
    }
}
