//! A small HTML writer: elements, attributes and escaped text appended to one `String`.
//!
//! The whole page (`crate::markup`) is written with it instead of Leptos views: a view type
//! is compiled once per component (tachys code was most of the wasm), and mounting one
//! made a DOM call per node, where the browser parses a string of the same markup in one
//! go (and takes over the pre-rendered one with no work at all). No leptos here, so it is
//! tested natively.

/// Markup being written; [`Html::finish`] gives the string.
#[derive(Default)]
pub struct Html {
    out: String,
}

/// Appends `text` with `&`, `<` and `>` escaped (and `"` too when `in_attribute`).
fn push_escaped(out: &mut String, text: &str, in_attribute: bool) {
    // By bytes, each special one being a whole ASCII character, so every cut is on a
    // character boundary; `get` instead of indexing keeps string slicing's panic (and its
    // formatting code) out of the wasm.
    let mut start = 0;
    for (at, byte) in text.bytes().enumerate() {
        let escaped = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' if in_attribute => "&quot;",
            _ => continue,
        };
        out.push_str(text.get(start..at).unwrap_or_default());
        out.push_str(escaped);
        start = at + 1;
    }
    out.push_str(text.get(start..).unwrap_or_default());
}

impl Html {
    /// Writes a start tag: `attributes` are name and value pairs; names are the code's own,
    /// values are escaped.
    pub fn open(&mut self, tag: &str, attributes: &[(&str, &str)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attributes {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            push_escaped(&mut self.out, value, true);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    /// Writes a table's `<thead>`: one row of column headers (`<th scope="col">`).
    pub fn column_heads(&mut self, columns: &[&str]) -> &mut Self {
        self.open("thead", &[]).open("tr", &[]);
        for column in columns {
            self.element("th", &[("scope", "col")], column);
        }
        self.close("tr").close("thead")
    }

    /// Writes an end tag.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// Writes text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        push_escaped(&mut self.out, text, false);
        self
    }

    /// Writes a whole element holding only `text`.
    pub fn element(&mut self, tag: &str, attributes: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attributes).text(text).close(tag)
    }

    /// Appends markup written elsewhere (a part's content, already escaped).
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.out.push_str(markup);
        self
    }

    /// The markup written.
    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attribute_values_are_escaped_and_names_are_not() {
        let mut html = Html::default();
        html.open("a", &[("href", "?q=a&b=\"c\""), ("class", "x")])
            .text("R&D <new> \"quoted\"")
            .close("a")
            .element("td", &[], "1,234.5");
        assert_eq!(
            html.finish(),
            "<a href=\"?q=a&amp;b=&quot;c&quot;\" class=\"x\">R&amp;D &lt;new&gt; \"quoted\"</a>\
             <td>1,234.5</td>"
        );
    }

    #[test]
    fn japanese_text_passes_through_unchanged() {
        let mut html = Html::default();
        html.element("p", &[], "防衛省 2,126.2億円");
        assert_eq!(html.finish(), "<p>防衛省 2,126.2億円</p>");
    }
}
