//! A compact binary form of a validated [`Dataset`], so the browser gets the data without
//! a JSON parser.
//!
//! `build.rs` validates every edition with [`super::load`] (which keeps the file, record and
//! field in its messages) and writes the newest one with [`encode`]; the wasm embeds those
//! bytes and reads them with [`decode`]. The JSON parser, the serde machinery and the
//! loader's checks then stay in the build and the native tests (they were about 100 KB of
//! the wasm, and the JSON text a further 20 KB more than these bytes). The form is private to
//! one build (writer and reader are compiled from this file into the same build), so it has
//! no versioning beyond a magic tag that catches a stale or foreign file.
//!
//! Written by hand rather than with serde's derive and postcard (measured for issue 20: the
//! wasm 5.6 KB gzip larger, decoding 10,000 programs about 15% slower, and the index and
//! length checks below still needed). What a derive would guarantee, that the writer and the
//! reader list the same fields, the compiler checks here too: both name every field.
//!
//! Layout: unsigned integers are LEB128 varints; a string is its byte length then UTF-8; a
//! [`Text`] is ja then en; an `Option` is a 0/1 byte then the value; a `Vec` is its length
//! then the items; a [`Decimal`] is one byte (scale, with bit 7 for a negative sign) then
//! the mantissa's absolute value as a varint, so `1064.0` takes three bytes and no
//! decimal parsing runs in the browser.

use rust_decimal::Decimal;

use super::model::{
    Area, BudgetKind, Citation, Dataset, Edition, Ministry, Note, Population, PreciseFigure,
    Program, Round, SourceRef, Sourced, SubItem, Text,
};
use super::yen::{yen_of, NOT_WHOLE_YEN};

/// First bytes of every encoded dataset.
const MAGIC: &[u8; 4] = b"CBE\x01";

/// Why bytes could not be read as a dataset (only a stale or foreign file gets here).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecodeError(pub &'static str);

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the embedded data cannot be read: ")?;
        f.write_str(self.0)
    }
}

/// The dataset as bytes for [`decode`].
///
/// Every struct is taken apart with all its fields named and no `..`, as [`decode`] builds
/// each with all its fields: a field added to the model fails to compile in both until it
/// is written and read. build.rs then checks that the newest edition reads back equal, so
/// the two cannot disagree on the order either.
pub fn encode(data: &Dataset) -> Vec<u8> {
    let mut w = Writer(Vec::new());
    w.0.extend_from_slice(MAGIC);
    let Dataset {
        edition,
        rounds,
        grand_totals,
        areas,
        ministries,
        programs,
        population,
    } = data;
    let Edition {
        id,
        title,
        publisher,
        licence,
        source_text,
        source_notes,
        citation,
    } = edition;
    w.str(id);
    w.text(title);
    w.text(publisher);
    w.text(licence);
    w.str(source_text);
    w.seq(source_notes, Writer::text);
    let Citation {
        document,
        title,
        publisher,
        body,
        meeting,
        date,
        url,
    } = citation;
    for t in [document, title, publisher, body, meeting] {
        w.text(t);
    }
    w.str(date);
    w.str(url);
    w.seq(rounds, |w, round| {
        let Round {
            id,
            fiscal_year,
            kind,
            name,
        } = round;
        w.str(id);
        w.uint(u64::from(*fiscal_year));
        w.uint(match kind {
            BudgetKind::Initial => 0,
            BudgetKind::Supplementary => 1,
        });
        w.text(name);
    });
    w.seq(grand_totals, |w, s| w.opt(s.as_ref(), Writer::sourced));
    w.seq(areas, |w, area| {
        let Area {
            number,
            name,
            published_totals,
        } = area;
        w.uint(u64::from(*number));
        w.text(name);
        w.opt(published_totals.as_ref(), |w, totals| {
            w.seq(totals, |w, s| w.opt(s.as_ref(), Writer::sourced));
        });
    });
    w.seq(ministries, |w, ministry| {
        let Ministry { id, name } = ministry;
        w.str(id);
        w.text(name);
    });
    w.seq(programs, Writer::program);
    let Population {
        residents,
        as_of,
        source,
    } = population;
    w.decimal(*residents);
    w.str(as_of);
    w.text(source);
    w.0
}

