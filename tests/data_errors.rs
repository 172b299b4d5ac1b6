//! Broken data files fail with a message naming the file, the record and the field.
//!
//! Each test breaks one thing in a copy of the real edition and asserts the whole message.

use cyber_budget_explorer::budget::check::check_quotes;
use cyber_budget_explorer::budget::load_edition;
use serde_json::Value;

const FILE: &str = "data/editions/fy2024.json";
const REAL: &str = include_str!("../data/editions/fy2024.json");
const SOURCE: &str = include_str!("../data/source/nisc-fy2024-budget.txt");

fn edition() -> Value {
    serde_json::from_str(REAL).unwrap()
}

fn program<'a>(value: &'a mut Value, id: &str) -> &'a mut Value {
    value["programs"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|p| p["id"] == id)
        .unwrap()
}

fn error_of(value: &Value) -> String {
    match load_edition(FILE, &serde_json::to_string_pretty(value).unwrap()) {
        Ok(_) => "loaded without error".to_string(),
        Err(e) => e.to_string(),
    }
}

#[test]
fn the_real_edition_loads_and_every_quote_is_in_the_source() {
    let data = load_edition(FILE, REAL).unwrap();
    assert_eq!(check_quotes(&data, SOURCE), Ok(()));
}

#[test]
fn an_amount_that_is_not_a_decimal() {
    let mut v = edition();
    program(&mut v, "mod-rmf")["amounts"]["fy2024-initial"] = "29O.8".into();
    assert_eq!(
        error_of(&v),
        "data/editions/fy2024.json: program 'mod-rmf': amount '29O.8' is not a decimal (round 'fy2024-initial')"
    );
}

#[test]
fn amounts_must_be_plain_non_negative_decimal_strings() {
    for bad in ["-1.0", "1e3", "1,064.0", " 2.0", "", ".5"] {
        let mut v = edition();
        program(&mut v, "mod-rmf")["amounts"]["fy2023-initial"] = bad.into();
        assert_eq!(
            error_of(&v),
            format!("data/editions/fy2024.json: program 'mod-rmf': amount '{bad}' is not a decimal (round 'fy2023-initial')")
        );
    }
    // A JSON number would pass through a float: refused by the shape.
    let mut v = edition();
    program(&mut v, "mod-rmf")["amounts"]["fy2023-initial"] = serde_json::json!(301.1);
    assert!(error_of(&v).starts_with("data/editions/fy2024.json: is not a valid data file: invalid type: floating point `301.1`, expected a string"));
}

#[test]
fn a_missing_round_must_be_written_as_null() {
    let mut v = edition();
    program(&mut v, "mod-rmf")["amounts"]
        .as_object_mut()
        .unwrap()
        .remove("fy2023-supplementary");
    assert_eq!(
        error_of(&v),
        "data/editions/fy2024.json: program 'mod-rmf': amount for round 'fy2023-supplementary' is missing: write null where the source has '—'"
    );
}

#[test]
fn references_must_resolve() {
    let mut v = edition();
    program(&mut v, "mod-rmf")["ministry"] = "mox".into();
    assert_eq!(
        error_of(&v),
        "data/editions/fy2024.json: program 'mod-rmf': ministry 'mox' is not in `ministries`"
    );

    let mut v = edition();
    program(&mut v, "mod-rmf")["area"] = 9.into();
    assert_eq!(
        error_of(&v),
        "data/editions/fy2024.json: program 'mod-rmf': area 9 is not in `areas`"
    );

    let mut v = edition();
    program(&mut v, "mod-rmf")["amounts"]["fy2025-initial"] = "1.0".into();
    assert_eq!(
        error_of(&v),
        "data/editions/fy2024.json: program 'mod-rmf': amounts name round 'fy2025-initial', which is not in `rounds`"
    );
}

#[test]
fn ids_are_unique_and_well_formed() {
    let mut v = edition();
    program(&mut v, "mod-rmf")["id"] = "mod-system-protection".into();
    assert_eq!(
        error_of(&v),
        "data/editions/fy2024.json: program 'mod-system-protection': id is used twice"
    );

    let mut v = edition();
    program(&mut v, "mod-rmf")["id"] = "Mod RMF".into();
    assert_eq!(
        error_of(&v),
        "data/editions/fy2024.json: program 'Mod RMF': id 'Mod RMF' must be lowercase letters, digits and '-'"
    );
}

