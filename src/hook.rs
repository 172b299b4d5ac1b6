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
    let mut kept = String::with_capacity(source.len());
    let mut lines = source.split_inclusive('\n').enumerate();
    while let Some((idx, line)) = lines.next() {
        let code = line.trim();
        if code.starts_with("//") && !code.contains("*/") {
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

#[cfg(test)]
mod tests {
    use super::strip_comment_lines;

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
            // Every kept line is a line of the source, in order, and none is a comment.
            let mut source_lines = source.lines();
            for line in stripped.lines() {
                assert!(
                    source_lines.any(|l| l == line),
                    "{name}: `{line}` is not in the source, in order"
                );
                let code = line.trim();
                assert!(
                    !code.starts_with("//") && !code.starts_with("/*"),
                    "{name}: `{line}`"
                );
            }
            // The classic scripts keep their strict mode (modules are strict anyway).
            assert!(
                stripped.contains("'use strict';") || !name.starts_with("assets/boot"),
                "{name}"
            );
        }
    }
}