/// Reads what [`encode`] wrote. Every index is checked against the vectors it points into,
/// so a corrupt file is an error here rather than a panic later.
pub fn decode(bytes: &[u8]) -> Result<Dataset, DecodeError> {
    let mut r = Reader { bytes, pos: 0 };
    if r.take(MAGIC.len())? != MAGIC {
        return Err(DecodeError("not an encoded dataset"));
    }
    let edition = Edition {
        id: r.string()?,
        title: r.text()?,
        publisher: r.text()?,
        licence: r.text()?,
        source_text: r.string()?,
        source_notes: r.seq(Reader::text)?,
        citation: Citation {
            document: r.text()?,
            title: r.text()?,
            publisher: r.text()?,
            body: r.text()?,
            meeting: r.text()?,
            date: r.string()?,
            url: r.string()?,
        },
    };
    let rounds = r.seq(|r| {
        Ok(Round {
            id: r.string()?,
            fiscal_year: r.small()?,
            kind: match r.uint()? {
                0 => BudgetKind::Initial,
                1 => BudgetKind::Supplementary,
                _ => return Err(DecodeError("unknown budget kind")),
            },
            name: r.text()?,
        })
    })?;
    let grand_totals = r.seq(|r| r.opt(Reader::sourced))?;
    let areas = r.seq(|r| {
        Ok(Area {
            number: r.small()?,
            name: r.text()?,
            published_totals: r.opt(|r| r.seq(|r| r.opt(Reader::sourced)))?,
        })
    })?;
    let ministries = r.seq(|r| {
        Ok(Ministry {
            id: r.string()?,
            name: r.text()?,
        })
    })?;
    let programs = r.seq(|r| {
        Ok(Program {
            id: r.string()?,
            ministry_idx: r.index(ministries.len())?,
            area_idx: r.index(areas.len())?,
            name: r.text()?,
            // Views add these as whole yen (src/budget/yen.rs); build.rs's loader already
            // refused any other, so this only catches a module that disagrees with it.
            amounts: r.seq(|r| {
                r.opt(|r| {
                    let amount = r.decimal()?;
                    yen_of(amount)
                        .map(|_| amount)
                        .ok_or(DecodeError(NOT_WHOLE_YEN))
                })
            })?,
            amounts_source: r.source()?,
            detail_page: r.opt(Reader::small)?,
            description: r.text()?,
            executing_body: r.opt(Reader::text)?,
            scheme: r.opt(Reader::text)?,
            plan_years: r.opt(Reader::text)?,
            outcome: r.opt(Reader::text)?,
            sub_items: r.seq(|r| {
                Ok(SubItem {
                    name: r.text()?,
                    amounts: r.seq(|r| r.opt(Reader::sourced))?,
                })
            })?,
            precise: r.seq(|r| {
                Ok(PreciseFigure {
                    label: r.text()?,
                    million_yen: r.decimal()?,
                    source: r.source()?,
                })
            })?,
            notes: r.seq(|r| {
                Ok(Note {
                    text: r.text()?,
                    source: r.source()?,
                })
            })?,
        })
    })?;
    let population = Population {
        residents: r.decimal()?,
        as_of: r.string()?,
        source: r.text()?,
    };
    if r.pos != bytes.len() {
        return Err(DecodeError("trailing bytes"));
    }
    // Every per-round vector is indexed by round_idx: check the lengths once here.
    let n = rounds.len();
    let per_round_ok = grand_totals.len() == n
        && areas
            .iter()
            .all(|a| a.published_totals.as_ref().is_none_or(|t| t.len() == n))
        && programs
            .iter()
            .all(|p| p.amounts.len() == n && p.sub_items.iter().all(|s| s.amounts.len() == n));
    if !per_round_ok {
        return Err(DecodeError("a per-round list has the wrong length"));
    }
    Ok(Dataset {
        edition,
        rounds,
        grand_totals,
        areas,
        ministries,
        programs,
        population,
    })
}

struct Writer(Vec<u8>);

impl Writer {
    fn uint(&mut self, n: u64) {
        self.wide(u128::from(n));
    }

