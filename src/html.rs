//! A small HTML writer: elements, attributes and escaped text appended to one string, and
//! [`Markup`], the type of what it writes.
//!
//! The whole page (`crate::markup`) is written with it instead of Leptos views: a view type
//! is compiled once per component (tachys code was most of the wasm), and mounting one
//! made a DOM call per node, where the browser parses a string of the same markup in one
//! go (and takes over the pre-rendered one with no work at all). No leptos here, so it is
//! tested natively.
//!
//! Escaping is by type, as in maud: text and attribute values go in as `&str` and are
//! always escaped (by [`escape_into`], the one escaper); tag and attribute names are
//! `&'static str`, the code's own; and markup written elsewhere goes in only as a
//! [`Markup`], which only this writer (or [`Markup::escape`]) makes.

use std::fmt;

/// HTML that is safe to put into a page as it is: made only by [`Html::finish`] or
/// [`Markup::escape`], so text from the data or the URL can never become markup.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup(String);

impl Markup {
    /// `text` as markup, escaped.
    pub fn escape(text: &str) -> Markup {
        let mut out = String::with_capacity(text.len());
        escape_into(&mut out, text, false);
        Markup(out)
    }

    /// The markup as a string, to hand to the browser or to a file.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The markup as an owned string.
    pub fn into_string(self) -> String {
        self.0
    }

    /// Whether there is no markup at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Markup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Markup being written; [`Html::finish`] gives it as a [`Markup`].
#[derive(Default)]
pub struct Html {
    out: String,
}

/// Appends `text` with `&`, `<` and `>` escaped (and `"` too when `in_attribute`): the one
/// escaper of the page's markup.
pub fn escape_into(out: &mut String, text: &str, in_attribute: bool) {
    out.reserve(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if in_attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// `text` for a double-quoted attribute value written by hand (the embed snippet, the
/// benchmark's floor page), escaped by [`escape_into`].
pub fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text, true);
    out
}

impl Html {
    /// Writes a start tag with `attributes`, name and value pairs; values are escaped.
    pub fn open(&mut self, tag: &'static str, attributes: &[(&'static str, &str)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attributes {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value, true);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    /// Writes the HTML5 doctype, for a whole document.
    pub fn doctype(&mut self) -> &mut Self {
        self.out.push_str("<!doctype html>\n");
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
    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// Writes text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.out, text, false);
        self
    }

    /// Writes a whole element holding only `text`.
    pub fn element(
        &mut self,
        tag: &'static str,
        attributes: &[(&'static str, &str)],
        text: &str,
    ) -> &mut Self {
        self.open(tag, attributes).text(text).close(tag)
    }

    /// Appends markup written elsewhere (a part's content, a table written by another
    /// module): it is a [`Markup`], so it was escaped when it was written.
    pub fn raw(&mut self, markup: &Markup) -> &mut Self {
        self.out.push_str(&markup.0);
        self
    }

    /// The markup written.
    pub fn finish(self) -> Markup {
        Markup(self.out)
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
            html.finish().as_str(),
            "<a href=\"?q=a&amp;b=&quot;c&quot;\" class=\"x\">R&amp;D &lt;new&gt; \"quoted\"</a>\
             <td>1,234.5</td>"
        );
    }

    #[test]
    fn japanese_text_passes_through_unchanged() {
        let mut html = Html::default();
        html.element("p", &[], "防衛省 2,126.2億円");
        assert_eq!(html.finish().as_str(), "<p>防衛省 2,126.2億円</p>");
    }

    #[test]
    fn markup_from_text_is_escaped_and_markup_from_the_writer_is_kept() {
        let escaped = Markup::escape("<b>&amp;</b>");
        assert_eq!(escaped.as_str(), "&lt;b&gt;&amp;amp;&lt;/b&gt;");
        let mut inner = Html::default();
        inner.element("b", &[], "x");
        let inner = inner.finish();
        let mut outer = Html::default();
        outer.open("p", &[]).raw(&inner).raw(&escaped).close("p");
        assert_eq!(
            outer.finish().as_str(),
            "<p><b>x</b>&lt;b&gt;&amp;amp;&lt;/b&gt;</p>"
        );
    }
}