#[test]
fn a_misspelt_field_is_refused_with_its_line() {
    let text = REAL.replacen("\"amounts_source\"", "\"amount_source\"", 1);
    let error = load_edition(FILE, &text).unwrap_err().to_string();
    assert!(
        error.starts_with(
            "data/editions/fy2024.json: is not a valid data file: unknown field `amount_source`"
        ),
        "{error}"
    );
    assert!(error.contains(" at line "), "{error}");
}

#[test]
fn itemised_programs_cannot_exceed_their_area_total() {
    let mut v = edition();
    program(&mut v, "mod-system-protection")["amounts"]["fy2024-initial"] = "2064.0".into();
    assert_eq!(
        error_of(&v),
        "data/editions/fy2024.json: area 3: itemised programs add up to 2507.9 in round 'fy2024-initial', more than the published total 1522.1"
    );
}

#[test]
fn area_totals_cannot_exceed_the_grand_total() {
    let mut v = edition();
    v["grand_totals"]["fy2023-initial"]["amount"] = "1000.0".into();
    assert_eq!(
        error_of(&v),
        "data/editions/fy2024.json: grand_totals: published area totals add up to 1342.1 in round 'fy2023-initial', more than the grand total 1000.0"
    );
}

#[test]
fn an_unknown_format_is_refused() {
    let mut v = edition();
    v["format"] = 2.into();
    assert_eq!(
        error_of(&v),
        "data/editions/fy2024.json: format 2 is not supported: this build reads format 1"
    );
}

#[test]
fn a_figure_must_stand_in_its_quote_and_the_quote_in_the_source() {
    let check = |v: &Value| {
        let data = load_edition(FILE, &serde_json::to_string(v).unwrap()).unwrap();
        check_quotes(&data, SOURCE)
            .map_err(|(record, problem)| format!("{FILE}: {record}: {problem}"))
    };
    let mut v = edition();
    program(&mut v, "mod-rmf")["amounts"]["fy2023-initial"] = "301.2".into();
    assert_eq!(
        check(&v),
        Err("data/editions/fy2024.json: program 'mod-rmf': amounts [290.8, —, 301.2] do not match their summary row '【防衛省】リスク管理枠組み（RMF）の導入 290.8億円 — 301.1億円', which reads [290.8, —, 301.1]".to_string())
    );
    let mut v = edition();
    program(&mut v, "mod-rmf")["amounts_source"]["quote"] =
        "【防衛省】RMF 290.8億円 — 301.1億円".into();
    assert_eq!(
        check(&v),
        Err("data/editions/fy2024.json: program 'mod-rmf': amounts_source quote '【防衛省】RMF 290.8億円 — 301.1億円' is not in the source text".to_string())
    );
    let mut v = edition();
    v["grand_totals"]["fy2024-initial"]["amount"] = "2126.3".into();
    v["areas"][0]["published_totals"]["fy2024-initial"]["amount"] = "63.3".into();
    assert_eq!(
        check(&v),
        Err("data/editions/fy2024.json: grand_totals: grand total for 'fy2024-initial' 2126.3 does not appear in its quote '令和6年度予算額 2,126.2億円'".to_string())
    );
}

#[test]
fn a_newer_edition_added_as_a_file_is_the_one_shown() {
    use cyber_budget_explorer::dataset::latest_of;
    // A stand-in for next year's file: the same shape, one fiscal year later.
    let mut next = edition();
    next["edition"]["id"] = "fy2025".into();
    for (round, year) in next["rounds"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .zip([2025, 2024, 2024])
    {
        round["fiscal_year"] = year.into();
    }
    // Round ids move one year on everywhere they are used (in this order, so none collide).
    let renamed = serde_json::to_string(&next)
        .unwrap()
        .replace("fy2024-initial", "fy2025-initial")
        .replace("fy2023-supplementary", "fy2024-supplementary")
        .replace("fy2023-initial", "fy2024-initial");
    let shown = latest_of(&[(FILE, REAL), ("data/editions/fy2025.json", &renamed)]).unwrap();
    assert_eq!(shown.edition.id, "fy2025");
    assert_eq!(shown.fiscal_years(), vec![2025, 2024]);
    // Order of the files does not matter.
    let shown = latest_of(&[("data/editions/fy2025.json", &renamed), (FILE, REAL)]).unwrap();
    assert_eq!(shown.edition.id, "fy2025");
    // And a broken one among them still names itself.
    let error = latest_of(&[(FILE, REAL), ("data/editions/fy2025.json", "{")]).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("data/editions/fy2025.json: is not a valid data file"),
        "{error}"
    );
}

