//! The validated dataset: what one edition of the source says, with money as `Decimal`.
//!
//! Everything here is produced by `load.rs` from a data file; nothing is computed.
//! Indices (`round_idx`, `area_idx`, `ministry_idx`, `program_idx`) are positions in
//! the vectors of one [`Dataset`], which is why they stay valid for its lifetime.

use rust_decimal::Decimal;

use super::names::named_enum;

named_enum! {
    /// A language the explorer speaks; its name is the BCP 47 tag used for `<html lang>`
    /// and the `lang` URL parameter.
    #[derive(Default)]
    pub enum Lang {
        /// Japanese, the source's language and the default.
        #[default]
        Ja = "ja",
        /// English.
        En = "en",
    }
}

/// A text in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    /// Japanese.
    pub ja: String,
    /// English.
    pub en: String,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }
}

/// Where in the source a figure stands: the page and the words as extracted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRef {
    /// Page of the source PDF (see data/README.md for how pages are counted).
    pub page: u16,
    /// The passage of the extracted text that holds the figure, verbatim.
    pub quote: String,
}

/// A published figure and where it was published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sourced {
    /// Amount in 億円 (100 million yen).
    pub amount: Decimal,
    /// Where the source states it.
    pub source: SourceRef,
}

named_enum! {
    /// Whether a budget round is the initial budget or a supplementary one; its name is the
    /// identifier used in data files.
    #[derive(PartialOrd, Ord)]
    pub enum BudgetKind {
        /// 当初予算: passed before the fiscal year starts.
        Initial = "initial",
        /// 補正予算: added during the fiscal year.
        Supplementary = "supplementary",
    }
}

/// One budget round of an edition, such as FY2024 initial.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Round {
    /// Stable id, `fy2024-initial`.
    pub id: String,
    /// Japanese fiscal year (April to March) in the western calendar: 2024 = 令和6年度.
    pub fiscal_year: u16,
    /// Initial or supplementary.
    pub kind: BudgetKind,
    /// Display name.
    pub name: Text,
}

/// A strategy area (分野) of the Cybersecurity Strategy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Area {
    /// The number the source gives the area, 1 to 6.
    pub number: u8,
    /// Display name.
    pub name: Text,
    /// The published total per round (indexed by `round_idx`), or `None` where the source
    /// publishes no total for this area at all (areas 5 and 6 of the FY2024 edition).
    pub published_totals: Option<Vec<Option<Sourced>>>,
}

/// A ministry or agency (府省庁).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ministry {
    /// Stable id, such as `mod`.
    pub id: String,
    /// Display name.
    pub name: Text,
}

/// A more precise figure a program page gives in 百万円 (million yen).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreciseFigure {
    /// What the figure is of (the round's name as the page puts it).
    pub label: Text,
    /// Amount in 百万円.
    pub million_yen: Decimal,
    /// Where the page states it.
    pub source: SourceRef,
}

/// A part of a program that its page prices separately.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubItem {
    /// Display name.
    pub name: Text,
    /// Amount per round in 億円 (indexed by `round_idx`); absent where the page gives none.
    pub amounts: Vec<Option<Sourced>>,
}

/// Something the program page says that differs from, or adds to, the summary table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// The note itself.
    pub text: Text,
    /// Where the page says it.
    pub source: SourceRef,
}

/// One itemised program (施策例) of the summary table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Program {
    /// Stable id, `mod-rmf`.
    pub id: String,
    /// Index of its ministry in [`Dataset::ministries`].
    pub ministry_idx: usize,
    /// Index of its strategy area in [`Dataset::areas`].
    pub area_idx: usize,
    /// Display name.
    pub name: Text,
    /// Amount per round in 億円 (indexed by `round_idx`); `None` is the source's `—`, never zero.
    pub amounts: Vec<Option<Decimal>>,
    /// The summary-table row the amounts come from.
    pub amounts_source: SourceRef,
    /// The page that describes the program, where there is one.
    pub detail_page: Option<u16>,
    /// What the program does, in our own words.
    pub description: Text,
    /// Who carries it out (事業主体), where the page says.
    pub executing_body: Option<Text>,
    /// How the money flows (事業スキーム), where the page says.
    pub scheme: Option<Text>,
    /// Planned years (計画年度), where the page says.
    pub plan_years: Option<Text>,
    /// Outcome target (成果目標), where the page says.
    pub outcome: Option<Text>,
    /// Parts priced separately on the page.
    pub sub_items: Vec<SubItem>,
    /// Figures in 百万円 the page gives.
    pub precise: Vec<PreciseFigure>,
    /// Where the page differs from the summary table, or adds context.
    pub notes: Vec<Note>,
}

/// Resident population used for per-resident amounts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Population {
    /// Number of residents.
    pub residents: Decimal,
    /// Reference date, ISO 8601.
    pub as_of: String,
    /// Who published the figure and where.
    pub source: Text,
}

/// Facts about the edition as a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edition {
    /// Stable id, `fy2024`.
    pub id: String,
    /// Title of the source document.
    pub title: Text,
    /// Who published it.
    pub publisher: Text,
    /// The licence the source is published under, and what reuse requires.
    pub licence: Text,
    /// Path, from the repository root, of the extracted text every quote is checked against.
    pub source_text: String,
    /// The source's own rounding and scope notes (注1, 注2).
    pub source_notes: Vec<Text>,
    /// Where and when the source was published, for citations and source links.
    pub citation: Citation,
}

/// The facts a citation of the source needs: which document of which meeting, when, where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    /// The document as the meeting lists it, `資料3`.
    pub document: Text,
    /// Its title as listed there.
    pub title: Text,
    /// Who published it (the meeting's secretariat).
    pub publisher: Text,
    /// The body that met, `サイバーセキュリティ戦略本部`.
    pub body: Text,
    /// The meeting, `第41回会合`.
    pub meeting: Text,
    /// The meeting's date, ISO 8601 (`2024-07-10`).
    pub date: String,
    /// The public page listing the document (https).
    pub url: String,
}

/// One edition of the source, validated: every reference resolves, every amount is a decimal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dataset {
    /// The document.
    pub edition: Edition,
    /// Budget rounds, newest first as the source orders them.
    pub rounds: Vec<Round>,
    /// Published grand total per round (indexed by `round_idx`).
    pub grand_totals: Vec<Option<Sourced>>,
    /// Strategy areas in the source's order.
    pub areas: Vec<Area>,
    /// Ministries and agencies.
    pub ministries: Vec<Ministry>,
    /// Itemised programs in the source's order.
    pub programs: Vec<Program>,
    /// Population for per-resident amounts.
    pub population: Population,
}

impl Dataset {
    /// Index of the ministry with this id.
    pub fn ministry_idx(&self, id: &str) -> Option<usize> {
        self.ministries.iter().position(|m| m.id == id)
    }

    /// Index of the area with this number.
    pub fn area_idx(&self, number: u8) -> Option<usize> {
        self.areas.iter().position(|a| a.number == number)
    }

    /// Index of the program with this id.
    pub fn program_idx(&self, id: &str) -> Option<usize> {
        self.programs.iter().position(|p| p.id == id)
    }

    /// The fiscal years that have at least one round, newest first.
    pub fn fiscal_years(&self) -> Vec<u16> {
        let mut years: Vec<u16> = self.rounds.iter().map(|r| r.fiscal_year).collect();
        super::sort::stable_sort_by(&mut years, |a, b| b.cmp(a));
        years.dedup();
        years
    }

    /// The newest fiscal year of the edition.
    pub fn latest_fiscal_year(&self) -> u16 {
        self.fiscal_years().first().copied().unwrap_or_default()
    }
}
