//! The accessibility statement: the web accessibility policy and the test results a
//! ministry hosting or embedding the explorer can point to (JIS X 8341-3:2016 level AA, as
//! 総務省's みんなの公共サイト運用ガイドライン asks), written at build time as two static
//! pages, `accessibility.html` (Japanese) and `accessibility-en.html` (English), by the
//! `accessibility-statement` Trunk hook (`src/bin/accessibility-statement.rs`).
//!
//! Nothing in it is typed by hand about the results: the criteria come from
//! `accessibility/criteria.json`, each criterion's result, method and the views tested from
//! `accessibility/results.json`, which `tests/e2e/a11y-results.mjs` writes from a run of the
//! browser tests and the hand-checks of `accessibility/manual.json` (and CI checks it
//! against every run). The 対応度 (準拠, 一部準拠, 配慮) follows from the results
//! ([`Results::conformance`]). The contact is a build-time setting ([`Contact`]).
//!
//! Native only: it reads JSON with serde, at build time.

mod page;
mod words;

use serde::Deserialize;

pub use page::{page, Assets, STYLESHEET, STYLESHEET_FILE};

/// One success criterion of the statement's table: every level A and AA criterion of
/// JIS X 8341-3:2016 (WCAG 2.0), and the WCAG 2.1/2.2 criteria the tests add.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Its number, "1.4.10".
    pub id: String,
    /// "A" or "AA".
    pub level: String,
    /// The WCAG version that added it: "2.0" (so in JIS X 8341-3:2016), "2.1" or "2.2".
    pub wcag: String,
    /// Its name in JIS X 8341-3:2016 (for 2.1/2.2, WAIC's translation).
    pub ja: String,
    /// Its name in WCAG.
    pub en: String,
}

/// `accessibility/criteria.json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriteriaFile {
    /// In the order of the standard.
    pub criteria: Vec<Criterion>,
}

/// A text in both languages.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Both {
    /// Japanese.
    pub ja: String,
    /// English.
    pub en: String,
}

/// What a criterion's tests and checks found.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// 適合: met.
    Pass,
    /// 不適合: not met.
    Fail,
    /// 適用なし: nothing on the pages it applies to (met, in the standard's terms).
    NotApplicable,
    /// Neither a test nor a check stands behind it.
    Untested,
}

/// A check done by hand: who, when, and what was looked at.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ManualCheck {
    /// Who checked (a team or role, never a made-up name).
    pub by: Both,
    /// YYYY-MM-DD.
    pub date: String,
    /// What was checked and how, or why the criterion does not apply.
    pub note: Both,
}

/// One criterion's row of the results.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CriterionResult {
    /// The criterion's number.
    pub id: String,
    /// The result.
    pub result: Outcome,
    /// The automated tests behind it, as `file › name`, all of which passed in the run
    /// the results come from (unless the result is a failure).
    pub tests: Vec<String>,
    /// The check by hand, if any.
    pub manual: Option<ManualCheck>,
}

/// The browser and tools the tests ran with.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Tools {
    /// `chromium --version`.
    pub chromium: String,
    /// The axe-core package's version.
    pub axe_core: String,
    /// The playwright-core package's version.
    pub playwright_core: String,
    /// `node --version`.
    pub node: String,
}

/// One page (a view of the explorer, or a statement page) the tests opened.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct TestedView {
    /// The address relative to the explorer's folder: a query (`?lang=en`, `` for the
    /// default view) or a file name.
    pub address: String,
    /// The page's language, "ja" or "en".
    pub lang: String,
    /// Full page, embed, statement…
    pub layout: String,
    /// Tested with JavaScript off.
    pub no_script: bool,
    /// Why it was chosen.
    pub why: Both,
}

/// `accessibility/results.json`: one run of the tests.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Results {
    /// The day of the run, YYYY-MM-DD.
    pub tested_on: String,
    /// The commit tested.
    pub commit: String,
    /// Whether the working tree had changes not in that commit (beside the results).
    pub commit_modified: bool,
    /// Browser and tools.
    pub tools: Tools,
    /// The pages tested.
    pub views: Vec<TestedView>,
    /// One row per criterion, in the order of [`CriteriaFile`].
    pub criteria: Vec<CriterionResult>,
}