    fn wide(&mut self, mut n: u128) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }

    fn str(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }

    fn text(&mut self, t: &Text) {
        let Text { ja, en } = t;
        self.str(ja);
        self.str(en);
    }

    fn opt<T>(&mut self, value: Option<&T>, write: impl FnOnce(&mut Self, &T)) {
        match value {
            None => self.0.push(0),
            Some(v) => {
                self.0.push(1);
                write(self, v);
            }
        }
    }

    fn seq<T>(&mut self, items: &[T], mut write: impl FnMut(&mut Self, &T)) {
        self.uint(items.len() as u64);
        for item in items {
            write(self, item);
        }
    }

    fn decimal(&mut self, d: Decimal) {
        let sign = if d.is_sign_negative() { 0x80 } else { 0 };
        self.0.push(d.scale() as u8 | sign);
        self.wide(d.mantissa().unsigned_abs());
    }

    fn source(&mut self, s: &SourceRef) {
        let SourceRef { page, quote } = s;
        self.uint(u64::from(*page));
        self.str(quote);
    }

    fn sourced(&mut self, s: &Sourced) {
        let Sourced { amount, source } = s;
        self.decimal(*amount);
        self.source(source);
    }

    fn program(&mut self, p: &Program) {
        let Program {
            id,
            ministry_idx,
            area_idx,
            name,
            amounts,
            amounts_source,
            detail_page,
            description,
            executing_body,
            scheme,
            plan_years,
            outcome,
            sub_items,
            precise,
            notes,
        } = p;
        self.str(id);
        self.uint(*ministry_idx as u64);
        self.uint(*area_idx as u64);
        self.text(name);
        self.seq(amounts, |w, a| w.opt(a.as_ref(), |w, a| w.decimal(*a)));
        self.source(amounts_source);
        self.opt(detail_page.as_ref(), |w, n| w.uint(u64::from(*n)));
        self.text(description);
        for t in [executing_body, scheme, plan_years, outcome] {
            self.opt(t.as_ref(), Writer::text);
        }
        self.seq(sub_items, |w, item| {
            let SubItem { name, amounts } = item;
            w.text(name);
            w.seq(amounts, |w, s| w.opt(s.as_ref(), Writer::sourced));
        });
        self.seq(precise, |w, figure| {
            let PreciseFigure {
                label,
                million_yen,
                source,
            } = figure;
            w.text(label);
            w.decimal(*million_yen);
            w.source(source);
        });
        self.seq(notes, |w, note| {
            let Note { text, source } = note;
            w.text(text);
            w.source(source);
        });
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

const TRUNCATED: DecodeError = DecodeError("truncated");

impl<'a> Reader<'a> {
    fn take(&mut self, len: usize) -> Result<&'a [u8], DecodeError> {
        let end = self.pos.checked_add(len).ok_or(TRUNCATED)?;
        let slice = self.bytes.get(self.pos..end).ok_or(TRUNCATED)?;
        self.pos = end;
        Ok(slice)
    }

    fn byte(&mut self) -> Result<u8, DecodeError> {
        Ok(self.take(1)?[0])
    }

    fn wide(&mut self) -> Result<u128, DecodeError> {
        let mut n: u128 = 0;
        let mut shift = 0;
        loop {
            let byte = self.byte()?;
            if shift >= 128 {
                return Err(DecodeError("number too large"));
            }
            n |= u128::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(n);
            }
            shift += 7;
        }
    }

    fn uint(&mut self) -> Result<u64, DecodeError> {
        u64::try_from(self.wide()?).map_err(|_| DecodeError("number too large"))
    }

    fn small<T: TryFrom<u64>>(&mut self) -> Result<T, DecodeError> {
        T::try_from(self.uint()?).map_err(|_| DecodeError("number too large"))
    }

    fn index(&mut self, len: usize) -> Result<usize, DecodeError> {
        let i: usize = self.small()?;
        if i < len {
            Ok(i)
        } else {
            Err(DecodeError("index out of range"))
        }
    }

    fn string(&mut self) -> Result<String, DecodeError> {
        let len = self.small()?;
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| DecodeError("invalid UTF-8"))
    }

    fn text(&mut self) -> Result<Text, DecodeError> {
        Ok(Text {
            ja: self.string()?,
            en: self.string()?,
        })
    }

    fn opt<T>(
        &mut self,
        read: impl FnOnce(&mut Self) -> Result<T, DecodeError>,
    ) -> Result<Option<T>, DecodeError> {
        match self.byte()? {
            0 => Ok(None),
            1 => read(self).map(Some),
            _ => Err(DecodeError("invalid option tag")),
        }
    }

    fn seq<T>(
        &mut self,
        mut read: impl FnMut(&mut Self) -> Result<T, DecodeError>,
    ) -> Result<Vec<T>, DecodeError> {
        let len: usize = self.small()?;
        // Each item takes at least one byte: a corrupt length cannot reserve gigabytes.
        if len > self.bytes.len() - self.pos {
            return Err(TRUNCATED);
        }
        let mut out = Vec::with_capacity(len);
        for _ in 0..len {
            out.push(read(self)?);
        }
        Ok(out)
    }

    fn decimal(&mut self) -> Result<Decimal, DecodeError> {
        let head = self.byte()?;
        let mantissa = i128::try_from(self.wide()?).map_err(|_| DecodeError("bad decimal"))?;
        let mantissa = if head & 0x80 != 0 {
            -mantissa
        } else {
            mantissa
        };
        Decimal::try_from_i128_with_scale(mantissa, u32::from(head & 0x7f))
            .map_err(|_| DecodeError("bad decimal"))
    }

    fn source(&mut self) -> Result<SourceRef, DecodeError> {
        Ok(SourceRef {
            page: self.small()?,
            quote: self.string()?,
        })
    }

    fn sourced(&mut self) -> Result<Sourced, DecodeError> {
        Ok(Sourced {
            amount: self.decimal()?,
            source: self.source()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn decimals_keep_scale_and_sign() {
        for s in [
            "0",
            "0.0",
            "1064.0",
            "-3.25",
            "79228162514264337593543950335",
            "0.07",
        ] {
            let d = Decimal::from_str(s).unwrap();
            let mut w = Writer(Vec::new());
            w.decimal(d);
            let mut r = Reader {
                bytes: &w.0,
                pos: 0,
            };
            let back = r.decimal().unwrap();
            assert_eq!(back.to_string(), d.to_string(), "{s}");
            assert_eq!(r.pos, w.0.len());
        }
    }

    #[test]
    fn a_foreign_file_is_refused() {
        assert_eq!(
            decode(b"{\"format\": 1}").unwrap_err(),
            DecodeError("not an encoded dataset")
        );
        assert_eq!(decode(b"CB").unwrap_err(), TRUNCATED);
    }
}
