//! The checks a loaded edition must pass beyond its shape: the source's arithmetic, and
//! that every figure can be found in the source's text.
//!
//! Both return `(record, problem)` so that the caller can prefix the file name.

use rust_decimal::Decimal;

use super::model::{Dataset, SourceRef, Sourced};

/// How far one figure rounded to 0.1 can be from its true value.
const HALF_STEP: Decimal = Decimal::from_parts(5, 0, 0, false, 2);

/// Checks the arithmetic the source promises, allowing for its rounding to 0.1億円:
/// itemised programs never exceed their area's published total, and published area totals
/// never exceed the grand total, in any round.
pub fn check_consistency(data: &Dataset) -> Result<(), (String, String)> {
    for (round_idx, round) in data.rounds.iter().enumerate() {
        let mut published_sum = Decimal::ZERO;
        let mut n_published = 0u32;
        for (area_idx, area) in data.areas.iter().enumerate() {
            let itemised: Vec<Decimal> = data
                .programs
                .iter()
                .filter(|p| p.area_idx == area_idx)
                .filter_map(|p| p.amounts[round_idx])
                .collect();
            let itemised_sum: Decimal = itemised.iter().sum();
            let Some(totals) = &area.published_totals else {
                continue;
            };
            let Some(total) = &totals[round_idx] else {
                if !itemised.is_empty() {
                    return Err((
                        format!("area {}", area.number),
                        format!(
                            "published total for round '{}' is missing while {} programs have amounts in it",
                            round.id,
                            itemised.len()
                        ),
                    ));
                }
                continue;
            };
            let tolerance = HALF_STEP * Decimal::from(itemised.len() as u64);
            if itemised_sum > total.amount + tolerance {
                return Err((
                    format!("area {}", area.number),
                    format!(
                        "itemised programs add up to {itemised_sum} in round '{}', more than the published total {}",
                        round.id, total.amount
                    ),
                ));
            }
            published_sum += total.amount;
            n_published += 1;
        }
        if let Some(grand) = &data.grand_totals[round_idx] {
            let tolerance = HALF_STEP * Decimal::from(n_published);
            if published_sum > grand.amount + tolerance {
                return Err((
                    "grand_totals".to_string(),
                    format!(
                        "published area totals add up to {published_sum} in round '{}', more than the grand total {}",
                        round.id, grand.amount
                    ),
                ));
            }
            // Areas without a published total share what is left of the grand total; their
            // itemised programs cannot hold more than that.
            let unpublished_itemised: Decimal = data
                .programs
                .iter()
                .filter(|p| data.areas[p.area_idx].published_totals.is_none())
                .filter_map(|p| p.amounts[round_idx])
                .sum();
            if unpublished_itemised > grand.amount - published_sum + tolerance {
                return Err((
                    "grand_totals".to_string(),
                    format!(
                        "programs in areas without a published total add up to {unpublished_itemised} in round '{}', more than the grand total leaves for them",
                        round.id
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Checks that every quote occurs in `source_text` and holds the figure it backs.
pub fn check_quotes(data: &Dataset, source_text: &str) -> Result<(), (String, String)> {
    let haystack = collapse_whitespace(source_text);
    let find = |record: &str, field: &str, source: &SourceRef| -> Result<(), (String, String)> {
        if haystack.contains(&collapse_whitespace(&source.quote)) {
            Ok(())
        } else {
            Err((
                record.to_string(),
                format!("{field} quote '{}' is not in the source text", source.quote),
            ))
        }
    };
    let holds = |record: &str,
                 field: &str,
                 figure: Decimal,
                 source: &SourceRef|
     -> Result<(), (String, String)> {
        find(record, field, source)?;
        if figures_in(&source.quote).contains(&figure) {
            Ok(())
        } else {
            Err((
                record.to_string(),
                format!(
                    "{field} {figure} does not appear in its quote '{}'",
                    source.quote
                ),
            ))
        }
    };
    let sourced =
        |record: &str, field: &str, s: &Sourced| holds(record, field, s.amount, &s.source);

    for (round, total) in data.rounds.iter().zip(&data.grand_totals) {
        if let Some(total) = total {
            sourced(
                "grand_totals",
                &format!("grand total for '{}'", round.id),
                total,
            )?;
        }
    }
    for area in &data.areas {
        let record = format!("area {}", area.number);
        for (round, total) in data
            .rounds
            .iter()
            .zip(area.published_totals.iter().flatten())
        {
            if let Some(total) = total {
                sourced(
                    &record,
                    &format!("published total for '{}'", round.id),
                    total,
                )?;
            }
        }
    }
    for program in &data.programs {
        let record = format!("program '{}'", program.id);
        find(&record, "amounts_source", &program.amounts_source)?;
        let row = row_figures(&program.amounts_source.quote);
        if row != program.amounts {
            return Err((
                record,
                format!(
                    "amounts {} do not match their summary row '{}', which reads {}",
                    show_row(&program.amounts),
                    program.amounts_source.quote,
                    show_row(&row)
                ),
            ));
        }
        for (i, sub) in program.sub_items.iter().enumerate() {
            for (round, amount) in data.rounds.iter().zip(&sub.amounts) {
                if let Some(amount) = amount {
                    sourced(
                        &record,
                        &format!("sub_items[{i}].amounts.{}", round.id),
                        amount,
                    )?;
                }
            }
        }
        for (i, figure) in program.precise.iter().enumerate() {
            holds(
                &record,
                &format!("precise[{i}]"),
                figure.million_yen,
                &figure.source,
            )?;
        }
        for (i, note) in program.notes.iter().enumerate() {
            find(&record, &format!("notes[{i}]"), &note.source)?;
        }
    }
    Ok(())
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn show_row(row: &[Option<Decimal>]) -> String {
    let cells: Vec<String> = row
        .iter()
        .map(|a| a.map_or_else(|| "—".to_string(), |d| d.to_string()))
        .collect();
    format!("[{}]", cells.join(", "))
}

/// A number as the extraction prints it: digits with `,` and `.`, and stray spaces inside
/// (`2, 126. 2`). Returns the number and the index just after it.
fn scan_number(chars: &[char], start: usize) -> (Option<Decimal>, usize) {
    let mut end = start;
    while end < chars.len()
        && (chars[end].is_ascii_digit() || matches!(chars[end], ',' | '.' | ' '))
    {
        // A space only continues a number when a digit, `,` or `.` follows it.
        if chars[end] == ' '
            && !chars
                .get(end + 1)
                .is_some_and(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
        {
            break;
        }
        end += 1;
    }
    let text: String = chars[start..end]
        .iter()
        .filter(|c| !matches!(c, ' ' | ','))
        .collect();
    let text = text.trim_end_matches('.');
    (text.parse::<Decimal>().ok(), end)
}

/// Every number in a quote.
fn figures_in(quote: &str) -> Vec<Decimal> {
    let chars: Vec<char> = quote.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let (number, end) = scan_number(&chars, i);
            out.extend(number);
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// The cells of a summary-table row: each `N億円` is an amount, each `—` an absent one.
fn row_figures(quote: &str) -> Vec<Option<Decimal>> {
    let chars: Vec<char> = quote.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '—' {
            out.push(None);
            i += 1;
        } else if chars[i].is_ascii_digit() {
            let (number, mut end) = scan_number(&chars, i);
            while chars.get(end) == Some(&' ') {
                end += 1;
            }
            if chars.get(end) == Some(&'億') && chars.get(end + 1) == Some(&'円') {
                out.push(number);
            }
            i = end;
        } else {
            i += 1;
        }
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
    fn reads_a_summary_row_with_dashes_and_spaced_numbers() {
        assert_eq!(
            row_figures("23.4億円 — 23.5億円"),
            vec![Some(d("23.4")), None, Some(d("23.5"))]
        );
        assert_eq!(
            row_figures("【防衛省】情報システムの防護\t1,064.0億円\t—\t477.4億円"),
            vec![Some(d("1064.0")), None, Some(d("477.4"))]
        );
        assert_eq!(
            figures_in("令和5年度補正予算 238. 9 億円"),
            vec![d("5"), d("238.9")]
        );
        assert_eq!(
            figures_in("令和6年度予算額 2, 126. 2 億円"),
            vec![d("6"), d("2126.2")]
        );
    }
}
