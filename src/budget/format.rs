//! Money, changes and percentages as a reader sees them, in Japanese and English.
//!
//! Japanese follows the source: 億円 with thousands separators and one decimal
//! (`2,126.2億円`). English gives the same amount in billions of yen with two decimals
//! (`¥212.62 billion`, `¥0.07 billion`), which is exact for figures in 0.1億円 steps. Signs use the true minus
//! sign (U+2212) and are always written, so a change is never told by colour alone.
//! Rounding is half away from zero (四捨五入), as the source rounds.

use rust_decimal::{Decimal, RoundingStrategy};

use super::model::Lang;

const MINUS: char = '\u{2212}';

/// An amount in 億円: `2,126.2億円` / `¥212.62 billion`.
pub fn oku(amount: Decimal, lang: Lang) -> String {
    format!(
        "{}{}",
        minus_only(amount, 1),
        unsigned_oku(amount.abs(), lang)
    )
}

/// A change in 億円, always signed: `+747.3億円`, `−21.9億円`, `±0.0億円`.
pub fn signed_oku(amount: Decimal, lang: Lang) -> String {
    format!("{}{}", sign_of(amount, 1), unsigned_oku(amount.abs(), lang))
}

/// A percentage to one decimal: `54.2%`.
pub fn percent(value: Decimal) -> String {
    format!(
        "{}{}%",
        minus_only(value, 1),
        grouped(round(value.abs(), 1), 1)
    )
}

/// A change in percent, always signed: `+54.2%`, `−3.4%`.
pub fn signed_percent(value: Decimal) -> String {
    format!(
        "{}{}%",
        sign_of(value, 1),
        grouped(round(value.abs(), 1), 1)
    )
}

/// Whole yen: `1,717円` / `¥1,717`.
pub fn yen(amount: Decimal, lang: Lang) -> String {
    let digits = integer(amount);
    match lang {
        Lang::Ja => format!("{digits}円"),
        Lang::En => format!("¥{digits}"),
    }
}

/// A whole number with thousands separators: `123,802,000`.
pub fn integer(value: Decimal) -> String {
    grouped(round(value, 0), 0)
}

/// An amount in 百万円 as the program pages give it: `1,584百万円` / `¥1,584 million`.
pub fn million_yen(amount: Decimal, lang: Lang) -> String {
    let digits = grouped(amount.normalize(), amount.normalize().scale());
    match lang {
        Lang::Ja => format!("{digits}百万円"),
        Lang::En => format!("¥{digits} million"),
    }
}

/// The unit of a table column whose cells hold [`table_number`]s: `億円` / `¥ billion`.
pub fn table_unit(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "億円",
        Lang::En => "¥ billion",
    }
}

/// An amount as a table cell shows it, the unit being in the column header, so a copied
/// table pastes as numbers: `1,064.0` (億円) / `106.40` (¥ billion, two decimals throughout,
/// exact for figures in 0.1億円 steps). Negative numbers take the page's one minus sign,
/// U+2212; a copy of the page gives spreadsheets the ASCII hyphen-minus they read as a sign
/// (`crate::ui::copy`), and files are written with it (`crate::budget::export`).
pub fn table_number(amount: Decimal, lang: Lang) -> String {
    let (value, dp) = match lang {
        Lang::Ja => (amount, 1),
        Lang::En => (amount / Decimal::TEN, 2),
    };
    let shown = round(value, dp);
    let digits = grouped(shown.abs(), dp);
    if shown.is_sign_negative() && !shown.is_zero() {
        format!("{MINUS}{digits}")
    } else {
        digits
    }
}

/// A change as a table cell shows it: [`table_number`] with a `+` for increases.
pub fn signed_table_number(amount: Decimal, lang: Lang) -> String {
    let text = table_number(amount, lang);
    if text.starts_with(MINUS) || text.chars().all(|c| c == '0' || c == '.' || c == ',') {
        text
    } else {
        format!("+{text}")
    }
}

fn unsigned_oku(amount: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}億円", grouped(round(amount, 1), 1)),
        // ¥1 billion = 10億円, so 0.1億円 steps are exactly two decimals of a billion. One
        // unit for every amount, small ones too (¥0.07 billion), keeps a column of figures
        // in one unit and comparable at a glance.
        Lang::En => format!("¥{} billion", grouped(round(amount / Decimal::TEN, 2), 2)),
    }
}

