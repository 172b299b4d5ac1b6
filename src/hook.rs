//! What the Trunk `post_build` hooks (`src/bin/export-data.rs`, `src/bin/prerender.rs`)
//! share: which folder they write into, and how they report.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Runs the hook `program`: `work` gets the folder named by the first argument, else by
/// `TRUNK_STAGING_DIR` (the folder Trunk turns into `dist/`). Each line it returns is
/// printed after `program: `; an error is printed the same way and fails the build.
/// `folder` says what the folder must hold, for the message when none is given.
pub fn run(
    program: &str,
    folder: &str,
    work: impl FnOnce(&Path) -> Result<Vec<String>, String>,
) -> ExitCode {
    let Some(dir) = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
    else {
        eprintln!("{program}: give {folder}, or run it from Trunk (TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    match work(&dir) {
        Ok(lines) => {
            for line in lines {
                println!("{program}: {line}");
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{program}: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `source` (the app's own JavaScript) without its whole-line comments: lines that are
/// only a `//` comment, and `/* … */` blocks that start a line and end one. A comment
/// after code, and every line of code, stay byte for byte, so the script means what it
/// meant (a comment that stood alone on its lines ends with a newline that stays). The
/// files ship unminified (Trunk's minifier would strip index.html's pre-render markers),
/// and their comments were most of their bytes.
///
/// It does not parse JavaScript, so it refuses what would make a line that looks like a
/// comment part of something else: a backtick (a template literal can span lines) or a
/// backslash at the end of a kept line (a string continued on the next line) gives an
/// error naming the line, and so does a block comment that does not close at the end of
/// its last line (code after `*/`, or no `*/` at all) or one opened after code and left
/// open (a line inside it could look like a whole-line comment).
pub fn strip_comment_lines(source: &str) -> Result<String, String> {
    strip(source, Syntax::JavaScript)
}

/// `source` (the app's own stylesheet) without its whole-line `/* … */` comments, by the
/// rules of [`strip_comment_lines`]. CSS has no `//` comments, so a line starting with `//`
/// is kept as it is.
pub fn strip_css_comment_lines(source: &str) -> Result<String, String> {
    strip(source, Syntax::Css)
}

/// Which comments a file can have besides `/* … */`.
#[derive(Clone, Copy, PartialEq)]
enum Syntax {
    /// `//` to the end of the line too.
    JavaScript,
    Css,
}

fn strip(source: &str, syntax: Syntax) -> Result<String, String> {
    let mut kept = String::with_capacity(source.len());
    let mut lines = source.split_inclusive('\n').enumerate();
    while let Some((idx, line)) = lines.next() {
        let code = line.trim();
        if syntax == Syntax::JavaScript && code.starts_with("//") && !code.contains("*/") {
            continue;
        }
        if let Some(opened) = code.strip_prefix("/*") {
            // The block ends at its first `*/`, which must close the line it is on.
            let mut rest = opened;
            let mut last = idx;
            loop {
                if let Some(at) = rest.find("*/") {
                    if at + 2 != rest.len() {
                        return Err(format!(
                            "line {}: code after the `*/` of a comment that starts a line",
                            last + 1
                        ));
                    }
                    break;
                }
                let Some((next_idx, next)) = lines.next() else {
                    return Err(format!("line {}: a `/*` comment that never ends", idx + 1));
                };
                rest = next.trim();
                last = next_idx;
            }
            continue;
        }
        if line.contains('`') {
            return Err(format!(
                "line {}: a backtick (a template literal may span lines)",
                idx + 1
            ));
        }
        if line.find("/*").is_some_and(|at| !line[at..].contains("*/")) {
            return Err(format!(
                "line {}: a `/*` comment opened after code",
                idx + 1
            ));
        }
        if line.trim_end_matches(['\n', '\r']).ends_with('\\') {
            return Err(format!(
                "line {}: a string continued on the next line",
                idx + 1
            ));
        }
        kept.push_str(line);
    }
    Ok(kept)
}

/// `page` (index.html as Trunk wrote it) without its comments, except those in `keep`
/// (the pre-render's markers). They explain the source to its readers and cost every
/// reader of the page their bytes. A comment alone on its lines goes with those lines.
/// Nothing in the page is inline script or style (the CSP forbids it) and the markup
/// writer escapes `<`, so a `<!--` always opens a comment; one that never closes is an
/// error.
pub fn strip_html_comments(page: &str, keep: &[&str]) -> Result<String, String> {
    let mut kept = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) = rest.find("<!--") {
        let len = rest[at..].find("-->").ok_or_else(|| {
            let line = page[..page.len() - rest.len() + at].matches('\n').count() + 1;
            format!("line {line}: a `<!--` comment that never ends")
        })? + "-->".len();
        let comment = &rest[at..at + len];
        if keep.contains(&comment) {
            kept.push_str(&rest[..at + len]);
            rest = &rest[at + len..];
            continue;
        }
        let before = &rest[..at];
        let after = &rest[at + len..];
        kept.push_str(before);
        // Alone on its lines: only blanks before it on its first line, a line end after it.
        let line_start = kept.rfind('\n').map_or(0, |n| n + 1);
        if kept[line_start..].trim().is_empty() && after.starts_with('\n') {
            kept.truncate(line_start);
            rest = &after[1..];
        } else {
            rest = after;
        }
    }
    kept.push_str(rest);
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::{strip_comment_lines, strip_css_comment_lines, strip_html_comments};

    #[test]
    fn whole_line_comments_go_and_code_stays_byte_for_byte() {
        let source = "/*\n * header\n */\n(function () {\n  // why\n  var a = 1; // after code\n  /* one line */\n  var b = '/* not a comment */'; /* trailing */\n  /* two\n     lines */\n  return a + b;\n})();\n";
        assert_eq!(
            strip_comment_lines(source).unwrap(),
            "(function () {\n  var a = 1; // after code\n  var b = '/* not a comment */'; /* trailing */\n  return a + b;\n})();\n"
        );
    }

    #[test]
    fn what_it_cannot_tell_apart_is_refused() {
        let refused = |source: &str| strip_comment_lines(source).unwrap_err();
        assert_eq!(
            refused("/* a */ f();\n"),
            "line 1: code after the `*/` of a comment that starts a line"
        );
        assert_eq!(
            refused("x();\n/* a\n b */ f();\n"),
            "line 3: code after the `*/` of a comment that starts a line"
        );
        assert_eq!(
            refused("x();\n/* never\n"),
            "line 2: a `/*` comment that never ends"
        );
        assert_eq!(
            refused("var s = `a\n// b`;\n"),
            "line 1: a backtick (a template literal may span lines)"
        );
        assert_eq!(
            refused("var s = 'a\\\n// b';\n"),
            "line 1: a string continued on the next line"
        );
        assert_eq!(
            refused("f(); /* a\n/* b */\ng();\n"),
            "line 1: a `/*` comment opened after code"
        );
    }

    #[test]
    fn the_shipped_scripts_keep_every_line_of_code() {
        for name in [
            "assets/boot.js",
            "assets/boot-late.js",
            "assets/start.js",
            "src/ui/morph.js",
            "src/ui/in_view.js",
        ] {
            let path = format!("{}/{name}", env!("CARGO_MANIFEST_DIR"));
            let source = std::fs::read_to_string(&path).unwrap();
            let stripped = strip_comment_lines(&source).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(
                stripped.len() * 10 < source.len() * 8,
                "{name}: less than a fifth was comments"
            );
            assert_only_code_kept(name, &source, &stripped, &["//", "/*"]);
            // The classic scripts keep their strict mode (modules are strict anyway).
            assert!(
                stripped.contains("'use strict';") || !name.starts_with("assets/boot"),
                "{name}"
            );
        }
    }

    #[test]
    fn the_stylesheet_loses_its_comment_blocks_and_keeps_every_rule() {
        let source = "/* Why the colours. */\n:root { --ink: #222; }\n/* Two\n   lines. */\na::after { content: \"/* not a comment */\"; } /* trailing */\n// not a CSS comment\n";
        assert_eq!(
            strip_css_comment_lines(source).unwrap(),
            ":root { --ink: #222; }\na::after { content: \"/* not a comment */\"; } /* trailing */\n// not a CSS comment\n"
        );
        assert_eq!(
            strip_css_comment_lines("a { b: c; } /* open\n/* x */\n").unwrap_err(),
            "line 1: a `/*` comment opened after code"
        );
        let path = format!("{}/assets/style.css", env!("CARGO_MANIFEST_DIR"));
        let css = std::fs::read_to_string(&path).unwrap();
        let stripped = strip_css_comment_lines(&css).unwrap();
        assert!(
            stripped.len() * 10 < css.len() * 9,
            "less than a tenth was comments"
        );
        assert_only_code_kept("assets/style.css", &css, &stripped, &["/*"]);
        // As many rules as before: every `{` and `}` is still there.
        for brace in ['{', '}'] {
            assert_eq!(
                stripped.matches(brace).count(),
                css.matches(brace).count() - comment_chars(&css, brace),
            );
        }
    }

    /// How many `brace`s of `css` stand inside comments that start a line.
    fn comment_chars(css: &str, brace: char) -> usize {
        let mut count = 0;
        let mut inside = false;
        for line in css.lines() {
            let code = line.trim();
            if !inside && code.starts_with("/*") {
                inside = true;
            }
            if inside {
                count += line.matches(brace).count();
                if code.ends_with("*/") {
                    inside = false;
                }
            }
        }
        count
    }

    #[test]
    fn the_page_loses_its_comments_but_the_markers() {
        let keep = ["<!-- a -->", "<!-- /a -->"];
        let page = "<head>\n  <!-- Why\n       this. -->\n  <link rel=\"icon\">\n<!-- tail --></head>\n<div><!-- a --><p>x</p><!-- /a --></div>\n";
        assert_eq!(
            strip_html_comments(page, &keep).unwrap(),
            "<head>\n  <link rel=\"icon\">\n</head>\n<div><!-- a --><p>x</p><!-- /a --></div>\n"
        );
        assert_eq!(
            strip_html_comments("<p>\n<!-- open\n", &keep).unwrap_err(),
            "line 2: a `<!--` comment that never ends"
        );
    }

    /// Every line of `stripped` is a line of `source`, in order, and none starts with one of
    /// the `comments` openers.
    fn assert_only_code_kept(name: &str, source: &str, stripped: &str, comments: &[&str]) {
        let mut source_lines = source.lines();
        for line in stripped.lines() {
            assert!(
                source_lines.any(|l| l == line),
                "{name}: `{line}` is not in the source, in order"
            );
            let code = line.trim();
            assert!(
                !comments.iter().any(|c| code.starts_with(c)),
                "{name}: `{line}`"
            );
        }
    }
}