#[test]
fn a_published_total_that_is_not_a_decimal() {
    let mut v = edition();
    v["grand_totals"]["fy2024-initial"]["amount"] = "21X6.2".into();
    assert_eq!(
        error_of(&v),
        "data/editions/fy2024.json: grand_totals: grand total '21X6.2' is not a decimal (round 'fy2024-initial')"
    );
    let mut v = edition();
    v["areas"][2]["published_totals"]["fy2023-initial"]["amount"] = "878,0".into();
    assert_eq!(
        error_of(&v),
        "data/editions/fy2024.json: area 3: published total '878,0' is not a decimal (round 'fy2023-initial')"
    );
}

#[test]
fn the_citation_needs_an_iso_date_and_an_https_link() {
    let mut v = edition();
    v["edition"]["citation"]["date"] = Value::from("2024/07/10");
    assert_eq!(
        error_of(&v),
        "data/editions/fy2024.json: edition 'fy2024': citation.date '2024/07/10' is not an ISO date (YYYY-MM-DD)"
    );
    let mut v = edition();
    v["edition"]["citation"]["url"] = Value::from("javascript:alert(1)");
    assert_eq!(
        error_of(&v),
        "data/editions/fy2024.json: edition 'fy2024': citation.url 'javascript:alert(1)' is not an https URL"
    );
    let mut v = edition();
    v["edition"]["citation"]["meeting"]["en"] = Value::from(" ");
    assert_eq!(
        error_of(&v),
        "data/editions/fy2024.json: edition 'fy2024': citation.meeting.en is empty"
    );
}

/// Views add program amounts as whole yen (src/budget/yen.rs): an amount finer than a yen
/// or beyond 2^63 yen is refused with the reason, by the loader and by the decoder.
#[test]
fn program_amounts_are_whole_yen() {
    for bad in ["290.800000001", "99999999999"] {
        let mut v = edition();
        program(&mut v, "mod-rmf")["amounts"]["fy2023-initial"] = bad.into();
        assert_eq!(
            error_of(&v),
            format!("data/editions/fy2024.json: program 'mod-rmf': amount '{bad}' is negative, has more than 8 decimals (a fraction of a yen) or is too large to add exactly (round 'fy2023-initial')")
        );
    }
    use cyber_budget_explorer::budget::codec::{decode, encode};
    use std::str::FromStr;
    let mut data = load_edition(FILE, REAL).unwrap();
    data.programs[0].amounts[0] = Some(rust_decimal::Decimal::from_str("0.123456789").unwrap());
    assert_eq!(
        decode(&encode(&data)).unwrap_err().to_string(),
        "the embedded data cannot be read: amount not in whole yen"
    );
}

/// The wasm reads the newest edition from the compact form `build.rs` wrote: it must be
/// exactly what the JSON loader reads from the file.
#[test]
fn the_compact_form_is_the_validated_edition() {
    use cyber_budget_explorer::budget::codec::{decode, encode};
    use cyber_budget_explorer::dataset::{latest_edition, latest_of, EMBEDDED_EDITIONS};
    let from_json = latest_of(EMBEDDED_EDITIONS).unwrap();
    assert_eq!(latest_edition().unwrap(), from_json);
    let real = load_edition(FILE, REAL).unwrap();
    let bytes = encode(&real);
    assert_eq!(decode(&bytes).unwrap(), real);
    // Much smaller than the JSON (no keys, amounts as integers).
    assert!(bytes.len() * 10 < REAL.len() * 8, "{} bytes", bytes.len());
    // Every cut of the bytes is an error, never a panic or a partial dataset.
    for len in (0..bytes.len()).step_by(61) {
        assert!(decode(&bytes[..len]).is_err(), "cut at {len}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(decode(&longer).is_err());
}
