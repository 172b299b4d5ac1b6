//! A small JSON writer for the view export, so the wasm carries no serde_json.
//!
//! It writes what `serde_json::to_string_pretty` writes for the same document (two-space
//! indent, `"key": value`, `[]` and `{}` when empty, the same string escapes); a native test
//! compares the two byte for byte on real exports.

/// A JSON value. Object keys keep their order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    /// `null`
    Null,
    /// A string, escaped on output.
    Str(String),
    /// A number, written as given (callers pass integers).
    Num(String),
    /// An array.
    Arr(Vec<Json>),
    /// An object, in key order as given.
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// A string value.
    pub fn str(s: &str) -> Json {
        Json::Str(s.to_string())
    }

    /// A string value, or `null`.
    pub fn opt_str(s: Option<String>) -> Json {
        s.map_or(Json::Null, Json::Str)
    }

    /// An integer value.
    pub fn int(n: impl Into<u64>) -> Json {
        Json::Num(n.into().to_string())
    }

    /// An object from `(key, value)` pairs.
    pub fn obj<const N: usize>(fields: [(&str, Json); N]) -> Json {
        Json::Obj(
            fields
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    /// The value as pretty-printed JSON text (no final newline).
    pub fn pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Str(s) => escape(out, s),
            Json::Num(n) => out.push_str(n),
            Json::Arr(items) => {
                if items.is_empty() {
                    out.push_str("[]");
                    return;
                }
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, depth + 1);
                    item.write(out, depth + 1);
                }
                newline(out, depth);
                out.push(']');
            }
            Json::Obj(fields) => {
                if fields.is_empty() {
                    out.push_str("{}");
                    return;
                }
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, depth + 1);
                    escape(out, key);
                    out.push_str(": ");
                    value.write(out, depth + 1);
                }
                newline(out, depth);
                out.push('}');
            }
        }
    }
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// A JSON string literal: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`
/// escapes (as serde_json does), everything else verbatim UTF-8.
fn escape(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let b = c as u8;
                out.push_str("\\u00");
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 0xf)] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_as_serde_json_does() {
        let tricky = "a\"b\\c\nd\re\tf\u{8}g\u{c}h\u{1}i\u{1f}j\u{7f}k 予算 \u{2028}";
        assert_eq!(
            Json::str(tricky).pretty(),
            serde_json::to_string(tricky).unwrap()
        );
    }

    #[test]
    fn nesting_and_empties_print_as_serde_json_pretty() {
        let doc = Json::obj([
            ("a", Json::Arr(vec![])),
            ("b", Json::Obj(vec![])),
            (
                "c",
                Json::Arr(vec![Json::int(1u8), Json::Null, Json::str("x")]),
            ),
            ("d", Json::obj([("e", Json::opt_str(None))])),
        ]);
        let expected = serde_json::json!({
            "a": [], "b": {}, "c": [1, null, "x"], "d": {"e": null}
        });
        assert_eq!(
            doc.pretty(),
            serde_json::to_string_pretty(&expected).unwrap()
        );
    }
}