/// The sign of an unsigned figure: a minus when `value` is still negative once rounded to
/// `dp` decimals, nothing otherwise (so −0.04 prints as `0.0`, not `−0.0`).
fn minus_only(value: Decimal, dp: u32) -> String {
    if sign_of(value, dp) == MINUS {
        MINUS.to_string()
    } else {
        String::new()
    }
}

fn sign_of(value: Decimal, dp: u32) -> char {
    let shown = round(value, dp);
    if shown.is_zero() {
        '±'
    } else if shown.is_sign_negative() {
        MINUS
    } else {
        '+'
    }
}

fn round(value: Decimal, dp: u32) -> Decimal {
    value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// `value` (already rounded, non-negative) with `,` every three digits and exactly `dp` decimals.
fn grouped(value: Decimal, dp: u32) -> String {
    let mut v = value.abs();
    v.rescale(dp);
    let text = v.to_string();
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text, None),
    };
    let mut out = String::new();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac_part {
        out.push('.');
        out.push_str(&f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn oku_in_both_languages() {
        assert_eq!(oku(d("2126.2"), Lang::Ja), "2,126.2億円");
        assert_eq!(oku(d("2126.2"), Lang::En), "¥212.62 billion");
        assert_eq!(oku(d("0.7"), Lang::Ja), "0.7億円");
        // One unit in English, small amounts too, so a column never mixes units.
        assert_eq!(oku(d("0.7"), Lang::En), "¥0.07 billion");
        assert_eq!(oku(d("5.1"), Lang::En), "¥0.51 billion");
        assert_eq!(signed_oku(d("0.5"), Lang::En), "+¥0.05 billion");
        assert_eq!(oku(d("10.0"), Lang::En), "¥1.00 billion");
        assert_eq!(oku(d("1064"), Lang::Ja), "1,064.0億円");
        assert_eq!(oku(d("0"), Lang::Ja), "0.0億円");
        assert_eq!(oku(d("-0.04"), Lang::Ja), "0.0億円");
        assert_eq!(oku(d("-21.9"), Lang::Ja), "−21.9億円");
        assert_eq!(percent(d("-3.45")), "−3.5%");
    }

    #[test]
    fn changes_are_signed_with_a_true_minus() {
        assert_eq!(signed_oku(d("747.3"), Lang::Ja), "+747.3億円");
        assert_eq!(signed_oku(d("-21.9"), Lang::Ja), "−21.9億円");
        assert_eq!(signed_oku(d("-21.9"), Lang::En), "−¥2.19 billion");
        assert_eq!(signed_oku(d("0.0"), Lang::Ja), "±0.0億円");
        assert_eq!(signed_percent(d("54.1953731234")), "+54.2%");
        assert_eq!(signed_percent(d("-3.45")), "−3.5%");
        assert_eq!(percent(d("71.58")), "71.6%");
    }

    #[test]
    fn yen_and_million_yen() {
        assert_eq!(yen(d("1717.4"), Lang::Ja), "1,717円");
        assert_eq!(yen(d("1717.5"), Lang::En), "¥1,718");
        assert_eq!(million_yen(d("1584"), Lang::Ja), "1,584百万円");
        assert_eq!(million_yen(d("1584"), Lang::En), "¥1,584 million");
        assert_eq!(integer(d("123802000")), "123,802,000");
    }

    #[test]
    fn table_numbers_paste_as_numbers_with_the_unit_in_the_header() {
        assert_eq!(table_number(d("1064.0"), Lang::Ja), "1,064.0");
        assert_eq!(table_number(d("1064.0"), Lang::En), "106.40");
        assert_eq!(table_number(d("12.8"), Lang::En), "1.28");
        assert_eq!(table_number(d("2.7"), Lang::En), "0.27");
        assert_eq!(signed_table_number(d("-10.3"), Lang::Ja), "\u{2212}10.3");
        assert_eq!(signed_table_number(d("586.6"), Lang::Ja), "+586.6");
        assert_eq!(signed_table_number(d("586.6"), Lang::En), "+58.66");
        assert_eq!(signed_table_number(d("0.0"), Lang::Ja), "0.0");
    }
}
