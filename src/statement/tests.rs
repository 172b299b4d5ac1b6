use super::*;
use crate::budget::Lang;

const CRITERIA: &str = include_str!("../../accessibility/criteria.json");
const RESULTS: &str = include_str!("../../accessibility/results.json");

fn criteria() -> Vec<Criterion> {
    CriteriaFile::parse(CRITERIA).unwrap().criteria
}

fn assets() -> Assets {
    Assets {
        stylesheet: "style-abc.css".to_string(),
        icon: None,
    }
}

/// The committed results, with `edit` applied to the JSON value first.
fn results_with(edit: impl FnOnce(&mut serde_json::Value)) -> Result<Results, String> {
    let mut value: serde_json::Value = serde_json::from_str(RESULTS).unwrap();
    edit(&mut value);
    Results::parse(&value.to_string(), &criteria())
}

#[test]
fn the_table_lists_every_a_and_aa_criterion_of_jis_x_8341_3_and_the_four_later_ones() {
    let criteria = criteria();
    let jis: Vec<&str> = criteria
        .iter()
        .filter(|c| c.wcag == "2.0")
        .map(|c| c.id.as_str())
        .collect();
    // WCAG 2.0 = JIS X 8341-3:2016: 25 criteria at level A, 13 at AA.
    assert_eq!(jis.len(), 38);
    assert_eq!(
        criteria
            .iter()
            .filter(|c| c.wcag == "2.0" && c.level == "A")
            .count(),
        25
    );
    let later: Vec<&str> = criteria
        .iter()
        .filter(|c| c.wcag != "2.0")
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(later, ["1.4.10", "1.4.12", "1.4.13", "2.5.8"]);
    assert!(criteria
        .iter()
        .any(|c| c.id == "4.1.1" && c.ja == "構文解析"));
}

#[test]
fn the_committed_results_cover_every_criterion_and_each_result_has_something_behind_it() {
    let results = Results::parse(RESULTS, &criteria()).unwrap();
    assert_eq!(results.criteria.len(), 42);
    for row in &results.criteria {
        assert_ne!(row.result, Outcome::Untested, "{}", row.id);
        if let Some(manual) = &row.manual {
            assert_eq!(manual.date.len(), 10, "{}: YYYY-MM-DD", row.id);
            assert!(!manual.by.ja.is_empty() && !manual.note.en.is_empty());
        }
    }
}

#[test]
fn the_conformance_follows_the_results() {
    let all_met = results_with(|_| {}).unwrap();
    assert_eq!(all_met.conformance(), Conformance::Full);
    let one_failed = results_with(|v| v["criteria"][14]["result"] = "fail".into()).unwrap();
    assert_eq!(one_failed.conformance(), Conformance::Partial);
    let untested = results_with(|v| {
        let row = &mut v["criteria"][3];
        row["result"] = "untested".into();
        row["tests"] = serde_json::json!([]);
        row["manual"] = serde_json::Value::Null;
    })
    .unwrap();
    assert_eq!(untested.conformance(), Conformance::Considered);
    let page = page(
        Lang::Ja,
        &criteria(),
        &one_failed,
        &Contact::default(),
        &assets(),
    );
    assert!(page.contains("適合レベル AA に一部準拠しています"));
    assert!(page.contains("<td class=\"result-fail\">不適合</td>"));
    let page = page_en(&untested);
    assert!(page.contains("made with JIS X 8341-3:2016 level AA in mind"));
}

fn page_en(results: &Results) -> String {
    page(
        Lang::En,
        &criteria(),
        results,
        &Contact::default(),
        &assets(),
    )
}

#[test]
fn results_that_do_not_match_the_criteria_or_claim_without_backing_are_refused() {
    let missing = results_with(|v| {
        v["criteria"].as_array_mut().unwrap().remove(0);
    });
    assert!(missing.unwrap_err().starts_with("the criteria are"));
    let unbacked = results_with(|v| {
        let row = &mut v["criteria"][0];
        row["tests"] = serde_json::json!([]);
        row["manual"] = serde_json::Value::Null;
    });
    assert_eq!(
        unbacked.unwrap_err(),
        "1.1.1: a result of Pass with 0 tests and no check by hand"
    );
    let unknown = results_with(|v| v["extra"] = 1.into());
    assert!(unknown.unwrap_err().contains("unknown field `extra`"));
}

