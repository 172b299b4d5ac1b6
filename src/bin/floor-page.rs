//! The benchmark's floor: a static HTML page of one view's figures (headline, breakdowns by
//! area and by ministry, the program table), with no script, linking the app's stylesheet.
//! `cargo xtask bench` times the app against it; it is never shipped.
//!
//! It is generated from the embedded edition (the FY2024 data unless `CBE_DATA_DIR` says
//! otherwise) through the same model and words as the app (`Explorer::view`, `src/text.rs`,
//! `budget::format`), so its figures are the app's: never written by hand.
//!
//! `cargo run --bin floor-page -- --css style-abc.css [--query '?ministry=mic,mod'] > floor.html`

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let usage = "usage: floor-page --css HREF [--query QUERY]";
    let (mut css, mut query) = (None, String::new());
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--css", Some(value)) => css = Some(value),
            ("--query", Some(value)) => query = value,
            _ => {
                eprintln!("floor-page: {usage}");
                return std::process::ExitCode::FAILURE;
            }
        }
    }
    let Some(css) = css else {
        eprintln!("floor-page: {usage}");
        return std::process::ExitCode::FAILURE;
    };
    match floor::page(&css, &query) {
        Ok(html) => {
            print!("{html}");
            std::process::ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("floor-page: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

// The wasm build of the package compiles every bin; this one has nothing to do there.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod floor {
    use std::fmt::Write as _;

    use cyber_budget_explorer::budget::format::{oku, table_number, yen};
    use cyber_budget_explorer::budget::query::ViewState;
    use cyber_budget_explorer::budget::sort::sort_programs;
    use cyber_budget_explorer::budget::Explorer;
    use cyber_budget_explorer::dataset::latest_edition;
    // The page's escaper in its attribute mode: the same four characters, right for element
    // content too.
    use cyber_budget_explorer::html::escape_attribute as esc;
    use cyber_budget_explorer::text::{
        area_label, basis, change, change_short, labels, n_programs, scope, with_unit,
    };

    /// The page for `query` (as the app reads `location.search`), linking `css`.
    pub fn page(css: &str, query: &str) -> Result<String, String> {
        let explorer = Explorer::new(latest_edition().map_err(|e| e.to_string())?);
        let data = &explorer.data;
        let (state, _) = ViewState::parse(query.trim_start_matches('?'), data);
        let lang = state.lang;
        let l = labels(lang);
        let view = explorer.view(&state.filter(data)).ordered(state.order);
        let mut programs = view.programs.clone();
        sort_programs(&mut programs, state.sort, data, lang);

        let mut html = String::new();
        let w = &mut html;
        let _ = write!(
            w,
            "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{}</title><link rel=\"stylesheet\" href=\"{}\"></head><body>\
             <header class=\"site-header\"><div class=\"site-title\"><h1>{}</h1>\
             <p class=\"subtitle\">{}</p></div></header><div class=\"layout embed-no-controls\"><main>",
            lang.as_str(),
            esc(l.app_title),
            esc(css),
            esc(l.app_title),
            esc(l.app_subtitle),
        );
        let h = &view.headline;
        let total = h
            .total
            .map_or_else(|| l.no_total.to_string(), |t| oku(t, lang));
        let _ = write!(
            w,
            "<section class=\"headline\"><h2>{}</h2><p class=\"scope\">{}</p>\
             <p class=\"total\" id=\"headline-total\">{}</p><p class=\"basis\">{}</p>\
             <dl class=\"facts\"><div class=\"fact\"><dt>{}</dt><dd>{}</dd></div>\
             <div class=\"fact\"><dt>{}</dt><dd>{}</dd></div></dl></section>",
            esc(l.headline_heading),
            esc(&scope(data, &state, lang)),
            esc(&total),
            esc(basis(h.basis, lang)),
            esc(l.change_label),
            esc(&change(&h.change, lang)),
            esc(l.per_resident_label),
            esc(&h
                .per_resident_yen
                .map_or_else(String::new, |y| yen(y, lang))),
        );
        let _ = write!(
            w,
            "<div class=\"breakdowns\"><section class=\"breakdown\"><h2>{}</h2><table><tbody>",
            esc(l.by_area_heading)
        );
        for row in &view.by_area {
            let amount = row.total.unwrap_or(row.itemised);
            let _ = write!(
                w,
                "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td></tr>",
                esc(&area_label(data, &row.area_idxs, lang)),
                esc(&oku(amount, lang))
            );
        }
        let _ = write!(
            w,
            "</tbody></table></section><section class=\"breakdown\"><h2>{}</h2><table><tbody>",
            esc(l.by_ministry_heading)
        );
        for row in &view.by_ministry {
            let _ = write!(
                w,
                "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td>{}</td></tr>",
                esc(data.ministries[row.ministry_idx].name.get(lang)),
                esc(&oku(row.itemised, lang)),
                esc(&n_programs(row.n_programs, lang)),
            );
        }
        let _ = write!(
            w,
            "</tbody></table></section></div><section class=\"programs\"><h2>{}</h2>\
             <div class=\"table-scroll\"><table id=\"program-table\"><thead><tr>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead><tbody>",
            esc(l.programs_heading),
            esc(l.col_name),
            esc(l.col_ministry),
            esc(l.col_area),
            esc(&with_unit(l.col_amount, lang)),
            esc(&with_unit(l.col_change, lang)),
        );
        // The app's first page of the table at most (src/markup/program_table.rs PAGE_SIZE).
        for row in programs.iter().take(100) {
            let program = &data.programs[row.program_idx];
            let _ = write!(
                w,
                "<tr><th scope=\"row\" class=\"name-cell\">{}</th><td class=\"ministry-cell\">{}</td>\
                 <td class=\"area-cell\">({})</td><td class=\"num amount-cell\">{}</td>\
                 <td class=\"num change-cell\">{}</td></tr>",
                esc(program.name.get(lang)),
                esc(data.ministries[program.ministry_idx].name.get(lang)),
                data.areas[program.area_idx].number,
                esc(&table_number(row.amount, lang)),
                esc(&change_short(&row.change, lang)),
            );
        }
        w.push_str("</tbody></table></div></section></main></div></body></html>\n");
        Ok(html)
    }
}