/// The 対応度 of the WAIC guideline (ウェブコンテンツの JIS X 8341-3:2016 対応度表記ガイドライン).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conformance {
    /// 準拠: tested as 附属書JB describes, every criterion of the target level met.
    Full,
    /// 一部準拠: tested as 附属書JB describes, some criteria not met.
    Partial,
    /// 配慮: some criteria neither tested nor checked.
    Considered,
}

impl Results {
    /// Reads `results.json` and checks it against the criteria: one row per criterion, in
    /// their order, and a result that agrees with what stands behind it.
    pub fn parse(json: &str, criteria: &[Criterion]) -> Result<Self, String> {
        let results: Results = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let ids: Vec<&str> = results.criteria.iter().map(|c| c.id.as_str()).collect();
        let expected: Vec<&str> = criteria.iter().map(|c| c.id.as_str()).collect();
        if ids != expected {
            return Err(format!(
                "the criteria are {ids:?}, not those of criteria.json ({expected:?})"
            ));
        }
        for row in &results.criteria {
            let backed = !row.tests.is_empty() || row.manual.is_some();
            if (row.result == Outcome::Untested) == backed {
                return Err(format!(
                    "{}: a result of {:?} with {} tests and {} check by hand",
                    row.id,
                    row.result,
                    row.tests.len(),
                    if row.manual.is_some() { "a" } else { "no" }
                ));
            }
        }
        if results.views.is_empty() {
            return Err("no pages were tested".to_string());
        }
        Ok(results)
    }

    /// The 対応度 the results allow: 準拠 when every criterion is met or does not apply,
    /// 一部準拠 when some are not met, 配慮 when some were not tested at all.
    pub fn conformance(&self) -> Conformance {
        let any = |outcome| self.criteria.iter().any(|c| c.result == outcome);
        if any(Outcome::Untested) {
            Conformance::Considered
        } else if any(Outcome::Fail) {
            Conformance::Partial
        } else {
            Conformance::Full
        }
    }

    /// How many criteria have `outcome`.
    pub fn count(&self, outcome: Outcome) -> usize {
        self.criteria.iter().filter(|c| c.result == outcome).count()
    }
}

impl CriteriaFile {
    /// Reads `criteria.json`.
    pub fn parse(json: &str) -> Result<Self, String> {
        let file: CriteriaFile = serde_json::from_str(json).map_err(|e| e.to_string())?;
        if file.criteria.is_empty() {
            return Err("no criteria".to_string());
        }
        Ok(file)
    }
}

/// Where a reader reports a barrier: the host's own contact, set at build time
/// (`CBE_A11Y_CONTACT_JA`, `CBE_A11Y_CONTACT_EN`, `CBE_A11Y_CONTACT_URL`; README,
/// "Accessibility"). Without it the page tells the reader to use the contact of the
/// organisation whose site shows the page: an address is never made up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    /// The contact in Japanese (who to write to, and how).
    pub ja: Option<String>,
    /// The contact in English.
    pub en: Option<String>,
    /// A link to write to: `https://`, `http://` or `mailto:`.
    pub url: Option<String>,
}

impl Contact {
    /// The contact from the three settings (an empty one counts as unset); an address
    /// that is not a web or mail link is refused.
    pub fn new(
        ja: Option<String>,
        en: Option<String>,
        url: Option<String>,
    ) -> Result<Self, String> {
        let set = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let url = set(url);
        if let Some(url) = &url {
            let scheme_ok = ["https://", "http://", "mailto:"]
                .iter()
                .any(|s| url.len() > s.len() && url.starts_with(s));
            if !scheme_ok || url.chars().any(char::is_whitespace) {
                return Err(format!(
                    "CBE_A11Y_CONTACT_URL '{url}' is not an https://, http:// or mailto: address"
                ));
            }
        }
        Ok(Contact {
            ja: set(ja),
            en: set(en),
            url,
        })
    }

    /// Whether the host gave any contact.
    pub fn is_set(&self) -> bool {
        self.ja.is_some() || self.en.is_some() || self.url.is_some()
    }
}

#[cfg(test)]
mod tests;