#[test]
fn each_page_states_the_policy_the_results_and_the_contact_in_its_language() {
    let results = Results::parse(RESULTS, &criteria()).unwrap();
    let ja = page(
        Lang::Ja,
        &criteria(),
        &results,
        &Contact::default(),
        &assets(),
    );
    assert!(ja.starts_with("<!doctype html>\n<html lang=\"ja\">"));
    assert!(ja.contains("<link rel=\"stylesheet\" href=\"style-abc.css\">"));
    assert!(
        !ja.contains("<script") && !ja.contains("style=\""),
        "no script, no inline style"
    );
    for heading in ["ウェブアクセシビリティ方針", "試験結果", "お問い合わせ"]
    {
        assert!(ja.contains(&format!(">{heading}</h2>")), "{heading}");
    }
    assert!(ja.contains("JIS X 8341-3:2016 の適合レベル AA に準拠しています。"));
    assert!(ja.contains(&format!("<dd>{}</dd>", results.tested_on)));
    assert!(ja.contains(&format!("<code>{}</code>", results.commit)));
    // A row per criterion, the test names in English.
    assert_eq!(ja.matches("<tr id=\"sc-").count(), 42);
    assert!(ja.contains("<th scope=\"row\">1.4.10 リフロー</th><td>AA（WCAG 2.1）</td>"));
    assert!(ja.contains("4.1.2 名前（<code>name</code>）"));
    assert!(ja.contains("<ul class=\"tests\" lang=\"en\">"));
    // The way back, the other language, relative links only.
    assert!(ja.contains("<a href=\"./\">予算エクスプローラーに戻る</a>"));
    assert!(ja.contains(
        "href=\"accessibility-en.html\" hreflang=\"en\" lang=\"en\" aria-label=\"Switch to English\">English</a>"
    ));
    assert!(!ja.contains("href=\"/") && !ja.contains("href=\"http"));
    // No contact was set: the reader is sent to the host's own, no address is made up.
    assert!(ja.contains("<p id=\"contact-details\">このページを掲載しているサイト（府省庁など）の問い合わせ窓口にお知らせください。</p>"));
    assert!(!ja.contains("mailto:") && !ja.contains('@'));

    let en = page_en(&results);
    assert!(en.starts_with("<!doctype html>\n<html lang=\"en\">"));
    assert!(en.contains("conforms to JIS X 8341-3:2016 level AA (<span lang=\"ja\">準拠</span>)."));
    assert!(en.contains("<a href=\"./?lang=en\">Back to the budget explorer</a>"));
    assert!(en.contains("<th scope=\"row\">1.4.10 Reflow</th><td>AA (WCAG 2.1)</td>"));
    assert!(en.contains(
        "<p id=\"contact-details\">the contact of the organisation (such as a ministry) whose website shows this page.</p>"
    ));
}

#[test]
fn the_hosts_contact_is_shown_escaped_and_in_its_own_language() {
    let results = Results::parse(RESULTS, &criteria()).unwrap();
    let contact = Contact::new(
        Some("デジタル庁 ウェブ担当 <窓口>".to_string()),
        None,
        Some("mailto:web@example.go.jp".to_string()),
    )
    .unwrap();
    let ja = page(Lang::Ja, &criteria(), &results, &contact, &assets());
    assert!(ja.contains(
        "<address id=\"contact-details\"><p>デジタル庁 ウェブ担当 &lt;窓口&gt;</p>\
        <p><a href=\"mailto:web@example.go.jp\">web@example.go.jp</a></p></address>"
    ));
    // The English page has only the Japanese text: shown, marked as Japanese.
    let en = page(Lang::En, &criteria(), &results, &contact, &assets());
    assert!(en.contains("<p lang=\"ja\">デジタル庁 ウェブ担当 &lt;窓口&gt;</p>"));
    // Empty settings are unset; an address that is not a link is refused.
    assert!(!Contact::new(Some("  ".into()), None, Some(String::new()))
        .unwrap()
        .is_set());
    for bad in [
        "javascript:alert(1)",
        "web@example.go.jp",
        "https://",
        "https://a b",
    ] {
        assert!(Contact::new(None, None, Some(bad.into())).is_err(), "{bad}");
    }
}
